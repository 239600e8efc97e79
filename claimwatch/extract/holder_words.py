"""Words and parse paths shared by the holder readers: the tables of figure-giving
words, a verb's reporting subject, a source's written name, quotations and transcript turns.

Kept apart from `quantity_holders`, which holds only the decisions about which
reading of a number's source wins.
"""
from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span, Token

from .lexicon import read_table

RELATIVE_PRONOUNS = {"who", "which", "that", "whose"}
_NON_SOURCES = {"this", "what", "there", "these", "those"}
# An upper-case speaker label at the start of a line: "KERRIGAN:", "MR. LEE:", "Q:".
_TURN = re.compile(r"\s*([A-Z][A-Z.'’ -]{0,40}[A-Z.]|Q):\s")
_NAME_PARTS = {"compound", "amod", "poss", "case", "det", "nmod", "quantmod", "flat", "nummod"}
_DATELINE_DASHES = {"—", "--", "–"}
_OWNER_PREPS = {"for", "of", "at", "from", "in", "with"}
_AUTHOR_PREPS = {"by", "from", "of"}
_CLAUSE_STARTS = {"which", "who", "whose", "that", "but", "as", "while", "when"}


@functools.lru_cache(maxsize=4)
def doc_text(doc: Doc) -> str:
    """The document's text, built once: spaCy joins it anew on every `doc.text`."""
    return doc.text


@functools.lru_cache(maxsize=1)
def figure_routes() -> dict[str, frozenset[str]]:
    """figure verb lemma -> the parts it gives a figure through (at, to, object, clause...)."""
    return {row["lemma"].lower(): frozenset(row["through"].split())
            for row in read_table("figure_words") if row["kind"] == "figure"}


@functools.lru_cache(maxsize=1)
def figure_words() -> dict[str, str]:
    """lemma -> report | figure | evidence | cue, and "lemma noun" -> noun: the words that give
    figures, plus the other reporting verbs of cues.tsv ("cue": they give figures only through
    a reported clause, so "was recalling 14 batches" is not a report)."""
    words = {}
    for row in read_table("figure_words"):
        key = row["lemma"].lower() + (" noun" if row["kind"] == "noun" else "")
        words.setdefault(key, row["kind"])
    for row in read_table("cues"):
        if row.get("pos", "VERB") == "VERB" and not row.get("object"):
            words.setdefault(row["lemma"].lower(), "cue")
    return words


@functools.lru_cache(maxsize=1)
def mute_subjects() -> frozenset[str]:
    """Nouns that cannot be a source ("the numbers say little"), from cues.tsv's MUTE rows."""
    return frozenset(row["lemma"].lower() for row in read_table("cues") if row.get("pos") == "MUTE")


def clause_verb(token: Token) -> Token:
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    return verb


def is_below(verb: Token, other: Token) -> bool:
    """`verb` sits strictly below `other` in the parse."""
    return verb != other and other in verb.ancestors


def child_towards(verb: Token, number: Token) -> Token | None:
    """The child of `verb` on the parse path down to `number` (the number itself if a child)."""
    node = number
    while node.head != node:
        if node.head == verb:
            return node
        node = node.head
    return None


