"""The Store on both backends: writing, duplicates, reading back, search, migrations."""
from datetime import date

import pytest
from sqlalchemy import inspect, text

from claimwatch.models import Document, Entity, Extraction, Quantity, Statement, TimeExpr
from claimwatch.store import Store, WriteRejected
from fakes import fake_extract

QUAY = ("Harbour master Tomas Verlinde said about 60 firefighters fought the warehouse blaze on the north quay "
        "through the night. The police declined to comment on its cause, and the owner denied that the building "
        "had failed an inspection. Some 14 vessels waited offshore while engineers checked the sea wall.")
QUAY_COPY = QUAY.replace("about 60", "about 65") + " This story was updated."
BUDGET = ("Councillor Petra Lind said the budget vote would move to June because three members were ill, and "
          "the finance officer warned that the delay could cost the town its road repair grant this summer.")


def _doc(id: str, text: str, published: date | None = date(2025, 3, 14), outlet: str | None = "Coastal Ledger",
         **more) -> Document:
    return Document(id=id, text=text, published=published, outlet=outlet, **more)


FULL = Extraction(
    id="full",
    statements=[Statement(speaker="Tomas Verlinde", stance="assert", span=(0, 110), said_on="2025-03",
                          cue="said", content="about 60 firefighters fought", content_span=(38, 110),
                          mode="indirect", speaker_org="Port authority", speaker_country="GB", speaker_span=(15, 29)),
                Statement(speaker="police", stance="decline", span=(111, 157), cue="declined")],
    quantities=[Quantity(text="about 60 firefighters", span=(36, 57), value=60.0, approx=True, unit="firefighters",
                         holder="Tomas Verlinde"),
                Quantity(text="Some 14 vessels", span=(220, 235), value=14.0, low=10.0, high=20.0, approx=True,
                         unit="vessels")],
    times=[TimeExpr(text="the night", value=None, span=(100, 109), type="TIME", anchor="published")],
    entities=[Entity(text="Tomas Verlinde", label="PERSON", span=(15, 29))],
    published="2025-03-14",
)


def test_a_stored_extraction_comes_back_from_the_corpus_unchanged(store):
    result = store.add(_doc("quay", QUAY, url="https://ledger.example/fire", title="Fire", author="M. O."), FULL)
    assert result.status == "stored"
    ((document, extraction, original),) = list(store.corpus())
    assert document.id == str(result.id) and extraction.id == str(result.id)
    assert (document.text, document.url, document.title, document.author, document.outlet) == (
        QUAY, "https://ledger.example/fire", "Fire", "M. O.", "Coastal Ledger")
    assert extraction.statements == FULL.statements
    assert extraction.quantities == FULL.quantities
    assert extraction.times == FULL.times and extraction.entities == FULL.entities
    assert extraction.published == "2025-03-14" and original is None


def test_the_same_text_is_stored_once(store):
    first = store.add(_doc("a", QUAY), fake_extract(_doc("a", QUAY)))
    again = store.add(_doc("b", "  " + QUAY.replace(". ", ".\n") + "\n"), fake_extract(_doc("b", QUAY)))
    assert again.status == "duplicate" and again.id == first.id
    assert store.count()["documents"] == 1
    assert store.count()["statements"] == len(fake_extract(_doc("a", QUAY)).statements)


def test_a_near_copy_is_kept_and_linked_to_its_original(store):
    original = store.add(_doc("a", QUAY), fake_extract(_doc("a", QUAY)))
    store.add(_doc("b", BUDGET), fake_extract(_doc("b", BUDGET)))
    copy = store.add(_doc("c", QUAY_COPY, outlet="Wire Echo"), fake_extract(_doc("c", QUAY_COPY)))
    assert copy.status == "near-duplicate" and copy.duplicate_of == original.id
    originals = {doc.id: dup for doc, _, dup in store.corpus()}
    assert originals == {str(original.id): None, str(original.id + 1): None, str(copy.id): str(original.id)}
    assert store.count()["near_duplicates"] == 1


def test_near_copies_are_found_across_separate_opens(store_url):
    with Store(store_url) as first_run:
        original = first_run.add(_doc("a", QUAY), fake_extract(_doc("a", QUAY)))
    with Store(store_url) as second_run:
        copy = second_run.add(_doc("c", QUAY_COPY), fake_extract(_doc("c", QUAY_COPY)))
    assert copy.duplicate_of == original.id


def test_a_batch_is_one_transaction_and_handles_copies_inside_it(store):
    pairs = [(d, fake_extract(d)) for d in (_doc("a", QUAY), _doc("b", BUDGET), _doc("a2", QUAY),
                                            _doc("c", QUAY_COPY))]
    results = store.add_many(pairs)
    assert [r.status for r in results] == ["stored", "stored", "duplicate", "near-duplicate"]
    assert results[2].id == results[0].id and results[3].duplicate_of == results[0].id


def test_a_failed_batch_leaves_nothing_behind(store):
    bad = Extraction(id="x", statements=[Statement(speaker=None, stance="assert", span=(0, 5))])  # speaker is required
    with pytest.raises(WriteRejected, match="cannot store"):
        store.add_many([(_doc("b", BUDGET), fake_extract(_doc("b", BUDGET))), (_doc("a", QUAY), bad)])
    assert store.count()["documents"] == 0
    # The near-copy index forgot the rolled-back document too.
    assert store.add(_doc("c", QUAY_COPY), fake_extract(_doc("c", QUAY_COPY))).status == "stored"


