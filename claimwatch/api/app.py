"""The web application: REST API under /api, dashboard pages at /, one store behind both.

`create_app` wires the pieces; the routes live in `routes/` (API) and
`claimwatch.web.pages` (dashboard); all data access goes through `service.Service`.
"""
from __future__ import annotations

import logging
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..errors import ClaimwatchError
from .routes import actors, changes, claims, documents, quantities, search, statements
from .security import MAX_BODY_BYTES, PAGE_CSP, SECURITY_HEADERS, BodyLimit, WritePolicy, WriteRefused
from .service import NotFound, Service

STATIC = Path(__file__).resolve().parent.parent / "web" / "static"
API_PREFIX = "/api"

DESCRIPTION = """Who claimed what, when, how sure, with which numbers: the claimwatch ledger over HTTP.

Reading is open. `POST /api/documents` needs `Authorization: Bearer TOKEN` when the
server was started with `CLAIMWATCH_TOKEN`. Errors come back as
`{"error": {"status": 404, "message": "..."}}`.
"""


def create_app(store_url: str | None = None, token: str | None = None, *, writes: bool = True,
               service: Service | None = None, max_body: int = MAX_BODY_BYTES) -> FastAPI:
    """The FastAPI application over the store at `store_url` (default: the local SQLite file).

    Args:
        store_url: SQLAlchemy URL of the store; ignored when `service` is given.
        token: when set, every write needs it.
        writes: False turns writing off unless a token is set (the `serve` command passes
            False on a non-loopback address).
        service: an existing data-access service (tests, several apps over one store).
        max_body: largest request body accepted, in bytes.
    """
    from ..web import changes as change_pages, pages

    app = FastAPI(title="claimwatch", version=__version__, description=DESCRIPTION,
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.service = service or Service(store_url)
    app.state.policy = WritePolicy(token=token or None, enabled=writes or bool(token))

    for module in (documents, statements, quantities, actors, claims, search, changes):
        app.include_router(module.router, prefix=API_PREFIX)
    app.include_router(pages.router)
    app.include_router(change_pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _mount_docs(app)
    _add_error_handlers(app)
    app.add_middleware(BodyLimit, limit=max_body)
    app.add_middleware(SecurityHeaders)
    return app


def _mount_docs(app: FastAPI) -> None:
    """Swagger UI from the swagger-ui-bundle package's files, so /docs works offline."""
    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:  # docs are a convenience; the API works without them
        return
    app.mount("/docs-static", StaticFiles(directory=swagger_ui_path), name="docs-static")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="claimwatch API",
                                   swagger_js_url="/docs-static/swagger-ui-bundle.js",
                                   swagger_css_url="/docs-static/swagger-ui.css",
                                   swagger_favicon_url="/docs-static/favicon-32x32.png")


def wants_json(request: Request) -> bool:
    """API paths always get JSON errors; pages get HTML when the client asks for it."""
    path = request.url.path
    if path.startswith(API_PREFIX + "/") or path == API_PREFIX or path.startswith("/openapi"):
        return True
    return "text/html" not in request.headers.get("accept", "")


def error_response(request: Request, status: int, message: str) -> Response:
    if wants_json(request):
        return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)
    from ..web.pages import render_error

    return render_error(request, status, message)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such page: {request.url.path}"
        if exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        response = error_response(request, exc.status_code, message)
        for name, value in (exc.headers or {}).items():
            response.headers[name] = value
        return response

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 422, describe_validation(exc.errors()))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return error_response(request, 404, str(exc))

    @app.exception_handler(WriteRefused)
    async def refused(request: Request, exc: WriteRefused) -> Response:
        response = error_response(request, exc.status, exc.message)
        if exc.status == 401:
            response.headers["WWW-Authenticate"] = "Bearer"
        return response

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        logging.getLogger("claimwatch.api").exception("unexpected error on %s", request.url.path)
        return error_response(request, 500, "internal error: the server could not answer this request")

    @app.exception_handler(ClaimwatchError)
    async def bad_input(request: Request, exc: ClaimwatchError) -> Response:
        return error_response(request, 400, str(exc))


def describe_validation(errors: list[dict]) -> str:
    """One readable line per problem: where (query 'size', body item 2 'text') and what."""
    lines = []
    for error in errors[:10]:
        location = [str(part) for part in error.get("loc", ())]
        where = location[0] if location else "request"
        rest = " ".join(f"'{p}'" if not p.isdigit() else f"item {p}" for p in location[1:])
        what = error.get("msg", "is not valid")
        lines.append(f"{where} {rest}: {what}".replace("  ", " ").strip())
    if len(errors) > 10:
        lines.append(f"... and {len(errors) - 10} more")
    return "; ".join(lines)


class SecurityHeaders:
    """Adds no-sniff, no-framing and (on pages) a self-only Content-Security-Policy."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        # Swagger UI starts itself with an inline script, so /docs cannot have the strict policy.
        strict = not path.startswith("/docs")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                for name, value in SECURITY_HEADERS.items():
                    if name.lower().encode() not in names:
                        headers.append((name.lower().encode(), value.encode()))
                if strict:
                    headers.append((b"content-security-policy", PAGE_CSP.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)
