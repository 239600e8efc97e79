"""Actors: one per real-world source, however the documents name it.

"Pat Ryder", "Patrick Ryder", "Maj. Gen. Ryder" and "the Pentagon's press secretary"
become one actor, affiliated with the Pentagon, country US. Names are joined by
rules a reader can check (same surname and compatible given names, a lone surname
with one candidate, an office held by one known person, an institution alias), and
every join records why. A user's aliases file can force or forbid a join.
"""
from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from .coreference import GOVERNMENT_WORDS, Description, affinity, describe, fits_body, fits_person, tail_fits
from .countries import country_of
from .mentions import Normalised, normalise
from .names import _FUNCTION_WORDS
from .names import (InstitutionIndex, NameParts, clean, given_names, is_organisation_name, parse_apposition,
                    parse_name, surname)
from .overrides import Overrides
from .records import Actor
from .tables import Institution, institutions, read_table, words

GIVEN_NAME_SIMILARITY = 85  # rapidfuzz ratio above which two given names are one ("Volodymyr"/"Volodimir")
SURNAME_SIMILARITY = 88  # ... and two surnames ("Zelenskyy"/"Zelensky")


@dataclass(frozen=True)
class Mention:
    """A speaker or holder as one document names it."""

    text: str
    document: str
    org: str | None = None
    country: str | None = None
    context: str = ""  # the words just before the name in its sentence ("Pentagon press secretary")
    label: str | None = None  # spaCy entity label of the name, if it is an entity
    apposition: str = ""  # the words just after the name (", a spokesman for the Emergency Service,")
    start: int = -1  # where the name stands in its document, so a description finds the name before it


@dataclass
class _Node:
    key: str
    kind: str
    name: str
    role: str = ""
    institution: Institution | None = None
    names: Counter = field(default_factory=Counter)
    orgs: Counter = field(default_factory=Counter)
    countries: Counter = field(default_factory=Counter)
    documents: set = field(default_factory=set)
    description: Description | None = None  # "the agency": resolved to a named source of its document
    acronym: str = ""  # what the text abbreviates the name to: "(OCHA)" after it


class ActorIndex:
    """The resolved actors, and which actor each (document, name) mention is."""

    def __init__(self, actors: list[Actor], by_mention: dict[tuple[str, str], str]) -> None:
        self.actors = tuple(actors)
        self._by_id = {a.id: a for a in actors}
        self._by_mention = by_mention
        self._by_name = {clean(n).lower(): a.id for a in actors for n in a.names}

    def get(self, actor_id: str) -> Actor:
        return self._by_id[actor_id]

    def actor_for(self, text: str, document: str | None = None) -> Actor | None:
        """The actor a name in a document stands for (falls back to the name anywhere)."""
        actor_id = self._by_mention.get((document or "", text)) or self._by_name.get(clean(text).lower())
        return self._by_id.get(actor_id) if actor_id else None


