"""What changed in the picture: derived in one place, from the rows an update touched, before and after.

Every write of the picture (an incremental update, or a whole build) calls `record_changes`
inside its own transaction, so a change is stored exactly when the picture it describes is:
a killed update leaves neither. Faces (CLI, API, dashboard, alerts, the Atom feed) only read
the stored changes; none computes them.

What counts as news is what the documents *arriving* in the picture bring: a claim made only
of their statements is new, each of their denials and non-denials is new, each of their
figures in a series is new (with its change from the holder's last figure there), and so is
each contradiction they take part in. A status change needs the claim as it was: the update
snapshots the claims it is about to replace (`snapshot`) and the claim that continues one
(sharing most of its statements) is compared with it. A document re-read or a picture rebuilt
brings no arrivals (`ArrivalRow`), so old news is never told twice.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, load_only

from ..consolidate.estimates import say_figure
from .models import DocumentRow, OutletRow, StatementRow
from .picture_tables import ClaimMemberRow, ClaimRow, FigureRow, SeriesRow
from .watch_tables import ArrivalRow, ChangeRow

CHUNK = 500  # ids per IN (...) list
STATUS_WORDS = {"single-source": "single source"}
STANCE_KINDS = {"deny": "denial", "not_deny": "non_denial", "decline": "non_denial"}
STANCE_VERBS = {"deny": "denies", "not_deny": "does not deny", "decline": "declines to comment on"}
# The evidence that best shows why a claim's status became this one.
STATUS_STANCES = {"disputed": ("deny", "not_deny"), "denied": ("deny",), "confirmed": ("assert",)}


@dataclass(frozen=True)
class Snapshot:
    """The claims an update is about to replace: each one's status and label, and which held each statement;
    and the claims it adds statements to without replacing them (`claim_extend`), by status and label only."""

    claims: dict[int, tuple[str, str]] = field(default_factory=dict)  # claim row id -> (status, label)
    members: dict[int, int] = field(default_factory=dict)  # statement id -> claim row id
    extended: frozenset[int] = frozenset()  # claim row ids continuing themselves


def snapshot(session: Session, claims: Iterable[int], extended: Iterable[int] = ()) -> Snapshot:
    """Before an update replaces `claims` and adds statements to `extended` ones: what it needs to tell their
    status changes afterwards. An extended claim's members are not read (it stays the claim it was)."""
    ids, kept = sorted(set(claims)), frozenset(extended)
    statuses: dict[int, tuple[str, str]] = {}
    members: dict[int, int] = {}
    for chunk in _chunks(sorted(set(ids) | kept)):
        statuses.update((i, (status, label)) for i, status, label in session.execute(
            select(ClaimRow.id, ClaimRow.status, ClaimRow.label).where(ClaimRow.id.in_(chunk))))
    for chunk in _chunks(ids):
        members.update((statement, claim) for statement, claim in session.execute(
            select(ClaimMemberRow.statement_id, ClaimMemberRow.claim_id).where(ClaimMemberRow.claim_id.in_(chunk))))
    return Snapshot(statuses, members, kept)


def record_changes(session: Session, before: Snapshot, documents: Iterable[int], *,
                   at: datetime | None = None) -> int:
    """After the picture took in `documents` (new or re-read) and regrouped the claims of `before`:
    store what changed, mark the new documents as told; returns how many changes were stored."""
    at = at or datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
    documents = sorted(set(documents))
    told = {d for chunk in _chunks(documents)
            for d in session.scalars(select(ArrivalRow.document_id).where(ArrivalRow.document_id.in_(chunk)))}
    arrivals = {d for d in documents if d not in told}
    if arrivals:
        session.execute(insert(ArrivalRow), [{"document_id": d, "at": at} for d in sorted(arrivals)])
    rows = _claim_changes(session, before, arrivals) + _series_changes(session, arrivals)
    if not rows:
        return 0
    _cite(session, rows)
    for row in rows:
        row["at"] = at
    session.execute(insert(ChangeRow), rows)
    return len(rows)


# -- claims --------------------------------------------------------------------------------------

Member = tuple[ClaimMemberRow, str]  # a member row and its stance as consolidated


