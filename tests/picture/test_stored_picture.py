"""The picture in the store: written by a full consolidation, read back equal, kept in step with the documents."""
from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).parent.parent / "consolidate"))
from ostria_story import story  # noqa: E402

from claimwatch.consolidate import build_picture  # noqa: E402
from claimwatch.consolidate.export import picture_document  # noqa: E402
from claimwatch.pipeline import Aliases, picture_from_store, reconsolidate, update_picture  # noqa: E402
from claimwatch.store.picture_tables import ClaimMemberRow, ClaimRow, OriginRow  # noqa: E402


def _stored(store):
    """The story stored in order; the documents' store ids by their story id."""
    triples = story()
    results = store.add_many([(d, x) for d, x, _ in triples])
    return {d.id: str(r.id) for (d, _, _), r in zip(triples, results)}


def test_a_reconsolidated_picture_reads_back_as_it_was_built(store):
    _stored(store)
    built = reconsolidate(store)
    loaded = store.load_picture()
    assert loaded == built
    in_memory = build_picture(store.corpus())  # what faces built for every view before
    assert picture_document(loaded) == picture_document(in_memory)


def test_the_picture_follows_new_and_reread_documents(store):
    ids = _stored(store)
    assert update_picture(store) is True
    assert update_picture(store) is False  # nothing changed: nothing rebuilt
    first = store.load_picture()
    triples = story()
    doc, extraction, _ = triples[0]
    doc_id = int(ids[doc.id])
    store.replace_extractions([(doc_id, extraction)])
    with Session(store.engine) as session:  # its origin went with the old records: it is outside the picture
        assert session.get(OriginRow, doc_id) is None
    assert store.documents_outside_picture() == [doc_id]
    again = picture_from_store(store)
    assert store.documents_outside_picture() == []
    assert sorted(c.label for c in again.claims) == sorted(c.label for c in first.claims)


def test_members_go_with_their_statements(store):
    ids = _stored(store)
    reconsolidate(store)
    doc_id = int(ids[story()[0][0].id])
    with Session(store.engine) as session:
        before = session.scalar(select(func.count()).select_from(ClaimMemberRow))
        mine = session.scalar(select(func.count()).select_from(ClaimMemberRow)
                              .where(ClaimMemberRow.document_id == doc_id))
    store.replace_extractions([(doc_id, story()[0][1])])
    with Session(store.engine) as session:
        assert session.scalar(select(func.count()).select_from(ClaimMemberRow)) == before - mine
        assert session.scalar(select(func.count()).select_from(ClaimRow)) > 0


def test_aliases_are_kept_with_the_picture(store, tmp_path):
    _stored(store)
    path = tmp_path / "aliases.yaml"
    path.write_text("same:\n  Ostrian foreign ministry: [Ostrian defence ministry]\n", encoding="utf-8")
    aliases = Aliases(path.name, path.read_text(encoding="utf-8"))
    joined = picture_from_store(store, aliases=aliases)
    assert Aliases.from_json(store.picture_state()[1]) == aliases
    assert reconsolidate(store) == joined  # a plain rebuild keeps the stored aliases
    plain = reconsolidate(store, aliases=None)
    assert len(plain.actors) == len(joined.actors) + 1


def test_a_window_keeps_what_its_documents_say(store):
    ids = _stored(store)
    whole = picture_from_store(store)
    some = picture_from_store(store, topic="Velna")
    assert 0 < len(some.claims) <= len(whole.claims)
    assert {e.document for c in some.claims for e in c.statements} <= set(ids.values())
    assert some.documents < whole.documents


def test_the_reconsolidate_command_rebuilds_and_the_listings_read_it(tmp_path):
    from typer.testing import CliRunner

    from claimwatch.cli import app
    from claimwatch.store import Store

    url = f"sqlite:///{tmp_path / 'cw.db'}"
    with Store(url) as store:
        _stored(store)
        assert store.picture_state() == (None, None, False)
    runner = CliRunner()
    result = runner.invoke(app, ["reconsolidate", "--db", url])
    assert result.exit_code == 0, result.output
    assert "picture rebuilt" in result.output and "claims" in result.output
    with Store(url) as store:
        fingerprint, _, complete = store.picture_state()
        assert complete and fingerprint == store.fingerprint()
        stored = store.load_picture()
    listed = runner.invoke(app, ["claims", "--db", url, "--format", "jsonl"])
    assert listed.exit_code == 0, listed.output
    assert len(listed.output.splitlines()) == sum(len(c.statements) for c in stored.claims)
    missing = runner.invoke(app, ["reconsolidate", "--db", url, "--aliases", str(tmp_path / "none.yaml")])
    assert missing.exit_code == 2 and "cannot read aliases file" in missing.output
