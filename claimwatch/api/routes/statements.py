"""/api/statements: who asserted, denied, did not deny or declined, filtered and paged."""
from __future__ import annotations

from fastapi import APIRouter

from ..schemas import PageOut, StanceName, StatementOut
from .common import ERRORS, DatesDep, PagingDep, ServiceDep, Text

router = APIRouter(tags=["statements"])


@router.get("/statements", response_model=PageOut[StatementOut], responses=ERRORS)
def list_statements(service: ServiceDep, paging: PagingDep, dates: DatesDep, speaker: Text = None,
                    stance: StanceName | None = None, outlet: Text = None):
    """Statements, newest first. Dates filter on the day it was said, else the publication day;
    `speaker` and `outlet` match any part of the name, any case."""
    found = service.statements(speaker=speaker, stance=stance, since=dates.since, until=dates.until,
                               outlet=outlet, page=paging.page, size=paging.size)
    return PageOut[StatementOut](items=[StatementOut.from_record(s) for s in found.items],
                                 page=found.page, size=found.size, has_next=found.has_next)
