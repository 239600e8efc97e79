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


def slug(text: str) -> str:
    """A name as a key: lower case, runs of anything but letters and digits as one hyphen ("Islamic
    State" -> islamic-state). Actors' ids, speaker keys and series ids are made this one way."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def clean(text: str) -> str:
    """Whitespace collapsed, quotes and trailing punctuation and possessives removed."""
    text = " ".join(text.replace("’", "'").split()).strip(" ,;:\"'()")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"(?<=s)'(?=\s)", "", text)  # "the United Nations' humanitarian office"
    return re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)


class InstitutionIndex:
    """Alias -> institution, matched on whole words, longest first.

    Acronyms and other short aliases ("UN", "WHO", "AP") match only as written, so
    the pronoun "who" or the name "Kim Jong Un" never becomes an institution.
    """

    def __init__(self, rows: tuple[Institution, ...] | list[Institution]) -> None:
        self.by_alias: dict[str, Institution] = {}
        self.exact_case: dict[str, Institution] = {}
        for row in rows:
            for alias in (row.name, *row.aliases):
                alias = clean(alias)
                if _needs_case(alias):
                    self.exact_case.setdefault(alias, row)
                else:
                    self.by_alias.setdefault(alias.lower(), row)
        self._longest = max((len(a.split()) for a in [*self.by_alias, *self.exact_case]), default=1)

    def exact(self, text: str) -> Institution | None:
        cleaned = clean(text)
        return self.exact_case.get(cleaned) or self.by_alias.get(cleaned.lower())

    def find(self, tokens: list[str]) -> tuple[Institution, int, int] | None:
        """The longest alias inside `tokens`, as (institution, start, end)."""
        for size in range(min(self._longest, len(tokens)), 0, -1):
            for start in range(len(tokens) - size + 1):
                words = " ".join(tokens[start:start + size])
                hit = self.exact_case.get(words) or self.by_alias.get(words.lower())
                if hit is not None:
                    return hit, start, start + size
        return None


def _needs_case(alias: str) -> bool:
    return len(alias) <= 4 or (alias.upper() == alias and " " not in alias)


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
    tokens = _without_affiliation(tokens)
    role, name = [], []
    for token in tokens:
        bare = token.strip(".").lower()
        if bare in _FUNCTION_WORDS:
            continue
        if name and _is_particle(token):  # "Al-Siddiq al-Sour", "Marie el-Drese": part of the name
            name.append(token)
            continue
        if bare in titles or token[:1].islower():
            if name:  # "Festival director Noor Aziz": capitalised words before an office word describe it
                role, name = role + [n.lower() for n in name], []
            if not token.endswith("."):  # ranks like "Maj." say nothing of the office
                role.append(bare)
            continue
        name.append(token)
    is_group = not name and not institution or (bool(tokens) and tokens[-1][:1].islower() and not name)
    if (name and tokens and tokens[-1][:1].islower() and tokens[-1].lower() not in titles
            and not _is_particle(tokens[-1])):
        # "U.S. officials", "Ukrainian officials": a capitalised modifier before a common noun
        is_group, role, name = True, [t.lower() for t in tokens if t.lower() not in _FUNCTION_WORDS], []
    if tokens and tokens[0].lower() in words("counted_people", "noun") and not institution:
        # "Residents of Derna", "Villagers in Ardo": people of a place, not a person with its name
        is_group, role, name = True, [t.lower() for t in tokens if t.lower() not in _FUNCTION_WORDS], []
    if institution is not None and not name:
        is_group = False
    return NameParts(text, " ".join(name), " ".join(role), institution, is_group and institution is None)


def _is_particle(token: str) -> bool:
    """A lower-case name particle joined to a capitalised name: 'al-Sour', 'el-Drese', 'bin-Salman'."""
    return bool(re.match(r"^[a-z]{1,3}-[A-Z]", token))


_AFFILIATION_WORDS = frozenset({"of", "for", "at", "with", "from", "in"})


def _without_affiliation(tokens: list[str]) -> list[str]:
    """Drop "of the Torva Dam" from "former inspector of the Torva Dam": after a lower-case
    role word, a capitalised prepositional tail says whom the person worked for, it is not
    their name. A tail that names an organisation ("... of the Lisk Authority") is kept, so
    the speaker still resolves to that body; "Secretary of State X" (capitalised) is untouched."""
    for k in range(1, len(tokens) - 1):
        if tokens[k].lower() in _AFFILIATION_WORDS and tokens[k - 1][:1].islower():
            tail = [t for t in tokens[k + 1:] if t.lower() not in _FUNCTION_WORDS]
            if tail and tail[0][:1].isupper() and not is_organisation_name(" ".join(tail)):
                return tokens[:k]
            return tokens
    return tokens


_APPOSITION = re.compile(r"^,\s+(?:(?:a|an|the)\s+)?([^,;]{3,90}?)(?:,|$)", re.I)
_PREPOSITION = re.compile(r"\s+(?:at|for|of|with|from|in)\s+(?:the\s+)?", re.I)


def parse_apposition(after: str, index: InstitutionIndex) -> tuple[str, Institution | None, str | None]:
    """(role, institution, organisation name) from ", a spokesman for the Emergency Service," after a name."""
    match = _APPOSITION.match(after)
    if not match:
        return "", None, None
    phrase = re.split(r"\s+(?:who|which|that|whose)\s+", match.group(1).strip(), maxsplit=1)[0]
    parts = _PREPOSITION.split(phrase, maxsplit=1)
    titles = words("titles", "title")
    role_words = [w.strip(".").lower() for w in _TOKEN.findall(parts[0])]
    if not role_words or any(w[:1].isupper() for w in _TOKEN.findall(parts[0]) if w.lower() not in titles):
        return "", None, None  # "the Health Minister Sofia Lind" is a name, not an apposition
    if not after.lstrip(", ")[:4].lower().startswith(("a ", "an ", "the ")) and not set(role_words) & titles:
        return "", None, None  # ", who heads ...", ", 45, said": without an article only an office title counts
    found = index.find(_TOKEN.findall(phrase))
    institution = found[0] if found else None
    org = None
    if institution is None and len(parts) > 1 and parts[1][:1].isupper():
        org = clean(parts[1])
    return " ".join(w for w in role_words if w not in _FUNCTION_WORDS), institution, org


def is_organisation_name(name: str) -> bool:
    """True when a capitalised name ends in an organisation word ("Lisk Hydro Authority") or has one before its
    'of'/'for' ("General Syndicate of University Teachers", "Office for the Coordination of ...")."""
    parts = name.lower().split()
    org_words = words("org_words", "word")
    if not parts:
        return False
    if parts[-1].strip(".") in org_words:
        return True
    return any(p in ("of", "for") and k > 0 and parts[k - 1] in org_words for k, p in enumerate(parts))


def surname(name: str) -> str:
    return name.split()[-1].lower() if name.split() else ""


def given_names(name: str) -> list[str]:
    return [p.lower().strip(".") for p in name.split()[:-1]]
