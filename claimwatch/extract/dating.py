"""said_on: the day a source spoke, from a time in its own clause or an earlier dated act.

Values come from the TimeExpr records the times extractor made; a calendar value
is taken as is, a week becomes its month (statements are dated to the day, month
or year). A small fallback resolves bare weekdays and "this/last month/week"
against the publication date when the times extractor left them unvalued.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from ..models import TimeExpr

_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_DAY_WITH_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def calendar_value(time: TimeExpr, published: date | None) -> str | None:
    """A said_on value for a time expression: day, month or year, else None."""
    value = time.value
    if value is None:
        value = fallback_value(time.text, published)
    if not value:
        return None
    m = _DAY_WITH_TIME.match(value)
    if m:
        return m.group(1)
    if _DATE.match(value):
        return value
    m = _WEEK.match(value)
    if m:
        try:
            thursday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 4)
        except ValueError:
            return None
        return f"{thursday.year:04d}-{thursday.month:02d}"
    return None


def fallback_value(text: str, published: date | None) -> str | None:
    """Weekdays, today/yesterday and this/last week or month, against `published`."""
    if published is None:
        return None
    words = re.findall(r"[a-z]+", text.lower())
    if not words:
        return None
    for k, name in enumerate(WEEKDAYS):
        if name in words:
            back = (published.weekday() - k) % 7
            if "next" in words or "coming" in words:
                return None
            if "last" in words and back == 0:
                back = 7
            return (published - timedelta(days=back)).isoformat()
    day_month = _day_month(text, published)
    if day_month:
        return day_month
    joined = " ".join(words)
    if joined in ("today", "this morning", "this afternoon", "this evening", "tonight", "earlier today"):
        return published.isoformat()
    if joined in ("yesterday", "last night"):
        return (published - timedelta(days=1)).isoformat()
    if joined.endswith("this month"):
        return f"{published.year:04d}-{published.month:02d}"
    if joined.endswith("last month"):
        first = published.replace(day=1) - timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}"
    if joined.endswith("last week"):
        iso = (published - timedelta(days=7)).isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if joined.endswith("this week") or joined.endswith("earlier this week"):
        iso = published.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    return None


MONTHS = {name: i for i, names in enumerate(
    ["jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july",
     "aug august", "sep sept september", "oct october", "nov november", "dec december"], start=1)
    for name in names.split()}
_DAY_MONTH = re.compile(r"\b(\d{1,2})\s+([A-Za-z]+)\.?(?:\s+(\d{4}))?\b")
_MONTH_DAY = re.compile(r"\b([A-Za-z]+)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?\b")
_PART_MONTH = re.compile(r"\b(?:mid|early|late|end of|beginning of)[- ]+([A-Za-z]+)\b", re.I)


def _day_month(text: str, published: date) -> str | None:
    """ "4 November", "Nov. 4", "mid-October": a past date in the year of publication
    (or the year before, when the month is still to come)."""
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        m = pattern.search(text)
        if m and m.group(month_group).lower() in MONTHS:
            month, day = MONTHS[m.group(month_group).lower()], int(m.group(day_group))
            year = int(m.group(3)) if m.group(3) else published.year - (month > published.month)
            try:
                return date(year, month, day).isoformat()
            except ValueError:
                return None
    m = _PART_MONTH.search(text)
    if m and m.group(1).lower() in MONTHS:
        month = MONTHS[m.group(1).lower()]
        return f"{published.year - (month > published.month):04d}-{month:02d}"
    return None


def time_in(times: list[TimeExpr], ranges: list[tuple[int, int]], anchor: int,
            published: date | None) -> str | None:
    """The said_on value of the time expression inside `ranges` nearest to `anchor`."""
    best, distance = None, None
    for time in times:
        start, end = time.span
        if time.type == "DURATION" or not any(lo <= start and end <= hi for lo, hi in ranges):
            continue
        value = calendar_value(time, published)
        if value is None:
            continue
        d = min(abs(start - anchor), abs(end - anchor))
        if distance is None or d < distance:
            best, distance = value, d
    return best
