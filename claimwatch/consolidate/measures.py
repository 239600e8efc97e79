"""What a figure counts: read from the noun it counts and the predicate of its own clause.

"11 people have been detained" counts detainees, "the death toll rose to 137" deaths,
"121 remain in hospital" people in hospital. The nearest cue in the figure's clause
decides (`data/measure_cues.tsv`), unless a cue of higher priority qualifies the count
("50 victims had been identified"); a noun that is itself a measure ("40 bodies") counts
as a cue right beside the figure. A person noun ("people", "suspects") says nothing by
itself; a population noun ("three of them children") makes a count of its own within
the measure. Figures of money, time, places and things (`data/uncounted.tsv`) and
figures no word explains belong to no series: better out of every series than in the
wrong one. Every reading keeps the reason a reader can check.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from .tables import read_table

_WORD = re.compile(r"[a-z][a-z'’-]*|[$€£¥%]")
_CLAUSE_BREAK = re.compile(
    r"[;:()\[\]]|,\s|\s[-–—]\s|\s(?:while|whereas|but)\s"
    r"|\sand\s(?![a-z]+(?:ed|en)\b|hurt\b|held\b)")  # "and doctors were...", not "recovered and identified"
_RELATIVE = re.compile(r"^\s*(?:which|who|whom|whose|where|that)\b", re.I)
_FILLER = frozenset("more than over at least about around nearly almost some roughly another further additional other "
                    "of the them whom those these a an up to as many and current former".split())
_PART_OF = re.compile(r"\s*Of\s+(?:the|these|those)\s+([\d,]+(?:\s+[a-z]+)?)", re.I)  # a whole its counts divide
_NEXT_ITEM = re.compile(r"\s*(?:,\s*)?(?:and|or)\s+(?:[A-Za-z'’-]+\s+){1,3}?[$€£¥]?\d")  # "..., and the injured 500,000"
_NOUN_REACH = 4  # words after a figure that may still be the noun it counts ("eight current and former officials")


@dataclass(frozen=True)
class Reading:
    """What a figure counts (None: no series), its label, a population within it, and why."""

    measure: str | None
    label: str
    population: str | None
    reason: str
    thing: str | None = None  # a noun no table knows ("vessels"): a measure only if the corpus keeps counting it


@dataclass(frozen=True)
class _Cue:
    words: tuple[str, ...]
    measure: str
    priority: int


@functools.lru_cache(maxsize=1)
def _cues() -> tuple[_Cue, ...]:
    return tuple(_Cue(tuple(row["cue"].lower().split()), row["measure"], int(row.get("priority") or 0))
                 for row in read_table("measure_cues"))


@functools.lru_cache(maxsize=1)
def _cue_rank() -> dict[_Cue, int]:
    return {cue: rank for rank, cue in enumerate(_cues())}


@functools.lru_cache(maxsize=1)
def _cues_by_first_word():
    """token -> the cues whose first word it matches, looked up by the word and by its stems
    ("kill*"), so a sentence is matched against the few cues that can start at each token."""
    exact: dict[str, list[_Cue]] = {}
    stems: dict[int, dict[str, list[_Cue]]] = {}
    for cue in _cues():
        first = cue.words[0]
        if first.endswith("*"):
            stems.setdefault(len(first) - 1, {}).setdefault(first[:-1], []).append(cue)
        else:
            exact.setdefault(first, []).append(cue)

    def starting(token: str) -> list[_Cue]:
        out = list(exact.get(token, ()))
        for size, by_stem in stems.items():
            out += by_stem.get(token[:size], ()) if len(token) >= size else ()
        return out
    return starting


@functools.lru_cache(maxsize=1)
def measure_labels() -> dict[str, tuple[str, str | None]]:
    """measure -> (label, parent measure or None)."""
    return {row["measure"]: (row["label"], row.get("parent") or None) for row in read_table("measures")}


@functools.lru_cache(maxsize=1)
def _units() -> dict[str, str]:
    return {row["unit"].lower(): row["measure"] for row in read_table("units")}


@functools.lru_cache(maxsize=1)
def _unit_populations() -> frozenset[str]:
    return frozenset(row["unit"].lower() for row in read_table("units") if row.get("population") == "yes")


@functools.lru_cache(maxsize=1)
def _people() -> dict[str, bool]:
    return {row["noun"].lower(): row.get("population") == "yes" for row in read_table("counted_people")}


@functools.lru_cache(maxsize=1)
def _uncounted() -> dict[str, str]:
    return {row["word"].lower(): row["kind"] for row in read_table("uncounted")}


def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The figure's own clause in its sentence: between the nearest breaks (commas, dashes, 'and that'...)."""
    left, right = 0, len(sentence)
    for m in _CLAUSE_BREAK.finditer(sentence):
        if m.end() <= start:
            left = max(left, m.end())
        elif m.start() >= end:
            right = min(right, m.start())
    return left, right


