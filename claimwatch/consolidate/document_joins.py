"""Joins a document makes: descriptions, abbreviations, short names, places and unnamed officers.

"the agency", "the engineer" and "investigators" are the named source of their document that
fits them (or the only one of the corpus); "(OCHA)" after a name abbreviates it; "Red
Crescent" is the "Libyan Red Crescent" in sight; "Washington" speaks for the White House;
"the court's press service" and an unnamed ICRC spokesman speak for their body. (Broad names
a report narrows, "the UN" for the one UN agency it hears, are in `narrowing`.)
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from .actor_graph import Joins, Node, documents_of, first_name, kind_of, name_words, node_label
from .coreference import Description, affinity, fits_body, fits_person, other_rank, tail_fits
from ..extract.speakers import initials
from .names import clean
from .tables import read_table


def join_acronyms(joins: Joins) -> None:
    """"the National Centre for Disease Control (NCDC)": the abbreviation the text introduces is the body."""
    by_name: dict[str, list[Node]] = defaultdict(list)
    for node in joins.nodes.values():
        if node.kind in ("institution", "media"):
            for name in {node.name, *node.names}:
                by_name[clean(name)].append(node)
    for node in [n for n in joins.nodes.values() if n.acronym]:
        for short in by_name.get(node.acronym, []):
            joins.join(node.key, short.key, f"'{short.name}' is '{first_name(node)}': the text abbreviates it so")


def join_initialisms(joins: Joins) -> None:
    """"NCDC" is the "National Centre for Disease Control" the corpus names: an upper-case name made of the
    initials of one body's capitalised words, when only one body's initials make it."""
    bodies = [n for n in joins.nodes.values() if n.kind in ("institution", "media") and len(n.name.split()) > 1]
    for short in [n for n in joins.nodes.values() if n.kind in ("institution", "media")]:
        letters = short.name.replace(".", "")
        if not (2 < len(letters) <= 8 and letters.isalpha() and letters.isupper()):
            continue
        full = {joins.root(n.key) for n in bodies if initials(n.name) == letters}
        if len(full) == 1:
            target = joins.nodes[next(iter(full))]
            joins.join(target.key, short.key, f"'{short.name}' is '{first_name(target)}': its initials")


def join_country_variants(joins: Joins) -> None:
    """"Russia's Investigative Committee" is the "Investigative Committee" the corpus names without its
    country, when no other country's body of that name speaks."""
    by_name: dict[str, list[Node]] = defaultdict(list)
    for node in joins.nodes.values():
        if node.kind in ("institution", "group") and node.key.startswith(("org:", "group:")):
            by_name[(node.bare or node.name).lower()].append(node)
    for nodes in by_name.values():
        with_country = [n for n in nodes if n.countries]
        if len({c for n in with_country for c in n.countries}) > 1:
            continue
        for node in nodes[1:]:
            joins.join(nodes[0].key, node.key, f"'{first_name(node)}' is '{first_name(nodes[0])}': the same name, "
                       "and no other country's body bears it")


def join_short_names(joins: Joins, placed: list[tuple[str, int, str]]) -> None:
    """"Red Crescent" is the "Libyan Red Crescent" of its document (or the only one of the corpus): a body's
    name that ends another body's longer name is that body when only one such body is in sight."""
    bodies = [n for n in joins.nodes.values() if n.kind in ("institution", "media") and n.name]
    docs_of = documents_of(placed)
    for short in bodies:
        words = name_words(short)
        if not words or len(words) > 8:
            continue
        longer = [n for n in bodies if n is not short and len(name_words(n)) > len(words)
                  and name_words(n)[-len(words):] == words]
        # "UN Office" cut short from "UN Office for the Coordination of Humanitarian Affairs" in one report
        cut = [n for n in bodies if n is not short and len(words) > 1 and len(name_words(n)) > len(words)
               and name_words(n)[:len(words)] == words and docs_of[n.key] & docs_of[short.key]]
        if not longer and not cut:
            continue
        near = [n for n in longer + cut if docs_of[n.key] & docs_of[short.key]]
        for pool, where in ((near, "in the same documents"), (longer, "in the corpus")):
            roots = {joins.root(n.key) for n in pool}
            if len(roots) == 1:
                target = joins.nodes[next(iter(roots))]
                joins.join(target.key, short.key,
                           f"'{first_name(short)}' is '{first_name(target)}': the only body of that name {where}")
                break
            if roots:
                break


