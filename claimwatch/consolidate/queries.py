"""The picture as flat rows, for scripts (`claimwatch actors|claims|estimates`) and the API.

One plain dataclass per row kind; every row carries enough to be cited alone.
"""
from __future__ import annotations

from dataclasses import dataclass

from .records import Picture


@dataclass(frozen=True)
class ActorRow:
    actor: str
    name: str
    kind: str
    org: str | None
    country: str | None
    role: str | None
    statements: int
    names: str  # every name seen, '|'-separated
    why_joined: str  # the reasons, '; '-separated


@dataclass(frozen=True)
class ClaimStatementRow:
    claim: str
    label: str
    status: str
    independent_sources: int
    first_report: str | None  # "speaker, date"
    actor: str
    stance: str
    said_on: str | None
    document: str
    outlet: str | None
    published: str | None
    origin: str
    sentence: str


@dataclass(frozen=True)
class EstimateRow:
    series: str
    label: str
    holder: str
    value: float | None
    low: float | None
    high: float | None
    approx: bool
    unit: str
    said_on: str | None
    document: str
    outlet: str | None
    sentence: str
    latest_of_holder: bool


def actor_rows(picture: Picture) -> list[ActorRow]:
    return [ActorRow(a.id, a.name, a.kind, a.org, a.country, a.role, a.statements, "|".join(a.names),
                     "; ".join(a.reasons)) for a in picture.actors]


def claim_rows(picture: Picture) -> list[ClaimStatementRow]:
    rows = []
    for claim in picture.claims:
        first = claim.first_report
        first_text = f"{first.speaker}, {first.said_on}" if first else None
        for e in claim.statements:
            rows.append(ClaimStatementRow(
                claim.id, claim.label, claim.status_text, claim.independent_sources, first_text, e.speaker,
                e.stance, e.said_on, e.document, e.citation.outlet, e.citation.published, e.origin,
                e.citation.sentence))
    return rows


def estimate_rows(picture: Picture, series: str | None = None) -> list[EstimateRow]:
    """Every estimate; `series` keeps series whose id or label contains the text."""
    wanted = (series or "").lower()
    rows = []
    for s in picture.series:
        if wanted and wanted not in s.label.lower() and wanted not in s.id:
            continue
        latest = {id(e) for e in s.latest}
        for e in s.estimates:
            rows.append(EstimateRow(s.id, s.label, e.holder, e.value, e.low, e.high, e.approx, e.unit, e.said_on,
                                    e.citation.document, e.citation.outlet, e.citation.sentence, id(e) in latest))
    return rows
