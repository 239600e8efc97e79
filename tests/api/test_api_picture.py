"""GET /api/actors and /api/claims: the consolidated picture over the store."""
from __future__ import annotations

from ledger import NORDA, OSTER


def test_actors_list_and_filter(client):
    names = [a["name"] for a in client.get("/api/actors").json()["items"]]
    assert names[0] == "Lina Oster"  # most statements first
    assert {"Norda Lines", "Petra Holm"} <= set(names)
    only = client.get("/api/actors", params={"name": "holm"}).json()["items"]
    assert [a["name"] for a in only] == ["Petra Holm"]


def test_one_actor_with_everything_it_said(client):
    actor_id = client.get("/api/actors", params={"name": "oster"}).json()["items"][0]["id"]
    body = client.get(f"/api/actors/{actor_id}").json()
    sentences = [s["citation"]["sentence"] for s in body["said"]]
    assert OSTER in sentences and len(sentences) == 2
    assert all(s["stance"] == "assert" and s["claim_id"] for s in body["said"])


def test_unknown_actor_is_404(client):
    response = client.get("/api/actors/nobody-at-all")
    assert response.status_code == 404 and "nobody-at-all" in response.json()["error"]["message"]


def _claim_with(client, words: str) -> dict:
    return next(c for c in client.get("/api/claims").json()["items"] if words in c["label"].lower())


def test_claims_have_status_sources_and_update(client):
    items = client.get("/api/claims").json()["items"]
    assert {c["status"] for c in items} <= {"confirmed", "single-source", "disputed", "denied", "unconfirmed"}
    closure = _claim_with(client, "closed to cargo")
    assert closure["status"] in ("disputed", "denied")
    assert closure["last_update"] == "2026-03-05"


def test_claims_in_either_order(client):
    key_first = client.get("/api/claims").json()["items"]
    latest_first = client.get("/api/claims", params={"order": "updated"}).json()["items"]
    updates = [c["last_update"] for c in latest_first]
    assert updates == sorted(updates, reverse=True)
    sources = [c["independent_sources"] for c in key_first]
    assert sources == sorted(sources, reverse=True)
    assert client.get("/api/claims", params={"order": "random"}).status_code == 422


def test_claims_filter_by_status(client):
    for status in ("disputed", "single-source"):
        items = client.get("/api/claims", params={"status": status}).json()["items"]
        assert items and all(c["status"] == status for c in items)
    assert client.get("/api/claims", params={"status": "rumour"}).status_code == 422


def test_claims_filter_by_actor_outlet_and_dates(client):
    by_norda = client.get("/api/claims", params={"actor": "norda-lines"}).json()["items"]
    assert [c["label"] for c in by_norda] == [_claim_with(client, "closed to cargo")["label"]]
    by_outlet = client.get("/api/claims", params={"outlet": "bay herald"}).json()["items"]
    assert by_outlet and all("Alsen" not in c["label"] for c in by_outlet)
    early = client.get("/api/claims", params={"until": "2026-03-01"}).json()["items"]
    assert [c["label"] for c in early] == ["The new bridge in Alsen would open in May"]
    assert client.get("/api/claims", params={"actor": "nobody"}).json()["items"] == []
    assert client.get("/api/claims", params={"since": "2026-04-01", "until": "2026-03-01"}).status_code == 400


def test_claim_has_timeline_statements_and_series(client):
    closure = client.get(f"/api/claims/{_claim_with(client, 'closed to cargo')['id']}").json()
    kinds = [t["kind"] for t in closure["timeline"]]
    assert kinds[0] == "first" and closure["timeline"][0]["speaker"] == "Lina Oster"
    assert NORDA in [s["citation"]["sentence"] for s in closure["statements"]]
    vessels = client.get(f"/api/claims/{_claim_with(client, 'vessels')['id']}").json()
    figures = sorted(e["value"] for s in vessels["series"] for e in s["estimates"])
    assert figures == [40, 55]
    assert vessels["latest_estimate"]["value"] == 55


def test_unknown_claim_is_404(client):
    assert client.get("/api/claims/c999").status_code == 404


def test_picture_follows_the_store_when_another_writer_changes_it(tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from claimwatch.api import create_app, service
    from claimwatch.store import Store
    from ledger import articles

    monkeypatch.setattr(service, "FINGERPRINT_SECONDS", 0.0)
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    pairs = articles()
    with Store(url) as store:
        store.add_many(pairs[:1])
    client = TestClient(create_app(url))
    before = {c["label"] for c in client.get("/api/claims").json()["items"]}
    with Store(url) as other_writer:
        other_writer.add_many(pairs[3:])
    after = {c["label"] for c in client.get("/api/claims").json()["items"]}
    assert after - before == {"The new bridge in Alsen would open in May"}