def _fits(joins: Joins, desc: Description, candidate: Node) -> bool:
    """Whether a named node (or the actor it already belongs to) is what a description describes."""
    if candidate.kind in ("description", "government") or candidate.key.startswith("debris:"):
        return False
    members = joins.members(candidate.key)
    if desc.modifier and not any(belongs_to(m, desc.modifier) for m in members):
        return False
    if desc.refers == "person":
        affiliation = _said_of(joins, candidate.key)
        described = any(m.description is not None and m.description.refers == "person"
                        and m.description.noun in desc.matches and desc.qualifiers <= m.description.qualifiers
                        and not other_rank(desc, m.description.qualifiers) for m in members)
        return ((described or any(m.kind in ("person", "office") and fits_person(desc, m.role) for m in members))
                and tail_fits(desc, affiliation))
    if desc.refers == "group":
        return candidate.kind == "group" and any(w.startswith(x) for m in members for w in name_words(m)
                                                 for x in desc.matches)
    if any(m.kind == "person" for m in members):
        return False  # a name once misread as a body is still a person
    return any(m.kind in ("institution", "media") and (fits_body(desc, m.name, kind_of(m))
                                                        or desc.noun in m.role.split()) for m in members)


def belongs_to(node: Node, modifier: str) -> bool:
    """"UN agency": the body is the modifier's or of its family (an alias of the body starts with it)."""
    inst = node.institution
    names = [node.name, *(inst.aliases if inst else ())]
    modifier = modifier.lower().rstrip(".")
    plain = modifier.replace(".", "")
    return any(n.lower().startswith(modifier + " ") or n.lower().replace(".", "").startswith(plain + " ")
               for n in names)


def join_descriptions(joins: Joins, placed: list[tuple[str, int, str]],
                      outlet_of: dict[str, str] | None = None) -> None:
    """"the agency", "the engineer", "its health minister": the nearest fitting named source of the same
    document (before the description first, then after it, as a headline names later), else the only one of
    the corpus. A text ("the statement", "the latest list") speaks for the last source named before it."""
    in_doc: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for doc, start, key in placed:
        in_doc[doc].append((start, key))
    one_of_group: list[tuple[str, int, str]] = []  # "an eastern official": weighed once every other is resolved
    for doc, start, key in placed:
        node = joins.nodes[key]
        desc = node.description
        if desc is None or joins.root(key) != key and len(joins.members(key)) > 1:
            continue
        if desc.refers == "group" and not desc.noun.endswith("s"):
            one_of_group.append((doc, start, key))
        sequence = sorted(in_doc[doc])
        before = [k for p, k in reversed(sequence) if p < start and k != key]
        after = [k for p, k in sequence if p > start and k != key]
        if desc.refers == "document":
            _join_author(joins, key, desc, before)
            continue
        near = [k for k in [*before, *after] if _fits(joins, desc, joins.nodes[k])]
        target = _closest_in_kind(joins, desc, near)
        if target is None and desc.also == "document" and _join_author(joins, key, desc, before):
            continue  # "The paper pointed to ...", no newspaper in sight: the study its author wrote
        outlet = (outlet_of or {}).get(doc)
        if target is None and outlet and fits_body(desc, outlet, "media"):
            own = _outlet_node(joins, outlet)
            joins.join(own.key, key, f"'{desc.text}' is {node_label(own)}: the newspaper that reports it")
            continue
        elsewhere, score = _in_corpus(joins, desc) if desc.refers != "group" else (None, 0)  # "officials": anyone
        if target is not None and not (elsewhere and score > affinity(desc, _said_of(joins, target))):
            joins.join(target, key, f"'{desc.text}' is {node_label(joins.nodes[target])}: the {desc.noun} the same "
                       "document names")
            continue
        if elsewhere is not None:
            why = f"the {desc.noun} the corpus describes so" if score else f"the only {desc.noun} in the corpus"
            joins.join(elsewhere, key, f"'{desc.text}' is {node_label(joins.nodes[elsewhere])}: {why}")
            continue
        if desc.refers == "person":
            if not desc.definite:  # "A Libyan hydrologist ...": a new referent, named next
                _join_delayed_name(joins, key, desc, start, [(p, k) for p, k in sequence if p > start])
    for doc, start, key in dict.fromkeys(one_of_group):
        if len(joins.members(key)) == 1:
            _join_one_of_group(joins, key, start, sorted(in_doc[doc]))


def _join_one_of_group(joins: Joins, key: str, start: int, sequence: list[tuple[int, str]]) -> None:
    """"Derna toll passes 5,000, eastern official says": one member of an unnamed group, when the report names
    no such group, is the person of the report whose known words share the description's ("eastern"); among
    equals the nearest before it, else the first after it (a headline's official is its lede's)."""
    desc = joins.nodes[key].description
    order = [k for p, k in reversed(sequence) if p < start] + [k for p, k in sequence if p > start]
    scored = []
    for root in dict.fromkeys(joins.root(k) for k in order):
        if root != joins.root(key) and any(m.kind in ("person", "office") for m in joins.members(root)):
            scored.append((affinity(desc, _said_of(joins, root)), root))
    best = max((score for score, _ in scored), default=0)
    if best:
        target = next(root for score, root in scored if score == best)
        joins.join(target, key, f"'{desc.text}' is {node_label(joins.nodes[target])}: the one of the report's "
                   f"people whose affiliation the description names")


