"""The one a speaker met ("her counterpart") speaks on that speaker's dated occasion; figures and data
whose modifier names who issued them ("City figures show", "BLS data show", "official data showed")
are that issuer's findings, while the writer's "the figures show" stays no one's."""
from claimwatch.extract.pipeline import extract

TALKS = """Neighbours agree to share border patrols

TALLINN - Estonia and Latvia will run joint patrols on their shared border from next year, their interior ministers said on Thursday.

Estonian Interior Minister Maris Kask told a joint news conference in Tallinn on Thursday that the patrols would start in March.

Her Latvian counterpart, Juris Ozols, said the two countries would split the cost equally. He added that drones would be used at night.

Ozols had said last year that Latvia could not afford new border posts.
"""


def test_a_counterpart_speaks_on_the_occasion_of_the_one_just_quoted():
    statements = extract(TALKS, "2025-11-14").statements
    said, added = [s for s in statements if s.speaker == "Juris Ozols"][:2]
    assert (said.cue, said.said_on) == ("said", "2025-11-13")
    assert (added.cue, added.said_on) == ("added", "2025-11-13")


def test_an_earlier_act_of_the_counterpart_keeps_its_own_time():
    statements = extract(TALKS, "2025-11-14").statements
    earlier = next(s for s in statements if "afford" in (s.content or ""))
    assert earlier.said_on != "2025-11-13"
