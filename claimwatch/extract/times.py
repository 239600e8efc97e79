"""Time expressions: find them and give each a TIMEX3 value.

First version: spaCy's DATE and TIME entities, with absolute month-day dates
resolved against the publication date. The Times issue replaces this with a
full reader of relative, anchored and duration expressions.
"""
from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from ..models import TimeExpr

_MONTHS = {m: i for i, ms in enumerate(
    ["jan january", "feb february", "mar march", "apr april", "may", "jun june",
     "jul july", "aug august", "sep sept september", "oct october", "nov november",
     "dec december"], start=1) for m in ms.split()}
_MONTH_DAY = re.compile(r"^([A-Za-z]+)\.?\s+(\d{1,2})(?:,\s*(\d{4}))?$")
_MONTH_YEAR = re.compile(r"^([A-Za-z]+)\.?(?:\s+(\d{4}))?$")


def find_times(doc: Doc, published: date | None) -> list[TimeExpr]:
    """Every DATE/TIME entity in `doc`, valued where the form is a plain calendar date."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        out.append(TimeExpr(ent.text, _value(ent.text, published), (ent.start_char, ent.end_char),
                            type=ent.label_))
    return out


def infer_published(doc: Doc) -> date | None:
    """No inference yet: the Times issue adds datelines and latest-date guesses."""
    return None


def _value(text: str, published: date | None) -> str | None:
    m = _MONTH_DAY.match(text)
    if m and m.group(1).lower() in _MONTHS:
        year = int(m.group(3)) if m.group(3) else (published.year if published else None)
        return f"{year:04d}-{_MONTHS[m.group(1).lower()]:02d}-{int(m.group(2)):02d}" if year else None
    m = _MONTH_YEAR.match(text)
    if m and m.group(1).lower() in _MONTHS:
        year = int(m.group(2)) if m.group(2) else (published.year if published else None)
        return f"{year:04d}-{_MONTHS[m.group(1).lower()]:02d}" if year else None
    if re.fullmatch(r"\d{4}", text):
        return text
    return None
