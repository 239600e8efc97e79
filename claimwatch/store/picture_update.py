"""Keeping the stored picture up to date one neighbourhood at a time.

New documents are consolidated together with the claims they may join, found
through indexes (a claim's words, frame and figure keys; an actor's names), not by a scan; the result
is put in place of those claims (`splice`). Actors, series and origins are joined by
key: a new document's speaker joins the stored actor going by one of its names, its
figures the stored series of the same measure, and it gets its origin.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from sqlalchemy import case, delete, func, or_, select, update
from sqlalchemy.orm import Session

from ..consolidate.claims import CLAIM_SIMILARITY
from ..consolidate.estimates import summarise
from ..consolidate.records import Actor, Claim, Estimate, EstimateSeries, Picture
from ..models import to_dict
from .convert import quantity_record, statement_record
from .latest_figure import newest
from .models import QuantityRow, StatementRow
from .claim_extend import Seed, extend_claims
from .picture_counts import uncount
from .picture_rows import (_figure_row, _insert, _stored_records, hidden_names, last_word, name_key, series_rows,
                           write_actors, write_claims, write_origins, write_series)
from .picture_tables import (ActorNameRow, ActorRow, ClaimKeyRow, ClaimMemberRow, ClaimRow, FigureRow, OriginRow,
                             SeriesRow)

MIN_SHARED_TERMS = 1  # a claim is a candidate for a statement sharing this many of its lookup keys
CANDIDATES_PER_STATEMENT = 20  # the claims sharing most (by weight), when more share enough
COMMON_TERM_SHARE, COMMON_TERM_FLOOR = 0.05, 40  # a key term of more claims than this share is left out
MIN_WORD_SHARE = CLAIM_SIMILARITY ** 2  # least share of a statement's squared word weights a claim must hold
SERIES_NEIGHBOURHOOD = 400  # figures of one measure regrouped with new ones; beyond, new figures join by key
STALE_GROWTH = 1.1  # a claim is grouped again once the picture holds this many times the documents it was grouped with
STALE_CLAIMS = 20  # stale claims regrouped a batch, the stalest first: the cost of a batch stays bounded
STALE_DOCUMENTS = 100  # and of at most so many documents in all: a wider stale claim is weighed as a seed


def candidate_claims(session: Session, term_sets: Iterable[set[str]], key_sets: Iterable[set[str]] = (),
                     weights: Mapping[str, float] | None = None) -> set[int]:
    """Claims a new statement may join: those sharing its telling words (a word of more than COMMON_TERM_SHARE
    of the claims tells nothing apart: "said", "people"), and those sharing one of its lookup keys (a frame's
    event, an event with a participant, a measure with a value: `consolidate.picture.lookup_keys`), as
    grouping finds them, by the same rule of telling keys.

    With `weights` (each word's idf in the corpus, as grouping weighs it), claims are ranked by the weight
    of the words they share, squared as in a cosine, and one whose shared words hold less than
    MIN_WORD_SHARE of the statement's is left out: it could not resemble the statement enough in words
    (its frame or figure, if it shares them, is found by its keys). Without, by how many words they share."""
    term_sets, key_sets = list(term_sets), list(key_sets)
    claims = session.scalar(select(func.count()).select_from(ClaimRow)) or 0
    found: set[int] = set()
    for sets, weigh in ((term_sets, weights), (key_sets, None)):  # apart, so many words crowd out no key
        every = sorted(set().union(*sets)) if sets else []
        common = _common_keys(session, every, claims)
        for terms in sets:
            terms = terms - common
            if len(terms) < MIN_SHARED_TERMS:
                continue
            found.update(_best_claims(session, terms, weigh))
    return found


def _best_claims(session: Session, terms: set[str], weights: Mapping[str, float] | None) -> list[int]:
    """The CANDIDATES_PER_STATEMENT claims sharing most of `terms`: by count, or by squared weight."""
    ordered = sorted(terms)
    if weights is None:
        shared = func.count(ClaimKeyRow.claim_id)
        least: float = MIN_SHARED_TERMS
    else:
        squares = {t: weights.get(t, 0.0) ** 2 for t in ordered}
        shared = func.sum(case(squares, value=ClaimKeyRow.key, else_=0.0))
        least = MIN_WORD_SHARE * sum(squares.values())
    rows = session.execute(select(ClaimKeyRow.claim_id, shared).where(ClaimKeyRow.key.in_(ordered))
                           .group_by(ClaimKeyRow.claim_id).having(shared >= least)
                           .order_by(shared.desc(), ClaimKeyRow.claim_id).limit(CANDIDATES_PER_STATEMENT))
    return [claim_id for claim_id, _ in rows]


def _common_keys(session: Session, keys: list[str], claims: int) -> set[str]:
    """The keys held by more than COMMON_TERM_SHARE of the `claims` (at least COMMON_TERM_FLOOR)."""
    most = max(COMMON_TERM_FLOOR, claims * COMMON_TERM_SHARE)
    out: set[str] = set()
    for start in range(0, len(keys), 500):
        out |= {key for key, n in session.execute(
            select(ClaimKeyRow.key, func.count()).where(ClaimKeyRow.key.in_(keys[start:start + 500]))
            .group_by(ClaimKeyRow.key)) if n > most}
    return out


def candidate_series(session: Session, measures: set[str]) -> set[int]:
    """Series of the measures new figures give, to be regrouped with them while they are small enough
    (SERIES_NEIGHBOURHOOD figures in all): splitting a measure by place is a decision over all its figures."""
    if not measures:
        return set()
    figures = (select(func.count()).select_from(FigureRow).where(FigureRow.series_id == SeriesRow.id)
               .scalar_subquery())
    rows = session.execute(select(SeriesRow.id, figures).where(SeriesRow.unit.in_(sorted(measures)))).all()
    return {i for i, _ in rows} if sum(n for _, n in rows) <= SERIES_NEIGHBOURHOOD else set()


def candidate_actors(session: Session, actors: Iterable[Actor]) -> set[str]:
    """Stored actors new mentions may be: going by one of the names (or the institution names) the new
    documents' actors go by, or persons of the same surname ("Ryder" after "Pat Ryder")."""
    keys = sorted({name_key(n) for a in actors for n in (a.name, *a.names, *hidden_names(a)) if _proper(n)})
    surnames = sorted({last_word(n) for a in actors if a.kind == "person" for n in (a.name, *a.names)
                       if _proper(n) and len(last_word(n)) >= 3})
    found: set[str] = set()
    for start in range(0, max(len(keys), len(surnames)), 500):
        named = select(ActorNameRow.actor_id).where(ActorNameRow.name_key.in_(keys[start:start + 500]))
        found.update(session.scalars(select(ActorRow.key).where(ActorRow.id.in_(named))))
        people = select(ActorNameRow.actor_id).where(ActorNameRow.last_word.in_(surnames[start:start + 500]))
        found.update(session.scalars(select(ActorRow.key).where(ActorRow.kind == "person")
                                     .where(ActorRow.id.in_(people))))
    return found


def actor_documents(session: Session, keys: set[str]) -> set[int]:
    """For each stored actor, the first document of each way its statements and figures name it ("Pat
    Ryder", "the Pentagon's press secretary"): what a resolution needs to see every name it goes by, in
    a document that says it, however many documents name it."""
    found: set[int] = set()
    ordered = sorted(keys)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start:start + 500]
        found.update(session.scalars(
            select(func.min(ClaimMemberRow.document_id)).join(StatementRow, StatementRow.id == ClaimMemberRow.statement_id)
            .where(ClaimMemberRow.actor.in_(chunk)).group_by(ClaimMemberRow.actor, StatementRow.speaker)))
        found.update(session.scalars(
            select(func.min(FigureRow.document_id)).join(QuantityRow, QuantityRow.id == FigureRow.quantity_id)
            .where(FigureRow.holder_id.in_(chunk)).group_by(FigureRow.holder_id, QuantityRow.holder)))
    return found


