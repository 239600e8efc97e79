"""The store at scale: bulk insert rows/s, and query p95 on a store of 1,000,000 statements.

Data is synthetic, generated here from a seeded random source: pseudo-word texts
with a Zipf-like word distribution, a few thousand speakers, two years of dates.

1. Bulk insert: `Store.add_many` (the ingest path: content hash, MinHash near-copy
   check, one transaction per batch) on a few thousand documents; rows/s counts
   the document rows and every record row.
2. Fill: documents and statements are then bulk-loaded with plain INSERTs into the
   same tables (the FTS trigger / generated column still runs) up to the target
   number of statements; this is setup, not measured.
3. Queries: the filtered, paginated statements listing (`Store.statements` with a
   stance, a date range or a speaker, pages 1-10) and `Store.search`, each run
   repeatedly; p50 and p95 in ms. Target: p95 < 100 ms.

PostgreSQL is reached at $CLAIMWATCH_BENCH_POSTGRES (default: the test server,
postgresql+psycopg://postgres@127.0.0.1:5432/test); the benchmark uses a schema
of its own and drops it afterwards.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

from common import REPO

import sys

sys.path.insert(0, str(REPO))

from sqlalchemy import func, insert, select  # noqa: E402

from claimwatch.models import Document, Entity, Extraction, Quantity, Statement, TimeExpr  # noqa: E402
from claimwatch.store import Store  # noqa: E402
from claimwatch.store.convert import extraction_rows  # noqa: E402
from claimwatch.store.models import DocumentRow, OutletRow, StatementRow  # noqa: E402

TARGET_MS = 100
POSTGRES = os.environ.get("CLAIMWATCH_BENCH_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
STANCES = ("assert", "assert", "assert", "assert", "deny", "not_deny", "decline")
START = date(2023, 1, 1)
DAYS = 730


class Synthetic:
    """Seeded generator of texts, speakers and extractions."""

    def __init__(self, seed: int = 8) -> None:
        self.random = random.Random(seed)
        syllables = ["ka", "lo", "ri", "ven", "tas", "mor", "eli", "dun", "sa", "per", "quo", "nim", "bra", "tel"]
        self.words = sorted({"".join(self.random.choices(syllables, k=self.random.randint(2, 3)))
                             for _ in range(6000)})
        self.random.shuffle(self.words)
        self.weights = [1 / (rank + 1) for rank in range(len(self.words))]  # Zipf-like
        first = ["Ana", "Boris", "Chen", "Dana", "Emre", "Fatima", "Goran", "Hana", "Ivo", "Jana", "Kofi", "Lena"]
        self.speakers = [f"{f} {w.capitalize()}" for f in first for w in self.words[1000:1250]]
        self.outlets = [f"The {w.capitalize()} Courier" for w in self.words[2000:2040]]

    def text(self, words: int = 60) -> str:
        return " ".join(self.random.choices(self.words, self.weights, k=words)) + "."

    def day(self) -> date:
        return START + timedelta(days=self.random.randrange(DAYS))

    def extraction(self, doc_id: str, text: str, statements: int, rich: bool) -> Extraction:
        cut = max(1, len(text) // max(statements, 1))
        said = [Statement(speaker=self.random.choice(self.speakers), stance=self.random.choice(STANCES),
                          span=(k * cut, min(len(text), (k + 1) * cut)), said_on=self.day().isoformat(),
                          cue="said", content=text[k * cut:(k + 1) * cut][:80]) for k in range(statements)]
        if not rich:
            return Extraction(id=doc_id, statements=said)
        return Extraction(
            id=doc_id, statements=said,
            quantities=[Quantity(text="40", span=(0, 2), value=float(self.random.randint(1, 10**6)), unit="people")
                        for _ in range(5)],
            times=[TimeExpr(text="Monday", value=self.day().isoformat(), span=(0, 6)) for _ in range(5)],
            entities=[Entity(text=self.random.choice(self.speakers), label="PERSON", span=(0, 5)) for _ in range(5)])


def bulk_insert(store: Store, data: Synthetic, documents: int, batch: int = 200) -> dict:
    """Rows/s through `Store.add_many`, the path ingest takes."""
    rows = 0
    start = time.perf_counter()
    for first in range(0, documents, batch):
        pairs = []
        for n in range(first, min(first + batch, documents)):
            text = f"bulk {n} " + data.text()
            extraction = data.extraction(f"bulk-{n}", text, statements=10, rich=True)
            pairs.append((Document(id=f"bulk-{n}", text=text, published=data.day(),
                                   outlet=data.random.choice(data.outlets)), extraction))
            rows += 1 + len(extraction.statements) + len(extraction.quantities) + len(extraction.times) \
                + len(extraction.entities)
        store.add_many(pairs)
    seconds = time.perf_counter() - start
    return {"documents": documents, "rows": rows, "seconds": seconds, "rows_per_s": rows / seconds}


def fill(store: Store, data: Synthetic, statements: int, per_document: int = 10, batch: int = 2000) -> float:
    """Load documents and statements with plain bulk INSERTs until `statements` are stored."""
    start = time.perf_counter()
    existing = store.count()["statements"]
    with store.engine.begin() as connection:  # the outlets the bulk phase stored
        outlet_ids = list(connection.execute(select(OutletRow.id)).scalars())
        next_id = connection.execute(select(func.max(DocumentRow.id))).scalar_one() + 1
    now = datetime(2025, 1, 1)
    while existing < statements:
        documents, rows = [], []
        for _ in range(batch):
            doc_id, next_id = next_id, next_id + 1
            text = f"fill {doc_id} " + data.text()
            documents.append({"id": doc_id, "source_id": f"fill-{doc_id}", "outlet_id": data.random.choice(outlet_ids),
                              "published": data.day(), "published_inferred": False, "text": text,
                              "content_hash": uuid.uuid4().hex, "extraction_version": 1, "ingested_at": now,
                              "title": None, "url": None, "author": None, "minhash": None, "duplicate_of": None,
                              "similarity": None, "origin": None})
            rows += extraction_rows(data.extraction(str(doc_id), text, per_document, rich=False), doc_id,
                                    documents[-1]["published"])[StatementRow]
        with store.engine.begin() as connection:
            connection.execute(insert(DocumentRow), documents)
            connection.execute(insert(StatementRow), rows)
        existing += len(rows)
    return time.perf_counter() - start


def query_times(store: Store, data: Synthetic, repeats: int) -> dict[str, list[float]]:
    """Milliseconds per call for each kind of query the API and web pages make."""
    kinds = {
        "statements: stance + page": lambda: store.statements(stance=data.random.choice(("deny", "decline")),
                                                              limit=50, offset=50 * data.random.randrange(10)),
        "statements: date range + page": lambda: _in_range(store, data),
        "statements: speaker contains": lambda: store.statements(speaker=data.random.choice(data.speakers).split()[1],
                                                                 limit=50),
        "statements: outlet + stance": lambda: store.statements(outlet=data.random.choice(data.outlets),
                                                                stance="deny", limit=50),
        "search: one word": lambda: store.search(data.random.choice(data.words[50:3000]), limit=20),
        "search: two words": lambda: store.search(" ".join(data.random.sample(data.words[20:400], 2)), limit=20),
    }
    times: dict[str, list[float]] = {}
    for name, run in kinds.items():
        run()  # warm the caches once
        samples = []
        for _ in range(repeats):
            start = time.perf_counter()
            run()
            samples.append((time.perf_counter() - start) * 1000)
        times[name] = samples
    return times


def _in_range(store: Store, data: Synthetic) -> list:
    since = data.day()
    return store.statements(since=since, until=since + timedelta(days=30), limit=50,
                            offset=50 * data.random.randrange(5))


def _postgres_url() -> tuple[str, str] | None:
    import psycopg

    admin_url = POSTGRES.replace("postgresql+psycopg://", "postgresql://", 1)
    schema = f"cw_bench_{uuid.uuid4().hex[:8]}"
    try:
        with psycopg.connect(admin_url, autocommit=True, connect_timeout=10) as admin:
            admin.execute(f'CREATE SCHEMA "{schema}"')
    except psycopg.OperationalError:
        return None
    sep = "&" if "?" in POSTGRES else "?"
    return f"{POSTGRES}{sep}options={quote(f'-csearch_path={schema}')}", schema


def _drop_schema(schema: str) -> None:
    import psycopg

    with psycopg.connect(POSTGRES.replace("postgresql+psycopg://", "postgresql://", 1), autocommit=True) as admin:
        admin.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def measure(quick: bool = False, statements: int | None = None, backends: tuple[str, ...] = ("sqlite", "postgresql"),
            repeats: int | None = None) -> dict:
    statements = statements or (100_000 if quick else 1_000_000)
    repeats = repeats or (10 if quick else 40)
    bulk_docs = 500 if quick else 3000
    results = {"statements": statements, "repeats": repeats, "backends": {}}
    for backend in backends:
        data = Synthetic()
        with tempfile.TemporaryDirectory() as tmp:
            schema = None
            if backend == "sqlite":
                url = f"sqlite:///{Path(tmp) / 'bench.db'}"
            else:
                found = _postgres_url()
                if found is None:
                    results["backends"][backend] = {"skipped": f"PostgreSQL not reachable at {POSTGRES}"}
                    continue
                url, schema = found
            try:
                with Store(url) as store:
                    bulk = bulk_insert(store, data, bulk_docs)
                    fill_seconds = fill(store, data, statements)
                    if backend == "postgresql":
                        with store.engine.begin() as connection:
                            connection.exec_driver_sql("ANALYZE")
                    counts = store.count()
                    times = query_times(store, data, repeats)
            finally:
                if schema:
                    _drop_schema(schema)
        results["backends"][backend] = {"bulk": bulk, "fill_seconds": fill_seconds, "counts": counts,
                                        "times": times}
    return results


def _p(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def report(result: dict) -> str:
    lines = ["## Store: bulk insert and query latency (bench/store_speed.py)", "",
             f"Synthetic data; queries on a store of {result['statements']:,} statements, "
             f"{result['repeats']} calls per kind after one warm-up call.", ""]
    for backend, r in result["backends"].items():
        if "skipped" in r:
            lines += [f"### {backend}", "", f"Skipped: {r['skipped']}.", ""]
            continue
        b, c = r["bulk"], r["counts"]
        lines += [f"### {backend}", "",
                  f"Bulk insert via `Store.add_many` (hash, MinHash near-copy check, 200 documents per "
                  f"transaction): {b['documents']:,} documents, {b['rows']:,} rows in {b['seconds']:.1f} s = "
                  f"**{b['rows_per_s']:,.0f} rows/s**.", "",
                  f"Store for the queries: {c['documents']:,} documents, {c['statements']:,} statements "
                  f"(filled in {r['fill_seconds']:.0f} s).", "",
                  "| query | p50 ms | p95 ms | < 100 ms |", "| --- | ---: | ---: | :---: |"]
        for name, samples in r["times"].items():
            p95 = _p(samples, 0.95)
            lines.append(f"| {name} | {statistics.median(samples):.1f} | {p95:.1f} | "
                         f"{'yes' if p95 < TARGET_MS else '**no**'} |")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--statements", type=int)
    parser.add_argument("--backend", action="append", choices=("sqlite", "postgresql"))
    args = parser.parse_args()
    print(report(measure(args.quick, args.statements, tuple(args.backend or ("sqlite", "postgresql")))))
