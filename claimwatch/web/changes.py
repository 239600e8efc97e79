"""The "What changed" page and its Atom feed: the stored changes, shown; nothing computed here.

"Since my last visit" is a cookie holding the id of the latest change the page showed,
so each visit lists exactly what was taken in after the previous one.
"""
from __future__ import annotations

from datetime import date, datetime, time, timezone
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from ..api.service import Service
from .pages import _page, environment

router = APIRouter(include_in_schema=False)
SEEN_COOKIE = "claimwatch_seen"
PAGE_LIMIT = 500  # changes on one page
FEED_LIMIT = 100  # entries in the Atom feed
KIND_TITLES = {"new_claim": "new claim", "new_figure": "new figure", "denial": "denial",
               "non_denial": "non-denial", "status_change": "status change", "contradiction": "contradiction"}


def _service(request: Request) -> Service:
    return request.app.state.service


@router.get("/changes", response_class=HTMLResponse)
def changes_page(request: Request, since: date | None = None,
                 latest: Annotated[bool, Query(description="The latest changes, whatever was seen")] = False):
    service = _service(request)
    seen = _seen(request)
    if since is not None:
        found, mode = service.changes(since=datetime.combine(since, time()), limit=PAGE_LIMIT), "since"
    elif seen is not None and not latest:
        found, mode = service.changes(after=seen, limit=PAGE_LIMIT), "last-visit"
    else:
        found, mode = service.changes(limit=FEED_LIMIT), "latest"
    top = service.latest_change_id()
    response = _page(request, "changes.html", nav="changes", changes=found, mode=mode, since=since,
                     kinds=KIND_TITLES, limit=PAGE_LIMIT)
    response.set_cookie(SEEN_COOKIE, str(max(top, seen or 0)), max_age=400 * 86400, httponly=True, samesite="lax")
    return response


@router.get("/changes.atom")
def changes_feed(request: Request):
    """The latest changes as an Atom feed, for any feed reader."""
    found = _service(request).changes(limit=FEED_LIMIT)
    base = str(request.base_url).rstrip("/")
    updated = found[0].at if found else datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
    body = environment.get_template("changes.atom").render(changes=found, base=base, updated=_atom_time(updated),
                                                           atom_time=_atom_time, kinds=KIND_TITLES)
    return Response(body, media_type="application/atom+xml; charset=utf-8")


def _seen(request: Request) -> int | None:
    value = request.cookies.get(SEEN_COOKIE, "")
    return int(value) if value.isdigit() else None


def _atom_time(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat() + "Z"  # the store keeps naive UTC
