import inspect
from collections.abc import Iterator
from datetime import date

import claimwatch
from claimwatch.models import Document, Extraction


def test_the_store_and_ingest_are_part_of_the_public_api():
    assert {"Store", "AddResult", "ingest", "IngestReport"} <= set(claimwatch.__all__)
    assert claimwatch.Store.__module__ == "claimwatch.store.store"


def test_corpus_has_the_signature_consolidation_relies_on():
    signature = inspect.signature(claimwatch.Store.corpus)
    assert list(signature.parameters) == ["self", "since"]
    assert signature.parameters["since"].default is None
    assert signature.return_annotation == "Iterator[tuple[Document, Extraction, str | None]]"


def test_corpus_yields_plain_records(store):
    store.add(Document(id="x", text="Officials said 4 roads were shut.", published=date(2025, 1, 2)),
              Extraction(id="x"))
    corpus = store.corpus()
    assert isinstance(corpus, Iterator)
    document, extraction, original = next(corpus)
    assert isinstance(document, Document) and isinstance(extraction, Extraction) and original is None
