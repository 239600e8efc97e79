"""The picture kept up to date one document at a time equals a full rebuild; deletions undo their part."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "consolidate"))
sys.path.insert(0, str(Path(__file__).parent))
from consistency import assert_consistent  # noqa: E402
from ostria_story import story  # noqa: E402

from claimwatch.consolidate import build_picture  # noqa: E402
from claimwatch.consolidate.export import picture_document  # noqa: E402
from claimwatch.pipeline import picture_from_store, reconsolidate, update_picture  # noqa: E402


def _groups(picture) -> dict:
    """The picture as groupings only (which statements are one claim, which names one actor...),
    so two pictures that number their claims differently compare equal."""
    document = picture_document(picture)
    claims: dict = {}
    for s in document["statements"]:
        claims.setdefault(s["claim"], set()).add((s["doc"], tuple(s["span"]), s["stance"]))
    series: dict = {}
    for f in document["figures"]:
        series.setdefault(f["series"], set()).add((f["doc"], tuple(f["span"])))
    return {"claims": sorted(sorted(g) for g in claims.values()),
            "speakers": sorted((s["doc"], tuple(s["span"]), s["actor"]) for s in document["statements"]),
            "series": sorted(sorted(g) for g in series.values()),
            "holders": sorted((f["doc"], tuple(f["span"]), f["holder"]) for f in document["figures"]),
            "origins": sorted((d["doc"], d["origin"]) for d in document["documents"])}


def _one_at_a_time(store) -> dict[str, int]:
    ids = {}
    for document, extraction, _ in sorted(story(), key=lambda t: (t[0].published, t[0].id)):
        ids[document.id] = store.add(document, extraction).id
        update_picture(store)
        assert_consistent(store)
    return ids


def test_one_document_at_a_time_equals_the_whole_rebuild(store):
    _one_at_a_time(store)
    incremental = store.load_picture()
    rebuilt = build_picture(store.corpus())
    assert _groups(incremental) == _groups(rebuilt)
    assert len(incremental.claims) == len(rebuilt.claims)
    assert sorted(c.status for c in incremental.claims) == sorted(c.status for c in rebuilt.claims)


def test_nothing_to_do_touches_nothing(store):
    _one_at_a_time(store)
    before = store.load_picture()
    assert update_picture(store) is False
    assert store.load_picture() == before


def test_a_deleted_document_takes_its_part_with_it(store):
    ids = _one_at_a_time(store)
    gone = ids["post-1"]
    store.delete_documents([gone])
    picture = picture_from_store(store)
    assert_consistent(store)
    assert all(e.document != str(gone) for c in picture.claims for e in c.statements)
    assert all(e.citation.document != str(gone) for s in picture.series for e in s.estimates)
    assert _groups(picture) == _groups(build_picture(store.corpus()))


def test_a_reread_document_is_regrouped(store):
    ids = _one_at_a_time(store)
    triples = {d.id: x for d, x, _ in story()}
    store.replace_extractions([(ids["herald-1"], triples["herald-1"])])
    picture = picture_from_store(store)
    assert_consistent(store)
    assert _groups(picture) == _groups(build_picture(store.corpus()))


def test_the_newest_document_read_again_twice_is_brought_back_each_time(store):
    # SQLite gives freed row ids out again: re-reading the document that holds the newest records
    # stores records with the very ids it had, so the store's counts and newest ids cannot tell it.
    ids = _one_at_a_time(store)
    newest = max(ids.values())
    again = {d.id: x for d, x, _ in story()}[next(k for k, v in ids.items() if v == newest)]
    for _ in range(2):
        before = store.fingerprint()
        store.replace_extractions([(newest, again)])
        assert store.fingerprint() != before  # what caches the picture (the API) must see it too
        update_picture(store)
        assert_consistent(store)
        assert update_picture(store) is False


def test_reconsolidate_after_increments_gives_the_same_groups(store):
    _one_at_a_time(store)
    incremental = store.load_picture()
    assert _groups(reconsolidate(store)) == _groups(incremental)
    assert_consistent(store)


def test_claims_are_found_by_the_frame_and_figure_keys_grouping_uses(store):
    """A stored claim is indexed by its members' frame and figure keys, not only their words, so a new
    statement that shares no telling word with it still finds it, as grouping would."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from claimwatch.store.picture_tables import ClaimKeyRow
    from claimwatch.store.picture_update import candidate_claims

    for document, extraction, _ in story():
        store.add(document, extraction)
    reconsolidate(store)
    with Session(store.engine) as session:
        keyed = list(session.execute(select(ClaimKeyRow.claim_id, ClaimKeyRow.key).where(ClaimKeyRow.key.like("G:%"))))
        assert keyed, "no claim indexed by its figures"
        claim, key = keyed[0]
        assert claim in candidate_claims(session, [set()], [{key}])
        assert claim not in candidate_claims(session, [set()], [{"G:no such measure|1"}])


