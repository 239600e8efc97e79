"""Building the situation picture from (Document, Extraction, duplicate_of) triples."""
from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from ..models import Quantity, Statement
from .actors import ActorIndex, Mention, resolve_actors
from ..extract.countries import country_name
from .claim_text import key_terms, label_of
from .claim_figures import _ends
from .claim_tally import ClaimTally
from .claims import Said, frame_keys, frame_of, group_with_seeds, said_in
from .described_figures import sources_given
from .corpus import Report, Triple, reports as read_reports
from .document_counts import Counts, corpus_weights, document_keys
from .estimates import Holder, assign_series, find_estimates
from .holders import figure_source
from .independence import relay_sources, report_origins, source_key
from .names import InstitutionIndex
from .overrides import Overrides
from .records import Actor, Claim, Evidence, Picture, ReportOrigin
from .tables import STATE_KINDS, institutions, read_table, words
from .timeline import chronological, history


def build_picture(triples: Iterable[Triple], *, overrides: Overrides | None = None,
                  since: date | None = None, topic: str | None = None, actors: ActorIndex | None = None) -> Picture:
    """One situation picture (actors, claims, estimate series, timelines) from many reports.

    Args:
        triples: (Document, Extraction, id of the document it duplicates or None), as
            `Store.corpus()` yields them or as built from documents extracted in memory.
        overrides: the user's aliases file (names to join or keep apart).
        since: leave out documents published before this day.
        topic: keep only documents whose title or text holds every word of it.
        actors: the actors resolved beforehand (`picture_actors`) from these documents and more: the
            store's update resolves them over a larger neighbourhood than the statements it regroups.
    """
    return _build(triples, overrides=overrides, since=since, topic=topic, actors=actors).picture


StatementKeys = dict[tuple[str, tuple[int, int]], frozenset[str]]
"""(document id, statement span) -> the keys its claim is looked up by (`lookup_keys`)."""


@dataclass(frozen=True)
class IndexedPicture:
    """A picture with what the store keeps beside it to update it one neighbourhood at a time."""

    picture: Picture
    keys: StatementKeys  # what each statement's claim is looked up by
    counted: dict[str, frozenset[str]]  # per document, the keys it counts towards (`document_keys`)
    tallies: dict[str, ClaimTally]  # claim id -> what grouping weighs it by (`claim_tally`), a seed's whole
    seeded: dict[str, int]  # claim id -> the seed it continues (its index in `seeds`): its new statements only


def indexed_picture(triples: Iterable[Triple], *, overrides: Overrides | None = None,
                    actors: ActorIndex | None = None, counts: Counts | None = None,
                    grouped: Grouped | None = None, seeds: Sequence[ClaimTally] = ()) -> IndexedPicture:
    """`build_picture`, the keys each statement's claim is looked up by (what the store indexes its
    claims by, so that an update finds the claims a new statement may join as grouping would) and the
    keys each document counts towards (so that an update weighs words and frames as a rebuild would).
    With `counts`, statements are grouped with the corpus's counts of documents, not their own; with
    `grouped`, only the statements it accepts are grouped into claims (a neighbourhood's older documents
    take part with the statements of the claims regrouped), while figures are read with all of them.
    With `seeds`, stored claims take part by their tallies (`claims.group_with_seeds`): the claims that
    continue one hold only the statements that joined it."""
    built = _build(triples, overrides=overrides, actors=actors, counts=counts, grouped=grouped, seeds=seeds)
    said = built.said
    return IndexedPicture(built.picture, {(s.report.id, tuple(s.statement.span)): lookup_keys(s) for s in said},
                          document_keys(said), built.tallies, built.seeded)


