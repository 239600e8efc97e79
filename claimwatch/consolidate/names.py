"""Reading a speaker's name: titles, roles, institutions and the person's own name.

"Pentagon press secretary Maj. Gen. Pat Ryder" -> institution Pentagon, role
"press secretary", name "Pat Ryder". "the Pentagon's press secretary" -> the
same institution and role with no name. Titles and institutions come from tables.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .tables import Institution, words

_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "for", "to", "and", "in", "its", "his", "her", "their", "at"})
_TOKEN = re.compile(r"[\w.&/'’-]+")


@dataclass(frozen=True)
class NameParts:
    """What a speaker phrase says about its speaker."""

    text: str
    name: str  # the person's or body's own name, titles removed; '' for a bare role
    role: str  # lower-case office words: "press secretary", "defence minister"
    institution: Institution | None
    is_group: bool  # "officials", "U.S. officials": nobody in particular


def clean(text: str) -> str:
    """Whitespace collapsed, quotes and trailing punctuation and possessives removed."""
    text = " ".join(text.replace("’", "'").split()).strip(" ,;:\"'()")
    text = re.sub(r"'s\b", "", text)
    return re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)


class InstitutionIndex:
    """Lower-case alias -> institution, matched on whole words, longest first."""

    def __init__(self, rows: tuple[Institution, ...] | list[Institution]) -> None:
        self.by_alias: dict[str, Institution] = {}
        for row in rows:
            for alias in (row.name, *row.aliases):
                self.by_alias.setdefault(clean(alias).lower(), row)
        self._longest = max((len(a.split()) for a in self.by_alias), default=1)

    def exact(self, text: str) -> Institution | None:
        return self.by_alias.get(clean(text).lower())

    def find(self, tokens: list[str]) -> tuple[Institution, int, int] | None:
        """The longest alias inside `tokens`, as (institution, start, end)."""
        lowered = [t.lower() for t in tokens]
        for size in range(min(self._longest, len(tokens)), 0, -1):
            for start in range(len(tokens) - size + 1):
                hit = self.by_alias.get(" ".join(lowered[start:start + size]))
                if hit is not None:
                    return hit, start, start + size
        return None


def parse_name(text: str, index: InstitutionIndex) -> NameParts:
    """Split a speaker phrase into institution, role and name."""
    cleaned = clean(text)
    whole = index.exact(cleaned)
    if whole is not None:
        return NameParts(text, whole.name, "", whole, False)
    tokens = _TOKEN.findall(cleaned)
    institution = None
    found = index.find(tokens)
    if found is not None:
        institution, start, end = found
        tokens = tokens[:start] + tokens[end:]
    titles = words("titles", "title")
    role, name = [], []
    for token in tokens:
        bare = token.strip(".").lower()
        if bare in _FUNCTION_WORDS:
            continue
        if bare in titles or token[:1].islower():
            if not token.endswith(".") and not name:  # ranks like "Maj." say nothing of the office
                role.append(bare)
            continue
        name.append(token)
    is_group = not name and not institution or (bool(tokens) and tokens[-1][:1].islower() and not name)
    if name and tokens and tokens[-1][:1].islower() and tokens[-1].lower() not in titles:
        # "U.S. officials", "Ukrainian officials": a capitalised modifier before a common noun
        is_group, role, name = True, [t.lower() for t in tokens if t.lower() not in _FUNCTION_WORDS], []
    if institution is not None and not name:
        is_group = False
    return NameParts(text, " ".join(name), " ".join(role), institution, is_group and institution is None)


def is_organisation_name(name: str) -> bool:
    """True when a capitalised name ends in an organisation word ("Lisk Hydro Authority")."""
    parts = name.lower().split()
    return bool(parts) and parts[-1].strip(".") in words("org_words", "word")


def surname(name: str) -> str:
    return name.split()[-1].lower() if name.split() else ""


def given_names(name: str) -> list[str]:
    return [p.lower().strip(".") for p in name.split()[:-1]]
