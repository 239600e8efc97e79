"""Between the consolidated `Picture` and its tables, in both directions.

Writing maps each Evidence to its statement row and each Estimate to its quantity
row (by document, span and what they say), so the members are foreign keys, not
copies. Reading joins them back to the statement and quantity records and the
document's outlet, date and URL: the Picture that comes back equals the one written.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields, replace
from typing import Any

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.orm import Session

from ..consolidate.timeline import chronological
from ..consolidate.records import (Actor, Citation, Claim, Contradiction, Estimate, EstimateSeries, Evidence,
                                   Picture, ReportOrigin, TimelineEntry)
from ..models import _jsonable, to_dict
from .convert import quantity_record, statement_record
from .latest_figure import newest
from .models import DocumentRow, OutletRow, QuantityRow, StatementRow
from .picture_counts import add_counts, count_documents
from .picture_tables import (CLAIM_ORDER, PICTURE_TABLES, ActorNameRow, ActorRow, ClaimKeyRow, ClaimMemberRow,
                             ClaimQuantityRow, ClaimRow,
                             FigureRow, OriginRow, SeriesRow)

INSERT_CHUNK = 2000  # rows per multi-row insert


def name_key(name: str) -> str:
    """A name as candidate search matches it: lower case, single spaces."""
    return " ".join(name.lower().split())


def hidden_names(actor: Actor) -> list[str]:
    """Names an actor is found by without going by them: its display name, and what the institutions
    table calls any of its names."""
    from ..consolidate.names import InstitutionIndex
    from ..consolidate.tables import institutions

    global _INDEX
    if _INDEX is None:
        _INDEX = InstitutionIndex(list(institutions()))
    found = [actor.name] + [i.name for n in (actor.name, *actor.names) if (i := _INDEX.exact(n)) is not None]
    return [n for n in dict.fromkeys(found) if n not in actor.names]


_INDEX = None


def last_word(name: str) -> str:
    words = name_key(name).split()
    return words[-1] if words else ""


def index_terms(claim: Claim) -> list[str]:
    """What a new statement finds a claim by: its key terms, and the stemmed content words of every member
    (the words grouping compares), not only the few key terms, whose ties fall either way."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from ..consolidate.claim_text import _WORD, stem

    found = set(claim.terms)
    for e in claim.statements:
        found.update(stem(w) for w in _WORD.findall(e.statement.content or e.citation.sentence)
                     if len(w) > 2 and w.lower() not in STOP_WORDS)
    return sorted(found - {""})


def last_update(claim: Claim) -> str | None:
    """The latest day anything was said or printed about the claim."""
    days = [d for t in claim.timeline for d in (t.said_on, t.citation.published) if d]
    days += [d for e in claim.statements for d in (e.said_on, e.citation.published) if d]
    return max(days) if days else None


# -- writing ---------------------------------------------------------------------------------

def clear_picture(session: Session, documents: Sequence[int] | None = None) -> None:
    """Empty the picture's tables (all of them, or only the rows of some documents' origins)."""
    if documents is not None:
        session.execute(delete(OriginRow).where(OriginRow.document_id.in_(documents)))
        return
    for table in PICTURE_TABLES:
        session.execute(delete(table))


def write_picture(session: Session, picture: Picture, keys: Mapping[tuple[str, tuple[int, int]], Iterable[str]] | None = None,
                  counted: Mapping[str, Iterable[str]] | None = None, tallies: Mapping[str, Any] | None = None) -> None:
    """Insert every actor, claim, series and origin of `picture` (the tables must be empty); `keys` are
    the lookup keys of its statements (`consolidate.picture.indexed_picture`), indexed with their claims,
    `counted` the keys each document counts towards, counted (`picture_counts`)."""
    doc_ids = sorted({int(r.document) for r in picture.reports})
    statements = _stored_records(session, StatementRow, doc_ids, statement_record)
    quantities = _stored_records(session, QuantityRow, doc_ids, quantity_record)
    write_origins(session, picture.reports, counted or {})
    write_actors(session, picture.actors)
    write_claims(session, picture.claims, statements, keys, grouped_at=len(picture.reports), tallies=tallies)
    write_series(session, picture.series, picture.loose_figures, quantities)


