"""Running extraction over documents: order, long texts, spans."""
from __future__ import annotations

from datetime import date

import pytest

from claimwatch import Document, extract, extract_documents
from claimwatch.extract import pipeline
from claimwatch.extract.pipeline import split_text


def test_split_text_covers_the_text_in_bounded_pieces():
    text = ("A paragraph of words. " * 40 + "\n\n") * 30
    pieces = list(split_text(text, limit=1000))
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= 1000 for _, piece in pieces)
    assert [off for off, _ in pieces] == sorted(off for off, _ in pieces)
    # cuts fall on paragraph breaks when there are any
    assert all(piece.endswith("\n\n") for _, piece in pieces[:-1])


def test_split_text_of_a_five_megabyte_document_stays_bounded():
    text = "word " * 1_000_000  # 5 MB, no paragraph breaks at all
    pieces = split_text(text)
    sizes = [len(p) for _, p in pieces]
    assert sum(sizes) == len(text)
    assert max(sizes) <= pipeline.CHUNK_CHARS


def test_spans_of_a_chunked_document_point_into_the_whole_text(nlp, monkeypatch):
    paragraph = "The governor said on Friday that 40 schools would stay shut.\n\n"
    text = paragraph * 12
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 200)
    monkeypatch.setattr(pipeline.split_text, "__defaults__", (200,))
    (record,) = extract_documents([Document(id="long", text=text, published=date(2025, 5, 3))], nlp)
    assert len(record.statements) == 12
    for s in record.statements:
        assert text[s.span[0]:s.span[1]].startswith("The governor said")
    for t in record.times:
        assert text[t.span[0]:t.span[1]] == t.text


def test_documents_come_back_in_input_order(nlp):
    docs = [Document(id=str(i), text=f"Officials said {i} bridges were closed.") for i in range(20)]
    assert [r.id for r in extract_documents(docs, nlp, batch_size=3)] == [str(i) for i in range(20)]


def test_extract_accepts_an_iso_string_date():
    record = extract("The minister said 5 ships sank.", published="2025-01-09")
    assert record.published == "2025-01-09" and not record.published_inferred


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "“", "\"\"\"", "<p></p>"])
def test_degenerate_texts_give_empty_or_valid_records(text):
    record = extract(text)
    for item in record.statements + record.quantities + record.times + record.entities:
        assert 0 <= item.span[0] <= item.span[1] <= len(text)