def test_documents_are_counted_for_updates_as_a_rebuild_counts_them(store):
    """An update weighs words and frames by the stored counts of documents using them, kept as documents
    come, go and are re-read: they end as the counts a rebuild writes."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from claimwatch.store.picture_tables import PictureCountRow

    def counts() -> dict[str, int]:
        with Session(store.engine) as session:
            return dict(session.execute(select(PictureCountRow.key, PictureCountRow.documents)).all())

    ids = _one_at_a_time(store)
    store.delete_documents([ids["post-1"]])
    store.replace_extractions([(ids["herald-1"], {d.id: x for d, x, _ in story()}["herald-1"])])
    update_picture(store)
    assert_consistent(store)
    kept = counts()
    assert kept["*"] == len(set(ids.values())) - 1 and kept["w:troop"] > 1  # harbor-1 is wire-1, stored once
    reconsolidate(store)
    assert counts() == kept


def test_candidate_claims_are_those_holding_enough_of_a_statement_s_word_weight(store):
    """Ranked by the idf of the words they share, as grouping weighs them: a claim sharing only a light word
    of a statement whose weight lies in a rare one could not resemble it enough, and is not regrouped."""
    from collections import defaultdict

    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from claimwatch.store.picture_tables import ClaimKeyRow
    from claimwatch.store.picture_update import candidate_claims

    for document, extraction, _ in story():
        store.add(document, extraction)
    reconsolidate(store)
    with Session(store.engine) as session:
        claims_of: dict[str, set[int]] = defaultdict(set)
        for claim, key in session.execute(select(ClaimKeyRow.claim_id, ClaimKeyRow.key)):
            claims_of[key].add(claim)
        alone = sorted((key, min(claims)) for key, claims in claims_of.items() if len(claims) == 1)
        (heavy, held), (light, other) = next(((a, b) for a in alone for b in alone if a[1] != b[1]))
        weighed = candidate_claims(session, [{heavy, light}], weights={heavy: 10.0, light: 1.0})
        assert held in weighed and other not in weighed
        assert other in candidate_claims(session, [{heavy, light}])  # by count, one shared word is enough


def test_claims_grouped_over_a_much_smaller_picture_are_grouped_again(store):
    """How rare a word or frame is moves as the picture grows: a claim grouped with the counts of a
    smaller corpus is regrouped (with the claims it may join) once the picture has grown past
    STALE_GROWTH times, a few a batch, so the order documents came in matters less."""
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from claimwatch.store.picture_tables import ClaimRow
    from claimwatch.store.picture_update import STALE_CLAIMS, STALE_GROWTH
    from synthetic import article

    store.add_many([article(n, stories=4) for n in range(20)])
    reconsolidate(store)
    grown = int(20 * STALE_GROWTH) + 2
    store.add_many([article(n, stories=4) for n in range(20, grown)])

    def stale() -> int:
        with Session(store.engine) as session:
            return session.scalar(select(func.count()).select_from(ClaimRow)
                                  .where(ClaimRow.grouped_at * STALE_GROWTH < grown))
    before = stale()
    assert before > 0  # every claim was grouped over 20 documents
    update_picture(store)
    assert stale() <= max(0, before - STALE_CLAIMS)
    assert_consistent(store)
