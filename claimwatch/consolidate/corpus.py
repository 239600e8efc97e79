"""The input of consolidation: (Document, Extraction, duplicate_of) triples, read once.

Both the store (`Store.corpus()`) and in-memory extraction produce this shape;
everything downstream reads `Report`s, which add the few lookups consolidation
needs (a statement's sentence, its date) without changing the records.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..models import Document, Extraction, Span, Statement
from .records import Citation
from .sentences import sentence_bounds
from .timeline import day

Triple = tuple[Document, Extraction, "str | None"]
EARLIEST_SAID_DAYS = 31  # a statement's own date may precede the corpus's first publication by this much


@dataclass(frozen=True)
class Report:
    """One document with what was read from it and the document it copies, if any.

    `duplicate_of` comes from the store (MinHash near-copies) or in-memory reading (exact
    copies); origin finding (`independence`) uses it only to order same-day twins.
    """

    document: Document
    extraction: Extraction
    duplicate_of: str | None = None
    corpus_start: str | None = None  # the first publication day of the corpus this report was read with

    @property
    def id(self) -> str:
        return self.document.id

    @property
    def published(self) -> str | None:
        if self.document.published is not None:
            return self.document.published.isoformat()
        return self.extraction.published

    @property
    def outlet(self) -> str | None:
        return self.document.outlet

    def sentence_start(self, span: Span) -> int:
        """Where the sentence holding the start of `span` begins (a paragraph begins one too)."""
        return sentence_bounds(self.document.text, span)[0]

    def sentence_end(self, span: Span) -> int:
        """Where the sentence holding the end of `span` ends (a paragraph ends one too)."""
        return sentence_bounds(self.document.text, span)[1]

    def sentence(self, span: Span) -> str:
        """The whole sentence(s) around `span`, trimmed, for citations (never into the next paragraph)."""
        left, right = sentence_bounds(self.document.text, span)
        return " ".join(self.document.text[left:right].split())

    def cite(self, span: Span) -> Citation:
        return Citation(self.id, self.outlet, self.published, self.sentence(span), self.document.url)

    def said_on(self, statement: Statement) -> str | None:
        """When the source spoke: the statement's own date when it is believable, else the day of publication.

        Timelines order sources by this date, so a wrong early date would make a late source
        "the first to say it". Extraction sometimes gives a statement a date its sentence
        mentions for something else ("inspected the dam until June", "warned in April").
        So the statement's own date is kept only when it is a full day, not after the
        report was published (no one is quoted before speaking), and not more than
        EARLIEST_SAID_DAYS before the first publication of the corpus (or of this report,
        when read alone): older dates are far likelier misreadings than speech the whole
        coverage missed. Otherwise the publication day stands, which is never too early. A
        bare year before the year of publication stands too ("a 2021 report found", "warned in
        2022"): it dates a past document or act, and no day in a sentence reads as a year.
        """
        said, published = day(statement.said_on), day(self.published)
        if said is None and statement.said_on and published is not None and \
                len(statement.said_on) == 4 and int(statement.said_on) < published.year:
            return statement.said_on
        if said is None or published is None:
            return self.published or (statement.said_on if said else None)
        start = min(published, day(self.corpus_start) or published)
        if said > published or said < start - timedelta(days=EARLIEST_SAID_DAYS):
            return self.published
        return statement.said_on


def reports(triples: Iterable[Triple], since: date | None = None, topic: str | None = None) -> list[Report]:
    """Reports in publication order, optionally only those since a day or about a topic."""
    out = []
    for document, extraction, duplicate_of in triples:
        report = Report(document, extraction, duplicate_of)
        if since is not None and report.published and report.published[:10] < since.isoformat():
            continue
        if topic and not about(document, topic):
            continue
        out.append(report)
    start = min((r.published for r in out if r.published), default=None)
    return sorted((replace(r, corpus_start=start) for r in out), key=lambda r: (r.published or "9999", r.id))


def about(document: Document, topic: str) -> bool:
    """True when every word of the topic occurs in the title or text (case-insensitive)."""
    haystack = f"{document.title or ''}\n{document.text}".lower()
    return all(word in haystack for word in topic.lower().split())


def exact_duplicates(documents: Iterable[Document]) -> dict[str, str]:
    """id -> id of the first document with the same text (whitespace and case ignored)."""
    first: dict[str, str] = {}
    out: dict[str, str] = {}
    for document in documents:
        key = hashlib.sha1(" ".join(document.text.lower().split()).encode()).hexdigest()
        if key in first:
            out[document.id] = first[key]
        else:
            first[key] = document.id
    return out
