"""Reading triples: citations, exact copies, date and topic filters."""
from __future__ import annotations

from datetime import date

from ostria_story import article

from claimwatch.consolidate.corpus import Report, exact_duplicates, reports
from claimwatch.models import Document


def test_a_citation_is_the_whole_sentence_and_stops_at_the_paragraph() -> None:
    text = "The river rose overnight. Mayor Lin Ito said the bridge was closed.\n\nRain is due on Friday."
    document, extraction, _ = article("x", "2025-01-01", "Coast Gazette", text)
    report = Report(document, extraction)
    start = text.index("Lin Ito")
    assert report.sentence((start, len(text))) == "Mayor Lin Ito said the bridge was closed."
    assert report.cite((start, start + 7)).outlet == "Coast Gazette"


def test_exact_copies_point_to_the_first_text_ignoring_case_and_spacing() -> None:
    docs = [Document("wire", "Storm hits the coast."), Document("copy", "storm hits  the\ncoast."),
            Document("other", "Storm misses the coast.")]
    assert exact_duplicates(docs) == {"copy": "wire"}


def test_reports_are_in_publication_order_and_filtered() -> None:
    triples = [article("b", "2025-01-03", "X", "Later news about the tram."),
               article("a", "2025-01-01", "X", "Early news about the bridge.")]
    assert [r.id for r in reports(triples)] == ["a", "b"]
    assert [r.id for r in reports(triples, since=date(2025, 1, 2))] == ["b"]
    assert [r.id for r in reports(triples, topic="Bridge")] == ["a"]


def test_a_statement_date_is_used_only_when_believable() -> None:
    text = "Mayor Lin Ito said the bridge was closed."
    said = [("Lin Ito", "assert", text, when, "said")
            for when in ("2025-03-09", "2025-03-12", "2025-03", "2024-11-02", None)]
    first = article("first", "2025-03-01", "X", "The river rose.")
    document, extraction, _ = article("x", "2025-03-10", "Coast Gazette", text, statements=said)
    report = next(r for r in reports([first, (document, extraction, None)]) if r.id == "x")
    dates = [report.said_on(s) for s in extraction.statements]
    # its own day; not after publication; not a month-only date; not months before the coverage began
    assert dates == ["2025-03-09", "2025-03-10", "2025-03-10", "2025-03-10", "2025-03-10"]
