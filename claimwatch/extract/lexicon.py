"""Reading the linguistic tables under `extract/data/`.

Tables are tab-separated text with a header line; `#` starts a comment. They hold
what a linguist would extend (cue verbs, number words, hedges, titles, institutions)
so that none of it is written into code.
"""
from __future__ import annotations

import functools
import re
from importlib import resources


@functools.lru_cache(maxsize=None)
def read_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of `data/NAME.tsv` as dicts keyed by the header; empty cells are ''."""
    text = resources.files(__package__).joinpath("data", f"{name}.tsv").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    if not rows:
        return ()
    header = rows[0].split("\t")
    out = []
    for line in rows[1:]:
        cells = line.split("\t")
        cells += [""] * (len(header) - len(cells))
        out.append({key: cell.strip() for key, cell in zip(header, cells)})
    return tuple(out)


def column_map(name: str, key: str, value: str) -> dict[str, str]:
    """`{row[key].lower(): row[value]}` over a table: the common lookup shape."""
    return {row[key].lower(): row[value] for row in read_table(name)}


@functools.lru_cache(maxsize=None)
def word_set(name: str, column: str) -> frozenset[str]:
    """The lower-cased words of one column of a table: the common membership test."""
    return frozenset(row[column].lower() for row in read_table(name))


@functools.lru_cache(maxsize=None)
def column_groups(name: str, key: str, value: str) -> dict[str, frozenset[str]]:
    """`{row[key].lower(): every row[value].lower() of that key}`: a table where a word has several rows."""
    groups: dict[str, set[str]] = {}
    for row in read_table(name):
        groups.setdefault(row[key].lower(), set()).add(row[value].lower())
    return {word: frozenset(values) for word, values in groups.items()}


_CONSONANT_Y = re.compile(r"[^aeiou]y$")


@functools.lru_cache(maxsize=None)
def past_form(lemma: str) -> str:
    """The simple past of a verb: verb_pasts.tsv for the irregular ones, else the spelling rules."""
    lemma = lemma.lower()
    irregular = column_map("verb_pasts", "lemma", "past")
    if lemma in irregular:
        return irregular[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if _CONSONANT_Y.search(lemma):
        return lemma[:-1] + "ied"
    return lemma + "ed"


def present_stem(word: str) -> str:
    """The base form of a present-tense verb in -s: "files" -> "file", "pushes" -> "push", "carries" ->
    "carry", "goes" -> "go"."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return word[:-2]
    return word[:-1]
