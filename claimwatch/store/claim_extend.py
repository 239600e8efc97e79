"""New statements added to a stored claim without regrouping it (issue 13).

An update weighs its new statements against a wide stored claim by the claim's tally
(`consolidate.claim_tally`), not by re-reading and re-parsing its members' documents
(`consolidate.claims.group_with_seeds`). The statements that joined it are added here: their member
rows, keys and quantity links; its status, timeline and counts made again from all its members'
stored evidence (rows only, nothing parsed); its tally is the one grouping left it with. Its label,
terms and frame stay those its grouping gave it, until it is regrouped whole (a reconsolidate, or
an update once it is stale: `picture_update.stale_claims`).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..consolidate.claim_tally import ClaimTally, tally_from_json, tally_to_json
from ..consolidate.records import Claim, Evidence
from ..consolidate.timeline import chronological, history
from ..models import to_dict
from .picture_rows import _insert, _match, index_terms, last_update, link_quantities, read_claims
from .picture_tables import ClaimKeyRow, ClaimMemberRow, ClaimRow

SEED_DOCUMENTS = 6  # a candidate claim of this many documents is weighed by its tally, not regrouped whole


@dataclass(frozen=True)
class Seed:
    """A stored claim an update weighs new statements against by its tally."""

    row_id: int
    key: str
    tally: ClaimTally


def seed_claims(session: Session, claims: Iterable[int], fresh_after: float) -> list[Seed]:
    """Of the candidate `claims`, those wide enough (SEED_DOCUMENTS) to be weighed by their tallies:
    with a tally, not waiting to be regrouped (dirty), and grouped since the picture held
    `fresh_after` documents (a stale claim is regrouped whole, with today's counts)."""
    ids = sorted(claims)
    out: list[Seed] = []
    for start in range(0, len(ids), 500):
        out += [Seed(i, key, tally_from_json(tally)) for i, key, tally in session.execute(
            select(ClaimRow.id, ClaimRow.key, ClaimRow.tally).where(ClaimRow.id.in_(ids[start:start + 500]))
            .where(ClaimRow.tally.is_not(None), ClaimRow.dirty.is_(False), ClaimRow.grouped_at >= fresh_after,
                   ClaimRow.documents >= SEED_DOCUMENTS).order_by(ClaimRow.id)) if tally]  # a JSON null too
    return out


def extend_claims(session: Session, added: Sequence[tuple[Claim, Seed, ClaimTally]], statements: dict,
                  keys: Mapping[tuple[str, tuple[int, int]], Iterable[str]], actor_of: Mapping[str, str]) -> None:
    """Each (claim of new statements, the seed it continues, the seed's tally with them) into the stored
    claim: member rows, keys and quantity links added, its summary made again from all its members."""
    if not added:
        return
    rows = {row.id: row for row in session.scalars(select(ClaimRow).where(
        ClaimRow.id.in_(sorted(seed.row_id for _, seed, _ in added))))}
    stored = {c.id: c for c in read_claims(session, list(rows.values()))}
    positions: dict[int, list[tuple[int, int]]] = defaultdict(list)  # claim -> (member id, position), in order
    for claim_id, member, position in session.execute(
            select(ClaimMemberRow.claim_id, ClaimMemberRow.id, ClaimMemberRow.position)
            .where(ClaimMemberRow.claim_id.in_(sorted(rows))).order_by(ClaimMemberRow.claim_id, ClaimMemberRow.position)):
        positions[claim_id].append((member, position))
    for claim, seed, tally in added:
        row = rows[seed.row_id]
        new = [replace(e, actor=actor_of.get(e.actor, e.actor)) for e in claim.statements]
        _add_members(session, row, positions[row.id], stored[row.key].statements, new, statements)
        _summarise(row, stored[row.key], new, tally)
        _add_keys(session, row.id, replace(claim, statements=tuple(new)), keys)
    session.flush()


def _add_members(session: Session, row: ClaimRow, members: list[tuple[int, int]], old: Sequence[Evidence],
                 new: list[Evidence], statements: dict) -> None:
    """The new statements' member rows, and the stored ones (`members`: (id, position) in order, as `old`
    has them) moved to keep the claim's chronological order."""
    ordered = chronological([*old, *new])
    position = {id(e): n for n, e in enumerate(ordered)}
    moved = [{"id": m, "position": position[id(e)]} for (m, was), e in zip(members, old) if position[id(e)] != was]
    if moved:  # by primary key, in one executemany
        session.execute(update(ClaimMemberRow), moved)
    rows = []
    for e in new:
        statement_id, amended = _match(statements, e.document, e.statement)
        rows.append({"claim_id": row.id, "statement_id": statement_id, "amended": amended,
                     "document_id": int(e.document), "position": position[id(e)], "actor": e.actor,
                     "speaker": e.speaker, "said_on": e.said_on, "sentence": e.citation.sentence,
                     "origin": e.origin, "source": e.source})
    _insert(session, ClaimMemberRow, rows)
    link_quantities(session, [row.id], [r["statement_id"] for r in rows])


def _summarise(row: ClaimRow, old: Claim, new: list[Evidence], tally: ClaimTally) -> None:
    """Status, timeline, sources and counts of the claim with its new statements, as a rebuild sums them up."""
    evidence = [*old.statements, *new]
    past = history(row.key, evidence)
    asserting = [e for e in evidence if e.stance == "assert"]
    whole = replace(old, statements=tuple(chronological(evidence)), timeline=past.timeline)
    row.status, row.status_text = past.status, past.status_text
    row.independent_sources, row.disputed = past.sources, past.status in ("disputed", "denied")
    row.members, row.documents = len(evidence), len({e.document for e in evidence})
    row.copies_discounted = len(asserting) - past.sources
    row.last_update = last_update(whole)
    row.timeline = [to_dict(t) for t in past.timeline]
    row.contradictions = [to_dict(x) for x in past.contradictions]
    row.tally = tally_to_json(tally)


def _add_keys(session: Session, claim_id: int, new: Claim,
              keys: Mapping[tuple[str, tuple[int, int]], Iterable[str]]) -> None:
    """The new statements' words and lookup keys the claim is not found by yet."""
    wanted = {*index_terms(replace(new, terms=())),
              *(k for e in new.statements for k in keys.get((e.document, tuple(e.statement.span)), ()))}
    held = set(session.scalars(select(ClaimKeyRow.key).where(ClaimKeyRow.claim_id == claim_id)
                               .where(ClaimKeyRow.key.in_(sorted(wanted)))))
    _insert(session, ClaimKeyRow, [{"claim_id": claim_id, "key": k} for k in sorted(wanted - held)])
