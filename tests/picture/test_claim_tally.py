"""A stored claim keeps what grouping weighs it by (its tally), so an update joins new statements to a
wide claim without re-reading its members' documents (issue 13)."""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).parent))
from consistency import assert_consistent  # noqa: E402
from synthetic import article  # noqa: E402

from claimwatch.consolidate.claim_figures import FigureTally  # noqa: E402
from claimwatch.consolidate.claims import figures_of_unit  # noqa: E402
from claimwatch.consolidate.claim_tally import ClaimTally, tally_from_json, tally_to_json  # noqa: E402
from claimwatch.consolidate.claims import said_in  # noqa: E402
from claimwatch.consolidate.corpus import reports  # noqa: E402
from claimwatch.consolidate.frames import Frame  # noqa: E402
from claimwatch.consolidate.timeline import chronological  # noqa: E402
from claimwatch.pipeline import reconsolidate, update_picture  # noqa: E402
from claimwatch.store import claim_extend, picture_update  # noqa: E402
from claimwatch.store.picture_tables import ClaimMemberRow, ClaimRow  # noqa: E402
from claimwatch.store.models import StatementRow  # noqa: E402


def test_a_tally_reads_back_as_it_was_written():
    tally = ClaimTally()
    tally.add_unit({"bridg": 0.6, "E:Ostria": 0.8}, Frame("attack", frozenset({"PE"}), frozenset({"lima"}), "struck"),
                   [frozenset({("deaths", (41.0, None, None), True, False), ("missing", (None, None, None), False, True)})])
    tally.add_unit({"bridg": 1.0}, None, [frozenset()])
    back = tally_from_json(tally_to_json(tally))
    assert tally_to_json(back) == tally_to_json(tally)
    assert back.units == 2 and back.sums == {"bridg": 1.6, "E:Ostria": 0.8}
    assert back.figures.sets == tally.figures.sets and dict(back.frames.by_event) == dict(tally.frames.by_event)


def _stored(store) -> dict[str, tuple[ClaimTally, list[tuple[str, tuple[int, int]]]]]:
    """claim key -> (its stored tally, (document, span) of each member)."""
    with Session(store.engine) as session:
        rows = {i: (key, tally) for i, key, tally in session.execute(select(ClaimRow.id, ClaimRow.key, ClaimRow.tally))}
        members: dict[int, list] = {}
        for claim, document, a, b in session.execute(
                select(ClaimMemberRow.claim_id, ClaimMemberRow.document_id, StatementRow.span_start,
                       StatementRow.span_end).join(StatementRow, StatementRow.id == ClaimMemberRow.statement_id)):
            members.setdefault(claim, []).append((str(document), (a, b)))
    return {key: (tally_from_json(tally), members.get(i, [])) for i, (key, tally) in rows.items()}


def test_claims_extended_by_updates_keep_tallies_that_hold_what_their_members_give(store, monkeypatch):
    store.add_many([article(n, stories=4) for n in range(12, 52)])
    reconsolidate(store)
    monkeypatch.setattr(claim_extend, "SEED_DOCUMENTS", 2)  # every claim of two documents is a seed
    monkeypatch.setattr(picture_update, "STALE_GROWTH", 10.0)  # and none is stale (regrouped whole)
    store.add_many([article(n, stories=4) for n in range(12)])  # earlier reports: they go before stored members
    update_picture(store)
    assert_consistent(store)
    said = {(s.report.id, tuple(s.statement.span)): s for s in said_in(reports(store.corpus()))}
    stored = _stored(store)
    extended = 0
    for key, (tally, members) in stored.items():
        given = [said[m] for m in members]
        documents = {d for d, _ in members}
        assert len(documents) <= tally.units <= len(members), key  # a unit is one document's statements
        by_document = [[s for s in given if s.report.id == d] for d in sorted(documents)]  # a unit is in one
        assert tally.figures.sets == FigureTally.of(f for unit in by_document for f in figures_of_unit(unit)).sets, key
        assert set(tally.sums) == {f for s in given for f in s.features}, key
        assert tally.frames.known <= tally.units
        extended += any(int(d) > 40 for d in documents) and any(int(d) <= 40 for d in documents)
    assert extended > 0
    with Session(store.engine) as session:  # the counts shown are the members'
        counted = Counter(session.scalars(select(ClaimMemberRow.claim_id)))
        for row in session.scalars(select(ClaimRow)):
            assert row.members == counted[row.id]
            positions = sorted(session.scalars(select(ClaimMemberRow.position).where(ClaimMemberRow.claim_id == row.id)))
            assert positions == list(range(row.members))
    for claim in store.load_picture().claims:  # members in the order their sources spoke, as a rebuild has them
        assert list(claim.statements) == chronological(list(claim.statements)), claim.id


def test_a_statement_joining_a_wide_claim_does_not_read_its_members_documents(store, monkeypatch):
    store.add_many([article(n, stories=2) for n in range(30)])
    reconsolidate(store)
    read: list[int] = []
    corpus_of = type(store).corpus_of

    def spy(self, ids):
        read.extend(int(i) for i in ids)
        return corpus_of(self, ids)
    monkeypatch.setattr(type(store), "corpus_of", spy)
    monkeypatch.setattr(claim_extend, "SEED_DOCUMENTS", 3)
    monkeypatch.setattr(picture_update, "SERIES_NEIGHBOURHOOD", 0)  # figures join their series by key: none read
    store.add_many([article(30, stories=2)])
    update_picture(store)
    assert_consistent(store)
    newest = str(max(store.document_ids()))
    wide = [c for c in store.load_picture().claims
            if c.documents >= 4 and any(e.document == newest for e in c.statements)]
    assert wide, "the new document's statements joined no wide claim"
    for claim in wide:  # its older members' documents were not all read again, as a claim regrouped whole's are
        older = {int(e.document) for e in claim.statements if e.document != newest}
        assert not older <= set(read), claim.id



