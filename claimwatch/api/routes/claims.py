"""/api/claims: propositions with status, timeline and estimate series."""
from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Path

from ..schemas import ClaimOut, ClaimSummaryOut, PageOut, StatusName
from .common import ERRORS, NOT_FOUND, DatesDep, PagingDep, ServiceDep, Text

router = APIRouter(tags=["claims"])


@router.get("/claims", response_model=PageOut[ClaimSummaryOut], responses=ERRORS)
def list_claims(service: ServiceDep, paging: PagingDep, dates: DatesDep, status: StatusName | None = None,
                actor: Text = None, outlet: Text = None, order: Literal["sources", "updated"] = "sources"):
    """Claims with status, source count, latest estimate and last update.

    `order=sources` (default): key claims first, most independent sources and disputes on
    top; `order=updated`: most recently updated first.

    `actor` is an actor id (see /api/actors): claims it made a statement about.
    `outlet`: claims printed by an outlet whose name contains it. `since`/`until`:
    claims with a statement said (else printed) in that range.
    """
    found = service.claims_page(status=status, actor=actor, outlet=outlet, since=dates.since, until=dates.until,
                                order=order, page=paging.page, size=paging.size)
    return PageOut[ClaimSummaryOut](items=[ClaimSummaryOut.from_summary(s) for s in found.items],
                                    page=found.page, size=found.size, has_next=found.has_next)


@router.get("/claims/{claim_id}", response_model=ClaimOut, responses={**ERRORS, **NOT_FOUND})
def get_claim(service: ServiceDep, claim_id: str = Path(max_length=300)):
    """One claim: its statements, timeline (with lags), contradictions and estimate series."""
    return ClaimOut.from_view(service.claim(claim_id))
