"""The watcher against a loopback feed server whose items change between polls (both backends)."""
from __future__ import annotations

import logging
from datetime import datetime, timezone

import pytest
from fakes import fake_extractor
from sqlalchemy import select
from sqlalchemy.orm import Session

from claimwatch.errors import ClaimwatchError
from claimwatch.store.models import DocumentRow
from claimwatch.store.watch_state import changes, latest_change_id, list_sources, load_sources
from claimwatch.watch import Watcher

CROSSING = "300 people crossed the bridge at the river crossing on Monday."


def watcher(store, urls, **options) -> Watcher:
    options = {"every": 60.0, "timeout": 1.0, "host_interval": 0.0, "extractor": fake_extractor, **options}
    return Watcher(store, urls, **options)


def source_ids(store) -> set[str]:
    with Session(store.engine) as session:
        return set(session.scalars(select(DocumentRow.source_id)))


def test_new_items_reach_the_picture_at_the_next_poll_with_conditional_requests(store, server):
    alpha, beta = server.add_feed("alpha.xml", "Alpha News"), server.add_feed("beta.xml", "Beta Wire")
    server.publish("alpha.xml", "a1", "Bridge", f"Grant said {CROSSING}")
    watch = watcher(store, [alpha, beta])
    first = watch.poll(list(watch.states))
    assert (first.polled, first.stored, first.failed) == (2, 1, [])
    assert store.documents_outside_picture() == [] and latest_change_id(store) == 1
    server.publish("beta.xml", "b1", "Bridge", f"Moss denied {CROSSING}")
    second = watch.poll(list(watch.states))
    assert (second.stored, second.unchanged) == (1, 1)
    assert server.not_modified["alpha.xml"] == 1  # asked with its ETag: nothing downloaded again
    assert source_ids(store) == {"a1", "b1"} and store.documents_outside_picture() == []
    assert {"denial", "status_change", "contradiction"} <= {c.kind for c in changes(store)}
    states = load_sources(store, [alpha, beta])
    assert states[alpha].etag and states[alpha].polls == 2 and states[alpha].items_seen == 1
    assert states[beta].kind == "feed" and states[beta].last_success_at is not None and states[beta].failures == 0


@pytest.mark.parametrize("trouble, reason", [("500", "HTTP 500"), ("hang", "timed out after 1s"),
                                             ("loop", "redirect loop"), ("malformed", "not an RSS or Atom feed")])
def test_a_failing_source_is_logged_by_name_and_the_others_go_on(store, server, caplog, trouble, reason):
    good = server.add_feed("good.xml", "Good News")
    server.publish("good.xml", "g1", "Bridge", f"Grant said {CROSSING}")
    bad = server.url(f"bad-{trouble}")
    server.misbehaving[f"bad-{trouble}"] = trouble
    watch = watcher(store, [bad, good])
    with caplog.at_level(logging.WARNING, logger="claimwatch.watch"):
        report = watch.poll(list(watch.states))
    assert report.stored == 1 and source_ids(store) == {"g1"} and store.documents_outside_picture() == []
    (url, why), = report.failed
    assert url == bad and reason in why
    (line,) = [r.getMessage() for r in caplog.records if bad in r.getMessage()]
    assert line.startswith(f"{bad}: ") and reason in line
    state = load_sources(store, [bad])[bad]
    assert state.failures == 1 and reason in state.last_error and state.next_poll_at is not None
    assert watch.schedule.due() == []  # backed off: twice the interval


def test_a_source_that_recovers_is_read_again_and_its_failures_reset(store, server):
    feed = server.add_feed("flaky.xml", "Flaky")
    server.misbehaving["flaky.xml"] = "500"
    watch = watcher(store, [feed])
    watch.poll([feed])
    watch.poll([feed])
    assert load_sources(store, [feed])[feed].failures == 2
    del server.misbehaving["flaky.xml"]
    server.publish("flaky.xml", "f1", "Bridge", f"Grant said {CROSSING}")
    watch.poll([feed])
    state = load_sources(store, [feed])[feed]
    assert state.failures == 0 and state.items_seen == 1 and "HTTP 500" in state.last_error


def test_an_empty_feed_is_healthy_and_an_entry_without_text_is_rejected_once(store, server, caplog):
    feed = server.add_feed("quiet.xml", "Quiet")
    watch = watcher(store, [feed])
    assert watch.poll([feed]).failed == []
    server.publish("quiet.xml", "q1", "Only a title", "")
    with caplog.at_level(logging.WARNING, logger="claimwatch.watch"):
        watch.poll([feed])
        server.publish("quiet.xml", "q2", "Bridge", f"Grant said {CROSSING}")
        watch.poll([feed])
    rejected = [r.getMessage() for r in caplog.records if "no text" in r.getMessage()]
    assert len(rejected) == 1 and feed in rejected[0]
    assert source_ids(store) == {"q2"}


def test_a_run_killed_after_storing_but_before_saving_the_source_loses_nothing(store, server, monkeypatch):
    feed = server.add_feed("wire.xml", "Wire")
    server.publish("wire.xml", "w1", "Bridge", f"Grant said {CROSSING}")
    import claimwatch.watch.watcher as watcher_module

    def killed(*args):
        raise KeyboardInterrupt
    monkeypatch.setattr(watcher_module, "save_source", killed)
    with pytest.raises(KeyboardInterrupt):
        watcher(store, [feed]).poll([feed])
    assert source_ids(store) == {"w1"} and store.documents_outside_picture() != []
    monkeypatch.undo()
    server.publish("wire.xml", "w2", "Bridge", f"Moss denied {CROSSING}")
    rerun = watcher(store, [feed])
    rerun.run(once=True)
    assert source_ids(store) == {"w1", "w2"} and store.documents_outside_picture() == []
    assert "new_claim" in {c.kind for c in changes(store)} and "denial" in {c.kind for c in changes(store)}


