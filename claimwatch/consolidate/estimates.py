"""Estimate series: figures about one measured thing across documents and time.

What a figure counts is read by `measures.py` (the predicate of its clause, its noun);
figures of money, time or things, and figures nothing explains, are in no series.
Its place is the place its own clause names ("killed in Derna"). A qualified count
("registered deaths") is a series of its own only when several reports keep it up, and
a bare repeat of one of its figures joins it. Each series keeps every value with holder,
date and source, the latest figure of each holder, the overall range, and a
conservative figure in the spirit of ACLED: the least any current estimate of the
series itself commits to ("up from 41" is history, never a current estimate).
"""
from __future__ import annotations

import functools
import math

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..models import Quantity, Statement
from .corpus import Report
from .records import Contradiction, Estimate, EstimateSeries
from ..extract.countries import country_of
from .measures import clause_bounds, measure_labels, read_measure
from .sentences import sentence_bounds
from .names import slug
from .tables import read_table
from .timeline import day

CURRENT_DAYS = 7  # estimates within this many days of a series' latest are "current"
HEDGE = 0.10  # an approximate figure ("about 40") stretches this share either way
GENERIC_LABELS = {"people"}  # a catch-all measure: its figures count different things, so never clash
MIN_THING_REPORTS = 2  # a noun no table knows is a measure once this many independent reports count it
MIN_PLACE_FIGURES = 2  # a place splits a measure only when this many figures name it
BARE_FIGURE_FLOOR = 100  # a bare figure ("the figure of 11,300") this large may be recognised by its value
_PLACE_BEFORE = re.compile(
    r"\b(?:in|into|inside|across|near|at|around|throughout|from)\s+(?:the\s+)?"
    r"(?:(?:[a-z]+-)?(?:eastern|western|northern|southern|central)\s+)?"
    r"(?:(?:[A-Z][a-z]+\s+)?(?:city|town|village|port|region|province|state|county|district)\s+of\s+)?$")


@dataclass(frozen=True)
class Holder:
    """Whose figure it is: a display name, the actor id (None for the outlet's own figure), and why."""

    name: str
    actor: str | None
    reason: str = ""


@dataclass(frozen=True)
class Measured:
    """What a quantity measures: a measure key, its label, a place, a modifier like 'North Korean', and why."""

    measure: str
    label: str
    place: str | None
    modifier: str | None
    reason: str = ""


SHORT_ANSWER_WORDS = 3  # a sentence this short before a figure ("A: Thousands.") answers the one before it


def measured(report: Report, quantity: Quantity) -> Measured | None:
    """What a figure counts and where, or None for figures no series can use."""
    what, _, _ = _reading(report, quantity)
    return what


def _reading(report: Report, quantity: Quantity) -> tuple[Measured | None, str, str | None]:
    """(what it measures or None, why, a noun no table knows that it counts)."""
    text = report.document.text
    left, right = sentence_bounds(text, quantity.span)
    sentence = text[left:right]
    start, end = quantity.span[0] - left, min(quantity.span[1], right) - left
    others = tuple((q.span[0] - left, q.span[1] - left) for q in report.extraction.quantities
                   if q.span != quantity.span and left <= q.span[0] < right)
    before = sentence_bounds(text, (left - 2, left - 2)) if left > 1 else (0, 0)
    previous = text[before[0]:min(before[1], left)]
    if len(previous.split()) <= SHORT_ANSWER_WORDS and before[0] > 1:  # "Q: How many are missing? A: Thousands."
        asked = sentence_bounds(text, (before[0] - 2, before[0] - 2))
        question = text[asked[0]:min(asked[1], before[0])]
        if question.rstrip().endswith("?"):
            previous = question + " " + previous
    reading = read_measure(sentence, start, end, quantity.unit, others, previous)
    if reading.measure is None:
        return None, reading.reason, reading.thing
    earlier = _earlier_event(sentence, start, report.published)
    if earlier:
        return None, f"no series: it counts an earlier event ({earlier}), not this story's", None
    clause = clause_bounds(sentence, start, end)
    modifier, places = None, []
    for entity in report.extraction.entities:
        at = entity.span[0] - left
        if not 0 <= at < len(sentence):
            continue
        following = re.match(r"\s*([A-Za-z]+)", text[entity.span[1]:entity.span[1] + 30])
        if entity.label == "NORP" and following and modifier is None \
                and _unit_measure(following.group(1)) == reading.measure:  # "North Korean troops"
            modifier = entity.text
        elif entity.label in ("GPE", "LOC", "FAC") and clause[0] <= at < clause[1] \
                and _PLACE_BEFORE.search(sentence[max(clause[0], at - 40):at]):
            places.append((at < start, abs(at - start), _place_name(sentence, at, entity.text)))
        elif entity.label in ("GPE", "LOC") and at < clause[0] and _SCENE_SETTING.match(sentence[:at]) \
                and (_is_country(entity.text) or _REGION.match(_place_name(sentence, at, entity.text))):
            # "In neighbouring Syria, the ministry said 800 had died": a country or region that opens the
            # sentence sets the scene for its figures; a city there is more often where someone spoke
            places.append((True, abs(at - start), _place_name(sentence, at, entity.text)))
    place = min(places)[2] if places else None  # the place after the figure first, then the nearest before
    return Measured(reading.measure, reading.label, place, modifier, reading.reason), reading.reason, None


