"""The README's Python snippets run as written, each in a fresh interpreter.

A fresh interpreter is the point: spaCy must find claimwatch's components by name
through the `spacy_factories` entry points, without anything imported first. The
interpreter imports claimwatch from this checkout (PYTHONPATH), not from wherever the
package happens to be installed, so a worktree's snippets run against its own code.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SNIPPETS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def run_snippet(snippet: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    return subprocess.run([sys.executable, "-c", snippet], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300)


def spacy_snippet() -> str:
    found = [s for s in SNIPPETS if "add_pipe(" in s]
    assert len(found) == 1, "the README shows one spaCy pipeline snippet"
    return found[0]


def test_the_readme_has_python_snippets() -> None:
    assert len(SNIPPETS) >= 3


def test_the_spacy_snippet_adds_every_registered_component_by_name() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    block = re.search(r"\[project\.entry-points\.spacy_factories\]\n(.*?)(?:\n\[|\Z)", pyproject, flags=re.S)
    assert block, "pyproject registers spaCy factories"
    registered = set(re.findall(r"^(\w+)\s*=", block.group(1), flags=re.M))
    added = set(re.findall(r"add_pipe\(\"(\w+)\"\)", spacy_snippet()))
    assert registered == added == {"claimwatch_headline", "claimwatch_times", "claimwatch_statements",
                                   "claimwatch_quantities"}


@pytest.mark.slow
def test_the_readme_snippets_run_in_order_in_a_fresh_interpreter(tmp_path: Path) -> None:
    for n, snippet in enumerate(SNIPPETS, 1):
        done = run_snippet(snippet, tmp_path)
        assert done.returncode == 0, f"README snippet {n} failed:\n{snippet}\n{done.stderr[-2000:]}"


@pytest.mark.slow
def test_the_spacy_snippet_as_written_finds_the_statement_figure_and_day(tmp_path: Path) -> None:
    """`nlp.add_pipe("claimwatch_times")` in a fresh interpreter: no E002 (factory not found), and the
    components do their work: the ministry's statement dated Monday, its figure and the day."""
    done = run_snippet(spacy_snippet(), tmp_path)
    assert done.returncode == 0, f"the README's spaCy snippet failed:\n{done.stderr[-2000:]}"
    out = done.stdout
    assert "E002" not in done.stderr
    assert re.search(r"Statement\(speaker='ministry'.*?said_on='2024-10-28'.*?cue='said'", out), out
    assert re.search(r"Quantity\(text='40'.*?value=40\.0.*?unit='people'.*?holder='ministry'", out), out
    assert re.search(r"TimeExpr\(text='Monday', value='2024-10-28'", out), out
