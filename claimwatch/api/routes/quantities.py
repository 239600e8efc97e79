"""/api/quantities: the figures read from documents, filtered and paged."""
from __future__ import annotations

from fastapi import APIRouter

from ..schemas import PageOut, QuantityOut
from .common import ERRORS, DatesDep, PagingDep, ServiceDep, Text

router = APIRouter(tags=["quantities"])


@router.get("/quantities", response_model=PageOut[QuantityOut], responses=ERRORS)
def list_quantities(service: ServiceDep, paging: PagingDep, dates: DatesDep, unit: Text = None,
                    holder: Text = None, outlet: Text = None):
    """Quantities, newest document first; `unit`, `holder` and `outlet` match any part, any case."""
    found = service.quantities(unit=unit, holder=holder, outlet=outlet, since=dates.since, until=dates.until,
                               page=paging.page, size=paging.size)
    return PageOut[QuantityOut](items=[QuantityOut.from_record(q) for q in found.items],
                                page=found.page, size=found.size, has_next=found.has_next)
