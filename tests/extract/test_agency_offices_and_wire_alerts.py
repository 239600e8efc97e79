"""Readings agency copy and wire alerts needed: a wire's "1542 GMT" entry stamps, police ranks
before a name, an office named once with its holder ("The Police Public Relations Officer (PPRO)
..., SP Yusuf Adamu,") and later by its short form, a lead that a "said this in a statement"
paragraph dates, the state that owns an office ("Guyana's Foreign Minister"), a body written
before its officer's name ("Chairman of the Suez Canal Authority (SCA) Admiral Hisham Galal"),
a place the model ran into a name across a comma, and a hearing member's turn that ends on a
question."""
from datetime import date

from claimwatch.extract import extract


def _statements(text: str, published: date):
    return extract(text, published).statements


def test_a_wires_four_digit_stamps_make_entries_of_the_day():
    text = ("UPDATES: Blast at port depot\n\nLatest updates, newest first. All times GMT.\n\n1542 GMT\n\n"
            "The toll rises to four, the interior minister tells reporters.\n\n1312 GMT\n\n"
            "The county emergency inspectorate says three people have been killed.")
    days = {st.said_on for st in _statements(text, date(2026, 7, 11))}
    assert days == {"2026-07-11"}


def test_an_office_named_with_its_holder_is_that_person_later():
    text = ("Police rescue 17 travellers, says PPRO\n\n"
            "The Kogi State Police Command says it has rescued 17 travellers abducted on Sunday.\n\n"
            "The Police Public Relations Officer (PPRO) in the state, SP Yusuf Adamu, said this in a "
            "statement made available to the agency in Lokoja on Thursday.\n\n"
            "According to the PPRO, the victims were rescued on Wednesday.")
    statements = _statements(text, date(2026, 9, 24))
    assert [st.speaker for st in statements] == [
        "Yusuf Adamu", "Kogi State Police Command", "Yusuf Adamu", "Yusuf Adamu"]
    assert statements[1].said_on == "2026-09-24"  # the lead "this" sums up


def test_the_state_that_owns_an_office_is_the_speakers_country():
    text = ("Guyana says ship seized\n\nGEORGETOWN - Guyana on Monday demanded the immediate release of an "
            "offshore supply vessel detained over the weekend.\n\nGuyana's Foreign Minister Donna Ramcharan "
            "told a news conference that the vessel was boarded inside Guyana's waters.")
    st = _statements(text, date(2025, 12, 2))[-1]
    assert (st.speaker, st.speaker_country, st.said_on) == ("Donna Ramcharan", "GY", "2025-12-01")


def test_an_office_written_before_a_name_gives_the_body_and_its_short_form_the_person():
    text = ("Canal revenue up, SCA chief says\n\nCAIRO, Oct 7 - Suez Canal revenue rose to 342.5 million "
            "dollars in September, Chairman of the Suez Canal Authority (SCA) Admiral Hisham Galal "
            "announced on Tuesday.\n\nIn press statements on the sidelines of an inspection tour in Suez, "
            "Galal said the tonnage reached 47.2 million tons.\n\nThe SCA chief affirmed that shipping "
            "lines were returning.")
    statements = _statements(text, date(2025, 10, 7))
    assert {st.speaker for st in statements} == {"Hisham Galal"}
    assert statements[1].speaker_org == "Suez Canal Authority"
    assert statements[-1].said_on == "2025-10-07"


def test_a_day_in_a_participle_describing_a_thing_dates_the_thing_not_the_answer():
    text = ("Smuggling cases rise\n\nHa Noi, March 12 - Deputy Minister Phan Minh Khoa said at the ministry's "
            "regular press conference on March 11 that smuggling had risen.\n\nAnswering a reporter's question "
            "on the case of 14 tonnes of frozen chicken feet seized at a warehouse on February 27, Khoa said "
            "the case had been transferred to the police. He declined to give the names of the enterprises "
            "involved.")
    assert {st.said_on for st in _statements(text, date(2026, 3, 12))} == {"2026-03-11"}


def test_a_name_ending_an_opening_phrase_after_a_sentence_adverb_is_the_speaker():
    text = ("Smuggling cases rise\n\nEarlier, on March 9, Chairman of the provincial People's Committee "
            "Hoang Van Tuan told the press that the province had set up 12 working groups.")
    [st] = _statements(text, date(2026, 3, 12))
    assert st.said_on == "2026-03-09" and st.speaker.endswith("Tuan")


def test_a_hearing_members_turn_that_ends_on_a_question_asks_and_the_witness_answers():
    text = ("Nominee faces questions\n\nThe Senate Commerce Committee held a confirmation hearing on Tuesday "
            "for Carla Benning. An excerpt of the transcript follows.\n\n"
            "SEN. TERESA VOLK: Your former employer has two open investigations at the agency. Will you "
            "recuse yourself?\n\nCARLA BENNING: I will recuse myself from both matters for two years.\n\n"
            "SEN. TERESA VOLK: Thank you.\n\nCARLA BENNING: The backlog is closer to 1,900 reports.")
    speakers = [st.speaker for st in _statements(text, date(2025, 5, 14))]
    assert speakers == ["Carla Benning", "Teresa Volk", "Carla Benning"]  # the question is no statement


def test_a_headline_labelled_by_a_bare_role_is_the_body_person_in_that_role_and_its_verdict_denies():
    text = ("Spokesman: Report of secret talks 'baseless'\n\nTEHRAN, June 15 -- Foreign Ministry Spokesman "
            "Hossein Kazemzadeh on Monday dismissed as \"baseless\" a report by a British newspaper claiming "
            "that officials had held secret talks.")
    headline = _statements(text, date(2026, 6, 15))[0]
    assert (headline.speaker, headline.stance, headline.said_on) == ("Hossein Kazemzadeh", "deny", "2026-06-15")


def test_a_count_declared_in_the_lead_is_the_occasion_of_the_speeches_told_next():
    text = ("Alliance takes Kestrel Vale\n\nThe Alliance for Renewal has won the Kestrel Vale by-election.\n\n"
            "Sophie Marchetti was declared the winner at the leisure centre at 3.12am on Friday with 18,442 "
            "votes.\n\nIn her victory speech, Ms Marchetti said voters had sent a message.\n\n"
            "Mr Pryce conceded shortly after the declaration. \"The voters have spoken,\" he said.")
    days = [st.said_on for st in _statements(text, date(2026, 11, 6))]
    assert days and set(days) == {"2026-11-06"}