def _join_author(joins: Joins, key: str, desc: Description, before: list[str]) -> bool:
    """A text ("the statement", "the latest list") speaks for the last source named before it."""
    target = next((k for k in before if joins.nodes[k].kind != "description" and not k.startswith("debris:")), None)
    return bool(target) and joins.join(target, key, f"'{desc.text}' speaks for {node_label(joins.nodes[target])}, "
                                                    "named just before")


def _outlet_node(joins: Joins, outlet: str) -> Node:
    """The node of a document's own outlet, added when no mention named it yet."""
    key = f"media:{clean(outlet).lower()}"
    if key not in joins.nodes:
        joins.add(Node(key, "media", outlet))
    return joins.nodes[key]


def _in_corpus(joins: Joins, desc: Description) -> tuple[str | None, int]:
    """The one source of the corpus a description fits (the one whose known words it shares most, when several
    fit), with how many words they share; (None, 0) when none or no single one."""
    named = replace(desc, matches=tuple(m for m in desc.matches if m != "kind:unknown"))  # in sight only
    fitting = [n for n in joins.nodes.values() if n.kind != "office" and _fits(joins, named, n)]
    known = [n for n in fitting if n.institution is not None and desc.refers == "body"]  # a body the table knows
    roots = {joins.root(n.key) for n in known} or {joins.root(n.key) for n in fitting}
    scores = {r: affinity(desc, _said_of(joins, r)) for r in roots}
    best = max(scores.values(), default=0)
    if len(roots) > 1:
        roots = {r for r in roots if scores[r] == best} if best else roots
    if len(roots) == 1:
        return next(iter(roots)), best
    return None, 0


def _said_of(joins: Joins, key: str) -> str:
    """Everything the corpus says of an actor: its names, roles and affiliations, as one text."""
    members = joins.members(key)
    return " ".join([*(n for m in members for n in m.names), *(m.role for m in members),
                     *(o for m in members for o in m.orgs), *(m.institution.name for m in members if m.institution),
                     *(w for m in members for w in sorted(m.about))])


def _closest_in_kind(joins: Joins, desc: Description, near: list[str]) -> str | None:
    """The nearest fitting source, unless a farther one shares the description's words ("interior")."""
    if not near:
        return None
    scores = [affinity(desc, _said_of(joins, k)) for k in near]
    best = max(scores)
    return near[scores.index(best)]


LEDE_DISTANCE = 400  # characters within which a described person is usually named ("A hydrologist ... Ali Sami, who")


def _join_delayed_name(joins: Joins, key: str, desc: Description, start: int,
                       after: list[tuple[int, str]]) -> None:
    """"A Libyan hydrologist who predicted ... told the Post. Abdel Ashur, who teaches ...": a description the
    document names only afterwards is the first person named next, if nothing is known of that person's role."""
    for position, other in after:
        if position - start > LEDE_DISTANCE:
            return
        node = joins.nodes[other]
        if node.kind == "person":
            if not any(m.role for m in joins.members(other)):
                joins.join(other, key, f"'{desc.text}' is {node_label(node)}: the document names the {desc.noun} "
                           "right after describing them")
            return


def join_seats(joins: Joins) -> None:
    """"Washington said": a country speaking is its government, which the seat of government speaks for
    ("White House") when the corpus hears it; a ministry is not the whole government, so else it stays
    "<country> government"."""
    seats = {row["country"]: row["institution"].lower() for row in read_table("seats_of_government")}
    for node in [n for n in joins.nodes.values() if n.kind == "government"]:
        code = node.key.removeprefix("gov:")
        seat = joins.nodes.get(f"inst:{seats.get(code, '')}")
        if seat is not None:
            joins.join(seat.key, node.key, f"'{first_name(node)}' speaks for its government, {seat.name}")


def join_unheld_offices(joins: Joins) -> None:
    """"the court's press service", "an ICRC spokesman in Libya": an office nobody is named to hold speaks for
    its institution."""
    for node in [n for n in joins.nodes.values() if n.kind == "office"]:
        if len(joins.members(node.key)) > 1:
            continue
        body = joins.nodes.get(f"inst:{node.institution.name.lower()}") or joins.nodes.get(
            f"media:{node.institution.name.lower()}")
        if body is None:
            body = Node(f"inst:{node.institution.name.lower()}", "institution", node.institution.name,
                         institution=node.institution)
            joins.add(body)
        joins.join(body.key, node.key, f"'{first_name(node)}' speaks for {body.name}: no one is named to that office")

