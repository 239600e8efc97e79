"""A live blog that files its entries under day headers dates each entry, and the clock times inside
it, by its header; a day told inside what a fronted question asked about dates that event, not the
answer or the acts after it; the day an agency passed words on ("quoted by Tass on Monday") dates them."""
from claimwatch.extract.pipeline import extract

LIVE = """Live: storm makes landfall

SATURDAY, MARCH 8

9:10 a.m. — Power returns

The utility said 40,000 homes had power back.

FRIDAY, MARCH 7

11:40 p.m. — Landfall

The storm came ashore at 11:05 p.m., the weather service said.

8:15 p.m. — Shelters open

The Red Cross said it had opened six shelters.
"""


def test_entries_under_a_day_header_are_on_that_day():
    extraction = extract(LIVE, "2025-03-08")
    days = {s.speaker: s.said_on for s in extraction.statements}
    assert days["Red Cross"] == "2025-03-07"
    assert days["weather service"] == "2025-03-07"
    assert days["utility"] == "2025-03-08"


def test_clock_times_take_their_header_s_day():
    values = {t.text: t.value for t in extract(LIVE, "2025-03-08").times if t.type == "TIME"}
    assert values["11:40 p.m."] == "2025-03-07T23:40"
    assert values["11:05 p.m."] == "2025-03-07T23:05"
    assert values["8:15 p.m."] == "2025-03-07T20:15"
    assert values["9:10 a.m."] == "2025-03-08T09:10"


BRIEFING = """BEIJING, March 10 (Agency) -- Foreign Ministry spokesperson Lin Hao said at a regular press conference on Tuesday that China opposes the probe.

Asked about the reports that three Chinese citizens were injured in a road accident in Osh on Sunday, Lin said the embassy had activated its emergency mechanism. "The three injured citizens are in stable condition," he said.

He added that the embassy would keep in touch with the families.
"""


def test_a_day_inside_the_question_asked_dates_its_event_not_the_answer():
    statements = extract(BRIEFING, "2026-03-10").statements
    assert {s.said_on for s in statements if s.speaker == "Lin Hao"} == {"2026-03-10"}


RELAYED = """Moscow dismisses report

Russia's Defense Ministry dismissed the report. A ministry spokesman, quoted by the state news agency Tass on Monday, called it "a fantasy".
"""


def test_words_passed_on_by_an_agency_on_a_day_were_said_that_day():
    statement = next(s for s in extract(RELAYED, "2026-06-09").statements if s.cue == "called")
    assert statement.said_on == "2026-06-08"
