"""/api/claims: propositions with status, timeline and estimate series."""
from __future__ import annotations

from fastapi import APIRouter, Path

from ..schemas import ClaimOut, ClaimSummaryOut, PageOut, StatusName
from .common import ERRORS, NOT_FOUND, PagingDep, ServiceDep

router = APIRouter(tags=["claims"])


@router.get("/claims", response_model=PageOut[ClaimSummaryOut], responses=ERRORS)
def list_claims(service: ServiceDep, paging: PagingDep, status: StatusName | None = None):
    """Claims, most recently updated first, with status, source count and latest estimate."""
    views = service.claims(status=status)
    start = (paging.page - 1) * paging.size
    return PageOut[ClaimSummaryOut](items=[ClaimSummaryOut.from_view(v) for v in views[start:start + paging.size]],
                                    page=paging.page, size=paging.size, has_next=len(views) > start + paging.size)


@router.get("/claims/{claim_id}", response_model=ClaimOut, responses={**ERRORS, **NOT_FOUND})
def get_claim(service: ServiceDep, claim_id: str = Path(max_length=300)):
    """One claim: its statements, timeline (with lags), contradictions and estimate series."""
    return ClaimOut.from_view(service.claim(claim_id))
