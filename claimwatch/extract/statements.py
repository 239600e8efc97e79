"""Statements: who said what, with which stance.

First version: a reporting cue (from `data/cues.tsv`) with a nominal subject is a
statement by that subject; negation flips the stance. The Statements issue
extends this to quotes, "according to", coreference and dates.
"""
from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from ..models import Statement, TimeExpr
from .lexicon import read_table


def _cues() -> dict[str, dict[str, str]]:
    return {row["lemma"]: row for row in read_table("cues")}


def find_statements(doc: Doc, times: list[TimeExpr], published: date | None) -> list[Statement]:
    """One Statement per reporting cue whose subject names a source."""
    cues = _cues()
    out = []
    for token in doc:
        cue = cues.get(token.lemma_.lower())
        if cue is None or token.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ == "PRON":
            continue
        negated = any(c.dep_ == "neg" for c in token.children)
        stance = cue["negated"] if negated else cue["stance"]
        sent = token.sent
        speaker = doc[subject.left_edge.i : subject.i + 1]
        out.append(Statement(
            speaker=speaker.text, stance=stance, span=(sent.start_char, sent.end_char),
            cue=token.text, content=sent.text, speaker_span=(speaker.start_char, speaker.end_char),
        ))
    return out
