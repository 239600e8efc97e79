"""A thing named with its author ("the cut announced by the Treasury") is no claim, a figure named so
is one; the day of a weekday hung on such a participle lies behind; an evening clock after "last
night" is on that night; a relative clause's speaker does what its coordinated verb says."""
from claimwatch.extract.pipeline import extract

LETTER = """Minister quits over housing cut

Housing minister Clare Ashby resigned last night, telling the prime minister in a letter that she could not defend the cut.

In the letter, which she posted online shortly after 9pm, Ashby said the cut announced by the Treasury on Thursday would mean 40,000 fewer homes.
"""

TOLL = """Toll rises

The toll announced by the eastern authorities on Tuesday was 3,351.
"""

COUP = """Coup attempt crushed

The government said on Monday that it had crushed a coup attempt by soldiers who seized the state broadcaster and announced on air that they had taken power.
"""


def test_a_thing_named_with_its_author_is_no_claim():
    statements = extract(LETTER, "2026-10-03").statements
    assert not [s for s in statements if s.cue == "announced"]


def test_a_figure_named_with_its_author_is_the_authors_claim():
    statements = extract(TOLL, "2026-09-14").statements
    assert [(s.cue, "authorities" in s.speaker) for s in statements] == [("announced", True)]


def test_a_weekday_on_a_participle_with_its_author_lies_behind():
    times = {t.text: t.value for t in extract(LETTER, "2026-10-03").times}
    assert times["Thursday"] == "2026-10-01"


def test_an_evening_clock_after_last_night_is_on_that_night():
    times = {t.text: t.value for t in extract(LETTER, "2026-10-03").times}
    assert times["9pm"] == "2026-10-02T21:00"


def test_the_relative_clauses_subject_announces_what_it_did():
    statements = extract(COUP, "2026-11-30").statements
    announced = [s for s in statements if s.cue == "announced"]
    assert [s.speaker for s in announced] == ["soldiers"]
