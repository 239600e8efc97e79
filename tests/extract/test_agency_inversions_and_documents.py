"""Readings translated agency copy needed: a source named after the act that closes the clause it
reports ("..., informed the Regional Government, which specified ..."), a name the parser took for
an adverbial noun after a role, "did not discard" as a non-denial, a press release that goes on
speaking for the body that issued it, bodies of one region kept apart, "the Romanian side" not the
Bulgarian one, a verb spelled like a falsity word, and a present lead dated by the briefing "this"
sums up."""
from datetime import date

from claimwatch.extract import extract

PUBLISHED = date(2025, 3, 4)  # a Tuesday


def _statements(text: str, published: date = PUBLISHED):
    return extract(text, published).statements


def test_a_source_named_after_the_act_that_closes_its_report_despite_a_relative_clause():
    text = ("Toll rises\n\nLima, Mar. 4 (AAN). The number of miners deceased in the collapse, in the province of "
            "Ancash, rose to four this Tuesday, informed the Regional Government of Ancash, which specified that "
            "one more body was recovered.")
    [informed] = [s for s in _statements(text) if s.cue == "informed"]
    assert (informed.speaker, informed.said_on) == ("Regional Government of Ancash", "2025-03-04")
    assert informed.content.startswith("The number of miners")


def test_a_name_after_a_role_read_as_an_adverbial_noun_is_the_speaker():
    text = ("Union disputes toll\n\nThe figure is disputed by the Federation of Mining Workers of Pasco, whose "
            "secretary general, Julio Quispe Huamán, assured this Tuesday in a press conference in Cerro that in "
            "the gallery worked 20 companions.")
    assured = next(s for s in _statements(text) if s.cue == "assured")
    assert assured.speaker == "Julio Quispe Huamán"


def test_not_discarding_a_possibility_is_no_denial():
    text = ("Rescue goes on\n\nA company spokesman did not discard that the number of victims could increase.")
    [st] = _statements(text)
    assert st.stance == "not_deny"


def test_the_press_release_speaks_for_the_body_that_issued_it():
    text = ("Boat detained\n\nThe Border Police said on Saturday in a press release that the boat had been detected "
            "by a camera. The press release did not mention the use of handcuffs.")
    last = _statements(text)[-1]
    assert (last.speaker, last.stance, last.said_on) == ("Border Police", "decline", "2025-03-01")


def test_two_bodies_of_one_region_are_not_one_source():
    text = ("Toll rises\n\nThe Regional Government of Ancash said on Monday that four miners had died.\n\n"
            "The Public Ministry opened an investigation, as was informed by the Prosecutor's Office of Ancash.")
    last = _statements(text)[-1]
    assert last.speaker == "Prosecutor's Office of Ancash" and last.said_on is None


def test_a_side_of_another_nation_is_not_the_side_named_before():
    text = ("Border row\n\nAccording to the Bulgarian side, the boat was stopped on Friday. One fisherman said he "
            "had a bruised wrist, which the Romanian side denies.")
    denial = next(s for s in _statements(text) if s.stance == "deny")
    assert denial.speaker == "Romanian side"


def test_a_verb_spelled_like_a_falsity_word_denies_nothing():
    text = ("Border row\n\nThe boat was stopped in waters that Sofia says lie on the Bulgarian side of the river.")
    [st] = _statements(text)
    assert (st.speaker, st.stance) == ("Sofia", "assert")


def test_a_present_lead_takes_the_day_of_the_briefing_this_sums_up():
    text = ("Board says 50,000 tonnes smuggled\n\nAccra, March 4, GNA - The Cocoa Board estimates that about "
            "50,000 tonnes of beans were smuggled this season.\n\n"
            "Mr Kofi Mensah, Deputy Chief Executive of the Board, said this at a press briefing in Accra on Monday.")
    lead = next(s for s in _statements(text) if s.cue == "estimates")
    assert lead.said_on == "2025-03-03"


def test_no_act_of_the_kind_told_before_denies_it():
    text = ("Border shooting\n\nThe Border Service said on Monday that soldiers of the other side opened fire on a post.\n\n"
            "\"No fire was opened in the direction of the post,\" the other side's statement said.")
    quote = _statements(text)[-1]
    assert quote.stance == "deny"


def test_a_cue_the_tagger_read_as_a_noun_after_a_plural_source_is_the_act():
    text = ("Bail hearing\n\nA former charity chief, 61, appeared in court this morning charged with fraud. "
            "Police allege he took $2.1 million from the fund he ran.")
    [st] = _statements(text)
    assert (st.speaker, st.cue) == ("Police", "allege")


def test_a_statement_a_body_released_goes_on_speaking_for_it():
    text = ("Charity responds\n\nThe Bright Futures Trust has released a statement saying it is cooperating with "
            "police. Board chair Ann Doyle said the board had referred the accounts to police in February. "
            "The statement does not say how much money is missing.")
    last = next(s for s in _statements(text) if s.stance == "decline")
    assert last.speaker == "Bright Futures Trust"


def test_each_side_of_a_dated_exchange_keeps_its_day_for_what_it_says_next():
    text = ("Backlog clash\n\nOTTAWA - Immigration Minister Ana Ferreira-Lowe and her Conservative critic traded "
            "numbers in the House of Commons on Monday, with each side accusing the other of misleading Canadians.\n\n"
            "Ferreira-Lowe said the Conservative figure was wrong because it counted every application.")
    said = next(s for s in _statements(text) if s.cue == "said")
    assert (said.speaker, said.said_on) == ("Ana Ferreira-Lowe", "2025-03-03")


def test_a_body_named_after_a_place_and_a_comma_is_the_source_not_a_second_place():
    text = ("Fruit fly\n\nA second Oriental fruit fly has been found in the Auckland suburb of Waiwhetu, Biosecurity "
            "New Zealand confirmed on Monday, three days after the first detection triggered a controlled area "
            "covering thousands of properties.")
    [st] = _statements(text)
    assert (st.speaker, st.said_on) == ("Biosecurity New Zealand", "2025-03-03")


def test_a_speakers_second_act_the_parser_joined_to_the_clause_it_reports():
    text = ("Outage\n\nNimbus said on Monday a configuration change caused the outage, and promised to change how "
            "such updates are rolled out.")
    cues = [s.cue for s in _statements(text)]
    assert cues == ["said", "promised"]


def test_a_rubric_before_the_headline_is_no_source():
    text = ("PRESS REVIEW: Dailies on rent caps and the shipyard sale\n\n"
            "ZAGREB, March 4 - The daily Vjesnik writes that the government will present a draft law next week.")
    assert all(s.speaker.lower() != "press review" for s in _statements(text))