def write_origins(session: Session, reports: Iterable[ReportOrigin], counted: Mapping[str, Iterable[str]],
                  first_position: int = 0) -> None:
    """Origins of documents new to the picture, in publication order, each with the keys it counts
    towards, added to the picture's counts (`picture_counts`)."""
    reports = list(reports)
    rows = [{"document_id": int(r.document), "origin": r.origin, "reason": r.reason, "position": first_position + n,
             "counted": sorted(counted[r.document]) if r.document in counted else None}
            for n, r in enumerate(reports)]
    _insert(session, OriginRow, rows)
    add_counts(session, count_documents({r.document: counted[r.document] for r in reports if r.document in counted}))


def write_actors(session: Session, actors: Iterable[Actor], first_rank: int = 0) -> dict[str, int]:
    rows = [{"key": a.id, "name": a.name, "kind": a.kind, "org": a.org, "country": a.country, "role": a.role,
             "statements": a.statements, "rank": first_rank + n, "reasons": list(a.reasons)}
            for n, a in enumerate(actors)]
    ids = _insert_returning(session, ActorRow, rows)
    # The actor's own names in order; its display name, when not among them, and the institutions table's
    # name for any of them ("Investigative Committee" -> "Investigative Committee of Russia") at -1:
    # found by a later report's names, not listed.
    names = [{"actor_id": ids[a.id], "position": n, "name": name, "name_key": name_key(name),
              "last_word": last_word(name)}
             for a in actors for n, name in [*enumerate(a.names), *[(-1, x) for x in hidden_names(a)]]]
    _insert(session, ActorNameRow, names)
    return ids


def write_claims(session: Session, claims: Sequence[Claim], statements: dict,
                 keys: Mapping[tuple[str, tuple[int, int]], Iterable[str]] | None = None, *, grouped_at: int,
                 tallies: Mapping[str, Any] | None = None) -> None:
    """Claims with their members (each pointing at its statement row) and what candidate search finds them
    by: their words (`index_terms`) and their members' frame and figure keys (`keys`, by document and span);
    `grouped_at`, the documents in the picture whose counts weighed their grouping; `tallies` (claim id ->
    `ClaimTally`), what grouping weighs each by (a claim without one is regrouped whole when a statement
    may join it)."""
    from ..consolidate.claim_tally import tally_to_json
    from ..consolidate.timeline import telling

    tallies = tallies or {}
    matched = [[_match(statements, e.document, e.statement) for e in c.statements] for c in claims]
    rows = []
    for c, found in zip(claims, matched):
        told = {id(e) for e in telling(list(c.statements))}
        rows.append({"key": c.id, "label": c.label, "frame": c.frame, "terms": list(c.terms),
                     "status": c.status, "status_text": c.status_text, "independent_sources": c.independent_sources,
                     "disputed": c.status in ("disputed", "denied"), "members": len(c.statements), "dirty": False,
                     "grouped_at": grouped_at, "tally": tally_to_json(tallies[c.id]) if c.id in tallies else None,
                     "telling": [i for e, (i, _) in zip(c.statements, found) if id(e) in told],
                     "documents": c.documents, "copies_discounted": c.copies_discounted, "last_update": last_update(c),
                     "timeline": [to_dict(t) for t in c.timeline],
                     "contradictions": [to_dict(x) for x in c.contradictions]})
    ids = _insert_returning(session, ClaimRow, rows)
    keys = keys or {}
    _insert(session, ClaimKeyRow, [{"claim_id": ids[c.id], "key": term} for c in claims for term in sorted(
        {*index_terms(c), *(k for e in c.statements for k in keys.get((e.document, tuple(e.statement.span)), ()))})])
    members = []
    for claim, found in zip(claims, matched):
        for n, (e, (statement_id, amended)) in enumerate(zip(claim.statements, found)):
            members.append(member_row(ids[claim.id], n, e, statement_id, amended))
    _insert(session, ClaimMemberRow, members)
    link_quantities(session, sorted(ids.values()))


