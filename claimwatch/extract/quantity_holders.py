"""Who gives a number: the speaker of the statement it sits in, else the author (None).

The statements stage does the real attribution; a number inside a statement's
content (or, failing that, its span) belongs to that statement's speaker. When
no statement covers the number, the sentence is read for the two commonest
attributions: "according to X" and a reporting verb whose subject is X.
"""
from __future__ import annotations

import functools

from spacy.tokens import Doc, Span, Token

from ..models import Statement
from .lexicon import read_table

_SUBJECTS = ("nsubj", "nsubjpass")
_CLAUSE_STARTS = {"which", "who", "whose", "that", "but", "as", "while", "when"}


@functools.lru_cache(maxsize=1)
def _cue_lemmas() -> frozenset[str]:
    return frozenset(row["lemma"].lower() for row in read_table("cues") if row.get("pos", "VERB") != "NOUN")


def find_holder(doc: Doc, span: Span, statements: list[Statement]) -> str | None:
    """The speaker giving the number at `span`, or None when the author states it."""
    where = (span.start_char, span.end_char)
    by_content = [s for s in statements if s.content_span and _inside(where, s.content_span)]
    if by_content:
        return min(by_content, key=lambda s: s.content_span[1] - s.content_span[0]).speaker
    by_span = [s for s in statements if _inside(where, s.span) and not _in_speaker(where, s)]
    if by_span:
        return min(by_span, key=lambda s: s.span[1] - s.span[0]).speaker
    return _holder_in_sentence(span, statements)


def _inside(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _in_speaker(where: tuple[int, int], statement: Statement) -> bool:
    return statement.speaker_span is not None and _inside(where, statement.speaker_span)


def _holder_in_sentence(span: Span, statements: list[Statement]) -> str | None:
    """ "according to X" or "X said/estimated ..." in the number's own sentence."""
    sent = span.sent
    number = span.root
    for token in sent:
        if token.lower_ == "according":
            source = _according_to(token)
            if source is not None and not (source.start <= number.i < source.end):
                return source.text
    cues = _cue_lemmas()
    for token in sent:
        if token.lemma_.lower() not in cues or token.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in token.children if c.dep_ in _SUBJECTS), None)
        if subject is None or subject.left_edge.i <= number.i <= subject.i:
            continue
        if not _governs(token, number) and not _governs_sentence_root(token, sent):
            continue
        if subject.pos_ == "PRON":
            return _previous_speaker(span, statements)
        return span.doc[_name_start(subject) : subject.i + 1].text
    return None


def _according_to(according: Token) -> Span | None:
    """The source after "according to": read up to the next comma or relative clause,
    since the parser often mistakes a name like "Save the Children" for a verb phrase."""
    doc = according.doc
    k = according.i + 1
    if k >= len(doc) or doc[k].lower_ != "to":
        return None
    start = k + 1
    while start < len(doc) and doc[start].dep_ == "det" and doc[start].tag_ != "PRP$":
        start += 1
    end = start
    while end < len(doc) and end - start < 10 and not doc[end].is_punct \
            and doc[end].lower_ not in _CLAUSE_STARTS and not doc[end].is_sent_start:
        end += 1
    return doc[start:end] if end > start else None


def _name_start(head: Token) -> int:
    """Start of a source's name: its modifiers, without a leading article."""
    start = head.left_edge.i
    doc = head.doc
    while start < head.i and doc[start].dep_ in ("det", "punct") and doc[start].tag_ != "PRP$":
        start += 1
    return start


def _governs(cue: Token, number: Token) -> bool:
    return any(a == cue for a in number.ancestors)


def _governs_sentence_root(cue: Token, sent: Span) -> bool:
    """ "X reached 7 metres, the institute said": the cue hangs off the reported clause."""
    return cue.head == sent.root and cue.dep_ in ("parataxis", "ccomp", "advcl")


def _previous_speaker(span: Span, statements: list[Statement]) -> str | None:
    """ "It said 4,350 people...": the pronoun stands for the last named source before it."""
    before = [s for s in statements if s.span[0] < span.start_char and s.speaker
              and s.speaker.lower() not in ("it", "he", "she", "they", "we", "i")]
    return max(before, key=lambda s: s.span[0]).speaker if before else None
