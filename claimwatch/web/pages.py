"""The dashboard: server-rendered pages over the same service as the API.

Jinja2 with autoescaping on, so every string from a document is shown as text.
The only script is /static/app.js; the pages work without it.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, File, Form, Path as PathParam, Query, Request, UploadFile
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from ..api.security import WriteRefused
from ..consolidate.records import EstimateSeries
from ..consolidate.estimates import say_figure
from ..api.service import Service, last_update, latest_estimate, new_source_id
from ..models import Document, Rejected
from .chart import ChartPoint, estimate_chart
from .highlight import Mark, highlight

HERE = Path(__file__).resolve().parent
STATUS_TITLES = {"confirmed": "confirmed", "single-source": "single source", "disputed": "disputed",
                 "denied": "denied", "unconfirmed": "unconfirmed"}
STANCE_TITLES = {"assert": "asserts", "deny": "denies", "not_deny": "does not deny", "decline": "declines"}
MAX_UPLOAD_BYTES = 4 * 1024 * 1024

environment = Environment(loader=FileSystemLoader(HERE / "templates"),
                          autoescape=select_autoescape(["html", "xml"], default=True),
                          trim_blocks=True, lstrip_blocks=True)
templates = Jinja2Templates(env=environment)
router = APIRouter(include_in_schema=False)


def _status_badge(status: str, sources: int = 0) -> Markup:
    text = f"confirmed by {sources} independent sources" if status == "confirmed" else \
        STATUS_TITLES.get(status, status)
    return Markup('<span class="badge status-{0}">{1}</span>').format(status, text)


def _stance(stance: str) -> Markup:
    return Markup('<span class="stance stance-{0}">{1}</span>').format(stance, STANCE_TITLES.get(stance, stance))


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _figure(value: float | None, low: float | None, high: float | None, approx: bool = False) -> str:
    return say_figure(value, low, high, approx)


def _snippet(text: str) -> Markup:
    """A search snippet, escaped, with the store's [match] markers as <mark>."""
    return Markup(_MATCH.sub(r"<mark>\1</mark>", str(escape(text))))


def _web_url(url: str | None) -> str | None:
    """Only http(s) links from documents are shown as links: no javascript: or data: URLs."""
    if url and urlsplit(url).scheme.lower() in ("http", "https"):
        return url
    return None


_MATCH = re.compile(r"\[([^\[\]<>]*)\]")  # balanced pairs only, so no tag is left open


def _lag(days: int | None) -> str:
    if days is None:
        return ""
    return "same day" if days == 0 else f"+{days} day{'s' if days != 1 else ''}"


environment.filters.update(status_badge=_status_badge, stance=_stance, number=_number, lag=_lag,
                           snippet=_snippet)
environment.globals.update(figure=_figure, web_url=_web_url, last_update=last_update, latest_estimate=latest_estimate)


def _service(request: Request) -> Service:
    return request.app.state.service


def _page(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    policy = request.app.state.policy
    context.setdefault("nav", "")
    return templates.TemplateResponse(request, template, {"writes": policy.enabled, **context},
                                      status_code=status_code)


def render_error(request: Request, status: int, message: str) -> HTMLResponse:
    return _page(request, "error.html", status_code=status, status=status, message=message)


@router.get("/", response_class=HTMLResponse)
def claims_board(request: Request, status: Annotated[str | None, Query(max_length=30)] = None,
                 order: Annotated[str, Query(pattern="^(sources|updated)$")] = "sources",
                 page: Annotated[int, Query(ge=1, le=100_000)] = 1):
    """The situation, then one page of claims (BOARD_PAGE), read by SQL from the stored picture."""
    service = _service(request)
    shown = service.claims_page(status=status, order=order, page=page, size=BOARD_PAGE)
    picture, now = service.situation()
    return _page(request, "claims.html", nav="claims", claims=shown.items, page=shown, counts=service.claim_counts(),
                 status=status, picture=picture, situation=now, statuses=STATUS_TITLES, order=order)


BOARD_PAGE = 50  # claims per page of the board


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim_page(request: Request, claim_id: str):
    view = _service(request).claim(claim_id)
    charts = [(series, _chart(series, n)) for n, series in enumerate(view.series)]
    return _page(request, "claim.html", nav="claims", view=view, claim=view.claim, charts=charts)


def _chart(series: EstimateSeries, number: int) -> Markup:
    points = [ChartPoint(holder=e.holder, day=e.said_on or e.citation.published, value=e.value, low=e.low,
                         high=e.high, href=f"#e-{number}-{k}",
                         label=f"{e.holder}: {_figure(e.value, e.low, e.high, e.approx)} {e.unit}")
              for k, e in enumerate(series.estimates)]
    return estimate_chart(points, series.unit)


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, name: Annotated[str | None, Query(max_length=200)] = None):
    return _page(request, "actors.html", nav="actors", actors=_service(request).actors(name=name), name=name)


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(request: Request, actor_id: str):
    actor, said = _service(request).actor(actor_id)
    return _page(request, "actor.html", nav="actors", actor=actor, said=said)


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, outlet: Annotated[str | None, Query(max_length=200)] = None,
                   since: date | None = None, until: date | None = None,
                   page: Annotated[int, Query(ge=1, le=100_000)] = 1):
    found = _service(request).documents(outlet=outlet, since=since, until=until, page=page, size=25)
    query = {k: v for k, v in {"outlet": outlet, "since": since, "until": until}.items() if v}
    return _page(request, "documents.html", nav="documents", found=found, outlet=outlet, since=since,
                 until=until, next_url=f"?{urlencode({**query, 'page': page + 1})}" if found.has_next else None,
                 prev_url=f"?{urlencode({**query, 'page': page - 1})}" if page > 1 else None)


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document_page(request: Request, document_id: Annotated[int, PathParam(ge=1, le=2**63 - 1)]):
    service = _service(request)
    view = service.document(document_id)
    actors = service.actors_by_document(document_id)
    claims = service.claims_of_document(document_id)
    text = view.document.text
    marks = []
    for n, s in enumerate(view.extraction.statements):
        actor = actors.get(s.span)
        marks.append(Mark(s.span[0], s.span[1], "statement", f"s-{n}",
                          title=f"{s.speaker}: {STANCE_TITLES.get(s.stance, s.stance)}"
                                + (f", {s.said_on}" if s.said_on else ""),
                          href=f"/actors/{actor}" if actor else None))
    for n, q in enumerate(view.extraction.quantities):
        marks.append(Mark(q.span[0], q.span[1], "quantity", f"q-{n}",
                          title=f"{_figure(q.value, q.low, q.high, q.approx)} {q.unit or ''}"
                                + (f" (from {q.holder})" if q.holder else "")))
    for n, t in enumerate(view.extraction.times):
        marks.append(Mark(t.span[0], t.span[1], "time", f"t-{n}", title=t.value or "unresolved"))
    return _page(request, "document.html", nav="documents", view=view, body=highlight(text, marks),
                 actors=actors, claims=claims, text=text)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: Annotated[str, Query(max_length=500)] = "",
                page: Annotated[int, Query(ge=1, le=100_000)] = 1):
    service = _service(request)
    found = service.search(q, page=page, size=20) if q.strip() else None
    statements = service.statements(speaker=q.strip(), size=10) if q.strip() and page == 1 else None
    actors = service.actors(name=q.strip())[:10] if q.strip() and page == 1 else []
    return _page(request, "search.html", nav="search", q=q, found=found, statements=statements, actors=actors,
                 next_url=f"?{urlencode({'q': q, 'page': page + 1})}" if found and found.has_next else None)