def reporting_subject(verb: Token) -> Token | None:
    """Who does the reporting: the subject, the agent of a passive, the noun a relative clause hangs on."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            return pobj
    subject = nearest_subject(verb)
    if subject is None and verb.dep_ in ("conj", "xcomp", "advcl"):
        subject = nearest_subject(verb.head)
    if subject is None:
        return None
    subject = past_dateline(subject)
    named = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named is not None and subject.pos_ == "NOUN":
        return named  # "the EU's foreign policy chief, Kaja Kallas"
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    if subject.lower_ in _NON_SOURCES or subject.lower_ in RELATIVE_PRONOUNS \
            or subject.lemma_.lower() in mute_subjects():
        return None
    return subject


def past_dateline(subject: Token) -> Token:
    """ "CARACAS, Venezuela — Venezuela's opposition insisted": the parser may take the
    dateline for the subject; the real subject is the apposition after the dash."""
    doc = subject.doc
    dash = next((t for t in doc[subject.sent.start : subject.i + 8] if t.text in _DATELINE_DASHES), None)
    if dash is None or subject.i > dash.i or not subject.text.isupper():
        return subject
    for node in subject.subtree:
        if node.i > dash.i and node.dep_ == "appos":
            return node
    return subject


def nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; of two ("Q: The utilities have said"), the one nearest the verb,
    never a transcript label followed by a colon."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"
                and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == ":")]
    before = [c for c in subjects if c.i < verb.i]
    return before[-1] if before else (subjects[0] if subjects else None)


def written_name(source: Token, start: int) -> str:
    """The source's name as written: coordinated sources stay whole ("police and organizers"),
    and a common noun keeps the phrase that says whose it is ("a spokesperson for the ministry",
    "officials at the hospital")."""
    doc = source.doc
    end = source.i
    for c in source.children:
        if c.dep_ == "conj" and c.i > end:
            end = c.i
    if source.pos_ == "NOUN" and end == source.i:
        prep = next((c for c in source.children if c.dep_ == "prep" and c.i == source.i + 1
                     and c.lower_ in _OWNER_PREPS), None)
        if prep is not None:
            last = prep.right_edge.i
            cut = next((t.i for t in doc[prep.i : last + 1]
                        if t.is_punct or t.dep_ in ("relcl", "acl")), None)
            end = (cut - 1) if cut is not None else last
    return doc[start : end + 1].text


def according_to_source(according: Token) -> Span | None:
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
    # "according to a report by the ISW", "figures from the ministry": the author of the document.
    for k in range(start, end - 1):
        if doc[k].lower_ in _AUTHOR_PREPS and any(is_figure_noun(t) for t in doc[start:k]):
            author = k + 1
            while author < end and doc[author].dep_ == "det":
                author += 1
            if author < end:
                return doc[author:end]
    return doc[start:end] if end > start else None


def is_figure_noun(token: Token) -> bool:
    """A noun naming a figure or the document that gives it ("estimate", "report", "data")."""
    words = figure_words()
    return f"{token.lemma_.lower()} noun" in words or f"{token.lower_} noun" in words


def name_start(head: Token) -> int:
    """Start of a source's name: the modifiers right before its head, without an article."""
    doc = head.doc
    start = head.i
    while start > head.left_edge.i and doc[start - 1].dep_ in _NAME_PARTS and not doc[start - 1].is_punct:
        start -= 1
    while start < head.i and doc[start].dep_ == "det" and doc[start].tag_ != "PRP$":
        start += 1
    return start


def enclosing_quote(doc: Doc, pos: int) -> tuple[int, int] | None:
    """(opening, closing) character offsets of the quotation around `pos` in its paragraph."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    opening = closing = None
    depth_curly = 0
    for k in range(pos - 1, line_start - 1, -1):
        ch = text[k]
        if ch == "”":
            depth_curly += 1
        elif ch == "“":
            if depth_curly == 0:
                opening = k
                break
            depth_curly -= 1
    if opening is not None:
        closing = text.find("”", pos, line_end)
    elif text.count('"', line_start, pos) % 2 == 1:
        opening = text.rfind('"', line_start, pos)
        closing = text.find('"', pos, line_end)
    if opening is None or closing is None or closing < 0:
        return None
    return opening, closing


@functools.lru_cache(maxsize=4)
def transcript_turns(doc: Doc) -> list[tuple[int, str]]:
    """(line start, speaker label) of every line that opens a transcript turn."""
    turns, start = [], 0
    for line in doc_text(doc).split("\n"):
        m = _TURN.match(line[:60])
        if m is not None:
            turns.append((start, m.group(1)))
        start += len(line) + 1
    return turns
