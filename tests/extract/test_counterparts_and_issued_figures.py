"""The one a speaker met ("her counterpart") speaks on that speaker's dated occasion; figures and data
whose modifier names who issued them ("City figures show", "official data showed")
are that issuer's findings, while the writer's "the figures show" stays no one's; "the agency" is the
known agency that just spoke, and "the operator" one side of "union and operator", not both; an
analysis "of imagery released by a think tank" is the think tank's."""
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


FIGURES = """Factory jobs claim does not add up

City figures show foot traffic downtown has recovered. Food prices rose 9.4% in July, official data showed on Wednesday.

The figures show a mixed picture, and the mayor said the city's own data showed a recovery.
"""


def test_figures_named_by_their_issuer_are_the_issuers_findings():
    statements = extract(FIGURES, "2025-08-15").statements
    speakers = {s.speaker for s in statements if s.cue in ("show", "showed")}
    assert {"City figures", "official data"} <= speakers


def test_the_writers_figures_and_data_cited_in_a_report_are_no_statement_of_their_own():
    statements = extract(FIGURES, "2025-08-15").statements
    assert not [s for s in statements if s.cue in ("show", "showed") and "mixed" in (s.content or "")]
    assert not [s for s in statements if s.cue == "showed" and "recovery" in (s.content or "")]
    assert [s.speaker for s in statements if "recovery" in (s.content or "")] == ["mayor"]


RECALL = """Frozen greens recalled over listeria

The Food and Drug Administration said sampling found listeria in two bags. The strain was later linked to illnesses in three states, the agency said.

The Centers for Disease Control and Prevention said on Wednesday that eight of the nine patients had been hospitalized. One of them died, the agency said.
"""


def test_the_agency_is_the_known_agency_that_just_spoke():
    statements = extract(RECALL, "2024-10-17").statements
    died = next(s for s in statements if "died" in (s.content or ""))
    assert died.speaker == "Centers for Disease Control and Prevention"
    linked = next(s for s in statements if "linked" in (s.content or ""))
    assert "Food and Drug Administration" in linked.speaker or linked.speaker == "FDA"


BOARD = """Referees admit penalty error

The Professional Match Officials Board admitted on Sunday that the penalty was wrong. Figures it published in May showed that VAR had corrected 61 of 72 wrong penalty decisions last season.
"""


def test_figures_a_body_published_are_its_findings_on_the_day_it_published_them():
    statement = next(s for s in extract(BOARD, "2025-09-15").statements if s.cue == "showed")
    assert statement.speaker == "Professional Match Officials Board"
    assert statement.said_on == "2025-05"


BALLOT = """Drivers back strikes as union and operator clash over pay

Train drivers have voted for strike action, their union announced last night, though the operator disputed the strength of the mandate.
"""


def test_one_side_of_a_pair_named_together_is_not_the_pair():
    statement = next(s for s in extract(BALLOT, "2026-01-27").statements if s.cue == "disputed")
    assert "union" not in statement.speaker
    text = ("Congo's army and a rebel group gave sharply different accounts of the fighting on Wednesday.\n\n"
            "The rebels said the army's figures were propaganda. The army rejected that as a fabrication.")
    rejected = next(s for s in extract(text, "2024-10-17").statements if s.cue == "rejected")
    assert rejected.speaker == "Congo's army"


IMAGERY = """Satellite images show Russia expanding base near border, think tank says

WASHINGTON - Russia has put up at least 40 new buildings at a military base near the Finnish border, according to an analysis of commercial satellite imagery released Monday by a Washington think tank.
"""


def test_an_analysis_is_its_authors_though_the_parser_hangs_the_author_on_what_it_analysed():
    statements = extract(IMAGERY, "2026-06-09").statements
    according = next(s for s in statements if s.cue == "according to")
    assert according.speaker == "Washington think tank"
    assert not [s for s in statements if s.cue == "put"]  # "put up buildings": building, not estimating
