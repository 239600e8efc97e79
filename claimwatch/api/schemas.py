"""The API's request and response shapes (pydantic), built from the library's plain records.

pydantic lives only here, at the edge: the store and consolidation hand back
frozen dataclasses, and each `from_record` turns one into its JSON shape.
"""
from __future__ import annotations

import math
from datetime import date, datetime
from typing import Annotated, Generic, Literal, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator

from ..consolidate.records import Actor, Citation, Claim, Contradiction, Estimate, EstimateSeries, Evidence, TimelineEntry
from ..models import Document, Quantity, Statement, TimeExpr
from ..store import Change, SearchHit, StoredDocument, StoredQuantity, StoredStatement
from ..store.picture_queries import ClaimSummary
from .service import ClaimView, DocumentView, Ingested, last_update, latest_estimate

T = TypeVar("T")
StanceName = Literal["assert", "deny", "not_deny", "decline"]
StatusName = Literal["confirmed", "single-source", "disputed", "denied", "unconfirmed"]
MAX_TEXT_CHARS = 1_000_000


def _finite(value: float | None) -> float | None:
    """JSON has no infinity or NaN: a number read as one (a runaway digit string) goes out as null."""
    return value if value is None or math.isfinite(value) else None


Number = Annotated[float | None, BeforeValidator(_finite)]


class ErrorDetail(BaseModel):
    status: int
    message: str


class ErrorOut(BaseModel):
    """Every error: `{"error": {"status": 404, "message": "no document with id 7"}}`."""

    error: ErrorDetail


class PageOut(BaseModel, Generic[T]):
    """One page of results; ask for `page + 1` while `has_next` is true."""

    items: list[T]
    page: int
    size: int
    has_next: bool


# -- input -------------------------------------------------------------------------------

class DocumentIn(BaseModel):
    """One document as in FORMAT.md's input lines; unknown keys are ignored."""

    model_config = ConfigDict(extra="ignore", json_schema_extra={"examples": [{
        "id": "example-1", "text": "The ministry said on Tuesday that 40 people had been evacuated.",
        "published": "2024-10-30", "url": "https://news.example/a1", "outlet": "Example News",
        "title": "Evacuations continue"}]})

    id: str | None = Field(None, max_length=500, description="Your id for it; default derived from the text.")
    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)
    published: date | None = None
    url: str | None = Field(None, max_length=2000)
    outlet: str | None = Field(None, max_length=300)
    title: str | None = Field(None, max_length=1000)

    @field_validator("text")
    @classmethod
    def _not_blank(cls, text: str) -> str:
        if not text.strip():
            raise ValueError("text is empty")
        return text

    def to_document(self, fallback_id: str) -> Document:
        return Document(id=self.id or fallback_id, text=self.text, published=self.published, url=self.url,
                        outlet=self.outlet, title=self.title, origin="api")


class IngestOut(BaseModel):
    id: str
    document_id: int
    status: Literal["stored", "duplicate", "near-duplicate"]
    duplicate_of: int | None = None
    similarity: float | None = None
    statements: int
    quantities: int
    times: int

    @classmethod
    def from_record(cls, item: Ingested) -> "IngestOut":
        r = item.result
        return cls(id=item.source_id, document_id=r.id, status=r.status, duplicate_of=r.duplicate_of,
                   similarity=r.similarity, statements=item.statements, quantities=item.quantities,
                   times=item.times)


class IngestBatchOut(BaseModel):
    stored: int
    duplicates: int
    items: list[IngestOut]


# -- stored records ----------------------------------------------------------------------

class DocumentSummaryOut(BaseModel):
    id: int
    source_id: str | None
    published: date | None
    outlet: str | None
    title: str | None
    url: str | None
    chars: int
    statements: int
    quantities: int
    duplicate_of: int | None

    @classmethod
    def from_record(cls, d: StoredDocument) -> "DocumentSummaryOut":
        return cls(id=d.id, source_id=d.source_id, published=d.published, outlet=d.outlet, title=d.title,
                   url=d.url, chars=d.chars, statements=d.statements, quantities=d.quantities,
                   duplicate_of=d.duplicate_of)


class StatementRecordOut(BaseModel):
    speaker: str
    stance: str
    said_on: str | None
    span: tuple[int, int]
    cue: str | None
    content: str | None
    mode: str
    speaker_org: str | None
    speaker_country: str | None

    @classmethod
    def from_record(cls, s: Statement) -> "StatementRecordOut":
        return cls(speaker=s.speaker, stance=s.stance, said_on=s.said_on, span=s.span, cue=s.cue,
                   content=s.content, mode=s.mode, speaker_org=s.speaker_org, speaker_country=s.speaker_country)


class QuantityRecordOut(BaseModel):
    text: str
    span: tuple[int, int]
    value: Number
    low: Number
    high: Number
    approx: bool
    unit: str | None
    holder: str | None

    @classmethod
    def from_record(cls, q: Quantity) -> "QuantityRecordOut":
        return cls(text=q.text, span=q.span, value=q.value, low=q.low, high=q.high, approx=q.approx,
                   unit=q.unit, holder=q.holder)


