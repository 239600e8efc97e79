"""A small hand-written ledger for the API and page tests: four articles about a closed port.

Harbour master Lina Oster reports the closure first (March 2), the Transport
Ministry confirms it two days later with a different count of waiting ships,
Norda Lines denies it, and an unrelated story about a bridge rides along. One
text carries a `<script>` tag, which pages must show as text.
"""
from __future__ import annotations

from datetime import date

import pytest

from claimwatch.models import Document, Entity, Extraction, Quantity, Statement, TimeExpr
from claimwatch.store import Store

SCRIPT = "<script>alert('owned')</script>"
OSTER = "Harbour master Lina Oster said on Monday that the port of Corvane had been closed to cargo ships."
MINISTRY = ("The Transport Ministry confirmed on Wednesday that the port of Corvane had been closed to cargo "
            "ships, with 55 vessels waiting offshore.")
NORDA = "The shipping company Norda Lines denied that the port of Corvane had been closed to cargo ships."
HOLM = "Mayor Petra Holm said the new bridge in Alsen would open in May."


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def article(doc_id: str, day: str, outlet: str, title: str, text: str, *, statements=(), quantities=(),
            times=(), entities=()) -> tuple[Document, Extraction]:
    """statements: (speaker, stance, sentence, said_on); quantities: (words, value, unit, holder);
    times: (words, value); entities: (words, label)."""
    document = Document(id=doc_id, text=text, published=date.fromisoformat(day), outlet=outlet, title=title,
                        url=f"https://news.example/{doc_id}")
    extraction = Extraction(
        id=doc_id,
        statements=[Statement(speaker=who, stance=stance, span=_span(text, sentence), said_on=said_on, cue="said",
                              content=sentence, speaker_span=_span(text, who) if who in text else None)
                    for who, stance, sentence, said_on in statements],
        quantities=[Quantity(text=words, span=_span(text, words), value=value, unit=unit, holder=holder)
                    for words, value, unit, holder in quantities],
        times=[TimeExpr(text=words, value=value, span=_span(text, words)) for words, value in times],
        entities=[Entity(words, label, _span(text, words)) for words, label in entities],
        published=day)
    return document, extraction


def articles() -> list[tuple[Document, Extraction]]:
    oster_text = OSTER + " About 40 vessels were waiting offshore, she said."
    return [
        article("courier-1", "2026-03-02", "Coastal Courier", "Corvane port closed", oster_text,
                statements=[("Lina Oster", "assert", OSTER, "2026-03-02"),
                            ("Lina Oster", "assert", "About 40 vessels were waiting offshore, she said.",
                             "2026-03-02")],
                quantities=[("About 40", 40, "vessels", "Lina Oster")],
                times=[("Monday", "2026-03-02")],
                entities=[("Lina Oster", "PERSON"), ("Corvane", "GPE")]),
        article("herald-1", "2026-03-04", "Bay Herald", "Ministry confirms closure", MINISTRY,
                statements=[("The Transport Ministry", "assert", MINISTRY, "2026-03-04")],
                quantities=[("55", 55, "vessels", "The Transport Ministry")],
                times=[("Wednesday", "2026-03-04")],
                entities=[("Transport Ministry", "ORG"), ("Corvane", "GPE")]),
        article("post-1", "2026-03-05", "Inland Post", "Shipping firm disputes closure",
                NORDA + " A reader pasted " + SCRIPT + " into the comments.",
                statements=[("Norda Lines", "deny", NORDA, "2026-03-05")],
                entities=[("Norda Lines", "ORG"), ("Corvane", "GPE")]),
        article("post-2", "2026-02-20", "Inland Post", "Alsen bridge", HOLM,
                statements=[("Petra Holm", "assert", HOLM, None)],
                times=[("May", "2026-05")],
                entities=[("Petra Holm", "PERSON"), ("Alsen", "GPE")]),
    ]


def fill(url: str) -> dict[str, int]:
    """Store the ledger at `url`; returns each article's store id by its own id."""
    with Store(url) as store:
        pairs = articles()
        results = store.add_many(pairs)
    return {document.id: result.id for (document, _), result in zip(pairs, results)}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory) -> tuple[str, dict[str, int]]:
    """A tmp SQLite store filled with the ledger: (url, ids of the stored documents)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('ledger') / 'ledger.db'}"
    return url, fill(url)


@pytest.fixture(scope="module")
def ids(ledger) -> dict[str, int]:
    return ledger[1]
