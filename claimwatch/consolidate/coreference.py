"""Descriptions: "the agency", "the engineer", "investigators", "its health minister".

A document names a source once and then describes it. A description is a speaker phrase
without a proper name whose head noun is in `data/descriptions.tsv`; it stands for the
nearest named source of the same document that fits the noun (an institution whose name
ends in it or whose kind it names, a person whose role holds it). Which words make the
description and what fits it are data; the search itself is in `actors._join_descriptions`.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from ..extract.countries import country_of
from .tables import read_table, words

_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those"})
_PREPOSITIONS = frozenset({"for", "of", "at", "in", "with", "from", "on", "by", "to"})
_RANKLESS = frozenset({"chief", "top", "senior", "head", "principal"})  # "chief prosecutor" is the prosecutor
_DISTINCT_RANKS = frozenset({"prime", "deputy", "vice", "assistant", "former", "acting", "under"})
GOVERNMENT_WORDS = frozenset({"government", "authorities", "administration", "leadership", "cabinet"})


@dataclass(frozen=True)
class Description:
    """A common-noun speaker phrase and what a named source must be to be its antecedent."""

    text: str
    noun: str  # the head noun as the table lists it: "agency", "investigators", "head of state"
    refers: str  # body, person, group or document
    matches: tuple[str, ...]
    qualifiers: frozenset[str]  # title words before the noun that the person's role must hold: "health"
    modifier: str = ""  # a capitalised word before the noun ("UN" agency): the source must belong to it
    tail: frozenset[str] = frozenset()  # words after the noun: "interior" in "spokesman for the interior ministry"
    before: tuple[str, ...] = ()  # words before the noun: "foreign" in "foreign ministry"
    definite: bool = False  # "the engineer", "its minister": someone already introduced
    also: str = ""  # what else the noun may stand for when nothing it refers to is in sight: "document"


@functools.lru_cache(maxsize=1)
def _rows() -> dict[str, dict[str, str]]:
    """The descriptions table, and every organisation word of org_words.tsv as a body noun of its own
    ("the observatory" is the body whose name ends in "Observatory")."""
    rows = {word: {"noun": word, "refers": "body", "matches": word} for word in words("org_words", "word")
            if word not in GOVERNMENT_WORDS}  # "the eastern administration" names a government, kept as a group
    rows.update({row["noun"].lower(): row for row in read_table("descriptions")})
    return rows


@functools.lru_cache(maxsize=1)
def _listed() -> frozenset[str]:
    return frozenset(row["noun"].lower() for row in read_table("descriptions"))


def describe(text: str) -> Description | None:
    """The description a speaker phrase is, or None when it names someone ("Rubezh", "the Pentagon's press
    secretary": a capitalised word other than the first, or no head noun of the table)."""
    tokens = re.findall(r"[\w.&'’-]+", text.replace("’", "'"))
    definite = bool(tokens) and tokens[0].lower() in _DETERMINERS - {"a", "an"}
    while tokens and tokens[0].lower() in _DETERMINERS:
        tokens = tokens[1:]
    if not tokens:
        return None
    rows = _rows()
    whole = " ".join(t.lower() for t in tokens)
    if whole in rows:
        return replace(_description(text, rows[whole], [], ""), definite=definite)
    modifier, heads, tail = "", [], []
    for k, token in enumerate(tokens):
        bare = token.lower()
        if bare in _PREPOSITIONS:
            tail = tokens[k + 1:]
            break
        if k > 0 and token[:1].isupper() and not country_of(token):
            return None
        possessive = bare.endswith(("'s", "'")) and k < len(tokens) - 1  # "ministry's spokesman": a modifier
        owner = bare.removesuffix("'s").removesuffix("'")
        if possessive and owner in rows and rows[owner]["refers"] == "body" and _is_voice(tokens[k + 1:]):
            return _description(text, rows[owner], [], "")  # "the court's press service" is the court
        last = k == len(tokens) - 1 or tokens[k + 1].lower() in _PREPOSITIONS
        if bare in rows and not possessive and (bare in _listed() or last):
            heads.append(k)  # an organisation word heads a description only at its end: not "press secretary"
    if not heads:
        return None
    k = heads[-1]  # the head of a compound is its last noun: "chief prosecutor", "latest list"
    if tokens[k][:1].isupper() and any(t[:1].isupper() for t in tail):
        return None  # "Office for the Coordination of Humanitarian Affairs" is a name
    if rows[tokens[k].lower()]["refers"] == "document" and len(heads) > 1:
        k = heads[-2]  # "court filings" speak for the court
    before = [t.lower().removesuffix("'s").removesuffix("'") for t in tokens[:k]]
    behind = [t.lower() for t in tokens[k + 1:len(tokens) - len(tail) - (1 if tail else 0)]]  # "attorney general"
    if k > 0 and tokens[0][:1].isupper() and not country_of(tokens[0]) and tokens[0].lower() not in rows:
        modifier = tokens[0].removesuffix("'s")
        before = before[1:]
    desc = _description(text, rows[tokens[k].lower()], before + behind, modifier)
    return Description(desc.text, desc.noun, desc.refers, desc.matches, desc.qualifiers, desc.modifier,
                       frozenset(t.lower() for t in tail if t[:1].isalpha() and t.lower() not in _DETERMINERS),
                       tuple(before), definite, desc.also)


def _is_voice(tokens: list[str]) -> bool:
    """"press service", "press office", "representative": a body's mouthpiece rather than a named officer."""
    rest = " ".join(t.lower() for t in tokens)
    return rest in words("voices", "phrase")


def _description(text: str, row: dict[str, str], before: list[str], modifier: str) -> Description:
    matches = tuple(m.strip().lower() for m in row.get("matches", "").split("|") if m.strip())
    qualifiers = frozenset(w for w in before if w in words("titles", "title") and w not in _RANKLESS)
    return Description(text, row["noun"].lower(), row["refers"], matches, qualifiers, modifier,
                       also=row.get("also", "").lower())


def fits_body(description: Description, name: str, kind: str | None) -> bool:
    """Whether an institution or group named `name` (of table kind `kind`, None when unknown) is what the noun
    describes: 'the committee' / 'Investigative Committee', 'the agency' / an intelligence agency."""
    if description.refers not in ("body", "document"):
        return False
    name_words = [w.lower().strip(".,'’") for w in name.split()]
    for match in description.matches:
        if match.startswith("kind:"):
            if match[5:] == "unknown" and kind is None and name_words and name_words[-1] in words("org_words", "word"):
                continue  # "Red Crescent", "Audit Bureau": a body of another kind than the noun, though unknown
            if match[5:] == (kind or "unknown"):
                return True
        elif name_words and (name_words[-1].startswith(match) or
                             (len(match) >= 7 and any(w.startswith(match) for w in name_words))):
            return True
    return False


def fits_person(description: Description, role: str) -> bool:
    """Whether a person whose known role is `role` is what the noun describes: 'the engineer' / 'civil engineer',
    'its health minister' / 'health minister' (the title words before the noun must be in the role too)."""
    if description.refers != "person" or not role:
        return False
    role_words = set(role.lower().split())
    if not any(any(w.startswith(m) for w in role_words) for m in description.matches):
        return False
    if other_rank(description, role_words):
        return False  # "the mayor" is not the deputy mayor
    if description.qualifiers <= role_words:
        return True
    # a bare "spokesman" may be the interior ministry's one, but a bare "minister" is no prime minister,
    # and an "aviation minister" no health minister
    bare = all(any(w.startswith(m) for m in description.matches) for w in role_words)
    return bare and not description.qualifiers & _DISTINCT_RANKS


def other_rank(description: Description, words_: Iterable[str]) -> bool:
    """Whether an office's words hold a rank the description lacks ("deputy mayor" for "Derna's mayor",
    "former minister" for "the minister"): a rank that makes it another office."""
    return bool((set(words_) & _DISTINCT_RANKS) - description.qualifiers)


def tail_fits(description: Description, said_of: str) -> bool:
    """"spokesman for the interior ministry" is not a person known to speak for an army: when both the
    description and what is known of the person name a kind of body, the kinds must meet."""
    have = {w.lower().strip(".,'’").removesuffix("'s") for w in said_of.replace("’", "'").split()}
    bodies = words("org_words", "word")
    kinds_wanted, kinds_had = (set(description.tail) | set(description.before)) & bodies, have & bodies
    return not (kinds_wanted and kinds_had and not kinds_wanted & kinds_had)


def affinity(description: Description, said_of: str) -> int:
    """How many content words of a description ("eastern", "interior" in "spokesman for the eastern interior
    ministry") what is known of a source (its names, roles, affiliations) shares."""
    wanted = {w.strip(".,'’").removesuffix("'s") for w in (*description.tail, *description.before)}
    wanted = {w for w in wanted if len(w) > 3 and w not in _DETERMINERS and w != description.noun}
    have = {w.strip(".,'’").removesuffix("'s") for w in said_of.lower().replace("’", "'").split()}
    return sum(any(_same_stem(w, h) for h in have) for w in wanted)


def _same_stem(a: str, b: str) -> bool:
    """'eastern' and 'east', 'interior' and 'interior': one begins the other, four letters at least."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and long.startswith(short)


_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee")
_NUMBER = re.compile(r"^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$")


def names_no_source(text: str) -> bool:
    """'interviews', 'preliminary data', 'two', 'of the defendants': a lower-case phrase whose head noun names
    no one who could speak (not a source noun of extraction's table, a description noun, a title or an agent
    noun like 'protesters')."""
    from ..extract.holder_words import source_nouns

    tokens = [t.lower() for t in re.findall(r"[\w'’-]+", text)]
    while tokens and tokens[0] in _DETERMINERS:
        tokens = tokens[1:]
    if not tokens or tokens[0] in _PREPOSITIONS:
        return True
    cut = next((k for k, t in enumerate(tokens) if t in _PREPOSITIONS), len(tokens))
    head = tokens[:cut][-1]
    if _NUMBER.match(head):
        return True
    stems = {head, head.removesuffix("s"), head.removesuffix("es"), re.sub(r"ies$", "y", head)}
    known = source_nouns() | set(_rows()) | words("titles", "title")
    return not (stems & known or any(s.endswith(_AGENT_ENDINGS) and len(s) > 4 for s in stems))