def member_row(claim_id: int, position: int, e: Evidence, statement_id: int, amended: dict | None) -> dict[str, Any]:
    """A claim member's row: its statement row, what consolidation amended in it, and how it was consolidated."""
    return {"claim_id": claim_id, "statement_id": statement_id, "amended": amended, "document_id": int(e.document),
            "position": position, "actor": e.actor, "speaker": e.speaker, "said_on": e.said_on,
            "sentence": e.citation.sentence, "origin": e.origin, "source": e.source}


def link_quantities(session: Session, claims: Sequence[int], statements: Sequence[int] | None = None) -> None:
    """Link each of these claims to the quantities given inside its statements (`ClaimQuantityRow`), in
    one INSERT ... SELECT a chunk: what a page of claims reads their series by. With `statements` (of
    one claim), only those statements' quantities: the ones a claim was just given."""
    for start in range(0, len(claims), 500):
        session.execute(insert(ClaimQuantityRow).from_select(
            ["claim_id", "quantity_id"], claim_quantities(claims[start:start + 500], statements)))


def claim_quantities(claims: Sequence[int], statements: Sequence[int] | None = None) -> Any:
    """(claim id, quantity id) of each quantity inside a statement of these claims, as a select."""
    found = (select(ClaimMemberRow.claim_id, QuantityRow.id).distinct()
             .join(StatementRow, StatementRow.id == ClaimMemberRow.statement_id)
             .join(QuantityRow, QuantityRow.document_id == ClaimMemberRow.document_id)
             .where(ClaimMemberRow.claim_id.in_(claims))
             .where(QuantityRow.span_start >= StatementRow.span_start, QuantityRow.span_end <= StatementRow.span_end))
    return found if statements is None else found.where(ClaimMemberRow.statement_id.in_(statements))


def write_series(session: Session, series: Sequence[EstimateSeries], loose: Sequence[Estimate],
                 quantities: dict, first_rank: int = 0) -> None:
    rows = []
    for n, s in enumerate(series):
        place = {id(e): k for k, e in enumerate(s.estimates)}
        rows.append({"key": s.id, "rank": first_rank + n, "label": s.label, "unit": s.unit, "place": s.place,
                     "low": s.low, "high": s.high, "conservative": s.conservative,
                     "conservative_from": _position(s.estimates, s.conservative_from, place),
                     "latest": [_position(s.estimates, e, place) for e in s.latest],
                     "newest": _position(s.estimates, newest(s.latest), place),
                     "contradictions": [to_dict(x) for x in s.contradictions], "dirty": False})
    ids = _insert_returning(session, SeriesRow, rows)
    figures = [_figure_row(ids[s.id], n, e, quantities) for s in series for n, e in enumerate(s.estimates)]
    figures += [_figure_row(None, n, e, quantities) for n, e in enumerate(loose)]
    _insert(session, FigureRow, figures)


def _figure_row(series_id: int | None, position: int, e: Estimate, quantities: dict) -> dict[str, Any]:
    quantity_id, amended = _match(quantities, e.citation.document, e.quantity)
    return {"series_id": series_id, "quantity_id": quantity_id, "amended": amended,
            "document_id": int(e.citation.document), "position": position, "series_key": e.series,
            "holder": e.holder, "holder_id": e.holder_id, "value": e.value, "low": e.low, "high": e.high,
            "approx": e.approx, "unit": e.unit, "said_on": e.said_on, "sentence": e.citation.sentence,
            "origin": e.origin, "previous": e.previous, "why": e.why}


def _position(estimates: Sequence[Estimate], estimate: Estimate | None, place: dict[int, int]) -> int | None:
    if estimate is None:
        return None
    return place.get(id(estimate), next((k for k, e in enumerate(estimates) if e == estimate), None))


def _stored_records(session: Session, table: Any, documents: list[int], record) -> dict:
    """(document id, span) -> [(row id, record)] in position order, for the documents of a picture."""
    found: dict = defaultdict(list)
    for start in range(0, len(documents), 500):
        chunk = documents[start:start + 500]
        for row in session.scalars(select(table).where(table.document_id.in_(chunk))
                                   .order_by(table.document_id, table.position)):
            found[(str(row.document_id), (row.span_start, row.span_end))].append((row.id, record(row)))
    return found


