"""Repairs to the parse that reading reports depends on, made once after the parser runs.

The parser sometimes hangs a second act of the speaker on the first as its complement:
in "X said crews were on their way but warned that ...", "warned" comes out as a
second clause said by X, with no subject, instead of X's second act. A complement
clause always has a subject of its own; one that has none after "but" or "and" is the
speaker's coordinated act, and is rejoined as one.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .stance import verb_cue


def rejoin_coordinated_acts(doc: Doc) -> None:
    """Make "but warned that ..." a conjunct of the act it follows, not a clause it reports."""
    for token in doc:
        if _coordinated_act_misread(token):
            token.dep_ = "conj"
            doc[token.i - 1].head = token.head  # the "but" joins the two acts, not the first act's clause


def _coordinated_act_misread(token: Token) -> bool:
    """A reporting verb hung as a subjectless complement on the reporting verb before it, right after
    "but" or "and": the parser's reading of a second act as something the first reports."""
    head = token.head
    if token.dep_ != "ccomp" or token.tag_ not in ("VBD", "VBZ") or head.i > token.i or head.i == token.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in token.children):
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is None or before.dep_ != "cc" or before.lower_ not in ("but", "and"):
        return False
    return verb_cue(head) is not None and verb_cue(token) is not None