_SCENE_SETTING = re.compile(r"^(?:In|Across|Throughout|Elsewhere in)\s+(?:the\s+)?(?:[a-z-]+\s+)?$")


@functools.lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    try:
        import countryinfo
    except ImportError:
        return frozenset()
    out = set()
    for info in countryinfo.all_countries():
        try:
            capital = info.capital()
        except Exception:  # a record the package cannot read: skip it
            continue
        for name in capital if isinstance(capital, (list, tuple)) else [capital]:
            if isinstance(name, str):
                out.add(name.lower())
    return frozenset(out)


def _is_country(name: str) -> bool:
    """A country by its name (not its capital, which is a city)."""
    return country_of(name) is not None and name.lower().removeprefix("the ") not in _capitals()


_REGION = re.compile(r"(?:[a-z]+-)?(?:eastern|western|northern|southern|central)\s", re.I)


_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b(?![\d,])")
_EARLIER_REACH = 80  # a year this close before the figure dates what it counts


def _earlier_event(sentence: str, start: int, published: str | None) -> str | None:
    """'the 2004 school siege, where more than 300 people died': a year before the story's dates the figure."""
    if not published:
        return None
    years = [int(m.group()) for m in _YEAR.finditer(sentence[max(0, start - _EARLIER_REACH):start])]
    earlier = [y for y in years if y < int(published[:4])]
    return str(earlier[-1]) if earlier else None


def _place_name(sentence: str, at: int, name: str) -> str:
    """'eastern Libya' stays apart from 'Libya': a region qualifier is part of the place."""
    qualifier = re.search(r"((?:[a-z]+-)?(?:eastern|western|northern|southern|central))\s+$",
                          sentence[max(0, at - 20):at])
    name = name.removeprefix("the ")
    return f"{qualifier.group(1)} {name}" if qualifier else name


def _unit_measure(word: str) -> str | None:
    return next((row["measure"] for row in read_table("units") if row["unit"].lower() == word.lower()), None)


def find_estimates(reports: list[Report], holder_of: Callable[[Report, Quantity, Statement | None], Holder],
                   origins: dict[str, str]) -> list[tuple[Measured | None, Estimate]]:
    """Every figure with its holder, date and citation, and what it measures (None: nothing a series can use)."""
    out = []
    for report in reports:
        for quantity in report.extraction.quantities:
            what, why, thing = _reading(report, quantity)
            if quantity.value is None and quantity.low is None and quantity.high is None:
                what, why, thing = None, "no series: no number to count with", None
            statement = next((s for s in report.extraction.statements
                              if s.span[0] <= quantity.span[0] < s.span[1]), None)
            said_on = report.said_on(statement) if statement else report.published
            holder = holder_of(report, quantity, statement)
            out.append((what, Estimate(
                series="", holder=holder.name, holder_id=holder.actor, quantity=quantity,
                value=quantity.value, low=quantity.low, high=quantity.high, approx=quantity.approx,
                unit=what.label if what else (thing or ""), said_on=said_on,
                citation=report.cite(quantity.span),
                origin=origins.get(report.id, report.id),
                previous=is_previous_figure(report.document.text, quantity.span[0]),
                why="; ".join(filter(None, [why, holder.reason])))))
    return out


def is_previous_figure(text: str, start: int) -> bool:
    """Is the number at `start` an earlier value the sentence moves away from ("up from 41")?"""
    before = " ".join(text[max(0, start - 40):start].lower().split())
    return any(before.endswith(phrase) for phrase in _previous_cues())


@functools.lru_cache(maxsize=1)
def _previous_cues() -> tuple[str, ...]:
    return tuple(row["phrase"].lower() for row in read_table("previous_figure_cues"))


