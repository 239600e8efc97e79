"""The figures a statement gives, and when two statements give the same one or disagree.

"41 people died" and "90 people died" are two claims, not one claim confirmed twice; "about
10,000" and "10,100" are one figure; a definite description ("the toll", "those numbers")
refers back to the report's last figure for its measure.
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable

from ..models import Quantity, Statement
from .claim_text import _WORD, FRAGMENT_WORDS, headline_end
from .corpus import Report
from .estimates import GENERIC_LABELS, measured
from .measures import qualified
from .tables import read_table, unit_measures

_ASIDE = re.compile(r"[,;:(—–]|\s-\s|\bwith\b", re.I)  # what follows begins an aside, not the main clause


Figure = tuple[str, tuple[float | None, float | None, float | None], bool, bool]  # (measure, (value, low, high), in main clause, approximate)


def figures(report: Report, statement: Statement) -> frozenset[Figure]:
    """The figures a statement's content gives, each with the measure it counts ("deaths", "troops").

    Catch-all measures ("people") are left out: their figures count different things.
    A figure in the content's main clause ("41 people had died") is what the statement is
    about; one in an aside (", with 31 cases so far") only adds to it.
    """
    span = statement.content_span or statement.span
    text = report.document.text
    others: list[tuple[int, int]] = []
    fragment = len(_WORD.findall(text[span[0]:span[1]])) < FRAGMENT_WORDS
    if fragment:  # "revised its report, citing a count of 3,958": the rest of the sentence is what it says
        span = (span[0], report.sentence_end(span))
        others = [s.content_span for s in report.extraction.statements if s.content_span and s is not statement]
    out = set()
    for quantity in report.extraction.quantities:
        if not span[0] <= quantity.span[0] < span[1] or _number(quantity) == (None, None, None):
            continue
        if any(a <= quantity.span[0] < b for a, b in others):
            continue  # "gave a similar account, saying 2,000 had died": the figure is the other statement's
        what = measured(report, quantity)
        if describes(text, quantity) and not _given_before(report, quantity, what):
            continue
        if what is not None and what.label not in GENERIC_LABELS:
            clause = re.split(r"[;:]\s", text[span[0]:quantity.span[0]])[-1]  # "...; UN says 30,000 displaced"
            main = fragment or not _ASIDE.search(clause)
            for measure in (what.measure, qualified().get(what.measure)):  # 3,958 identified dead are 3,958 dead
                if measure:
                    out.add((f"{measure}|{(what.modifier or '').lower()}", _number(quantity), main, quantity.approx))
    return frozenset(out)


COUNT_NOUNS = "number|figure|toll|count|tally|estimate"  # nouns that name a figure given ("the toll", "those numbers")
# a demonstrative agrees in number with its noun: "that casualty numbers could rise" is a clause
FIGURE_ANAPHOR = re.compile(
    rf"\b(?:(?:the|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?(?:{COUNT_NOUNS})s?"
    rf"|(?:that|this)\s+(?:[\w-]+\s+){{0,2}}?(?:{COUNT_NOUNS})"
    r"|(?:those|these)\s+(?:[\w-]+\s+){0,2}?(?:numbers|figures|tolls|counts|tallies|estimates))\b", re.I)


# "the death toll that the United Nations published", "the figure given by officials": a description
# that says whose figure it means is not an anaphor of the last figure given
_RESTRICTED = re.compile(r"\s+(?:for\s+[\w-]+\s+)?(?:that|which|published|given|issued|released|announced|"
                         r"reported|put\s+out|by|from|of)\b", re.I)


ANAPHOR_REACH = 800  # characters back a figure referred to as "the toll" / "those numbers" may have been given


def referred_figures(report: Report, statement: Statement) -> frozenset[Figure]:
    """The figure a content without figures points back to: "the toll", "those numbers".

    A definite description of a count names the last figure the report gave for a
    measure, so "the agency said it never issued the number" is about that figure:
    the nearest measured figure before the content, within ANAPHOR_REACH characters. A
    description that names no measure ("the figure") means the nearest number, so when that
    number's measure is unknown ("The Red Crescent's 11,300 travelled furthest"), it gives none
    here (see `described_figures`, which knows whose figures have that value).
    """
    span = statement.content_span or statement.span
    text = report.document.text[span[0]:span[1]]
    anaphor = FIGURE_ANAPHOR.search(text)
    if not anaphor or _RESTRICTED.match(text, anaphor.end()):
        return frozenset()
    named = measure_named(text[anaphor.start():anaphor.end() + 30])
    body = headline_end(report.document.text)
    earliest = body if span[0] > body else 0  # the body is written to be read without its headline
    before = [q for q in report.extraction.quantities
              if max(earliest, span[0] - ANAPHOR_REACH) <= q.span[0] < span[0] and _number(q) != (None, None, None)
              and not describes(report.document.text, q)]
    for quantity in sorted(before, key=lambda q: -q.span[0]):
        what = measured(report, quantity)
        if what is not None and what.label not in GENERIC_LABELS and named in (None, what.measure):
            if named is None and _PLURAL.search(anaphor.group()):  # "gave the figures": all that paragraph gave
                return _paragraph_figures(report, [q for q in before if q.span[0] <= quantity.span[0]])
            return frozenset({(f"{what.measure}|{(what.modifier or '').lower()}", _number(quantity), True,
                               quantity.approx)})
        if named is None and what is None:
            return frozenset()  # "the figure" is the last number given, whatever it counts: not an older one
    return frozenset()


_PLURAL = re.compile(r"(?:numbers|figures|counts|tolls|tallies|estimates)$", re.I)


def _paragraph_figures(report: Report, before: list[Quantity]) -> frozenset[Figure]:
    """The measured figures of the paragraph that gives the last of `before`: what a plural "the
    figures" that names no measure points back to ("11,300 had died ... another 10,100 were missing.
    X gave the figures")."""
    text = report.document.text
    last = max(q.span[0] for q in before)
    start = text.rfind("\n", 0, last) + 1
    out = set()
    for quantity in before:
        what = measured(report, quantity) if quantity.span[0] >= start else None
        if what is not None and what.label not in GENERIC_LABELS:
            out.add((f"{what.measure}|{(what.modifier or '').lower()}", _number(quantity), True, quantity.approx))
    return frozenset(out)