def stored_mentions(session: Session, documents: Iterable[int]) -> list[tuple[str, str, str, bool]]:
    """(document, name as written, stored actor key, whether a statement's) of each statement and figure
    the picture holds in these documents: what a neighbourhood's resolution is compared with to find its
    stored actors. A figure's holder may be another name than its quantity's (the sentence's source)."""
    out: list[tuple[str, str, str, bool]] = []
    ids = sorted(documents)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        out += [(str(d), name, key, True) for d, name, key in session.execute(
            select(ClaimMemberRow.document_id, StatementRow.speaker, ClaimMemberRow.actor)
            .join(StatementRow, StatementRow.id == ClaimMemberRow.statement_id)
            .where(ClaimMemberRow.document_id.in_(chunk)))]
        out += [(str(d), name, key, False) for d, name, key in session.execute(
            select(FigureRow.document_id, QuantityRow.holder, FigureRow.holder_id)
            .join(QuantityRow, QuantityRow.id == FigureRow.quantity_id)
            .where(FigureRow.document_id.in_(chunk)).where(FigureRow.holder_id.is_not(None))
            .where(QuantityRow.holder.is_not(None)))]
    return out


def figures_by_document(session: Session, series: set[int]) -> dict[int, set[tuple[int, int]]]:
    """document id -> spans of the figures the series hold there."""
    out: dict[int, set[tuple[int, int]]] = defaultdict(set)
    stmt = (select(FigureRow.document_id, QuantityRow.span_start, QuantityRow.span_end)
            .join(QuantityRow, QuantityRow.id == FigureRow.quantity_id).where(FigureRow.series_id.in_(sorted(series))))
    for document, a, b in session.execute(stmt):
        out[document].add((a, b))
    return out


