"""Guessing a publication date from an article's own text.

In order of trust: a wire dateline at the top ("WASHINGTON, Oct. 30 (Reuters) -"),
an "Updated"/"Published" line near the top, else the latest full date in the text.
A yearless dateline takes the latest year the text mentions (never after this
year), else this year.
"""
from __future__ import annotations

import functools
import re
from datetime import date

from .calendar import make_date
from .time_grammar import lexicon

_HEAD = 400  # datelines and "updated" lines live at the top


def _month_day_pattern() -> str:
    months = sorted(lexicon().months, key=len, reverse=True)
    month = "|".join(re.escape(m[:1].upper() + m[1:]) for m in months)
    month += "|" + "|".join(re.escape(m.upper()) for m in months)
    day = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:19|20)\d\d"
    return (rf"(?:(?P<mon>{month})(?![A-Za-z])\s*(?P<day>{day})(?!\d)|(?P<day2>{day})\s+(?P<mon2>{month})(?![A-Za-z]))"
            rf"(?:,?\s+(?P<year>{year})(?!\d))?")


@functools.lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    date_text = _month_day_pattern()
    # "VILNIUS, June 19 (NEW) -"; a place in title case only with an agency's credit before the
    # dash ("Muscat, March 11 (GPNA) --")
    credited = r"(?=[^\n]{3,60}?\([A-Z]{2,}\)\s*(?:--|[-–—])\s)[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*"
    dateline = re.compile(rf"^\s*(?:[A-Z][A-Z .'’/-]+|{credited})(?:,\s*[A-Za-z .'’-]+)?,\s+{date_text}", re.MULTILINE)
    updated = re.compile(rf"(?i:updated|published|posted)\b[^\n]{{0,40}}?{date_text}")
    anywhere = re.compile(date_text)
    return dateline, updated, anywhere


def guess_published(text: str, today: date | None = None) -> date | None:
    """The publication date `text` states or implies, or None."""
    dateline, updated, anywhere = _compiled()
    today = today or date.today()
    head = text[:_HEAD]
    for pattern in (dateline, updated):
        m = pattern.search(head)
        if m and (d := _date_of(m, text, today)):
            return d
    full = [d for m in anywhere.finditer(text) if m["year"] and (d := _date_of(m, text, today)) and d <= today]
    return max(full) if full else None


def dateline_span(text: str) -> tuple[int, int] | None:
    """Where a wire dateline's date stands ("VILNIUS, June 19 (NEW) -"): the day the copy was filed,
    not a day the story tells."""
    m = _compiled()[0].search(text[:_HEAD])
    return (m.start("mon") if m["mon"] else m.start("day2"), m.end()) if m else None


def _date_of(m: re.Match, text: str, today: date) -> date | None:
    months = lexicon().months
    month = months[(m["mon"] or m["mon2"]).lower()]
    day = int(re.match(r"\d+", m["day"] or m["day2"]).group())
    if m["year"]:
        return make_date(int(m["year"]), month, day)
    return _yearless(month, day, text, today)


def _yearless(month: int, day: int, text: str, today: date) -> date | None:
    """A yearless dateline's year: not before the latest year the text names, not after today,
    and preferably one where the story's first weekday ("said Monday") is that day or the day before."""
    years = [int(y) for y in re.findall(r"(?<![\d,.$£€])((?:19|20)\d\d)(?![\d%])", text) if int(y) <= today.year]
    first_year = max(max(years, default=today.year - 3), today.year - 10)
    candidates = [d for y in range(first_year, today.year + 1)
                  if (d := make_date(y, month, day)) is not None and d <= today]
    if not candidates:
        return None
    weekdays = lexicon().weekdays
    named = re.search(r"\b(" + "|".join(w.capitalize() for w in weekdays if not w.endswith(".")) + r")\b", text)
    if named is None:
        return max(candidates)
    said = weekdays[named.group(1).lower()]

    def fit(d: date) -> tuple[int, date]:
        return (2 if d.weekday() == said else 1 if d.weekday() == (said + 1) % 7 else 0), d

    return max(candidates, key=fit)
