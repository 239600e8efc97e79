"""A wire dateline's day is the copy's, not the story's: a clock with no day of its own is on the day the
lead tells. A speaker whose long description the parser read as a clause is still found."""
from pathlib import Path

from claimwatch.extract.pipeline import extract

# The parser reads this article's "Dana Kowalski, a lawyer for the family of ..., a 23-year-old killed
# while driving across the bridge, said ..." as a clause "Kowalski ... killed" reported by a subjectless
# "said"; shorter or reworded sentences parse right, so the test reads the article itself.
COLLAPSE = Path(__file__).parents[1] / "heldout17" / "collapse-renfrew-bridge-ntsb-report.txt"

SWAP = """Prisoners exchanged at border

VILNIUS, June 19 (NW) - Lithuania and Belarus exchanged prisoners at a border crossing on Thursday, officials said.

The handover took place at the checkpoint shortly after 3 p.m., the security service said.
"""


def test_a_clock_after_a_dateline_is_on_the_day_the_lead_tells():
    times = {t.text: t.value for t in extract(SWAP, "2026-06-19").times}
    assert times["3 p.m."] == "2026-06-18T15:00"


def test_a_speaker_whose_description_was_read_as_a_clause_is_found():
    statements = extract(COLLAPSE.read_text(), "2026-07-10").statements
    said = [s for s in statements if s.speaker == "Dana Kowalski" and s.cue == "said"]
    assert [s.content.startswith("the report showed") for s in said] == [True]
