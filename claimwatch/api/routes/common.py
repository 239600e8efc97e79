"""What every API route shares: the service, paging and date-range parameters, error docs."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Query, Request

from ..schemas import ErrorOut
from ..security import WritePolicy
from ..service import MAX_PAGE_SIZE, Service

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "Bad parameters"},
    422: {"model": ErrorOut, "description": "Parameters or body of the wrong shape"},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut, "description": "No such item"}}


def get_service(request: Request) -> Service:
    return request.app.state.service


def get_policy(request: Request) -> WritePolicy:
    return request.app.state.policy


@dataclass(frozen=True)
class Paging:
    page: int
    size: int


def paging(page: Annotated[int, Query(ge=1, le=100_000, description="Page number, from 1.")] = 1,
           size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Items per page.")] = 20) -> Paging:
    return Paging(page, size)


@dataclass(frozen=True)
class Dates:
    since: date | None
    until: date | None


def dates(since: Annotated[date | None, Query(description="On or after this day (YYYY-MM-DD).")] = None,
          until: Annotated[date | None, Query(description="On or before this day (YYYY-MM-DD).")] = None) -> Dates:
    if since and until and since > until:
        raise HTTPException(400, f"since ({since}) is after until ({until})")
    return Dates(since, until)


ServiceDep = Annotated[Service, Depends(get_service)]
PagingDep = Annotated[Paging, Depends(paging)]
DatesDep = Annotated[Dates, Depends(dates)]
PolicyDep = Annotated[WritePolicy, Depends(get_policy)]
Text = Annotated[str | None, Query(max_length=200)]
