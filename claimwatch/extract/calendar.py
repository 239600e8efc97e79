"""Pure calendar arithmetic behind TIMEX3 values: no text, no model.

A yearless date, a bare weekday or month is placed relative to a reference day
(usually the publication date) in a direction: "past" (on or before), "future"
(on or after) or None (whichever is nearer, the past on a tie). ISO weeks, leap
days and year ends are handled by `datetime`, never by hand.
"""
from __future__ import annotations

import calendar as _calendar
import re
from datetime import date, timedelta
from typing import Literal

Direction = Literal["past", "future"] | None

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_YEAR = re.compile(r"^(\d{4})$")


def make_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when it does not exist (Feb. 30, Feb. 29 of a common year)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def day_value(d: date) -> str:
    return d.isoformat()


def week_value(d: date) -> str:
    """ISO week of `d` ("2025-W01" for 2024-12-30: ISO years start on a Monday)."""
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) moved by `n` months across year ends."""
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def add_months_to_date(d: date, n: int) -> date:
    """`d` moved by `n` months, the day clamped to the month's length (Jan. 31 + 1 = Feb. 28/29)."""
    year, month = add_months(d.year, d.month, n)
    return date(year, month, min(d.day, _calendar.monthrange(year, month)[1]))


def _choose(candidates: list, ref, direction: Direction, distance):
    """The candidate on the requested side of `ref`, else the nearest (past wins ties)."""
    if direction == "past":
        before = [c for c in candidates if c <= ref]
        return max(before) if before else None
    if direction == "future":
        after = [c for c in candidates if c >= ref]
        return min(after) if after else None
    return min(candidates, key=lambda c: (distance(c, ref), c > ref))


def resolve_month_day(month: int, day: int, ref: date, direction: Direction = None) -> date | None:
    """A yearless "Oct. 29" placed around `ref`; leap days look for the nearest leap year."""
    span = 8 if (month, day) == (2, 29) else 1
    candidates = [d for y in range(ref.year - span, ref.year + span + 1)
                  if (d := make_date(y, month, day)) is not None]
    if not candidates:
        return None
    return _choose(candidates, ref, direction, lambda c, r: abs((c - r).days))


def resolve_month(month: int, ref: date, direction: Direction = None) -> tuple[int, int]:
    """A yearless month ("in August") as (year, month) around `ref`'s month."""
    here = (ref.year, ref.month)
    candidates = [(y, month) for y in (ref.year - 1, ref.year, ref.year + 1)]
    index = lambda ym: ym[0] * 12 + ym[1]  # noqa: E731
    return _choose(candidates, here, direction, lambda c, r: abs(index(c) - index(r)))


def resolve_quarter(quarter: int, ref: date, direction: Direction = "past") -> tuple[int, int]:
    """A yearless quarter ("fourth-quarter results") as (year, quarter)."""
    here = (ref.year, quarter_of(ref))
    candidates = [(y, quarter) for y in (ref.year - 1, ref.year, ref.year + 1)]
    index = lambda yq: yq[0] * 4 + yq[1]  # noqa: E731
    return _choose(candidates, here, direction, lambda c, r: abs(index(c) - index(r)))


def resolve_weekday(weekday: int, ref: date, direction: Direction = "past") -> date:
    """The weekday (Monday = 0) on or before `ref`, or on or after it for the future."""
    if direction == "future":
        return ref + timedelta(days=(weekday - ref.weekday()) % 7)
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def weekday_of_week(weekday: int, ref: date, weeks: int) -> date:
    """ "Wednesday last week" (weeks=-1), "Friday next week" (+1): that weekday (Monday = 0) of the
    week `weeks` away from `ref`'s own, weeks running Monday to Sunday."""
    return ref - timedelta(days=ref.weekday()) + timedelta(weeks=weeks, days=weekday)


def next_weekday(weekday: int, ref: date) -> date:
    """"next Tuesday": the first such weekday strictly after `ref`."""
    return ref + timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)


def last_weekday(weekday: int, ref: date) -> date:
    """"last Tuesday": the latest such weekday strictly before `ref`."""
    return ref - timedelta(days=(ref.weekday() - weekday - 1) % 7 + 1)


def resolve_season(start_month: int, ref: date, offset: int = 0) -> int:
    """The year of the season (three months from `start_month`) that "last" (-1), "this" (0)
    or "next" (+1) names: last spring, said in June, is this year's spring."""
    here = ref.year * 12 + ref.month - 1
    starts = {y: y * 12 + start_month - 1 for y in (ref.year - 2, ref.year - 1, ref.year, ref.year + 1)}
    if offset < 0:
        return max(y for y, s in starts.items() if s + 2 < here)
    if offset > 0:
        return min(y for y, s in starts.items() if s > here)
    current = [y for y, s in starts.items() if s <= here <= s + 2]
    return current[0] if current else ref.year


