"""Copies and rewrites: a document whose body repeats most of an earlier one's sentences.

Outlets republish wire copy under their own headline, trim the last paragraphs,
reorder a few and change a word here and there ("packed" for "crowded"). So the
test is containment, not similarity: the share of the later document's sentences
that the earlier one already holds, each sentence matched by its word 3-grams
(`claimwatch.dedup.shingles`, the shingling the store's MinHash index uses) so that a
changed word or two still matches. Headlines and short byline or credit lines are
left out: a new headline is what a copy typically changes, and "By Wire staff" is
shared by every story of one wire.

Every outlet covers the same event with the same names, figures and background,
but in its own sentences: independent reports share a sentence or two of background,
copies share most of theirs.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..dedup import shingles
from . import sentences

SENTENCE_MATCH = 0.5  # share of a sentence's 3-grams found in the other text for the sentence to be "repeated"
COPY_SHARE = 0.5  # share of a document's sentences repeated from an earlier one that makes it a copy
MIN_SHARED_SENTENCES = 2  # ...and never on a single shared sentence, unless that is the whole body
CANDIDATE_OVERLAP = 0.15  # share of 3-grams in common below which two texts are not compared sentence by sentence
# A 3-gram is looked up in its first POSTING_CAP documents only: the first carriers of a story
# are the candidate originals, and later copies of copies lead back to them anyway.
POSTING_CAP = 64
CANDIDATES = 32  # the documents sharing most 3-grams that are compared sentence by sentence
HEADLINE_WORDS = 25  # a first line this short, without a full stop, is a headline

_TERMINAL = re.compile(r"[.!?][\"'”’)]*$")


@dataclass(frozen=True)
class Body:
    """A document's running text as sentences, with the 3-grams of each and of the whole."""

    sentences: tuple[frozenset[str], ...]
    grams: frozenset[str]
    top: frozenset[str]  # the 3-grams of its first half: a story's own news, before the background


@dataclass(frozen=True)
class Overlap:
    """How much of one document an earlier one already holds."""

    shared: int  # sentences of the later document found in the earlier one
    total: int  # sentences of the later document
    top: int = 0  # ...of them found in the earlier one's first half

    @property
    def share(self) -> float:
        return self.shared / self.total if self.total else 0.0

    def describe(self) -> str:
        return f"{round(100 * self.share)}% of its sentences"


def paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n", text) if p.strip()]


def headline(text: str, title: str | None = None) -> str | None:
    """The document's headline when its text opens with one on a line of its own."""
    first, newline, _rest = text.lstrip().partition("\n")
    first = first.strip()
    if not newline or not first:
        return None
    if title and first == title.strip():
        return first
    if len(first.split()) <= HEADLINE_WORDS and not _TERMINAL.search(first):
        return first
    return None


def body_paragraphs(text: str, title: str | None = None) -> list[str]:
    """Paragraphs of running text: no headline, no short byline, dateline or credit lines."""
    paras = paragraphs(text)
    if paras and headline(text, title) is not None:
        paras = paras[1:]
    running = [p for p in paras if _TERMINAL.search(p) and len(p.split()) > 4]
    return running or paras


def body(text: str, title: str | None = None) -> Body:
    """The running text's sentences as 3-gram sets (sentences of one or two words carry none)."""
    every = [frozenset(shingles(s)) for p in body_paragraphs(text, title) for s in sentences.split(p)]
    found = [s for s in every if s and len(next(iter(s)).split()) >= 3] or [s for s in every if s]
    top = found[:(len(found) + 1) // 2]
    return Body(tuple(found), frozenset().union(*found) if found else frozenset(),
                frozenset().union(*top) if top else frozenset())


def overlap(later: Body, earlier: Body) -> Overlap:
    """How many of the later body's sentences the earlier body already holds."""
    shared = sum(1 for s in later.sentences if len(s & earlier.grams) >= SENTENCE_MATCH * len(s))
    top = sum(1 for s in later.sentences if len(s & earlier.top) >= SENTENCE_MATCH * len(s))
    return Overlap(shared, len(later.sentences), top)


def is_copy(found: Overlap) -> bool:
    """Most of its sentences repeated, some of them from the earlier story's first half.

    Wire stories put background last and repeat it across their stories of one event; a
    copy is trimmed from the bottom, so it keeps the top of what it copies.
    """
    whole = found.total > 0 and found.shared == found.total
    return found.share >= COPY_SHARE and (found.shared >= MIN_SHARED_SENTENCES or whole) and found.top > 0


class BodyIndex:
    """Bodies seen so far, found again by the 3-grams they share with a new one."""

    def __init__(self) -> None:
        self.bodies: dict[str, Body] = {}
        self._by_gram: dict[str, list[str]] = {}

    def add(self, key: str, found: Body) -> None:
        self.bodies[key] = found
        for gram in found.grams:
            holders = self._by_gram.setdefault(gram, [])
            if len(holders) < POSTING_CAP:
                holders.append(key)

    def overlaps(self, found: Body, minimum: float = CANDIDATE_OVERLAP) -> dict[str, Overlap]:
        """key -> Overlap of `found` in the indexed bodies sharing most of its 3-grams (at least `minimum`)."""
        if not found.grams:
            return {}
        common = Counter(key for gram in found.grams for key in self._by_gram.get(gram, ()))
        return {key: overlap(found, self.bodies[key]) for key, count in common.most_common(CANDIDATES)
                if count >= minimum * len(found.grams)}


_WORD = re.compile(r"\w[\w'’-]*\w|\d")


def content_words(text: str) -> frozenset[str]:
    """The distinct words of a text, lower-cased, numbers kept whole ("5,300" as "5,300" minus the comma)."""
    return frozenset(w.lower().replace(",", "") for w in _WORD.findall(text.replace(",", "")) if len(w) > 2
                     or w.isdigit())


def relatedness(later: frozenset[str], earlier: frozenset[str], weight: dict[str, float]) -> float:
    """Share of the later text's word weight (rare words weigh most) that the earlier text holds.

    A re-report paraphrases its original, so few sentences match; but the rare words
    (names, places, figures) of the story it relays are nearly all there.
    """
    total = sum(weight.get(w, 0.0) for w in later)
    return sum(weight.get(w, 0.0) for w in later & earlier) / total if total else 0.0
