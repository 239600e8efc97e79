"""Broad names a report narrows: "the UN", "Red Cross", "Russia", "Dushanbe".

A family's name ("the UN", "Red Cross") stands, in one report, for the one member of the
family the report hears, whether the member speaks itself or through a person who works for
it; a country or capital speaking ("Dushanbe dismissed the reports") for the one organ of
that state the report hears ("Tajikistan's foreign ministry called them fake"). A headline
sums up its lede, so a broad name in a headline ("... says UN", "Russia says ...") stands for
the first member, or organ, the report names after it. The narrowing is per report: elsewhere
the name keeps its broad sense, and a report that hears several organs, or none, leaves it the
government (the seat of government, when the corpus hears it).
"""
from __future__ import annotations

import functools

from .actor_graph import Joins, Node, node_label
from .coreference import GOVERNMENT_WORDS
from .document_joins import belongs_to
from .names import clean
from .tables import STATE_KINDS, read_table



def narrow_broad_names(joins: Joins, placed: list[tuple[str, int, str]], mention_node: dict[tuple[str, str], str],
                       headlines: set[tuple[str, str]], headline_places: set[tuple[str, int]] = frozenset()) -> None:
    """Point each family name, and each country named in a headline, at the source it stands for in its report.

    Args:
        placed: (document, position, node key) of every mention, to order a report's sources.
        mention_node: (document, name as written) -> node key; narrowed mentions are re-pointed here.
        headlines: the (document, name) mentions that stand in their report's headline.
        headline_places: the (document, position) of those mentions: a headline name is narrowed by
            the report's body, not by another source the headline gives ("..., says UN, as WHO counts ...").
    """
    for (doc, text), key in list(mention_node.items()):
        node = joins.nodes[key]
        in_headline = (doc, text) in headlines
        heard = [p for p in placed if (p[0], p[1]) not in headline_places] if in_headline else placed
        if node.kind == "institution" and node.institution is not None:
            members = _family_members(joins, doc, text, node, heard)
            kind = "member of its family"
        elif node.kind == "government" and not set(clean(text).lower().split()) & GOVERNMENT_WORDS:
            members = _state_organs(joins, doc, node.key.removeprefix("gov:"), heard)
            kind = "organ of that state"
        else:
            continue
        if any(d == doc and t != text and k == key for (d, t), k in mention_node.items()):
            continue  # "the UN" beside "the United Nations" is the UN itself
        if len(set(members)) == 1:
            where = "the one"
        elif members and in_headline:
            where = "the headline sums up its lede: the first"
        else:
            continue
        target = members[0]
        mention_node[(doc, text)] = target
        joins.reasons[target].append(f"'{text}' in {doc} is {node_label(joins.nodes[target])}, {where} {kind} "
                                     "that report hears")


def _family_members(joins: Joins, doc: str, text: str, node: Node, placed: list[tuple[str, int, str]]) -> list[str]:
    """Roots of the family's members a report hears, in the order it names them: a member's own name ("UN
    migration agency" for "UN"), or a person it names as the member's ("head of the Red Cross federation")."""
    out = []
    for d, _, k in sorted(placed):
        other = joins.nodes[k]
        if d != doc or other.institution is None or other.institution is node.institution:
            continue
        if other.kind == "institution" and belongs_to(other, clean(text)):
            out.append(joins.root(k))
        elif other.kind == "person" and belongs_to(Node("", "institution", other.institution.name,
                                                        institution=other.institution), clean(text)):
            out.append(joins.root(_body_of(joins, other).key))
    return list(dict.fromkeys(out))


def _body_of(joins: Joins, person: Node) -> Node:
    """The node of the institution a person works for, added when no mention named the body itself."""
    key = f"inst:{person.institution.name.lower()}"
    if key not in joins.nodes:
        joins.add(Node(key, "institution", person.institution.name, institution=person.institution))
    return joins.nodes[key]


def _state_organs(joins: Joins, doc: str, country: str, placed: list[tuple[str, int, str]]) -> list[str]:
    """Roots of the bodies of one state a report hears, in the order it names them: a state institution of the
    table, or a body whose own name says its country and whose head noun names an organ ("Ostria's customs
    committee")."""
    out = []
    for d, _, k in sorted(placed):
        body = joins.nodes[k]
        if d == doc and body.kind == "institution" and _is_organ_of(joins, body, country):
            out.append(joins.root(k))
    return list(dict.fromkeys(out))


def _is_organ_of(joins: Joins, body: Node, country: str) -> bool:
    inst = body.institution
    if inst is not None:
        return inst.country == country and inst.kind in STATE_KINDS
    words = (body.bare or body.name).lower().split()
    countries = {c for m in joins.members(body.key) for c in m.countries}
    return countries == {country} and bool(words) and words[-1] in _organ_nouns()


@functools.lru_cache(maxsize=1)
def _organ_nouns() -> frozenset[str]:
    return frozenset(row["noun"].lower() for row in read_table("state_organs"))
