"""Estimate series: figures about one measured thing across documents and time.

A figure's measure comes from its unit through `data/units.tsv` (troops, soldiers
and forces count alike); a generic unit ("people") takes its measure from the words
around it (`data/measure_cues.tsv`: "40 people died" counts deaths). Its place is
the place named after it ("in Kursk"). Each series keeps every value with holder,
date and source, the latest figure of each holder, the overall range, and a
conservative figure in the spirit of ACLED: the least any current estimate commits to.
"""
from __future__ import annotations

import functools

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..models import Quantity, Statement
from .corpus import Report
from .records import Contradiction, Estimate, EstimateSeries
from .tables import read_table, unit_measures
from .timeline import day

CURRENT_DAYS = 7  # estimates within this many days of a series' latest are "current"
HEDGE = 0.10  # an approximate figure ("about 40") stretches this share either way
_GENERIC_MEASURES = {"people", None}
GENERIC_LABELS = {"people"}  # a catch-all measure: its figures count different things, so never clash
_PLACE_BEFORE = re.compile(r"\b(?:in|into|inside|across|near|at|around|throughout|from)\s+(?:the\s+)?$", re.I)


@dataclass(frozen=True)
class Holder:
    """Whose figure it is: a display name, and the actor id (None for the outlet's own figure)."""

    name: str
    actor: str | None


@dataclass(frozen=True)
class Measured:
    """What a quantity measures: a measure key, its label, a place and a modifier like 'North Korean'."""

    measure: str
    label: str
    place: str | None
    modifier: str | None


def measured(report: Report, quantity: Quantity) -> Measured | None:
    """What a figure counts and where, or None for figures no series can use."""
    units = unit_measures()
    unit = (quantity.unit or "").lower()
    measure, label = units.get(unit, (None, None))
    sentence, start = _sentence(report, quantity)
    if measure in _GENERIC_MEASURES:
        digits = re.search(r"\d[\d,.]*", quantity.text)
        found = _measure_from_context(sentence, digits.group().rstrip(".,") if digits else quantity.text.lower())
        if found:
            measure, label = found
    if measure is None:
        if not unit or not unit.isalpha():
            return None
        measure, label = unit, unit
    text = report.document.text
    places_after, places_before, modifier = [], [], None
    unit_words = set(units) | {unit}
    for entity in report.extraction.entities:
        if not start <= entity.span[0] < start + len(sentence):
            continue
        following = re.match(r"\s*([A-Za-z]+)", text[entity.span[1]:entity.span[1] + 30])
        if entity.label == "NORP" and following and following.group(1).lower() in unit_words and modifier is None:
            modifier = entity.text
        elif entity.label in ("GPE", "LOC", "FAC") and _PLACE_BEFORE.search(
                text[max(start, entity.span[0] - 14):entity.span[0]]):
            (places_after if entity.span[0] >= quantity.span[1] else places_before).append(entity.text)
    places = places_after or places_before[::-1]
    place = places[0].removeprefix("the ") if places else None
    return Measured(measure, label, place, modifier)


def _sentence(report: Report, quantity: Quantity) -> tuple[str, int]:
    text = report.document.text
    sentence = report.sentence(quantity.span)
    start = text.find(sentence[:30]) if sentence else quantity.span[0]
    return sentence, max(0, start)