def stale_claims(session: Session, in_picture: int) -> tuple[set[int], set[int]]:
    """Claims grouped when the picture held far fewer documents than `in_picture` (STALE_GROWTH), and
    the claims they may join (by their own keys, as a new statement finds them): how rare their words
    and frames are has moved since, so grouping them again with today's counts may join what a smaller
    corpus kept apart, as a rebuild would. A few a batch, the stalest first: at most STALE_CLAIMS, of
    STALE_DOCUMENTS documents in all, since each is regrouped whole (its members' documents read and
    parsed); a wider stale claim is passed over, and weighed by its tally as a seed (`seed_claims`).
    The claims they may join are returned apart: those wide enough are seeds, stale or not (regrouped
    whole, every candidate of a batch at 50k documents cost it 30 times a fresh batch)."""
    stale, documents = [], 0
    for claim, width in session.execute(select(ClaimRow.id, ClaimRow.documents)
                                        .where(ClaimRow.grouped_at * STALE_GROWTH < in_picture,
                                               ClaimRow.documents <= STALE_DOCUMENTS)
                                        .order_by(ClaimRow.grouped_at, ClaimRow.id).limit(STALE_CLAIMS)):
        if documents + width > STALE_DOCUMENTS:
            break
        stale.append(claim)
        documents += width
    if not stale:
        return set(), set()
    held: dict[int, set[str]] = defaultdict(set)
    keys = select(ClaimKeyRow.claim_id, ClaimKeyRow.key).where(ClaimKeyRow.claim_id.in_(stale))
    for claim, key in session.execute(keys):
        held[claim].add(key)
    words = [{k for k in keys if not k.startswith(("F:", "G:"))} for keys in held.values()]
    lookups = [{k for k in keys if k.startswith(("F:", "G:"))} for keys in held.values()]
    return set(stale), candidate_claims(session, words, lookups) - set(stale)


def documents_in_picture(session: Session) -> int:
    """How many documents the picture holds (each has its origin): what a claim's `grouped_at` counts."""
    return session.scalar(select(func.count()).select_from(OriginRow)) or 0


def dirty_claims(session: Session) -> set[int]:
    """Claims that lost members (their statements deleted or re-read) and must be regrouped."""
    return set(session.scalars(select(ClaimRow.id).where(ClaimRow.dirty.is_(True))))


