"""Figures named by whose they are: "the death toll that the United Nations published a day earlier".

A definite description of a count that says who gave it ("the toll published by the ministry",
"the UN's death toll", "the figure the agency issued") means that source's figure, though the
report may never repeat the number: a denial that one was "the source of the death toll that the
UN published" is about the UN's toll. The figure is looked up among the corpus's statements: the
latest figure that source (or a body it belongs to, `part_of` in institutions.tsv: the UN's
humanitarian office speaks for the UN) gave for the measure before the statement was made. A later
description in the same report with no figure of its own ("those numbers") means the same figure;
one the report gives itself is found by `claim_figures.referred_figures`.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .claim_figures import (ANAPHOR_REACH, COUNT_NOUNS, FIGURE_ANAPHOR, NAMED_ONLY, Figure, describes, measure_events,
                            measure_named, nearest_number, toll_measures)
from .frames import Frame
from .names import slug
from .tables import institutions, read_table

if TYPE_CHECKING:
    from .claims import Said

_NAME = r"(?P<name>[A-Z][\w.'’&-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'’&-]*){0,5})"  # a proper name, "Ministry of Health"
_BETWEEN = r"(?:\s+(?:for|in|on|of)\s+[\w-]+)?"  # "the death toll for Derna"


# "using figures that had just been verified by the WHO": a plural without article is definite enough
# when a relative or participle says whose figures they are (`_passive`, `_relative` must follow)
_BARE_PLURAL = re.compile(rf"\b(?:{COUNT_NOUNS.replace('|', 's|')}s)\b", re.I)


@dataclass(frozen=True)
class Description:
    """A figure described by its source: whose it is, of which measure (None: any toll)."""

    source: str  # the name as written, "United Nations"
    measure: str | None


def described_source(content: str) -> Description | None:
    """The source a content's description of a count names ("the toll the UN published", "the UN's
    toll", "the figure given by the ministry"), or None."""
    for anaphor in [*FIGURE_ANAPHOR.finditer(content), *_BARE_PLURAL.finditer(content)]:
        measure = measure_named(content[anaphor.start():anaphor.end() + 30])
        after = content[anaphor.end():anaphor.end() + 120]
        found = _relative().match(after) or _passive().match(after)
        if found:
            return Description(_trim(found.group("name")), measure)
    found = _possessive().search(content)
    return Description(_trim(found.group("name")), measure_named(found.group(0))) if found else None


def _trim(name: str) -> str:
    return re.sub(r"['’]s$", "", name.strip())


