"""POST /api/documents: one or many documents in, duplicates recognised, writes guarded."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from claimwatch.api import create_app

ARTICLE = {"id": "gazette-7", "published": "2026-04-02", "outlet": "Valley Gazette", "title": "Dam inspection",
           "url": "https://news.example/gazette-7",
           "text": "The regional water authority said on Tuesday that about 300 people had left the valley."}


def local(app) -> TestClient:
    """A client that reaches the server by its loopback address, as a local user does."""
    return TestClient(app, base_url="http://127.0.0.1:8000")


@pytest.fixture(scope="module")
def nlp_loaded(nlp):
    """POSTed texts are read with the spaCy pipeline; load it once for the module."""
    return nlp


def test_post_one_document_reads_and_stores_it(fresh_url, nlp_loaded):
    client = local(create_app(fresh_url))
    response = client.post("/api/documents", json=ARTICLE)
    assert response.status_code == 201
    item = response.json()["items"][0]
    assert item["id"] == "gazette-7" and item["status"] == "stored"
    assert item["statements"] >= 1 and item["quantities"] >= 1
    stored = client.get(f"/api/documents/{item['document_id']}").json()
    assert stored["outlet"] == "Valley Gazette" and stored["published"] == "2026-04-02"
    assert client.get("/api/statements", params={"speaker": "water authority"}).json()["items"]


def test_post_batch_reports_duplicates(fresh_url, nlp_loaded):
    client = local(create_app(fresh_url))
    other = {"text": "Officials declined to comment on the evacuation.", "published": "2026-04-03"}
    body = client.post("/api/documents", json=[ARTICLE, other, ARTICLE]).json()
    assert [i["status"] for i in body["items"]] == ["stored", "stored", "duplicate"]
    assert body["stored"] == 2 and body["duplicates"] == 1
    assert body["items"][1]["id"].startswith("posted-")  # no id given: one derived from the text
    assert body["items"][2]["document_id"] == body["items"][0]["document_id"]


@pytest.mark.parametrize("payload, words", [
    ({"published": "2026-04-02"}, "'text': Field required"),
    ({"text": "   "}, "text is empty"),
    ({"text": "Some words.", "published": "yesterday"}, "'published'"),
    ("not a document", "body"),
])
def test_bad_documents_are_refused_with_reasons(fresh_url, payload, words):
    response = local(create_app(fresh_url)).post("/api/documents", json=payload)
    assert response.status_code == 422
    assert words in response.json()["error"]["message"]


def test_broken_json_and_empty_batch(fresh_url):
    client = local(create_app(fresh_url))
    response = client.post("/api/documents", content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 422 and response.json()["error"]["message"]
    response = client.post("/api/documents", json=[])
    assert response.status_code == 400 and "empty" in response.json()["error"]["message"]


def test_batch_size_is_bounded(fresh_url):
    response = local(create_app(fresh_url)).post("/api/documents", json=[{"text": "x"}] * 201)
    assert response.status_code == 400 and "at most 200" in response.json()["error"]["message"]


def test_token_is_needed_when_set(fresh_url, nlp_loaded):
    client = local(create_app(fresh_url, token="s3cret"))
    missing = client.post("/api/documents", json=ARTICLE)
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    wrong = client.post("/api/documents", json=ARTICLE, headers={"Authorization": "Bearer guess"})
    assert wrong.status_code == 403
    right = client.post("/api/documents", json=ARTICLE, headers={"Authorization": "Bearer s3cret"})
    assert right.status_code == 201


def test_without_a_token_writes_come_only_through_a_loopback_name(fresh_url):
    rebound = TestClient(create_app(fresh_url), base_url="http://attacker.example:8000")
    response = rebound.post("/api/documents", json=ARTICLE)
    assert response.status_code == 403 and "loopback" in response.json()["error"]["message"]
    for base in ("http://localhost:8000", "http://[::1]:8000"):
        assert TestClient(create_app(fresh_url), base_url=base).post("/api/documents", json=[]).status_code == 400


def test_writes_can_be_switched_off(fresh_url):
    response = local(create_app(fresh_url, writes=False)).post("/api/documents", json=ARTICLE)
    assert response.status_code == 403 and "disabled" in response.json()["error"]["message"]
    assert local(create_app(fresh_url, writes=False)).get("/api/documents").status_code == 200


def test_large_bodies_are_refused(fresh_url):
    client = local(create_app(fresh_url, max_body=1000))
    response = client.post("/api/documents", json={"text": "word " * 500})
    assert response.status_code == 413 and "1000 bytes" in response.json()["error"]["message"]


def test_reading_stays_open_with_a_token(client):
    assert client.get("/api/claims").status_code == 200
