"""Independence: fifty copies of one wire story are one source, not fifty.

Each report gets an origin, the independent report it goes back to, decided from
the texts themselves (so a corpus read in memory and one read from the store agree):

1. a wire credit ("MOSCOW, March 2 (Wire) -", "By Wire staff", "(Wire)") with text
   in common: the wire's own report of that story when the corpus has it, else the
   first document carrying it under the same credit. A credit alone never joins two
   stories: one wire files many independent stories a day;
2. a copy or rewrite: most of its sentences repeat an earlier document (`copies`);
3. a re-report: it says it relays an outlet's story ("the Gazette reported, citing
   officials") and shares the rare words of that outlet's earlier report; an outlet
   outside the corpus is an origin of its own, one per story.

Only an earlier (or same-day) document can be an origin. Within a claim each
statement then counts as one source: a named speaker once, however many reports
carry it; an outlet and the unnamed people it heard ("officials told the Post") as
the one report they came from.
"""
from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from .attribution import Attribution, Outlets, attribution, outlet_key
from .copies import (MIN_SHARED_SENTENCES, Body, BodyIndex, Overlap, body, body_paragraphs, content_words, is_copy,
                     relatedness)
from .corpus import Report
from .names import InstitutionIndex, clean
from .records import Actor

CREDITED_SHARE = 0.35  # under one wire's credit, sharing this share of sentences is the same story (background
# paragraphs a wire repeats across its stories of one event stay below it)
CREDITED_CANDIDATES = 0.08  # share of 3-grams in common below which two texts are not compared
REPUBLISHED_SHARE = 0.8  # an outlet's story of a later day is a copy of its own earlier one only when this repeated
RELAY_RELATEDNESS = 0.3  # a re-report holds at least this share of the rare-word weight of the report it relays
DATED_RELAY_RELATEDNESS = 0.12  # ...or this much when it names the weekday that report came out
RECENT_RELAY_RELATEDNESS = 0.15  # ...or this much when that report is of the last RECENT_RELAY_DAYS days
RECENT_RELAY_DAYS = 2
CLEAR_MARGIN = 1.5  # ...and relates CLEAR_MARGIN times better than any other report of the outlet


@dataclass(frozen=True)
class Origin:
    """Where a report's content first came from, and why we think so."""

    key: str  # a document id, or "outlet:NAME" for a story of an outlet outside the corpus
    reason: str | None = None  # None when the report is its own origin
    outlet: str | None = None  # the outlet whose report the origin is


@dataclass(frozen=True)
class _Read:
    """What origin finding needs of one report, read once."""

    report: Report
    said: Attribution
    body: Body
    words: frozenset[str]
    rank: int = 0  # place in reading order: the likelier original first

    @property
    def day(self) -> str:
        return (self.report.published or "9999")[:10]


def cited_outlets(text: str, outlets: Outlets, own: str | None = None) -> list[str]:
    """Outlets whose story a text says it relays ('citing Radio Liberty', 'the Gazette reported')."""
    return [outlet for outlet, _cue in attribution(text, own, outlets).relays]


def report_origins(reports: list[Report], index: InstitutionIndex) -> dict[str, Origin]:
    """document id -> Origin."""
    outlets = Outlets([r.outlet for r in reports if r.outlet], index)
    read = [_read(r, outlets) for r in reports]
    weight = _rarity(x.words for x in read)
    # Within a day, the likelier original first: a report signed by its own outlet, not carrying or
    # relaying another's, not known to the store as a duplicate, and longer (copies are trimmed).
    read.sort(key=lambda x: (x.day, bool(x.said.credits or x.said.relays), x.report.duplicate_of is not None,
                             not x.said.signed, -len(x.body.sentences), x.report.id))
    read = [replace(x, rank=n) for n, x in enumerate(read)]
    bodies = BodyIndex()
    seen: dict[str, _Read] = {}  # in the order read: only these can be origins of the next
    origins: dict[str, Origin] = {}
    for x in read:
        overlaps = bodies.overlaps(x.body, CREDITED_CANDIDATES)
        origins[x.report.id] = (_credited(x, overlaps, seen, origins) or _copied(x, overlaps, seen, origins)
                                or _relayed(x, seen, origins, weight)
                                or Origin(x.report.id, None, x.said.credits[0] if x.said.credits else x.report.outlet))
        bodies.add(x.report.id, x.body)
        seen[x.report.id] = x
    return origins