def _claim_changes(session: Session, before: Snapshot, arrivals: set[int]) -> list[dict[str, Any]]:
    """New claims, status changes, denials and non-denials, and contradictions of the claims now
    holding the arrivals' statements or the replaced claims' ones. Of a claim that was extended, only the
    statements it was given are read (and whether its older ones hold the same actor's stances)."""
    ids: set[int] = set()
    for chunk in _chunks(sorted(arrivals)):
        ids.update(session.scalars(select(ClaimMemberRow.claim_id).where(ClaimMemberRow.document_id.in_(chunk))))
    for chunk in _chunks(sorted(before.members)):
        ids.update(session.scalars(select(ClaimMemberRow.claim_id).where(ClaimMemberRow.statement_id.in_(chunk))))
    out: list[dict[str, Any]] = []
    for chunk in _chunks(sorted(ids)):
        claims = session.scalars(select(ClaimRow).options(load_only(ClaimRow.key, ClaimRow.label, ClaimRow.status,
                                                                    ClaimRow.contradictions))
                                 .where(ClaimRow.id.in_(chunk)).order_by(ClaimRow.id)).all()
        extended = [i for i in chunk if i in before.extended]
        members = _members(session, [i for i in chunk if i not in before.extended])
        given = _members(session, extended, given=set(before.members) | _statements_of(session, extended, arrivals))
        for claim in claims:
            if claim.id in before.extended:
                new = [(m, stance) for m, stance in given[claim.id] if m.document_id in arrivals]
                known = _stances_held(session, claim.id, new)
                out += _one_claim(claim, given[claim.id], new, before.claims.get(claim.id), known, arrivals)
            elif members[claim.id]:
                held = Counter(before.members[m.statement_id] for m, _ in members[claim.id]
                               if m.statement_id in before.members)
                was = before.claims.get(held.most_common(1)[0][0]) if held else None
                new = [(m, stance) for m, stance in members[claim.id] if m.document_id in arrivals]
                known = {(m.actor, stance) for m, stance in members[claim.id] if m.document_id not in arrivals}
                out += _one_claim(claim, members[claim.id], new, was, known, arrivals)
    return out


def _members(session: Session, claims: list[int], given: set[int] | None = None) -> dict[int, list[Member]]:
    """claim row id -> its members in stored order, with their stances; with `given`, only those statements."""
    members: dict[int, list[Member]] = defaultdict(list)
    if not claims:
        return members
    stmt = (select(ClaimMemberRow, StatementRow.stance)
            .join(StatementRow, StatementRow.id == ClaimMemberRow.statement_id)
            .where(ClaimMemberRow.claim_id.in_(claims)).order_by(ClaimMemberRow.claim_id, ClaimMemberRow.position))
    for chunk in ([None] if given is None else _chunks(sorted(given))):
        chosen = stmt if chunk is None else stmt.where(ClaimMemberRow.statement_id.in_(chunk))
        for member, stance in session.execute(chosen):
            members[member.claim_id].append((member, (member.amended or {}).get("stance", stance)))
    for found in members.values():
        found.sort(key=lambda pair: pair[0].position)
    return members


def _statements_of(session: Session, claims: list[int], documents: set[int]) -> set[int]:
    """The statements of `documents` these claims hold."""
    if not claims:
        return set()
    return {s for chunk in _chunks(sorted(documents)) for s in session.scalars(
        select(ClaimMemberRow.statement_id).where(ClaimMemberRow.claim_id.in_(claims))
        .where(ClaimMemberRow.document_id.in_(chunk)))}


def _stances_held(session: Session, claim: int, new: list[Member]) -> set[tuple[str, str]]:
    """(actor, stance) of the claim's members that did not arrive, for the actors of its new denials and
    non-denials."""
    actors = sorted({m.actor for m, stance in new if stance in STANCE_KINDS})
    if not actors:
        return set()
    mine = {m.statement_id for m, _ in new}
    return {(member.actor, (member.amended or {}).get("stance", stance)) for member, stance in session.execute(
        select(ClaimMemberRow, StatementRow.stance).join(StatementRow, StatementRow.id == ClaimMemberRow.statement_id)
        .where(ClaimMemberRow.claim_id == claim, ClaimMemberRow.actor.in_(actors))) if member.statement_id not in mine}


