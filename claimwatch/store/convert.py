"""Between plain records (`claimwatch.models`) and table rows, in both directions.

Spans become `*_start`/`*_end` column pairs; each record keeps its `position` in
the extraction so it comes back in the order it was found.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from ..models import Entity, Extraction, Quantity, Statement, TimeExpr
from .models import EntityRow, QuantityRow, StatementRow, TimeRow

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def first_day(value: str | None) -> date | None:
    """The first day of an ISO date, month, year or week ("2024-10" -> 2024-10-01); None otherwise."""
    if not value:
        return None
    try:
        if m := _PARTIAL_DATE.match(value):
            return date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
        if m := _ISO_WEEK.match(value):
            return date.fromisocalendar(int(m[1]), int(m[2]), 1)
    except ValueError:
        return None
    return None


def speaker_key(name: str | None) -> str | None:
    """A speaker name as speaker filters match it: lower case, runs of spaces made one.
    (None stays None, so a statement without a speaker is still refused by the schema.)"""
    return None if name is None else " ".join(str(name).lower().split())


def effective_day(said_on: str | None, published: date | None) -> date | None:
    """The day a statement is listed and filtered under: the first day of `said_on`, else `published`.

    A month-only "2024-10" sorts and filters as 2024-10-01 (a year as its 1 January, an
    ISO week as its Monday), so it comes after every full day later in that month; an
    unreadable or missing `said_on` falls back to the document's publication day.
    """
    return first_day(said_on) or published


def _span(record: Any, name: str, prefix: str) -> dict[str, int | None]:
    span = getattr(record, name)
    return {f"{prefix}_start": span[0] if span else None, f"{prefix}_end": span[1] if span else None}


def extraction_rows(extraction: Extraction, document_id: int,
                    published: date | None = None) -> dict[type, list[dict[str, Any]]]:
    """Row dicts for each extraction table, ready for a bulk insert; `published` is the stored
    document's publication day (given or inferred), which undated statements are listed under."""
    base = {"document_id": document_id}
    return {
        StatementRow: [
            {**base, "position": n, "speaker": s.speaker, "speaker_key": speaker_key(s.speaker), "stance": s.stance,
             "said_on": s.said_on, "said_day": first_day(s.said_on),
             "effective_day": effective_day(s.said_on, published), "cue": s.cue, "content": s.content, "mode": s.mode,
             "speaker_org": s.speaker_org, "speaker_country": s.speaker_country,
             **_span(s, "span", "span"), **_span(s, "content_span", "content"), **_span(s, "speaker_span", "speaker")}
            for n, s in enumerate(extraction.statements)],
        QuantityRow: [
            {**base, "position": n, "text": q.text, "value": q.value, "low": q.low, "high": q.high,
             "approx": bool(q.approx), "unit": q.unit, "holder": q.holder, **_span(q, "span", "span")}
            for n, q in enumerate(extraction.quantities)],
        TimeRow: [
            {**base, "position": n, "text": t.text, "value": t.value, "type": t.type, "anchor": t.anchor,
             **_span(t, "span", "span")}
            for n, t in enumerate(extraction.times)],
        EntityRow: [
            {**base, "position": n, "text": e.text, "label": e.label, **_span(e, "span", "span")}
            for n, e in enumerate(extraction.entities)],
    }


def _pair(start: int | None, end: int | None) -> tuple[int, int] | None:
    return None if start is None or end is None else (start, end)


def statement_record(row: StatementRow) -> Statement:
    return Statement(
        speaker=row.speaker, stance=row.stance, span=(row.span_start, row.span_end), said_on=row.said_on,
        cue=row.cue, content=row.content, content_span=_pair(row.content_start, row.content_end),
        mode=row.mode, speaker_org=row.speaker_org, speaker_country=row.speaker_country,
        speaker_span=_pair(row.speaker_start, row.speaker_end))


def quantity_record(row: QuantityRow) -> Quantity:
    return Quantity(text=row.text, span=(row.span_start, row.span_end), value=row.value, low=row.low,
                    high=row.high, approx=row.approx, unit=row.unit, holder=row.holder)


def time_record(row: TimeRow) -> TimeExpr:
    return TimeExpr(text=row.text, value=row.value, span=(row.span_start, row.span_end), type=row.type,
                    anchor=row.anchor)


def entity_record(row: EntityRow) -> Entity:
    return Entity(text=row.text, label=row.label, span=(row.span_start, row.span_end))


RECORD_OF = {StatementRow: statement_record, QuantityRow: quantity_record, TimeRow: time_record,
             EntityRow: entity_record}


def extraction_from_rows(document_id: str, published: date | None, inferred: bool,
                         rows: Mapping[type, Iterable[Any]]) -> Extraction:
    """An Extraction rebuilt from its rows (each table's rows in `position` order)."""
    records = {table: [RECORD_OF[table](r) for r in rows.get(table, ())] for table in RECORD_OF}
    return Extraction(
        id=document_id, statements=records[StatementRow], quantities=records[QuantityRow],
        times=records[TimeRow], entities=records[EntityRow],
        published=published.isoformat() if published else None, published_inferred=inferred)