def _measure_from_context(sentence: str, number: str) -> tuple[str, str] | None:
    """The measure named nearest the figure: in its own comma-delimited clause first."""
    cues = read_table("measure_cues")
    for scope in (_clause(sentence, number), sentence):
        tokens = re.findall(r"[a-z]+|\d[\d,.]*", scope.lower())
        anchor = next((i for i, t in enumerate(tokens) if number and t.startswith(number)), len(tokens) // 2)
        best = None
        for row in cues:
            for i, token in enumerate(tokens):
                if token.startswith(row["cue"]) and (best is None or abs(i - anchor) < best[0]):
                    best = (abs(i - anchor), row["measure"], row["label"])
        if best:
            return best[1], best[2]
    return None


def _clause(sentence: str, number: str) -> str:
    for clause in re.split(r"[,;:]\s", sentence):
        if number and number in clause.lower():
            return clause
    return sentence


def find_estimates(reports: list[Report], holder_of: Callable[[Report, Quantity, Statement | None], Holder],
                   origins: dict[str, str]) -> list[tuple[Measured | None, Estimate]]:
    """Every figure with its holder, date and citation, and what it measures (None: nothing a series can use)."""
    out = []
    for report in reports:
        for quantity in report.extraction.quantities:
            what = measured(report, quantity)
            if quantity.value is None and quantity.low is None and quantity.high is None:
                what = None
            statement = next((s for s in report.extraction.statements
                              if s.span[0] <= quantity.span[0] < s.span[1]), None)
            said_on = report.said_on(statement) if statement else report.published
            holder = holder_of(report, quantity, statement)
            out.append((what, Estimate(
                series="", holder=holder.name, holder_id=holder.actor, quantity=quantity,
                value=quantity.value, low=quantity.low, high=quantity.high, approx=quantity.approx,
                unit=what.label if what else (quantity.unit or ""), said_on=said_on, citation=report.cite(quantity.span),
                origin=origins.get(report.id, report.id),
                previous=is_previous_figure(report.document.text, quantity.span[0]))))
    return out


def is_previous_figure(text: str, start: int) -> bool:
    """Is the number at `start` an earlier value the sentence moves away from ("up from 41")?"""
    before = " ".join(text[max(0, start - 40):start].lower().split())
    return any(before.endswith(phrase) for phrase in _previous_cues())


@functools.lru_cache(maxsize=1)
def _previous_cues() -> tuple[str, ...]:
    return tuple(row["phrase"].lower() for row in read_table("previous_figure_cues"))


def build_series(found: list[tuple[Measured, Estimate]]) -> list[EstimateSeries]:
    """Estimates grouped into series by measure, then by place and by whose they are where those tell them apart.

    A place splits a measure only when the corpus gives that measure in two or more
    places (troops "in Russia" and "in Kursk"); so does a modifier ("North Korean"
    and "Ukrainian" troops). A story set in one place keeps one series.
    """
    places_of: dict[str, set[str]] = defaultdict(set)
    modifiers_of: dict[str, set[str]] = defaultdict(set)
    for what, _ in found:
        if what.place:
            places_of[what.measure].add(what.place.lower())
        if what.modifier:
            modifiers_of[what.measure].add(what.modifier.lower())
    groups: dict[tuple[str, str | None, str | None], list[tuple[Measured, Estimate]]] = defaultdict(list)
    for what, estimate in found:
        place = (what.place or "").lower() or None
        modifier = (what.modifier or "").lower() or None
        groups[(what.measure, place if len(places_of[what.measure]) > 1 else None,
                modifier if len(modifiers_of[what.measure]) > 1 else None)].append((what, estimate))
    series = []
    for items in groups.values():
        label, place = _series_label(items)
        series_id = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")
        estimates = tuple(sorted((replace(e, series=series_id) for _, e in items),
                                 key=lambda e: (e.said_on or "", e.citation.published or "", e.citation.document)))
        series.append(summarise(EstimateSeries(series_id, label, items[0][0].label, place, estimates)))
    return sorted(series, key=lambda s: (s.unit in GENERIC_LABELS, -len({e.origin for e in s.estimates}), s.label))


def _series_label(items: list[tuple[Measured, Estimate]]) -> tuple[str, str | None]:
    what = items[0][0]
    modifiers = {w.modifier for w, _ in items}
    places = {w.place for w, _ in items}
    modifier = modifiers.pop() if len(modifiers) == 1 else None
    place = places.pop() if len(places) == 1 else None  # named only when every figure names it
    label = " ".join(filter(None, [modifier, what.label]))
    return (f"{label} in {place}" if place else label), place


def summarise(series: EstimateSeries) -> EstimateSeries:
    """Latest figure per holder, overall range, conservative figure and clashing figures."""
    latest: dict[str, Estimate] = {}
    for estimate in series.estimates:  # chronological, so later ones replace earlier
        if not estimate.previous:  # "up from 41" is history, never the holder's current figure
            latest[estimate.holder] = estimate
    floors = [e.floor for e in series.estimates if e.floor is not None]
    ceilings = [e.ceiling for e in series.estimates if e.ceiling is not None]
    current = _current(list(latest.values()))
    candidates = [e for e in current if e.floor is not None]
    conservative = min(candidates, key=lambda e: e.floor) if candidates else None
    return replace(series, latest=tuple(latest.values()), low=min(floors) if floors else None,
                   high=max(ceilings) if ceilings else None,
                   conservative=conservative.floor if conservative else None, conservative_from=conservative,
                   contradictions=() if series.unit in GENERIC_LABELS else tuple(_clashes(series.id, current)))


def _current(estimates: list[Estimate]) -> list[Estimate]:
    days = [d for d in (day(e.said_on) for e in estimates) if d]
    if not days:
        return estimates
    newest = max(days)
    return [e for e in estimates if (d := day(e.said_on)) is None or (newest - d).days <= CURRENT_DAYS]


def _bounds(e: Estimate) -> tuple[float, float] | None:
    if e.floor is None or e.ceiling is None:
        return None
    stretch = HEDGE if e.approx else 0.0
    return e.floor * (1 - stretch), e.ceiling * (1 + stretch)


def _clashes(series_id: str, current: list[Estimate]) -> list[Contradiction]:
    """Current figures of different holders that disagree beyond their hedges."""
    out = []
    for i, a in enumerate(current):
        for b in current[i + 1:]:
            ba, bb = _bounds(a), _bounds(b)
            if ba and bb and a.holder != b.holder and (ba[1] < bb[0] or bb[1] < ba[0]):
                out.append(Contradiction("figures", series_id, a.citation, b.citation,
                                         f"{a.holder} gives {figure(a)}, {b.holder} gives {figure(b)}"))
    return out


def figure(e: Estimate) -> str:
    """'about 40', '60-85', '71' as a reader would say it."""
    def n(x: float) -> str:
        return f"{int(x):,}" if float(x).is_integer() else f"{x:,.1f}"
    if e.value is None and e.low is not None and e.high is not None:
        text = f"{n(e.low)}–{n(e.high)}"
    elif e.value is not None and e.low is not None and e.high is not None:
        text = f"{n(e.value)} ({n(e.low)}–{n(e.high)})"
    else:
        text = n(e.value if e.value is not None else (e.low if e.low is not None else e.high))
    return ("about " + text) if e.approx else text
