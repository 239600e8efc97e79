"""Clock times: which day "16:40 GMT" or "5 p.m." falls on, once the dates around it are known.

A clock time takes the day written right beside it ("at 9:05 a.m. on Tuesday",
"09:00 local time (06:00 GMT) tomorrow", "Tuesday at noon"), else the day the
story is about. An offset before it ("an hour after midnight") joins it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from ..models import TimeExpr
from . import calendar as cal

# "at 9 a.m. on Tuesday"; "the midday briefing on Monday", a clock on a noun dated right after it
_CLOCK_GAP_AFTER = re.compile(r"^[\s,()]*(?:(?:(?-i:[a-z]+)\s+)?(?:on|of)\s+)?[\s,()]*$", re.IGNORECASE)
_CLOCK_CHAIN = re.compile(r"^[\s,()]*(?:(?:to|and|until|till|-|–|—)[\s,()]*)?$", re.IGNORECASE)
_CLOCK_GAP_BEFORE = re.compile(r"^\s*,?\s*(?:at|by|from|around|about|until)?\s*(?:around|about)?\s*$", re.IGNORECASE)


@dataclass
class Found:
    """A candidate while it is being valued; `clock` = (hour, minute) waits for its day."""

    expr: TimeExpr
    clock: tuple[int, int] | None = None
    day_point: bool = False  # a placed calendar day later anchors "the previous day"
    shift_minutes: int | None = None  # "an hour after" the clock time that follows


def date_clocks(found: list[Found], text: str, story_day: date | None) -> None:
    """Give each clock time the day written beside it ("5 p.m. on Thursday"), else the day the
    clock narrative is on (the clock time before it in its paragraph), else the story's day."""
    headers = _day_headers(found, text)
    for i, f in enumerate(found):
        if f.clock is None:
            continue
        day, anchor = None, "beside"
        j, end = i + 1, f.expr.span[1]
        while j < len(found):  # "9 a.m. to 5 p.m. (06:00 GMT) on Friday": clocks share the day after them
            gap = text[end:found[j].expr.span[0]]
            if found[j].clock is not None and _CLOCK_CHAIN.match(gap):
                end = found[j].expr.span[1]
                j += 1
                continue
            if found[j].clock is None and _CLOCK_GAP_AFTER.match(gap):
                day = cal.day_of(found[j].expr.value)
            break
        if day is None and i > 0 and found[i - 1].clock is None \
                and _CLOCK_GAP_BEFORE.match(text[found[i - 1].expr.span[1]:f.expr.span[0]]):
            day = cal.day_of(found[i - 1].expr.value)
        if day is None:
            day = _day_header_day(found, i, text, headers) if headers else None
            anchor = "header" if day is not None else anchor
        if day is None:
            day = _narrative_day(found, i, text, story_day)
            anchor = "previous"
        if day is None:
            day, anchor = story_day, "story"
        found[i] = replace(f, expr=replace(f.expr, value=cal.clock_value(day, *f.clock), anchor=anchor))


def _day_header_day(found: list[Found], i: int, text: str, headers: list[tuple[int, date]]) -> date | None:
    """ "THURSDAY, SEPT. 25 ¶ 11:20 p.m. — Storm surge ...": a clock opening its line (a live blog's
    entry stamp) is on the day of the last day header before it (`headers`: see `_day_headers`); a
    clock inside the entry ("landfall at 11:20 p.m.") is on its stamp's day."""
    if _opens_line(found[i], text):
        return _header_before(headers, i)
    k = next((k for k in range(i - 1, -1, -1) if found[k].clock is not None and _opens_line(found[k], text)), None)
    return cal.day_of(found[k].expr.value) if k is not None and _header_before(headers, k) is not None else None


def _day_headers(found: list[Found], text: str) -> list[tuple[int, date]]:
    """(index in `found`, day) of each line that is a full date and nothing else: the headers a live
    blog files its entries under."""
    out = []
    for k, f in enumerate(found):
        s, e = f.expr.span
        line_end = text.find("\n", e)
        line = text[text.rfind("\n", 0, s) + 1:line_end if line_end >= 0 else len(text)]
        if f.clock is None and line.strip() == f.expr.text.strip() and f.expr.value and len(str(f.expr.value)) == 10:
            out.append((k, cal.day_of(f.expr.value)))
    return out


def _header_before(headers: list[tuple[int, date]], i: int) -> date | None:
    return next((day for k, day in reversed(headers) if k < i), None)


def _opens_line(f: Found, text: str) -> bool:
    return not text[text.rfind("\n", 0, f.expr.span[0]) + 1:f.expr.span[0]].strip()


def _narrative_day(found: list[Found], i: int, text: str, story_day: date | None = None) -> date | None:
    """"At 7:42 on Tuesday ... out by 9:15": a clock time with no day of its own stays on the day
    of the clock time before it in the paragraph (a date in between, often in a side clause
    like "had left two days earlier", does not move the clock narrative). In a paragraph with no
    clock before it, the last day the paragraph placed, when that is past the story's first day
    ("crashed late on Tuesday ... ¶ said early on Wednesday ... By midday"); not the day a period
    closed ("the quarter ended Dec. 31 ... at 4:05 p.m.")."""
    start = found[i].expr.span[0]
    last_day = None
    for k in range(i - 1, -1, -1):
        prev = found[k]
        between = text[prev.expr.span[1]:start]
        if _evening_of(prev, found[i].clock):
            # "resigned last night ... ¶ the letter, which she posted shortly after 9pm": an evening
            # clock told next after an evening or night of a day is on that day
            return cal.day_of(prev.expr.value)
        if "\n" in between:
            return last_day
        day = cal.day_of(prev.expr.value)
        if day is None:
            continue
        if prev.clock is not None and prev.expr.anchor != "story":
            return day
        if prev.clock is None and last_day is None and prev.day_point and (story_day is None or day > story_day):
            last_day = day
    return last_day


def _evening_of(prev: Found, clock: tuple[int, int] | None) -> bool:
    """Whether a clock time falls in the evening or night a day part names ("last night": 21:00)."""
    value = str(prev.expr.value or "")
    return prev.clock is None and clock is not None and value[10:] in ("TEV", "TNI") and clock[0] >= 17


def merge_clock_offsets(found: list[Found], text: str) -> list[TimeExpr]:
    """"about an hour after midnight" is one clock time: the offset joins the clock it counts from."""
    out: list[TimeExpr] = []
    skip = False
    for f, nxt in zip(found, found[1:] + [None]):
        if skip:
            skip = False
            continue
        if f.shift_minutes is not None and nxt is not None and nxt.clock is not None and nxt.expr.value:
            try:
                moved = datetime.fromisoformat(nxt.expr.value) + timedelta(minutes=f.shift_minutes)
            except (ValueError, OverflowError):
                out.append(f.expr)
                continue
            start, end = f.expr.span[0], nxt.expr.span[1]
            out.append(replace(nxt.expr, value=moved.strftime("%Y-%m-%dT%H:%M"), span=(start, end),
                               text=text[start:end]))
            skip = True
            continue
        out.append(f.expr)
    return out


def twenty_four(hour: int, ampm: str | None) -> int | None:
    """The 24-hour clock hour of "5 p.m." (17); None for an impossible "13 p.m."."""
    if not ampm:
        return hour
    if not 1 <= hour <= 12:
        return None
    pm = ampm.lower().startswith("p")
    return (hour % 12) + (12 if pm else 0)
