"""Statements: who said what, with which stance and when, on sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from statement_lookup import by_cue

PUBLISHED = date(2025, 3, 14)  # a Friday


# --- reported speech -------------------------------------------------------------------

def test_cue_verb_with_subject_gives_speaker_content_and_span(read):
    text = "The harbour master said the ferry would resume sailing next week."
    (s,) = read(text)
    assert s.speaker == "harbour master"
    assert s.stance == "assert" and s.mode == "indirect" and s.cue == "said"
    assert text[s.content_span[0]:s.content_span[1]] == "the ferry would resume sailing next week"
    assert text[s.span[0]:s.span[1]].startswith("The harbour master said")


def test_according_to_names_the_holder_of_an_assessment(read):
    text = "Some 4,000 families lost power, according to the latest city council estimates."
    (s,) = read(text)
    assert s.speaker == "city council"
    assert s.cue == "according to"
    assert "4,000 families" in text[s.content_span[0]:s.content_span[1]]


def test_passive_with_agent_and_quoted_as_saying(read):
    statements = read("It was reported by the Valley Courier that the mill had closed. "
                      "The foreman was quoted as saying that nobody had been warned.")
    speakers = {s.speaker for s in statements}
    assert "Valley Courier" in speakers
    assert any("foreman" in s.speaker for s in statements)


def test_passive_without_agent_is_not_a_statement(read):
    assert read("Residents were told to boil their water until further notice.") == []


def test_media_citing_another_source_gives_two_statements(read):
    statements = read("The Northern Herald reported, citing three people familiar with the talks, "
                      "that a deal was close.")
    speakers = [s.speaker for s in statements]
    assert "Northern Herald" in speakers[0]
    assert any("people familiar with the talks" in sp for sp in speakers)


def test_two_cues_in_one_sentence_are_two_records(read):
    statements = read("Mayor Lina Ortiz cited the storm damage and said the budget would be revised.")
    assert [s.cue for s in statements] == ["cited", "said"]
    assert all(s.speaker == "Lina Ortiz" for s in statements)


def test_decline_and_share_in_one_sentence(read):
    statements = read("The ministry spokesman declined to discuss the cost but shared an estimate "
                      "that repairs would take a year.")
    assert [s.stance for s in statements] == ["decline", "assert"]


def test_noun_cue_with_a_named_source(read):
    text = "Shares fell after a report by the trade journal Metal Weekly that the plant would shut."
    (s,) = read(text)
    assert "Metal Weekly" in s.speaker


def test_narration_and_adjectival_cues_are_not_statements(read):
    assert read("The river rose two metres overnight and flooded the old market.") == []
    assert read("The numbers say little about who was hurt.") == []


# --- direct quotes -------------------------------------------------------------------

def test_quote_with_cue_after_is_direct_with_the_quote_as_content(read):
    text = "“The bridge will reopen in May,” the mayor said."
    (s,) = read(text)
    assert s.mode == "direct"
    assert text[s.content_span[0]:s.content_span[1]] == "The bridge will reopen in May,"
    assert "mayor" in s.speaker


def test_straight_quotes_and_cue_before(read):
    text = 'Engineer Tomas Brandt said: "The pumps failed twice before noon."'
    (s,) = read(text)
    assert s.speaker == "Tomas Brandt" and s.mode == "direct"
    assert text[s.content_span[0]:s.content_span[1]] == "The pumps failed twice before noon."


def test_new_quote_without_cue_continues_the_previous_speaker(read):
    text = ("“We lost the whole harvest,” said farmer Olga Petrenko. "
            "“Nobody came to help us for three days, and now the prices are rising.”")
    statements = read(text)
    assert len(statements) == 2
    assert all(s.speaker == "Olga Petrenko" for s in statements)
    assert statements[1].mode == "direct"


def test_unbalanced_quote_does_not_crash_and_stays_inside_text(read):
    text = "“We will not leave our homes, the fisherman said on Monday.\nThe water kept rising."
    for s in read(text):
        assert 0 <= s.span[0] <= s.span[1] <= len(text)


def test_dash_attribution_names_the_speaker(read):
    text = "“Every closed clinic is a town left without a doctor.” —Ines Calder"
    (s,) = read(text)
    assert s.speaker == "Ines Calder" and s.mode == "direct"


def test_transcript_answers_are_statements_and_questions_are_not(read):
    text = ("Health official Mara Quint answered questions on Thursday.\n"
            "Q: The clinics say they ran out of vaccine. Is that right?\n"
            "QUINT: Supplies were short for two days. They are back to normal now.\n"
            "Q: Will there be an inquiry?\n"
            "QUINT: I'm not going to confirm that today. We will publish the full supply figures for every region next week.\n")
    statements = read(text)
    answers = [s for s in statements if s.speaker == "Mara Quint"]
    assert [s.stance for s in answers] == ["assert", "decline", "assert"]
    assert not any(s.speaker.startswith("Q") for s in statements)
    assert any("clinics" in s.speaker for s in statements)  # a claim reported inside a question


# --- speakers ------------------------------------------------------------------------

def test_surname_becomes_the_full_name_and_titles_are_dropped(read):
    statements = read("Navy Rear Adm. Helen Corso said the ships had docked. "
                      "Corso said the crews were safe.")
    assert [s.speaker for s in statements] == ["Helen Corso", "Helen Corso"]


def test_pronoun_resolves_to_the_last_named_person(read):
    statements = read("Judge Peter Lamb rejected the appeal. He said the evidence was clear.")
    assert statements[-1].speaker == "Peter Lamb"


def test_role_description_refers_back_to_the_named_body(read):
    statements = read("The Coastal Water Agency said on Monday that levels were falling. "
                      "The agency said the dam was safe.")
    assert statements[1].speaker == "Coastal Water Agency"


def test_organisation_and_country_from_apposition_and_tables(read):
    statements = read("Dmitry Orlov, the Kremlin's deputy spokesman, said talks would continue. "
                      "Pyongyang has denied the reports.")
    orlov = statements[0]
    assert orlov.speaker == "Dmitry Orlov"
    assert orlov.speaker_org == "Kremlin" and orlov.speaker_country == "RU"
    assert statements[1].speaker == "Pyongyang" and statements[1].speaker_country == "KP"


def test_a_spokesman_speaks_for_the_body_just_named(read):
    statements = read("The regional fire service has not confirmed the cause. "
                      "A spokesman said crews were still at the scene.")
    assert statements[-1].speaker.startswith("regional fire service")


# --- stance --------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, stance", [
    ("The general did not deny that troops had crossed the border.", "not_deny"),
    ("The general refused to deny that troops had crossed the border.", "not_deny"),
    ("The general would not deny that troops had crossed the border.", "not_deny"),
    ("The ministry could not confirm the number of casualties.", "decline"),
    ("The ministry declined to comment on the casualties.", "decline"),
    ("The ministry has not confirmed the number of casualties.", "decline"),
    ("The ministry neither confirmed nor denied the casualty figures.", "decline"),
    ("The ministry denied that any civilians had been hurt.", "deny"),
    ("The ministry said the casualty reports were groundless.", "deny"),
    ("The army didn't confirm the strike until Friday.", "assert"),
    ("The ministry warned that more storms were coming.", "assert"),
])
def test_stance_reads_negation_and_modality(read, sentence, stance):
    statements = read(sentence)
    assert statements and statements[0].stance == stance


# --- said_on -------------------------------------------------------------------------

def test_weekday_in_the_clause_resolves_against_publication(read):
    (s,) = read("The union said on Tuesday that the strike would go ahead.")
    assert s.said_on == "2025-03-11"


def test_date_of_a_briefing_dates_the_statement(read):
    (s,) = read("Colonel Ada Vance said at a March 3 briefing that the base was secure.")
    assert s.said_on == "2025-03-03"


def test_a_later_statement_by_the_same_speaker_takes_the_placed_date(read):
    statements = read("Colonel Ada Vance said at a March 3 briefing that the base was secure.\n"
                      "The weather has been mild this winter.\n"
                      "Vance said the patrols would continue.")
    assert [s.said_on for s in statements] == ["2025-03-03", "2025-03-03"]


def test_undated_past_report_stays_undated(read):
    (s,) = read("The charity said its teams had reached the valley.")
    assert s.said_on is None


def test_live_blog_entries_are_dated_the_day_of_publication(read):
    text = ("09:10 GMT – The port authority says two ships ran aground.\n"
            "08:45 GMT – Coast guard officials say the crews are safe.\n")
    statements = read(text)
    assert statements and all(s.said_on == "2025-03-14" for s in statements)


# --- robustness ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "", "“", "”said”", "\"\"\"", "He said.", "said said said", "Q: \nA: ", "—", "‘’‘",
    "Ελληνικά “λέξεις” said the 🐟 minister: “ok", "\u200b\u200b said \u0000",
    "ANNA: “\nBOB: ”\nANNA:", "According to", "according to according to them",
])
def test_odd_input_never_raises_and_spans_stay_inside(read, text):
    for s in read(text):
        assert 0 <= s.span[0] <= s.span[1] <= len(text)
        if s.content_span:
            assert 0 <= s.content_span[0] <= s.content_span[1] <= len(text)


def test_an_official_reporting_that_their_state_cannot_confirm_is_declining(read):
    statements = read("A senior Russian diplomat said the Kremlin could not verify the reports.")
    assert statements[0].stance == "decline" and "diplomat" in statements[0].speaker


def test_quote_before_a_titled_name_with_abbreviations_is_attached(read):
    text = "“The line held through the night, and then it broke,” navy spokesman Lt. Cmdr. Rosa Vidal said."
    statements = read(text)
    assert len(statements) == 1
    assert statements[0].speaker == "Rosa Vidal" and statements[0].mode == "direct"


def test_non_speech_senses_of_cue_verbs_are_not_statements(read):
    assert read("The factory added 200 jobs last year.") == []
    assert read("The storm claimed 40 lives along the coast.") == []
    assert read("The maker recalled 14 batches of the syrup.") == []
    assert read("Mayor Ana Diaz added that the plant would stay open.") != []


def test_sign_off_line_after_a_quote_names_the_speaker(read):
    text = "“No child should wait a week for a doctor.”\n— Dr. Lena Moss, clinic director\n"
    (s,) = read(text)
    assert s.speaker == "Lena Moss"


def test_a_bare_title_names_the_one_person_holding_it(read):
    statements = read("Health Minister Omar Tull told parliament the wards were full. "
                      "The opposition accused him of hiding deaths, a charge the minister rejected.")
    assert statements[-1].speaker == "Omar Tull" and statements[-1].stance == "deny"


def test_many_refers_to_the_people_just_mentioned(read):
    statements = read("Farmers who lost their herds gathered outside the ministry. Many said no help had come.")
    assert statements[-1].speaker.lower().startswith("farmers")


def test_said_nothing_is_a_refusal(read):
    (s,) = read("The inspection report said nothing about the cost of repairs.")
    assert s.stance == "decline"


def test_dateline_is_neither_speaker_nor_content(read):
    text = "HANOI, May 2 (Wire) - Floods cut the northern railway, the transport ministry said."
    (s,) = read(text)
    assert s.speaker == "transport ministry"
    assert text[s.content_span[0]:s.content_span[1]].startswith("Floods cut")


def test_dateline_date_and_agency_are_not_the_speaker(read):
    text = "OSLO, Mar 3 (Wire) - Nordic ferry operator Havlinje said on Monday its fleet would shrink."
    (s,) = read(text)
    assert s.speaker.endswith("Havlinje")
    assert "Wire" not in s.speaker and "Mar" not in s.speaker


def test_family_name_first_names_resolve(read):
    statements = read("Leader Kim Jong Un visited the plant. Kim said output would double.")
    assert statements[-1].speaker == "Kim Jong Un"


def test_sentence_initial_citing_names_a_second_source(read):
    statements = read("Citing the Port Authority of Valencia, the newspaper said ten cranes had stopped.")
    assert any("Port Authority" in s.speaker for s in statements)
    assert any("newspaper" in s.speaker for s in statements)


def test_a_body_keeps_the_kinds_it_was_called(read):
    statements = read("Health Norvia said on Monday that a vaccine batch was faulty. The regulator said "
                      "no one was hurt. Brakemoor Labs said the fault came from one line. "
                      "The regulator did not confirm that account.")
    assert statements[-1].speaker == "Health Norvia" and statements[-1].stance == "decline"


def test_a_date_describing_the_speaker_does_not_date_the_statement(read):
    statements = read("Coach Rita Brandt, who won the national title last year, said on Tuesday that "
                      "the team was ready.")
    assert statements[0].said_on == "2025-03-11"


def test_web_page_labels_are_not_transcript_speakers(read):
    text = ("The council approved the budget on Monday.\n"
            "Read more: The council's plan for the old harbour is explained here.\n"
            "Photo: Councillors vote in the main chamber of the town hall.\n")
    assert not any(s.speaker.lower().startswith(("read", "photo")) for s in read(text))


def test_someone_elses_denial_inside_a_report_stays_theirs(read):
    statements = read("Police said the driver denied speeding.")
    assert [s.stance for s in statements] == ["assert", "deny"]


def test_saying_it_could_not_confirm_is_declining(read):
    (s,) = read("The ministry said it could not confirm the reports.")
    assert s.stance == "decline"


@pytest.mark.parametrize("refusal", ["would not confirm or deny", "refused to confirm or deny",
                                     "declined to confirm or deny"])
def test_one_refusal_spans_confirm_or_deny(read, refusal):
    (s,) = read(f"The harbour master {refusal} reports that two pilots had been suspended.")
    assert s.stance == "decline" and s.speaker == "harbour master"


def test_a_person_described_by_age_is_the_one_the_story_named(read):
    statements = read("The harbour master, Ines Vidal, said on Tuesday that the port would reopen. "
                      "The 52-year-old former pilot acknowledged that the dredging was late.")
    assert [(s.speaker, s.said_on) for s in statements] == [("Ines Vidal", "2025-03-11")] * 2


def test_the_role_a_name_stood_in_apposition_to_names_that_person_later(read):
    statements = read("The province's governor, Anna Kowalski, said on Monday that the road was shut. The "
                      "club's lawyer, Tom Reed, said the match would go ahead. \"We need more trucks,\" the "
                      "governor said. A fan, Ivo Lund, was arrested. His lawyer said he would appeal.")
    assert [s.speaker for s in statements][:3] == ["Anna Kowalski", "Tom Reed", "Anna Kowalski"]
    assert statements[3].speaker != "Tom Reed"  # "his lawyer": someone's, not the title the text gave Reed


def test_a_name_the_parser_hung_on_the_place_after_a_role_is_the_speaker(read):
    (s,) = read("An army spokesperson in Kinshasa, Major Aline Bwa, said an inquiry had been opened.")
    assert s.speaker == "Aline Bwa"
    statements = read("Congo's army said on Monday that the town held.\n\nAsked about the camp on Wednesday, an "
                      "army spokesperson in Kinshasa, Major Aline Bwanakawa, said an investigation had been opened "
                      "but declined to say who had fired the shells.")
    assert statements[-1].speaker == "Aline Bwanakawa"  # not the army's spokesperson, unnamed


def test_a_subject_the_parser_found_inside_the_quotation_gives_way_to_the_source_after_it(read):
    statements = read("Rebels said on Thursday they had taken the town.\n\n\"Kalo is free. Our fighters are at the "
                      "hospital, the market and the old Belgian bridge,\" the group's spokesman, Leon Kabila, wrote "
                      "on social media shortly after dawn.")
    assert [(s.speaker, s.cue) for s in statements][1:] == [("Leon Kabila", "wrote")]


def test_others_are_others_of_the_group_that_spoke_before_in_the_paragraph(read):
    statements = read("Residents who reached the city described heavy fighting. \"The shells did not stop,\" said "
                      "Ana Silva, a trader who walked with her four children. Others said fighters had set up "
                      "checkpoints.")
    assert statements[-1].speaker == "Residents"  # not "shells" or "children"


def test_a_subject_the_parser_gave_to_an_interposed_participle_speaks(read):
    statements = read("Lagos, asked about the accusation on Friday, said an external audit would settle it.")
    assert [(s.speaker, s.cue, s.said_on) for s in statements] == [("Lagos", "said", "2025-03-14")]


# --- cue senses from the cue table ------------------------------------------------------

def test_putting_it_to_someone_that_is_a_claim_putting_a_plan_to_a_vote_is_not(read):
    statements = read("The prosecutor put it to him that he had emailed the auditor. The council put the plan to a "
                      "vote on Monday.")
    assert [(s.speaker, s.cue) for s in statements] == [("prosecutor", "put")]


def test_a_headline_calling_a_bare_noun_a_quoted_word_is_a_claim(read):
    statements = read("Tallinn summons Russian envoy over airspace breach; Moscow calls protest \"theatre\"\n\n"
                      "TALLINN — Estonia said on Friday that two helicopters had crossed the border.")
    assert ("Moscow", "calls") in [(s.speaker, s.cue) for s in statements]


def test_not_ruling_out_is_not_denying(read):
    (s,) = read("The harbour master would not rule out a second closure.")
    assert s.stance == "not_deny" and s.speaker == "harbour master"


def test_ruling_out_denies(read):
    (s,) = read("Fire investigators ruled out arson.")
    assert s.stance == "deny"


def test_urging_reports_and_calling_it_a_lie_denies(read):
    statements = read("Norway and Chile have urged the council to act. The union called the claim a lie.")
    assert [s.speaker for s in statements] == ["Norway and Chile", "union"]
    assert statements[1].stance == "deny"


def test_non_speech_senses_are_not_statements(read):
    assert read("The visitors conceded 41 goals last season.") == []
    assert read("The clerk agreed to testify against the mayor.") == []
    statements = read("Rents rose 9%, adding to the 3 million households in arrears, the bureau said.")
    assert [s.cue for s in statements] == ["said"]


def test_conceding_a_clause_is_speech(read):
    (s,) = read("The coach conceded that the defence had collapsed.")
    assert s.cue == "conceded"


def test_transcript_labels_with_accented_capitals_and_narration_after_the_last_turn(read):
    text = ("Mayor Anne Bélanger and fire chief Paul Émond took questions on Monday.\n"
            "BÉLANGER: We will reopen the bridge in May.\n"
            "Q: Will tolls rise?\n"
            "ÉMOND: I expect they will stay where they are.\n"
            "Council member Ruth Abney, who was not present, said the plan lacked funding.\n")
    statements = read(text)
    turns = [s for s in statements if s.cue == ":"]
    assert [s.speaker for s in turns] == ["Anne Bélanger", "Paul Émond"]
    assert all("Abney" not in (s.content or "") for s in turns)
    assert any(s.speaker == "Ruth Abney" for s in statements)


def test_last_turn_keeps_its_unlabelled_continuation(read):
    text = ("Mayor Anne Bélanger took questions on Monday.\n"
            "Q: When will the bridge reopen?\n"
            "BÉLANGER: We will reopen it in May.\n"
            "Q: And the tolls?\n"
            "BÉLANGER: We will keep them.\n"
            "Frankly, that bridge is overdue for repairs anyway.\n"
            "The council meets again in June.\n")
    last = [s for s in read(text) if s.cue == ":"][-1]
    assert "overdue" in last.content and "council" not in last.content


# --- stance read from the reported words ------------------------------------------------

def test_quoted_falsity_judgement_under_a_neutral_verb_denies(read):
    (s,) = read("\"The report is false. I was at home that week,\" the senator told reporters.")
    assert s.stance == "deny"
    (s,) = read("The senator said the allegation was not accurate.")
    assert s.stance == "deny"


def test_refusal_inside_a_said_declines(read):
    (s,) = read("The ministry said only that it \"will not be commenting on speculation.\"")
    assert s.stance == "decline"
    (s,) = read("The sheriff said he had \"no information to suggest that.\"")
    assert s.stance == "decline"


def test_plain_negative_content_still_asserts(read):
    (s,) = read("\"We did not find the wreck,\" the admiral said.")
    assert s.stance == "assert"
    (s,) = read("\"It isn't growing any more,\" the chief executive said.")
    assert s.stance == "assert"


def test_a_senior_figure_is_a_person_not_the_body_named_before_it(read):
    (s,) = read("A senior party figure said the vote would pass.")
    assert s.speaker == "senior party figure"
    (s,) = read("A new report by the ministry said 30 people had died.")
    assert s.speaker == "ministry"


def test_figures_published_by_a_body_are_that_bodys(read):
    (s,) = read("Coverage fell to 81%, according to figures published by the regional health authority.")
    assert s.speaker == "regional health authority"


def test_the_company_is_the_body_a_spokesperson_just_spoke_for(read):
    statements = read("The state forestry division said the fire had grown. A spokesperson for Rocky Peak "
                      "Power confirmed the utility had cut power. The company would not say whether its "
                      "lines were involved.")
    assert statements[-1].speaker == "Rocky Peak Power" and statements[-1].stance == "decline"


def test_participle_on_a_noun_reports_for_that_noun(read):
    (s,) = read("Residents stayed indoors, with Mayor Ruth Abney insisting the water was safe.")
    assert s.speaker == "Ruth Abney" and s.cue == "insisting"
    (s,) = read("The agency issued a statement saying the dam had held.")
    assert s.speaker == "agency"


def test_owned_figures_show_reports_for_their_owner(read):
    (s,) = read("Exports to Chile fell 4% last year, EU figures show.")
    assert s.speaker == "EU" and s.cue == "show"
    assert read("The video shows that the guard fired first.") == []
    assert read("The tallies showed that turnout fell.") == []


def test_bare_citing_names_no_source(read):
    assert read("The report the union is citing concerned a different line.") == []


def test_one_of_a_group_speaks_for_the_group(read):
    statements = read("According to two engineers at the plant, the pumps failed. \"We saw it coming,\" "
                      "one of the engineers said.")
    assert statements[-1].cue == "said" and "engineers" in statements[-1].speaker


def test_a_refusal_coordinated_in_the_reported_words_declines(read):
    (s,) = read("A spokesperson for the mayor said only that \"the mayor is on leave and will not be "
                "commenting on speculation.\"")
    assert s.stance == "decline"
    statements = read("The regulator said it was reviewing the matter but could not confirm whether a fine "
                      "was due.")
    assert statements[0].stance == "assert"


def test_said_they_believed_is_one_statement(read):
    statements = read("Two aid officials said they believed the toll was far higher.")
    assert [s.cue for s in statements] == ["said"]
    # an unnamed holder's view is what the outer source claims of them, one statement; a named
    # body's view is relayed as that body's own
    statements = read("The police said the suspect believed he was being followed.")
    assert [s.cue for s in statements] == ["said"]
    statements = read("Lee said the NIS believes that North Korea has sent troops.")
    assert [s.cue for s in statements] == ["said", "believes"]


def test_posting_or_cautioning_that_reports(read):
    (s,) = read("Transport Minister Ana Ruiz posted on X late Wednesday that the state would pay.")
    assert s.speaker == "Ana Ruiz" and s.content == "that the state would pay"
    (s,) = read("Glaciologist Lena Berg cautioned that one bad year proves little.")
    assert s.cue == "cautioned"
    assert read("The chef cautioned the diners.") == []


def test_one_of_them_named_in_apposition_is_that_person(read):
    statements = read("Three officials were charged. One of them, former director Sam Oti, told reporters "
                      "that the case was political.")
    assert [s.speaker for s in statements] == ["Sam Oti"]


def test_a_spokesman_named_by_a_word_of_a_body_takes_the_bodys_full_name(read):
    statements = read("According to the Harbour Authority, ten cranes stopped. A Harbour spokesman "
                      "confirmed a strike had begun.")
    assert statements[-1].speaker == "Harbour Authority spokesman"
    assert statements[-1].speaker_org == "Harbour Authority"


# --- parses the small model gets wrong -------------------------------------------------

def test_a_typographic_apostrophe_is_parsed_as_a_typed_one_and_quoted_as_written(read):
    from claimwatch.extract.pipeline import plain_apostrophes

    text = "The figure was first given to reporters on Monday by the Lisk Authority’s director, Hanna Moro."
    assert len(plain_apostrophes(text)) == len(text) and "’" not in plain_apostrophes(text)
    assert plain_apostrophes("“Go,” she said") == "“Go,” she said"  # quotation marks keep their direction
    (s,) = read(text)
    assert s.speaker == "Hanna Moro"


def test_a_noun_misread_as_a_clause_after_the_object_stays_in_the_object(read):
    text = "Velna flatly denied any role in the Harlow Bridge bombing over the weekend."
    (s,) = read(text)
    assert s.stance == "deny" and s.content.startswith("any role in the Harlow Bridge")


def test_a_second_main_clause_after_but_is_not_the_first_cue_s_content(read):
    text = "The port authority said the ferry had sunk, but the coast guard did not confirm the report."
    said = by_cue(read(text), "said")
    assert said.content == "the ferry had sunk"


def test_a_semicolon_in_a_headline_separates_two_headlines(read):
    text = ("Ferry sinks off Ardo; port authority says all crew rescued\n\n"
            "The ferry sank on Tuesday night. The harbour master said the wreck would be raised.")
    statements = read(text)
    said = next(s for s in statements if s.cue == "says")
    assert said.speaker == "port authority" and said.content.strip() == "all crew rescued"


def test_a_reason_cited_for_a_figure_changed_is_a_statement_of_its_own(read):
    statements = read("The bank cut its growth forecast on Tuesday, citing higher import costs. Police said the "
                      "road was closed, citing safety concerns.", date(2026, 3, 4))
    assert [(s.speaker, s.cue) for s in statements] == [("bank", "cut"), ("bank", "citing"), ("Police", "said")]
