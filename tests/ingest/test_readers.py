"""Readers turn files into Documents and bad items into Rejected records, never exceptions."""
from __future__ import annotations

from datetime import date

from claimwatch.ingest import read_sources
from claimwatch.ingest.jsonl import read_jsonl
from claimwatch.ingest.text import read_text
from claimwatch.models import Document, Rejected


def lines(*rows: str) -> bytes:
    return "\n".join(rows).encode("utf-8")


def test_each_bad_json_line_is_rejected_with_its_line_number_and_the_rest_read():
    data = lines(
        '{"id": "a", "text": "The mayor said the bridge is closed.", "published": "2025-01-02"}',
        '{"id": "b", "text": ',                 # cut off: not JSON
        '{"id": "c"}',                          # no text
        '{"id": "d", "text": 42}',              # text not a string
        '["not", "an", "object"]',
        '{"id": "e", "text": "", "published": null}',
    )
    items = list(read_jsonl(data, "batch.jsonl", doc_id="batch"))
    docs = [i for i in items if isinstance(i, Document)]
    rejected = {i.where: i.reason for i in items if isinstance(i, Rejected)}
    assert [d.id for d in docs] == ["a", "e"]
    assert docs[0].published == date(2025, 1, 2)
    assert docs[1].text == "" and docs[1].published is None
    assert rejected["batch.jsonl:2"].startswith("not JSON")
    assert rejected["batch.jsonl:3"] == "no 'text' field"
    assert "must be a string" in rejected["batch.jsonl:4"]
    assert "JSON object" in rejected["batch.jsonl:5"]


def test_a_line_with_bad_bytes_is_rejected_alone():
    data = lines('{"id": "a", "text": "fine"}') + b'\n{"id": "b", "text": "caf\xe9"}\n' + lines('{"id": "c", "text": "ok"}')
    items = list(read_jsonl(data, "x.jsonl", doc_id="x"))
    assert [type(i).__name__ for i in items] == ["Document", "Rejected", "Document"]
    assert items[1].where == "x.jsonl:2" and "not UTF-8" in items[1].reason


def test_bad_published_date_is_rejected_with_a_reason():
    items = list(read_jsonl(lines('{"text": "x", "published": "last Tuesday"}'), "d.jsonl", doc_id="d"))
    assert isinstance(items[0], Rejected)
    assert "not an ISO date" in items[0].reason


def test_datetime_published_values_are_read_as_dates():
    items = list(read_jsonl(lines('{"text": "x", "published": "2024-10-30T14:05:00Z"}'), "d.jsonl", doc_id="d"))
    assert items[0].published == date(2024, 10, 30)
    assert items[0].id == "d-1"  # no id: file stem and line number


def test_binary_and_non_utf8_text_files_are_rejected():
    assert isinstance(next(read_text(b"\x89PNG\r\n\x1a\n\x00\x00", "pic.txt", doc_id="pic")), Rejected)
    bad = next(read_text(b"line one\nna\xefve line two\n", "old.txt", doc_id="old"))
    assert isinstance(bad, Rejected)
    assert "line 2" not in bad.reason and ":2:" in bad.reason or "old.txt:2" in bad.reason
    assert "iconv" in bad.reason


def test_folders_are_read_recursively_by_suffix(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("Police said two roads were shut.", encoding="utf-8")
    (tmp_path / "two.jsonl").write_text('{"id": "j1", "text": "Officials said so."}\n', encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")  # unknown suffix: skipped, not rejected
    items = list(read_sources([tmp_path], published=date(2025, 3, 1)))
    assert sorted(i.id for i in items) == ["a/one", "j1"]
    text_doc = next(i for i in items if i.id == "a/one")
    assert text_doc.published == date(2025, 3, 1)


def test_a_missing_path_is_rejected_not_raised(tmp_path):
    items = list(read_sources([tmp_path / "nope.jsonl"]))
    assert isinstance(items[0], Rejected) and "no such file" in items[0].reason


def test_html_pages_give_article_text_without_chrome(tmp_path):
    page = tmp_path / "story.html"
    page.write_text("""<html><head><title>Bridge shut after flood | Valley Courier</title>
      <meta property="og:site_name" content="Valley Courier">
      <meta property="article:published_time" content="2025-04-02T08:00:00Z"></head>
      <body><nav><a href="/">Home</a> <a href="/sport">Sport</a> Subscribe now</nav>
      <article><h1>Bridge shut after flood</h1>
      <p>The county engineer said on Tuesday that the old river bridge would stay closed for at
      least three weeks while divers inspect its piers for damage from the flood.</p>
      <p>About 4,000 drivers a day use the crossing, according to the county transport office,
      which said a detour through the northern villages adds twenty minutes to the trip.</p>
      </article><footer>Copyright Valley Courier. All rights reserved. Cookie settings</footer>
      </body></html>""", encoding="utf-8")
    (doc,) = list(read_sources([page]))
    assert isinstance(doc, Document)
    assert "county engineer said" in doc.text
    assert "Subscribe" not in doc.text and "Cookie" not in doc.text
    assert doc.published == date(2025, 4, 2)
    assert doc.outlet == "Valley Courier"


def test_html_without_article_text_is_rejected(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    (item,) = list(read_sources([page]))
    assert isinstance(item, Rejected) and "no article text" in item.reason