def nearest_number(report: Report, statement: Statement) -> Quantity | None:
    """The last number the report gives before a content, within ANAPHOR_REACH of it in the body: what
    "the figure" or "it" points back to."""
    span = statement.content_span or statement.span
    body = headline_end(report.document.text)
    earliest = max(body if span[0] > body else 0, span[0] - ANAPHOR_REACH)
    before = [q for q in report.extraction.quantities if earliest <= q.span[0] < span[0]
              and _number(q) != (None, None, None) and not describes(report.document.text, q)]
    return max(before, key=lambda q: q.span[0], default=None)


def measure_named(phrase: str) -> str | None:
    """The measure a phrase like "the death toll" or "the number of missing" names, if any
    (the cues of `measure_cues.tsv`, matched at the start of a word)."""
    lower = phrase.lower()
    for row in read_table("measure_cues"):
        if row.get("cue") and re.search(rf"\b{re.escape(row['cue'].lower())}", lower):
            return row["measure"]
    return None


_DEFINITE = re.compile(r"(?:^|\b)(?:the|all|both|these|those|its|their|his|her|our)\s*$", re.I)


def describes(text: str, quantity: Quantity) -> bool:
    """True for a number that only says which ones are meant: "the four gunmen", "all four
    terrorists", "the two dams". A definite count names participants already known; it is
    not what the statement claims, so it neither splits nor joins claims."""
    before = text[max(0, quantity.span[0] - 12):quantity.span[0]]
    return bool(_DEFINITE.search(before) or re.match(r"(?:the|all|both)\s", quantity.text, re.I))


