"""Grouping weighs words and frames by the corpus's document counts, whichever part of it it groups."""
from __future__ import annotations

from ostria_story import story

from claimwatch.consolidate.claims import document_weights, frame_rarity, group_statements, said_in
from claimwatch.consolidate.corpus import reports
from claimwatch.consolidate.document_counts import corpus_weights, document_keys


def _said():
    return said_in(reports(story()))


def _counts(said) -> dict[str, int]:
    counts: dict[str, int] = {}
    for keys in document_keys(said).values():
        for key in keys:
            counts[key] = counts.get(key, 0) + 1
    return counts


def _ids(groups) -> list[list[tuple[str, int]]]:
    return [[(s.report.id, s.index) for s in claim] for claim in groups]


def test_the_counts_of_the_statements_themselves_weigh_as_grouping_does_alone():
    said = _said()
    weights, rarity = corpus_weights(said, _counts(said))
    assert weights == document_weights(said)
    own = frame_rarity(said)
    keys = {k for s in said if s.frame for k in ("event:" + s.frame.event, *s.frame.participants)}
    assert keys and all(rarity(k) == own(k) for k in keys)
    assert _ids(group_statements(said, weights=weights, rarity=rarity)) == _ids(group_statements(said))


def test_a_part_of_the_corpus_weighs_its_words_as_the_whole_corpus_does():
    said = _said()
    part = [s for s in said if s.report.id in ("herald-1", "post-1")]
    weights, rarity = corpus_weights(part, _counts(said))
    whole = document_weights(said)
    assert weights == {f: whole[f] for s in part for f in s.features}
    assert weights != document_weights(part)  # its own counts would weigh the story's words as rare
    event = next(s.frame.event for s in part if s.frame)
    assert rarity("event:" + event) == frame_rarity(said)("event:" + event)
