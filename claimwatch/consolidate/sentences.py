"""Where sentences begin and end in a document's text: one rule for all of consolidation.

A sentence ends at a stop (. ! ?) and any closing quotes or brackets, followed by space and
a word that may open a sentence. So not in "the U.S. embassy" or "at 9 a.m. on" (lowercase
follows), and not after a title ("Gen. Musa", "Dr. Aziz"; `data/titles.tsv`). A line break
always ends one: paragraphs never share a sentence.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..models import Span
from .tables import words

_BREAK = re.compile(r"(?<=[.!?])([\"'”’)]*)\s+(?=[^a-z])")
_TITLE_STOP = re.compile(r"(?:^|\s)(\w+)\.$")


def breaks(text: str, start: int = 0, stop: int | None = None) -> Iterator[tuple[int, int]]:
    """(where a sentence ends, where the next begins) for each break in text[start:stop]."""
    stop = len(text) if stop is None else stop
    for m in _BREAK.finditer(text, start):
        if m.end() > stop:
            return
        if not _after_title(text, m.start()):
            yield m.start() + len(m.group(1)), m.end()


def split(paragraph: str) -> list[str]:
    """A paragraph's sentences, stops and closing quotes kept, blank pieces dropped."""
    out, begin = [], 0
    for end, following in breaks(paragraph):
        out.append(paragraph[begin:end])
        begin = following
    out.append(paragraph[begin:])
    return [s for s in out if s.strip()]


def sentence_bounds(text: str, span: Span) -> tuple[int, int]:
    """The sentence(s) around a span, as offsets into the text, never past its paragraph."""
    start = max(0, span[0])
    end = min(len(text), max(span[1], start))
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    left, right = line_start, line_end
    for close, following in breaks(text, line_start, line_end):
        if following <= start:
            left = following
        elif close >= end:
            right = close
            break
    return left, right


def _after_title(text: str, stop: int) -> bool:
    """Whether the stop just before `stop` closes a title, not a sentence."""
    found = _TITLE_STOP.search(text, max(0, stop - 12), stop)
    return found is not None and found.group(1).lower() in words("titles", "title")
