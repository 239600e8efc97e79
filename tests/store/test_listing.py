"""The statements listing: order, pages, speaker matching, its indexes, and the 0001 -> 0002 upgrade."""
from datetime import date, datetime

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

from claimwatch.models import Document, Extraction, Statement
from claimwatch.store import Store
from claimwatch.store.store import MIGRATIONS

RIVER = "The mayor said the river bridge would reopen. The engineer denied that the deck was unsafe."


def _said(speaker: str, stance: str = "assert", said_on: str | None = None) -> Statement:
    return Statement(speaker=speaker, stance=stance, span=(0, 44), said_on=said_on, cue="said")


def _add(store: Store, n: int, published: date | None, *statements: Statement) -> None:
    store.add(Document(id=f"d{n}", text=f"{n}. {RIVER}", published=published, outlet="Valley Herald"),
              Extraction(id=f"d{n}", statements=list(statements)))


def test_statements_list_newest_day_first_then_newest_document_then_in_text_order(store):
    _add(store, 1, date(2025, 2, 10), _said("Ana Brook", said_on="2025-02-08"), _said("Ivo Dell"))
    _add(store, 2, date(2025, 2, 10), _said("Jana Sole"), _said("Kofi Mensah", "deny"))
    _add(store, 3, None, _said("Lena Marsh"))  # no day at all: listed last
    _add(store, 4, date(2025, 2, 20), _said("Hana Ruiz", said_on="2025-02"))  # a month sorts as its first day
    listed = [s.speaker for s in store.statements()]
    assert listed == ["Jana Sole", "Kofi Mensah", "Ivo Dell", "Ana Brook", "Hana Ruiz", "Lena Marsh"]
    pages = [s.speaker for offset in range(0, 6, 2) for s in store.statements(limit=2, offset=offset)]
    assert pages == listed
    assert [s.speaker for s in store.statements(stance="deny")] == ["Kofi Mensah"]
    assert [s.speaker for s in store.statements(since=date(2025, 2, 9))] == ["Jana Sole", "Kofi Mensah", "Ivo Dell"]


def test_speaker_matches_any_part_in_any_case_and_spacing(store):
    _add(store, 1, date(2025, 2, 10), _said("Élise  Marchand"), _said("Eli Sander"), _said("Per 100%_ Olsen"))
    assert [s.speaker for s in store.statements(speaker="ÉLISE MAR")] == ["Élise  Marchand"]
    assert {s.speaker for s in store.statements(speaker="AN")} == {"Élise  Marchand", "Eli Sander"}
    assert [s.speaker for s in store.statements(speaker="100%_")] == ["Per 100%_ Olsen"]
    assert store.statements(speaker="0%x") == []  # wildcards in the filter are plain characters


def test_sqlite_lists_the_first_page_from_an_index_without_sorting(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'plan.db'}") as store:
        _add(store, 1, date(2025, 2, 10), _said("Ana Brook"))
        with store.engine.connect() as connection:
            for query in ("SELECT id FROM statements ORDER BY effective_day DESC, document_id DESC, position "
                          "LIMIT 50",
                          "SELECT id FROM statements WHERE stance = 'deny' "
                          "ORDER BY effective_day DESC, document_id DESC, position LIMIT 50"):
                plan = " ".join(str(row[-1]) for row in connection.execute(text("EXPLAIN QUERY PLAN " + query)))
                assert "TEMP B-TREE" not in plan and "_by_day" in plan


def test_postgresql_has_the_trigram_index_for_speaker_contains(store):
    if store.engine.dialect.name != "postgresql":
        return
    with store.engine.connect() as connection:
        names = {index["name"] for index in inspect(connection).get_indexes("statements")}
    assert {"ix_statements_by_day", "ix_statements_stance_by_day", "ix_statements_speaker_trgm"} <= names


def _at_revision_0001(url: str) -> list[int]:
    """A database at revision 0001 holding two documents and four statements; their ids."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    engine = create_engine(url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        documents = sa.table("documents", *(sa.column(c) for c in (
            "id", "published", "published_inferred", "text", "content_hash", "extraction_version", "ingested_at")))
        statements = sa.table("statements", *(sa.column(c) for c in (
            "document_id", "position", "speaker", "stance", "said_on", "said_day", "mode", "span_start", "span_end")))
        now = datetime(2025, 3, 1)
        ids = [connection.execute(sa.insert(documents).returning(documents.c.id), [
            {"published": published, "published_inferred": False, "text": f"{n}. {RIVER}",
             "content_hash": str(n) * 64, "extraction_version": 1, "ingested_at": now}]).scalar_one()
            for n, published in ((1, date(2025, 1, 5)), (2, date(2025, 1, 9)))]
        rows = [(0, 0, "Ana BROOK", "assert", "2025-01-12", date(2025, 1, 12)),
                (0, 1, "Ivo Dell", "deny", None, None),
                (1, 0, "Jana Sole", "assert", "2025-01", date(2025, 1, 1)),
                (1, 1, "Ana Brook", "decline", None, None)]
        connection.execute(sa.insert(statements), [
            {"document_id": ids[d], "position": p, "speaker": who, "stance": stance, "said_on": said_on,
             "said_day": said_day, "mode": "indirect", "span_start": 0, "span_end": 20}
            for d, p, who, stance, said_on, said_day in rows])
    engine.dispose()
    return ids


def test_a_store_made_at_revision_0001_upgrades_in_place_and_lists_the_same_rows(store_url):
    first, second = _at_revision_0001(store_url)
    with Store(store_url) as store:
        with store.engine.connect() as connection:
            head = ScriptDirectory(str(MIGRATIONS)).get_current_head()  # the newest migration, whichever it is
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head
        # The order 0001 gave: coalesce(said day, published) newest first, then document, then position.
        assert [(s.document_id, s.speaker) for s in store.statements()] == [
            (first, "Ana BROOK"), (second, "Ana Brook"), (first, "Ivo Dell"), (second, "Jana Sole")]
        assert [s.speaker for s in store.statements(speaker="ana b")] == ["Ana BROOK", "Ana Brook"]
        assert [s.speaker for s in store.statements(stance="deny")] == ["Ivo Dell"]
        assert [s.speaker for s in store.statements(until=date(2025, 1, 5))] == ["Ivo Dell", "Jana Sole"]
        # Rows written after the upgrade are listed and matched the same way.
        _add(store, 3, date(2025, 1, 20), _said("Lena Marsh"))
        assert store.statements(limit=1)[0].speaker == "Lena Marsh"
        assert [s.speaker for s in store.statements(speaker="MARSH")] == ["Lena Marsh"]