def statement_keys(triples: Iterable[Triple], *, overrides: Overrides | None = None,
                   actors: ActorIndex | None = None) -> StatementKeys:
    """The keys each statement of these documents looks its claim up by (`lookup_keys`), read as
    `build_picture` reads them (with `actors`: resolved beforehand)."""
    overrides = overrides or Overrides()
    reports = read_reports(triples)
    index = InstitutionIndex([*institutions(), *overrides.institutions])
    outlets = tuple(dict.fromkeys(r.outlet for r in reports if r.outlet))
    actors = actors if actors is not None else resolve_actors(_mentions(reports), overrides, outlets)
    return {(s.report.id, tuple(s.statement.span)): lookup_keys(s) for s in said_in(reports, _resolver(actors, index))}


def lookup_keys(said: Said) -> frozenset[str]:
    """What `group_statements` finds a statement's candidate claims by besides its words: its frame's
    event and each event with a participant (`frame_keys`, every one: how rare a key is depends on the
    corpus, so the reader decides which to use), each measure with each end of its figures, and the
    sources whose figures it gives or describes (`described_figures.sources_given`)."""
    keys = {f"F:{a}|{b}" for a, b in frame_keys(said.frame, lambda _: 1.0)}
    keys |= {f"G:{measure}|{end:g}" for measure, number, _, _ in said.figures for end in _ends(number)}
    keys |= {f"H:{source}" for source in sources_given(said)}  # "the toll the UN published" finds the UN's figures
    return frozenset(keys)


def _build(triples: Iterable[Triple], *, overrides: Overrides | None = None, since: date | None = None,
           topic: str | None = None, actors: ActorIndex | None = None,
           counts: Counts | None = None, grouped: Grouped | None = None,
           seeds: Sequence[ClaimTally] = ()) -> "_Built":
    overrides = overrides or Overrides()
    reports = read_reports(triples, since=since, topic=topic)
    index = InstitutionIndex([*institutions(), *overrides.institutions])
    origins = report_origins(reports, index)
    origin_of = {doc: o.key for doc, o in origins.items()}
    outlets = tuple(dict.fromkeys(r.outlet for r in reports if r.outlet))
    actors = actors if actors is not None else resolve_actors(_mentions(reports), overrides, outlets)
    said = said_in(_only(reports, grouped) if grouped else reports, _resolver(actors, index))
    weights, rarity = corpus_weights(said, counts(said)) if counts is not None else (None, None)
    groups, seed_of, tallies = group_with_seeds(said, seeds, weights=weights, rarity=rarity)
    outlet_of_origin = {r.id: r.outlet for r in reports}
    outlet_of_origin.update({o.key: o.outlet for o in origins.values()})
    claims = [_claim(f"c{n}", members, actors, origin_of, outlet_of_origin)
              for n, members in enumerate(groups, start=1)]
    seeded = {c.id: seed for c, seed in zip(claims, seed_of) if seed is not None}
    claims_in_order = list(claims)
    claims.sort(key=lambda c: (-c.independent_sources, -(c.status in ("disputed", "denied")), -len(c.statements),
                               c.id))
    found = find_estimates(reports, _holder(actors, outlets), origin_of)
    series, loose = assign_series(found)
    counts = Counter(e.actor for c in claims for e in c.statements)
    actor_list = tuple(replace(a, statements=counts.get(a.id, 0)) for a in actors.actors)
    days = sorted(r.published for r in reports if r.published)
    picture = Picture(
        actors=actor_list, claims=tuple(claims), series=tuple(series), documents=len(reports),
        outlets=outlets, independent_reports=len(set(origin_of.values())),
        first_date=days[0] if days else None, last_date=days[-1] if days else None, topic=topic,
        contradictions=tuple(x for c in claims for x in c.contradictions) + tuple(
            x for s in series for x in s.contradictions),
        reports=tuple(ReportOrigin(r.id, origins[r.id].key, origins[r.id].reason, r.document.source_id)
                      for r in reports),
        loose_figures=tuple(loose))
    return _Built(picture, said, {c.id: t for c, t in zip(claims_in_order, tallies)}, seeded)


