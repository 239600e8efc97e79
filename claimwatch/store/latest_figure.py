"""Which figure is a claim's latest: one rule for the pages read by SQL and the picture held in memory.

Each series keeps its own latest figure (`SeriesRow.newest`), chosen by this rule when its holders'
latest figures are summed up, so a page reads one figure per series, however many holders it has.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from ..consolidate.records import Estimate

T = TypeVar("T")


def when(said_on: str | None, published: str | None, document: str) -> tuple:
    """How a figure is dated for `pick_latest`: the day given (else printed), then the day given, the day
    printed and the document (by number), which order one day's reports."""
    return said_on or published or "", said_on or "", published or "", len(document), document


def dated(e: Estimate) -> tuple:
    return when(e.said_on, e.citation.published, e.citation.document)


def pick_latest(series: Iterable[Iterable[tuple[tuple, T]]]) -> T | None:
    """The most recent of dated figures (`when`), series by series: within a series, of its latest day the
    first report; across series, of the latest day the first series."""
    best: tuple[tuple, T] | None = None
    for figures in series:
        figures = list(figures)
        if not figures:
            continue
        day = max(dated[0] for dated, _ in figures)
        first = min((f for f in figures if f[0][0] == day), key=lambda f: f[0])
        if best is None or day > best[0][0]:
            best = first
    return best[1] if best else None


def latest_of(series: Iterable[Iterable[Estimate]]) -> Estimate | None:
    """A claim's latest figure, handed its series' holders' latest figures, series in the picture's order
    (see `pick_latest`)."""
    return pick_latest([(dated(e), e) for e in figures] for figures in series)


def newest(latest: Iterable[Estimate]) -> Estimate | None:
    """A series' own latest figure, of its holders' latest ones: what a page compares series by."""
    return latest_of([latest])
