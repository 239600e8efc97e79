"""Sources set off from their act (behind an aside, a place opening the sentence, a relative clause
closing what they report), days an occasion gives (a meeting told in the past, the interview of a
transcript, a document laid before a sitting) and the interviewer of a transcript, who asks rather
than states. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from statement_lookup import by_cue


def test_a_source_after_a_relative_aside_closing_the_report_is_found(read):
    statements = read("The hackers first asked for $5 million and have since cut their demand to about $1 "
                      "million, one of the negotiators, who spoke on condition of anonymity because the talks are "
                      "private, said on Tuesday.", date(2026, 1, 9))
    said = by_cue(statements, "said")
    assert said.speaker == "negotiators" and said.said_on == "2026-01-06"


def test_the_one_who_read_a_statement_out_is_not_its_source(read):
    statements = read("A statement from the Harbour Residents' Association, read outside the town hall by "
                      "its chair, Mei Lin, said members \"will not accept the towers\".")
    assert all(s.speaker != "Mei Lin" for s in statements)


def test_a_place_opening_the_sentence_is_no_speaker(read):
    statements = read("Outside court, the victim's father, Tomasz Nowak, said the family felt let down.")
    assert by_cue(statements, "said").speaker == "Tomasz Nowak"


def test_a_meeting_told_in_the_past_keeps_its_day_under_a_future_clause(read):
    statements = read("Carrow Council will charge second-home owners double rates from April, after a long "
                      "meeting on Tuesday night that ran past midnight.\n\nCouncillor Ines Ortiz told the "
                      "meeting the change was overdue.", date(2026, 8, 13))
    assert by_cue(statements, "told").said_on == "2026-08-11"


def test_a_report_tabled_at_the_meeting_speaks_on_its_day(read):
    statements = read("Carrow councillors voted on Tuesday night to double rates on second homes.\n\nA "
                      "report tabled by officers at the meeting said 212 homes stood empty for most of the "
                      "year.", date(2026, 8, 13))
    assert by_cue(statements, "said").said_on == "2026-08-11"


_TRANSCRIPT = (
    "Port minister Alder Quist faced questions on Thursday about the strike. He spoke to Rina Vos on the "
    "Morning Desk programme.\n\n"
    "VOS: Minister, the docks are empty. When will they reopen?\n\n"
    "QUIST: Next week. The union has our offer and it is a fair one.\n\n"
    "VOS: Will you legislate?\n\n"
    "QUIST: I will not rule it out.\n\n"
    "Union leader Petra Holm said on Wednesday that the strike would go on.\n\n"
    "After the interview, Holm told the programme that no offer had been made.")


def test_the_interviewer_named_in_the_introduction_asks_and_states_nothing(read):
    statements = read(_TRANSCRIPT, date(2026, 6, 12))
    assert not any(s.speaker.endswith("Vos") for s in statements)
    assert any(s.speaker == "Alder Quist" for s in statements)


def test_after_the_interview_is_the_transcripts_day(read):
    statements = read(_TRANSCRIPT, date(2026, 6, 12))
    assert by_cue(statements, "told").said_on == "2026-06-11"


def test_a_summing_up_act_takes_the_day_its_next_sentence_gives_over_a_carried_one(read):
    statements = read("The port authority said on Monday that 40 cranes were idle.\n\nThe authority said it "
                      "stood by the figure. It said on Wednesday that the cranes had been checked one by one.",
                      date(2026, 3, 13))
    assert by_cue(statements, "said", 1).said_on == "2026-03-11"


def test_a_carried_day_stays_when_the_paragraph_already_told_that_source(read):
    statements = read("The port authority said on Monday that 40 cranes were idle.\n\nThe authority said on "
                      "Tuesday that 12 ships were waiting. Trucks were turned away, it said. The authority said "
                      "on Wednesday that work had resumed.", date(2026, 3, 13))
    assert by_cue(statements, "said", 2).said_on == "2026-03-10"


def test_saying_it_was_unable_to_confirm_declines(read):
    statements = read("The monitoring group said it had not been able to confirm either side's toll. The UN "
                      "said it was unable to confirm the figure. Police said they were able to confirm two arrests.")
    assert [s.stance for s in statements] == ["decline", "decline", "assert"]


def test_a_spokesman_speaks_for_police_named_just_before(read):
    statements = read("Police said three people were arrested at the march. Two officers suffered minor injuries, "
                      "a spokesman said.")
    assert by_cue(statements, "said", 1).speaker == "Police spokesman"


def test_the_agency_is_the_authority_just_named(read):
    statements = read("The shipper, Norvik Chemicals, said the load was packed correctly. The Swedish Accident "
                      "Investigation Authority said on Sunday that it had opened an investigation. The agency said "
                      "it would not speculate on the cause.")
    assert by_cue(statements, "said", 2).speaker == "Swedish Accident Investigation Authority"


def test_they_after_a_body_is_the_body_not_a_plural_in_what_it_said(read):
    statements = read("The Harbour Authority says a number of containers fell overboard overnight. They have not "
                      "said whether the ship was damaged.")
    assert by_cue(statements, "said").speaker == "Harbour Authority"


def test_a_desk_label_before_the_headline_is_no_speaker(read):
    statements = read("CORRECTED: Ferry fares to rise by 8% in April, operator says\n\nThe operator said on Monday "
                      "that fuel costs had doubled.", date(2026, 1, 14))
    headline = next(s for s in statements if s.span[0] == 0)
    assert headline.speaker == "operator" and headline.content == "Ferry fares to rise by 8% in April"


def test_a_common_noun_of_the_outlets_name_is_not_the_outlet():
    from claimwatch.extract.speakers import names_outlet
    assert not names_outlet("city", "River City Post") and names_outlet("the Post", "River City Post")


def test_a_second_act_hung_below_things_is_the_speakers(read):
    statements = read("The opposition Greens said the flood showed that the levees had been neglected for years "
                      "and called for an inquiry into the water board.")
    assert by_cue(statements, "called").speaker.endswith("Greens")


def test_both_ministers_are_the_two_ministers_quoted(read):
    statements = read("Latvia's foreign minister, Ilze Berzina, said the talks were useful. Estonia's foreign "
                      "minister, Mart Tamm, said the same.\n\nBoth ministers denied a report that the talks had "
                      "nearly collapsed.")
    assert sorted(s.speaker for s in statements if s.cue == "denied") == ["Ilze Berzina", "Mart Tamm"]


def test_saying_a_thing_told_before_does_not_exist_denies_it(read):
    statements = read("A newspaper reported that the delegation had staged a walkout. \"There was no walkout,\" "
                      "the minister said. \"There is no such plan,\" her spokesman added. Consumers were worried. "
                      "\"There is no risk to consumers,\" the regulator said. Police said there had been no further "
                      "sightings overnight.")
    stances = {s.content.strip('",'): s.stance for s in statements if s.content}
    assert stances["There was no walkout"] == "deny" and stances["There is no such plan"] == "deny"
    assert stances["There is no risk to consumers"] == "assert"
    assert stances["there had been no further sightings overnight"] == "assert"


def test_a_note_opening_the_body_keeps_its_label():
    from claimwatch.extract.pipeline import without_desk_label
    note = "Update: The ministry said on Monday that the bridge would close.\n\nThe bridge closed."
    assert without_desk_label(note) == note
    assert without_desk_label("UPDATE: Bridge to close, city says\n\nBody.").startswith("        Bridge")


def test_the_interviewee_is_the_person_not_the_region_the_introduction_opens_with(read):
    statements = read("Dry taps in the south\n\nThe Algarve is entering a fourth dry year. Reservoirs stood at a "
                      "quarter of capacity in February. Helena Vasconcelos, 58, has run Hidralgarve, the regional "
                      "water company, since 2021. She spoke to us in Faro on February 26.\n\nQ: How bad is it?\n\n"
                      "A: It is the worst position we have been in since records began.\n\nQ: Will prices rise?\n\n"
                      "A: I will not rule out an increase.", date(2026, 3, 12))
    answers = [s for s in statements if s.cue == ":"]
    assert [s.speaker for s in answers] == ["Helena Vasconcelos", "Helena Vasconcelos"]
    assert [s.stance for s in answers] == ["assert", "not_deny"]


def test_a_clause_the_parser_hangs_on_the_ones_reminded_is_what_was_said(read):
    statements = read("Spain's labour ministry has reminded employers that outdoor work is banned in the "
                      "afternoon. Traders doubted the minister's statement that prices would fall.")
    reminded = by_cue(statements, "reminded")
    assert reminded.content.startswith("that outdoor work is banned")
    assert not any(s.cue == "doubted" for s in statements)


def test_it_after_a_body_that_told_what_a_scan_confirmed_is_the_body(read):
    statements = read("In a statement on Sunday, the club said a scan had confirmed damage to the striker's knee. "
                      "It said he would have surgery on Wednesday.", date(2025, 11, 24))
    assert by_cue(statements, "said", 1).speaker == "club"


def test_one_who_took_the_stand_on_a_day_spoke_that_day(read):
    statements = read('"The pin was worn down by a third," said Priya Natesan, an engineer hired by the family, '
                      'who took the stand on Wednesday afternoon. She testified that such wear was rare. Lund, '
                      "who took office in 2019, said later that the lift was safe.", date(2026, 2, 12))
    assert [s.said_on for s in statements[:2]] == ["2026-02-11", "2026-02-11"]
    assert by_cue(statements, "said", 1).said_on != "2019"