@functools.lru_cache(maxsize=1)
def _verbs() -> str:
    """The verbs by which a source makes a figure public (`publishing_verbs.tsv`), as an alternation."""
    forms = sorted({row["form"].lower() for row in read_table("publishing_verbs") if row.get("form")},
                   key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


@functools.lru_cache(maxsize=1)
def _relative() -> re.Pattern[str]:
    """ "... that the United Nations published", "... the agency had issued" """
    return re.compile(rf"{_BETWEEN}\s+(?:that\s+|which\s+)?(?:the\s+)?{_NAME}\s+(?:had\s+|has\s+)?(?:{_verbs()})\b")


@functools.lru_cache(maxsize=1)
def _passive() -> re.Pattern[str]:
    """ "... published by the health ministry", "... given on Thursday by the Red Crescent" """
    return re.compile(rf"{_BETWEEN}\s+(?:(?:that|which)\s+(?:had|has|have)\s+(?:[\w-]+\s+)?been\s+)?(?:{_verbs()})\s+"
                      rf"(?:[\w-]+\s+){{0,3}}?by\s+(?:the\s+)?{_NAME}")


@functools.lru_cache(maxsize=1)
def _possessive() -> re.Pattern[str]:
    """ "the UN's Derna death toll", "Red Cross's figures" """
    return re.compile(rf"{_NAME}['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{COUNT_NOUNS})s?\b")


@functools.lru_cache(maxsize=None)
def _parents() -> dict[str, str]:
    """An institution's key -> the key of the body it belongs to (`part_of` in institutions.tsv)."""
    return {slug(i.name): slug(i.part_of) for i in institutions() if i.part_of}


def speaks_for(speaker_key: str) -> set[str]:
    """The keys a speaker's figures are known by: its own, and the bodies it belongs to."""
    keys, parents = {speaker_key}, _parents()
    while speaker_key in parents and parents[speaker_key] not in keys:
        speaker_key = parents[speaker_key]
        keys.add(speaker_key)
    return keys


def with_described_figures(said: list[Said], key: Callable[[str, str], str]) -> list[Said]:
    """`said`, each statement that describes a source's figure without giving one carrying that
    figure (see the module's docstring); `key(name, document)` is the speaker key a name stands for."""
    given: dict[tuple[str, str], list[tuple[str, int]]] = {}  # (source key, measure) -> (day, item), who gave what when
    for n, s in enumerate(said):
        day = s.report.said_on(s.statement) or ""
        for measure, number, main, _ in s.figures:
            if main and number != NAMED_ONLY:
                for source in speaks_for(s.speaker_key):
                    given.setdefault((source, measure.split("|")[0]), []).append((day, n))
    out = list(said)
    last: dict[str, tuple[int, frozenset[Figure]]] = {}  # report -> (where its last described figure was, the figure)
    for n, s in sorted(enumerate(said), key=lambda x: (x[1].report.id, x[1].statement.span[0])):
        if s.figures and any(number != NAMED_ONLY for _, number, _, _ in s.figures):
            continue
        described = described_source(s.content)
        if described is not None:
            source = key(described.source, s.report.id)
            figure = _latest(said, given, source, described.measure, s.report.said_on(s.statement) or "")
            out[n] = replace(_about(s, figure) if figure else s, described=source)
            if figure:
                last[s.report.id] = (s.statement.span[1], figure)
            continue
        value = _bare_number(s)
        if value is not None:  # "The figure of 11,300 was first given on Thursday by X": X's figure of that value
            figure = _latest(said, given, s.speaker_key, None, s.report.said_on(s.statement) or "", value=value,
                             inclusive=True)
            if figure:
                out[n] = _about(s, figure)
                last[s.report.id] = (s.statement.span[1], figure)
                continue
        if not FIGURE_ANAPHOR.search(s.content):
            continue
        owned = _owned_number(s)
        if owned is not None:  # "The Red Crescent's 11,300 travelled furthest. The next day the UN withdrew the figure"
            figure = _latest(said, given, key(owned[0], s.report.id), None, s.report.said_on(s.statement) or "",
                             value=owned[1])
            if figure:
                out[n] = _about(s, figure)
                continue
        previous = last.get(s.report.id)
        if previous and s.statement.span[0] - previous[0] <= ANAPHOR_REACH:
            out[n] = _about(s, previous[1])  # "those numbers", after "the toll the UN published"
    return out


def _bare_number(s: Said) -> float | None:
    """The value of a number the content gives with no unit to say what it counts ("the figure of 11,300")."""
    span = s.statement.content_span or s.statement.span
    return next((q.value for q in s.report.extraction.quantities if span[0] <= q.span[0] < span[1]
                 and q.value is not None and not q.unit and not describes(s.report.document.text, q)), None)


def _owned_number(s: Said) -> tuple[str, float] | None:
    """(whose, value) of the bare number a figure anaphor points back to, when a possessive names its
    source and no unit its measure: "The Red Crescent's 11,300"."""
    quantity = nearest_number(s.report, s.statement)
    if quantity is None or quantity.value is None or quantity.unit:
        return None
    text = s.report.document.text
    owner = re.search(rf"{_NAME}['’]s\s+$", text[max(0, quantity.span[0] - 80):quantity.span[0]])
    return (_trim(owner.group("name")), quantity.value) if owner else None


def sources_given(s: Said) -> set[str]:
    """The sources whose figures a statement gives or describes, by key: what the store finds the
    claims a description refers to by (`consolidate.picture.lookup_keys`)."""
    if s.described:
        return {s.described}
    if any(main and number != NAMED_ONLY for _, number, main, _ in s.figures):
        return speaks_for(s.speaker_key)
    return set()


def _about(s: Said, figure: frozenset[Figure]) -> Said:
    """`s` as a statement about `figure`: it gives it, and its frame is the event the figure counts
    ("never released those numbers ... surprised to see its name linked to them" is about deaths)."""
    events = {measure_events().get(measure.split("|")[0]) for measure, *_ in figure} - {None}
    if len(events) != 1:
        return replace(s, figures=figure)
    frame = s.frame or Frame("")
    return replace(s, figures=figure, frame=replace(frame, event=events.pop(), trigger=""))


def _latest(said: list[Said], given: dict, source: str, measure: str | None, before: str,
            value: float | None = None, inclusive: bool = False) -> frozenset[Figure]:
    """The main figure `source` last gave for `measure` (any toll when None) before the day `before`
    (or on it, `inclusive`); with `value`, the last one of that value."""
    measures = [measure] if measure else sorted(toll_measures())
    found = [(day, n, m) for m in measures for day, n in given.get((source, m), ())
             if (day <= before if inclusive else day < before)
             and (value is None or any(value in f[1] for f in _main(said[n].figures, m)))]
    if not found:
        return frozenset()
    day, n, m = max(found, key=lambda x: (x[0], said[x[1]].report.published or "", -said[x[1]].statement.span[0]))
    return _main(said[n].figures, m)


def _main(figures: frozenset[Figure], measure: str) -> frozenset[Figure]:
    return frozenset(f for f in figures if f[2] and f[1] != NAMED_ONLY and f[0].split("|")[0] == measure)