_AGE_BEFORE = re.compile(r"\b[A-Z][\w'’-]+,\s*$")  # "Shamsidin Fariduni, 25, and ..."
_AGE_AFTER = re.compile(r"\s*(?:,|\s[-–—]\s|\)|;)")


def read_measure(sentence: str, start: int, end: int, unit: str | None = None,
                 others: tuple[tuple[int, int], ...] = (), previous: str = "") -> Reading:
    """What the figure at sentence[start:end] counts, by its noun and the cues of its clause, then its sentence.

    `others` are the spans of the sentence's other figures: a cue beyond another figure
    is that figure's ("40 were killed and 100 wounded": 100 were wounded), except for a
    part of a whole ("137 died, including three children" counts children among the dead).
    """
    if _AGE_BEFORE.search(sentence[:start]) and _AGE_AFTER.match(sentence[end:]):
        return Reading(None, "", None, "no series: an age in apposition to a name ('Faizov, 19,')")
    whole = _PART_OF.match(sentence)
    if whole and start >= whole.end():  # "Of the 75 victims identified, 40 had died of gunshot wounds"
        return Reading(None, "", None, f"no series: a part of the {whole.group(1)} its sentence opens with")
    clause = clause_bounds(sentence, start, end)
    noun = _counted_noun(sentence, start, end, unit, clause[1])
    if noun in _uncounted():
        return Reading(None, "", None, f"no series: counts {_uncounted()[noun]} ('{noun}')")
    if noun is None:
        elided = _elided_unit(sentence, start, others)
        if elided is not None:
            return Reading(None, "", None, f"no series: counts {_uncounted()[elided]} like the figure before it "
                                           f"('{elided}' is understood)")
    population = noun if _people().get(noun or "") else None
    noun_measure = _units().get(noun or "")
    if noun in _unit_populations():  # "300 soldiers were killed": the predicate says what, the noun of whom
        found = _nearest_cue(sentence, clause, start, end, None, None, others)
        if found and found[0] != noun_measure:
            label = measure_labels().get(found[0], (found[0], None))[0]
            who = measure_labels().get(noun_measure, (noun_measure, None))[0]
            return Reading(f"{found[0]}:{noun_measure}", f"{who} among the {label}", who,
                           f"{who} among the {label}: {found[1]}, and the figure counts {noun}")
    blocking = () if population else tuple(  # "14 people in two shelters had fallen ill": shelters fall ill never
        o for o in others
        if _counted_noun(sentence, o[0], o[1], None, clause_bounds(sentence, *o)[1]) not in _uncounted())
    found = _nearest_cue(sentence, clause, start, end, noun, noun_measure, blocking)
    relative = _RELATIVE.match(sentence[clause[0]:start])  # "his village, which has 2,000 residents": its own clause
    if found is None and not relative:
        found = _nearest_cue(sentence, (0, len(sentence)), start, end, noun, noun_measure, blocking)
    if found is None and noun is None and previous:  # "Q: How many are missing? A: Thousands."
        found = _nearest_cue(previous, (0, len(previous)), len(previous), len(previous), None, None, ())
        if found:
            found = (found[0], found[1].replace("in its sentence", "in the sentence before, which it answers"))
    if found is None:
        if noun in _people():
            return Reading(None, "", None, f"no series: counts {noun}, but no word says what happened to them")
        return Reading(None, "", None, "no series: no word in its sentence says what it counts"
                       + (f" ('{noun}' is no measure)" if noun else ""), noun)
    measure, why = found
    label = measure_labels().get(measure, (measure, None))[0]
    if population:
        return Reading(f"{measure}:{population}", f"{population} among the {label}", population,
                       f"{population} among the {label}: {why}, and the figure counts {population}")
    return Reading(measure, label, None, f"{label}: {why}")


def _elided_unit(sentence: str, start: int, others: tuple[tuple[int, int], ...]) -> str | None:
    """The unit a bare figure shares with an earlier figure of its sentence that names no people:
    "3 million roubles each, the injured 1 million and others 500,000" counts roubles throughout."""
    for o in sorted((o for o in others if o[1] <= start), reverse=True):
        noun = _counted_noun(sentence, o[0], o[1], None, len(sentence))
        if noun in _uncounted():
            return noun
        if noun is not None:
            return None  # the nearest earlier figure counts something of its own: no ellipsis
    return None