def assign_series(found: list[tuple[Measured | None, Estimate]]) -> tuple[list[EstimateSeries], list[Estimate]]:
    """Series from every figure that measures something, and the figures left out of all series."""
    found = _fold_thin_qualifiers(found)
    found = _recurring_things(found)
    found = _join_repeats(found)
    kept = [(w, e) for w, e in found if w is not None]
    return build_series(kept), [e for w, e in found if w is None]


def _recurring_things(found: list[tuple[Measured | None, Estimate]]) -> list[tuple[Measured | None, Estimate]]:
    """A noun no table knows ("55 vessels waiting") is a measure when independent reports keep counting it."""
    origins: dict[str, set[str]] = defaultdict(set)
    for what, e in found:
        if what is None and e.unit and "is no measure" in e.why:
            origins[e.unit].add(e.origin)
    things = {thing for thing, seen in origins.items() if len(seen) >= MIN_THING_REPORTS}
    out = []
    for what, e in found:
        if what is None and e.unit in things and "is no measure" in e.why:
            note = f"{e.unit}: counted in {len(origins[e.unit])} independent reports, a measure of its own"
            what = Measured(f"thing:{e.unit}", e.unit, None, None, note)
            e = replace(e, why=_rewhy(e.why, note))
        out.append((what, e))
    return out


def _key(e: Estimate) -> tuple[float | None, float | None]:
    return e.floor, e.ceiling


def _fold_thin_qualifiers(found: list[tuple[Measured | None, Estimate]]) -> list[tuple[Measured | None, Estimate]]:
    """A qualified count ('identified', 'registered') is a series of its own only when two reports or more keep it up.

    One report's "confirmed dead" is the death toll said carefully, not a second count.
    """
    docs: dict[str, set[str]] = defaultdict(set)
    for what, e in found:
        if what is not None:
            docs[what.measure].add(e.origin)
    out = []
    for what, e in found:
        parent = measure_labels().get(what.measure, ("", None))[1] if what else None
        if what is not None and parent and len(docs[what.measure]) < 2:
            label = measure_labels()[parent][0]
            note = f"{label}: '{what.label}' is kept up by one report only, so it counts in the {label}"
            what = replace(what, measure=parent, label=label, reason=note)
            e = replace(e, unit=label, why=_rewhy(e.why, note))
        out.append((what, e))
    return out


def _join_repeats(found: list[tuple[Measured | None, Estimate]]) -> list[tuple[Measured | None, Estimate]]:
    """A figure that repeats exactly a figure of a narrower series is that figure.

    "The toll stood at 3,351" after "the official death toll stood at 3,351" is the
    official count again, and "the figure of 11,300" with no noun is the 11,300 given
    elsewhere as deaths, when one series alone has that number.
    """
    by_value: dict[tuple, dict[str, Measured]] = defaultdict(dict)
    for what, e in found:
        if what is not None and not e.previous:
            by_value[_key(e)].setdefault(what.measure, what)
    out = []
    for what, e in found:
        holders = by_value.get(_key(e), {})
        if what is not None:
            narrower = [w for m, w in holders.items() if measure_labels().get(m, ("", None))[1] == what.measure]
            if len(narrower) == 1 and not e.approx:
                note = f"{narrower[0].label}: it repeats {figure(e)}, a figure of the {narrower[0].label}"
                what = replace(narrower[0], place=what.place, modifier=what.modifier, reason=note)
                e = replace(e, unit=what.label, why=_rewhy(e.why, note))
        elif _bare(e) and len(holders) == 1 and (e.floor or 0) >= BARE_FIGURE_FLOOR:
            only = next(iter(holders.values()))
            note = (f"{only.label}: no word says what it counts, but it repeats {figure(e)}, "
                    f"a figure of the {only.label}")
            what = replace(only, reason=note)
            e = replace(e, unit=only.label, why=_rewhy(e.why, note))
        out.append((what, e))
    return out


def _bare(e: Estimate) -> bool:
    """A figure no word explains, or a count of people no word explains (never money, days or things)."""
    return "no word says" in e.why or (e.why.startswith("no series: no word in its sentence")
                                       and "is no measure" not in e.why)


def _rewhy(why: str, measure_reason: str) -> str:
    """Replace the measure part of a figure's reason, keeping the holder part."""
    rest = [part for part in why.split("; ") if part.startswith("holder")]
    return "; ".join([measure_reason, *rest])


