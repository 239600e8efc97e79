"""Rich tables of extraction records, for people reading a terminal."""
from __future__ import annotations

from rich.table import Table

from .models import Extraction


def extraction_tables(record: Extraction) -> list[Table]:
    """One table each for statements, quantities and times of a document."""
    title = f"{record.id}" + (f" (published {record.published}{', inferred' if record.published_inferred else ''})"
                              if record.published else "")
    statements = Table(title=f"{title}: statements", title_justify="left", expand=False)
    for col in ("speaker", "stance", "said on", "cue", "content"):
        statements.add_column(col, overflow="fold")
    for s in record.statements:
        statements.add_row(s.speaker, s.stance, s.said_on or "", s.cue or "", _clip(s.content))
    quantities = Table(title=f"{record.id}: quantities", title_justify="left")
    for col in ("text", "value", "range", "approx", "unit", "holder"):
        quantities.add_column(col, overflow="fold")
    for q in record.quantities:
        rng = f"{_num(q.low)}-{_num(q.high)}" if q.low is not None or q.high is not None else ""
        quantities.add_row(q.text, _num(q.value), rng, "~" if q.approx else "", q.unit or "", q.holder or "")
    times = Table(title=f"{record.id}: times", title_justify="left")
    for col in ("text", "value", "type"):
        times.add_column(col)
    for t in record.times:
        times.add_row(t.text, t.value or "", t.type)
    return [statements, quantities, times]


def _clip(text: str | None, limit: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"
