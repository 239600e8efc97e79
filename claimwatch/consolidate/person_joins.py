"""Joins between names of people: full names, lone surnames, romanisations and offices.

"Pat Ryder" / "Patrick Ryder" (a shortened given name), "Ryder" (the only Ryder),
"Hichem Chkiouat" / "Hisham Abu Chkiouat" (two romanisations), "the Pentagon's press
secretary" (the one person known to hold that office).
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict

from rapidfuzz import fuzz, process

from .actor_graph import Joins, Node, first_name
from ..extract.countries import country_of
from .names import given_names, is_organisation_name, surname
from .tables import read_table


GIVEN_NAME_SIMILARITY = 85  # rapidfuzz ratio above which two given names are one ("Volodymyr"/"Volodimir")


SURNAME_SIMILARITY = 88  # ... and two surnames ("Zelenskyy"/"Zelensky")


def join_misread_people(joins: Joins) -> None:
    """A name the tagger once read as an organisation is the person it names elsewhere."""
    for key, node in joins.nodes.items():
        person = joins.nodes.get("person:" + key.removeprefix("org:")) if key.startswith("org:") else None
        if person is not None and not is_organisation_name(node.name):
            joins.join(person.key, key, f"'{node.name}' is also named as a person")


def _persons(joins: Joins) -> list[Node]:
    return [n for n in joins.nodes.values() if n.kind == "person"]


def looks_personal(node: Node) -> bool:
    """A body the tagger named that reads like a person's name ("Hichem Chkiouat"): two to four capitalised
    words, no organisation word, not in the institutions table."""
    words = node.name.split()
    return (node.kind == "institution" and node.institution is None and node.key.startswith("org:")
            and 2 <= len(words) <= 4 and all(w[:1].isupper() or "-" in w for w in words)
            and not is_organisation_name(node.name) and not country_of(words[0]))


def join_full_names(joins: Joins) -> None:
    full = [n for n in joins.nodes.values() if (n.kind == "person" or looks_personal(n)) and len(n.name.split()) > 1]
    for i, j in _candidate_pairs(full):
        a, b = full[i], full[j]
        why = None
        if fuzz.ratio(surname(a.name), surname(b.name)) >= SURNAME_SIMILARITY:
            agree = _given_names_agree(given_names(a.name), given_names(b.name))
            why = f"same surname, {agree}" if agree else None
        why = why or _transliterations(a.name, b.name)
        if why:
            joins.join(a.key, b.key, f"'{b.name}' is '{a.name}': {why}")


def _candidate_pairs(full: list[Node]) -> list[tuple[int, int]]:
    """Pairs (i < j, in order) that may name one person: similar surnames (rapidfuzz over all of
    them at once), or the same first and last sounds (what a transliteration needs); comparing
    every pair of names would grow with the square of the corpus."""
    surnames = [surname(n.name) for n in full]
    by_ends: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, n in enumerate(full):
        sounds = _sounds(n.name)
        if len(sounds) >= 2:
            by_ends[sounds[0], sounds[-1]].append(i)
    pairs: set[tuple[int, int]] = set()
    for i, name in enumerate(surnames):
        for _, _, j in process.extract(name, surnames, scorer=fuzz.ratio, score_cutoff=SURNAME_SIMILARITY,
                                       limit=None):
            if j != i:
                pairs.add((min(i, j), max(i, j)))
    for members in by_ends.values():
        pairs.update((a, b) for k, a in enumerate(members) for b in members[k + 1:])
    return sorted(pairs)


_PARTICLES = frozenset({"al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "abu", "bin", "ibn", "ben", "bint"})


def _skeleton(name: str) -> str:
    """A name as its consonants sound, so romanisations of one name agree: 'Hichem'/'Hisham' -> 'hshm',
    'Abdel-Moneim'/'Abdulmenam' -> 'bdlmnm', 'Hamad'/'Hammad' -> 'hmd'."""
    text = name.lower().replace("ch", "sh").replace("kh", "k").replace("ph", "f").replace("q", "k")
    text = re.sub(r"[^a-z]", "", text)
    text = text[:1] + re.sub(r"[aeiouyw]", "", text[1:])
    text = re.sub(r"(.)\1+", r"\1", text)
    return text.lstrip("aeiou") or text


def _transliterations(a: str, b: str) -> str | None:
    """Two romanisations of one name: every word of the shorter (particles aside) sounds like a word of the
    longer, in order, first and last words included ('Hichem Chkiouat' / 'Hisham Abu Chkiouat',
    'Othman Abduljalil' / 'Othman Abdel-Jalil')."""
    sa, sb = _sounds(a), _sounds(b)
    short, long = sorted((sa, sb), key=len)
    if len(short) < 2 or short[0] != long[0] or short[-1] != long[-1]:
        return None
    rest = iter(long[1:-1])
    if not all(any(w == x for x in rest) for w in short[1:-1]):
        return None
    return "the same name in another romanisation"


def _sounds(name: str) -> list[str]:
    words = [re.sub(r"^(?:al|el|ul|ad|ar|as|ash|at|az)-", "", w, flags=re.I) for w in name.split()]
    out = []
    for word in words:
        if word.lower() in _PARTICLES:
            continue
        sound = _skeleton(word)  # a short name keeps its vowels: "Ali" and "Ala" are two names
        out.append(sound if len(sound) >= 3 else word.lower())
    return out


def _given_names_agree(a: list[str], b: list[str]) -> str | None:
    first_a, first_b = a[0], b[0]
    if first_a == first_b:
        return "same given name"
    short, long = sorted((first_a, first_b), key=len)
    if long.startswith(short):
        return f"'{short.title()}' shortens '{long.title()}'"
    if fuzz.ratio(first_a, first_b) >= GIVEN_NAME_SIMILARITY:
        return f"given names '{first_a.title()}' and '{first_b.title()}' are spelling variants"
    return None


def join_surnames(joins: Joins) -> None:
    """A lone surname joins the one full-named person of that surname (in its documents first)."""
    full = [n for n in _persons(joins) if len(n.name.split()) > 1]
    for node in _persons(joins):
        if len(node.name.split()) != 1:
            continue
        candidates = [n for n in full if fuzz.ratio(surname(n.name), node.name.lower()) >= SURNAME_SIMILARITY]
        roots = {joins.root(n.key) for n in candidates}
        if len(roots) > 1:
            near = [n for n in candidates if n.documents & node.documents]
            roots = {joins.root(n.key) for n in near}
            where = "in the same documents"
        else:
            where = "in the corpus"
        if len(roots) == 1:
            target = joins.nodes[next(iter(roots))]
            joins.join(target.key, node.key, f"'{first_name(node)}' is '{target.name}': the only {node.name} {where}")


def join_offices(joins: Joins) -> None:
    """'the Pentagon's press secretary' joins the one person known to hold that office there."""
    for node in [n for n in joins.nodes.values() if n.kind == "office"]:
        holders = {joins.root(p.key) for p in _persons(joins)
                   if p.role and p.institution and p.institution.name == node.institution.name
                   and _same_office(p.role, node.role)}
        if len(holders) == 1:
            target = joins.nodes[next(iter(holders))]
            joins.join(target.key, node.key, f"'{first_name(node)}' is '{target.name}': {target.name} is "
                       f"{node.institution.name} {node.role} in the same reports")


def _same_office(a: str, b: str) -> bool:
    """'press secretary' and 'secretary'; 'chief' and 'director' (one office word the descriptions table
    lets stand for the other)."""
    wa, wb = set(a.split()), set(b.split())
    if bool(wa) and bool(wb) and (wa <= wb or wb <= wa):
        return True
    if len(wa) == 1 and len(wb) == 1:
        x, y = next(iter(wa)), next(iter(wb))
        return y in _office_synonyms().get(x, ()) or x in _office_synonyms().get(y, ())
    return False


@functools.lru_cache(maxsize=1)
def _office_synonyms() -> dict[str, tuple[str, ...]]:
    return {row["noun"]: tuple(m for m in row.get("matches", "").split("|") if m and ":" not in m)
            for row in read_table("descriptions") if row.get("refers") == "person"}
