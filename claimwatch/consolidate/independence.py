"""Independence: fifty copies of one wire story are one source, not fifty.

Each report gets an origin: the document it near-duplicates (following chains of
`duplicate_of`), or the outlet it says it re-reports ("Censor.NET reports, citing
Radio Liberty"). Within a claim each statement then counts as one source: its
actor for named sources; for "officials" and other unnamed groups, the group as
heard in one origin report; an outlet relaying a report counts as the sources of
that report when they are in the corpus.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from .corpus import Report
from .names import InstitutionIndex, clean
from .records import Actor
from .tables import read_table

OUTLET_SIMILARITY = 90  # rapidfuzz ratio above which a cited name is an outlet of the corpus
_NAME = r"((?:[A-Z][\w.&'/-]*)(?:\s+(?:of|for|and|[A-Z][\w.&'/-]*))*)"


@dataclass(frozen=True)
class Origin:
    """Where a report's content first came from, and why we think so."""

    key: str  # a document id, or "outlet:NAME" for a cited outlet outside the corpus
    reason: str | None = None  # None when the report is its own origin


def cited_outlets(text: str) -> list[str]:
    """Names an article says it re-reports ('citing Radio Liberty', 'as reported by AP')."""
    cues = sorted((row["pattern"] for row in read_table("provenance")), key=len, reverse=True)
    pattern = re.compile(r"\b(?i:%s)\s+(?:the\s+)?%s" % ("|".join(map(re.escape, cues)), _NAME))
    out = []
    for match in pattern.finditer(text):
        name = re.sub(r"\s+(?:of|for|and)$", "", match.group(1)).rstrip(".")
        if name and name not in out:
            out.append(name)
    return out


def report_origins(reports: list[Report], index: InstitutionIndex) -> dict[str, Origin]:
    """document id -> Origin, for reports in publication order."""
    by_id = {r.id: r for r in reports}
    origins: dict[str, Origin] = {}
    for report in reports:
        root, seen = report, {report.id}
        while root.duplicate_of and root.duplicate_of in by_id and root.duplicate_of not in seen:
            root = by_id[root.duplicate_of]
            seen.add(root.id)
        if root is not report:
            origins[report.id] = Origin(origins.get(root.id, Origin(root.id)).key, f"copy of {root.id}")
            continue
        origins[report.id] = _cited_origin(report, reports, origins, index) or Origin(report.id)
    return origins


def _cited_origin(report: Report, reports: list[Report], origins: dict[str, Origin],
                  index: InstitutionIndex) -> Origin | None:
    for name in cited_outlets(report.document.text):
        outlet = _outlet_in_corpus(name, reports, exclude=report.outlet)
        if outlet is not None:
            earlier = [r for r in reports if r.outlet == outlet and (r.published or "") <= (report.published or "")
                       and r.id != report.id]
            if earlier:
                first = earlier[0]
                return Origin(origins.get(first.id, Origin(first.id)).key, f"re-reports {outlet} ({first.id})")
            return Origin(f"outlet:{outlet}", f"re-reports {outlet}")
        institution = index.exact(name)
        if institution is not None and institution.kind == "media":
            return Origin(f"outlet:{institution.name}", f"re-reports {institution.name}")
    return None


def _outlet_in_corpus(name: str, reports: Iterable[Report], exclude: str | None) -> str | None:
    wanted = clean(name).lower()
    for outlet in dict.fromkeys(r.outlet for r in reports if r.outlet and r.outlet != exclude):
        if fuzz.ratio(clean(outlet).lower(), wanted) >= OUTLET_SIMILARITY:
            return outlet
    return None


def source_key(actor: Actor, origin: str) -> str:
    """What a statement counts as within a claim: its actor, or an unnamed group per origin report."""
    if actor.kind == "group":
        return f"{actor.id}@{origin}"
    return actor.id


def relay_sources(keys: list[tuple[Actor, str, str]], outlets_of_origin: dict[str, str | None]) -> list[str]:
    """Source keys after folding an outlet that relays a report into that report's own sources.

    `keys` holds (actor, origin, key) per statement; an outlet actor whose own report
    in the corpus already gives a named source for the claim adds nothing.
    """
    sources_by_outlet: dict[str, str] = {}
    for actor, origin, key in keys:
        outlet = outlets_of_origin.get(origin)
        if outlet and actor.kind != "media":
            sources_by_outlet.setdefault(clean(outlet).lower(), key)
    out = []
    for actor, _origin, key in keys:
        if actor.kind == "media":
            key = sources_by_outlet.get(clean(actor.name).lower(), key)
        out.append(key)
    return out
