"""Headlines that name their source after a dash or a colon.

"Two suspects flew to Varna weeks before bombing - report", "Troops seen near border -
officials" and "Three nationals released safely: FM spokesperson" say who said the headline the
way "..., officials say" does; "Minister puts toll at
3,283, denies epidemic risk - state agency" names who reported the minister's words, which are
the minister's, so the trailer only ends their content. A trailer "- report" stands for the report
the body cites ("..., the Harbour Post reported"): its source is that report's source.
"""
from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from .holder_words import doc_ents
from .lexicon import read_table
from .quotes import headline_line
from .reported import Cue
from .speakers import PERSON_ROLES

# "... - report", "... — officials", and the agency style "...: FM spokesperson"
_TRAILER = re.compile(r"(?P<sep>\s[-–—]|:)\s+(?P<source>[^-–—:\n]{2,40}?)\s*$")
MAX_SOURCE_WORDS = 4
_NAMES = ("ORG", "GPE", "NORP", "PERSON")
# "'We were too slow': chess league chief on the Varga ban": a quotation, a colon, its source, "on"
_QUOTED_LEAD = re.compile(r"\s*(?P<quote>['‘\"“](?P<words>[^\n]+?)['’\"”])\s*:\s+(?P<source>[^:\n]{2,60}?)\s+on\s+\S")


@functools.lru_cache(maxsize=1)
def _source_words() -> frozenset[str]:
    return frozenset(row["word"].lower() for row in read_table("trailer_sources") if row.get("word"))


def trailer_start(line: str) -> int | None:
    """Where a headline's closing source begins ("... denies epidemic risk - Russian agency"): the space
    before its dash, or None when the line ends with no short source after a dash."""
    found = _TRAILER.search(line)
    return found.start() if found and len(found.group("source").split()) <= MAX_SOURCE_WORDS else None


def trailer_cues(doc: Doc, cues: list[Cue]) -> list[Cue]:
    """The cue of a headline whose source follows a dash, when no cue of its own reports it; a cue of
    its own has its content end at the dash (the trailer is not what was said)."""
    line = headline_line(doc)
    if not len(line):
        return []
    start, text = line.start_char, line.text.rstrip()
    if trailer_start(text) is None:
        return _quoted_lead(doc, cues, start, text)
    found = _TRAILER.search(text)
    dash = start + found.end("sep") - 1  # the dash or the colon
    source = (start + found.start("source"), start + found.end("source"))
    if not _names_a_source(doc, *source):
        return []
    own = [c for c in cues if start <= c.cue_span[0] < dash]
    for cue in own:
        if cue.content_span and cue.content_span[1] > dash:
            cue.content_span = (cue.content_span[0], max(cue.content_span[0], _before_space(doc.text, dash)))
            cue.span = (cue.span[0], min(cue.span[1], source[1]))
    if own:
        return []
    claim = (start, _before_space(doc.text, dash))
    tokens = doc.char_span(*source, alignment_mode="expand")
    cited = _cited_report(doc, cues, dash) if doc.text[source[0]:source[1]].lower().rstrip("s") == "report" else None
    if cited is not None:
        return [Cue(cue=doc.text[dash], cue_span=(dash, dash + 1), stance="assert", span=(start, source[1]), content_span=claim,
                    source=cited.source, source_head=cited.source_head, headline=True)]
    return [Cue(cue=doc.text[dash], cue_span=(dash, dash + 1), stance="assert", span=(start, source[1]), content_span=claim,
                source=list(tokens), source_head=tokens.root, headline=True)]


def _quoted_lead(doc: Doc, cues: list[Cue], start: int, text: str) -> list[Cue]:
    """The cue of an interview headline that opens on its source's words: "'We were too slow':
    Fjordlaks chief on lice, escapes and the salmon tax"."""
    found = _QUOTED_LEAD.match(text)
    # (a quotation read as one going on with the last speaker is this headline's quotation itself)
    if found is None or any(start <= c.cue_span[0] < start + len(text) and not c.continues for c in cues):
        return []
    source = (start + found.start("source"), start + found.end("source"))
    words = doc.text[source[0]:source[1]].lower().split()
    if not (_names_a_source(doc, *source) or words[-1] in PERSON_ROLES):
        return []
    tokens = doc.char_span(*source, alignment_mode="expand")
    colon = start + found.end("quote") + text[found.end("quote"):].index(":")
    return [Cue(cue=":", cue_span=(colon, colon + 1), stance="assert", span=(start, source[1]),
                content_span=(start + found.start("words"), start + found.end("words")), mode="direct",
                source=list(tokens), source_head=tokens.root, headline=True)]


def _names_a_source(doc: Doc, start: int, end: int) -> bool:
    phrase = doc.text[start:end].lower().split()
    return bool(phrase) and (phrase[-1].strip(".") in _source_words() or any(
        e.label_ in _NAMES and e.start_char <= start and end <= e.end_char for e in doc_ents(doc)))


def _cited_report(doc: Doc, cues: list[Cue], after: int) -> Cue | None:
    """The body's first cue that reports with "report" and names who reported."""
    return next((c for c in cues if c.cue_span[0] > after and c.cue.lower().startswith("report")
                 and c.source_head is not None and c.source_head.pos_ != "PRON"), None)


def _before_space(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end
