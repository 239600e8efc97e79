"""The words of a statement as claims compare and show them.

What a statement says, read without its attribution ("X said that P" -> "P"), or with its
sentence when its content is only a fragment of it ("..., citing officials"); its content
words, crudely stemmed, for lexical resemblance; and a claim's label and key terms.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from ..extract.headline_trailers import trailer_start
from ..models import Statement
from .corpus import Report
from .tables import words

if TYPE_CHECKING:
    from .claims import Said

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
STORY_WEIGHT = 0.5  # weight of a feature found in every document: small, not nothing (small corpora)

_ADDRESSEE = re.compile(r"^(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[A-Z][\w'’.-]*\s+){1,5}that\s+(?=\S)")


def content_text(report: Report, statement: Statement) -> str:
    if statement.content:
        return statement.content
    span = statement.content_span or statement.span
    return report.document.text[span[0]:span[1]]


def stem(word: str) -> str:
    """A crude, predictable stem: enough to meet 'troops'/'troop', 'deployed'/'deploy'."""
    word = word.lower().replace("’", "'").removesuffix("'s").strip("'-")
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not word.endswith("ss"):
            return word[: len(word) - len(suffix)] + repl
    return word


FRAGMENT_WORDS = 3  # a content shorter than this ("citing", "the figures") is a fragment of its sentence


def proposition(report: Report, statement: Statement) -> str:
    """What a statement says, as compared with others: its content, or its whole sentence when the
    content is a fragment of it ("..., the Post reported, citing officials" read as two statements
    whose contents are "reported" and "citing"; "gave the figures")."""
    content = readable(content_text(report, statement), statement, limit=None)
    if len(_WORD.findall(content)) >= FRAGMENT_WORDS:
        return content
    sentence = own_part(report, statement)
    return sentence if len(_WORD.findall(sentence)) > len(_WORD.findall(content)) else content


def own_part(report: Report, statement: Statement) -> str:
    """The part of a statement's sentence that is its own: the sentence without the other statements
    it holds ("puts toll at 3,283, denies epidemic risk": the denial's part is "at 3,283, denies
    epidemic risk") and without a headline's closing source ("- Russian agency")."""
    text = report.document.text
    span = statement.content_span or statement.span
    left, right = report.sentence_start(statement.span), report.sentence_end(statement.span)
    for other in report.extraction.statements:
        theirs = other.content_span
        if other is statement or not theirs or theirs == span or not left <= theirs[0] < right:
            continue
        if theirs[1] <= span[0]:
            left = max(left, theirs[1])
        elif theirs[0] >= span[1]:
            cue = text.rfind(other.cue, span[1], theirs[0]) if other.cue else -1
            right = min(right, cue if cue != -1 else theirs[0])
    if left < headline_end(text):  # "... - Russian agency" says who reported the headline
        trailer = trailer_start(text[left:right].rstrip())
        right = left + trailer if trailer is not None else right
    return " ".join(text[left:right].split()).strip(" ,;:")


def features(report: Report, statement: Statement) -> frozenset[str]:
    """Content stems, entity names and quantity kinds of a statement; the speaker's words left out."""
    text = proposition(report, statement)
    speaker = {w.lower() for w in _WORD.findall(statement.speaker)}
    ignore = words("claim_stopwords", "word") | {(statement.cue or "").lower()}
    out = {stem(w) for w in _WORD.findall(text)
           if w.lower() not in STOP_WORDS and w.lower() not in speaker and w.lower() not in ignore and len(w) > 2}
    span = statement.content_span or statement.span
    for entity in report.extraction.entities:
        name = entity.text.lower().removeprefix("the ")
        if (span[0] <= entity.span[0] and entity.span[1] <= span[1] and entity.text in text
                and not set(name.split()) & speaker):
            out.add("E:" + name)
    return frozenset(out - {""})


def headline_end(text: str) -> int:
    """Where the headline ends: the first blank line (else the first line break), or -1 without one."""
    blank = text.find("\n\n")
    return blank if blank != -1 else text.find("\n")


def _idf(feature_sets: Iterable[frozenset[str]]) -> dict[str, float]:
    df: Counter = Counter()
    n = 0
    for fs in feature_sets:
        df.update(fs)
        n += 1
    return {f: idf(c, n) for f, c in df.items()}


def idf(count: int, documents: int) -> float:
    """The weight of a feature `count` of the `documents` use (see `claims.document_weights`)."""
    return math.log((documents + 1) / (count + 1)) + STORY_WEIGHT


def label_of(members: list[Said], name_of: Callable[[Said], str] | None = None) -> str:
    """A readable label, the claim's positive proposition: the most central assertion's content,
    attribution removed; else what a denial denies ("denied that P" -> P). A content negated
    in its own words ("had nothing to do with it") is the last resort, never the first."""
    weights = _idf(m.features for m in members)
    def centrality(m: Said) -> tuple[int, int, int, float]:
        # fsum: the same total whatever order the set yields its words, so ties break the same every run
        shared = math.fsum(weights[f] for other in members if other is not m for f in m.features & other.features)
        whole = len(_WORD.findall(readable(m.content, m.statement, limit=None))) >= FRAGMENT_WORDS
        return (m.statement.stance == "assert", m.polarity_cue is None, whole, shared)
    best = max(members, key=centrality)
    text = proposition(best.report, best.statement)  # a fragment ("the number") reads as its sentence
    return _named(readable(text, best.statement), name_of(best) if name_of else best.statement.speaker)


_SELF_REFERENCE = re.compile(r"^(?:(?P<possessive>Its|His|Her|Their|Our|My)|(?P<subject>He|She|They|We|I|It))\b\s*")


def _named(label: str, speaker: str) -> str:
    """A label read alone names who its pronoun meant: reported words that open with "its",
    "he" or "we" speak of their speaker ("Its fighters attacked ..." -> "Islamic State's fighters ...")."""
    found = _SELF_REFERENCE.match(label)
    name = re.sub(r"^(?:the|a|an)\s+", "", " ".join(speaker.split()), flags=re.I)
    if not found or not name or "\n" in speaker:
        return label
    rest = label[found.end():]
    named = f"{name}'s {rest}" if found.group("possessive") else f"{name} {rest}"
    return named[:1].upper() + named[1:]


def readable(content: str, statement: Statement, limit: int | None = 110) -> str:
    """The proposition of a statement's content: "X said that P" -> "P", "P, X said" -> "P".

    A content that still starts with its complementiser or with the addressee of the
    cue ("that P", "the Valley Courier that P") is reduced to P as well.
    """
    text = " ".join(content.split()).strip()
    cue = re.escape(statement.cue) if statement.cue else None
    found = re.search(rf"\b{cue}\b", text) if cue else None
    if found:
        tail = text[found.end():].strip(" .\"”")
        head = text[:found.start()]
        if "," in head and tail.startswith(",") and len(tail.split()) > 1:  # "P1, he added, P2" -> "P1 P2"
            text = head[:head.rfind(",")].strip() + " " + tail.lstrip(", ")
        elif len(tail.split()) <= 4 and "," in head:  # "P, X said." or "'P,' X said."
            text = head[:head.rfind(",")].strip()
        else:
            that = re.match(r"(?:\s+[\w'’.-]+){0,8}?\s+that\s+(.+)", text[found.end():])
            after = that or re.match(r"(?:\s+(?:on|in|late|early)\s+[\w.]+(?:\s+\d+)?)?,?\s+(?:that\s+)?(.+)",
                                     text[found.end():])
            if after and len(after.group(1).split()) >= 4:
                text = after.group(1)
    text = _ADDRESSEE.sub("", text.strip(" \"“”'.,;"), count=1)  # "the Valley Courier that P" -> "P"
    text = re.sub(r"^that\s+(?=\S)", "", text, flags=re.I).strip(" \"“”'.,;")  # a content that begins at "that"
    text = text[:1].upper() + text[1:]
    if limit and len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return text


def key_terms(members: list[Said], n: int = 6) -> tuple[str, ...]:
    """The words most members share; ties in alphabetical order, so two runs print the same terms."""
    counts: Counter = Counter(f for m in members for f in m.features if not f.startswith("Q:"))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    terms = dict.fromkeys(f.removeprefix("E:") for f, _ in ranked)
    return tuple(terms)[:n]