def _read(report: Report, outlets: Outlets) -> _Read:
    text, title = report.document.text, report.document.title
    said = attribution(text, report.outlet, outlets, title)
    running = " ".join(body_paragraphs(text, title))
    for mention in reversed(outlets.mentions(running, report.outlet)):  # outlet names are not the story
        running = running[:mention.start] + " " + running[mention.end:]
    return _Read(report, said, body(text, title), content_words(running))


def _rarity(texts: Iterable[frozenset[str]]) -> dict[str, float]:
    """word -> inverse document frequency: the names and figures of one story weigh most."""
    counts: dict[str, int] = {}
    total = 0
    for words in texts:
        total += 1
        for w in words:
            counts[w] = counts.get(w, 0) + 1
    return {w: math.log((total + 1) / n) for w, n in counts.items()}


def _followed(origins: dict[str, Origin], doc: str, reason: str) -> Origin:
    first = origins[doc]
    return Origin(first.key, reason, first.outlet)


def _credited(x: _Read, overlaps: dict[str, Overlap], seen: dict[str, _Read],
              origins: dict[str, Origin]) -> Origin | None:
    """The credited wire's own report of this story, or the first carrying it under the same credit."""
    if not x.said.credits:
        return None
    for wire in x.said.credits:
        wire_key = outlet_key(wire)
        found: list[tuple[bool, float, int, str, Overlap]] = []
        for doc, overlap in overlaps.items():
            other = seen[doc]
            own = outlet_key(other.report.outlet or "") == wire_key
            carried = wire_key in {outlet_key(c) for c in other.said.credits}
            if (own or carried) and overlap.share >= CREDITED_SHARE and overlap.top \
                    and (overlap.shared >= MIN_SHARED_SENTENCES or overlap.share == 1.0):
                found.append((own, overlap.share, -seen[doc].rank, doc, overlap))
        if found:  # the wire's own report first, then the most repeated, then the earliest
            own, _share, _rank, doc, overlap = max(found, key=lambda f: f[:3])
            if own:
                return _followed(origins, doc, f"credited to {wire}, whose {doc} it repeats ({overlap.describe()})")
            return _followed(origins, doc, f"credited to {wire}, as {doc} is, and repeats it ({overlap.describe()})")
    return None


def _copied(x: _Read, overlaps: dict[str, Overlap], seen: dict[str, _Read],
            origins: dict[str, Origin]) -> Origin | None:
    """The earlier document most of whose sentences this one repeats.

    An outlet's own story of a later day that repeats its earlier background is its next
    report, not a copy: from the same outlet on another day only a re-publication counts.
    """
    def copies_it(doc: str, overlap: Overlap) -> bool:
        other = seen[doc]
        later_own = other.day != x.day and outlet_key(other.report.outlet or "") == outlet_key(x.report.outlet or "")
        return is_copy(overlap) and (not later_own or overlap.share >= REPUBLISHED_SHARE)
    copies = [(overlap.share, -seen[doc].rank, doc, overlap) for doc, overlap in overlaps.items()
              if copies_it(doc, overlap)]
    if not copies:
        return None
    _share, _rank, doc, overlap = max(copies, key=lambda c: c[:2])
    return _followed(origins, doc, f"copy of {doc} ({overlap.describe()})")


