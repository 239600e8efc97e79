"""The "What changed" page, its Atom feed and /api/changes: the stored changes, shown."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import pytest
from fakes import fake_extract
from fastapi.testclient import TestClient

from claimwatch.api import create_app
from claimwatch.models import Document
from claimwatch.pipeline import open_store, update_picture

CROSSING = "300 people crossed the bridge at the river crossing on Monday."
ATOM = "{http://www.w3.org/2005/Atom}"


def add(store, n: int, text: str) -> None:
    document = Document(id=f"d{n}", text=text, published=date(2024, 10, 20), url=f"https://news.example/{n}",
                        outlet="Example <Wire>")
    store.add_many([(document, fake_extract(document))])
    update_picture(store)


@pytest.fixture
def site(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'changes.db'}")
    add(store, 1, f"Grant said {CROSSING}")
    client = TestClient(create_app(store.url), headers={"accept": "text/html"})
    yield store, client
    store.close()


def test_the_page_shows_what_changed_since_the_last_visit(site):
    store, client = site
    first = client.get("/changes")
    assert first.status_code == 200 and "new claim" in first.text and "Grant said 300 people" in first.text
    assert 'href="https://news.example/1"' in first.text and "Example &lt;Wire&gt;" in first.text
    assert client.get("/changes").text.count('class="change ') == 0  # the cookie remembers the visit
    add(store, 2, f"Moss denied {CROSSING}")
    again = client.get("/changes").text
    assert "Moss denies" in again and "Grant said 300" not in again.split("<ol")[1].split("Moss denies")[0]
    assert again.count('class="change ') == 3  # status change, denial, contradiction
    assert client.get("/changes?latest=1").text.count('class="change ') == 4


def test_the_page_shows_changes_since_a_day(site):
    _, client = site
    assert client.get("/changes?since=2000-01-01").text.count('class="change ') == 1
    assert client.get("/changes?since=2999-01-01").text.count('class="change ') == 0
    assert client.get("/changes?since=yesterday").status_code == 422


def test_the_atom_feed_is_valid_atom_with_a_link_per_change(site):
    store, client = site
    add(store, 2, f"Moss denied {CROSSING}")
    response = client.get("/changes.atom")
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 4 and feed.find(f"{ATOM}updated").text.endswith("Z")
    newest = entries[0]
    assert newest.find(f"{ATOM}link").get("href") == "https://news.example/2"
    assert newest.find(f"{ATOM}summary").text.startswith("Moss denied 300 people")
    assert len({e.find(f"{ATOM}id").text for e in entries}) == 4


def test_the_api_lists_changes_newest_first_after_a_cursor(site):
    store, client = site
    add(store, 2, f"Moss denied {CROSSING}")
    every = client.get("/api/changes").json()
    assert [c["id"] for c in every] == [4, 3, 2, 1] and every[-1]["kind"] == "new_claim"
    assert [c["id"] for c in client.get("/api/changes?after=2").json()] == [4, 3]
    assert client.get("/api/changes?since=2999-01-01T00:00:00Z").json() == []