def test_statements_filter_by_speaker_stance_outlet_and_day(store):
    store.add(_doc("quay", QUAY), FULL)
    store.add(_doc("budget", BUDGET, published=date(2025, 5, 19), outlet="Northfield Post"),
              fake_extract(_doc("budget", BUDGET)))
    assert [s.speaker for s in store.statements(speaker="verl")] == ["Tomas Verlinde"]
    assert [s.stance for s in store.statements(stance="decline")] == ["decline"]
    assert {s.outlet for s in store.statements(outlet="northfield")} == {"Northfield Post"}
    # said_on "2025-03" counts from its first day; the police statement falls back to publication.
    assert {s.speaker for s in store.statements(until=date(2025, 3, 31))} == {"Tomas Verlinde", "police"}
    evidence = store.statements(speaker="Tomas")[0]
    assert evidence.evidence == QUAY[0:110] and evidence.span == (0, 110)


def test_statements_since_uses_the_day_said(store):
    store.add(_doc("quay", QUAY), FULL)
    store.add(_doc("budget", BUDGET, published=date(2025, 5, 19)), fake_extract(_doc("budget", BUDGET)))
    assert {s.document_id for s in store.statements(since=date(2025, 4, 1))} == {2}
    assert store.statements(since=date(2025, 6, 1)) == []


def test_quantities_filter_by_unit_and_holder_and_page(store):
    store.add(_doc("quay", QUAY), FULL)
    assert [q.text for q in store.quantities(unit="VESSEL")] == ["Some 14 vessels"]
    assert [q.value for q in store.quantities(holder="verlinde")] == [60.0]
    assert [q.text for q in store.quantities(limit=1, offset=1)] == ["Some 14 vessels"]
    assert store.quantities(unit="100%_") == []  # wildcards in the filter are plain characters


def test_documents_list_newest_first_with_counts(store):
    store.add(_doc("quay", QUAY), FULL)
    store.add(_doc("budget", BUDGET, published=date(2025, 5, 19)), Extraction(id="budget"))
    listed = store.documents()
    assert [d.source_id for d in listed] == ["budget", "quay"]
    assert (listed[1].statements, listed[1].quantities, listed[1].chars) == (2, 2, len(QUAY))
    assert [d.source_id for d in store.documents(since=date(2025, 4, 1))] == ["budget"]
    assert [d.source_id for d in store.documents(limit=1, offset=1)] == ["quay"]


def test_search_finds_stemmed_words_and_phrases_best_first(store):
    store.add(_doc("quay", QUAY, title="Warehouse fire"), Extraction(id="quay"))
    store.add(_doc("budget", BUDGET, title="Budget vote delayed"), Extraction(id="budget"))
    assert [h.document_id for h in store.search("firefighter vessels")] == [1]
    assert [h.document_id for h in store.search('"road repair grant"')] == [2]
    assert store.search('"grant road repair"') == []
    assert store.search("budget OR fire") == []  # OR is a word here, not an operator
    assert "[" in store.search("inspection")[0].snippet
    assert store.search("   ") == [] and store.search('""') == []


def test_corpus_since_keeps_only_documents_published_then_or_later(store):
    store.add(_doc("quay", QUAY), Extraction(id="quay"))
    store.add(_doc("budget", BUDGET, published=date(2025, 5, 19)), Extraction(id="budget"))
    assert [d.text for d, _, _ in store.corpus(since=date(2025, 4, 1))] == [BUDGET]


def test_an_inferred_publication_date_is_kept_apart_from_a_given_one(store):
    store.add(_doc("budget", BUDGET, published=None), Extraction(id="budget", published="2025-05-01",
                                                                  published_inferred=True))
    ((document, extraction, _),) = list(store.corpus())
    assert document.published is None
    assert (extraction.published, extraction.published_inferred) == ("2025-05-01", True)


def test_stale_extractions_are_replaced(store):
    store.add_many([(_doc("quay", QUAY), FULL)], extraction_version=0)
    ((doc_id, document),) = store.stale_documents(1)
    store.replace_extractions([(doc_id, fake_extract(document))], 1)
    assert store.stale_documents(1) == []
    ((_, extraction, _),) = list(store.corpus())
    assert extraction.statements == fake_extract(document).statements


def test_the_schema_matches_the_models(store):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from claimwatch.store.models import LISTING_INDEXES, Base

    def ours(obj, name, type_, reflected, compare_to):
        return not (name or "").startswith("documents_fts") and name not in (
            "search_vector", "ix_documents_search_vector", "alembic_version", *LISTING_INDEXES)

    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": ours})
        assert compare_metadata(context, Base.metadata) == []
        assert "alembic_version" in inspect(connection).get_table_names()


def test_sqlite_runs_in_wal_mode(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'wal.db'}") as store, store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_an_unreachable_database_is_one_clear_error():
    from claimwatch.store import StoreError

    with pytest.raises(StoreError, match="cannot open database"):
        Store("sqlite:////nonexistent-folder/claimwatch.db")


def test_an_in_memory_store_works_for_quick_use():
    with Store("sqlite://") as store:
        store.add(_doc("quay", QUAY), FULL)
        assert [h.document_id for h in store.search("vessels")] == [1]


def test_an_unknown_kind_of_database_is_one_clear_error():
    from claimwatch.store import StoreError

    with pytest.raises(StoreError, match="cannot use database"):
        Store("nosuchdb://somewhere/x")
