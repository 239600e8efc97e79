"""Who may write, and how much may be sent: the server's guard rails.

Reading is open. Writing (POST /api/documents, the paste page) needs the token
when one is set (Bearer header for the API, a form field for the page), and is
switched off entirely on a non-loopback address without a token, so a server
exposed by mistake cannot be filled by anyone.
"""
from __future__ import annotations

import hmac
import ipaddress
from dataclasses import dataclass

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY_BYTES = 5 * 1024 * 1024


class WriteRefused(Exception):
    """A write was asked for and is not allowed; `status` is 401 or 403."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and localhost: addresses only this machine reaches."""
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class WritePolicy:
    """Whether writes are on, and the token they need (None: no token asked)."""

    token: str | None = None
    enabled: bool = True

    @classmethod
    def for_host(cls, host: str, token: str | None) -> "WritePolicy":
        """Writes are off on a non-loopback address unless a token protects them."""
        return cls(token=token or None, enabled=bool(token) or is_loopback(host))

    @property
    def why_disabled(self) -> str:
        return ("writing is disabled: the server listens on a non-loopback address without "
                "CLAIMWATCH_TOKEN; set a token to allow it")

    def check_bearer(self, authorization: str | None, host: str | None = None) -> None:
        """Raise WriteRefused unless the Authorization header carries the token.

        `host` is the request's Host header: without a token, writes are taken only when it
        names a loopback address, so a web page whose name was made to resolve to 127.0.0.1
        (DNS rebinding) cannot write through the visitor's browser.
        """
        self._check_enabled()
        if self.token is None:
            self._check_host(host)
            return
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not given:
            raise WriteRefused(401, "this server needs a token to write: send 'Authorization: Bearer TOKEN'")
        if not hmac.compare_digest(given.strip().encode(), self.token.encode()):
            raise WriteRefused(403, "the token given is not the server's CLAIMWATCH_TOKEN")

    def check_form(self, given: str | None, host: str | None = None) -> None:
        """Raise WriteRefused unless the form's token field matches (see check_bearer for `host`)."""
        self._check_enabled()
        if self.token is None:
            self._check_host(host)
            return
        if not given:
            raise WriteRefused(401, "this server needs a token to write: fill in the token field")
        if not hmac.compare_digest(given.strip().encode(), self.token.encode()):
            raise WriteRefused(403, "the token given is not the server's CLAIMWATCH_TOKEN")

    @staticmethod
    def _check_host(host: str | None) -> None:
        if host is None:
            return  # not over HTTP (a direct call): nothing to check
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if not is_loopback(name):
            raise WriteRefused(403, f"without CLAIMWATCH_TOKEN, writes are taken only on a loopback address, "
                                    f"not via {host!r}")

    def _check_enabled(self) -> None:
        if not self.enabled:
            raise WriteRefused(403, self.why_disabled)


class BodyLimit:
    """ASGI middleware refusing request bodies over `limit` bytes with a JSON 413.

    Checks Content-Length up front and counts streamed bytes too, so a chunked
    upload cannot slip past the declared size.
    """

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await self._refuse(send)
            return
        received = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise BodyTooLarge(self.limit)
            return message

        async def tracked_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted_receive, tracked_send)
        except BodyTooLarge:
            if not started:
                await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        body = (b'{"error":{"status":413,"message":"request body too large: the limit is '
                + str(self.limit).encode() + b' bytes"}}')
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


class BodyTooLarge(HTTPException):
    """Raised while streaming a body past the limit; an HTTPException so the framework
    reports it as 413 rather than as a parse error."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body too large: the limit is {limit} bytes")


SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
# Pages load nothing from elsewhere and run no inline script.
PAGE_CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