class TimeOut(BaseModel):
    text: str
    value: str | None
    span: tuple[int, int]
    type: str

    @classmethod
    def from_record(cls, t: TimeExpr) -> "TimeOut":
        return cls(text=t.text, value=t.value, span=t.span, type=t.type)


class SpanOut(BaseModel):
    """One highlighted stretch of the text: what kind, where, and its words."""

    kind: Literal["statement", "quantity", "time"]
    start: int
    end: int
    text: str
    label: str


class DocumentOut(BaseModel):
    id: int
    source_id: str | None
    published: date | None
    published_inferred: bool
    outlet: str | None
    title: str | None
    url: str | None
    duplicate_of: int | None
    text: str
    statements: list[StatementRecordOut]
    quantities: list[QuantityRecordOut]
    times: list[TimeOut]
    spans: list[SpanOut] = Field(description="Statements, quantities and times in text order.")

    @classmethod
    def from_record(cls, view: DocumentView) -> "DocumentOut":
        d, x = view.document, view.extraction
        text = d.text
        spans = ([SpanOut(kind="statement", start=s.span[0], end=s.span[1], text=text[s.span[0]:s.span[1]],
                          label=f"{s.speaker} ({s.stance})") for s in x.statements]
                 + [SpanOut(kind="quantity", start=q.span[0], end=q.span[1], text=text[q.span[0]:q.span[1]],
                            label=" ".join(filter(None, [q.text, q.unit]))) for q in x.quantities]
                 + [SpanOut(kind="time", start=t.span[0], end=t.span[1], text=text[t.span[0]:t.span[1]],
                            label=t.value or "unresolved") for t in x.times])
        spans.sort(key=lambda s: (s.start, -s.end))
        return cls(id=view.id, source_id=view.source_id, published=d.published,
                   published_inferred=view.published_inferred, outlet=d.outlet, title=d.title, url=d.url,
                   duplicate_of=view.duplicate_of, text=text,
                   statements=[StatementRecordOut.from_record(s) for s in x.statements],
                   quantities=[QuantityRecordOut.from_record(q) for q in x.quantities],
                   times=[TimeOut.from_record(t) for t in x.times], spans=spans)


class StatementOut(BaseModel):
    document_id: int
    outlet: str | None
    published: date | None
    speaker: str
    stance: str
    said_on: str | None
    cue: str | None
    mode: str
    speaker_org: str | None
    span: tuple[int, int]
    evidence: str

    @classmethod
    def from_record(cls, s: StoredStatement) -> "StatementOut":
        return cls(document_id=s.document_id, outlet=s.outlet, published=s.published, speaker=s.speaker,
                   stance=s.stance, said_on=s.said_on, cue=s.cue, mode=s.mode, speaker_org=s.speaker_org,
                   span=s.span, evidence=s.evidence)


class QuantityOut(BaseModel):
    document_id: int
    outlet: str | None
    published: date | None
    text: str
    value: Number
    low: Number
    high: Number
    approx: bool
    unit: str | None
    holder: str | None
    span: tuple[int, int]

    @classmethod
    def from_record(cls, q: StoredQuantity) -> "QuantityOut":
        return cls(document_id=q.document_id, outlet=q.outlet, published=q.published, text=q.text,
                   value=q.value, low=q.low, high=q.high, approx=q.approx, unit=q.unit, holder=q.holder,
                   span=q.span)


class SearchHitOut(BaseModel):
    document_id: int
    score: float
    published: date | None
    outlet: str | None
    title: str | None
    snippet: str = Field(description="Matching words are wrapped in [square brackets].")

    @classmethod
    def from_record(cls, h: SearchHit) -> "SearchHitOut":
        return cls(document_id=h.document_id, score=h.score, published=h.published, outlet=h.outlet,
                   title=h.title, snippet=h.snippet)


# -- the consolidated picture ------------------------------------------------------------

class CitationOut(BaseModel):
    document_id: str
    outlet: str | None
    published: str | None
    sentence: str
    url: str | None

    @classmethod
    def from_record(cls, c: Citation) -> "CitationOut":
        return cls(document_id=c.document, outlet=c.outlet, published=c.published, sentence=c.sentence, url=c.url)


class ActorOut(BaseModel):
    id: str
    name: str
    kind: str
    org: str | None
    country: str | None
    role: str | None
    names: list[str]
    statements: int

    @classmethod
    def from_record(cls, a: Actor) -> "ActorOut":
        return cls(id=a.id, name=a.name, kind=a.kind, org=a.org, country=a.country, role=a.role,
                   names=list(a.names), statements=a.statements)


class ActorStatementOut(BaseModel):
    claim_id: str
    claim_label: str
    speaker: str
    stance: str
    said_on: str | None
    citation: CitationOut


class ActorDetailOut(ActorOut):
    said: list[ActorStatementOut]

    @classmethod
    def from_pairs(cls, actor: Actor, said: list[tuple[Evidence, Claim]]) -> "ActorDetailOut":
        base = ActorOut.from_record(actor).model_dump()
        return cls(**base, said=[ActorStatementOut(claim_id=c.id, claim_label=c.label, speaker=e.speaker,
                                                   stance=e.stance, said_on=e.said_on,
                                                   citation=CitationOut.from_record(e.citation)) for e, c in said])


