"""/api/changes: what changed in the picture, newest first."""
from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query

from ..schemas import ChangeOut
from .common import ERRORS, ServiceDep

router = APIRouter(tags=["changes"])


@router.get("/changes", response_model=list[ChangeOut], responses=ERRORS)
def list_changes(service: ServiceDep,
                 since: Annotated[datetime | None, Query(description="Taken in at or after this time (UTC), "
                                                                     "e.g. 2024-10-20 or 2024-10-20T08:00.")] = None,
                 after: Annotated[int | None, Query(ge=0, description="Only changes with a higher id (a reader's "
                                                                      "cursor).")] = None,
                 limit: Annotated[int, Query(ge=1, le=1000)] = 200):
    """New claims, figures, denials and non-denials, status changes and contradictions, newest first."""
    if since is not None and since.tzinfo is not None:
        since = (since - since.utcoffset()).replace(tzinfo=None)  # the store keeps naive UTC
    return [ChangeOut.from_record(c) for c in service.changes(since=since, after=after, limit=limit)]