def _members_of(store, claims: set[int]) -> int:
    with Session(store.engine) as session:
        return len(list(session.scalars(select(ClaimMemberRow.id).where(ClaimMemberRow.claim_id.in_(claims)))))


def test_an_extended_claim_is_summed_up_from_its_telling_statements_not_all_its_members(store, monkeypatch):
    store.add_many([article(n, stories=2) for n in range(60)])
    reconsolidate(store)
    monkeypatch.setattr(claim_extend, "SEED_DOCUMENTS", 3)
    read, extended = [], set()
    read_history, extend_claims = claim_extend._read_history, claim_extend.extend_claims

    def reading(session, which, out, statement_of):
        before = len(statement_of)
        read_history(session, which, out, statement_of)
        read.extend(range(len(statement_of) - before))

    def extending(session, added, *args):
        extended.update(seed.row_id for _, seed, _ in added)
        return extend_claims(session, added, *args)
    monkeypatch.setattr(claim_extend, "_read_history", reading)
    monkeypatch.setattr(claim_extend, "extend_claims", extending)
    monkeypatch.setattr(picture_update, "extend_claims", extending)
    store.add_many([article(60, stories=2)])
    update_picture(store)
    assert extended, "no claim was extended"
    assert_consistent(store)  # each claim's status, timeline, counts and telling statements are its members'
    assert len(read) < _members_of(store, extended) / 2  # its older members, read whole, were all of them


@pytest.mark.parametrize("why", ["stored before 0010", "a new statement splits a run"])
def test_a_claim_that_cannot_be_carried_on_is_summed_up_from_all_its_members(store, monkeypatch, why):
    store.add_many([article(n, stories=2) for n in range(30)])
    reconsolidate(store)
    monkeypatch.setattr(claim_extend, "SEED_DOCUMENTS", 3)
    if why == "stored before 0010":
        with Session(store.engine) as session, session.begin():
            session.execute(update(ClaimRow).values(telling=None))
    else:
        monkeypatch.setattr(claim_extend, "carries_on", lambda kept, new: False)
    store.add_many([article(n, stories=2) for n in range(30, 33)])
    update_picture(store)
    assert_consistent(store)
    with Session(store.engine) as session:
        extended = [row for row in session.scalars(select(ClaimRow)) if row.grouped_at == 30 and row.members > 0
                    and session.scalar(select(ClaimMemberRow.id).where(ClaimMemberRow.claim_id == row.id,
                                                                      ClaimMemberRow.document_id > 30))]
        assert extended and all(row.telling is not None for row in extended)  # kept from then on


def test_a_stale_claim_too_wide_to_regroup_is_carried_on_as_a_seed(store, monkeypatch):
    store.add_many([article(n, stories=2) for n in range(30)])
    reconsolidate(store)
    monkeypatch.setattr(claim_extend, "SEED_DOCUMENTS", 3)
    monkeypatch.setattr(picture_update, "STALE_DOCUMENTS", 5)  # no claim of more documents is regrouped as stale
    store.add_many([article(n, stories=2) for n in range(30, 36)])  # every claim is stale: 36 > 1.1 x 30
    with Session(store.engine) as session:
        wide = {i: n for i, n in session.execute(select(ClaimRow.id, ClaimRow.members).where(ClaimRow.documents > 5))}
        stale, joinable = picture_update.stale_claims(session, 36)
        chosen = list(session.scalars(select(ClaimRow.documents).where(ClaimRow.id.in_(stale))))
    assert wide and stale.isdisjoint(wide) and sum(chosen) <= 5 and len(chosen) <= picture_update.STALE_CLAIMS
    update_picture(store)
    assert_consistent(store)
    with Session(store.engine) as session:
        now = dict(session.execute(select(ClaimRow.id, ClaimRow.members).where(ClaimRow.id.in_(wide))).all())
    assert set(now) == set(wide)  # not one regrouped (a regrouped claim is written anew, under a new id)
    assert any(now[i] > n for i, n in wide.items())  # and new statements joined them


def test_a_picture_stored_before_migration_0010_is_carried_on_after_the_upgrade(store_url, monkeypatch):
    from migrations import downgraded_and_upgraded
    from sqlalchemy import text

    from claimwatch.store import Store

    with Store(store_url) as store:
        store.add_many([article(n, stories=2) for n in range(30)])
        reconsolidate(store)
    with downgraded_and_upgraded(store_url, "0009") as connection:
        assert connection.execute(text("SELECT count(*) FROM picture_claims WHERE telling IS NOT NULL")).scalar() == 0
    monkeypatch.setattr(claim_extend, "SEED_DOCUMENTS", 3)
    with Store(store_url) as store:
        store.add_many([article(n, stories=2) for n in range(30, 32)])
        update_picture(store)
        assert_consistent(store)  # its claims' members read whole, once, and summed up as a rebuild would
        with Session(store.engine) as session:
            extended = session.scalar(select(func.count()).select_from(ClaimRow).where(ClaimRow.telling.is_not(None)))
        assert extended > 0