class EvidenceOut(BaseModel):
    actor: str
    speaker: str
    stance: str
    said_on: str | None
    source: str
    span: tuple[int, int]
    citation: CitationOut

    @classmethod
    def from_record(cls, e: Evidence) -> "EvidenceOut":
        return cls(actor=e.actor, speaker=e.speaker, stance=e.stance, said_on=e.said_on, source=e.source,
                   span=e.statement.span, citation=CitationOut.from_record(e.citation))


class TimelineOut(BaseModel):
    kind: str
    actor: str
    speaker: str
    stance: str
    said_on: str | None
    lag_days: int | None
    note: str
    citation: CitationOut

    @classmethod
    def from_record(cls, t: TimelineEntry) -> "TimelineOut":
        return cls(kind=t.kind, actor=t.actor, speaker=t.speaker, stance=t.stance, said_on=t.said_on,
                   lag_days=t.lag_days, note=t.note, citation=CitationOut.from_record(t.citation))


class ContradictionOut(BaseModel):
    kind: str
    about: str
    explanation: str
    first: CitationOut
    second: CitationOut

    @classmethod
    def from_record(cls, c: Contradiction) -> "ContradictionOut":
        return cls(kind=c.kind, about=c.about, explanation=c.explanation,
                   first=CitationOut.from_record(c.first), second=CitationOut.from_record(c.second))


class EstimateOut(BaseModel):
    holder: str
    text: str
    value: Number
    low: Number
    high: Number
    approx: bool
    unit: str
    said_on: str | None
    citation: CitationOut

    @classmethod
    def from_record(cls, e: Estimate) -> "EstimateOut":
        return cls(holder=e.holder, text=e.quantity.text, value=e.value, low=e.low, high=e.high, approx=e.approx,
                   unit=e.unit, said_on=e.said_on, citation=CitationOut.from_record(e.citation))


class SeriesOut(BaseModel):
    id: str
    label: str
    unit: str
    place: str | None
    low: Number
    high: Number
    conservative: Number
    estimates: list[EstimateOut]
    latest: list[EstimateOut] = Field(description="The latest estimate of each holder.")

    @classmethod
    def from_record(cls, s: EstimateSeries) -> "SeriesOut":
        return cls(id=s.id, label=s.label, unit=s.unit, place=s.place, low=s.low, high=s.high,
                   conservative=s.conservative, estimates=[EstimateOut.from_record(e) for e in s.estimates],
                   latest=[EstimateOut.from_record(e) for e in s.latest])


class ClaimSummaryOut(BaseModel):
    id: str
    label: str
    status: str
    status_text: str
    independent_sources: int
    documents: int
    last_update: str | None
    latest_estimate: EstimateOut | None

    @classmethod
    def from_summary(cls, s: ClaimSummary) -> "ClaimSummaryOut":
        return cls(id=s.id, label=s.label, status=s.status, status_text=s.status_text,
                   independent_sources=s.independent_sources, documents=s.documents, last_update=s.last_update,
                   latest_estimate=EstimateOut.from_record(s.latest) if s.latest else None)

    @classmethod
    def from_view(cls, view: ClaimView) -> "ClaimSummaryOut":
        c = view.claim
        latest = latest_estimate(view)
        return cls(id=c.id, label=c.label, status=c.status, status_text=c.status_text,
                   independent_sources=c.independent_sources, documents=c.documents, last_update=last_update(c),
                   latest_estimate=EstimateOut.from_record(latest) if latest else None)


class ClaimOut(ClaimSummaryOut):
    terms: list[str]
    timeline: list[TimelineOut]
    statements: list[EvidenceOut]
    series: list[SeriesOut]
    contradictions: list[ContradictionOut]

    @classmethod
    def from_view(cls, view: ClaimView) -> "ClaimOut":
        c = view.claim
        return cls(**ClaimSummaryOut.from_view(view).model_dump(), terms=list(c.terms),
                   timeline=[TimelineOut.from_record(t) for t in c.timeline],
                   statements=[EvidenceOut.from_record(e) for e in c.statements],
                   series=[SeriesOut.from_record(s) for s in view.series],
                   contradictions=[ContradictionOut.from_record(x) for x in c.contradictions])


class ChangeOut(BaseModel):
    """One change of the picture (see `claimwatch changes`): what, when taken in, the sentence, the link."""

    id: int
    at: datetime
    kind: Literal["new_claim", "new_figure", "denial", "non_denial", "status_change", "contradiction"]
    day: str | None
    subject: Literal["claim", "series"]
    subject_key: str
    label: str
    actor: str | None
    before: str | None
    after: str | None
    delta: Number
    summary: str
    sentence: str
    document_id: int | None
    url: str | None
    outlet: str | None

    @classmethod
    def from_record(cls, change: Change) -> "ChangeOut":
        return cls(**change.__dict__)