def _given_before(report: Report, quantity: Quantity, what) -> bool:
    """True for a definite count of a toll that repeats a figure the report gave before ("has reached
    3,283 ... all 3,283 victims had been buried"): it names that figure again, so it is about it."""
    if what is None or what.measure not in toll_measures():
        return False
    return any(q.value == quantity.value and q.span[0] < quantity.span[0] and not describes(report.document.text, q)
               for q in report.extraction.quantities)


def _number(quantity: Quantity) -> tuple[float | None, float | None, float | None]:
    return quantity.value, quantity.low, quantity.high


NAMED_ONLY = (None, None, None)  # the "number" of a measure a content names without a figure ("far more died")


def named_measures(text: str) -> frozenset[Figure]:
    """The measures a content speaks of in words, as figures without a number: the cues of
    `measure_cues.tsv` ("died", "toll", "missing") and the unit words of `units.tsv` ("troops").
    A definite description of a count ("the toll", "those figures") refers to a figure given
    (see `referred_figures`); it is no rival to it, so it is not a measure named here."""
    lower = FIGURE_ANAPHOR.sub(" ", text).lower()  # "the death toll the UN published" names a figure given, no rival
    return frozenset((f"{measure}|", NAMED_ONLY, False, False) for measure, pattern in _measure_patterns()
                     if pattern.search(lower))


