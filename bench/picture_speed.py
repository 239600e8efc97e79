"""What consolidation costs next to extraction, on corpora of one developing story.

The picture is rebuilt from extracted records (as `claimwatch picture --db` does), so
its cost should stay a fraction of what reading the documents cost, and grow about
linearly with the corpus. Corpora: the shared picture dev cases and our sample corpus,
read at run time (never copied into the repo). Both stages run in this process after
the model is loaded; the ratio uses medians of alternating runs.
Targets: consolidation / extraction <= 0.5; per-document cost at 4x the corpus <= 1.5x.
"""
from __future__ import annotations

import statistics
import time
from dataclasses import replace
from pathlib import Path

from common import REPO

TARGET_RATIO = 0.5
TARGET_GROWTH = 1.5
CASES = [REPO.parent / "shared" / "eval" / "picture" / "dev" / name for name in ("crocus-attack", "derna-floods")]


def _corpus():
    from claimwatch.ingest import read_sources
    from claimwatch.models import Rejected

    files = [str(c / "corpus.jsonl") for c in CASES if (c / "corpus.jsonl").exists()]
    files.append(str(REPO / "examples" / "corpus.jsonl"))
    return [d for d in read_sources(files) if not isinstance(d, Rejected)]


def measure(repeats: int = 3) -> dict:
    from claimwatch.consolidate import build_picture
    from claimwatch.extract import extract_documents
    from claimwatch.nlp import load_nlp

    documents = _corpus()
    nlp = load_nlp()
    list(extract_documents(documents[:2], nlp))  # warm the model
    extract_s, picture_s, records = [], [], []
    for _ in range(repeats):
        start = time.perf_counter()
        records = list(extract_documents(documents, nlp))
        extract_s.append(time.perf_counter() - start)
        start = time.perf_counter()
        build_picture([(d, x, None) for d, x in zip(documents, records)])
        picture_s.append(time.perf_counter() - start)
    triples = [(d, x, None) for d, x in zip(documents, records)]
    # four stories' worth: the same corpus again under other ids and a month later, so copies stay copies
    # within each quarter and the picture grows four-fold
    grown = [(replace(d, id=f"{d.id}-{k}", published=d.published and d.published.replace(
        month=(d.published.month + k - 1) % 12 + 1)), replace(x, id=f"{x.id}-{k}"), None)
        for k in range(4) for d, x, _ in triples]
    start = time.perf_counter()
    build_picture(grown)
    grown_s = time.perf_counter() - start
    base = statistics.median(picture_s)
    return {"docs": len(documents), "extract": statistics.median(extract_s), "picture": base,
            "ratio": base / statistics.median(extract_s), "grown_docs": len(grown), "grown": grown_s,
            "growth": (grown_s / len(grown)) / (base / len(documents)), "repeats": repeats}


def report(result: dict) -> str:
    ratio_ok = "meets" if result["ratio"] <= TARGET_RATIO else "MISSES"
    growth_ok = "meets" if result["growth"] <= TARGET_GROWTH else "MISSES"
    return "\n".join([
        "## Consolidation cost vs extraction (bench/picture_speed.py)",
        "",
        f"Corpus: {result['docs']} documents (shared picture dev cases and examples/); median of "
        f"{result['repeats']} alternating runs, one process, model loaded.",
        "",
        "| stage | seconds |",
        "| --- | ---: |",
        f"| extraction | {result['extract']:.2f} |",
        f"| consolidation (the whole picture) | {result['picture']:.2f} |",
        f"| consolidation of {result['grown_docs']} documents | {result['grown']:.2f} |",
        "",
        f"Ratio consolidation/extraction: **{result['ratio']:.2f}** (target <= {TARGET_RATIO}: {ratio_ok}). "
        f"Per-document cost at {result['grown_docs']} documents: **{result['growth']:.2f}x** "
        f"(target <= {TARGET_GROWTH}: {growth_ok}).",
        "",
    ])


if __name__ == "__main__":
    print(report(measure()))