def _relayed(x: _Read, seen: dict[str, _Read], origins: dict[str, Origin], weight: dict[str, float]) -> Origin | None:
    """The earlier report of the outlet this document says it relays, or that outlet's story outside the corpus.

    Of the outlet's reports, the one sharing most of this document's rare words, helped by
    the weekday the relay names ("the Gazette reported on Tuesday"). In "X reported, citing
    Y" either report, when the corpus has it, is the way back.
    """
    for outlet, cue in x.said.relays:
        original = _relayed_report(x, outlet, seen, weight)
        if original is not None:
            return _followed(origins, original, f"re-reports {outlet}'s {original} ('{cue}')")
    if not x.said.relays:
        return None
    outlet, cue = x.said.relays[0]
    # The outlet's report is not in the corpus: documents relaying the same story of it share one origin.
    relays = [doc for doc, other in seen.items() if origins[doc].key.startswith("outlet:")
              and origins[doc].outlet == outlet and relatedness(x.words, other.words, weight) >= RELAY_RELATEDNESS]
    if relays:
        return _followed(origins, relays[0], f"re-reports {outlet} ('{cue}'), as {relays[0]} does")
    taken = {o.key for o in origins.values()}
    story = f"outlet:{outlet}" if f"outlet:{outlet}" not in taken else f"outlet:{outlet} ({x.report.id})"
    return Origin(story, f"re-reports {outlet} ('{cue}'), whose report is not in the corpus", outlet)


def _relayed_report(x: _Read, outlet: str, seen: dict[str, _Read], weight: dict[str, float]) -> str | None:
    """The outlet's report this document relays: related enough, or named by weekday, or clearly
    the closest of the outlet's reports of the last days (a relay adds its own lines, so its words
    match its original only in part)."""
    key = outlet_key(outlet)
    days = {day for named, day in x.said.days if named == outlet}
    scored = sorted(((relatedness(x.words, other.words, weight), doc) for doc, other in seen.items()
                     if outlet_key(other.report.outlet or "") == key), reverse=True)
    found = [(_weekday(seen[doc].report.published) in days, score, doc) for score, doc in scored]
    found = [(dated, score, doc) for dated, score, doc in found
             if score >= RELAY_RELATEDNESS or (dated and score >= DATED_RELAY_RELATEDNESS)]
    if found:
        return max(found)[2]
    if scored:
        score, doc = scored[0]
        runner_up = scored[1][0] if len(scored) > 1 else 0.0
        if score >= RECENT_RELAY_RELATEDNESS and score >= CLEAR_MARGIN * runner_up \
                and _days_between(seen[doc].report.published, x.report.published) <= RECENT_RELAY_DAYS:
            return doc
    return None


def _days_between(earlier: str | None, later: str | None) -> int:
    if not earlier or not later:
        return 10 ** 6
    try:
        return (date.fromisoformat(later[:10]) - date.fromisoformat(earlier[:10])).days
    except ValueError:
        return 10 ** 6


def _weekday(published: str | None) -> int | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10]).isoweekday()
    except ValueError:
        return None


def source_key(actor: Actor, origin: str, outlet: str | None = None) -> str:
    """What a statement counts as within a claim.

    A named speaker is one source however many reports carry it. The outlet whose report
    this is, and the unnamed people it heard ("officials told the Post"), are that one
    report: its origin, which every copy and re-report shares. Another outlet named as
    a source ("the Post reported") is that outlet.
    """
    if actor.kind == "group":
        return f"report:{origin}"
    if actor.kind == "media":
        if outlet is not None and outlet_key(actor.name) == outlet_key(outlet):
            return f"report:{origin}"
        return f"outlet:{clean(actor.name).lower()}"
    return actor.id


def relay_sources(keys: list[tuple[Actor, str, str]], outlets_of_origin: dict[str, str | None]) -> list[str]:
    """Source keys after folding an outlet named as a source into its own report's sources in this claim.

    `keys` holds (actor, origin, key) per statement: "the Post reported X" adds nothing
    when the Post's own report of X, with its named or unnamed source, is in the claim.
    """
    heard: dict[str, str] = {}  # outlet -> first source its own report gives for the claim
    for actor, origin, key in keys:
        outlet = outlets_of_origin.get(origin)
        if outlet and actor.kind != "media":
            heard.setdefault(outlet_key(outlet), key)
    return [heard.get(outlet_key(actor.name), key) if actor.kind == "media" else key for actor, _origin, key in keys]
