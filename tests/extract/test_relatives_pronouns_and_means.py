"""Readings political news needed: a relative clause the parser hung on a verb still speaks for the
noun it follows, "they" after a sentence about a body is the body when no plural there can speak, and
an act done by means of another ("published the results by announcing") takes that act's day."""
from datetime import date

from claimwatch.extract import extract

PUBLISHED = date(2016, 9, 29)  # a Thursday


def _statements(text: str, published: date = PUBLISHED):
    return extract(text, published).statements


def test_a_relative_clause_hung_on_the_verb_speaks_for_the_noun_before_it():
    text = ("Chicago shootings\n\nTo solve this quandary, they turned to the Chicago Police Department "
            "which reported \"2,521 shooting incidents\" in the city.")
    [st] = _statements(text)
    assert st.speaker == "Chicago Police Department"


def test_they_after_a_sentence_about_a_body_is_the_body_not_a_plural_that_cannot_speak():
    text = ("Fact check\n\nFollowing the debate Politifact did a fact-check on the claim that there have been "
            "\"thousands of shootings\" in Chicago. Later they published the results of their check, "
            "saying that the claim was true.")
    [st] = [s for s in _statements(text) if s.cue == "saying"]
    assert st.speaker == "Politifact"


def test_a_plural_subject_before_they_still_speaks():
    text = ("Fact check\n\nThe fact-checkers looked at the claims. They said the figures were accurate.")
    [st] = _statements(text)
    assert st.speaker == "fact-checkers"


def test_an_act_done_by_means_of_another_takes_the_day_that_opens_its_sentence():
    text = ("Fact check\n\nFollowing Monday's presidential debate Politifact did a fact-check on the claim. "
            "On September 27 they published the results of their check by announcing that Trump's "
            "statement was \"true.\"")
    [st] = [s for s in _statements(text) if s.cue == "announcing"]
    assert (st.speaker, st.said_on) == ("Politifact", "2016-09-27")


def test_a_day_inside_the_openers_own_clause_does_not_date_the_act():
    text = ("Marlowe unmoved\n\nMarlowe told reporters on Friday that the captain was injured. "
            "Pressed on whether the club would listen to offers before the window shuts on Feb. 2, "
            "Marlowe would not be drawn.")
    last = _statements(text)[-1]
    assert last.said_on == "2016-09-23"


def test_a_main_verb_hung_on_a_root_subject_as_a_relative_clause_keeps_its_speaker():
    text = ("Tenants win\n\nThe Linden Court Tenants Association, which organized residents after the notices "
            "arrived, on Thursday called the ruling \"a win for every family that was told to pack up.\"")
    [st] = _statements(text, date(2026, 2, 6))
    assert (st.speaker, st.said_on) == ("Linden Court Tenants Association", "2026-02-05")


def test_raising_the_number_of_deaths_reports_the_new_figure():
    text = ("Landslide toll rises\n\nBy noon, the regional district had raised the number of confirmed "
            "deaths to four.")
    [st] = _statements(text, date(2026, 8, 29))
    assert st.speaker == "regional district"


def test_an_act_in_a_when_clause_on_a_day_is_made_that_day():
    text = ("Proxy fight\n\nThe contest got a lift for Harrow Lane on Friday, when Institutional Voting "
            "Services, an influential proxy adviser, recommended that shareholders vote for two nominees.")
    [st] = _statements(text, date(2026, 4, 27))
    assert (st.speaker, st.said_on) == ("Institutional Voting Services", "2026-04-24")


def test_a_closing_frame_takes_the_day_its_document_is_dated():
    text = ("Proxy fight\n\nA second adviser, Proxy Insight Partners, backed the company's full slate in a "
            "report dated April 22.")
    [st] = _statements(text, date(2026, 4, 27))
    assert st.said_on == "2026-04-22"


def test_according_to_takes_the_day_its_document_came_out_but_not_a_day_its_source_tells():
    text = ("Rival claims\n\nAccording to a UN panel of experts report published last month, the group "
            "had used the road. The storm weakened, according to the state weather bureau, which "
            "said on Monday that it had moved west.")
    statements = _statements(text, date(2026, 11, 10))
    assert statements[0].said_on == "2026-10"
    frame = next(st for st in statements if st.cue == "according to" and "bureau" in st.speaker)
    assert frame.said_on is None
