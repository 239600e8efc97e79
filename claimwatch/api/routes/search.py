"""/api/search: full-text search over the stored documents."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..schemas import PageOut, SearchHitOut
from .common import ERRORS, PagingDep, ServiceDep

router = APIRouter(tags=["search"])


@router.get("/search", response_model=PageOut[SearchHitOut], responses=ERRORS)
def search(service: ServiceDep, paging: PagingDep,
           q: Annotated[str, Query(min_length=1, max_length=500, description='Words; "quoted phrases" as written.')]):
    """Documents containing every word of `q` (stemmed), best match first."""
    found = service.search(q, page=paging.page, size=paging.size)
    return PageOut[SearchHitOut](items=[SearchHitOut.from_record(h) for h in found.items],
                                 page=found.page, size=found.size, has_next=found.has_next)
