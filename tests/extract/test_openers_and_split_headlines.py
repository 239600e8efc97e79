"""Three readings. "Opening the ... hearing on Tuesday, X said": the day of the occasion the speaker
was opening is the day of the act, even where the tagger reads "hearing" as a participle. A headline
of two clauses joined by a semicolon holds two acts ("Prosecutors say ...; defence calls ..."), and
"ICC prosecutors" is a name and the people who speak, not a verb. "Contested the figure" denies it,
actively or passively; "contested the seat" is no statement. A share or count of people who
"reported" a symptom or an experience makes no claim ("9% of recipients reported fever")."""
from datetime import date

from claimwatch.extract import extract

OPENING = """War crimes hearing opens

Opening the confirmation of charges hearing on Tuesday, Deputy Prosecutor Ines Varga said the militia had surrounded the village at dawn.
"""

TWO_CLAUSE_HEADLINE = """ICC prosecutors say militia leader ordered killing of 40 civilians; defence calls case weak

The hearing in The Hague continues on Thursday.
"""


def _said(text: str, published: date = date(2025, 11, 19)) -> list:
    return extract(text, published=published).statements


def test_the_day_of_the_occasion_opened_dates_the_act():
    (statement,) = _said(OPENING)
    assert statement.said_on == "2025-11-18"


def test_each_clause_of_a_semicolon_headline_is_an_act():
    speakers = [s.speaker for s in _said(TWO_CLAUSE_HEADLINE)]
    assert speakers == ["ICC prosecutors", "defence"]


def test_contesting_a_figure_denies_it():
    assert [s.stance for s in _said("The mayor contested the figure.")] == ["deny"]
    assert [s.stance for s in _said("The number is contested by the mayor of Serra Alta.")] == ["deny"]
    assert _said("She contested the seat in 2019.") == []


def test_a_share_of_people_reporting_what_they_went_through_is_no_statement():
    assert _said("In the trial, 9% of vaccine recipients reported fever.") == []
    said = _said("The union said 38 of its 212 members had reported being threatened online.")
    assert [s.speaker for s in said] == ["union"]
    assert [s.speaker for s in _said("Two officials reported that the plant was closed.")] == ["officials"]
