"""The graph actors are resolved on: one node per way of naming a source, joined with reasons.

A node is a name as the documents write it, read once ("person:pat ryder", "inst:pentagon",
"desc:d04:the agency"); `Joins` is a union-find over them that refuses joins across countries
or institutions and remembers why each join was made.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .coreference import Description
from .names import _FUNCTION_WORDS, clean
from .overrides import Overrides
from .tables import Institution


@dataclass
class Node:
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
    bare: str = ""  # the name without the country words written before it ("Investigative Committee")
    about: set = field(default_factory=set)  # words the documents say of it in apposition, to rank candidates
    acronym: str = ""  # what the text abbreviates the name to: "(OCHA)" after it
    note: str = ""  # why the mention was read as this node, when that is not a join ("names no source")


class Joins:
    """Union-find over nodes that remembers why each join was made."""

    def __init__(self, nodes: dict[str, Node], overrides: Overrides) -> None:
        self.nodes = nodes
        self.parent = {k: k for k in nodes}
        self.groups: dict[str, list[str]] = {k: [k] for k in nodes}  # root -> its members' keys
        self.reasons: dict[str, list[str]] = defaultdict(list)
        self.overrides = overrides

    def add(self, node: Node) -> None:
        """A node found while joining (a document's outlet, a body a description names)."""
        self.nodes[node.key] = node
        self.parent[node.key] = node.key
        self.groups[node.key] = [node.key]

    def root(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def members(self, key: str) -> list[Node]:
        return [self.nodes[k] for k in self.groups[self.root(key)]]

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
        self.groups[ra] += self.groups.pop(rb)
        self.reasons[ra] += self.reasons.pop(rb, []) + [reason]
        return True


def name_words(node: Node) -> list[str]:
    """The content words of a name: "Office for the Coordination of ..." and "Office Coordination ..." agree."""
    return [w.lower().strip(".,'’") for w in clean(node.name).split() if w.lower() not in _FUNCTION_WORDS]


def documents_of(placed: list[tuple[str, int, str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for doc, _, key in placed:
        out[key].add(doc)
    return out


def kind_of(node: Node) -> str | None:
    if node.kind == "media":
        return "media"
    return node.institution.kind if node.institution else None


def first_name(node: Node) -> str:
    return node.names.most_common(1)[0][0] if node.names else node.name


def node_label(node: Node) -> str:
    return f"'{first_name(node)}'"
