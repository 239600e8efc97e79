"""The guard rails on their own: loopback detection, the write policy, the body limit."""
from __future__ import annotations

import pytest
from fastapi import FastAPI, Request
from fastapi.testclient import TestClient

from claimwatch.api.security import BodyLimit, WritePolicy, WriteRefused, is_loopback


@pytest.mark.parametrize("host, expected", [
    ("127.0.0.1", True), ("127.8.0.3", True), ("::1", True), ("[::1]", True), ("localhost", True),
    ("0.0.0.0", False), ("192.168.1.20", False), ("::", False), ("example.org", False),
])
def test_loopback_addresses(host, expected):
    assert is_loopback(host) is expected


def test_policy_for_host():
    assert WritePolicy.for_host("127.0.0.1", None).enabled
    assert not WritePolicy.for_host("0.0.0.0", None).enabled
    assert WritePolicy.for_host("0.0.0.0", "tok").enabled


def test_bearer_and_form_checks():
    policy = WritePolicy(token="tok")
    policy.check_bearer("Bearer tok")
    policy.check_form("tok")
    for header, status in ((None, 401), ("Basic tok", 401), ("Bearer nope", 403)):
        with pytest.raises(WriteRefused) as refused:
            policy.check_bearer(header)
        assert refused.value.status == status
    with pytest.raises(WriteRefused):
        policy.check_form("")
    WritePolicy().check_bearer(None, host="127.0.0.1:8000")  # no token, loopback: open
    with pytest.raises(WriteRefused):
        WritePolicy().check_form("", host="rebound.example")
    policy.check_bearer("Bearer tok", host="claims.example.org")  # a token makes any name fine
    with pytest.raises(WriteRefused) as refused:
        WritePolicy(enabled=False).check_bearer("Bearer anything")
    assert refused.value.status == 403


def _echo_app(limit: int) -> TestClient:
    app = FastAPI()

    @app.post("/echo")
    async def echo(request: Request) -> dict:
        return {"bytes": len(await request.body())}

    app.add_middleware(BodyLimit, limit=limit)
    return TestClient(app)


def test_body_limit_by_declared_length():
    client = _echo_app(100)
    assert client.post("/echo", content=b"x" * 100).json() == {"bytes": 100}
    response = client.post("/echo", content=b"x" * 101)
    assert response.status_code == 413 and "100 bytes" in response.json()["error"]["message"]


def test_body_limit_on_streamed_bodies():
    def chunks():
        for _ in range(5):
            yield b"x" * 50

    response = _echo_app(100).post("/echo", content=chunks())
    assert response.status_code == 413