def _one_claim(claim: ClaimRow, members: list[Member], new: list[Member], was: tuple[str, str] | None,
               known: set[tuple[str, str]], arrivals: set[int]) -> list[dict[str, Any]]:
    """The changes of one claim now holding `members` (of which `new` arrived; an extended claim is given
    only the statements it was given): `was` its status and label before, `known` the (actor, stance)
    pairs it held before."""
    out = []
    base = {"subject": "claim", "subject_key": claim.key, "label": claim.label}
    if len(new) == len(members) and was is None:
        first = new[0][0]
        out.append({**base, **_member(first), "kind": "new_claim", "after": claim.status,
                    "summary": f"new claim ({_status(claim.status)}): {claim.label}, from {first.speaker}"})
    elif was is not None and was[0] != claim.status:
        why = _why_status(claim.status, new or members)
        out.append({**base, **_member(why), "kind": "status_change", "before": was[0], "after": claim.status,
                    "summary": f"{claim.label}: {_status(was[0])} -> {_status(claim.status)}"})
    # An actor's denial a copy repeats, or one already in the claim, is not news.
    known = set(known)
    for member, stance in new:
        if stance in STANCE_KINDS and (member.actor, stance) not in known:
            known.add((member.actor, stance))
            out.append({**base, **_member(member), "kind": STANCE_KINDS[stance], "after": stance,
                        "summary": f"{member.speaker} {STANCE_VERBS[stance]}: {claim.label}"})
    out += _contradictions(claim.contradictions, base, {str(d) for d in arrivals})
    return out


def _why_status(status: str, members: list[tuple[ClaimMemberRow, str]]) -> ClaimMemberRow:
    """The statement that best shows why a claim now has this status: the first of the telling stance."""
    telling = [m for m, stance in members if stance in STATUS_STANCES.get(status, ())]
    return (telling or [m for m, _ in members])[0]


def _member(member: ClaimMemberRow) -> dict[str, Any]:
    return {"actor": member.speaker, "day": member.said_on, "sentence": member.sentence,
            "document_id": member.document_id}


def _contradictions(found: list[dict[str, Any]], base: dict[str, Any], arrived: set[str]) -> list[dict[str, Any]]:
    """The contradictions an arriving sentence takes part in, one change per such sentence: a new figure
    at odds with five holders' latest is one piece of news, not five."""
    by_sentence: dict[tuple[str, str], list[tuple[dict[str, Any], dict[str, Any]]]] = defaultdict(list)
    for x in found:
        first, second = x["first"], x["second"]
        if second["document"] in arrived:
            by_sentence[(second["document"], second["sentence"])].append((x, second))
        elif first["document"] in arrived:
            by_sentence[(first["document"], first["sentence"])].append((x, first))
    out = []
    for group in by_sentence.values():
        x, cited = group[0]
        other = x["first"] if cited is x["second"] else x["second"]
        said = "; ".join(y["explanation"] for y, _ in group[:3])
        more = f"; and {len(group) - 3} more" if len(group) > 3 else ""
        out.append({**base, "kind": "contradiction", "actor": None, "day": cited.get("published"),
                    "sentence": cited["sentence"], "document_id": int(cited["document"]),
                    "before": other["sentence"], "after": cited["sentence"], "summary": said + more})
    return out


def _status(status: str) -> str:
    return STATUS_WORDS.get(status, status)


# -- series --------------------------------------------------------------------------------------

