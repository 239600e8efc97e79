"""The same API over both store backends: SQLite and PostgreSQL (via the shared `store_url` fixture)."""
from __future__ import annotations

from fastapi.testclient import TestClient

from claimwatch.api import create_app
from ledger import NORDA, fill


def test_api_reads_the_same_on_each_backend(store_url):
    ids = fill(store_url)
    client = TestClient(create_app(store_url))
    listed = client.get("/api/documents", params={"outlet": "inland post"}).json()["items"]
    assert {d["source_id"] for d in listed} == {"post-1", "post-2"}
    one = client.get(f"/api/documents/{ids['post-1']}").json()
    assert one["statements"][0]["speaker"] == "Norda Lines" and NORDA in one["text"]
    denials = client.get("/api/statements", params={"stance": "deny", "since": "2026-03-05"}).json()["items"]
    assert [s["evidence"] for s in denials] == [NORDA]
    assert [h["document_id"] for h in client.get("/api/search", params={"q": "Alsen"}).json()["items"]] == [ids["post-2"]]
    claims = client.get("/api/claims").json()["items"]
    assert any("closed to cargo" in c["label"].lower() for c in claims)
    assert client.get("/").status_code == 200
