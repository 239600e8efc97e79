"""bench/load.py guards: it only ever talks to loopback, and its percentiles are right."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOAD = ROOT / "bench" / "load.py"


def _module():
    spec = importlib.util.spec_from_file_location("bench_load", LOAD)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_load_check_refuses_other_hosts(tmp_path):
    result = subprocess.run([sys.executable, str(LOAD), "--url", "http://192.0.2.10:8000",
                             "--output", str(tmp_path / "out.json")],
                            capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 2 and "only talks to loopback" in result.stderr
    assert not (tmp_path / "out.json").exists()


def test_percentiles():
    load = _module()
    values = [i / 100 for i in range(1, 101)]
    assert load._percentile(values, 50) == 0.5 and load._percentile(values, 99) == 0.99
    assert load._percentile([0.2], 99) == 0.2 and load._percentile([], 99) == 0.0