def mark_dirty(session: Session, documents: list[int]) -> set[str]:
    """Before a document's records go: its claims and series will need regrouping and summing up again,
    what it counted towards is taken back.
    Returns the actors its statements and figures are of, to be counted again once they are gone
    (`recount_actors`)."""
    uncount(session, documents)
    actors = set(session.scalars(select(ClaimMemberRow.actor).where(ClaimMemberRow.document_id.in_(documents))))
    actors |= set(session.scalars(select(FigureRow.holder_id).where(FigureRow.document_id.in_(documents))
                                  .where(FigureRow.holder_id.is_not(None))))
    claims = select(ClaimMemberRow.claim_id).where(ClaimMemberRow.document_id.in_(documents))
    session.execute(update(ClaimRow).where(ClaimRow.id.in_(claims)).values(dirty=True))
    series = select(FigureRow.series_id).where(FigureRow.document_id.in_(documents))
    session.execute(update(SeriesRow).where(SeriesRow.id.in_(series)).values(dirty=True))
    return actors


def members_by_document(session: Session, claims: set[int]) -> dict[int, set[tuple[int, int]]]:
    """document id -> spans of the statements the claims hold there."""
    out: dict[int, set[tuple[int, int]]] = defaultdict(set)
    ids = sorted(claims)
    for start in range(0, len(ids), 500):
        stmt = (select(ClaimMemberRow.document_id, StatementRow.span_start, StatementRow.span_end)
                .join(StatementRow, StatementRow.id == ClaimMemberRow.statement_id)
                .where(ClaimMemberRow.claim_id.in_(ids[start:start + 500])))
        for document, a, b in session.execute(stmt):
            out[document].add((a, b))
    return out


def splice(session: Session, local: Picture, *, new_documents: set[str], replaced: set[int],
           stored_of: dict[str, Counter], spoken_of: dict[str, Counter], whole: set[str] = frozenset(),
           replaced_series: set[int] = frozenset(), keys: dict | None = None,
           counted: dict[str, frozenset[str]] | None = None, tallies: dict | None = None,
           seeded: dict[str, Seed] | None = None) -> None:
    """Put the neighbourhood's picture in place: its claims for the `replaced` ones, its series for the
    `replaced_series`, its actors joined to the stored ones they hold mentions of, the new documents' other figures
    into the stored series of their measure, and their origins. `keys` are the lookup keys of the
    neighbourhood's statements (`consolidate.picture.indexed_picture`), indexed with their claims; `counted`
    the keys each document counts towards, of which the new documents' are counted (`picture_counts`);
    `tallies` what grouping weighs each claim by; `seeded` the claims that continue a stored one (a
    seed, `claim_extend`), whose new statements are added to it."""
    documents = sorted({int(r.document) for r in local.reports} | {int(d) for d in new_documents})
    statements = _stored_records(session, StatementRow, documents, statement_record)
    quantities = _stored_records(session, QuantityRow, documents, quantity_record)
    touched = set(session.scalars(select(ClaimMemberRow.actor).where(ClaimMemberRow.claim_id.in_(replaced))))
    session.execute(delete(ClaimRow).where(ClaimRow.id.in_(replaced)))
    used = {e.actor for c in local.claims for e in c.statements}
    used |= {e.holder_id for s in local.series for e in s.estimates if e.holder_id}
    used |= {e.holder_id for e in local.loose_figures if e.holder_id}
    actor_of = _join_actors(session, local.actors, stored_of, used, spoken_of, whole)
    seeded, tallies = seeded or {}, tallies or {}
    extend_claims(session, [(c, seeded[c.id], tallies[c.id]) for c in local.claims if c.id in seeded], statements,
                  keys or {}, actor_of)
    fresh = tuple(c for c in local.claims if c.id not in seeded)
    claims = _rekeyed(session, fresh, actor_of)
    write_claims(session, claims, statements, keys, grouped_at=documents_in_picture(session) + len(new_documents),
                 tallies={new.id: tallies[old.id] for old, new in zip(fresh, claims) if old.id in tallies})
    regrouped = {(str(d), span) for d, spans in figures_by_document(session, replaced_series).items() for span in spans}
    session.execute(delete(SeriesRow).where(SeriesRow.id.in_(sorted(replaced_series))))
    _join_series(session, local, new_documents, regrouped, actor_of, quantities)
    last = session.scalar(select(func.coalesce(func.max(OriginRow.position), -1)))
    write_origins(session, [r for r in local.reports if r.document in new_documents], counted or {},
                  first_position=last + 1)
    recount_actors(session, touched | set(actor_of.values()))