def point_value(ref: date, unit: str, offset: int = 0) -> str | None:
    """The calendar unit holding `ref`, moved by `offset` units ("last week" = W, -1)."""
    if unit == "D":
        return day_value(ref + timedelta(days=offset))
    if unit == "W":
        return week_value(ref + timedelta(weeks=offset))
    if unit == "WE":
        return week_value(ref + timedelta(weeks=offset)) + "-WE"
    if unit == "M":
        return month_value(*add_months(ref.year, ref.month, offset))
    if unit == "Q":
        index = ref.year * 4 + quarter_of(ref) - 1 + offset
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "Y":
        return f"{ref.year + offset:04d}"
    return None


def shift_value(value: str | None, n: int, unit: str) -> str | None:
    """A TIMEX3 point moved by `n` units, keeping its own granularity where it can.

    "2024-07-24" + 2 D = "2024-07-26"; "2024-Q4" - 1 Y = "2023-Q4"; a day moved by
    weeks stays a day; "the previous week" of a day is handled by `point_value`.
    None when the unit is finer than the value ("2024-10" + 3 D).
    """
    if not value:
        return None
    if m := _DAY.match(value):
        d = make_date(int(m[1]), int(m[2]), int(m[3]))
        if d is None:
            return None
        if unit == "D":
            return day_value(d + timedelta(days=n))
        if unit == "W":
            return day_value(d + timedelta(weeks=n))
        if unit in ("M", "Q", "Y"):
            months = {"M": 1, "Q": 3, "Y": 12}[unit] * n
            return day_value(add_months_to_date(d, months))
        return None
    if m := _WEEK.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if unit == "W":
            return week_value(monday + timedelta(weeks=n))
        if unit == "Y":
            return f"{int(m[1]) + n:04d}-W{m[2]}"
        return None
    if m := _MONTH.match(value):
        if unit in ("M", "Q", "Y"):
            months = {"M": 1, "Q": 3, "Y": 12}[unit] * n
            return month_value(*add_months(int(m[1]), int(m[2]), months))
        return None
    if m := _QUARTER.match(value):
        if unit in ("Q", "Y"):
            index = int(m[1]) * 4 + int(m[2]) - 1 + (n if unit == "Q" else 4 * n)
            return f"{index // 4:04d}-Q{index % 4 + 1}"
        return None
    if m := _HALF.match(value):
        return f"{int(m[1]) + n:04d}-H{m[2]}" if unit == "Y" else None
    if m := _YEAR.match(value):
        return f"{int(m[1]) + n:04d}" if unit == "Y" else None
    return None


_POINT = re.compile(r"^\d{4}(?:-\d\d(?:-\d\d)?|-W\d\d|-Q[1-4]|-H[12])?$")


def is_point(value: str | None) -> bool:
    """Whether a TIMEX3 value names a calendar day, week, month, quarter, half or year."""
    return bool(value and _POINT.match(value))


def day_of(value: str | None) -> date | None:
    """The day a TIMEX3 value names, if it names one ("2025-05-28T16:40" -> 2025-05-28)."""
    if value and (m := _DAY.match(value)):
        return make_date(int(m[1]), int(m[2]), int(m[3]))
    return None


def duration_value(number: int | float | None, unit: str, count: int = 1) -> str:
    """TIMEX3 duration: P2M, P10Y, PT36H, PT5M, PT1.5H; X for an unstated number (PXD)."""
    if unit == "H" and number is not None and not float(number * count).is_integer():
        return duration_value(number * count * 60, "MIN")  # "half an hour" = PT30M
    amount = "X" if number is None else _amount(number * count)
    if unit in ("H", "MIN", "S"):
        return f"PT{amount}{'M' if unit == 'MIN' else unit}"
    if unit == "Q":
        return f"P{'X' if number is None else _amount(number * count * 3)}M"
    return f"P{amount}{unit}"


def _amount(n: int | float) -> str:
    return str(int(n)) if isinstance(n, int) or n.is_integer() else f"{n:g}"


def clock_value(day: date | None, hour: int, minute: int) -> str | None:
    """TIMEX3 clock time on a day: 2025-05-28T16:40; None if the hour is impossible."""
    if day is None or not (0 <= hour <= 24 and 0 <= minute <= 59):
        return None
    return f"{day.isoformat()}T{hour % 24:02d}:{minute:02d}"


def easter(year: int) -> date:
    """Western Easter Sunday of `year` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def holiday_date(rule: str, month: int, day: int, year: int) -> date | None:
    """The date of a named day in `year` by its rule (see data/holidays.tsv)."""
    if rule == "fixed":
        return make_date(year, month, day)
    if rule == "easter":
        return easter(year) + timedelta(days=day)
    if rule == "nth_weekday":
        n, weekday = divmod(day, 10)
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    return None


def resolve_holiday(rule: str, month: int, day: int, ref: date, direction: Direction = None) -> date | None:
    """A named day without a year ("before Christmas") placed around `ref` like a yearless date."""
    candidates = [d for y in (ref.year - 1, ref.year, ref.year + 1)
                  if (d := holiday_date(rule, month, day, y)) is not None]
    if not candidates:
        return None
    return _choose(candidates, ref, direction, lambda c, r: abs((c - r).days))
