"""Changes are derived where the picture is written, from the rows an update touched (both backends).

The model-free extractor reads 'Name said' / 'Name denied' and bare numbers, so each
test writes the news it needs in a sentence or two.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from fakes import fake_extract, fake_extractor

from claimwatch.models import Document
from claimwatch.pipeline import reconsolidate, reextract, update_picture
from claimwatch.store.watch_state import changes, latest_change_id

CROSSING = "300 people crossed the bridge at the river crossing on Monday."


def add(store, n: int, text: str, day: int = 20) -> int:
    document = Document(id=f"d{n}", text=text, published=date(2024, 10, day), outlet=f"Outlet {n}",
                        url=f"https://news.example/{n}")
    (result,) = store.add_many([(document, fake_extract(document))])
    return result.id


def kinds(found) -> list[str]:
    return [c.kind for c in found]


def test_the_first_picture_tells_its_claims_as_new_with_sentence_and_link(store):
    doc = add(store, 1, f"Grant said {CROSSING}")
    update_picture(store)
    (change,) = changes(store)
    assert change.kind == "new_claim" and change.subject == "claim" and change.actor == "Grant"
    assert change.sentence == f"Grant said {CROSSING}" and change.after == "single-source"
    assert change.document_id == doc and change.url == "https://news.example/1" and change.outlet == "Outlet 1"
    assert change.day == "2024-10-20" and "new claim" in change.summary
    assert datetime.utcnow() - change.at < timedelta(minutes=5)


def test_a_second_source_confirms_and_a_denial_disputes(store):
    add(store, 1, f"Grant said {CROSSING}")
    update_picture(store)
    first = latest_change_id(store)
    add(store, 2, f"Hale said {CROSSING}", day=21)
    update_picture(store)
    (confirmed,) = changes(store, after=first)
    assert (confirmed.kind, confirmed.before, confirmed.after) == ("status_change", "single-source", "confirmed")
    assert confirmed.sentence == f"Hale said {CROSSING}" and confirmed.day == "2024-10-21"
    second = latest_change_id(store)
    add(store, 3, f"Moss denied {CROSSING}", day=22)
    update_picture(store)
    found = changes(store, after=second)
    assert sorted(kinds(found)) == ["contradiction", "denial", "status_change"]
    status = next(c for c in found if c.kind == "status_change")
    assert (status.before, status.after) == ("confirmed", "disputed")
    denial = next(c for c in found if c.kind == "denial")
    assert denial.actor == "Moss" and denial.sentence == f"Moss denied {CROSSING}"
    assert next(c for c in found if c.kind == "contradiction").url == "https://news.example/3"


def test_a_copy_of_a_known_denial_is_not_news_again(store):
    add(store, 1, f"Grant said {CROSSING}")
    add(store, 2, f"Moss denied {CROSSING}")
    update_picture(store)
    told = latest_change_id(store)
    add(store, 3, f"Moss denied {CROSSING} Officials in the town repeated it.")
    update_picture(store)
    assert "denial" not in kinds(changes(store, after=told))


def test_a_re_read_document_and_a_rebuilt_picture_tell_nothing_again(store):
    add(store, 1, f"Grant said {CROSSING}")
    add(store, 2, f"Moss denied {CROSSING}")
    update_picture(store)
    told = latest_change_id(store)
    assert told > 0
    with store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE documents SET extraction_version = 0")
    assert reextract(store, extractor=fake_extractor) == 2
    reconsolidate(store)
    assert changes(store, after=told) == []


def test_changes_are_listed_by_time_taken_in_and_kind(store):
    add(store, 1, f"Grant said {CROSSING}")
    add(store, 2, f"Moss denied {CROSSING}")
    update_picture(store)
    every = changes(store)
    assert kinds(changes(store, kinds=["denial"])) == ["denial"]
    assert changes(store, since=every[-1].at + timedelta(seconds=1)) == []
    assert [c.id for c in changes(store, limit=2, newest_first=True)] == [every[-1].id, every[-2].id]


def test_a_killed_update_leaves_neither_picture_nor_changes(store, monkeypatch):
    add(store, 1, f"Grant said {CROSSING}")
    update_picture(store)
    told = latest_change_id(store)
    add(store, 2, f"Moss denied {CROSSING}")
    import claimwatch.store.picture_changes as picture_changes

    def crash(*args, **kwargs):
        raise RuntimeError("killed")
    monkeypatch.setattr(picture_changes, "_series_changes", crash)
    with pytest.raises(RuntimeError):
        update_picture(store)
    assert latest_change_id(store) == told and store.documents_outside_picture() != []
    monkeypatch.undo()
    update_picture(store)
    assert "denial" in kinds(changes(store, after=told))


def test_an_upgraded_store_does_not_announce_the_documents_its_picture_already_held(store_url):
    """Migration 0004 counts every document of an existing picture as told."""
    from migrations import downgraded_and_upgraded
    from sqlalchemy import text

    from claimwatch.store import Store

    with Store(store_url) as store:
        add(store, 1, f"Grant said {CROSSING}")
        update_picture(store)
    with downgraded_and_upgraded(store_url, "0003") as connection:
        assert connection.execute(text("SELECT count(*) FROM picture_arrivals")).scalar() == 1
    with Store(store_url) as store:
        reconsolidate(store)
        assert changes(store) == []


def test_a_sentence_at_odds_with_several_others_is_one_contradiction():
    from claimwatch.store.picture_changes import _contradictions

    def cite(doc: str, sentence: str) -> dict:
        return {"document": doc, "outlet": None, "published": "2024-10-22", "sentence": sentence, "url": None}
    new = cite("9", "The mayor said 300 people died.")
    found = [{"kind": "figures", "about": "deaths", "first": cite("1", "The ministry said 40 died."), "second": new,
              "explanation": "ministry gives 40, mayor gives 300"},
             {"kind": "figures", "about": "deaths", "first": cite("2", "The Red Crescent said 90 died."),
              "second": new, "explanation": "Red Crescent gives 90, mayor gives 300"},
             {"kind": "figures", "about": "deaths", "first": cite("1", "The ministry said 40 died."),
              "second": cite("2", "The Red Crescent said 90 died."), "explanation": "old news"}]
    (told,) = _contradictions(found, {"subject": "series"}, arrived={"9"})
    assert told["summary"] == "ministry gives 40, mayor gives 300; Red Crescent gives 90, mayor gives 300"
    assert (told["document_id"], told["after"]) == (9, "The mayor said 300 people died.")
    assert _contradictions(found, {"subject": "series"}, arrived={"5"}) == []
