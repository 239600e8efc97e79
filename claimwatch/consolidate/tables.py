"""Reading consolidation tables: units, titles, provenance cues, institutions.

Same format as the extraction tables (tab-separated, header line, `#` comments),
so a linguist extends both the same way. Institutions are shared with extraction:
they live in `claimwatch/extract/data/institutions.tsv`.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from ..extract.lexicon import read_table as read_extract_table


def parse_table(text: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV text as dicts keyed by its header; empty cells are ''."""
    rows = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    if not rows:
        return ()
    header = [h.strip() for h in rows[0].split("\t")]
    out = []
    for line in rows[1:]:
        cells = line.split("\t") + [""] * len(header)
        out.append({key: cell.strip() for key, cell in zip(header, cells)})
    return tuple(out)


STATE_KINDS = frozenset({"government", "military", "intelligence", "agency"})  # institutions.tsv kinds of a state's organs


@functools.lru_cache(maxsize=None)
def read_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of `consolidate/data/NAME.tsv`."""
    text = resources.files(__package__).joinpath("data", f"{name}.tsv").read_text(encoding="utf-8")
    return parse_table(text)


@functools.lru_cache(maxsize=None)
def words(name: str, column: str) -> frozenset[str]:
    """One column of a table as a set of lower-case words."""
    return frozenset(row[column].lower() for row in read_table(name) if row.get(column))


def inflects(word: str, lemma: str) -> bool:
    """True when `word` is `lemma` or a regular inflection of it (urged, urges, urging for urge)."""
    word, stem = word.lower(), lemma.lower()
    short = stem[:-1] if stem.endswith("e") else stem
    if stem.endswith("y") and stem[-2:-1] not in "aeiou":  # classify: classified, classifies
        return word in {stem, stem[:-1] + "ies", stem[:-1] + "ied", stem + "ing"}
    return word in {stem, stem + "s", stem + "es", stem + "d", stem + "ed", short + "ed", short + "ing", stem + "ing"}


@dataclass(frozen=True)
class Institution:
    """An institution and the other names the news gives it."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    kind: str
    part_of: str | None = None  # the body it belongs to ("United Nations" for the UN's agencies)


def institution_from_row(row: dict[str, str]) -> Institution:
    aliases = tuple(a.strip() for a in row.get("aliases", "").split("|") if a.strip())
    return Institution(row["name"], aliases, row.get("country") or None, row.get("kind") or "organisation",
                       row.get("part_of") or None)


@functools.lru_cache(maxsize=None)
def institutions() -> tuple[Institution, ...]:
    """The shipped institutions table."""
    return tuple(institution_from_row(row) for row in read_extract_table("institutions"))


@functools.lru_cache(maxsize=None)
def unit_measures() -> dict[str, tuple[str, str]]:
    """unit word -> (measure, label): 'soldiers' -> ('troops', 'troops')."""
    labels = {row["measure"]: row["label"] for row in read_table("measures")}
    return {row["unit"].lower(): (row["measure"], labels.get(row["measure"], row["measure"]))
            for row in read_table("units")}