def _counted_noun(sentence: str, start: int, end: int, unit: str | None, clause_end: int) -> str | None:
    """The noun the figure counts: in its own words ('2 million euros') or just after it ('three of them children')."""
    inside = sentence[start:end].lower()
    if re.search(r"[$€£¥]", inside):
        return re.search(r"[$€£¥]", inside).group()
    known = {**_uncounted(), **_units(), **_people()}
    tail = re.sub(r"^.*?\d[\d,.]*", "", inside) if re.search(r"\d", inside) else inside
    words = [w for w in _WORD.findall(tail) if w not in _FILLER]
    written = re.findall(r"[A-Za-z][A-Za-z'’-]*|[$€£¥%]", sentence[end:min(end + 60, clause_end)])
    after = [w.lower() for w in written]
    partitive = 2 if after[:1] == ["of"] else 0  # "three of them children", "50 of the dead"
    for word in words:
        if word in known:
            return word
    if _NEXT_ITEM.match(sentence, end):
        return None  # "1 million and other injured 500,000": 'injured' is the next figure's, this one names none
    unknown = None
    for word, as_written in list(zip(after, written))[:_NOUN_REACH + partitive]:
        if word == "per" and "cent" in after:
            return "%"
        if word in known:
            return word
        if word in STOP_WORDS and word not in _FILLER:
            break  # "20,000 from the districts": the figure's noun comes before any preposition or verb
        if unknown is None and word not in _FILLER and as_written.islower() and not word.endswith("ed"):
            unknown = word  # "40,000 tickets": a noun no table knows, unless a known one follows ("flood deaths")
    if (unit or "").lower() in known:
        return (unit or "").lower()
    return unknown


def _nearest_cue(sentence: str, scope: tuple[int, int], start: int, end: int, noun: str | None,
                 noun_measure: str | None, others: tuple[tuple[int, int], ...]) -> tuple[str, str] | None:
    """(measure, reason) of the best cue in sentence[scope]: highest priority, then nearest the figure."""
    tokens = [(m.group(), m.start() + scope[0], m.end() + scope[0])
              for m in _WORD.finditer(sentence[scope[0]:scope[1]].lower())]
    figure = [i for i, (_, s, _) in enumerate(tokens) if start <= s < end]
    first = figure[0] if figure else next((i for i, (_, s, _) in enumerate(tokens) if s >= end), len(tokens))
    last = figure[-1] if figure else first - 1
    candidates = []
    if noun_measure:
        candidates.append((0, 0.5, noun_measure, f"the noun '{noun}'", -1))
    starting = _cues_by_first_word()
    for i in range(len(tokens)):
        for cue in starting(tokens[i][0]):
            n = len(cue.words)
            if i + n > len(tokens) or not all(_matches(c, tokens[i + k][0]) for k, c in enumerate(cue.words)):
                continue
            j = i + n - 1
            low, high = sorted((tokens[i][1], start))
            if any(low < other[0] < high for other in others):
                continue  # another figure stands between: the cue is that figure's
            distance = first - j if j < first else (i - last if i > last else 0)
            words = " ".join(t for t, _, _ in tokens[i:j + 1])
            candidates.append((cue.priority, distance, cue.measure, f"'{words}'"
                               + (" in its clause" if scope != (0, len(sentence)) else " in its sentence"),
                               _cue_rank()[cue]))
    # a qualifying cue ("identified") counts only where the broader measure is in the sentence too
    whole = sentence.lower()
    candidates = [c for c in candidates if c[2] not in qualified() or _mentions(whole, qualified()[c[2]])]
    if not candidates:
        return None
    priority, _, measure, what, _ = min(candidates, key=lambda c: (-c[0], c[1], c[4]))  # ties: table order
    return measure, (f"{what} qualifies the count" if priority > 1 else f"{what} says what it counts")


def _matches(cue_word: str, token: str) -> bool:
    return token.startswith(cue_word[:-1]) if cue_word.endswith("*") else token == cue_word


@functools.lru_cache(maxsize=1)
def qualified() -> dict[str, str]:
    """qualified measure -> its parent ('identified' -> 'deaths')."""
    return {m: parent for m, (_, parent) in measure_labels().items() if parent}


def _mentions(sentence: str, measure: str) -> bool:
    """Does the sentence name the measure (by a cue or a unit noun)?"""
    tokens = _WORD.findall(sentence)
    if any(_units().get(t) == measure for t in tokens):
        return True
    return any(c.measure == measure and any(_matches(c.words[0], t) for t in tokens) for c in _cues())
