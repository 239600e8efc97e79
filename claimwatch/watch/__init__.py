"""Watching a situation: feeds and pages polled on a schedule, their news taken into the picture.

`Watcher` polls (`watcher.py`), `fetch` asks conditionally (`fetch.py`), `Schedule` and
`HostGate` pace it (`schedule.py`), `Webhook` sends alerts (`alerts.py`). What changed is
derived where the picture is written: `claimwatch.store.picture_changes`.
"""
from .alerts import AlertRule, Webhook, parse_rule
from .fetch import FetchFailed, Fetched, fetch
from .schedule import parse_duration
from .watcher import PollReport, Watcher

__all__ = ["AlertRule", "FetchFailed", "Fetched", "PollReport", "Watcher", "Webhook", "fetch", "parse_duration",
           "parse_rule"]