@dataclass(frozen=True)
class _Built:
    picture: Picture
    said: list[Said]
    tallies: dict[str, ClaimTally]
    seeded: dict[str, int]


Grouped = Callable[[str, Statement], bool]
"""(document id, statement) -> whether to group it into claims."""


def _only(reports: list[Report], grouped: Grouped) -> list[Report]:
    """The reports with only the statements `grouped` accepts."""
    return [replace(r, extraction=replace(r.extraction, statements=[s for s in r.extraction.statements
                                                                    if grouped(r.id, s)])) for r in reports]


def picture_actors(triples: Iterable[Triple], *, overrides: Overrides | None = None,
                   outlets: Iterable[str] = ()) -> ActorIndex:
    """The actors of these documents as `build_picture` resolves them; `outlets` names outlets beyond
    theirs (a store's), so a part of a corpus reads a cited outlet as the whole corpus would."""
    reports = read_reports(triples)
    names = tuple(dict.fromkeys([*(r.outlet for r in reports if r.outlet), *outlets]))
    return resolve_actors(_mentions(reports), overrides or Overrides(), names)


def _mentions(reports: list[Report]) -> Iterable[Mention]:
    for report in reports:
        text = report.document.text
        entities = {(e.span[0], e.span[1]): e.label for e in report.extraction.entities}
        by_text = {e.text: e.label for e in report.extraction.entities}
        headline_end = text.find("\n")  # a one-line document has no headline apart from its text
        for s in report.extraction.statements:
            context, after, label = "", "", by_text.get(s.speaker)
            start = s.speaker_span[0] if s.speaker_span else s.span[0]
            if s.speaker_span:
                context = _sentence_before(text, s.speaker_span[0]) + _title_in_span(
                    text[s.speaker_span[0]:s.speaker_span[1]], s.speaker)
                after = text[s.speaker_span[1]:s.speaker_span[1] + 100]
                label = entities.get(tuple(s.speaker_span), label)
            yield Mention(s.speaker, report.id, s.speaker_org, s.speaker_country, context, label, after, start,
                          report.outlet, in_headline=0 <= start < headline_end)
        for q in report.extraction.quantities:
            if q.holder:
                yield Mention(q.holder, report.id, label=by_text.get(q.holder), start=q.span[0], outlet=report.outlet,
                              in_headline=0 <= q.span[0] < headline_end)


def _sentence_before(text: str, end: int, width: int = 120) -> str:
    """The words of the name's sentence before it ("The spokesman, " in "The spokesman, Tarek Salim, said"),
    even when the statement's span begins at the name."""
    before = text[max(0, end - width):end]
    cut = max(before.rfind(". "), before.rfind("\n"))
    return before[cut + 1:] if cut >= 0 else before


def _title_in_span(written: str, speaker: str) -> str:
    """"FSB director " when the speaker span reads "08:05 - FSB director Alexander Bortnikov" and the speaker is
    the name: the words written before the name inside the span title it."""
    at = written.find(speaker)
    if at < 0 and written.strip() and not any(w[:1].isupper() for w in written.split()[1:]):
        return written.split("\n")[-1] + ", "  # the span is the title ("Derna's deputy mayor"), the name follows
    return written[:at].split("\n")[-1] if at > 0 else ""


def _actor(actors: ActorIndex, name: str, document: str) -> Actor:
    found = actors.actor_for(name, document)
    return found or Actor(id=name.lower(), name=name, kind="group")


