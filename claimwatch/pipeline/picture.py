"""The picture in the store: rebuilt whole, or kept up to date one neighbourhood at a time.

`reconsolidate` rebuilds it from every stored statement (after an upgrade, or for new
aliases). `update_picture` brings it up to date after writes: the documents not in it
yet are consolidated with the claims they may join, which candidate search finds through
the store's indexes (a claim's words, frames and figures), and the result replaces those claims; the
claims of deleted or re-read documents are regrouped the same way. Faces read the
stored picture (`picture_from_store`); none rebuilds it.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ClaimwatchError
from . import OnRejected, extract_files

if TYPE_CHECKING:
    from ..consolidate import ActorIndex, Overrides, Picture, Triple
    from ..store import Store

Progress = Callable[[str, int, "int | None"], None]  # phase, done so far, total (None when unknown)
_KEEP = object()  # reconsolidate with the aliases the stored picture was built with


@dataclass(frozen=True)
class Aliases:
    """An aliases file as the store keeps it beside the picture: where it was read from, and its text."""

    name: str
    text: str

    def overrides(self) -> "Overrides":
        from ..consolidate.overrides import overrides_from_text

        return overrides_from_text(self.text, self.name)

    def to_json(self) -> str:
        return json.dumps({"name": self.name, "text": self.text}, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, data: str | None) -> "Aliases | None":
        return cls(**json.loads(data)) if data else None


def read_aliases(path: str | Path | None) -> Aliases | None:
    """The aliases file at `path` (checked now, so a bad one fails before any work); None for none."""
    if path is None:
        return None
    try:
        aliases = Aliases(Path(path).name, Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ClaimwatchError(f"cannot read aliases file {path}: {exc.strerror or exc}") from None
    aliases.overrides()
    return aliases


def picture_of(triples: Iterable["Triple"], *, overrides: "Overrides | None" = None, since: date | None = None,
               topic: str | None = None, actors: "ActorIndex | None" = None) -> "Picture":
    """The situation picture of (document, extraction, duplicate_of) triples (with `actors`: resolved beforehand)."""
    from ..consolidate import build_picture

    return build_picture(triples, overrides=overrides, since=since, topic=topic, actors=actors)


def picture_from_files(sources: Iterable[str], *, overrides: "Overrides | None" = None, since: date | None = None,
                       topic: str | None = None, published: date | None = None, model: str | None = None,
                       on_rejected: OnRejected | None = None) -> "Picture":
    """Read and extract files in memory, then consolidate them."""
    triples = extract_files(sources, published=published, model=model, on_rejected=on_rejected)
    return picture_of(triples, overrides=overrides, since=since, topic=topic)


def reconsolidate(store: "Store", *, aliases: "Aliases | None | object" = _KEEP,
                  on_progress: Progress | None = None) -> "Picture":
    """Rebuild the whole stored picture from the stored statements (after an upgrade or new aliases).

    The corpus is read in chunks, consolidated, and the picture replaced in one
    transaction: an interrupted run leaves the previous picture whole, and running it
    again starts over. A store changed under the run (a document re-read meanwhile) is
    read again.
    """
    from ..consolidate.picture import indexed_picture

    if aliases is _KEEP:
        aliases = Aliases.from_json(store.picture_state()[1])
    overrides = aliases.overrides() if isinstance(aliases, Aliases) else None
    for _ in range(3):
        fingerprint = store.fingerprint()
        total = store.count()["documents"]
        built = indexed_picture(_counted(store.corpus(), on_progress, total), overrides=overrides)
        if on_progress:
            on_progress("writing", 0, None)
        try:
            store.save_picture(built.picture, fingerprint=fingerprint,
                               overrides=aliases.to_json() if isinstance(aliases, Aliases) else None, keys=built.keys,
                               counted=built.counted, tallies=built.tallies)
        except LookupError:
            continue  # a statement consolidated is gone: the store changed during the run
        return built.picture
    raise ClaimwatchError("the store kept changing while the picture was rebuilt; run `claimwatch reconsolidate` "
                          "again when writers are done")


UPDATE_BATCH = 100  # documents brought into the picture per transaction


def update_picture(store: "Store", *, on_progress: Progress | None = None) -> bool:
    """Bring the stored picture up to date with the stored documents; True when it had to change.

    The first picture of a store is built whole. After that, each batch of documents not in
    the picture yet is consolidated together with the claims its statements may join (found
    through the claims' words, frame and figure keys, as grouping finds them), and the result replaces those claims, in one transaction;
    claims that lost members to a deleted or re-read document are regrouped the same way.
    """
    fingerprint, stored_aliases, complete = store.picture_state()
    if not complete:
        reconsolidate(store, on_progress=on_progress)
        return True
    current = store.fingerprint()
    if fingerprint == current:
        return False
    aliases = Aliases.from_json(stored_aliases)
    overrides = aliases.overrides() if aliases else None
    done = 0
    while (step := _update_step(store, overrides, stored_aliases, current)) is not None:
        done += step
        if on_progress:
            on_progress("updating", done, None)
    return True


def _update_step(store: "Store", overrides: "Overrides | None", stored_aliases: str | None,
                 fingerprint: str) -> int | None:
    """One batch, tried again when another writer changed its records under it (the batch is then
    rolled back whole)."""
    from ..store import WriteRejected

    for attempt in range(3):
        try:
            return _one_batch(store, overrides, stored_aliases, fingerprint)
        except (LookupError, WriteRejected):
            if attempt == 2:
                raise ClaimwatchError("the picture could not be updated: its records kept changing; "
                                      "run `claimwatch reconsolidate`") from None
    return None


def _one_batch(store: "Store", overrides: "Overrides | None", stored_aliases: str | None,
               fingerprint: str) -> int | None:
    """One batch into the picture; the number of documents it brought in, or None when all are in.

    The neighbourhood is consolidated with the rebuild's own functions: actors are resolved
    (`picture_actors`) over the new documents and, whole, the stored documents that name the
    stored actors they may be; claims are grouped over the new statements and those of the claims
    they may join; series over the new figures and those of their measures' series.
    """
    from ..consolidate.claim_text import features
    from ..consolidate.corpus import reports
    from ..store.picture_changes import record_changes, snapshot
    from ..consolidate.estimates import measured
    from ..consolidate.picture import indexed_picture, picture_actors, statement_keys
    from ..store.picture_counts import corpus_counts, word_weights
    from ..store.picture_rows import summary_from_rows
    from ..store.claim_extend import seed_claims
    from ..store.picture_update import (actor_documents, candidate_actors, candidate_claims, candidate_series,
                                        dirty_claims, documents_in_picture, figures_by_document,
                                        members_by_document, resum_dirty_series, splice, stale_claims,
                                        stored_mentions)

    with store.picture_transaction() as session:
        pending = store.documents_outside_picture(UPDATE_BATCH)
        dirty = dirty_claims(session)
        if not pending and not dirty:
            resum_dirty_series(session)
            store.mark_picture(session, fingerprint, stored_aliases, summary_from_rows(session))
            return None
        new = list(store.corpus_of(pending))
        read = reports(new)
        outlets = store.outlet_names()
        own = picture_actors(new, overrides=overrides, outlets=outlets)
        # Candidate claims are found as grouping finds them: by content words (weighed by their idf in the
        # corpus), and by frame and figure keys.
        words = [features(r, s) for r in read for s in r.extraction.statements]
        terms = [{f.removeprefix("E:") for f in w} for w in words]
        keys = [set(k) for k in statement_keys(new, overrides=overrides, actors=own).values()]
        replaced = candidate_claims(session, terms, keys, weights=word_weights(session, words)) | dirty
        in_picture = documents_in_picture(session) + len(pending)
        stale, joinable = stale_claims(session, in_picture)
        replaced |= stale | joinable
        # Wide claims are weighed by their stored tallies, not re-read (issue 13): new statements may join
        # them, and are added to them; the others are regrouped whole with the new statements.
        seeds = seed_claims(session, replaced - dirty - stale)
        replaced -= {seed.row_id for seed in seeds}
        held = members_by_document(session, replaced)
        measures = {what.label for r in read for q in r.extraction.quantities if (what := measured(r, q))}
        replaced_series = candidate_series(session, measures)
        counted = set(held) | set(figures_by_document(session, replaced_series))
        # The documents new ones copy (for their origin) and the corpus's first (its first day bounds
        # how early a statement's own date is believed) take part as texts only.
        texts = {int(duplicate_of) for _, _, duplicate_of in new if duplicate_of} | set(store.first_published())
        # Who the new documents' sources are is decided with the stored documents that name the stored
        # actors they may be (by name, or a person's surname), read whole, as a rebuild reads them.
        candidates = candidate_actors(session, own.actors)
        namers = actor_documents(session, candidates)
        others = (counted | texts | namers) - set(pending)
        whole = list(store.corpus_of(sorted(others))) if others else []
        actors = picture_actors([*new, *whole], overrides=overrides, outlets=outlets)
        stored_of: dict[str, Counter] = defaultdict(Counter)  # local actor -> stored ones it holds mentions of
        spoken_of: dict[str, Counter] = defaultdict(Counter)  # the same, of statements only
        for document, name, key, spoken in stored_mentions(session, others):
            found = actors.actor_for(name, document)
            if found is not None:
                stored_of[found.id][key] += 1
                if spoken:
                    spoken_of[found.id][key] += 1
        # Older documents take part with the statements of the claims being regrouped only: every
        # other statement of theirs stays in the claim it is in (but is read, with its speaker, for
        # the figures regrouped).
        old = [(d, replace(x, quantities=x.quantities if int(d.id) in counted else []), dup)
               for d, x, dup in whole if int(d.id) in counted | texts]
        fresh = {str(i) for i in pending}

        def grouped(document: str, statement) -> bool:
            return document in fresh or tuple(statement.span) in held.get(int(document), ())

        # Words and frames are weighed by the corpus's counts of documents, as a rebuild weighs them.
        local = indexed_picture([*new, *old], overrides=overrides, actors=actors, counts=corpus_counts(session, fresh),
                                grouped=grouped, seeds=[seed.tally for seed in seeds])
        # what changes are told against (store.picture_changes)
        before = snapshot(session, replaced, extended={seed.row_id for seed in seeds})
        splice(session, local.picture, new_documents=fresh, replaced=replaced, stored_of=stored_of,
               spoken_of=spoken_of, whole=candidates, replaced_series=replaced_series, keys=local.keys,
               counted=local.counted, tallies=local.tallies,
               seeded={claim: seeds[n] for claim, n in local.seeded.items()})
        resum_dirty_series(session)
        record_changes(session, before, pending)
        return len(pending)


def picture_from_store(store: "Store", *, aliases: Aliases | None = None, since: date | None = None,
                       topic: str | None = None) -> "Picture":
    """The stored picture, brought up to date first (rebuilt only when `aliases` differ from the
    stored ones); with `since` or `topic`, only the parts from the documents they select."""
    from ..consolidate.window import within

    if aliases is not None and aliases.to_json() != store.picture_state()[1]:
        reconsolidate(store, aliases=aliases)
    else:
        update_picture(store)
    picture = store.load_picture()
    assert picture is not None  # just brought up to date
    if since is not None or topic:
        picture = within(picture, {str(i) for i in store.document_ids(since=since, topic=topic)}, topic=topic)
    return picture


def _counted(triples: Iterable["Triple"], on_progress: Progress | None, total: int) -> Iterator["Triple"]:
    for n, triple in enumerate(triples, start=1):
        if on_progress and (n % 50 == 0 or n == total):
            on_progress("reading", n, total)
        yield triple
