"""One measurement in a fresh interpreter; prints one JSON line. Driven by the benchmarks.

    child.py raw CORPUS MODEL BATCH            plain nlp.pipe over the texts
    child.py ours CORPUS MODEL BATCH WORKERS [START_METHOD [warm]]
                                               claimwatch's extraction + JSON, as the CLI does it;
                                               'warm' starts the pool and loads the models untimed
    child.py dask CORPUS MODEL BATCH WORKERS   the same on a fresh Dask LocalCluster (start-up counted)
    child.py rss CMD...                        run CMD, report its peak memory
"""
from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

WARM_UP = "The ministry said on Monday that 40 people were hurt."


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and its live children, e.g. pool workers."""
    import psutil

    me = psutil.Process()
    total = 0.0
    for process in (me, *me.children(recursive=True)):
        try:
            times = process.cpu_times()
            total += times.user + times.system
        except psutil.Error:
            pass
    return total


def raw(corpus: str, model: str, batch: str) -> dict:
    import spacy

    texts = [json.loads(line)["text"] for line in Path(corpus).open(encoding="utf-8")]
    start = time.perf_counter()
    nlp = spacy.load(model, exclude=["textcat"])
    loaded = time.perf_counter()
    list(nlp.pipe([WARM_UP]))
    start_pipe = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=int(batch)):
        pass
    seconds = time.perf_counter() - start_pipe
    return {"seconds": seconds, "load_seconds": loaded - start, "docs": len(texts),
            "words": sum(len(t.split()) for t in texts)}


def ours(corpus: str, model: str, batch: str, workers: str, start_method: str = "spawn", warm: str = "cold",
         backend: str = "pool") -> dict:
    from claimwatch.extract.cluster import extract_on_dask
    from claimwatch.extract.parallel import ExtractionPool, batched, extract_parallel
    from claimwatch.ingest import read_sources
    from claimwatch.models import Document, Extraction
    from claimwatch.nlp import load_nlp

    n_workers = int(workers)
    load_seconds = 0.0
    if n_workers == 1 and backend == "pool":  # in-process: load (and warm) first, as raw does; a pool's start-up is counted
        start = time.perf_counter()
        nlp = load_nlp(model)
        load_seconds = time.perf_counter() - start
        list(nlp.pipe([WARM_UP]))
    docs = words = size = 0
    first = None
    pool = None
    if backend == "pool" and n_workers > 1 and warm == "warm":
        pool = ExtractionPool(n_workers, model, start_method)
        pool.warm_up()
    cpu_start = cpu_seconds()
    start = time.perf_counter()
    documents = (d for d in read_sources([corpus]) if isinstance(d, Document))
    if pool is not None:
        records = pool.extract(batched(documents, int(batch)), int(batch))
    elif backend == "dask":
        records = extract_on_dask(documents, "local", workers=n_workers, model=model, batch_size=int(batch))
    else:
        records = extract_parallel(documents, workers=n_workers, model=model, batch_size=int(batch),
                                   start_method=start_method)
    for record in records:
        if first is None:
            first = time.perf_counter() - start
        assert isinstance(record, Extraction)
        size += len(json.dumps(record.to_dict(), ensure_ascii=False))
        docs += 1
    seconds = time.perf_counter() - start
    cpu = cpu_seconds() - cpu_start  # meaningful for in-process and warm-pool runs (workers still alive)
    if pool is not None:
        pool.__exit__(None, None, None)
    for line in Path(corpus).open(encoding="utf-8"):
        words += len(json.loads(line)["text"].split())
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"seconds": seconds, "load_seconds": load_seconds, "first_result_seconds": first,
            "parent_cpu_seconds": usage.ru_utime + usage.ru_stime, "cpu_seconds": cpu,
            "docs": docs, "words": words, "output_chars": size}


def rss(*command: str) -> dict:
    """Peak RSS of `command`: psutil polling of the whole process tree, and getrusage of the children."""
    import psutil

    start = time.perf_counter()
    process = psutil.Popen(list(command), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_tree = 0
    while process.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            peak_tree = max(peak_tree, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.05)
    if process.returncode not in (0, 1):
        raise RuntimeError(process.stderr.read().decode()[-2000:])
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # kB on Linux
    return {"seconds": time.perf_counter() - start, "peak_tree_bytes": peak_tree,
            "peak_largest_process_bytes": largest}


if __name__ == "__main__":
    mode, *args = sys.argv[1:]
    dask = lambda *a: ours(*a, backend="dask")  # noqa: E731
    result = {"raw": raw, "ours": ours, "dask": dask, "rss": rss}[mode](*args)
    print(json.dumps(result))
