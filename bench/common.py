"""Shared pieces of the benchmarks: the corpus, the machine, running a measured child process.

The corpus is the dev articles read at run time from ../shared/eval/dev (never
copied into the repo), repeated with fresh ids to the size a benchmark needs.
Where that folder is missing, sentences written here stand in, and the results say so.
"""
from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEV = Path(os.environ.get("CLAIMWATCH_DEV", REPO.parent / "shared" / "eval" / "dev"))
PYTHON = sys.executable

# Stand-in text when the dev set is not there: plain reporting sentences written for the benchmark.
_STAND_IN = [
    "The port authority said on Monday that {n} ships were waiting to unload, up from 12 a week earlier.",
    "Officials at the health ministry declined to comment on reports that {n} clinics had closed.",
    "The company denied that it planned to cut about {n} jobs, a spokeswoman said on Thursday.",
    "According to the regional governor, roughly {n} people were moved out of the flood zone by June 4.",
    "Analysts estimated the damage at ${n} million, but the insurer could not confirm the figure.",
]


def corpus_texts() -> tuple[list[str], str]:
    """The base corpus (one text per article) and a line saying where it came from."""
    files = sorted(DEV.glob("*.txt")) if DEV.is_dir() else []
    if files:
        return [f.read_text(encoding="utf-8") for f in files], f"{len(files)} dev articles from {DEV}"
    texts = [" ".join(s.format(n=100 + 7 * k + i) for i, s in enumerate(_STAND_IN) for _ in range(8))
             for k in range(20)]
    return texts, "20 stand-in articles written in bench/common.py (dev set not found)"


def write_corpus(path: Path, copies: int) -> tuple[int, int]:
    """Write the base corpus `copies` times as JSON Lines; return (documents, words)."""
    texts, _ = corpus_texts()
    docs = words = 0
    with path.open("w", encoding="utf-8") as out:
        for copy in range(copies):
            for n, text in enumerate(texts):
                out.write(json.dumps({"id": f"c{copy}-{n}", "text": text, "published": "2024-10-30"}) + "\n")
                docs += 1
                words += len(text.split())
    return docs, words


def child_env() -> dict[str, str]:
    """Environment for measured children: this checkout first on the path, one BLAS thread each."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        env.setdefault(var, "1")
    return env


def run_child(*args: str) -> dict:
    """Run `bench/child.py ARGS` in a fresh interpreter and return the JSON it prints."""
    done = subprocess.run([PYTHON, str(REPO / "bench" / "child.py"), *args], env=child_env(),
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"child {args} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def machine() -> str:
    """One paragraph on the machine the figures come from."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import psutil

        ram = f"{psutil.virtual_memory().total / 2**30:.1f} GiB RAM"
    except ImportError:
        ram = "RAM unknown"
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    import spacy

    return (f"{cpu}; {os.cpu_count()} logical cores ({len(os.sched_getaffinity(0))} usable); {ram}; "
            f"{platform.system()} {platform.release()}; Python {platform.python_version()}; "
            f"spaCy {spacy.__version__}; load average at start {load}")