def _rekeyed(session: Session, claims: tuple[Claim, ...], actor_of: dict[str, str]) -> list[Claim]:
    """The neighbourhood's claims under fresh keys (their contradictions too), their statements under the
    stored actors' keys."""
    keys: list[str] = []
    n = session.scalar(select(func.coalesce(func.max(ClaimRow.id), 0)))
    while len(keys) < len(claims):  # unused keys, looked up a block at a time (row ids may be reused)
        block = [f"c{n + k}" for k in range(1, len(claims) + 1)]
        used = set(session.scalars(select(ClaimRow.key).where(ClaimRow.key.in_(block))))
        keys += [k for k in block if k not in used]
        n += len(claims)
    out = []
    for claim, key in zip(claims, keys):
        evidence = tuple(replace(e, actor=actor_of.get(e.actor, e.actor)) for e in claim.statements)
        timeline = tuple(replace(t, actor=actor_of.get(t.actor, t.actor)) for t in claim.timeline)
        contradictions = tuple(replace(x, about=key) for x in claim.contradictions)
        out.append(replace(claim, id=key, statements=evidence, timeline=timeline, contradictions=contradictions))
    return out


def _join_actors(session: Session, actors: tuple[Actor, ...], stored_of: dict[str, Counter],
                 used: set[str], spoken_of: dict[str, Counter], whole: set[str]) -> dict[str, str]:
    """Each local actor's key -> the stored actor it is, or itself, added.

    The neighbourhood's actors were resolved over the new documents and, whole, the stored
    documents that name the candidate actors (`candidate_actors`), so `stored_of` says which
    stored actors each local one holds mentions of (statements and figure holders): it is the one
    holding most of its statements (`spoken_of`), or of its figures when it holds no statement. Stored actors seen `whole` (a document for each way they are named was
    read) that a local one holds all the neighbourhood's statements of (`spoken_of`) are one with
    it, as a rebuild would find them; one whose statements the resolution
    splits stays whole (a figure's holder is read from its sentence, not only from the mention, so
    figures alone join nothing). Local actors that neither hold a stored mention nor speak in the
    neighbourhood's picture (`used`) are left out.
    """
    actor_of: dict[str, str] = {}
    new: list[Actor] = []
    rows = {row.key: row for row in session.execute(select(ActorRow.id, ActorRow.key).where(
        ActorRow.key.in_(sorted({k for votes in stored_of.values() for k in votes}))))}
    holders: dict[str, set[str]] = defaultdict(set)  # stored key -> the local actors its statements went to
    for local, votes in spoken_of.items():
        for key in votes:
            holders[key].add(local)
    taken: set[str] = set()
    for actor in actors:
        votes = {k: n for k, n in (spoken_of.get(actor.id) or stored_of.get(actor.id, Counter())).items() if k in rows}
        if votes:
            kept = rows[min(votes, key=lambda k: (-votes[k], k))]
            actor_of[actor.id] = kept.key
            for key in sorted(spoken_of.get(actor.id, ())):
                if key != kept.key and key in whole and holders[key] == {actor.id} and key in rows:
                    _merge_actor(session, rows.pop(key), kept, actor_of)
            _add_names(session, kept.id, actor)
            continue
        if actor.id not in used:
            continue
        key = _free_key(session, actor.id, taken)
        actor_of[actor.id] = key
        new.append(replace(actor, id=key))
    rank = session.scalar(select(func.coalesce(func.max(ActorRow.rank), 0))) + 1
    write_actors(session, new, first_rank=rank)
    return actor_of


def _free_key(session: Session, key: str, taken: set[str]) -> str:
    """`key`, or `key-2`, `key-3`... the first no stored actor (nor one added in this batch) has."""
    candidates = [key, *(f"{key}-{n}" for n in range(2, 12))]
    stored = set(session.scalars(select(ActorRow.key).where(ActorRow.key.in_(candidates))))
    free = next((k for k in candidates if k not in stored and k not in taken), None)
    if free is None:
        last = session.scalar(select(func.max(ActorRow.id))) or 0
        free = f"{key}-{last + 1}"
    taken.add(free)
    return free