def _match(found: dict, document: str, consolidated: Any) -> tuple[int, dict[str, Any] | None]:
    """The stored row of a record consolidation handed on, and what consolidation amended in it
    (a stance it read anew, the day a headline leads with): the fields that differ, as JSON."""
    candidates = found.get((document, tuple(consolidated.span)))
    if not candidates:
        raise LookupError(f"document {document}: no stored record at {consolidated.span}; "
                          "the store changed during consolidation")
    best = min(candidates, key=lambda c: len(_amended(c[1], consolidated) or ()))
    if len(candidates) > 1:  # two records at one span: each is handed on once
        candidates.remove(best)
    return best[0], _amended(best[1], consolidated)


def _amended(stored: Any, consolidated: Any) -> dict[str, Any] | None:
    changed = {f.name: getattr(consolidated, f.name) for f in fields(consolidated)
               if getattr(consolidated, f.name) != getattr(stored, f.name)}
    return _jsonable(changed) if changed else None


def _amend(record: Any, amended: dict[str, Any] | None) -> Any:
    if not amended:
        return record
    return replace(record, **{k: tuple(v) if isinstance(v, list) else v for k, v in amended.items()})


def _insert(session: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    connection = session.connection()
    for start in range(0, len(rows), INSERT_CHUNK):
        connection.execute(insert(table.__table__), rows[start:start + INSERT_CHUNK])


def _insert_returning(session: Session, table: Any, rows: list[dict[str, Any]]) -> dict[str, int]:
    """Insert rows that have a unique `key`; key -> new row id."""
    _insert(session, table, rows)
    keys = [r["key"] for r in rows]
    ids: dict[str, int] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        ids.update((k, i) for k, i in session.execute(select(table.key, table.id).where(table.key.in_(chunk))))
    return ids


# -- reading ---------------------------------------------------------------------------------

def read_picture(session: Session, summary: dict[str, Any]) -> Picture:
    """The whole stored picture, as consolidation made it."""
    documents = _documents(session)
    actors = tuple(_actor(row, names) for row, names in _actors_with_names(session))
    # A claim whose every statement went with a re-read document waits, empty, for the next update: not shown.
    claims = tuple(c for c in read_claims(session, session.scalars(select(ClaimRow).order_by(*CLAIM_ORDER)).all(),
                                          documents) if c.statements)
    series, loose = _series(session, documents)
    reports = tuple(ReportOrigin(str(r.document_id), r.origin, r.reason, documents[r.document_id][3])
                    for r in session.scalars(select(OriginRow).order_by(OriginRow.position)))
    return Picture(
        actors=actors, claims=claims, series=series, documents=len(reports), outlets=tuple(summary["outlets"]),
        independent_reports=summary["independent_reports"], first_date=summary["first_date"],
        last_date=summary["last_date"], topic=summary.get("topic"),
        contradictions=tuple(x for c in claims for x in c.contradictions) + tuple(
            x for s in series for x in s.contradictions),
        reports=reports, loose_figures=loose)


def summary_from_rows(session: Session, topic: str | None = None) -> dict[str, Any]:
    """The picture's summary (outlets, independent reports, first and last day) from its origin rows,
    counted by the database (a few aggregates, not every origin row brought over)."""
    outlets = session.scalars(select(OutletRow.name).join(DocumentRow, DocumentRow.outlet_id == OutletRow.id)
                              .join(OriginRow, OriginRow.document_id == DocumentRow.id)
                              .group_by(OutletRow.name).order_by(func.min(OriginRow.position))).all()
    reports, first, last = session.execute(
        select(func.count(OriginRow.origin.distinct()), func.min(DocumentRow.published),
               func.max(DocumentRow.published)).join(DocumentRow, DocumentRow.id == OriginRow.document_id)).one()
    return {"outlets": list(outlets), "independent_reports": reports, "first_date": _iso(first),
            "last_date": _iso(last), "topic": topic}


def _iso(day: Any) -> str | None:
    """A day as ISO text, whether the database gave a date or (SQLite, in an aggregate) its text."""
    return None if day is None else day if isinstance(day, str) else day.isoformat()


def summary_of(picture: Picture) -> dict[str, Any]:
    return {"outlets": list(picture.outlets), "independent_reports": picture.independent_reports,
            "first_date": picture.first_date, "last_date": picture.last_date, "topic": picture.topic}


def _documents(session: Session, ids: Iterable[int] | None = None) -> dict[int, tuple]:
    """document id -> (outlet, published ISO day, url, source id)."""
    stmt = (select(DocumentRow.id, OutletRow.name, DocumentRow.published, DocumentRow.url, DocumentRow.source_id)
            .outerjoin(OutletRow, OutletRow.id == DocumentRow.outlet_id))
    if ids is not None:
        stmt = stmt.where(DocumentRow.id.in_(sorted(set(ids))))
    return {i: (outlet, day.isoformat() if day else None, url, source) for i, outlet, day, url, source
            in session.execute(stmt)}


def _actors_with_names(session: Session) -> list[tuple[ActorRow, list[str]]]:
    names: dict[int, list[str]] = defaultdict(list)
    for actor_id, name in session.execute(select(ActorNameRow.actor_id, ActorNameRow.name)
                                          .where(ActorNameRow.position >= 0)
                                          .order_by(ActorNameRow.actor_id, ActorNameRow.position)):
        names[actor_id].append(name)
    return [(row, names[row.id]) for row in session.scalars(select(ActorRow).order_by(ActorRow.rank))]


def _actor(row: ActorRow, names: list[str]) -> Actor:
    return Actor(id=row.key, name=row.name, kind=row.kind, org=row.org, country=row.country, role=row.role,
                 names=tuple(names), reasons=tuple(row.reasons),
                 statements=row.statements)


def read_claims(session: Session, rows: Sequence[ClaimRow], documents: dict[int, tuple] | None = None) -> list[Claim]:
    """Claims with their member statements, in the order of `rows`."""
    members = read_members(session, [r.id for r in rows])
    if documents is None:
        documents = _documents(session, (m.document_id for pairs in members.values() for m, _ in pairs))
    return [_claim(row, members[row.id], documents) for row in rows]


def read_members(session: Session, claims: Sequence[int], statements: Sequence[int] | None = None
                 ) -> dict[int, list[tuple[ClaimMemberRow, StatementRow]]]:
    """claim row id -> its (member, statement) rows in stored order; with `statements`, only those."""
    members: dict[int, list[tuple[ClaimMemberRow, StatementRow]]] = defaultdict(list)
    for start in range(0, len(claims), 500):
        stmt = (select(ClaimMemberRow, StatementRow).join(StatementRow, StatementRow.id == ClaimMemberRow.statement_id)
                .where(ClaimMemberRow.claim_id.in_(claims[start:start + 500]))
                .order_by(ClaimMemberRow.claim_id, ClaimMemberRow.position))
        if statements is not None:
            stmt = stmt.where(ClaimMemberRow.statement_id.in_(statements))
        for member, statement in session.execute(stmt):
            members[member.claim_id].append((member, statement))
    return members


def _citation(document_id: int, sentence: str, documents: dict[int, tuple]) -> Citation:
    outlet, published, url, _ = documents.get(document_id, (None, None, None, None))
    return Citation(str(document_id), outlet, published, sentence, url)


def member_evidence(members: Iterable[tuple[ClaimMemberRow, StatementRow]], documents: dict[int, tuple]
                    ) -> list[Evidence]:
    """Member rows as consolidation handed them on, in chronological order (statements added to a
    stored claim since it was grouped are stored after its older ones: `claim_extend`)."""
    return chronological([evidence_of(m, s, documents) for m, s in members])


def evidence_of(member: ClaimMemberRow, statement: StatementRow, documents: dict[int, tuple]) -> Evidence:
    """One member row as consolidation handed it on."""
    return Evidence(document=str(member.document_id), statement=_amend(statement_record(statement), member.amended),
                    actor=member.actor, speaker=member.speaker, said_on=member.said_on,
                    citation=_citation(member.document_id, member.sentence, documents), origin=member.origin,
                    source=member.source)


def _claim(row: ClaimRow, members: list[tuple[ClaimMemberRow, StatementRow]], documents: dict[int, tuple]) -> Claim:
    evidence = tuple(member_evidence(members, documents))
    return Claim(id=row.key, label=row.label, terms=tuple(row.terms), status=row.status, status_text=row.status_text,
                 independent_sources=row.independent_sources, statements=evidence,
                 timeline=tuple(_timeline_entry(t) for t in row.timeline),
                 contradictions=tuple(_contradiction(x) for x in row.contradictions), documents=row.documents,
                 copies_discounted=row.copies_discounted, frame=row.frame)


def _timeline_entry(data: dict[str, Any]) -> TimelineEntry:
    return TimelineEntry(**{**data, "citation": Citation(**data["citation"])})


def _contradiction(data: dict[str, Any]) -> Contradiction:
    return Contradiction(**{**data, "first": Citation(**data["first"]), "second": Citation(**data["second"])})


def _series(session: Session, documents: dict[int, tuple]) -> tuple[tuple[EstimateSeries, ...], tuple[Estimate, ...]]:
    rows = session.scalars(select(SeriesRow).order_by(SeriesRow.rank)).all()
    return series_rows(session, rows, documents, loose=True)


def estimate_of(figure: FigureRow, quantity: QuantityRow, documents: dict[int, tuple]) -> Estimate:
    """A stored figure as consolidation made it (`documents`: see `_documents`)."""
    return Estimate(
        series=figure.series_key, holder=figure.holder, quantity=_amend(quantity_record(quantity), figure.amended),
        value=figure.value, low=figure.low, high=figure.high, approx=figure.approx, unit=figure.unit,
        said_on=figure.said_on, citation=_citation(figure.document_id, figure.sentence, documents),
        origin=figure.origin, previous=figure.previous, holder_id=figure.holder_id, why=figure.why)


def series_rows(session: Session, rows: Sequence[SeriesRow], documents: dict[int, tuple] | None = None,
                loose: bool = False, latest_only: bool = False) -> tuple[tuple[EstimateSeries, ...], tuple[Estimate, ...]]:
    """The series of `rows` with their figures (and, with `loose`, the figures no series measures;
    with `latest_only`, only each holder's latest figure, as a summary needs)."""
    figures: dict[int | None, list[Estimate]] = defaultdict(list)
    at: dict[tuple[int | None, int], Estimate] = {}  # (series, position) -> figure: positions outlive deletions
    stmt = (select(FigureRow, QuantityRow).join(QuantityRow, QuantityRow.id == FigureRow.quantity_id)
            .order_by(FigureRow.series_id, FigureRow.position))
    if not loose:  # some series; else all, and the loose figures
        stmt = stmt.where(FigureRow.series_id.in_([r.id for r in rows]))
    if latest_only:
        stmt = stmt.where(or_(*[(FigureRow.series_id == r.id) & FigureRow.position.in_([k for k in r.latest if k is not None])
                                for r in rows]))
    pairs = session.execute(stmt).all()
    if documents is None:
        documents = _documents(session, (f.document_id for f, _ in pairs))
    for figure, quantity in pairs:
        figures[figure.series_id].append(estimate := estimate_of(figure, quantity, documents))
        at[(figure.series_id, figure.position)] = estimate
    series = []
    for row in rows:  # figures appended by later updates come in position order: shown by date
        estimates = tuple(sorted(figures[row.id], key=lambda e: (e.said_on or "", e.citation.published or "",
                                                                  e.citation.document)))
        series.append(EstimateSeries(
            id=row.key, label=row.label, unit=row.unit, place=row.place, estimates=estimates,
            latest=tuple(at[(row.id, k)] for k in row.latest if (row.id, k) in at), low=row.low, high=row.high,
            conservative=row.conservative, conservative_from=at.get((row.id, row.conservative_from)),
            contradictions=tuple(_contradiction(x) for x in row.contradictions)))
    return tuple(series), tuple(figures[None])
