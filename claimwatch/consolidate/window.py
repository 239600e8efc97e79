"""A picture seen through a window of its documents (`--since`, `--topic` over a stored picture).

The stored picture is consolidated over every document; a window keeps what the
selected documents say: claims and series keep only their members from them (and
are left out when none remain), actors only if they still speak. Groupings, statuses
and timelines stay as the whole corpus established them.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from .records import Picture


def within(picture: Picture, documents: set[str], topic: str | None = None) -> Picture:
    """The parts of `picture` that come from `documents` (store ids as strings)."""
    claims = tuple(replace(c, statements=kept) for c in picture.claims
                   if (kept := tuple(e for e in c.statements if e.document in documents)))
    series = tuple(replace(s, estimates=kept, latest=tuple(e for e in s.latest if e.citation.document in documents))
                   for s in picture.series if (kept := tuple(e for e in s.estimates if e.citation.document in documents)))
    reports = tuple(r for r in picture.reports if r.document in documents)
    counts = Counter(e.actor for c in claims for e in c.statements)
    held = {e.holder_id for s in series for e in s.estimates}
    actors = tuple(replace(a, statements=counts.get(a.id, 0)) for a in picture.actors if a.id in counts or a.id in held)
    days = sorted(c.citation.published for c in (e for s in claims for e in s.statements) if c.citation.published)
    return replace(
        picture, actors=actors, claims=claims, series=series, reports=reports, documents=len(reports),
        independent_reports=len({r.origin for r in reports}), topic=topic or picture.topic,
        first_date=days[0] if days else picture.first_date, last_date=days[-1] if days else picture.last_date,
        contradictions=tuple(x for c in claims for x in c.contradictions) + tuple(
            x for s in series for x in s.contradictions),
        loose_figures=tuple(e for e in picture.loose_figures if e.citation.document in documents))
