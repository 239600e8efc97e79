"""States that act in the lead, and their leaders who speak of it in the next paragraph."""
from claimwatch.extract.pipeline import extract

SUMMIT = """Kenya, Tanzania agree on border rail link

NAIROBI, March 6 (EAW) - Kenya and Tanzania agreed on Friday to build a rail link across their border and to share customs posts, but their leaders disagreed in public over a disputed fishing island.

At a joint news conference after talks at State House, Kenyan President Amani Otieno and Tanzanian President Neema Mwita said the two countries would set up a joint authority to run the line.

Mwita said the authority would report within a year. Otieno, standing beside her, disputed her account of the island talks. "Nothing was agreed on the island," he said.
"""


def _by(statements, name):
    return [s for s in statements if s.speaker == name]


def test_each_president_named_side_by_side_speaks():
    statements = extract(SUMMIT, "2026-03-06").statements
    joint = [s for s in statements if s.content and "joint authority" in s.content]
    assert {s.speaker for s in joint} == {"Amani Otieno", "Neema Mwita"}


def test_leaders_speak_on_the_day_their_states_acted():
    statements = extract(SUMMIT, "2026-03-07").statements
    for name in ("Amani Otieno", "Neema Mwita"):
        acts = _by(statements, name)
        assert acts and all(s.said_on == "2026-03-06" for s in acts), [(s.cue, s.said_on) for s in acts]


def test_demonym_of_any_country_names_the_state():
    statements = extract(SUMMIT, "2026-03-06").statements
    assert {s.speaker_country for s in statements if s.speaker == "Neema Mwita"} == {"TZ"}
