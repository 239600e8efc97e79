"""Actors: one per real-world source, however the documents name it.

"Pat Ryder", "Patrick Ryder", "Maj. Gen. Ryder" and "the Pentagon's press secretary"
become one actor, affiliated with the Pentagon, country US. Each mention is first made
fit for resolution (`mentions.normalise`: time stamps, datelines, headline verbs and a
leading country off) and read as a node: a person, a body, an office, a group, a place
speaking for its government, or a description ("the agency") to resolve. Nodes are then
joined by rules a reader can check: names of people (`person_joins`), and what documents
establish (`document_joins`: descriptions, abbreviations, short names, seats of
government, unnamed officers). Every join records why; a user's aliases file can force or
forbid a join.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from .actor_graph import Joins, Node, first_name, node_label
from .coreference import GOVERNMENT_WORDS, describe, names_no_source
from ..extract.countries import country_of
from .document_joins import (join_acronyms, join_country_variants, join_descriptions, join_initialisms, join_seats,
                             join_short_names, join_unheld_offices)
from .mentions import Normalised, country_name, is_demonym, normalise, subject_after
from .names import InstitutionIndex, NameParts, clean, is_organisation_name, parse_apposition, parse_name, slug
from .narrowing import narrow_broad_names
from .overrides import Overrides
from .person_joins import join_full_names, join_misread_people, join_offices, join_surnames
from .records import Actor
from .tables import Institution, institutions, read_table, words


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
    outlet: str | None = None  # the outlet of the document: the source when the phrase names none
    in_headline: bool = False  # the name stands in its document's headline, which sums up the lede


_DESCRIPTION_FILLER = frozenset({"the", "a", "an", "of", "in", "for", "its", "his", "her", "their"})


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

    def in_document(self, document: str) -> list[Actor]:
        """The actors a document names as sources."""
        ids = dict.fromkeys(actor for (doc, _), actor in self._by_mention.items() if doc == document)
        return [self._by_id[i] for i in ids if i in self._by_id]

    def holding_office(self, description: str, document: str) -> Actor | None:
        """The one person who holds the office a bare description names ("Derna mayor", "the health
        minister in the eastern government"): its office word in their role, every word of their role in
        the description where that tells two holders apart; among the document's sources first, then the
        corpus's. None when no one or several hold it."""
        tokens = [w for w in re.findall(r"[a-z]+", clean(description).lower()) if w not in _DESCRIPTION_FILLER]
        head = next((w for w in tokens if w in words("titles", "title")), None)
        if head is None or re.search(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+", description.split(" in ")[0].strip()):
            return None  # no office word, or a full name already (not a bare description)
        wanted = set(tokens)
        for pool in (self.in_document(document), self.actors):  # the document's own sources first
            holders = [a for a in pool if a.kind == "person" and a.role and head in a.role.split()]
            exact = [a for a in holders if set(re.findall(r"[a-z]+", a.role.lower())) <= wanted]
            found = exact or holders  # "Derna mayor" is the mayor, not the deputy mayor
            if len(found) == 1:
                return found[0]
            if found:
                return None  # several hold it: no guess
        return None


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
    nodes: dict[str, Node] = {}
    mention_node: dict[tuple[str, str], str] = {}
    renamed: list[tuple[str, str, str]] = []  # (node key, name as written, canonical name)
    placed: list[tuple[str, int, str]] = []  # (document, position, node key) of every mention
    notes: list[tuple[str, str]] = []  # (node key, why a mention was read as it was)
    outlet_of: dict[str, str] = {}  # document -> its outlet
    headlines: set[tuple[str, str]] = set()  # (document, name) of the names a headline gives
    headline_places: set[tuple[str, int]] = set()  # (document, position) of the mentions in a headline
    for mention in mentions:
        if mention.in_headline:
            headlines.add((mention.document, mention.text))
            headline_places.add((mention.document, mention.start))
        if mention.outlet:
            outlet_of.setdefault(mention.document, mention.outlet)
        if (mention.document, mention.text) in mention_node:  # read once per document: the statement's reading
            placed.append((mention.document, mention.start, mention_node[(mention.document, mention.text)]))
            continue
        node = _node_for(mention, index, outlet_names, overrides)
        if node is None:
            continue
        if node.note:
            notes.append((node.key, node.note))
        existing = nodes.setdefault(node.key, node)
        if existing is not node:
            existing.countries.update(node.countries)
            existing.role = existing.role or node.role
            existing.institution = existing.institution or node.institution
            existing.orgs.update(node.orgs)
        existing.acronym = existing.acronym or node.acronym
        existing.about.update(node.about)
        if existing.kind == "institution" and not existing.role:
            existing.role = node.role
        existing.names[" ".join(mention.text.split())] += 1
        existing.documents.add(mention.document)
        if (mention.org and node.kind != "description") or node.institution:  # a description's body is found later
            existing.orgs[node.institution.name if node.institution else mention.org] += 1
        country = mention.country or (node.institution.country if node.institution else None)
        if country:
            existing.countries[country] += 1
        mention_node[(mention.document, mention.text)] = node.key
        placed.append((mention.document, mention.start, node.key))
        canonical = overrides.canonical(mention.text)
        if canonical and clean(canonical).lower() != clean(mention.text).lower():
            renamed.append((node.key, " ".join(mention.text.split()), canonical))
    joins = Joins(nodes, overrides)
    for key, note in dict.fromkeys(notes):
        joins.reasons[key].append(note)
    for key, text, canonical in dict.fromkeys(renamed):
        joins.reasons[key].append(f"'{text}' is {canonical} (aliases file)")
    _join_overrides(joins, overrides)
    join_misread_people(joins)
    join_full_names(joins)
    join_surnames(joins)
    join_offices(joins)
    join_acronyms(joins)
    join_initialisms(joins)
    join_country_variants(joins)
    join_short_names(joins, placed)
    join_descriptions(joins, placed, outlet_of)
    join_seats(joins)
    join_unheld_offices(joins)
    narrow_broad_names(joins, placed, mention_node, headlines, headline_places)
    actors, by_key = _actors(joins)
    return ActorIndex(actors, {m: by_key[k] for m, k in mention_node.items()})


def _node_for(mention: Mention, index: InstitutionIndex, outlets: dict[str, str],
              overrides: Overrides) -> Node | None:
    text = " ".join(mention.text.split())
    if not clean(text):
        return None
    canonical = overrides.canonical(text)
    if canonical:
        return _named_node(mention, canonical, canonical, None, index, outlets)
    norm = normalise(mention.text)
    if "\n" in mention.text.strip():  # a headline or dateline came with the name: the extractor's org and
        mention = replace(mention, org=None, country=None)  # country may be the dateline's, not the speaker's
    if not clean(norm.text):  # nothing but a dateline or byline: the speaker is the subject that follows it
        following = subject_after(mention.apposition)
        norm = normalise(following) if following else norm
        if not clean(norm.text):  # else a source of its own, never shared
            return Node(f"debris:{mention.document}:{text.lower()}", "group", text)
    full_hit = index.find(_words(clean(norm.full)))
    if norm.country and (full_hit or cleaned_is_name(norm.full, outlets)):
        norm = Normalised(norm.full, None, norm.debris, norm.full)  # "Ukraine's military intelligence" is a name
    country = norm.country or mention.country
    seat = None if index.exact(norm.full) else _metonymy(norm)  # "the Kremlin" is a body of its own
    if seat:
        node = Node(f"gov:{seat}", "government", f"Government of {country_name(seat)}")
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
            node = Node(f"group:{country.lower()}:{desc.noun.removesuffix('s')}", "group", norm.full)
            node.countries[country] += 1
            return node
        if desc.refers == "body" and country and desc.before:  # "Tajikistan's foreign ministry": a name
            node = Node(f"org:{country.lower()}:{norm.text.lower()}", "institution", norm.full)
            node.countries[country] += 1
            return node
        node = Node(f"desc:{mention.document}:{norm.text.lower()}", "description", norm.full, description=desc)
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
        shown = node.name if re.search(r"['’]s?\s", norm.full) else _display(norm.full)  # "Egyptian Red Crescent"
        node = Node(f"{node.key}:{norm.country.lower()}", node.kind, shown, node.role,
                    node.institution, bare=node.name)  # "Egyptian Red Crescent", known also as "Red Crescent"
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
    if code and not is_demonym(norm.full):  # "Russians" are people, not Russia
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
                index: InstitutionIndex, outlets: dict[str, str]) -> Node | None:
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
        return Node(f"media:{name.lower()}", "media", name, institution=inst)
    if inst is not None and (not parts.name or parts.name.lower() == inst.name.lower()):
        if parts.role:
            inst, role = _family_office(index, inst, text, parts.role)
            return Node(f"office:{inst.name.lower()}:{role}", "office", "", role, inst)
        return Node(f"inst:{inst.name.lower()}", "institution", inst.name, institution=inst)
    if is_organisation_name(cleaned) and cleaned[:1].isupper():
        return Node(f"org:{cleaned.lower()}", "institution", _display(text))
    if _is_acronym(cleaned):
        return Node(f"org:{cleaned.lower()}", "institution", cleaned)
    if parts.is_group or not parts.name:
        if names_no_source(cleaned) and not any(w[:1].isupper() for w in cleaned.split()[1:]):
            return _unsourced(mention, cleaned)
        return _regional_government(cleaned) or Node(f"group:{_government_synonyms(cleaned.lower())}", "group",
                                                       cleaned)
    if _is_organisation(parts.name, mention.label) or _is_acronym(parts.name):
        # "disaster management agency AFAD": the words before an acronym say what kind of body it is
        return Node(f"org:{parts.name.lower()}", "institution", parts.name, parts.role)
    role, org = parts.role, None
    if mention.apposition:
        extra_role, extra_inst, org = parse_apposition(mention.apposition, index)
        role, inst = role or extra_role, inst or extra_inst
    node = Node(f"person:{parts.name.lower()}", "person", parts.name, role, inst)
    if org:
        node.orgs[org] += 1
    if mention.apposition.startswith(","):  # ", prime minister of the parliament-backed government in the east,"
        node.about.update(re.split(r"[,.;]", mention.apposition[1:], maxsplit=1)[0].lower().split())
    return node


def _unsourced(mention: Mention, text: str) -> Node:
    """'interviews', 'preliminary data': no one speaks, so the outlet reports it on its own; with no outlet known,
    a source of its own that is never shared with another document."""
    if mention.outlet:
        node = Node(f"media:{clean(mention.outlet).lower()}", "media", mention.outlet)
        node.note = f"'{text}' names no source: {mention.outlet} reports it itself"
        return node
    return Node(f"debris:{mention.document}:{text.lower()}", "group", text)


def _regional_government(text: str) -> Node | None:
    """"the Benghazi authorities": a government named by the city that seats it is the one the news calls by its
    region ("eastern government"), from regional_seats.tsv."""
    words = text.split()
    if len(words) < 2 or words[-1].lower() not in GOVERNMENT_WORDS:
        return None
    for row in read_table("regional_seats"):
        if " ".join(words[:-1]).lower() == row["place"].lower():
            node = Node(f"group:{_government_synonyms(row['government'].lower())}", "group", row["government"])
            node.countries[row["country"]] += 1
            node.note = f"'{text}' is the {row['government']}: {row['place']} seats it"
            return node
    return None


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


def _join_overrides(joins: Joins, overrides: Overrides) -> None:
    by_canonical: dict[str, list[str]] = defaultdict(list)
    for key, node in joins.nodes.items():
        for name in node.names:
            canonical = overrides.canonical(name)
            if canonical:
                by_canonical[canonical].append(key)
    for canonical, keys in by_canonical.items():
        for key in keys[1:]:
            joins.join(keys[0], key, f"{node_label(joins.nodes[key])} is {canonical} (aliases file)", forced=True)


_KIND_RANK = {"person": 0, "media": 1, "institution": 2, "office": 3, "government": 4, "group": 5, "description": 6}


def _actors(joins: Joins) -> tuple[list[Actor], dict[str, str]]:
    clusters: dict[str, list[Node]] = defaultdict(list)
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
        display = head.name or (f"{head.institution.name} {head.role}" if head.institution else first_name(head))
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
    return slug(text) or "actor"


def _unique(slug: str, used: set[str]) -> str:
    out, n = slug, 2
    while out in used:
        out, n = f"{slug}-{n}", n + 1
    used.add(out)
    return out
