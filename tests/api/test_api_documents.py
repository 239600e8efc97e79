"""GET /api/documents, GET /api/documents/{id}: listing, filters, paging, one document with spans."""
from __future__ import annotations

from ledger import MINISTRY, SCRIPT


def test_documents_come_newest_first(client):
    body = client.get("/api/documents").json()
    assert [d["source_id"] for d in body["items"]] == ["post-1", "herald-1", "courier-1", "post-2"]
    assert body["page"] == 1 and body["has_next"] is False
    first = body["items"][0]
    assert first["outlet"] == "Inland Post" and first["statements"] == 1


def test_documents_filter_by_outlet_and_dates(client):
    by_outlet = client.get("/api/documents", params={"outlet": "inland"}).json()["items"]
    assert {d["source_id"] for d in by_outlet} == {"post-1", "post-2"}
    in_march = client.get("/api/documents", params={"since": "2026-03-01", "until": "2026-03-04"}).json()["items"]
    assert {d["source_id"] for d in in_march} == {"courier-1", "herald-1"}


def test_documents_are_paged(client):
    first = client.get("/api/documents", params={"size": 3}).json()
    second = client.get("/api/documents", params={"size": 3, "page": 2}).json()
    assert len(first["items"]) == 3 and first["has_next"] is True
    assert len(second["items"]) == 1 and second["has_next"] is False


def test_page_size_is_bounded(client):
    for size in (0, 101):
        response = client.get("/api/documents", params={"size": size})
        assert response.status_code == 422
        assert "size" in response.json()["error"]["message"]


def test_bad_dates_are_clear_errors(client):
    response = client.get("/api/documents", params={"since": "March 3"})
    assert response.status_code == 422 and "since" in response.json()["error"]["message"]
    response = client.get("/api/documents", params={"since": "2026-03-05", "until": "2026-03-01"})
    assert response.status_code == 400
    assert response.json() == {"error": {"status": 400, "message": "since (2026-03-05) is after until (2026-03-01)"}}


def test_one_document_has_text_records_and_spans(client, ids):
    body = client.get(f"/api/documents/{ids['herald-1']}").json()
    assert body["text"] == MINISTRY and body["title"] == "Ministry confirms closure"
    assert body["statements"][0]["speaker"] == "The Transport Ministry"
    kinds = [(s["kind"], s["text"]) for s in body["spans"]]
    assert ("statement", MINISTRY) in kinds and ("quantity", "55") in kinds and ("time", "Wednesday") in kinds
    for span in body["spans"]:
        assert body["text"][span["start"]:span["end"]] == span["text"]


def test_document_text_comes_back_as_written(client, ids):
    assert SCRIPT in client.get(f"/api/documents/{ids['post-1']}").json()["text"]


def test_missing_document_is_404_and_bad_id_422(client):
    response = client.get("/api/documents/9999")
    assert response.status_code == 404
    assert response.json()["error"]["message"] == "no document with id 9999"
    assert client.get("/api/documents/abc").status_code == 422
    assert client.get(f"/api/documents/{2**70}").status_code == 422
