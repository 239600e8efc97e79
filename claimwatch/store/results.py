"""What the store hands back: plain frozen records, flat enough for a table or a CSV row."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
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
        return _jsonable(dataclasses.asdict(self))


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
