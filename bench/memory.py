"""Peak memory of `claimwatch extract` on 10x the corpus against 1x: it must not grow with the input.

Each run is the real CLI in a subprocess writing to /dev/null; peak RSS is taken
two ways: polling the whole process tree with psutil (sum over processes), and
getrusage(RUSAGE_CHILDREN) (the largest single process). Target: 10x / 1x <= 1.2.
"""
from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from common import PYTHON, run_child, write_corpus

TARGET = 1.2


def measure(small: int = 3, large: int = 30, workers: tuple[int, ...] = (1, 2)) -> dict:
    """Peaks for `small` and `large` copies of the base corpus; 1x is 3 copies, so that
    --workers 2 starts a pool on both (shorter inputs are read in one process)."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        sizes = {}
        for copies in (small, large):
            path = Path(tmp) / f"corpus{copies}.jsonl"
            sizes[copies] = (path, *write_corpus(path, copies))
        for n in workers:
            peaks = {}
            for copies, (path, docs, words) in sizes.items():
                peaks[copies] = run_child("rss", PYTHON, "-m", "claimwatch", "extract", str(path),
                                          "--workers", str(n), "--output", "/dev/null")
            rows.append({"workers": n, "small": peaks[small], "large": peaks[large],
                         "ratio_tree": peaks[large]["peak_tree_bytes"] / peaks[small]["peak_tree_bytes"],
                         "ratio_largest": peaks[large]["peak_largest_process_bytes"]
                         / peaks[small]["peak_largest_process_bytes"]})
    return {"small": small, "large": large, "docs": {c: v[1] for c, v in sizes.items()}, "rows": rows}


def report(result: dict) -> str:
    mb = lambda b: f"{b / 2**20:,.0f} MiB"  # noqa: E731
    lines = [
        "## Peak memory, 10x corpus vs 1x (bench/memory.py)",
        "",
        f"Corpora (1x, 10x): {result['docs'][result['small']]} and {result['docs'][result['large']]} documents, "
        "one JSON Lines file each; `claimwatch extract FILE --workers N --output /dev/null`.",
        "",
        "| workers | tree peak 1x | tree peak 10x | ratio | largest process 1x | 10x | ratio |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in result["rows"]:
        s, l = row["small"], row["large"]
        lines.append(f"| {row['workers']} | {mb(s['peak_tree_bytes'])} | {mb(l['peak_tree_bytes'])} | "
                     f"**{row['ratio_tree']:.2f}** | {mb(s['peak_largest_process_bytes'])} | "
                     f"{mb(l['peak_largest_process_bytes'])} | {row['ratio_largest']:.2f} |")
    worst = max(max(r["ratio_tree"], r["ratio_largest"]) for r in result["rows"])
    lines += ["", f"Worst ratio {worst:.2f} (target <= {TARGET}: {'meets' if worst <= TARGET else 'MISSES'}).", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=3, help="copies of the base corpus for 1x")
    args = parser.parse_args()
    print(report(measure(small=args.small, large=10 * args.small)))
