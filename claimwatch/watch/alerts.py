"""Alert rules over the stored changes, delivered to a webhook with retries.

A rule is `FIELD:TEXT`, several joined by commas all having to hold: `series:troops`
(a change of a series whose label holds "troops"), `claim:ceasefire`, `actor:ryder`,
`outlet:reuters`, `text:shelling` (summary or sentence), `kind:denial`. Matching is by
words held, in any case.

Delivery is at least once: the last change delivered to each webhook is kept in the
store, moved on only when the webhook took the alert (2xx), so a watch killed mid-way,
or a webhook down for a while, sends what is missing later instead of losing it.
"""
from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import httpx

from ..errors import ClaimwatchError
from ..store import Change, Store
from ..store.watch_state import CHANGE_KINDS, alert_cursor, changes, latest_change_id, set_alert_cursor

log = logging.getLogger("claimwatch.watch")
FIELDS = ("series", "claim", "actor", "outlet", "text", "kind")
RETRY_DELAYS = (1.0, 2.0, 4.0)  # seconds before the 2nd, 3rd and 4th attempt
BATCH = 200  # changes per webhook call


@dataclass(frozen=True)
class AlertRule:
    """One `--alert` rule: every (field, words) condition must hold."""

    text: str
    conditions: tuple[tuple[str, str], ...]

    def matches(self, change: Change) -> bool:
        return all(_holds(field, words, change) for field, words in self.conditions)


def parse_rule(text: str) -> AlertRule:
    """`series:troops` or `claim:ceasefire,kind:denial`; a ClaimwatchError naming the rule otherwise."""
    conditions = []
    for part in text.split(","):
        field, sep, words = part.partition(":")
        field, words = field.strip().lower(), words.strip().lower()
        if not sep or field not in FIELDS or not words:
            raise ClaimwatchError(f"alert rule {text!r}: write FIELD:TEXT with FIELD one of {', '.join(FIELDS)} "
                                  "(e.g. series:troops, claim:ceasefire,kind:denial)")
        if field == "kind" and words not in CHANGE_KINDS:
            raise ClaimwatchError(f"alert rule {text!r}: kind is one of {', '.join(CHANGE_KINDS)}")
        conditions.append((field, words))
    return AlertRule(text, tuple(conditions))


def _holds(field: str, words: str, change: Change) -> bool:
    if field == "kind":
        return change.kind == words
    if field in ("series", "claim"):
        return change.subject == field and words in change.label.lower()
    if field == "text":
        return words in change.summary.lower() or words in change.sentence.lower()
    return words in (getattr(change, field) or "").lower()


class Webhook:
    """Posts the changes that match the rules to one URL, from where the last delivery stopped."""

    def __init__(self, url: str, rules: Sequence[AlertRule], store: Store, *, timeout: float = 10.0,
                 sleep: Callable[[float], bool] | None = None, client: httpx.Client | None = None) -> None:
        self.url, self.rules, self.store, self.timeout = url, list(rules), store, timeout
        self._sleep = sleep or threading.Event().wait  # returns True when the watch is stopping
        self._client = client or httpx.Client(timeout=timeout, follow_redirects=False)
        if alert_cursor(store, url) is None:  # a new webhook hears of changes from now on, not the whole past
            set_alert_cursor(store, url, latest_change_id(store))

    def deliver(self) -> int:
        """Send every matching change after the cursor; returns how many were dealt with (taken, or refused
        for good by a 4xx); those the webhook could not take stay for the next call."""
        sent = 0
        while True:
            cursor = alert_cursor(self.store, self.url) or 0
            batch = changes(self.store, after=cursor, limit=BATCH)
            if not batch:
                return sent
            matched = [(c, [r.text for r in self.rules if r.matches(c)]) for c in batch]
            matched = [(c, names) for c, names in matched if names]
            if matched and not self._post(matched):
                return sent  # kept for the next poll
            set_alert_cursor(self.store, self.url, batch[-1].id)
            sent += len(matched)

    def _post(self, matched: list[tuple[Change, list[str]]]) -> bool:
        """True when the webhook took the alerts, or refused them for good (a 4xx: retrying cannot help)."""
        body = json.dumps({"source": "claimwatch", "changes": [{**c.to_dict(), "rules": names}
                                                              for c, names in matched]}, ensure_ascii=False)
        problem = ""
        for attempt, delay in enumerate((0.0, *RETRY_DELAYS)):
            if delay and self._sleep(delay):
                return False
            try:
                response = self._client.post(self.url, content=body.encode("utf-8"),
                                             headers={"Content-Type": "application/json"})
            except httpx.HTTPError as exc:
                problem = f"cannot reach it: {exc or type(exc).__name__}"
                continue
            if response.is_success:
                return True
            problem = f"HTTP {response.status_code} {response.reason_phrase}".strip()
            if 400 <= response.status_code < 500 and response.status_code not in (408, 429):
                log.warning("webhook %s: refused %d alert(s): %s; skipped", self.url, len(matched), problem)
                return True
        log.warning("webhook %s: %s after %d attempts; %d alert(s) kept for the next poll", self.url, problem,
                    len(RETRY_DELAYS) + 1, len(matched))
        return False

    def close(self) -> None:
        self._client.close()
