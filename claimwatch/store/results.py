"""What the store hands back: plain frozen records, flat enough for a table or a CSV row."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from ..models import Span, _jsonable

AddStatus = Literal["stored", "duplicate", "near-duplicate"]


@dataclass(frozen=True)
class AddResult:
    """What became of one added document.

    `stored`: new text, kept. `duplicate`: the same text is already stored (as `id`),
    nothing written. `near-duplicate`: kept as `id`, linked to the original it nearly
    copies (`duplicate_of`, with the estimated `similarity`).
    """

    status: AddStatus
    id: int
    duplicate_of: int | None = None
    similarity: float | None = None


class _Flat:
    def to_dict(self) -> dict[str, Any]:
        return _jsonable(self)


@dataclass(frozen=True)
class StoredDocument(_Flat):
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
    extraction_version: int


@dataclass(frozen=True)
class StoredStatement(_Flat):
    document_id: int
    outlet: str | None
    published: date | None
    speaker: str
    stance: str
    said_on: str | None
    cue: str | None
    mode: str
    speaker_org: str | None
    span: Span
    evidence: str  # the words of `span` in the document


@dataclass(frozen=True)
class StoredQuantity(_Flat):
    document_id: int
    outlet: str | None
    published: date | None
    text: str
    value: float | None
    low: float | None
    high: float | None
    approx: bool
    unit: str | None
    holder: str | None
    span: Span


@dataclass(frozen=True)
class SearchHit(_Flat):
    document_id: int
    score: float
    published: date | None
    outlet: str | None
    title: str | None
    snippet: str


@dataclass(frozen=True)
class Change(_Flat):
    """One transition of the picture, as `claimwatch changes` lists it and alerts send it.

    `kind`: new_claim | new_figure | denial | non_denial | status_change | contradiction.
    `at` is when the picture took it in; `day` when it was said (else printed). `before`
    and `after` are a status or a figure; `delta` a figure's change from its holder's last.
    """

    id: int
    at: datetime
    kind: str
    day: str | None
    subject: str  # claim | series
    subject_key: str
    label: str
    actor: str | None
    before: str | None
    after: str | None
    delta: float | None
    summary: str
    sentence: str
    document_id: int | None
    url: str | None
    outlet: str | None


@dataclass(frozen=True)
class SourceState(_Flat):
    """What the store knows of one watched source: how to ask it again, and how it has been doing."""

    url: str
    kind: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    polls: int = 0
    items_seen: int = 0
    last_items: int = 0
    failures: int = 0
    last_checked_at: datetime | None = None
    last_success_at: datetime | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None
    next_poll_at: datetime | None = None
