"""Plain typed records that flow between the pipeline stages.

Records are frozen dataclasses with no ORM or web framework attached, so every
stage can be tested on values built by hand. `to_dict` / `from_dict` are the one
JSON serialisation, shared by the CLI, the store and the API; their shape is the
contract in ``shared/eval/FORMAT.md``.
"""
from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Span = tuple[int, int]
Stance = Literal["assert", "deny", "not_deny", "decline"]
STANCES: tuple[str, ...] = ("assert", "deny", "not_deny", "decline")


@dataclass(frozen=True)
class Document:
    """One article as it came in, before any reading."""

    id: str
    text: str
    published: date | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    origin: str | None = None  # "file:line" the document was read from, for error messages
    source_id: str | None = None  # the id the input gave it, when a store has numbered it anew


@dataclass(frozen=True)
class Rejected:
    """An input item that could not be read, and why; batches carry on past it."""

    where: str  # "path:line" or "path"
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass(frozen=True)
class TimeExpr:
    """A TIMEX3-style time expression: a date, month, week, duration or clock time."""

    text: str
    value: str | None
    span: Span
    type: str = "DATE"  # DATE | TIME | DURATION | SET
    anchor: str | None = None  # what a relative value was resolved against: "published", "previous"
    # (for a clock time: "beside", "previous", "header" - a live blog's day header - or "story")


@dataclass(frozen=True)
class Statement:
    """One attributed act of asserting, denying, not denying or declining."""

    speaker: str
    stance: Stance
    span: Span
    said_on: str | None = None
    cue: str | None = None
    content: str | None = None
    content_span: Span | None = None
    mode: Literal["direct", "indirect"] = "indirect"
    speaker_org: str | None = None
    speaker_country: str | None = None
    speaker_span: Span | None = None


@dataclass(frozen=True)
class Quantity:
    """A number that counts or measures something in the world, with who gives it."""

    text: str
    span: Span
    value: float | None
    low: float | None = None
    high: float | None = None
    approx: bool = False
    unit: str | None = None
    holder: str | None = None


@dataclass(frozen=True)
class Entity:
    """A named entity as spaCy found it (person, organisation, place...)."""

    text: str
    label: str
    span: Span


@dataclass(frozen=True)
class Extraction:
    """Everything read from one document."""

    id: str
    statements: list[Statement] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    published: str | None = None
    published_inferred: bool = False

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Extraction":
        return Extraction(
            id=str(data["id"]),
            statements=[_record(Statement, s) for s in data.get("statements", [])],
            quantities=[_record(Quantity, q) for q in data.get("quantities", [])],
            times=[_record(TimeExpr, t) for t in data.get("times", [])],
            entities=[_record(Entity, e) for e in data.get("entities", [])],
            published=data.get("published"),
            published_inferred=bool(data.get("published_inferred", False)),
        )


def to_dict(record: Any) -> dict[str, Any]:
    """A JSON-ready dict of any record: spans become lists, dates ISO strings."""
    return _jsonable(record)


@functools.lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _jsonable(value: Any) -> Any:
    """Walks records field by field: `dataclasses.asdict` would deep-copy every value first, a fifth
    of the cost of writing an extraction."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: _jsonable(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _record(cls: type, data: dict[str, Any]) -> Any:
    names = {f.name for f in dataclasses.fields(cls)}
    kwargs = {k: v for k, v in data.items() if k in names}
    for key in ("span", "content_span", "speaker_span"):
        if isinstance(kwargs.get(key), list):
            kwargs[key] = tuple(kwargs[key])
    return cls(**kwargs)