class _Joins:
    """Union-find over nodes that remembers why each join was made."""

    def __init__(self, nodes: dict[str, _Node], overrides: Overrides) -> None:
        self.nodes = nodes
        self.parent = {k: k for k in nodes}
        self.reasons: dict[str, list[str]] = defaultdict(list)
        self.overrides = overrides

    def root(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def members(self, key: str) -> list[_Node]:
        root = self.root(key)
        return [n for k, n in self.nodes.items() if self.root(k) == root]

    def conflict(self, a: str, b: str) -> str | None:
        """Why clusters a and b must stay apart, or None."""
        left, right = self.members(a), self.members(b)
        names_a = {n.lower() for m in left for n in m.names}
        names_b = {n.lower() for m in right for n in m.names}
        if self.overrides.forbids(names_a, names_b):
            return "the aliases file keeps them apart"
        countries_a = {c for m in left for c in m.countries}
        countries_b = {c for m in right for c in m.countries}
        if countries_a and countries_b and not countries_a & countries_b:
            return "they speak for different countries"
        orgs_a = {o for m in left for o in m.orgs}
        orgs_b = {o for m in right for o in m.orgs}
        if orgs_a and orgs_b and not orgs_a & orgs_b:
            return "they speak for different institutions"
        return None

    def join(self, a: str, b: str, reason: str, forced: bool = False) -> bool:
        ra, rb = self.root(a), self.root(b)
        if ra == rb or (not forced and self.conflict(a, b)):
            return False
        self.parent[rb] = ra
        self.reasons[ra] += self.reasons.pop(rb, []) + [reason]
        return True


def resolve_actors(mentions: Iterable[Mention], overrides: Overrides | None = None,
                   outlets: Iterable[str] = ()) -> ActorIndex:
    """Group mentions into actors, explaining every join.

    Args:
        mentions: every speaker and holder name, with its document and context.
        overrides: the user's aliases file: names to join or keep apart, extra institutions.
        outlets: names of the outlets in the corpus, so a cited outlet is a media actor.
    """
    overrides = overrides or Overrides()
    index = InstitutionIndex([*institutions(), *overrides.institutions])
    outlet_names = {clean(o).lower(): o for o in outlets if o}
    nodes: dict[str, _Node] = {}
    mention_node: dict[tuple[str, str], str] = {}
    renamed: list[tuple[str, str, str]] = []  # (node key, name as written, canonical name)
    placed: list[tuple[str, int, str]] = []  # (document, position, node key) of every mention
    for mention in mentions:
        node = _node_for(mention, index, outlet_names, overrides)
        if node is None:
            continue
        existing = nodes.setdefault(node.key, node)
        if existing is not node:
            existing.countries.update(node.countries)
            existing.role = existing.role or node.role
            existing.institution = existing.institution or node.institution
            existing.orgs.update(node.orgs)
        existing.acronym = existing.acronym or node.acronym
        if existing.kind == "institution" and not existing.role:
            existing.role = node.role
        existing.names[" ".join(mention.text.split())] += 1
        existing.documents.add(mention.document)
        if (mention.org and node.kind != "description") or node.institution:  # a description's body is found later
            existing.orgs[node.institution.name if node.institution else mention.org] += 1
        country = mention.country or (node.institution.country if node.institution else None)
        if country:
            existing.countries[country] += 1
        mention_node.setdefault((mention.document, mention.text), node.key)  # the statement's reading comes first
        placed.append((mention.document, mention.start, node.key))
        canonical = overrides.canonical(mention.text)
        if canonical and clean(canonical).lower() != clean(mention.text).lower():
            renamed.append((node.key, " ".join(mention.text.split()), canonical))
    joins = _Joins(nodes, overrides)
    for key, text, canonical in dict.fromkeys(renamed):
        joins.reasons[key].append(f"'{text}' is {canonical} (aliases file)")
    _join_overrides(joins, overrides)
    _join_misread_people(joins)
    _join_full_names(joins)
    _join_surnames(joins)
    _join_offices(joins)
    _join_acronyms(joins)
    _join_country_variants(joins)
    _join_short_names(joins, placed)
    _join_descriptions(joins, placed)
    _join_seats(joins)
    _join_unheld_offices(joins)
    _narrow_family_names(joins, placed, mention_node, index)
    actors, by_key = _actors(joins)
    return ActorIndex(actors, {m: by_key[k] for m, k in mention_node.items()})


def _node_for(mention: Mention, index: InstitutionIndex, outlets: dict[str, str],
              overrides: Overrides) -> _Node | None:
    text = " ".join(mention.text.split())
    if not clean(text):
        return None
    canonical = overrides.canonical(text)
    if canonical:
        return _named_node(mention, canonical, canonical, None, index, outlets)
    norm = normalise(mention.text)
    if not clean(norm.text):  # nothing but a dateline or byline: a source of its own, never shared
        return _Node(f"debris:{mention.document}:{text.lower()}", "group", text)
    full_hit = index.find(_words(clean(norm.full)))
    if norm.country and (full_hit or cleaned_is_name(norm.full, outlets)):
        norm = Normalised(norm.full, None, norm.debris, norm.full)  # "Ukraine's military intelligence" is a name
    country = norm.country or mention.country
    seat = None if index.exact(norm.full) else _metonymy(norm)  # "the Kremlin" is a body of its own
    if seat:
        node = _Node(f"gov:{seat}", "government", f"{seat} government")
        node.countries[seat] += 1
        return node
    desc = describe(norm.text)
    if desc is not None and desc.modifier and index.exact(desc.modifier) is None:
        desc = replace(desc, modifier="")  # "Eastern health minister": a capitalised adjective, not a body
    if desc is not None and desc.modifier and desc.refers != "body":
        desc = None  # "FSB director": an office of a known body, which the office rules resolve
    elif desc is not None and not desc.modifier and index.find(_words(clean(norm.text))):
        desc = None  # "Kremlin press service" names its body
    if desc is not None and not index.exact(norm.text):
        if desc.refers == "group" and country:  # "U.S. officials": a named group, shared across documents
            node = _Node(f"group:{country.lower()}:{desc.noun.removesuffix('s')}", "group", norm.full)
            node.countries[country] += 1
            return node
        if desc.refers == "body" and country and desc.before:  # "Tajikistan's foreign ministry": a name
            node = _Node(f"org:{country.lower()}:{norm.text.lower()}", "institution", norm.full)
            node.countries[country] += 1
            return node
        node = _Node(f"desc:{mention.document}:{norm.text.lower()}", "description", norm.full, description=desc)
        if desc.refers == "document":
            by = _author(mention.apposition)
            if by:
                return _named_node(mention, by, by, None, index, outlets)
        if country:
            node.countries[country] += 1
        return node
    if norm.title and not mention.context.strip():
        mention = replace(mention, context=norm.title + " ")
    node = _named_node(mention, norm.text, None, country, index, outlets)
    if node is not None and node.kind == "institution":
        said = describe(_context_phrase(mention.context)) if mention.context else None
        if said is not None and said.refers == "body":  # "Libya's state telecoms holding company, LPTIC,"
            node.role = _context_phrase(mention.context).lower()
        acronym = _ACRONYM_AFTER.match(mention.apposition or "")
        if acronym and acronym.group(1) != clean(norm.text):
            node.acronym = acronym.group(1)
    if node is not None and node.kind == "person" and norm.title and not node.role:
        title = parse_name(norm.title, index)  # "head of the World Meteorological Organization, Petteri Taalas"
        if not title.name and title.role:
            node.role, node.institution = title.role, node.institution or title.institution
    if node is not None and norm.country and node.kind in ("institution", "group") and not node.institution:
        node = _Node(f"{node.key}:{norm.country.lower()}", node.kind, node.name, node.role, node.institution)
        node.countries[norm.country] += 1
    return node


_ACRONYM_AFTER = re.compile(r"^\s*\(([A-Z][A-Za-z]{1,9})\)")


def cleaned_is_name(text: str, outlets: dict[str, str]) -> bool:
    return clean(text).lower() in outlets


def _words(text: str) -> list[str]:
    return re.findall(r"[\w.&/'’-]+", text)


def _metonymy(norm: Normalised) -> str | None:
    """The country a place speaking stands for: "Kyiv", "Washington", "the U.S.", "Tripoli government"."""
    code = country_of(norm.full)
    if code:
        return code
    if norm.country and norm.text.lower() in GOVERNMENT_WORDS:
        return norm.country
    return None


_BY = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:by|from)\s+(?:the\s+)?((?:[A-Z][\w'’.-]*\s*){1,6})")


def _author(after: str) -> str | None:
    """"published by the Emergencies Ministry" after "the latest list": the author speaks through the text."""
    match = _BY.match(after or "")
    return re.split(r"\.\s", match.group(1))[0].strip() if match else None


def _named_node(mention: Mention, text: str, canonical: str | None, country: str | None,
                index: InstitutionIndex, outlets: dict[str, str]) -> _Node | None:
    parts = parse_name(text, index)
    if not parts.institution and not parts.role and mention.context:
        context = parse_name(_context_phrase(mention.context), index)
        if not context.name and context.role and context.role.split()[-1] in words("titles", "title"):
            parts = NameParts(parts.text, parts.name, context.role, context.institution, parts.is_group)
    if parts.institution is None and mention.org:
        parts = NameParts(parts.text, parts.name, parts.role, index.exact(mention.org), parts.is_group)
    inst = parts.institution
    cleaned = clean(text)
    if cleaned.lower() in outlets or (inst and inst.kind == "media" and parts.name in ("", inst.name)):
        name = inst.name if inst else outlets[cleaned.lower()]
        return _Node(f"media:{name.lower()}", "media", name, institution=inst)
    if inst is not None and (not parts.name or parts.name.lower() == inst.name.lower()):
        if parts.role:
            inst, role = _family_office(index, inst, text, parts.role)
            return _Node(f"office:{inst.name.lower()}:{role}", "office", "", role, inst)
        return _Node(f"inst:{inst.name.lower()}", "institution", inst.name, institution=inst)
    if is_organisation_name(cleaned) and cleaned[:1].isupper():
        return _Node(f"org:{cleaned.lower()}", "institution", _display(text))
    if _is_acronym(cleaned):
        return _Node(f"org:{cleaned.lower()}", "institution", cleaned)
    if parts.is_group or not parts.name:
        return _Node(f"group:{_government_synonyms(cleaned.lower())}", "group", cleaned)
    if _is_organisation(parts.name, mention.label):
        return _Node(f"org:{parts.name.lower()}", "institution", parts.name)
    role, org = parts.role, None
    if mention.apposition:
        extra_role, extra_inst, org = parse_apposition(mention.apposition, index)
        role, inst = role or extra_role, inst or extra_inst
    node = _Node(f"person:{parts.name.lower()}", "person", parts.name, role, inst)
    if org:
        node.orgs[org] += 1
    return node


def _government_synonyms(text: str) -> str:
    """"eastern authorities", "eastern administration" and "eastern government" are one key."""
    return " ".join("government" if w in GOVERNMENT_WORDS else w for w in text.split())


def _family_office(index: InstitutionIndex, inst: Institution, text: str, role: str) -> tuple[Institution, str]:
    """"UN weather chief": the chief of the UN body the news calls "UN weather agency" (a member of the family
    whose alias is the family's name and that word), not of the UN itself."""
    words = role.split()
    for word in words:
        if word in words_of_titles():
            continue
        prefix = clean(text).split()[0]
        for alias, member in [*index.by_alias.items(), *index.exact_case.items()]:
            if member is not inst and alias.lower().startswith(f"{prefix.lower()} {word} "):
                return member, " ".join(w for w in words if w != word)
    return inst, role


def words_of_titles() -> frozenset[str]:
    return words("titles", "title")


def _context_phrase(context: str) -> str:
    """The words before a name that may title it: "Health Minister" in "... said Health Minister X", or
    "The health minister in the eastern government" in "The health minister in the eastern government, X,"."""
    context = re.sub(r"\b\d{1,2}[:.]\d{2}\s*[-–—]?\s*", "", context)  # a liveblog time stamp
    segments = re.split(r"[,;:.\"“”]\s*", context)
    if len(segments) > 1 and not segments[-1].strip():
        before = segments[-2].strip()
        return re.split(r"\s+(?:in|of|for|at|with)\s+", before, maxsplit=1)[0]
    return segments[-1]


def _is_acronym(text: str) -> bool:
    """'LPTIC', 'NCDC': an unknown upper-case word of three or more letters is a body, not a person."""
    return len(text) >= 3 and " " not in text and text.isalpha() and text.isupper()


def _is_organisation(name: str, label: str | None) -> bool:
    """A body rather than a person: an organisation word, or a place/group label on a name.

    A lone capitalised word labelled ORG is usually a surname the tagger misread.
    """
    if is_organisation_name(name):
        return True
    if len(name.split()) == 1:
        return label in ("GPE", "NORP", "LOC", "FAC")
    return label in ("ORG", "GPE", "NORP", "FAC", "LOC")


def _join_overrides(joins: _Joins, overrides: Overrides) -> None:
    by_canonical: dict[str, list[str]] = defaultdict(list)
    for key, node in joins.nodes.items():
        for name in node.names:
            canonical = overrides.canonical(name)
            if canonical:
                by_canonical[canonical].append(key)
    for canonical, keys in by_canonical.items():
        for key in keys[1:]:
            joins.join(keys[0], key, f"{_label(joins.nodes[key])} is {canonical} (aliases file)", forced=True)


def _join_misread_people(joins: _Joins) -> None:
    """A name the tagger once read as an organisation is the person it names elsewhere."""
    for key, node in joins.nodes.items():
        person = joins.nodes.get("person:" + key.removeprefix("org:")) if key.startswith("org:") else None
        if person is not None and not is_organisation_name(node.name):
            joins.join(person.key, key, f"'{node.name}' is also named as a person")


def _persons(joins: _Joins) -> list[_Node]:
    return [n for n in joins.nodes.values() if n.kind == "person"]


def _looks_personal(node: _Node) -> bool:
    """A body the tagger named that reads like a person's name ("Hichem Chkiouat"): two to four capitalised
    words, no organisation word, not in the institutions table."""
    words = node.name.split()
    return (node.kind == "institution" and node.institution is None and node.key.startswith("org:")
            and 2 <= len(words) <= 4 and all(w[:1].isupper() or "-" in w for w in words)
            and not is_organisation_name(node.name) and not country_of(words[0]))


def _join_full_names(joins: _Joins) -> None:
    full = [n for n in joins.nodes.values() if (n.kind == "person" or _looks_personal(n)) and len(n.name.split()) > 1]
    for i, a in enumerate(full):
        for b in full[i + 1:]:
            if fuzz.ratio(surname(a.name), surname(b.name)) < SURNAME_SIMILARITY:
                why = _transliterations(a.name, b.name)
                if why:
                    joins.join(a.key, b.key, f"'{b.name}' is '{a.name}': {why}")
                continue
            why = _given_names_agree(given_names(a.name), given_names(b.name))
            if why:
                joins.join(a.key, b.key, f"'{b.name}' is '{a.name}': same surname, {why}")
            else:
                why = _transliterations(a.name, b.name)
                if why:
                    joins.join(a.key, b.key, f"'{b.name}' is '{a.name}': {why}")


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


def _join_surnames(joins: _Joins) -> None:
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
            joins.join(target.key, node.key, f"'{_first(node)}' is '{target.name}': the only {node.name} {where}")


def _join_offices(joins: _Joins) -> None:
    """'the Pentagon's press secretary' joins the one person known to hold that office there."""
    for node in [n for n in joins.nodes.values() if n.kind == "office"]:
        holders = {joins.root(p.key) for p in _persons(joins)
                   if p.role and p.institution and p.institution.name == node.institution.name
                   and _same_office(p.role, node.role)}
        if len(holders) == 1:
            target = joins.nodes[next(iter(holders))]
            joins.join(target.key, node.key, f"'{_first(node)}' is '{target.name}': {target.name} is "
                       f"{node.institution.name} {node.role} in the same reports")


def _join_acronyms(joins: _Joins) -> None:
    """"the National Centre for Disease Control (NCDC)": the abbreviation the text introduces is the body."""
    by_name: dict[str, list[_Node]] = defaultdict(list)
    for node in joins.nodes.values():
        if node.kind in ("institution", "media"):
            for name in {node.name, *node.names}:
                by_name[clean(name)].append(node)
    for node in [n for n in joins.nodes.values() if n.acronym]:
        for short in by_name.get(node.acronym, []):
            joins.join(node.key, short.key, f"'{short.name}' is '{_first(node)}': the text abbreviates it so")


def _join_country_variants(joins: _Joins) -> None:
    """"Russia's Investigative Committee" is the "Investigative Committee" the corpus names without its
    country, when no other country's body of that name speaks."""
    by_name: dict[str, list[_Node]] = defaultdict(list)
    for node in joins.nodes.values():
        if node.kind in ("institution", "group") and node.key.startswith(("org:", "group:")):
            by_name[node.name.lower()].append(node)
    for nodes in by_name.values():
        with_country = [n for n in nodes if n.countries]
        if len({c for n in with_country for c in n.countries}) > 1:
            continue
        for node in nodes[1:]:
            joins.join(nodes[0].key, node.key, f"'{_first(node)}' is '{_first(nodes[0])}': the same name, "
                       "and no other country's body bears it")


def _name_words(node: _Node) -> list[str]:
    """The content words of a name: "Office for the Coordination of ..." and "Office Coordination ..." agree."""
    return [w.lower().strip(".,'’") for w in clean(node.name).split() if w.lower() not in _FUNCTION_WORDS]


def _join_short_names(joins: _Joins, placed: list[tuple[str, int, str]]) -> None:
    """"Red Crescent" is the "Libyan Red Crescent" of its document (or the only one of the corpus): a body's
    name that ends another body's longer name is that body when only one such body is in sight."""
    bodies = [n for n in joins.nodes.values() if n.kind in ("institution", "media") and n.name]
    docs_of = _documents_of(placed)
    for short in bodies:
        words = _name_words(short)
        if not words or len(words) > 8:
            continue
        longer = [n for n in bodies if n is not short and len(_name_words(n)) > len(words)
                  and _name_words(n)[-len(words):] == words]
        # "UN Office" cut short from "UN Office for the Coordination of Humanitarian Affairs" in one report
        cut = [n for n in bodies if n is not short and len(words) > 1 and len(_name_words(n)) > len(words)
               and _name_words(n)[:len(words)] == words and docs_of[n.key] & docs_of[short.key]]
        if not longer and not cut:
            continue
        near = [n for n in longer + cut if docs_of[n.key] & docs_of[short.key]]
        for pool, where in ((near, "in the same documents"), (longer, "in the corpus")):
            roots = {joins.root(n.key) for n in pool}
            if len(roots) == 1:
                target = joins.nodes[next(iter(roots))]
                joins.join(target.key, short.key, f"'{_first(short)}' is '{_first(target)}': the only body of that "
                           f"name {where}")
                break
            if roots:
                break


def _documents_of(placed: list[tuple[str, int, str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for doc, _, key in placed:
        out[key].add(doc)
    return out


def _kind_of(node: _Node) -> str | None:
    if node.kind == "media":
        return "media"
    return node.institution.kind if node.institution else None


def _fits(joins: _Joins, desc: Description, candidate: _Node) -> bool:
    """Whether a named node (or the actor it already belongs to) is what a description describes."""
    if candidate.kind in ("description", "government") or candidate.key.startswith("debris:"):
        return False
    members = joins.members(candidate.key)
    if desc.modifier and not any(_belongs_to(m, desc.modifier) for m in members):
        return False
    if desc.refers == "person":
        affiliation = _said_of(joins, candidate.key)
        described = any(m.description is not None and m.description.refers == "person"
                        and m.description.noun in desc.matches and desc.qualifiers <= m.description.qualifiers
                        for m in members)
        return ((described or any(m.kind in ("person", "office") and fits_person(desc, m.role) for m in members))
                and tail_fits(desc, affiliation))
    if desc.refers == "group":
        return candidate.kind == "group" and any(w.startswith(x) for m in members for w in _name_words(m)
                                                 for x in desc.matches)
    if any(m.kind == "person" for m in members):
        return False  # a name once misread as a body is still a person
    return any(m.kind in ("institution", "media") and (fits_body(desc, m.name, _kind_of(m))
                                                        or desc.noun in m.role.split()) for m in members)


def _belongs_to(node: _Node, modifier: str) -> bool:
    """"UN agency": the body is the modifier's or of its family (an alias of the body starts with it)."""
    inst = node.institution
    names = [node.name, *(inst.aliases if inst else ())]
    modifier = modifier.lower().rstrip(".")
    plain = modifier.replace(".", "")
    return any(n.lower().startswith(modifier + " ") or n.lower().replace(".", "").startswith(plain + " ")
               for n in names)


def _join_descriptions(joins: _Joins, placed: list[tuple[str, int, str]]) -> None:
    """"the agency", "the engineer", "its health minister": the nearest fitting named source of the same
    document (before the description first, then after it, as a headline names later), else the only one of
    the corpus. A text ("the statement", "the latest list") speaks for the last source named before it."""
    in_doc: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for doc, start, key in placed:
        in_doc[doc].append((start, key))
    for doc, start, key in placed:
        node = joins.nodes[key]
        desc = node.description
        if desc is None or joins.root(key) != key and len(joins.members(key)) > 1:
            continue
        sequence = sorted(in_doc[doc])
        before = [k for p, k in reversed(sequence) if p < start and k != key]
        after = [k for p, k in sequence if p > start and k != key]
        if desc.refers == "document":
            target = next((k for k in before if joins.nodes[k].kind not in ("description",)
                           and not k.startswith("debris:")), None)
            if target:
                joins.join(target, key, f"'{desc.text}' speaks for {_label(joins.nodes[target])}, named just before")
            continue
        near = [k for k in [*before, *after] if _fits(joins, desc, joins.nodes[k])]
        target = _closest_in_kind(joins, desc, near)
        if target is not None:
            joins.join(target, key, f"'{desc.text}' is {_label(joins.nodes[target])}: the {desc.noun} the same "
                       "document names")
            continue
        named = replace(desc, matches=tuple(m for m in desc.matches if m != "kind:unknown"))  # in sight only
        fitting = [n for n in joins.nodes.values() if n.kind != "office" and _fits(joins, named, n)]
        known = [n for n in fitting if n.institution is not None]  # a body the institutions table knows
        roots = {joins.root(n.key) for n in known} or {joins.root(n.key) for n in fitting}
        if len(roots) > 1:
            scores = {r: affinity(desc, _said_of(joins, r)) for r in roots}
            best = max(scores.values())
            roots = {r for r in roots if scores[r] == best} if best else roots
        if len(roots) == 1:
            target = next(iter(roots))
            joins.join(target, key, f"'{desc.text}' is {_label(joins.nodes[target])}: the only {desc.noun} in "
                       "the corpus")
            continue
        if desc.refers == "person":
            _join_delayed_name(joins, key, desc, start, [(p, k) for p, k in sequence if p > start])


def _said_of(joins: _Joins, key: str) -> str:
    """Everything the corpus says of an actor: its names, roles and affiliations, as one text."""
    members = joins.members(key)
    return " ".join([*(n for m in members for n in m.names), *(m.role for m in members),
                     *(o for m in members for o in m.orgs), *(m.institution.name for m in members if m.institution)])


def _closest_in_kind(joins: _Joins, desc: Description, near: list[str]) -> str | None:
    """The nearest fitting source, unless a farther one shares the description's words ("interior")."""
    if not near:
        return None
    scores = [affinity(desc, _said_of(joins, k)) for k in near]
    best = max(scores)
    return near[scores.index(best)]


LEDE_DISTANCE = 400  # characters within which a described person is usually named ("A hydrologist ... Ali Sami, who")


def _join_delayed_name(joins: _Joins, key: str, desc: Description, start: int,
                       after: list[tuple[int, str]]) -> None:
    """"A Libyan hydrologist who predicted ... told the Post. Abdel Ashur, who teaches ...": a description the
    document names only afterwards is the first person named next, if nothing is known of that person's role."""
    for position, other in after:
        if position - start > LEDE_DISTANCE:
            return
        node = joins.nodes[other]
        if node.kind == "person":
            if not any(m.role for m in joins.members(other)):
                joins.join(other, key, f"'{desc.text}' is {_label(node)}: the document names the {desc.noun} "
                           "right after describing them")
            return


def _join_seats(joins: _Joins) -> None:
    """"Washington said": a country speaking is its government, which the seat of government speaks for
    ("White House") when the corpus hears it; a ministry is not the whole government, so else it stays
    "<country> government"."""
    seats = {row["country"]: row["institution"].lower() for row in read_table("seats_of_government")}
    for node in [n for n in joins.nodes.values() if n.kind == "government"]:
        code = node.key.removeprefix("gov:")
        seat = joins.nodes.get(f"inst:{seats.get(code, '')}")
        if seat is not None:
            joins.join(seat.key, node.key, f"'{_first(node)}' speaks for its government, {seat.name}")


def _join_unheld_offices(joins: _Joins) -> None:
    """"the court's press service", "an ICRC spokesman in Libya": an office nobody is named to hold speaks for
    its institution."""
    for node in [n for n in joins.nodes.values() if n.kind == "office"]:
        if len(joins.members(node.key)) > 1:
            continue
        body = joins.nodes.get(f"inst:{node.institution.name.lower()}") or joins.nodes.get(
            f"media:{node.institution.name.lower()}")
        if body is None:
            body = _Node(f"inst:{node.institution.name.lower()}", "institution", node.institution.name,
                         institution=node.institution)
            joins.nodes[body.key] = body
            joins.parent[body.key] = body.key
        joins.join(body.key, node.key, f"'{_first(node)}' speaks for {body.name}: no one is named to that office")


def _narrow_family_names(joins: _Joins, placed: list[tuple[str, int, str]], mention_node: dict[tuple[str, str], str],
                         index: InstitutionIndex) -> None:
    """"the UN says" in a report where one UN agency speaks is that agency: the family's name stands for the one
    member the report hears."""
    for (doc, text), key in list(mention_node.items()):
        node = joins.nodes[key]
        if node.kind != "institution" or node.institution is None:
            continue
        family = [n for d, _, k in placed if d == doc for n in [joins.nodes[k]]
                  if n.institution is not None and n.institution is not node.institution
                  and _belongs_to(n, _first(node)) and n.kind == "institution"]
        roots = {joins.root(n.key) for n in family}
        if len(roots) == 1:
            target = next(iter(roots))
            mention_node[(doc, text)] = target
            joins.reasons[target].append(f"'{text}' in {doc} is {_label(joins.nodes[target])}, the one member of "
                                         f"its family that report hears")


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


def _first(node: _Node) -> str:
    return node.names.most_common(1)[0][0] if node.names else node.name


def _label(node: _Node) -> str:
    return f"'{_first(node)}'"


_KIND_RANK = {"person": 0, "media": 1, "institution": 2, "office": 3, "government": 4, "group": 5, "description": 6}


def _actors(joins: _Joins) -> tuple[list[Actor], dict[str, str]]:
    clusters: dict[str, list[_Node]] = defaultdict(list)
    for key in joins.nodes:
        clusters[joins.root(key)].append(joins.nodes[key])
    actors, by_key, used = [], {}, set()
    for root, members in clusters.items():
        members.sort(key=lambda n: (_KIND_RANK[n.kind], -len(n.name.split()), -sum(n.names.values())))
        head = members[0]
        names: Counter = Counter()
        orgs: Counter = Counter()
        countries: Counter = Counter()
        for m in members:
            names.update(m.names)
            orgs.update(m.orgs)
            countries.update(m.countries)
        display = head.name or (f"{head.institution.name} {head.role}" if head.institution else _first(head))
        kind = {"office": "person", "government": "institution"}.get(head.kind, head.kind)
        if kind == "description":
            kind = {"person": "person", "body": "institution"}.get(head.description.refers, "group")
        role = next((m.role for m in members if m.role), None)
        org = orgs.most_common(1)[0][0] if orgs else None
        actor_id = _unique(_slug(display), used)
        actors.append(Actor(actor_id, display, kind, org if org != display else None,
                            countries.most_common(1)[0][0] if countries else None, role,
                            tuple(n for n, _ in names.most_common()), tuple(joins.reasons.get(root, ()))))
        for m in members:
            by_key[m.key] = actor_id
    return sorted(actors, key=lambda a: a.name.lower()), by_key


def _display(text: str) -> str:
    """A name as printed, without a leading article: "The Ostrian defence ministry" -> "Ostrian defence ministry"."""
    return re.sub(r"^(the|a|an)\s+", "", " ".join(text.split()).strip(" ,;:\"'()"), flags=re.I)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "actor"


def _unique(slug: str, used: set[str]) -> str:
    out, n = slug, 2
    while out in used:
        out, n = f"{slug}-{n}", n + 1
    used.add(out)
    return out
