"""Alert rules, and their delivery to a loopback webhook: retried, at least once, never the whole past."""
from __future__ import annotations

import http.server
import json
import threading
from datetime import date

import pytest
from fakes import fake_extract

from claimwatch.errors import ClaimwatchError
from claimwatch.models import Document
from claimwatch.pipeline import update_picture
from claimwatch.store import Change
from claimwatch.store.watch_state import alert_cursor, latest_change_id
from claimwatch.watch import Webhook, parse_rule

CROSSING = "300 people crossed the bridge at the river crossing on Monday."


def change(**fields) -> Change:
    base = dict(id=1, at=None, kind="new_figure", day="2024-10-20", subject="series", subject_key="troops",
                label="troops in Kursk", actor="Pat Ryder", before="300 troops", after="450 troops", delta=150.0,
                summary="troops in Kursk: Pat Ryder gives 450 troops", sentence="Ryder said 450 troops crossed.",
                document_id=1, url=None, outlet="Example Wire")
    return Change(**{**base, **fields})


def test_rules_match_by_words_held_in_any_case_all_conditions_together():
    assert parse_rule("series:Troops").matches(change())
    assert not parse_rule("claim:troops").matches(change())
    assert parse_rule("actor:ryder,kind:new_figure").matches(change())
    assert not parse_rule("actor:ryder,kind:denial").matches(change())
    assert parse_rule("text:crossed").matches(change()) and parse_rule("outlet:wire").matches(change())


@pytest.mark.parametrize("rule", ["troops", "series:", "colour:red", "kind:rumour"])
def test_a_bad_rule_is_one_clear_error_naming_it(rule):
    with pytest.raises(ClaimwatchError, match=f"alert rule {rule!r}"):
        parse_rule(rule)


class Hook:
    """A loopback webhook answering each POST with the next status of `answers` (then 200)."""

    def __init__(self, answers: list[int]) -> None:
        self.answers, self.bodies = list(answers), []
        hook = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers["Content-Length"]))
                status = hook.answers.pop(0) if hook.answers else 200
                if status == 200:
                    hook.bodies.append(json.loads(body))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def hook_server():
    made: list[Hook] = []

    def make(answers: list[int]) -> Hook:
        made.append(Hook(answers))
        return made[-1]
    yield make
    for hook in made:
        hook.close()


def add(store, n: int, text: str) -> None:
    document = Document(id=f"d{n}", text=text, published=date(2024, 10, 20), url=f"https://news.example/{n}")
    store.add_many([(document, fake_extract(document))])
    update_picture(store)


def no_wait(seconds: float) -> bool:
    return False


def test_alerts_are_retried_until_taken_and_sent_once(store, hook_server):
    add(store, 1, f"Grant said {CROSSING}")
    hook = hook_server([500, 503])
    webhook = Webhook(hook.url, [parse_rule("kind:denial")], store, sleep=no_wait)
    assert alert_cursor(store, hook.url) == latest_change_id(store)  # the past is not sent
    add(store, 2, f"Moss denied {CROSSING}")
    assert webhook.deliver() == 1
    ((alert,),) = [body["changes"] for body in hook.bodies]
    assert alert["kind"] == "denial" and alert["rules"] == ["kind:denial"] and alert["actor"] == "Moss"
    assert alert["sentence"] == f"Moss denied {CROSSING}" and alert["url"] == "https://news.example/2"
    assert webhook.deliver() == 0 and len(hook.bodies) == 1
    webhook.close()


def test_a_webhook_down_keeps_its_alerts_for_later(store, hook_server, caplog):
    hook = hook_server([500] * 4)
    webhook = Webhook(hook.url, [parse_rule("claim:bridge")], store, sleep=no_wait)
    add(store, 1, f"Grant said {CROSSING}")
    assert webhook.deliver() == 0 and hook.bodies == []
    assert any(hook.url in r.getMessage() and "HTTP 500" in r.getMessage() for r in caplog.records)
    again = Webhook(hook.url, [parse_rule("claim:bridge")], store, sleep=no_wait)  # a restarted watch
    assert again.deliver() == 1 and hook.bodies[0]["changes"][0]["kind"] == "new_claim"
    webhook.close()
    again.close()


def test_a_webhook_that_refuses_for_good_is_not_retried_forever(store, hook_server):
    hook = hook_server([400])
    webhook = Webhook(hook.url, [parse_rule("claim:bridge")], store, sleep=no_wait)
    add(store, 1, f"Grant said {CROSSING}")
    assert webhook.deliver() == 1 and hook.bodies == [] and hook.answers == []
    assert alert_cursor(store, hook.url) == latest_change_id(store)
    webhook.close()