def build_series(found: list[tuple[Measured, Estimate]]) -> list[EstimateSeries]:
    """Estimates grouped into series by measure, then by place and by whose they are where those tell them apart.

    A place splits a measure only when the corpus gives that measure in two or more
    places (troops "in Russia" and "in Kursk"); so does a modifier ("North Korean"
    and "Ukrainian" troops). A story set in one place keeps one series. A figure that
    names no place joins the place whose figures give its value, else the place most
    figures of that measure name: the story's own place.
    """
    places_of: dict[str, Counter] = defaultdict(Counter)
    modifiers_of: dict[str, set[str]] = defaultdict(set)
    values_at: dict[tuple, set[str]] = defaultdict(set)
    for what, e in found:
        if what.place:
            places_of[what.measure][what.place.lower()] += 1
            values_at[(what.measure, _key(e))].add(what.place.lower())
        if what.modifier:
            modifiers_of[what.measure].add(what.modifier.lower())
    groups: dict[tuple[str, str | None, str | None], list[tuple[Measured, Estimate]]] = defaultdict(list)
    for measure, counts in places_of.items():  # a town one figure alone names is where, not which count
        places_of[measure] = Counter({p: n for p, n in counts.items()
                                      if n >= MIN_PLACE_FIGURES or _regional(p) or _is_country(p)})
    for key in [k for k, places in values_at.items() if not places & set(places_of[k[0]])]:
        del values_at[key]
    for what, estimate in found:
        place = (what.place or "").lower() or None
        if place not in places_of[what.measure]:
            place = None
        places = places_of[what.measure]
        if len(places) > 1 and place is None:
            place = _nearest_place(what.measure, estimate, values_at) or places.most_common(1)[0][0]
        modifier = (what.modifier or "").lower() or None
        groups[(what.measure, place if len(places) > 1 else None,
                modifier if len(modifiers_of[what.measure]) > 1 else None)].append((what, estimate))
    series, taken = [], set()
    for (_, split_place, _), items in groups.items():
        label, place = _series_label(items, split_place)
        series_id = slug(label)
        while series_id in taken:  # two series one label cannot tell apart still need two keys
            series_id += "-2"
        taken.add(series_id)
        estimates = tuple(sorted((replace(e, series=series_id) for _, e in items),
                                 key=lambda e: (e.said_on or "", e.citation.published or "", e.citation.document)))
        series.append(summarise(EstimateSeries(series_id, label, items[0][0].label, place, estimates)))
    return sorted(series, key=lambda s: (s.unit in GENERIC_LABELS, -len({e.origin for e in s.estimates}), s.label))


def _regional(place: str) -> bool:
    """"north-eastern Libya": a regional total, a count of its own even when one figure gives it."""
    return bool(_REGION.match(place))


def _nearest_place(measure: str, estimate: Estimate, values_at: dict[tuple, set[str]]) -> str | None:
    """The place whose figures come nearest this figure's value (a placeless repeat of '43,059 in the north')."""
    value = estimate.floor
    if not value or value <= 0:
        return None
    scored = [(abs(math.log(key[1][0] / value)), place) for key, places in values_at.items()
              if key[0] == measure and key[1][0] and key[1][0] > 0 for place in places]
    return min(scored)[1] if scored else None


def _series_label(items: list[tuple[Measured, Estimate]], split_place: str | None) -> tuple[str, str | None]:
    what = items[0][0]
    modifiers = {w.modifier for w, _ in items}
    modifier = modifiers.pop() if len(modifiers) == 1 else None
    named = [w.place for w, _ in items if w.place]
    if split_place:  # the place that tells this series from the measure's others
        place = next((p for p in named if p.lower() == split_place), split_place)
    else:
        place = named[0] if len(set(named)) == 1 and 2 * len(named) >= len(items) else None  # most figures name it
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
    return say_figure(e.value, e.low, e.high, e.approx)


def say_figure(value: float | None, low: float | None, high: float | None, approx: bool = False) -> str:
    """A figure as a reader would say it; a vague amount ("dozens": 24 within 24-99) as its range."""
    def n(x: float) -> str:
        return f"{int(x):,}" if float(x).is_integer() else f"{x:,.1f}"
    if low is not None and high is not None and (value is None or value == low):
        return f"{n(low)}–{n(high)}"
    if value is not None and low is not None and high is not None:
        text = f"{n(value)} ({n(low)}–{n(high)})"
    else:
        first = value if value is not None else (low if low is not None else high)
        text = n(first) if first is not None else "?"
    return ("about " + text) if approx else text