@router.get("/ingest", response_class=HTMLResponse)
def ingest_form(request: Request):
    return _page(request, "ingest.html", nav="ingest", needs_token=request.app.state.policy.token is not None)


@router.post("/ingest", response_class=HTMLResponse)
async def ingest_submit(request: Request,
                        text: Annotated[str, Form(max_length=1_000_000)] = "",
                        title: Annotated[str, Form(max_length=1000)] = "",
                        outlet: Annotated[str, Form(max_length=300)] = "",
                        url: Annotated[str, Form(max_length=2000)] = "",
                        published: Annotated[str, Form(max_length=10)] = "",
                        token: Annotated[str, Form(max_length=500)] = "",
                        upload: Annotated[UploadFile | None, File()] = None):
    policy = request.app.state.policy
    needs_token = policy.token is not None
    form = {"text": text, "title": title, "outlet": outlet, "url": url, "published": published}
    try:
        _same_origin(request)
        policy.check_form(token, host=request.headers.get("host", ""))
    except WriteRefused as exc:
        return _page(request, "ingest.html", status_code=exc.status, nav="ingest", error=exc.message,
                     needs_token=needs_token, form=form)
    try:
        day = date.fromisoformat(published) if published.strip() else None
    except ValueError:
        return _page(request, "ingest.html", status_code=400, nav="ingest", needs_token=needs_token, form=form,
                     error=f"{published!r} is not a date in YYYY-MM-DD form")
    documents, rejected = await _posted_documents(text, title, outlet, url, day, upload)
    if not documents:
        reason = "; ".join(str(r) for r in rejected) or "paste a text or choose a file"
        return _page(request, "ingest.html", status_code=400, nav="ingest", needs_token=needs_token, form=form,
                     error=f"nothing to add: {reason}")
    from starlette.concurrency import run_in_threadpool

    done = await run_in_threadpool(_service(request).ingest, documents)
    return _page(request, "ingest.html", nav="ingest", needs_token=needs_token, done=done, rejected=rejected)


async def _posted_documents(text: str, title: str, outlet: str, url: str, day: date | None,
                            upload: UploadFile | None) -> tuple[list[Document], list[Rejected]]:
    from ..ingest import READERS

    documents: list[Document] = []
    rejected: list[Rejected] = []
    if text.strip():
        documents.append(Document(id=new_source_id(text), text=text, published=day, url=url or None,
                                  outlet=outlet or None, title=title or None, origin="form"))
    if upload is not None and upload.filename:
        data = await upload.read(MAX_UPLOAD_BYTES + 1)
        name = Path(upload.filename).name
        if len(data) > MAX_UPLOAD_BYTES:
            rejected.append(Rejected(name, f"file larger than {MAX_UPLOAD_BYTES // 1024 // 1024} MB"))
        else:
            reader = READERS.get(Path(name).suffix.lower())
            if reader is None:
                rejected.append(Rejected(name, "not a .txt, .html or .jsonl file"))
            else:
                for item in reader(data, name, doc_id=Path(name).stem, published=day, outlet=outlet or None,
                                   url=url or None):
                    if isinstance(item, Rejected):
                        rejected.append(item)
                    elif title and not item.title:
                        documents.append(Document(**{**item.__dict__, "title": title}))
                    else:
                        documents.append(item)
    return documents, rejected


def _same_origin(request: Request) -> None:
    """Refuse a form posted from another site (the browser names it in Origin)."""
    origin = request.headers.get("origin")
    if origin and origin != "null" and urlsplit(origin).netloc != request.headers.get("host"):
        raise WriteRefused(403, "this form was sent from another site")

