"""The README's Python snippets run as written, each in a fresh interpreter.

A fresh interpreter is the point: spaCy must find claimwatch's components by name
through the `spacy_factories` entry points, without anything imported first.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"
SNIPPETS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def test_the_readme_has_python_snippets() -> None:
    assert len(SNIPPETS) >= 3


@pytest.mark.slow
def test_the_readme_snippets_run_in_order_in_a_fresh_interpreter(tmp_path: Path) -> None:
    for n, snippet in enumerate(SNIPPETS, 1):
        done = subprocess.run([sys.executable, "-c", snippet], cwd=tmp_path, capture_output=True, text=True,
                              timeout=300)
        assert done.returncode == 0, f"README snippet {n} failed:\n{snippet}\n{done.stderr[-2000:]}"