def test_only_http_sources_are_watched(store):
    with pytest.raises(ClaimwatchError, match="feeds.txt: not an http"):
        Watcher(store, ["feeds.txt"], every=60, extractor=fake_extractor)
    with pytest.raises(ClaimwatchError, match="no sources"):
        Watcher(store, [], every=60, extractor=fake_extractor)


def test_the_run_loop_polls_on_schedule_until_stopped(store, server):
    feed = server.add_feed("loop.xml", "Loop")
    server.publish("loop.xml", "l1", "Bridge", f"Grant said {CROSSING}")
    watch = watcher(store, [feed], every=0.05)
    polls = []

    def seen(report) -> None:
        polls.append(report)
        if len(polls) == 1:
            server.publish("loop.xml", "l2", "Bridge", f"Moss denied {CROSSING}")
        if len(polls) == 3:
            watch.stop()
    watch.run(on_poll=seen)
    assert [p.stored for p in polls] == [1, 1, 0]
    assert {s.url: s.polls for s in list_sources(store)} == {feed: 3}


@pytest.mark.slow
def test_a_new_figure_is_told_with_its_change_from_the_holder_s_last(store, server, nlp):
    feed = server.add_feed("floods.xml", "Coast Radio")
    server.publish("floods.xml", "c1", "Floods", "The health ministry said on Monday that 40 people had died in "
                   "the floods in Derna.", datetime(2024, 10, 21, tzinfo=timezone.utc))
    watch = Watcher(store, [feed], every=60, timeout=2, host_interval=0)
    watch.run(once=True)
    told = latest_change_id(store)
    server.publish("floods.xml", "c2", "Floods", "The health ministry said on Tuesday that 55 people had died in "
                   "the floods in Derna.", datetime(2024, 10, 22, tzinfo=timezone.utc))
    watch.poll([feed])
    (figure,) = changes(store, after=told, kinds=["new_figure"])
    assert (figure.before, figure.after, figure.delta) == ("40 deaths", "55 deaths", 15)
    assert figure.label == "deaths in Derna" and figure.actor == "health ministry" and figure.day == "2024-10-22"
    assert figure.sentence.startswith("The health ministry said on Tuesday") and figure.url.endswith("/items/c2")


def test_the_loop_outlives_the_store_going_away_for_a_while(store, server, monkeypatch, caplog):
    from sqlalchemy.exc import OperationalError

    import claimwatch.watch.watcher as watcher_module

    feed = server.add_feed("outage.xml", "Outage")
    server.publish("outage.xml", "o1", "Bridge", f"Grant said {CROSSING}")
    real, calls = watcher_module.update_picture, []

    def flaky(store_) -> bool:
        calls.append(1)
        if len(calls) == 2:  # the first poll's update: the server restarts under it
            raise OperationalError("UPDATE", {}, Exception("server closed the connection"))
        return real(store_)
    monkeypatch.setattr(watcher_module, "update_picture", flaky)
    watch = watcher(store, [feed], every=0.05)
    with caplog.at_level(logging.ERROR, logger="claimwatch.watch"):
        watch.run(on_poll=lambda report: watch.stop())
    assert any("the store cannot be used" in r.getMessage() for r in caplog.records)
    assert source_ids(store) == {"o1"} and store.documents_outside_picture() == []


def test_a_watch_apart_brings_the_picture_up_to_date_in_a_child_process(store, server, monkeypatch, tmp_path):
    """The CLI's watch updates the picture in a forked child, whose heap goes back to the system when it
    exits: in process, each update left memory pinned for good (issue 14). Its errors still reach the loop."""
    import os

    import claimwatch.watch.watcher as watcher_module
    from claimwatch.store import StoreError

    if not hasattr(os, "fork"):
        pytest.skip("no fork here: the watch updates in process")
    feed = server.add_feed("apart.xml", "Apart")
    server.publish("apart.xml", "p1", "Bridge", f"Grant said {CROSSING}")
    real, pids = watcher_module.update_picture, tmp_path / "pids"

    def recorded(store_) -> bool:
        with pids.open("a") as out:
            out.write(f"{os.getpid()}\n")
        return real(store_)
    monkeypatch.setattr(watcher_module, "update_picture", recorded)
    watch = watcher(store, [feed], apart=True)
    assert watch.poll([feed]).stored == 1  # the first update runs here: it fills the caches children share
    server.publish("apart.xml", "p2", "Bridge", f"Moss denied {CROSSING}")
    pids.write_text("")
    report = watch.poll([feed])
    assert report.stored == 1 and report.changes >= 1
    assert store.documents_outside_picture() == [] and source_ids(store) == {"p1", "p2"}
    updaters = {int(line) for line in pids.read_text().split()}
    assert updaters and os.getpid() not in updaters

    def gone(store_) -> bool:
        raise StoreError("the database went away")
    monkeypatch.setattr(watcher_module, "update_picture", gone)
    with pytest.raises(StoreError, match="went away"):
        watch.catch_up()
