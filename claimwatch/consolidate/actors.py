"""Actors: one per real-world source, however the documents name it.

"Pat Ryder", "Patrick Ryder", "Maj. Gen. Ryder" and "the Pentagon's press secretary"
become one actor, affiliated with the Pentagon, country US. Names are joined by
rules a reader can check (same surname and compatible given names, a lone surname
with one candidate, an office held by one known person, an institution alias), and
every join records why. A user's aliases file can force or forbid a join.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .names import (InstitutionIndex, NameParts, clean, given_names, is_organisation_name, parse_apposition,
                    parse_name, surname)
from .overrides import Overrides
from .records import Actor
from .tables import Institution, institutions, words

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
    for mention in mentions:
        node = _node_for(mention, index, outlet_names, overrides)
        if node is None:
            continue
        existing = nodes.setdefault(node.key, node)
        if existing is not node:
            existing.role = existing.role or node.role
            existing.institution = existing.institution or node.institution
            existing.orgs.update(node.orgs)
        existing.names[" ".join(mention.text.split())] += 1
        existing.documents.add(mention.document)
        if mention.org or node.institution:
            existing.orgs[node.institution.name if node.institution else mention.org] += 1
        country = mention.country or (node.institution.country if node.institution else None)
        if country:
            existing.countries[country] += 1
        mention_node[(mention.document, mention.text)] = node.key
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
    actors, by_key = _actors(joins)
    return ActorIndex(actors, {m: by_key[k] for m, k in mention_node.items()})


def _node_for(mention: Mention, index: InstitutionIndex, outlets: dict[str, str],
              overrides: Overrides) -> _Node | None:
    text = " ".join(mention.text.split())
    if not clean(text):
        return None
    canonical = overrides.canonical(text)
    parts = parse_name(canonical or text, index)
    if not parts.institution and not parts.role and mention.context:
        context = parse_name(re.split(r"[,;:.\"“”]\s*", mention.context)[-1], index)
        if not context.name and set(context.role.split()) <= words("titles", "title"):
            parts = NameParts(parts.text, parts.name, context.role, context.institution, parts.is_group)
    if parts.institution is None and mention.org:
        parts = NameParts(parts.text, parts.name, parts.role, index.exact(mention.org), parts.is_group)
    inst = parts.institution
    cleaned = clean(canonical or text)
    if cleaned.lower() in outlets or (inst and inst.kind == "media" and parts.name in ("", inst.name)):
        name = inst.name if inst else outlets[cleaned.lower()]
        return _Node(f"media:{name.lower()}", "media", name, institution=inst)
    if inst is not None and (not parts.name or parts.name.lower() == inst.name.lower()):
        if parts.role:
            return _Node(f"office:{inst.name.lower()}:{parts.role}", "office", "", parts.role, inst)
        return _Node(f"inst:{inst.name.lower()}", "institution", inst.name, institution=inst)
    if is_organisation_name(cleaned) and cleaned[:1].isupper():
        return _Node(f"org:{cleaned.lower()}", "institution", _display(canonical or text))
    if parts.is_group or not parts.name:
        return _Node(f"group:{cleaned.lower()}", "group", cleaned)
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


def _join_full_names(joins: _Joins) -> None:
    full = [n for n in _persons(joins) if len(n.name.split()) > 1]
    for i, a in enumerate(full):
        for b in full[i + 1:]:
            if fuzz.ratio(surname(a.name), surname(b.name)) < SURNAME_SIMILARITY:
                continue
            why = _given_names_agree(given_names(a.name), given_names(b.name))
            if why:
                joins.join(a.key, b.key, f"'{b.name}' is '{a.name}': same surname, {why}")


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


def _same_office(a: str, b: str) -> bool:
    wa, wb = set(a.split()), set(b.split())
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def _first(node: _Node) -> str:
    return node.names.most_common(1)[0][0] if node.names else node.name


def _label(node: _Node) -> str:
    return f"'{_first(node)}'"


_KIND_RANK = {"person": 0, "institution": 1, "media": 2, "office": 3, "group": 4}


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
        kind = "person" if head.kind == "office" else head.kind
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
