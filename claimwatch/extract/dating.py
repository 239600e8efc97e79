"""said_on: the day a source spoke, from a time in its own clause or an earlier dated act.

Values come from the TimeExpr records the times extractor made (it resolves weekdays,
"yesterday", "last month", yearless dates against the publication date); a calendar
value is taken as is, a clock time becomes its day and a week becomes the month of its
Thursday (statements are dated to the day, month or year). A time the extractor left
unvalued dates nothing: a wrong date is worse than none.
"""
from __future__ import annotations

import re
from datetime import date

from ..models import TimeExpr
from .calendar import day_of

_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def calendar_value(time: TimeExpr) -> str | None:
    """A said_on value for a time expression: day, month or year, else None."""
    value = time.value
    if not value:
        return None
    if _DATE.match(value):
        return value
    day = day_of(value)
    if day is not None:  # "2025-05-28T16:40", "2025-05-28TEV"
        return day.isoformat()
    m = _WEEK.match(value)
    if m:
        try:
            thursday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 4)
        except ValueError:
            return None
        return f"{thursday.year:04d}-{thursday.month:02d}"
    return None


def time_in(times: list[TimeExpr], ranges: list[tuple[int, int]], anchor: int) -> str | None:
    """The said_on value of the time expression inside `ranges` nearest to `anchor`."""
    best, distance = None, None
    for time in times:
        start, end = time.span
        if time.type == "DURATION" or not any(lo <= start and end <= hi for lo, hi in ranges):
            continue
        value = calendar_value(time)
        if value is None:
            continue
        d = min(abs(start - anchor), abs(end - anchor))
        if distance is None or d < distance:
            best, distance = value, d
    return best