def _merge_actor(session: Session, gone: Any, kept: Any, actor_of: dict[str, str]) -> None:
    """Fold a stored actor into another: its statements, figures and names, with the reason."""
    session.execute(update(ClaimMemberRow).where(ClaimMemberRow.actor == gone.key).values(actor=kept.key))
    session.execute(update(FigureRow).where(FigureRow.holder_id == gone.key).values(holder_id=kept.key))
    last = session.scalar(select(func.coalesce(func.max(ActorNameRow.position), -1))
                          .where(ActorNameRow.actor_id == kept.id))
    known = set(session.scalars(select(ActorNameRow.name_key).where(ActorNameRow.actor_id == kept.id)))
    for row in session.scalars(select(ActorNameRow).where(ActorNameRow.actor_id == gone.id)
                               .order_by(ActorNameRow.position)).all():
        if row.name_key in known:
            session.delete(row)
            continue
        known.add(row.name_key)
        if row.position >= 0:
            last += 1
            row.position = last
        row.actor_id = kept.id
    session.flush()
    moved = session.get(ActorRow, gone.id)
    row = session.get(ActorRow, kept.id)
    row.reasons = list(dict.fromkeys([*row.reasons, *moved.reasons,
                                      f"'{moved.name}' and '{row.name}': one later report names them as one"]))
    session.delete(moved)
    session.flush()
    for local, stored in actor_of.items():
        if stored == gone.key:
            actor_of[local] = kept.key


def _proper(name: str) -> bool:
    """A name that stands for one actor wherever it is written ("Pat Ryder", "NATO"), unlike a description
    ("the spokesman", "officials") that a report resolves to whoever it means there."""
    words = name.split()
    return bool(words) and words[0][:1].isupper() and words[0].lower() not in ("the", "a", "an")


def _add_names(session: Session, actor_id: int, actor: Actor) -> None:
    """The names a new document calls a stored actor by, and why they were joined."""
    known = set(session.scalars(select(ActorNameRow.name_key).where(ActorNameRow.actor_id == actor_id)))
    last = session.scalar(select(func.coalesce(func.max(ActorNameRow.position), -1))
                          .where(ActorNameRow.actor_id == actor_id))
    rows = []
    for name in actor.names:
        if name_key(name) not in known:
            last += 1
            known.add(name_key(name))
            rows.append({"actor_id": actor_id, "position": last, "name": name, "name_key": name_key(name),
                         "last_word": last_word(name)})
    _insert(session, ActorNameRow, rows)
    if actor.reasons:
        row = session.get(ActorRow, actor_id)
        row.reasons = list(dict.fromkeys([*row.reasons, *actor.reasons]))


def _join_series(session: Session, local: Picture, new_documents: set[str], regrouped: set[tuple[str, tuple]],
                 actor_of: dict[str, str], quantities: dict) -> None:
    """The new documents' figures (and the regrouped series' ones) into the stored series of the same
    measure (summed up again), or new series."""
    def mine(estimates: Iterable[Estimate]) -> list[Estimate]:
        return [replace(e, holder_id=actor_of.get(e.holder_id, e.holder_id)) for e in estimates
                if e.citation.document in new_documents or (e.citation.document, e.quantity.span) in regrouped]

    rank = session.scalar(select(func.coalesce(func.max(SeriesRow.rank), 0))) + 1
    for series in local.series:
        figures = mine(series.estimates)
        if not figures:
            continue
        row = _stored_series(session, series)
        if row is not None:
            _append_figures(session, row, figures, quantities)
            continue
        merged = summarise(replace(series, estimates=tuple(sorted(figures, key=chronological))))
        write_series(session, [merged], [], quantities, first_rank=rank)
        rank += 1
    write_series(session, [], mine(local.loose_figures), quantities)


def chronological(e: Estimate) -> tuple[str, str, str]:
    return e.said_on or "", e.citation.published or "", e.citation.document