@functools.lru_cache(maxsize=1)
def _measure_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Per measure, one pattern for its cues (matched at a word's start) and unit words (whole words)."""
    by_measure: dict[str, list[str]] = defaultdict(list)
    for row in read_table("measure_cues"):
        if row.get("cue"):
            by_measure[row["measure"]].append(re.escape(row["cue"].lower()))
    for unit, (measure, _) in unit_measures().items():
        by_measure[measure].append(rf"{re.escape(unit)}\b")
    return tuple((m, re.compile(rf"\b(?:{'|'.join(alts)})")) for m, alts in by_measure.items())


def _ends(number: tuple[float | None, float | None, float | None]) -> set[float]:
    """The values a figure commits to: its value, or both ends of its range ("18,000 to 20,000"
    shares its upper end with "as many as 20,000": one estimate worded two ways)."""
    return {n for n in number if n is not None}


ROUNDING = 0.05  # an approximate figure ("about 10,000", "nearly 4,000") is the same figure as one this close


def same_figure(a: tuple, b: tuple) -> bool:
    """Two (number, approximate) figures for one measure state one figure: they share a value or a
    range end ("18,000 to 20,000" and "up to 20,000"), or one is approximate (hedged, or a round
    thousand) and the other lies within ROUNDING of it ("about 10,000" and "10,100"; not
    "about 10,000" and "11,300")."""
    (na, approx_a), (nb, approx_b) = a, b
    ends_a, ends_b = _ends(na), _ends(nb)
    if ends_a & ends_b:
        return True
    for ends, other, approx in ((ends_a, ends_b, approx_a), (ends_b, ends_a, approx_b)):
        value = next(iter(ends)) if len(ends) == 1 else None
        if value is not None and (approx or _round(value)):
            if any(abs(x - value) <= ROUNDING * abs(value) for x in other):
                return True
    return False


def _round(value: float) -> bool:
    """A round thousand or more ("10,000", "2,000") is itself an estimate: news rounds what it cannot count."""
    return value >= 1000 and value % 1000 == 0


@functools.lru_cache(maxsize=65536)
def figures_disagree(a: frozenset[Figure], b: frozenset[Figure]) -> bool:
    """True when two statements cannot be one proposition for their figures.

    Only the figures of a toll (measures.tsv: the dead, the missing) are propositions of their
    own; a count of troops sent or suspects detained is a detail of what is claimed ("troops
    were sent"), so two counts of it confirm one claim. Two statements disagree
    when both are about figures for one toll (in their main clauses) and none
    is the same ("41 died" and "90 died"), or when one is about a figure and the other
    speaks of that measure without a figure ("41 died" and "far more died than admitted").
    A statement that does not speak of the measure at all ("the water is contaminated"
    beside "150 people fell ill") may be evidence for the same claim. A
    figure in an aside (", which has killed 137") is the reporter's update, not the
    proposition, so two asides never keep statements apart.
    """
    a, b = _tolls_only(a), _tolls_only(b)
    numbers_a: dict[str, list] = defaultdict(list)
    numbers_b: dict[str, list] = defaultdict(list)
    for numbers, figures_ in ((numbers_a, a), (numbers_b, b)):
        for measure, number, _, approx in figures_:
            if number != NAMED_ONLY:
                numbers[measure].append((number, approx))
    main_a = {measure for measure, number, main, _ in a if main and number != NAMED_ONLY}
    main_b = {measure for measure, number, main, _ in b if main and number != NAMED_ONLY}
    if any(not any(same_figure(x, y) for x in numbers_a[m] for y in numbers_b[m]) for m in main_a & main_b):
        return True
    named_a = {measure.split("|")[0] for measure, number, *_ in a if number == NAMED_ONLY}
    named_b = {measure.split("|")[0] for measure, number, *_ in b if number == NAMED_ONLY}
    unmatched_a = {m.split("|")[0] for m in main_a - numbers_b.keys()}  # "Ostrian troops" count troops too
    unmatched_b = {m.split("|")[0] for m in main_b - numbers_a.keys()}
    return bool(unmatched_a & named_b or unmatched_b & named_a)


def _tolls_only(given: frozenset[Figure]) -> frozenset[Figure]:
    return frozenset(f for f in given if f[0].split("|")[0] in toll_measures())


@functools.lru_cache(maxsize=1)
def toll_measures() -> frozenset[str]:
    """Measures whose every figure is a claim of its own (`toll` in measures.tsv)."""
    return frozenset(row["measure"] for row in read_table("measures") if row.get("toll") == "yes")


@functools.lru_cache(maxsize=1)
def measure_events() -> dict[str, str]:
    """measure -> the frame event a bare figure of it reports (`event` in measures.tsv)."""
    return {row["measure"]: row["event"] for row in read_table("measures") if row.get("event")}


class FigureTally:
    """The figures a claim's members give, kept as their distinct figure sets and values by measure,
    so that checking a statement against a claim costs what its distinct figures cost, not its members:
    a claim of thousands of statements gives a few figures (issue 13)."""

    def __init__(self) -> None:
        self.sets: set[frozenset[Figure]] = set()  # each member's figures, when it gives any
        self.given: dict[str, set[tuple]] = defaultdict(set)  # measure -> (number, approximate), as `same_figure` takes

    @classmethod
    def of(cls, given: Iterable[frozenset[Figure]]) -> "FigureTally":
        tally = cls()
        for figures_ in given:
            tally.add(figures_)
        return tally

    def add(self, given: frozenset[Figure]) -> None:
        if given:
            self.sets.add(given)
        for measure, number, _, approx in given:
            if number != NAMED_ONLY:
                self.given[measure].add((number, approx))

    def merge(self, other: "FigureTally") -> None:
        self.sets |= other.sets
        for measure, numbers in other.given.items():
            self.given[measure] |= numbers

    def disagrees(self, given: frozenset[Figure]) -> bool:
        """True when a member gives figures `given` cannot be one proposition with (`figures_disagree`)."""
        return bool(given) and any(figures_disagree(given, theirs) for theirs in self.sets)

    def disagrees_with(self, other: "FigureTally") -> bool:
        return any(self.disagrees(given) for given in other.sets)

    def keys(self) -> set[tuple[str, float]]:
        """(measure, value) of each figure given: what another claim giving the same figure shares with this one."""
        return {(measure, end) for measure, numbers in self.given.items() for number, _ in numbers for end in _ends(number)}

    def confirms_tally(self, other: "FigureTally") -> bool:
        """True when some member of `other` states a figure some member of this one gives (`confirms`)."""
        return any(self.confirms(given) for given in other.sets)

    def confirms(self, given: frozenset[Figure]) -> bool:
        """True when `given` states in a main clause a figure some member gives for the same measure."""
        return any(main and number != NAMED_ONLY and any(same_figure((number, approx), theirs)
                                                         for theirs in self.given.get(measure, ()))
                   for measure, number, main, approx in given)