def _claim(claim_id: str, members: list[Said], actors: ActorIndex, origin_of: dict[str, str],
           outlet_of_origin: dict[str, str | None]) -> Claim:
    who = [_actor(actors, m.statement.speaker, m.report.id) for m in members]
    origins = [origin_of.get(m.report.id, m.report.id) for m in members]
    keys = [(a, origin, source_key(a, origin, outlet_of_origin.get(origin))) for a, origin in zip(who, origins)]
    sources = relay_sources(keys, outlet_of_origin)
    evidence = [Evidence(document=m.report.id, statement=m.statement, actor=a.id, speaker=a.name,
                         said_on=m.report.said_on(m.statement), citation=m.report.cite(m.statement.span),
                         origin=origin, source=source)
                for m, a, (_, origin, _), source in zip(members, who, keys, sources)]
    past = history(claim_id, evidence)
    asserting = [e for e in evidence if e.stance == "assert"]
    return Claim(
        id=claim_id, label=label_of(members, lambda m: who[members.index(m)].name), terms=key_terms(members), frame=frame_of(members), status=past.status,
        status_text=past.status_text, independent_sources=past.sources, statements=tuple(chronological(evidence)),
        timeline=past.timeline, contradictions=past.contradictions,
        documents=len({e.document for e in evidence}),
        copies_discounted=len(asserting) - past.sources)


def _resolver(actors: ActorIndex, index: InstitutionIndex):
    """A name in a document -> what it stands for in a proposition, so claims compare participants as actors.

    A state's voice (its ministries, its president, "the Kremlin", "Kyiv") stands for its country:
    "Kyiv denied any involvement" and "Zelensky denied Ukraine had a role" are one participant,
    Ukraine. Another actor stands for itself, by id; a name no source carried, for the
    institution the table says it is ("ISIS" is the Islamic State)."""
    def resolve(name: str, document: str) -> str | None:
        found = actors.actor_for(name, document)
        if found is not None:
            return (_speaks_for_state(found) and _country(found.country)) or found.id
        known = index.exact(name.removeprefix("the ").removeprefix("The "))
        if known is not None:
            return (known.kind in STATE_KINDS and _country(known.country)) or known.name
        return None
    return resolve


def _country(code: str | None) -> str | None:
    """A country's name, for a code the country table knows (not a user-assigned one like "XM")."""
    name = country_name(code) if code else None
    return name if name and name != code else None


def _speaks_for_state(actor: Actor) -> bool:
    """An organ or office of a state: a country, and an office word in its role ("president", "spokesman")
    or a state body's head noun in its name or organisation ("ministry", "government", "army")."""
    if not actor.country or actor.kind not in ("person", "institution"):
        return False
    said = " ".join(x for x in (actor.name, actor.org or "", actor.role or "") if x).lower()
    found = set(re.findall(r"[a-z]+", said))
    return bool(found & _office_words()) or actor.name in _seats()


@functools.lru_cache(maxsize=1)
def _office_words() -> frozenset[str]:
    return words("org_words", "word") | words("titles", "title")


@functools.lru_cache(maxsize=1)
def _seats() -> frozenset[str]:
    return frozenset(row["institution"] for row in read_table("seats_of_government"))


def _holder(actors: ActorIndex, outlets: tuple[str, ...] = ()):
    """The figure's source as an actor of the picture; None (the outlet's own figure) when no source is named."""
    def holder(report: Report, quantity: Quantity, statement: Statement | None) -> Holder:
        name, why = figure_source(report, quantity, statement, outlets)
        if name:
            raw = [r for r in (statement.speaker if statement else None, quantity.holder)  # as the mention carried it
                   if r and r != name and r.split("\n")[-1].strip().rstrip(".,;:") == name]
            actor = next((a for a in (actors.actor_for(n, report.id) for n in [name, *raw]) if a), None) \
                or _actor_by_key(actors, name) or actors.holding_office(name, report.id) \
                or _actor(actors, name, report.id)
            return Holder(actor.name, actor.id, why)
        return Holder(report.outlet or "unattributed", None, why)
    return holder


def _actor_by_key(actors: ActorIndex, name: str) -> Actor | None:
    """A name no mention carried (a figure's source read from its sentence) may still be an actor's own name."""
    key = re.sub(r"[^a-z0-9]+", "-", re.sub(r"^(?:the|a|an)\s+", "", name.strip().lower())).strip("-")
    return next((a for a in actors.actors if a.id == key), None)
