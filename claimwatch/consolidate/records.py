"""Records of the consolidated picture: actors, claims, estimate series, timelines.

Plain frozen dataclasses, so the CLI, the brief, the REST API and the dashboard
all read the same values; `to_dict` from `claimwatch.models` serialises them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Quantity, Statement


@dataclass(frozen=True)
class Citation:
    """Where a line of the picture comes from: outlet, date and the sentence itself."""

    document: str
    outlet: str | None
    published: str | None
    sentence: str
    url: str | None = None


@dataclass(frozen=True)
class Actor:
    """One real-world source, however many ways the documents name it."""

    id: str
    name: str
    kind: str  # person | institution | media | group
    org: str | None = None
    country: str | None = None
    role: str | None = None
    names: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()  # why each other name was joined to this actor
    statements: int = 0


@dataclass(frozen=True)
class Evidence:
    """One statement as consolidated: who (actor), when said, where printed, and its origin."""

    document: str
    statement: Statement
    actor: str  # Actor.id
    speaker: str  # the actor's display name
    said_on: str | None
    citation: Citation
    origin: str  # the independent report this copy goes back to
    source: str  # the independent source it counts as within its claim

    @property
    def stance(self) -> str:
        return self.statement.stance


@dataclass(frozen=True)
class TimelineEntry:
    """One dated step of a claim's history, relative to its first report."""

    kind: str  # first | confirmation | repeat | denial | non_denial | decline
    actor: str
    speaker: str
    stance: str
    said_on: str | None
    lag_days: int | None
    citation: Citation
    note: str


@dataclass(frozen=True)
class Contradiction:
    """Two lines of the picture that cannot both be right."""

    kind: str  # stance (assert vs deny) | reversal (one source changed its stance) | figures
    about: str  # a claim id or a series id
    first: Citation
    second: Citation
    explanation: str


@dataclass(frozen=True)
class Claim:
    """Statements from many documents about one proposition, with their stances."""

    id: str
    label: str
    terms: tuple[str, ...]
    status: str  # confirmed | single-source | disputed | denied | unconfirmed
    status_text: str
    independent_sources: int
    statements: tuple[Evidence, ...]
    timeline: tuple[TimelineEntry, ...] = ()
    contradictions: tuple[Contradiction, ...] = ()
    documents: int = 0
    copies_discounted: int = 0
    frame: str | None = None  # the normalised proposition the members share, when one was read

    @property
    def first_report(self) -> TimelineEntry | None:
        return next((t for t in self.timeline if t.kind == "first"), None)


@dataclass(frozen=True)
class Estimate:
    """One figure for a measured thing: value or range, who gives it, when, from where."""

    series: str
    holder: str
    quantity: Quantity
    value: float | None
    low: float | None
    high: float | None
    approx: bool
    unit: str
    said_on: str | None
    citation: Citation
    origin: str
    previous: bool = False  # an earlier value the sentence moves away from ("up from 41")
    holder_id: str | None = None  # Actor.id of the holder; None for the outlet's own figure
    why: str = ""  # why the figure is in its series (the measure and what decided it)

    @property
    def floor(self) -> float | None:
        """The least this estimate commits to: the low end of a range, else the value."""
        return self.low if self.low is not None else self.value

    @property
    def ceiling(self) -> float | None:
        return self.high if self.high is not None else self.value


@dataclass(frozen=True)
class EstimateSeries:
    """Figures about the same measured thing across documents and time."""

    id: str
    label: str
    unit: str
    place: str | None
    estimates: tuple[Estimate, ...]
    latest: tuple[Estimate, ...] = ()  # the latest estimate of each holder
    low: float | None = None
    high: float | None = None
    conservative: float | None = None  # lowest credible figure among current estimates
    conservative_from: Estimate | None = None
    contradictions: tuple[Contradiction, ...] = ()


@dataclass(frozen=True)
class ReportOrigin:
    """Which independent report a document goes back to, and why we think so."""

    document: str
    origin: str  # a document id (itself when independent), or "outlet:NAME" outside the corpus
    reason: str | None = None
    source_id: str | None = None  # the id the input gave the document, when a store numbered it anew


@dataclass(frozen=True)
class Picture:
    """The situation picture built from many reports."""

    actors: tuple[Actor, ...]
    claims: tuple[Claim, ...]
    series: tuple[EstimateSeries, ...]
    documents: int
    outlets: tuple[str, ...]
    independent_reports: int
    first_date: str | None = None
    last_date: str | None = None
    topic: str | None = None
    contradictions: tuple[Contradiction, ...] = field(default=())
    reports: tuple[ReportOrigin, ...] = ()  # every document with its origin, in publication order
    loose_figures: tuple[Estimate, ...] = ()  # figures no series measures (money, days, brigades...)
