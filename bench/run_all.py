"""Run every benchmark and write bench/RESULTS.md with the machine described.

    python bench/run_all.py [--quick] [--skip-store]

Ratios are measured within one run (alternating the runs compared), never
against figures from another day or machine.
"""
from __future__ import annotations

import argparse
import time
from datetime import datetime, timezone
from pathlib import Path

import extract_speed
import memory
import picture_speed
import profile_extract
import scaling
from common import corpus_texts, machine

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller corpora and fewer repeats (a smoke run)")
    parser.add_argument("--skip-store", action="store_true", help="leave out the store benchmark")
    parser.add_argument("--note", default="", help="a line on the conditions, e.g. 'machine shared by 7 people'")
    args = parser.parse_args()
    started = time.perf_counter()
    sections = [
        "# Benchmark results",
        "",
        f"Run {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC with `python bench/run_all.py"
        f"{' --quick' if args.quick else ''}`.",
        "",
        f"Machine: {machine()}.",
        "",
        f"Corpus: {corpus_texts()[1]}, repeated with fresh ids as each benchmark says.",
        "",
    ]
    if args.note:
        sections += [f"Conditions: {args.note}", ""]
    sections.append(extract_speed.report(extract_speed.measure(copies=1 if args.quick else 3,
                                                               repeats=1 if args.quick else 3)))
    sections.append(scaling.report(scaling.measure(copies=2 if args.quick else 8, repeats=1 if args.quick else 2)))
    sections.append(memory.report(memory.measure(small=3, large=30)))
    sections.append(picture_speed.report(picture_speed.measure(repeats=1 if args.quick else 3)))
    texts, _ = corpus_texts()
    sections.append(profile_extract.report(profile_extract.stage_times(texts), sum(len(t.split()) for t in texts)))
    if not args.skip_store:
        try:
            import store_speed
        except ImportError as exc:
            sections += ["## Store", "", f"Not run: {exc}.", ""]
        else:
            sections.append(store_speed.report(store_speed.measure(quick=args.quick)))
    sections.append(f"Total benchmark time {time.perf_counter() - started:.0f} s.\n")
    RESULTS.write_text("\n".join(sections), encoding="utf-8")
    print(RESULTS.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
