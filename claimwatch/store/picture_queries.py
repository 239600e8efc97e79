"""Pages of the stored picture, answered by SQL: the claims board, /api/claims and the CLI listing.

A face showing twenty claims reads twenty claim rows (through the board's index, in the
picture's order or the latest first), their series' latest figures and nothing else,
however large the picture: no listing reads the whole picture into memory.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, load_only

from ..consolidate.records import Claim, Estimate, EstimateSeries, Picture
from .models import DocumentRow, OutletRow, QuantityRow, StatementRow
from .latest_figure import pick_latest, when
from .picture_rows import _documents, estimate_of, read_claims, series_rows
from .picture_tables import (CLAIM_ORDER, UPDATED_ORDER, ClaimMemberRow, ClaimQuantityRow, ClaimRow, FigureRow, OriginRow,
                             SeriesRow)


@dataclass(frozen=True)
class ClaimFilter:
    """Which claims a listing shows: `actor` made one of their statements, an outlet whose name holds
    `outlet` printed one, one was said (else printed) between `since` and `until`."""

    status: str | None = None
    actor: str | None = None
    outlet: str | None = None
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class ClaimSummary:
    """A claim as a listing shows it: no statements, their count; the latest figure of its series."""

    id: str
    label: str
    status: str
    status_text: str
    independent_sources: int
    documents: int
    statements: int
    last_update: str | None
    latest: Estimate | None


def claim_page(session: Session, wanted: ClaimFilter, *, order: str = "sources", limit: int = 20,
               offset: int = 0, only: Sequence[Any] = ()) -> list[ClaimRow]:
    """The claim rows of one page: key claims first (the picture's order), or with order="updated" the
    most recently updated first; a claim waiting, empty, to be regrouped is not shown. `only`: the
    columns to load (a listing needs neither timelines nor contradictions)."""
    stmt = _ordered(select(ClaimRow), wanted, order).limit(limit).offset(offset)
    return list(session.scalars(stmt.options(load_only(*only)) if only else stmt))


def claim_ids(session: Session, wanted: ClaimFilter, order: str = "sources") -> list[int]:
    """Every shown claim's row id, in the order of `claim_page`: a whole listing reads the order once and
    its pages by id, never skipping an offset."""
    return list(session.scalars(_ordered(select(ClaimRow.id), wanted, order)))


def claims_by_id(session: Session, ids: list[int]) -> list[Claim]:
    """The claims of `ids` with their statements, in that order (an emptied claim left out): three queries."""
    rows = {row.id: row for row in session.scalars(select(ClaimRow).where(ClaimRow.id.in_(ids)))}
    return [c for c in read_claims(session, [rows[i] for i in ids if i in rows]) if c.statements]


SUMMARY_COLUMNS = (ClaimRow.key, ClaimRow.label, ClaimRow.status, ClaimRow.status_text, ClaimRow.independent_sources,
                   ClaimRow.documents, ClaimRow.last_update)
"""What a `ClaimSummary` reads of a claim row."""


def _ordered(stmt: Any, wanted: ClaimFilter, order: str) -> Any:
    """`stmt` (a select of claim rows or their columns) limited to the claims `wanted` selects, in the
    listing's order."""
    members = select(ClaimMemberRow.id).where(ClaimMemberRow.claim_id == ClaimRow.id)
    stmt = stmt.where(exists(members))
    if wanted.status:
        stmt = stmt.where(ClaimRow.status == wanted.status)
    if wanted.actor:
        stmt = stmt.where(exists(members.where(ClaimMemberRow.actor == wanted.actor)))
    if wanted.outlet:
        outlets = select(OutletRow.id).where(func.lower(OutletRow.name).contains(wanted.outlet.lower(),
                                                                                autoescape=True))
        documents = select(DocumentRow.id).where(DocumentRow.outlet_id.in_(outlets))
        stmt = stmt.where(exists(members.where(ClaimMemberRow.document_id.in_(documents))))
    if wanted.since or wanted.until:
        stmt = stmt.where(exists(_said_between(wanted.since, wanted.until)))
    return _order(stmt, order)


def _order(stmt: Any, order: str) -> Any:
    if order == "updated":
        return stmt.order_by(*UPDATED_ORDER)
    return stmt.order_by(*CLAIM_ORDER)


def _said_between(since: date | None, until: date | None) -> Any:
    """A member of the claim said (else printed) in the range."""
    first, last = (since.isoformat() if since else "0000"), (until.isoformat() if until else "9999")
    said = func.substr(ClaimMemberRow.said_on, 1, 10)
    printed = and_(DocumentRow.published >= (since or date.min), DocumentRow.published <= (until or date.max))
    return (select(ClaimMemberRow.id).join(DocumentRow, DocumentRow.id == ClaimMemberRow.document_id)
            .where(ClaimMemberRow.claim_id == ClaimRow.id)
            .where(or_(and_(ClaimMemberRow.said_on.is_not(None), said >= first, said <= last),
                       and_(ClaimMemberRow.said_on.is_(None), printed))))


def status_counts(session: Session) -> dict[str, int]:
    """How many claims (with members) have each status."""
    members = select(ClaimMemberRow.id).where(ClaimMemberRow.claim_id == ClaimRow.id)
    return dict(session.execute(select(ClaimRow.status, func.count()).where(exists(members))
                                .group_by(ClaimRow.status)).all())


def summaries(session: Session, rows: list[ClaimRow]) -> list[ClaimSummary]:
    """The claims of `rows`, each with the latest figure of the series it gives figures for: a fixed
    number of queries for the page, each through an index, whatever the size of the store."""
    ids = [r.id for r in rows]
    series = claim_series(session, ids)
    own = series_newest(session, sorted({s for found in series.values() for s in found}))
    chosen = {claim: best for claim in ids
              if (best := pick_latest([own[s]] for s in series.get(claim, ()) if s in own)) is not None}
    figures = figures_by_id(session, sorted(set(chosen.values())))
    counts = member_counts(session, ids)
    return [ClaimSummary(row.key, row.label, row.status, row.status_text, row.independent_sources, row.documents,
                         counts.get(row.id, 0), row.last_update, figures.get(chosen.get(row.id, -1)))
            for row in rows]


def member_counts(session: Session, claims: list[int]) -> dict[int, int]:
    """claim row id -> its number of statements, in one query."""
    if not claims:
        return {}
    return dict(session.execute(select(ClaimMemberRow.claim_id, func.count()).where(ClaimMemberRow.claim_id.in_(claims))
                                .group_by(ClaimMemberRow.claim_id)).all())


def claim_series(session: Session, claims: list[int]) -> dict[int, list[int]]:
    """claim row id -> ids of the series with a figure given inside one of its statements, in the picture's
    order: through the quantities linked to each claim when it was written (`ClaimQuantityRow`), so a page
    reads its claims' own figures, not every figure of their member documents."""
    if not claims:
        return {}
    stmt = (select(ClaimQuantityRow.claim_id, FigureRow.series_id, SeriesRow.rank).distinct()
            .join(FigureRow, FigureRow.quantity_id == ClaimQuantityRow.quantity_id)
            .join(SeriesRow, SeriesRow.id == FigureRow.series_id)
            .where(ClaimQuantityRow.claim_id.in_(claims)))
    found: dict[int, list[tuple[int, int]]] = {}
    for claim, series, rank in session.execute(stmt):
        found.setdefault(claim, []).append((rank, series))
    return {claim: [s for _, s in sorted(pairs)] for claim, pairs in found.items()}


def series_newest(session: Session, series: list[int]) -> dict[int, tuple[tuple, int]]:
    """series id -> (`when`, figure row id) of its own latest figure (`SeriesRow.newest`), one figure a
    series however many holders it has; a series whose figure went with its document is left out."""
    if not series:
        return {}
    stmt = (select(FigureRow.series_id, FigureRow.id, FigureRow.said_on, DocumentRow.published, FigureRow.document_id)
            .join(SeriesRow, and_(SeriesRow.id == FigureRow.series_id, SeriesRow.newest == FigureRow.position))
            .join(DocumentRow, DocumentRow.id == FigureRow.document_id)
            .where(SeriesRow.id.in_(series)))
    return {s: (when(said, printed.isoformat() if printed else None, str(document)), i)
            for s, i, said, printed, document in session.execute(stmt)}


def figures_by_id(session: Session, ids: list[int]) -> dict[int, Estimate]:
    """figure row id -> the figure as consolidation made it."""
    if not ids:
        return {}
    pairs = session.execute(select(FigureRow, QuantityRow).join(QuantityRow, QuantityRow.id == FigureRow.quantity_id)
                            .where(FigureRow.id.in_(ids))).all()
    documents = _documents(session, (f.document_id for f, _ in pairs))
    return {f.id: estimate_of(f, q, documents) for f, q in pairs}


def claim_view(session: Session, key: str) -> tuple[Claim, tuple[EstimateSeries, ...]] | None:
    """One claim with its statements and the series it gives figures for; None when there is none."""
    row = session.scalars(select(ClaimRow).where(ClaimRow.key == key)).first()
    if row is None:
        return None
    claims = read_claims(session, [row])
    if not claims or not claims[0].statements:
        return None
    ids = claim_series(session, [row.id]).get(row.id, [])
    rows = session.scalars(select(SeriesRow).where(SeriesRow.id.in_(ids)).order_by(SeriesRow.rank)).all()
    series, _ = series_rows(session, rows) if rows else ((), ())
    return claims[0], series


def situation_picture(session: Session, summary: dict[str, Any]) -> Picture:
    """What `situation` reads of the stored picture, and no more: its main series with their figures, the
    key claims, and the claims whose statements give the main series' figures (who denies them). The
    situation of this part is the situation of the whole (the same ranking, on the ones that can rank)."""
    from ..consolidate.estimates import GENERIC_LABELS
    from ..consolidate.situation import KEY_CLAIMS, MAIN_SERIES

    origins, figures = func.count(func.distinct(FigureRow.origin)), func.count(FigureRow.id)
    ranked = session.execute(
        select(FigureRow.series_id).join(SeriesRow, SeriesRow.id == FigureRow.series_id)
        .where(SeriesRow.unit.not_in(sorted(GENERIC_LABELS))).group_by(FigureRow.series_id, SeriesRow.label)
        .order_by(origins.desc(), figures.desc(), SeriesRow.label).limit(MAIN_SERIES)).scalars().all()
    rows = session.scalars(select(SeriesRow).where(SeriesRow.id.in_(ranked)).order_by(SeriesRow.rank)).all()
    series, _ = series_rows(session, rows) if rows else ((), ())
    members = select(ClaimMemberRow.id).where(ClaimMemberRow.claim_id == ClaimRow.id)
    key = session.scalars(select(ClaimRow).where(exists(members)).order_by(
        ClaimRow.independent_sources.desc(), ClaimRow.disputed.desc(), ClaimRow.documents.desc(),
        ClaimRow.members.desc(), ClaimRow.key).limit(KEY_CLAIMS * 2)).all()
    giving = (select(ClaimMemberRow.claim_id).distinct()
              .join(StatementRow, StatementRow.id == ClaimMemberRow.statement_id)
              .join(FigureRow, FigureRow.document_id == ClaimMemberRow.document_id)
              .join(QuantityRow, QuantityRow.id == FigureRow.quantity_id)
              .where(FigureRow.series_id.in_(ranked))
              .where(QuantityRow.span_start >= StatementRow.span_start, QuantityRow.span_start < StatementRow.span_end))
    deniers = session.scalars(select(ClaimRow).where(ClaimRow.id.in_(giving)).where(exists(
        members.where(ClaimMemberRow.amended.is_not(None) | StatementRow.stance.in_(("deny",)))
        .join(StatementRow, StatementRow.id == ClaimMemberRow.statement_id)))).all() if ranked else []
    chosen = list({row.id: row for row in [*key, *deniers]}.values())
    claims = tuple(c for c in read_claims(session, chosen) if c.statements)
    documents = session.scalar(select(func.count()).select_from(OriginRow)) or 0
    return Picture(actors=(), claims=claims, series=series, documents=documents, outlets=tuple(summary["outlets"]),
                   independent_reports=summary["independent_reports"], first_date=summary["first_date"],
                   last_date=summary["last_date"])