def _series_changes(session: Session, arrivals: set[int]) -> list[dict[str, Any]]:
    """Each arriving figure in a series, against the holder's figure before it there; and the series'
    contradictions the arrivals take part in."""
    new: list[FigureRow] = []
    for chunk in _chunks(sorted(arrivals)):
        new += session.scalars(select(FigureRow).where(FigureRow.document_id.in_(chunk), FigureRow.series_id.is_not(None),
                                                       FigureRow.previous.is_(False))).all()
    if not new:
        return []
    series = {row.id: row for row in session.scalars(select(SeriesRow).where(
        SeriesRow.id.in_(sorted({f.series_id for f in new}))))}
    ids = sorted({f.holder_id for f in new if f.holder_id})
    names = sorted({f.holder.lower() for f in new})
    everyone = session.scalars(select(FigureRow).where(
        FigureRow.series_id.in_(sorted(series)), FigureRow.previous.is_(False),
        FigureRow.holder_id.in_(ids) | func.lower(FigureRow.holder).in_(names))).all()
    published = _published(session, {f.document_id for f in everyone})
    by_series: dict[int, list[FigureRow]] = defaultdict(list)
    for f in sorted(everyone, key=lambda f: _when(f, published)):
        by_series[f.series_id].append(f)
    out = []
    for f in sorted(new, key=lambda f: (f.series_id, _when(f, published))):
        row = series[f.series_id]
        earlier = [e for e in by_series[f.series_id] if _same_holder(e, f)
                   and e.document_id != f.document_id and _when(e, published) < _when(f, published)]
        last = earlier[-1] if earlier else None
        if last is not None and (last.value, last.low, last.high) == (f.value, f.low, f.high):
            continue  # the holder's figure repeated (a copy, a recap): not news
        now = _figure_text(f)
        change = {"subject": "series", "subject_key": row.key, "label": row.label, "kind": "new_figure",
                  "actor": f.holder, "day": f.said_on or published.get(f.document_id), "sentence": f.sentence,
                  "document_id": f.document_id, "after": now}
        if last is None:
            change["summary"] = f"{row.label}: {f.holder} gives {now}, its first figure here"
        else:
            change["before"] = was = _figure_text(last)
            if f.value is not None and last.value is not None:
                change["delta"] = f.value - last.value
            step = f"{change['delta']:+,g}" if change.get("delta") is not None else "changed"
            change["summary"] = f"{row.label}: {f.holder} gives {now} ({step} from {was})"
        out.append(change)
    arrived = {str(d) for d in arrivals}
    for row in series.values():
        out += _contradictions(row.contradictions, {"subject": "series", "subject_key": row.key, "label": row.label},
                               arrived)
    return out


def _same_holder(a: FigureRow, b: FigureRow) -> bool:
    """One actor as consolidated, or one name as written (an actor a later report did not join)."""
    return bool(a.holder_id and a.holder_id == b.holder_id) or a.holder.lower() == b.holder.lower()


def _when(f: FigureRow, published: dict[int, str | None]) -> tuple[str, str, int]:
    return f.said_on or published.get(f.document_id) or "", published.get(f.document_id) or "", f.document_id


def _figure_text(f: FigureRow) -> str:
    return f"{say_figure(f.value, f.low, f.high, f.approx)} {f.unit}".strip()


def _published(session: Session, documents: set[int]) -> dict[int, str | None]:
    out: dict[int, str | None] = {}
    for chunk in _chunks(sorted(documents)):
        out.update((i, day.isoformat() if day else None) for i, day in session.execute(
            select(DocumentRow.id, DocumentRow.published).where(DocumentRow.id.in_(chunk))))
    return out


# -- citing --------------------------------------------------------------------------------------

def _cite(session: Session, rows: list[dict[str, Any]]) -> None:
    """Each change's link and outlet, copied in: the log reads the same after its document goes."""
    wanted = sorted({r["document_id"] for r in rows if r.get("document_id") is not None})
    found: dict[int, tuple[str | None, str | None, str | None]] = {}
    for chunk in _chunks(wanted):
        found.update((i, (url, outlet, day.isoformat() if day else None)) for i, url, outlet, day in session.execute(
            select(DocumentRow.id, DocumentRow.url, OutletRow.name, DocumentRow.published)
            .outerjoin(OutletRow, OutletRow.id == DocumentRow.outlet_id).where(DocumentRow.id.in_(chunk))))
    for row in rows:
        url, outlet, day = found.get(row.get("document_id"), (None, None, None))
        row.setdefault("actor", None)
        row.setdefault("before", None)
        row.setdefault("after", None)
        row.setdefault("delta", None)
        row["url"], row["outlet"] = url, outlet
        row["day"] = row.get("day") or day


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    ids = list(ids)
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]
