"""Independence: copies and re-reports fold into their origin."""
from __future__ import annotations

from claimwatch.consolidate.corpus import reports
from claimwatch.consolidate.independence import cited_outlets, report_origins
from claimwatch.consolidate.names import InstitutionIndex
from claimwatch.consolidate.tables import institutions
from ostria_story import article


def test_cited_outlets_are_read_from_provenance_phrases() -> None:
    assert cited_outlets("Censor.NET reports, citing Radio Liberty, that the bridge fell.") == ["Radio Liberty"]
    assert cited_outlets("The figure was first reported by the Coast Gazette on Monday.") == ["Coast Gazette"]
    assert cited_outlets("The mayor said the bridge fell.") == []


def test_chains_of_copies_and_citations_lead_to_one_origin() -> None:
    text = "Mayor Lin Ito said the bridge fell."
    triples = [
        article("first", "2025-01-01", "Coast Gazette", text),
        article("copy", "2025-01-01", "Bay Daily", text, duplicate_of="first"),
        article("copy-of-copy", "2025-01-02", "Hill Times", text, duplicate_of="copy"),
        article("relay", "2025-01-03", "Radio Meridian", "Radio Meridian reports, citing the Coast Gazette, "
                "that the bridge fell."),
        article("outside", "2025-01-03", "Radio Meridian", "According to a report by Reuters, the bridge fell."),
        article("own", "2025-01-04", "Hill Times", "Engineers said the bridge fell."),
    ]
    origins = report_origins(reports(triples), InstitutionIndex(institutions()))
    assert {doc: o.key for doc, o in origins.items()} == {
        "first": "first", "copy": "first", "copy-of-copy": "first", "relay": "first",
        "outside": "outlet:Reuters", "own": "own"}
    assert origins["relay"].reason == "re-reports Coast Gazette (first)"


def test_a_cycle_of_duplicates_does_not_hang() -> None:
    triples = [article("a", "2025-01-01", "X", "Same text.", duplicate_of="b"),
               article("b", "2025-01-01", "Y", "Same text.", duplicate_of="a")]
    origins = report_origins(reports(triples), InstitutionIndex(institutions()))
    assert set(origins) == {"a", "b"}
