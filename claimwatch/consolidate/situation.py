"""The situation at a glance: what a reader of fifty reports wants before any detail.

For each main series: each holder's latest figure, the range, who gave a figure
first and when, who denies what the figures are about, and whether the whole
series rests on one report. Then the key claims, ranked by how many independent
origins assert them and how central they are to the coverage. The brief and the
claims board both open with this, so they can never disagree.
"""
from __future__ import annotations

from dataclasses import dataclass

from .estimates import GENERIC_LABELS
from .records import Claim, Estimate, EstimateSeries, Picture

MAIN_SERIES = 4  # series shown at the top
KEY_CLAIMS = 10  # claims ranked at the top


@dataclass(frozen=True)
class SeriesSituation:
    """One measured quantity as it stands: latest figures, range, first figure, deniers."""

    series: EstimateSeries
    latest: tuple[Estimate, ...]  # each holder's latest figure, newest first
    first: Estimate | None  # the earliest figure given
    origins: int  # independent reports behind the series' figures
    deniers: tuple[str, ...]  # who denies a claim that gives these figures

    @property
    def single_origin(self) -> bool:
        return self.origins == 1


@dataclass(frozen=True)
class Situation:
    series: tuple[SeriesSituation, ...]
    claims: tuple[Claim, ...]


def situation(picture: Picture, series_count: int = MAIN_SERIES, claim_count: int = KEY_CLAIMS) -> Situation:
    """The main series and the key claims of a picture, ranked."""
    measured = [s for s in picture.series if s.unit not in GENERIC_LABELS]  # "people": a catch-all, no measure
    ranked = sorted(measured, key=lambda s: (-_origins(s), -len(s.estimates), s.label))
    main = tuple(_series_situation(s, picture.claims) for s in ranked[:series_count] if s.estimates)
    return Situation(main, tuple(rank_claims(picture.claims)[:claim_count]))


def rank_claims(claims: tuple[Claim, ...] | list[Claim]) -> list[Claim]:
    """Most independent origins first; then contested claims; then the most central (documents, statements)."""
    return sorted(claims, key=lambda c: (-c.independent_sources, c.status not in ("disputed", "denied"),
                                         -c.documents, -len(c.statements), c.id))


def _origins(series: EstimateSeries) -> int:
    return len({e.origin for e in series.estimates})


def _series_situation(series: EstimateSeries, claims: tuple[Claim, ...]) -> SeriesSituation:
    # the sources' figures: an outlet's own unattributed figure ("thousands feared dead") is not a source's estimate
    sourced = [e for e in series.latest if e.holder_id is not None] or list(series.latest)
    latest = tuple(sorted(sourced, key=lambda e: (e.said_on or "", e.citation.published or ""), reverse=True))
    dated = [e for e in series.estimates if not e.previous and e.holder_id is not None] or [
        e for e in series.estimates if not e.previous]
    first = min(dated, key=lambda e: (e.said_on or "9999", e.citation.published or "9999"), default=None)
    return SeriesSituation(series, latest, first, _origins(series), _deniers(series, claims))


def _deniers(series: EstimateSeries, claims: tuple[Claim, ...]) -> tuple[str, ...]:
    """Speakers who deny a claim about the series' figures: one at least half of whose assertions give
    a figure of the series. A claim that mentions a toll in passing ("an attack that killed 60") is
    about something else, and its deniers deny that, not the toll."""
    starts: dict[str, list[int]] = {}
    for e in series.estimates:
        starts.setdefault(e.citation.document, []).append(e.quantity.span[0])

    def gives_figure(e) -> bool:
        a, b = e.statement.span
        return any(a <= start < b for start in starts.get(e.document, ()))

    out: dict[str, None] = {}
    for claim in claims:
        asserting = [e for e in claim.statements if e.stance == "assert"]
        if asserting and 2 * sum(map(gives_figure, asserting)) >= len(asserting):
            position: dict[str, str] = {}  # each speaker's latest assertion or denial (statements are in time order)
            for e in claim.statements:
                if e.stance in ("assert", "deny"):
                    position[e.speaker] = e.stance
            for speaker, stance in position.items():
                if stance == "deny":  # one who denied and later confirmed denies no longer
                    out.setdefault(speaker)
    return tuple(out)
