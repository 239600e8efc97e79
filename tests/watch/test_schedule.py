"""When sources are polled: durations, backoff, the schedule and the per-host pace, on a hand-moved clock."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from claimwatch.errors import ClaimwatchError
from claimwatch.store import SourceState
from claimwatch.watch.schedule import (MAX_BACKOFF, HostGate, Schedule, backoff, host_of, parse_duration,
                                       since_time)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize("text, seconds", [("90", 90), ("30s", 30), ("10m", 600), ("2h", 7200), ("1d", 86400),
                                           ("0.5s", 0.5)])
def test_durations(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "ten minutes", "10x", "-5m", "0"])
def test_a_bad_duration_is_one_clear_error(text):
    with pytest.raises(ClaimwatchError, match="is not a duration"):
        parse_duration(text)


def test_backoff_doubles_per_failure_up_to_a_cap_and_honours_retry_after():
    assert backoff(600, 0) == 600
    assert [backoff(600, n) for n in (1, 2, 3)] == [1200, 2400, 4800]
    assert backoff(600, 30) == MAX_BACKOFF
    assert backoff(86400, 3) == 86400  # never more often than asked because of the cap
    assert backoff(10, 1, retry_after=300) == 300


def test_the_schedule_runs_each_source_on_its_own_time():
    clock = Clock()
    schedule = Schedule(60, clock)
    schedule.add(SourceState("http://a/feed"))
    schedule.add(SourceState("http://b/feed"))
    assert schedule.due() == ["http://a/feed", "http://b/feed"]
    schedule.polled("http://a/feed", 0)
    schedule.polled("http://b/feed", 2)
    assert schedule.due() == [] and schedule.seconds_to_next() == 60
    clock.now += 60
    assert schedule.due() == ["http://a/feed"]
    clock.now += 180
    assert schedule.due() == ["http://a/feed", "http://b/feed"]


def test_a_restart_keeps_a_failing_source_s_backoff_but_polls_healthy_ones_at_once():
    clock, now = Clock(), datetime(2025, 1, 1, 12, 0)
    schedule = Schedule(60, clock)
    schedule.add(SourceState("http://ok/feed", next_poll_at=now + timedelta(minutes=5)), utcnow=now)
    schedule.add(SourceState("http://bad/feed", failures=3, next_poll_at=now + timedelta(minutes=5)), utcnow=now)
    assert schedule.due() == ["http://ok/feed"]
    clock.now += 300
    assert "http://bad/feed" in schedule.due()


def test_one_host_gets_one_request_per_interval_whatever_the_port():
    clock = Clock()
    gate = HostGate(2.0, clock)
    assert host_of("http://127.0.0.1:8001/a") == host_of("http://127.0.0.1:8002/b") == "127.0.0.1"
    assert gate.wait_time("127.0.0.1") == 0
    gate.sent("127.0.0.1")
    assert gate.wait_time("127.0.0.1") == 2.0 and gate.wait_time("127.0.0.2") == 0
    clock.now += 1.5
    assert gate.wait_time("127.0.0.1") == pytest.approx(0.5)


def test_since_reads_days_times_and_durations_back():
    now = datetime(2025, 3, 10, 12, 0)
    assert since_time("2024-10-20", now) == datetime(2024, 10, 20)
    assert since_time("2024-10-20T08:30", now) == datetime(2024, 10, 20, 8, 30)
    assert since_time("2024-10-20T08:30+02:00", now) == datetime(2024, 10, 20, 6, 30)
    assert since_time("2h", now) == datetime(2025, 3, 10, 10, 0)
    with pytest.raises(ClaimwatchError, match="neither a day"):
        since_time("last tuesday", now)
