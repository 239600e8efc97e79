"""Timeline: who said it first and when, who confirmed it how many days later, who denied it.

A claim's history is read from its statements in the order their sources spoke
(the statement's own date, else the day of publication). Copies and repeats of a
source already heard do not make new steps; assertions against denials are
contradictions.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .records import Contradiction, Evidence, TimelineEntry

_KIND = {"deny": "denial", "not_deny": "non_denial", "decline": "decline"}
_PAST = {"assert": "asserted", "deny": "denied"}
_VERB = {"first": "first said it", "confirmation": "confirmed", "repeat": "repeated it", "denial": "denied it",
         "non_denial": "would not deny it", "decline": "declined to confirm it"}


@dataclass(frozen=True)
class History:
    timeline: tuple[TimelineEntry, ...]
    status: str
    status_text: str
    sources: int  # independent sources asserting the claim
    contradictions: tuple[Contradiction, ...]


def day(value: str | None) -> date | None:
    """A full ISO day, or None for unknown or month/year-only dates."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def chronological(evidence: list[Evidence]) -> list[Evidence]:
    """Statements in the order their sources spoke: said_on, then publication, then place in the text.

    A statement the text gives no day for was said by the day it was published, at the latest.

    The first of this order is the claim's earliest report, whatever its stance (PICTURE.md's `first`);
    within one document the earlier sentence (a headline before its body) comes first.
    """
    return sorted(evidence, key=_order_key)


def document_order(document: str) -> tuple[int, int, str]:
    """Ids in the order they were given: a store's numbers by value ("9" before "10"), others as text."""
    return (0, int(document), "") if document.isdigit() else (1, 0, document)


def earliest(evidence: list[Evidence]) -> Evidence | None:
    """The claim's earliest report, any stance: who first spoke of it at all (asserting or not)."""
    ordered = chronological(evidence)
    return ordered[0] if ordered else None


def telling(evidence: list[Evidence]) -> list[Evidence]:
    """The statements a claim's history is made of, in chronological order: each source's earliest
    statement of each stance (the timeline's steps, the first report) and the first and last of each
    run of one stance among a source's assertions and denials (its latest position, its reversals).
    `history` of these equals `history` of all, so a wide claim's history can be carried on from
    them and its new statements (`carries_on`) without reading every member again (issue 13)."""
    ordered = chronological(evidence)
    kept: dict[int, Evidence] = {}
    seen: set[tuple[str, str]] = set()
    runs: dict[str, list[Evidence]] = {}  # each source's current run of one stance: its first and latest
    for item in ordered:
        if (item.source, item.stance) not in seen:
            seen.add((item.source, item.stance))
            kept[id(item)] = item
        if item.stance not in ("assert", "deny"):
            continue
        run = runs.get(item.source)
        if run is None or run[0].stance != item.stance:
            if run is not None:
                kept[id(run[-1])] = run[-1]
            runs[item.source] = [item]
            kept[id(item)] = item
        else:
            runs[item.source] = [run[0], item]
    for run in runs.values():
        kept[id(run[-1])] = run[-1]
    return [e for e in ordered if id(e) in kept]


def carries_on(kept: list[Evidence], new: list[Evidence]) -> bool:
    """Whether `telling(kept + new)` is the telling of all the claim's statements when `kept` is the
    telling of its older ones: false when a new assertion or denial falls inside a run of the other
    stance of its source, which it splits where the kept ends of the run cannot say."""
    ordered = chronological(kept)
    for item in new:
        if item.stance not in ("assert", "deny"):
            continue
        stances = [e for e in ordered if e.source == item.source and e.stance in ("assert", "deny")]
        at = _order_key(item)
        for start, end in zip(stances, stances[1:]):
            if start.stance == end.stance != item.stance and _order_key(start) < at < _order_key(end):
                return False
    return True


def _order_key(e: Evidence) -> tuple:
    return (e.said_on or e.citation.published or "9999", e.citation.published or "9999", e.origin != e.document,
            document_order(e.document), e.statement.span[0])


def history(claim_id: str, evidence: list[Evidence]) -> History:
    """Timeline, status and stance contradictions of one claim's statements."""
    ordered = chronological(evidence)
    first = next((e for e in ordered if e.stance == "assert"), ordered[0] if ordered else None)
    entries: list[TimelineEntry] = []
    seen: set[tuple[str, str]] = set()
    position: dict[str, Evidence] = {}  # each source's latest assertion or denial
    reversals: list[Contradiction] = []
    for item in ordered:
        if item.stance in ("assert", "deny"):
            before = position.get(item.source)
            if before is not None and before.stance != item.stance:
                reversals.append(Contradiction(
                    "reversal", claim_id, before.citation, item.citation,
                    f"{item.speaker} {_PAST[before.stance]} it on {before.said_on or '?'}, "
                    f"then {_PAST[item.stance]} it on {item.said_on or '?'}"))
            position[item.source] = item
        if (item.source, item.stance) in seen:
            continue
        seen.add((item.source, item.stance))
        if item is first:
            kind = "first"
        elif item.stance == "assert":
            kind = "repeat" if item.source == first.source else "confirmation"
        else:
            kind = _KIND.get(item.stance, "confirmation")
        entries.append(_entry(kind, item, first))
    asserting = [source for source, e in position.items() if e.stance == "assert"]
    denying = {source: e for source, e in position.items() if e.stance == "deny"}
    contradictions = tuple(
        Contradiction("stance", claim_id, first.citation, denial.citation,
                      f"{first.speaker} asserts it; {denial.speaker} denies it")
        for denial in denying.values() if first is not None and first.stance == "assert"
        and first.source != denial.source) + tuple(reversals)
    status, text = _status(len(asserting), [d.speaker for d in denying.values()], first)
    return History(tuple(entries), status, text, len(asserting), contradictions)


def _entry(kind: str, item: Evidence, first: Evidence) -> TimelineEntry:
    start, when = day(first.said_on), day(item.said_on)
    lag = (when - start).days if start and when and kind != "first" else None
    if kind == "first":
        note = f"{item.speaker} {_VERB[kind]}" + (f" on {item.said_on}" if item.said_on else "")
    elif lag is not None:
        timing = "the same day as" if lag == 0 else f"{abs(lag)} day{'s' if abs(lag) != 1 else ''} " + (
            "after" if lag > 0 else "before")
        note = f"{item.speaker} {_VERB[kind]} {timing} {first.speaker}"
    else:
        note = f"{item.speaker} {_VERB[kind]}"
    return TimelineEntry(kind, item.actor, item.speaker, item.stance, item.said_on, lag, item.citation, note)


def _status(sources: int, deniers: list[str], first: Evidence | None) -> tuple[str, str]:
    names = ", ".join(dict.fromkeys(deniers))
    plural = "s" if sources != 1 else ""
    if sources and deniers:
        return "disputed", f"disputed: asserted by {sources} independent source{plural}, denied by {names}"
    if deniers:
        return "denied", f"denied by {names}"
    if sources >= 2:
        return "confirmed", f"confirmed by {sources} independent sources"
    if sources == 1:
        return "single-source", f"single-source ({first.speaker})" if first else "single-source"
    return "unconfirmed", "unconfirmed: no source asserts it"
