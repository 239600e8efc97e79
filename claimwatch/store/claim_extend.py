"""New statements added to a stored claim without regrouping it (issue 13).

An update weighs its new statements against a wide stored claim by the claim's tally
(`consolidate.claim_tally`), not by re-reading and re-parsing its members' documents
(`consolidate.claims.group_with_seeds`). The statements that joined it are added here: their member
rows (after the older ones: readers order members by `timeline.chronological`), keys and quantity
links; its status, timeline and contradictions made again from the statements its history is made of
(`timeline.telling`, kept with the claim) and the new ones, so a wide claim's members are not read;
its counts carried on; its tally the one grouping left it with. Its label, terms and frame stay those
its grouping gave it, until it is regrouped whole (a reconsolidate, or an update after it lost a
member: `picture_update.dirty_claims`).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, load_only

from ..consolidate.claim_tally import ClaimTally, tally_from_json, tally_to_json
from ..consolidate.records import Citation, Claim, Evidence
from ..consolidate.timeline import carries_on, chronological, history, telling
from ..models import Statement
from .models import DocumentRow, OutletRow, StatementRow
from .picture_rows import _amend, _insert, _match, index_terms, link_quantities, member_row
from .picture_tables import ClaimKeyRow, ClaimMemberRow, ClaimRow

SEED_DOCUMENTS = 6  # a candidate claim of this many documents is weighed by its tally, not regrouped whole
CHUNK = 500  # ids per IN (...) list


@dataclass(frozen=True)
class Seed:
    """A stored claim an update weighs new statements against by its tally."""

    row_id: int
    key: str
    tally: ClaimTally


def seed_claims(session: Session, claims: Iterable[int]) -> list[Seed]:
    """Of the candidate `claims`, those wide enough (SEED_DOCUMENTS) to be weighed by their tallies:
    with a tally and not waiting to be regrouped (dirty). A stale one too (grouped when the corpus was
    smaller): its tally keeps the weights of then, as its label and terms do, until a reconsolidate."""
    ids = sorted(claims)
    out: list[Seed] = []
    for start in range(0, len(ids), CHUNK):
        out += [Seed(i, key, tally_from_json(tally)) for i, key, tally in session.execute(
            select(ClaimRow.id, ClaimRow.key, ClaimRow.tally).where(ClaimRow.id.in_(ids[start:start + CHUNK]))
            .where(ClaimRow.tally.is_not(None), ClaimRow.dirty.is_(False), ClaimRow.documents >= SEED_DOCUMENTS)
            .order_by(ClaimRow.id)) if tally]  # a JSON null too
    return out


def extend_claims(session: Session, added: Sequence[tuple[Claim, Seed, ClaimTally]], statements: dict,
                  keys: Mapping[tuple[str, tuple[int, int]], Iterable[str]], actor_of: Mapping[str, str]) -> None:
    """Each (claim of new statements, the seed it continues, the seed's tally with them) into the stored
    claim: member rows, keys and quantity links added, its summary made again from its telling statements
    and the new ones."""
    if not added:
        return
    ids = sorted(seed.row_id for _, seed, _ in added)
    carried = load_only(ClaimRow.key, ClaimRow.telling, ClaimRow.independent_sources, ClaimRow.copies_discounted,
                        ClaimRow.members, ClaimRow.documents, ClaimRow.last_update)  # the rest is written anew
    rows = {row.id: row for start in range(0, len(ids), CHUNK) for row in session.scalars(
        select(ClaimRow).options(carried).where(ClaimRow.id.in_(ids[start:start + CHUNK])))}
    new = {seed.row_id: chronological([replace(e, actor=actor_of.get(e.actor, e.actor)) for e in claim.statements])
           for claim, seed, _ in added}
    statement_of: dict[int, int] = {}  # id(evidence) -> its statement row
    older = _older_telling(session, rows, new, statement_of)
    held = _documents_held(session, {i: {int(e.document) for e in evidence} for i, evidence in new.items()})
    ends = _last_positions(session, ids)
    members = []
    for claim_id, evidence in new.items():
        for n, e in enumerate(evidence, start=ends.get(claim_id, -1) + 1):
            statement_of[id(e)], amended = _match(statements, e.document, e.statement)
            members.append(member_row(claim_id, n, e, statement_of[id(e)], amended))
    _insert(session, ClaimMemberRow, members)
    linked = [m["statement_id"] for m in members]
    for start in range(0, len(linked), CHUNK):  # a statement is in one claim: the pairs are exact
        link_quantities(session, ids, linked[start:start + CHUNK])
    for claim, seed, tally in added:
        row = rows[seed.row_id]
        told = _summarise(row, older[row.id], new[row.id], held[row.id], tally)
        row.telling = [statement_of[id(e)] for e in told]
    _add_keys(session, [(seed.row_id, replace(claim, statements=tuple(new[seed.row_id]))) for claim, seed, _ in added],
              keys)
    session.flush()


def _older_telling(session: Session, rows: Mapping[int, ClaimRow], new: Mapping[int, list[Evidence]],
                   statement_of: dict[int, int]) -> dict[int, list[Evidence]]:
    """claim row id -> the telling statements of its stored members: those it keeps, or all its members when
    it keeps none (stored before migration 0010) or a new statement splits a run they cannot place.
    `statement_of` is given each one's statement row (by `id`)."""
    kept = [i for i, row in rows.items() if row.telling is not None]
    wanted = sorted({s for i in kept for s in rows[i].telling})
    out: dict[int, list[Evidence]] = defaultdict(list)
    for start in range(0, len(wanted), CHUNK):
        _read_history(session, ClaimMemberRow.statement_id.in_(wanted[start:start + CHUNK]), out, statement_of)
    whole = [i for i in rows if i not in kept or not carries_on(chronological(out.get(i, [])), new[i])]
    for i in whole:
        out.pop(i, None)
    for start in range(0, len(whole), CHUNK):
        _read_history(session, ClaimMemberRow.claim_id.in_(whole[start:start + CHUNK]), out, statement_of)
    return {i: chronological(out.get(i, [])) for i in rows}


def _read_history(session: Session, which: Any, out: dict[int, list[Evidence]], statement_of: dict[int, int]) -> None:
    """The members `which` selects, as `history` reads them (who, when, where, stance and span: not their
    content), into `out` by claim; one light query, no record of each row built."""
    stmt = (select(ClaimMemberRow.claim_id, ClaimMemberRow.statement_id, ClaimMemberRow.document_id,
                   ClaimMemberRow.actor, ClaimMemberRow.speaker, ClaimMemberRow.said_on, ClaimMemberRow.sentence,
                   ClaimMemberRow.origin, ClaimMemberRow.source, ClaimMemberRow.amended, StatementRow.speaker,
                   StatementRow.stance, StatementRow.span_start, StatementRow.span_end, OutletRow.name,
                   DocumentRow.published, DocumentRow.url)
            .join(StatementRow, StatementRow.id == ClaimMemberRow.statement_id)
            .join(DocumentRow, DocumentRow.id == ClaimMemberRow.document_id)
            .outerjoin(OutletRow, OutletRow.id == DocumentRow.outlet_id).where(which))
    for (claim, statement_id, document, actor, speaker, said_on, sentence, origin, source, amended, said_by, stance,
         a, b, outlet, published, url) in session.execute(stmt):
        statement = _amend(Statement(said_by, stance, (a, b)), amended)
        e = Evidence(str(document), statement, actor, speaker, said_on,
                     Citation(str(document), outlet, published.isoformat() if published else None, sentence, url),
                     origin, source)
        out[claim].append(e)
        statement_of[id(e)] = statement_id


def _documents_held(session: Session, wanted: Mapping[int, set[int]]) -> dict[int, set[int]]:
    """claim row id -> which of the `wanted` documents it holds a statement of already (a statement of a
    regrouped claim may join a seed holding another statement of its document)."""
    out: dict[int, set[int]] = defaultdict(set)
    documents = sorted({d for held in wanted.values() for d in held})
    for start in range(0, len(documents), CHUNK):
        for claim, document in session.execute(
                select(ClaimMemberRow.claim_id, ClaimMemberRow.document_id).distinct()
                .where(ClaimMemberRow.document_id.in_(documents[start:start + CHUNK]))
                .where(ClaimMemberRow.claim_id.in_(sorted(wanted)))):
            out[claim].add(document)
    return out


def _last_positions(session: Session, claims: Sequence[int]) -> dict[int, int]:
    return {claim: last for start in range(0, len(claims), CHUNK) for claim, last in session.execute(
        select(ClaimMemberRow.claim_id, func.max(ClaimMemberRow.position))
        .where(ClaimMemberRow.claim_id.in_(claims[start:start + CHUNK])).group_by(ClaimMemberRow.claim_id))}


def _summarise(row: ClaimRow, older: list[Evidence], new: list[Evidence], held: set[int],
               tally: ClaimTally) -> list[Evidence]:
    """Status, timeline, sources and counts of the claim with its new statements, as a rebuild sums them up
    (`older`: the telling statements of its stored members). Returns its telling statements now."""
    evidence = [*older, *new]
    past = history(row.key, evidence)
    asserting = row.copies_discounted + row.independent_sources + sum(e.stance == "assert" for e in new)
    row.status, row.status_text = past.status, past.status_text
    row.independent_sources, row.disputed = past.sources, past.status in ("disputed", "denied")
    row.members += len(new)
    row.documents += len({e.document for e in new} - {str(d) for d in held})
    row.copies_discounted = asserting - past.sources
    days = [d for e in new for d in (e.said_on, e.citation.published) if d]
    row.last_update = max([*days, *([row.last_update] if row.last_update else [])], default=None)
    row.timeline = [_as_json(t) for t in past.timeline]
    row.contradictions = [_as_json(x) for x in past.contradictions]
    row.tally = tally_to_json(tally)
    return telling(evidence)


def _as_json(record: Any) -> dict[str, Any]:
    """`models.to_dict` of a timeline entry or a contradiction, whose fields are text, whole numbers and a
    citation or two: copied field by field (`dataclasses.asdict` deep-copies every value)."""
    return {k: dict(vars(v)) if isinstance(v, Citation) else v for k, v in vars(record).items()}


def _add_keys(session: Session, claims: Sequence[tuple[int, Claim]],
              keys: Mapping[tuple[str, tuple[int, int]], Iterable[str]]) -> None:
    """The new statements' words and lookup keys each claim is not found by yet."""
    wanted = {claim_id: {*index_terms(replace(new, terms=())),
                         *(k for e in new.statements for k in keys.get((e.document, tuple(e.statement.span)), ()))}
              for claim_id, new in claims}
    every = sorted({k for found in wanted.values() for k in found})
    held: set[tuple[int, str]] = set()
    for start in range(0, len(every), CHUNK):
        held.update((claim_id, key) for claim_id, key in session.execute(
            select(ClaimKeyRow.claim_id, ClaimKeyRow.key).where(ClaimKeyRow.claim_id.in_(sorted(wanted)))
            .where(ClaimKeyRow.key.in_(every[start:start + CHUNK]))))
    _insert(session, ClaimKeyRow, [{"claim_id": claim_id, "key": k} for claim_id, found in sorted(wanted.items())
                                   for k in sorted(found) if (claim_id, k) not in held])
