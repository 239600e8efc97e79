"""ingest(): every good item stored once, every bad item named, counts exact; on both backends."""
import json
from pathlib import Path

from claimwatch.pipeline import IngestReport, ingest, reextract
from claimwatch.models import Document, Extraction, Statement, TimeExpr
from fakes import fake_extract, fake_extractor

FIXTURES = Path(__file__).parent / "fixtures"

LINES = [
    {"id": "a", "text": "Mayor Ruiz said 40 families left the valley.", "published": "2025-04-01", "outlet": "Courier"},
    {"id": "b", "text": "Minister Vale denied that 3 bridges were closed.", "published": "2025-04-02"},
    {"id": "c", "text": "Mayor Ruiz said 40 families left the valley.", "published": "2025-04-03"},  # same text as a
]


def _jsonl(path: Path, lines: list, extra: bytes = b"") -> Path:
    path.write_bytes(b"\n".join(json.dumps(line).encode() for line in lines) + b"\n" + extra)
    return path


def test_every_good_item_is_stored_and_every_bad_one_named(store, tmp_path):
    source = _jsonl(tmp_path / "news.jsonl", LINES, extra=b'{"id": "broken", "text": \n\xff\xfe not utf-8\n')
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "empty.html").write_text("<html><body><nav>Home | Sport</nav></body></html>")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "latin1.txt").write_bytes("Caf\xe9 owners said 12 shops closed.".encode("latin-1"))
    (folder / "ok.txt").write_text("Engineers said 7 cranes were working on the quay.")
    seen = []
    report = ingest([source, folder, FIXTURES / "river-news.rss"], store, extractor=fake_extractor,
                    batch_size=2, on_rejected=seen.append)
    assert (report.stored, report.duplicates) == (5, 1)  # a, b, ok.txt and two feed entries; c repeats a
    where = [item.where for item in report.rejected]
    assert where == [str(source) + ":4", str(source) + ":5", str(folder / "empty.html"),
                     str(folder / "image.txt"), str(folder / "latin1.txt"),
                     str(FIXTURES / "river-news.rss") + "#3 (Photo gallery: the flood from above)"]
    assert seen == report.rejected
    assert store.count()["documents"] == 5
    assert report.summary() == "5 stored (0 near-duplicate), 1 duplicate, 6 rejected"


def test_ingesting_again_stores_nothing_new(store, tmp_path):
    source = _jsonl(tmp_path / "news.jsonl", LINES)
    first = ingest([source], store, extractor=fake_extractor)
    counts = store.count()
    again = ingest([source], store, extractor=fake_extractor)
    assert (first.stored, first.duplicates) == (2, 1)
    assert (again.stored, again.duplicates) == (0, 3)
    assert store.count() == counts


def test_texts_already_stored_are_not_extracted_again(store, tmp_path):
    source = _jsonl(tmp_path / "news.jsonl", LINES)
    ingest([source], store, extractor=fake_extractor)
    read = []

    def counting(documents: list[Document]) -> list[Extraction]:
        read.extend(documents)
        return fake_extractor(documents)

    ingest([source], store, extractor=counting)
    assert read == []


def test_a_document_the_extractor_chokes_on_is_rejected_alone(store, tmp_path):
    source = _jsonl(tmp_path / "news.jsonl", LINES[:2] + [{"id": "poison", "text": "POISON pill text."}])

    def fragile(documents: list[Document]) -> list[Extraction]:
        if any("POISON" in d.text for d in documents):
            raise RuntimeError("parser crashed")
        return fake_extractor(documents)

    report = ingest([source], store, extractor=fragile, batch_size=10)
    assert report.stored == 2
    assert [(r.where, r.reason) for r in report.rejected] == [
        (f"{source}:3", "extraction failed: RuntimeError: parser crashed")]


def test_a_record_the_store_refuses_is_rejected_alone(store, tmp_path):
    source = _jsonl(tmp_path / "news.jsonl", LINES[:2])

    def broken_second(documents: list[Document]) -> list[Extraction]:
        out = fake_extractor(documents)
        if len(documents) == 2:  # statements without a speaker break the schema
            bad = fake_extract(documents[1])
            out[1] = Extraction(id=bad.id, statements=[type(s)(speaker=None, stance="assert", span=s.span)
                                                       for s in bad.statements])
        return out

    report = ingest([source], store, extractor=broken_second, batch_size=10)
    assert report.stored == 1 and len(report.rejected) == 1
    assert report.rejected[0].where == f"{source}:2" and "cannot store" in report.rejected[0].reason


def test_near_copies_are_counted(store, tmp_path):
    story = ("The port authority said 14 vessels were waiting offshore on Friday while engineers "
             "checked the sea wall after the warehouse fire on the north quay.")
    source = _jsonl(tmp_path / "wire.jsonl", [{"id": "w1", "text": story},
                                               {"id": "w2", "text": story.replace("Friday", "Saturday")}])
    report = ingest([source], store, extractor=fake_extractor)
    assert (report.stored, report.near_duplicates) == (2, 1)


def test_reextract_rereads_documents_of_an_older_version(store, tmp_path):
    source = _jsonl(tmp_path / "news.jsonl", LINES)
    ingest([source], store, extractor=lambda docs: [Extraction(id=d.id) for d in docs])
    assert store.count()["statements"] == 0
    assert reextract(store, extractor=fake_extractor, version=99, batch_size=1) == 2
    assert store.count()["statements"] == 2
    assert reextract(store, extractor=fake_extractor, version=99) == 0


def test_the_report_counts_what_it_saw():
    report = IngestReport(stored=3, near_duplicates=1, duplicates=2)
    assert report.seen == 5


def test_odd_but_valid_records_are_stored_alike_on_both_backends(store, tmp_path):
    source = _jsonl(tmp_path / "odd.jsonl", [
        {"id": "x" * 2000, "text": "Mayor Ruiz said 40 families left.", "outlet": "O" * 400},
        {"id": "nul", "text": "Bytes\u0000hidden in a string."},
        {"id": "blank", "text": "  \n "},
    ])
    odd = Extraction(id="odd", statements=[Statement(speaker="Ruiz", stance="assert", span=(0, 10),
                                                     said_on="sometime in the last decade or so")],
                     times=[TimeExpr(text="then", value="a value far longer than any TIMEX3 value would be",
                                     span=(0, 4), type="A-TYPE-NAME-LONGER-THAN-TWENTY")])
    report = ingest([source], store, extractor=lambda docs: [odd for _ in docs])
    assert report.stored == 1
    assert [(r.where, r.reason.split(":")[0]) for r in report.rejected] == [
        (f"{source}:2", "text contains NUL characters"), (f"{source}:3", "empty text, nothing to store")]
    ((document, extraction, _),) = list(store.corpus())
    assert extraction.statements == odd.statements and extraction.times == odd.times
