"""GET /api/statements, /api/quantities and /api/search: filters, paging and bad parameters."""
from __future__ import annotations

from ledger import NORDA


def test_statements_filter_by_speaker_stance_and_outlet(client):
    oster = client.get("/api/statements", params={"speaker": "oster"}).json()["items"]
    assert len(oster) == 2 and {s["speaker"] for s in oster} == {"Lina Oster"}
    denials = client.get("/api/statements", params={"stance": "deny"}).json()["items"]
    assert [(s["speaker"], s["evidence"]) for s in denials] == [("Norda Lines", NORDA)]
    herald = client.get("/api/statements", params={"outlet": "Bay Herald"}).json()["items"]
    assert [s["speaker"] for s in herald] == ["The Transport Ministry"]


def test_statements_filter_by_day_said(client):
    items = client.get("/api/statements", params={"since": "2026-03-04", "until": "2026-03-04"}).json()["items"]
    assert [s["speaker"] for s in items] == ["The Transport Ministry"]


def test_statements_page_and_bad_stance(client):
    page = client.get("/api/statements", params={"size": 2}).json()
    assert len(page["items"]) == 2 and page["has_next"] is True
    response = client.get("/api/statements", params={"stance": "maybe"})
    assert response.status_code == 422 and "stance" in response.json()["error"]["message"]


def test_quantities_filter_by_unit_and_holder(client):
    vessels = client.get("/api/quantities", params={"unit": "vessel"}).json()["items"]
    assert sorted(q["value"] for q in vessels) == [40, 55]
    ministry = client.get("/api/quantities", params={"holder": "ministry"}).json()["items"]
    assert [q["text"] for q in ministry] == ["55"]
    assert client.get("/api/quantities", params={"until": "2026-13-01"}).status_code == 422


def test_search_finds_words_in_documents(client, ids):
    hits = client.get("/api/search", params={"q": "bridge Alsen"}).json()["items"]
    assert [h["document_id"] for h in hits] == [ids["post-2"]]
    assert "[" in hits[0]["snippet"]
    assert client.get("/api/search", params={"q": "submarine"}).json()["items"] == []


def test_search_treats_operators_as_words(client):
    response = client.get("/api/search", params={"q": 'port" OR NEAR( *'})
    assert response.status_code == 200


def test_search_needs_words(client):
    response = client.get("/api/search")
    assert response.status_code == 422 and "'q'" in response.json()["error"]["message"]


def test_numbers_json_cannot_hold_go_out_as_null():
    from claimwatch.api.schemas import QuantityRecordOut
    from claimwatch.models import Quantity

    out = QuantityRecordOut.from_record(Quantity(text="1" * 400, span=(0, 400), value=float("inf"), high=float("nan")))
    assert out.value is None and out.high is None
