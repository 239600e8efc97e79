"""The user's say over actor merges: an aliases file, YAML or TSV.

YAML::

    same:                        # canonical name: other names of the same actor
      Pat Ryder: [Patrick Ryder, Maj. Gen. Ryder]
    distinct:                    # pairs never to join
      - [Kim Jong Un, Kim Yo Jong]
    institutions:                # extra rows for the institutions table
      - {name: Lisk Basin Authority, aliases: [LBA], country: XM, kind: agency}

TSV (header ``name<TAB>actor<TAB>relation``): relation ``same`` (the default) maps
the name to that actor; ``distinct`` keeps the two apart.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ClaimwatchError
from .names import clean
from .tables import Institution, institution_from_row, parse_table


@dataclass(frozen=True)
class Overrides:
    """Names forced together, pairs kept apart, and institutions the table lacks."""

    same: dict[str, str] = field(default_factory=dict)  # lower-case name -> canonical name
    distinct: frozenset[frozenset[str]] = frozenset()
    institutions: tuple[Institution, ...] = ()

    def canonical(self, name: str) -> str | None:
        return self.same.get(clean(name).lower())

    def forbids(self, names_a: set[str], names_b: set[str]) -> bool:
        a = {clean(n).lower() for n in names_a}
        b = {clean(n).lower() for n in names_b}
        return any(len(pair) == 2 and (pair & a) and (pair & b) and not pair <= a and not pair <= b
                   for pair in self.distinct)


def load_overrides(path: str | Path | None) -> Overrides:
    """Read an aliases file (.yaml/.yml or .tsv); None gives no overrides."""
    if path is None:
        return Overrides()
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ClaimwatchError(f"cannot read aliases file {path}: {exc.strerror or exc}") from None
    return overrides_from_text(text, path)


def overrides_from_text(text: str, path: str | Path) -> Overrides:
    """The contents of an aliases file read from `path` (its suffix says YAML or TSV), e.g. as a store kept them."""
    path = Path(path)
    if path.suffix.lower() in (".yaml", ".yml"):
        return _from_yaml(text, path)
    return _from_tsv(text)


def _from_yaml(text: str, path: Path) -> Overrides:
    import yaml

    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise ClaimwatchError(f"{path}: not valid YAML ({exc})") from None
    if not isinstance(data, dict):
        raise ClaimwatchError(f"{path}: expected keys same, distinct and institutions")
    same: dict[str, str] = {}
    for canonical, names in (data.get("same") or {}).items():
        for name in [canonical, *(names or [])]:
            same[clean(str(name)).lower()] = str(canonical)
    distinct = frozenset(frozenset(clean(str(n)).lower() for n in pair) for pair in data.get("distinct") or []
                         if isinstance(pair, (list, tuple)) and len(pair) == 2)
    rows = []
    for row in data.get("institutions") or []:
        if not isinstance(row, dict) or "name" not in row:
            raise ClaimwatchError(f"{path}: each institution needs a name")
        aliases = row.get("aliases") or []
        rows.append(institution_from_row({
            "name": str(row["name"]), "aliases": "|".join(map(str, aliases)) if isinstance(aliases, list)
            else str(aliases), "country": str(row.get("country") or ""), "kind": str(row.get("kind") or "")}))
    return Overrides(same, distinct, tuple(rows))


def _from_tsv(text: str) -> Overrides:
    same: dict[str, str] = {}
    distinct = set()
    for row in parse_table(text):
        name, actor = row.get("name", ""), row.get("actor", "")
        if not name or not actor:
            continue
        if row.get("relation", "same").lower() == "distinct":
            distinct.add(frozenset({clean(name).lower(), clean(actor).lower()}))
        else:
            same[clean(name).lower()] = actor
            same.setdefault(clean(actor).lower(), actor)
    return Overrides(same, frozenset(distinct))
