"""extract_parallel: every core, same records as one process, in input order."""
from __future__ import annotations

from datetime import date

import pytest

from claimwatch.errors import ModelError
from claimwatch.extract import parallel
from claimwatch.extract.parallel import (
    ExtractionFailed, ExtractionPool, batch_extractor, batched, extract_parallel, in_order,
)
from claimwatch.models import Document, Extraction, Rejected

TEXTS = [
    "The harbour authority said on Monday that 40 ships were waiting outside the port.",
    "Mayor Lena Ortiz denied that the council had cut 300 jobs in March.",
    "Officials declined to comment on the report, which put the cost at $2 million.",
    "The ministry estimated that about 1,200 people had left the valley since June 3.",
    "A spokesman for the airline said 15 flights were cancelled on Friday.",
]


def _documents() -> list[Document]:
    return [Document(id=f"doc-{n}", text=text, published=date(2025, 5, 14), origin=f"feed.jsonl:{n + 1}")
            for n, text in enumerate(TEXTS)]


def test_batched_keeps_order_and_tail() -> None:
    assert list(batched(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(batched([], 3)) == []


def test_in_order_yields_in_submission_order_with_a_bounded_window() -> None:
    in_flight: list[int] = []

    class Done:
        def __init__(self, value: list[int]) -> None:
            self.value = value

        def result(self) -> list[int]:
            in_flight.remove(self.value[0])
            return self.value

    def submit(batch: list[int]) -> Done:
        in_flight.append(batch[0])
        assert len(in_flight) <= 2, "more batches in flight than the window allows"
        return Done(batch)

    assert list(in_order(submit, batched(range(5), 1), window=2)) == [[0], [1], [2], [3], [4]]


@pytest.mark.slow
def test_two_workers_give_the_records_of_one_in_order_past_a_bad_document() -> None:
    documents = _documents()
    # Not a string: the reader would reject it, but a caller of the library may still pass one.
    documents.insert(2, Document(id="broken", text=12345, origin="feed.jsonl:99"))  # type: ignore[arg-type]

    single = list(extract_parallel(documents, workers=1, batch_size=2))
    pooled = list(extract_parallel(documents, workers=2, batch_size=2, min_pool_chars=0))

    assert pooled == single
    assert [getattr(r, "id", None) for r in pooled] == ["doc-0", "doc-1", None, "doc-2", "doc-3", "doc-4"]
    bad = pooled[2]
    assert isinstance(bad, Rejected) and bad.where == "feed.jsonl:99" and "extraction failed" in bad.reason
    assert all(isinstance(r, Extraction) for n, r in enumerate(pooled) if n != 2)
    assert any(r.statements for r in pooled if isinstance(r, Extraction)), "nothing read: the test proves nothing"


@pytest.mark.slow
def test_a_short_input_is_read_in_this_process_without_starting_workers(monkeypatch) -> None:
    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started for a few short documents")

    monkeypatch.setattr(parallel, "ExtractionPool", no_pool)
    documents = _documents()
    assert list(extract_parallel(documents, workers=2, batch_size=1)) == \
        list(extract_parallel(documents, workers=1, batch_size=1))
    with pytest.raises(AssertionError, match="a pool was started"):
        list(extract_parallel(documents, workers=2, batch_size=1, min_pool_chars=0))


@pytest.mark.slow
def test_a_missing_model_in_the_workers_is_a_model_error() -> None:
    with pytest.raises(ModelError, match="no_such_pipeline"):
        list(extract_parallel(_documents(), workers=2, batch_size=1, model="no_such_pipeline",
                              min_pool_chars=0))


@pytest.mark.slow
def test_a_warm_pool_serves_several_feeds_with_the_single_process_records() -> None:
    documents = _documents()
    single = list(extract_parallel(documents, workers=1))
    with ExtractionPool(workers=2) as pool:
        pool.warm_up()
        first = list(pool.extract(batched(documents, 2), batch_size=2))
        again = list(pool.extract(batched(reversed(documents), 3), batch_size=3))
    assert first == single
    assert again == single[::-1]


@pytest.mark.slow
def test_the_batch_extractor_raises_for_a_document_it_cannot_read() -> None:
    broken = Document(id="broken", text=12345, origin="feed.jsonl:7")  # type: ignore[arg-type]
    with batch_extractor(workers=1) as extract:
        assert [r.id for r in extract(_documents()[:2])] == ["doc-0", "doc-1"]
        with pytest.raises(ExtractionFailed, match="TypeError"):
            extract([_documents()[0], broken])
