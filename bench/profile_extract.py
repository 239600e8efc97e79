"""Where extraction time goes: each pipeline stage timed in batch, then our own code under cProfile.

The parse is the floor; everything after it (our components, assembling and
serialising records) is overhead to keep small. Run it after changing an
extractor to see which of our functions costs what:

    python bench/profile_extract.py [--copies 2] [--top 15]
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import time
from datetime import date
from pathlib import Path

import sys

from common import REPO, corpus_texts

# `--repo PATH` profiles another checkout of claimwatch (e.g. a branch under review).
_repo = sys.argv[sys.argv.index("--repo") + 1] if "--repo" in sys.argv else str(REPO)
sys.path.insert(0, _repo)

from claimwatch.extract.pipeline import _assemble  # noqa: E402
from claimwatch.models import Document  # noqa: E402
from claimwatch.nlp import OUR_COMPONENTS, load_nlp  # noqa: E402

PUBLISHED = date(2024, 10, 30)


def stage_times(texts: list[str], batch: int = 8) -> list[tuple[str, float]]:
    """Seconds per pipeline stage, each run over all documents in batches as nlp.pipe would."""
    nlp = load_nlp()
    list(nlp.pipe(["Warm-up: the ministry said 40 people were hurt."]))
    timings: list[tuple[str, float]] = []
    start = time.perf_counter()
    docs = []
    for text in texts:
        doc = nlp.make_doc(text)
        doc._.published = PUBLISHED
        docs.append(doc)
    timings.append(("tokenizer (make_doc)", time.perf_counter() - start))
    for name, component in nlp.pipeline:
        start = time.perf_counter()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=batch))
        else:
            docs = [component(doc) for doc in docs]
        timings.append((name + (" (claimwatch)" if name in OUR_COMPONENTS else ""), time.perf_counter() - start))
    start = time.perf_counter()
    records = [_assemble(Document(id=str(n), text=t, published=PUBLISHED), [(0, d)])
               for n, (t, d) in enumerate(zip(texts, docs))]
    timings.append(("assemble records + entities (claimwatch)", time.perf_counter() - start))
    start = time.perf_counter()
    for record in records:
        json.dumps(record.to_dict(), ensure_ascii=False)
    timings.append(("to_dict + json (claimwatch)", time.perf_counter() - start))
    return timings


def our_hot_spots(texts: list[str], top: int = 15) -> str:
    """cProfile of our components over parsed docs, limited to functions in claimwatch."""
    nlp = load_nlp()
    with nlp.select_pipes(disable=list(OUR_COMPONENTS)):
        docs = []
        for doc in nlp.pipe((nlp.make_doc(t) for t in texts), batch_size=8):
            doc._.published = PUBLISHED
            docs.append(doc)
    ours = [nlp.get_pipe(name) for name in OUR_COMPONENTS]
    profiler = cProfile.Profile()
    profiler.enable()
    for n, doc in enumerate(docs):
        for component in ours:
            doc = component(doc)
        _assemble(Document(id=str(n), text=doc.text, published=PUBLISHED), [(0, doc)]).to_dict()
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).sort_stats("tottime")
    stats.print_stats(r"claimwatch", top)
    return out.getvalue()


def report(timings: list[tuple[str, float]], words: int) -> str:
    total = sum(s for _, s in timings)
    ours = sum(s for name, s in timings if "claimwatch" in name)
    lines = ["## Where the time goes (bench/profile_extract.py)", "",
             f"{words:,} words, single process, each stage over all documents.", "",
             "| stage | seconds | share |", "| --- | ---: | ---: |"]
    lines += [f"| {name} | {s:.2f} | {s / total:.0%} |" for name, s in timings]
    lines += ["", f"Our overhead on top of spaCy: {ours:.2f} s of {total:.2f} s ({ours / total:.0%}).", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--repo", default=str(REPO), help="checkout whose claimwatch package is profiled")
    args = parser.parse_args()
    base, origin = corpus_texts()
    texts = base * args.copies
    print(origin, "| claimwatch from", Path(__import__("claimwatch").__file__).parent)
    print(report(stage_times(texts), sum(len(t.split()) for t in texts)))
    print(our_hot_spots(texts, args.top))
