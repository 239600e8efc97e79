"""The dashboard pages, read as HTML: what a person sees, and that document text stays text."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from claimwatch.api import create_app

from ledger import MINISTRY, NORDA, OSTER, SCRIPT


def _claim_link(client, words: str) -> str:
    page = client.get("/").text
    before = page[:page.index(words)]
    return before[before.rindex('href="') + 6:].split('"')[0]


def _api(client, path: str, **params) -> dict:
    return client.get(path, params=params, headers={"accept": "application/json"}).json()


def test_claims_board_shows_every_claim_with_its_status(client):
    page = client.get("/").text
    for claim in _api(client, "/api/claims")["items"]:
        item = page[page.index(f'id="claim-{claim["id"]}"'):]
        item = item[:item.index("</li>")]
        assert claim["label"] in item and f'class="badge status-{claim["status"]}"' in item
        assert f"last update: {claim['last_update']}" in item
    assert "latest estimate: <strong>55 vessels</strong> (Transport Ministry, 2026-03-04)" in page


def test_status_badges_say_how_many_sources_confirm():
    from claimwatch.web.pages import _status_badge

    assert str(_status_badge("confirmed", 3)) == \
        '<span class="badge status-confirmed">confirmed by 3 independent sources</span>'
    assert str(_status_badge("single-source", 1)) == '<span class="badge status-single-source">single source</span>'


def test_claims_board_filters_by_status(client):
    page = client.get("/", params={"status": "single-source"}).text
    assert "Alsen" in page and "closed to cargo ships" not in page


def test_claim_page_has_timeline_chart_and_sentences(client):
    closure = next(c for c in _api(client, "/api/claims")["items"] if "closed to cargo" in c["label"])
    detail = _api(client, f"/api/claims/{closure['id']}")
    page = client.get(_claim_link(client, "closed to cargo ships")).text
    for step in detail["timeline"]:
        assert step["citation"]["sentence"] in page
        assert ("first report" if step["kind"] == "first" else f"+{step['lag_days']} day") in page
    assert OSTER in page and NORDA in page and "denies" in page
    assert ("<svg" in page) == bool(detail["series"])
    if detail["series"]:
        assert MINISTRY in page  # the sentence behind the 55


def test_actor_page_lists_what_was_said(client):
    page = client.get("/actors").text
    link = page[page.index('href="/actors/', page.index("<tbody>")):].split('"')[1]
    assert link == "/actors/lina-oster"
    actor = client.get(link).text
    assert OSTER in actor and "asserts" in actor and "2026-03-02" in actor


def test_document_page_highlights_and_escapes(client, ids):
    page = client.get(f"/documents/{ids['post-1']}").text
    assert SCRIPT not in page
    assert "&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;" in page
    assert 'class="hl hl-statement"' in page and 'href="/actors/norda-lines"' in page
    herald = client.get(f"/documents/{ids['herald-1']}").text
    assert '<mark class="hl hl-quantity" id="q-0" title="55 vessels (from The Transport Ministry)">55</mark>' in herald
    assert 'class="hl hl-time" id="t-0"' in herald


def test_documents_list_filters_and_pages(client):
    page = client.get("/documents", params={"outlet": "Bay"}).text
    assert "Ministry confirms closure" in page and "Alsen bridge" not in page
    assert client.get("/documents", params={"since": "someday"}).status_code == 422


def test_search_page_finds_documents_and_speakers(client):
    page = client.get("/search", params={"q": "Oster"}).text
    assert "Corvane port closed" in page and "/actors/lina-oster" in page
    assert "No document contains" in client.get("/search", params={"q": "submarine"}).text


def test_missing_pages_are_html_errors(client):
    response = client.get("/claims/c999")
    assert response.status_code == 404 and "no claim with id" in response.text and "<html" in response.text
    assert client.get("/documents/999").status_code == 404


def test_static_files_are_local(client):
    page = client.get("/").text
    assert "http://" not in page.split("<main>")[0] and "https://" not in page.split("<main>")[0]
    assert client.get("/static/style.css").status_code == 200
    assert client.get("/static/app.js").status_code == 200


def test_ingest_page_asks_for_the_token_only_when_set(ledger):
    open_page = TestClient(create_app(ledger[0])).get("/ingest").text
    assert 'name="token"' not in open_page
    guarded = TestClient(create_app(ledger[0], token="tok")).get("/ingest").text
    assert 'name="token"' in guarded
    closed = TestClient(create_app(ledger[0], writes=False)).get("/ingest").text
    assert "Writing is disabled" in closed and "disabled>" in closed


def test_ingest_form_refuses_wrong_token_and_other_sites(ledger):
    client = TestClient(create_app(ledger[0], token="tok"))
    wrong = client.post("/ingest", data={"text": "Someone said something.", "token": "nope"})
    assert wrong.status_code == 403 and "not the server" in wrong.text
    assert "Someone said something." in wrong.text  # the pasted text is kept for another try
    foreign = client.post("/ingest", data={"text": "x", "token": "tok"}, headers={"origin": "https://evil.example"})
    assert foreign.status_code == 403 and "another site" in foreign.text


def test_ingest_form_checks_its_fields(fresh_client):
    assert fresh_client.post("/ingest", data={"text": "  "}).status_code == 400
    bad_day = fresh_client.post("/ingest", data={"text": "Words.", "published": "03/04/2026"})
    assert bad_day.status_code == 400 and "YYYY-MM-DD" in bad_day.text
    odd_file = fresh_client.post("/ingest", files={"upload": ("notes.pdf", b"%PDF", "application/pdf")})
    assert odd_file.status_code == 400 and "notes.pdf" in odd_file.text


@pytest.fixture
def fresh_client(tmp_path) -> TestClient:
    return TestClient(create_app(f"sqlite:///{tmp_path / 'fresh.db'}"), base_url="http://127.0.0.1:8000")


def test_pasted_and_uploaded_articles_are_stored(fresh_client, nlp):
    text = "Fire chief Omar Reyes said on Friday that 12 homes had burned near Talvik."
    page = fresh_client.post("/ingest", data={"text": text, "title": "Talvik fire", "outlet": "Ridge Daily",
                                              "published": "2026-06-05"})
    assert page.status_code == 200 and "stored" in page.text
    upload = fresh_client.post("/ingest", files={"upload": ("fire.txt", text.encode() + b" More later.", "text/plain")},
                               data={"published": "2026-06-06"})
    assert upload.status_code == 200 and "fire" in upload.text
    listed = fresh_client.get("/documents").text
    assert "Talvik fire" in listed and "fire" in listed


def test_uploaded_jsonl_adds_each_line_and_names_bad_ones(tmp_path):
    from fakes import fake_extractor

    from claimwatch.api.service import Service

    client = TestClient(create_app(service=Service(f"sqlite:///{tmp_path / 'up.db'}", extractor=fake_extractor)),
                        base_url="http://127.0.0.1:8000")
    lines = b'{"id": "a", "text": "Lena said 30 boats left.", "published": "2026-05-01"}\n' \
            b'{"id": "b"}\n' \
            b'{"id": "c", "text": "Omar denied it.", "title": "Denial"}\n'
    page = client.post("/ingest", files={"upload": ("batch.jsonl", lines, "application/json")})
    assert page.status_code == 200
    assert ">a</a>: stored" in page.text and ">c</a>: stored" in page.text
    assert "batch.jsonl:2" in page.text  # the bad line, named by file and line
    assert "Denial" in client.get("/documents").text