def _append_figures(session: Session, row: SeriesRow, figures: list[Estimate], quantities: dict) -> None:
    """New figures into a stored series without rewriting it: their rows are added, and its summary
    is made again from its holders' latest figures and the new ones (all the summary reads), its
    range widened."""
    (old,), _ = series_rows(session, [row], latest_only=True)
    first = session.scalar(select(func.coalesce(func.max(FigureRow.position), -1))
                           .where(FigureRow.series_id == row.id)) + 1
    figures = sorted((replace(e, series=row.key) for e in figures), key=chronological)
    _insert(session, FigureRow, [_figure_row(row.id, first + n, e, quantities) for n, e in enumerate(figures)])
    summary = summarise(replace(old, estimates=tuple(sorted([*old.latest, *figures], key=chronological))))
    at = {id(e): first + n for n, e in enumerate(figures)}
    at.update({id(e): p for e, p in zip(old.latest, row.latest)})
    floors = [x for x in (row.low, summary.low) if x is not None]
    ceilings = [x for x in (row.high, summary.high) if x is not None]
    row.low, row.high = (min(floors) if floors else None), (max(ceilings) if ceilings else None)
    row.latest = [at.get(id(e)) for e in summary.latest]
    row.newest = at.get(id(newest(summary.latest)))
    row.conservative = summary.conservative
    row.conservative_from = at.get(id(summary.conservative_from)) if summary.conservative_from else None
    row.contradictions = [to_dict(x) for x in summary.contradictions]


def _stored_series(session: Session, series: EstimateSeries) -> SeriesRow | None:
    """The stored series a neighbourhood's series continues: the same key, else the same measure in the
    same place (or where either names none) whose label shares most words, the largest on a tie. Only
    the series of that place are read, however many places the measure has."""
    row = session.scalars(select(SeriesRow).where(SeriesRow.key == series.id)).first()
    if row is not None:
        return row
    words = set(series.label.lower().split())
    candidates = select(SeriesRow).where(SeriesRow.unit == series.unit).order_by(SeriesRow.id)
    if series.place is not None:
        candidates = candidates.where(or_(SeriesRow.place == series.place, SeriesRow.place.is_(None)))
    rows = [(r, len(words & set(r.label.lower().split()))) for r in session.scalars(candidates)]
    most = max((shared for _, shared in rows), default=None)
    tied = [r for r, shared in rows if shared == most]
    if len(tied) <= 1:
        return tied[0] if tied else None
    sizes = dict(session.execute(select(FigureRow.series_id, func.count()).where(
        FigureRow.series_id.in_([r.id for r in tied])).group_by(FigureRow.series_id)).all())
    return max(tied, key=lambda r: sizes.get(r.id, 0))


def resum_dirty_series(session: Session) -> None:
    """Series that lost figures: summed up again from the figures left, or gone when none are."""
    rows = list(session.scalars(select(SeriesRow).where(SeriesRow.dirty.is_(True))))
    if not rows:
        return
    series, _ = series_rows(session, rows)
    quantities = _stored_records(session, QuantityRow, sorted({int(e.citation.document) for s in series
                                                               for e in s.estimates}), quantity_record)
    for row, old in zip(rows, series):
        session.execute(delete(SeriesRow).where(SeriesRow.id == row.id))
        if old.estimates:
            write_series(session, [summarise(old)], [], quantities, first_rank=row.rank)


def recount_actors(session: Session, actors: set[str]) -> None:
    """Each affected actor's number of statements, from its claim members; an actor left with no
    statement and no figure is gone, as a rebuild would not make it."""
    keys = sorted(actors)
    counts: Counter = Counter(dict(session.execute(
        select(ClaimMemberRow.actor, func.count()).where(ClaimMemberRow.actor.in_(keys))
        .group_by(ClaimMemberRow.actor)).all()))
    holding = set(session.scalars(select(FigureRow.holder_id).where(FigureRow.holder_id.in_(keys)).distinct()))
    for key in keys:
        if counts.get(key, 0) == 0 and key not in holding:
            session.execute(delete(ActorRow).where(ActorRow.key == key))
        else:
            session.execute(update(ActorRow).where(ActorRow.key == key).values(statements=counts.get(key, 0)))
