"""Words and parse paths shared by the holder readers: the tables of figure-giving
words, a verb's reporting subject, a source's written name, quotations and transcript turns.

Kept apart from `quantity_holders`, which holds only the decisions about which
reading of a number's source wins.
"""
from __future__ import annotations

import functools

from spacy.tokens import Doc, Span, Token

from .lexicon import read_table, word_set

RELATIVE_PRONOUNS = {"who", "which", "that", "whose"}
_NON_SOURCES = {"this", "what", "there", "these", "those"}
_NAME_PARTS = {"compound", "amod", "poss", "case", "det", "nmod", "quantmod", "flat", "nummod"}
_DATELINE_DASHES = {"—", "--", "–"}
_OWNER_PREPS = {"for", "of", "at", "from", "in", "with"}
_AUTHOR_PREPS = {"by", "from", "of"}
_CLAUSE_STARTS = {"which", "who", "whose", "that", "but", "as", "while", "when"}


@functools.lru_cache(maxsize=4)
def doc_text(doc: Doc) -> str:
    """The document's text, built once: spaCy joins it anew on every `doc.text`."""
    return doc.text


@functools.lru_cache(maxsize=4)
def doc_tokens(doc: Doc) -> tuple[Token, ...]:
    """The document's tokens, made once: spaCy builds a new Token object at every step of `for t in
    doc`, and the readers walk the document a dozen times."""
    return tuple(doc)


@functools.lru_cache(maxsize=4)
def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """The document's named entities, made once: spaCy builds every entity Span anew on each
    `doc.ents`, and the speaker and coreference readers ask for them per statement."""
    return doc.ents


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
        exclusions_only = all(item.startswith("!") for item in row.get("object", "").split("|") if item)
        if row.get("pos", "VERB") == "VERB" and exclusions_only:  # no sense required, some excluded
            words.setdefault(row["lemma"].lower(), "cue")
    return words


@functools.lru_cache(maxsize=1)
def mute_subjects() -> frozenset[str]:
    """Nouns that cannot be a source ("the numbers say little"), from cues.tsv's MUTE rows."""
    return frozenset(row["lemma"].lower() for row in read_table("cues") if row.get("pos") == "MUTE")


_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee", "ers", "ors",
                  "ists", "ians", "ants", "ents", "men", "women", "ees")
_SOURCE_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}
_SOURCE_PRONOUNS = {"he", "she", "they", "we", "i", "it", "you", "who"}


@functools.lru_cache(maxsize=1)
def source_nouns() -> frozenset[str]:
    """Common nouns that can name a source (source_nouns.tsv)."""
    return frozenset(row["lemma"].lower() for row in read_table("source_nouns"))


def could_be_source(token: Token) -> bool:
    """Whether a subject could name who gives a figure: a person, organisation, group,
    role, or a document that reports. "The slope gave way, sweeping away 26 houses":
    a slope gives no figure."""
    if token.pos_ == "PRON":
        return token.lower_ in _SOURCE_PRONOUNS
    if token.pos_ == "PROPN" or token.ent_type_ in _SOURCE_ENTITIES:
        return True
    lemma, word = token.lemma_.lower(), token.lower_
    if lemma in source_nouns() or word in source_nouns() or is_figure_noun(token):
        return True
    if word.endswith(_AGENT_ENDINGS) and len(word) > 4:
        return True
    # "the Amsterdam-based company", "Dutch officials": a named owner or origin makes a source
    return any(c.dep_ in ("compound", "poss") and (c.pos_ == "PROPN" or c.ent_type_ in _SOURCE_ENTITIES)
               for c in token.children)


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
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        subject = verb.head  # "the rebels insisting they had lost a dozen men"
    if subject is None:
        return None
    subject = past_dateline(subject)
    named = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named is not None and subject.pos_ == "NOUN":
        return named  # "the EU's foreign policy chief, Kaja Kallas"
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    if subject.lemma_.lower() in mute_subjects():
        return figure_author(subject)  # "EU figures show": the EU; "the numbers say": no one
    if subject.lower_ in _NON_SOURCES or subject.lower_ in RELATIVE_PRONOUNS:
        return None
    return subject


def past_dateline(subject: Token) -> Token:
    """ "CARACAS, Venezuela — Venezuela's opposition insisted": the parser may take the
    dateline for the subject; the real subject is the apposition after the dash."""
    doc = subject.doc
    dash = next((t for t in doc[subject.sent.start : subject.i + 8] if t.text in _DATELINE_DASHES
                 or (t.text == "-" and t.whitespace_ and t.i > 0 and doc[t.i - 1].whitespace_)), None)
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


SOURCE_FRAMES = {tuple(row["words"].lower().split()): row["checked"] == "yes" for row in read_table("source_frames")}
FRAME_CUES = frozenset(" ".join(words) for words in SOURCE_FRAMES)  # the cue text a frame's statement carries
# source_frame is asked of every token: it looks up only the frames that token's word can open
_FRAMES_BY_FIRST_WORD = {first: sorted(((words, checked) for words, checked in SOURCE_FRAMES.items() if words[0] == first),
                                key=lambda frame: -len(frame[0]))  # the longest first: "according to the words of"
                         for first in {words[0] for words in SOURCE_FRAMES}}


def source_frame(token: Token) -> tuple[str, Token, bool] | None:
    """ "according to X", "per X", "in the words of X" (source_frames.tsv) starting at this token:
    (the phrase, its last preposition, whether its use must be checked), or None."""
    doc = token.doc
    if not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text in ("-", "‐"):
        return None  # "Per-Olof Strand": the first part of a hyphened name
    for words, checked in _FRAMES_BY_FIRST_WORD.get(token.lower_, ()):
        end = token.i + len(words)
        if end <= len(doc) and tuple(t.lower_ for t in doc[token.i:end]) == words:
            return " ".join(words), doc[end - 1], checked
    return None


def frames_a_clause(frame: Token, noun: Token) -> bool:
    """ "The army lost 40 tanks, per the ministry", not "5 cents per share": a frame with other
    senses counts when it hangs on a clause (or opens or closes one after a comma) and its noun
    can name a source: someone, or a document that gives figures."""
    if not could_be_source(noun):
        return False
    if noun.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "compound", "amod", "nummod") for c in noun.children):
        return False  # "a cap per borrower": a rate, each one of them
    set_off = frame.i == frame.sent.start or frame.doc[frame.i - 1].text in (",", "(", "—", "–")
    return set_off or frame.head.pos_ in ("VERB", "AUX")


def frame_objects(token: Token) -> list[Token] | None:
    """The nouns a source frame starting at this token governs ("according to a 2021 report":
    report), or None when no frame starts here."""
    frame = source_frame(token)
    if frame is None:
        return None
    prepositions = [frame[1], *(c for c in token.children if c.lower_ == frame[1].lower_)]
    return [g for p in prepositions for g in p.children if g.dep_ == "pobj"]


def according_to_source(according: Token) -> Span | None:
    """The source after "according to" (or another frame of source_frames.tsv): read up to the next comma or relative clause,
    since the parser often mistakes a name like "Save the Children" for a verb phrase."""
    doc = according.doc
    frame = source_frame(according)
    if frame is None:
        return None
    noun = next((c for c in frame[1].children if c.dep_ == "pobj"), None)
    if frame[2] and (noun is None or not frames_a_clause(according, noun)):
        return None  # "5 cents per share"
    start = frame[1].i + 1
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
    authored = issuer_after_figure(doc, start, end)
    if authored is not None:  # "according to a seat projection the commission published ..."
        return authored
    return doc[start:end] if end > start else None


def issuer_after_figure(doc: Doc, start: int, end: int) -> Span | None:
    """ "a seat projection the commission published alongside the figures", "figures the ministry
    released on Monday": in doc[start:end], a figure noun, then the one who put it out and a verb
    of issuing (issuing_verbs.tsv) with no "that" between: that one is the source. Read on the
    words, since the parser often hangs the issuer anywhere but on the figure."""
    for k in range(start, end - 2):
        if not is_figure_noun(doc[k]) or (doc[k + 1].pos_ not in ("DET", "NOUN", "PROPN")):
            continue
        first = k + 2 if doc[k + 1].dep_ == "det" or doc[k + 1].pos_ == "DET" else k + 1
        last = first
        while last < end and doc[last].pos_ in ("NOUN", "PROPN") and not is_figure_noun(doc[last]):
            last += 1
        if last > first and last < len(doc) and doc[last].tag_ in ("VBD", "VBN") \
                and doc[last].lemma_.lower() in word_set("issuing_verbs", "lemma"):
            return doc[first:last]
    return None


def is_figure_noun(token: Token) -> bool:
    """A noun naming a figure or the document that gives it ("estimate", "report", "data")."""
    words = figure_words()
    return f"{token.lemma_.lower()} noun" in words or f"{token.lower_} noun" in words


def figure_author(noun: Token) -> Token | None:
    """Who put out the figures a figure noun names: "EU figures", "the ministry's data",
    "figures published by the authority", "statistics from the agency"."""
    if noun.pos_ != "NOUN":
        return None  # "the U.S. Geological Survey" is a name, not a survey by the U.S.
    for c in noun.children:
        if c.dep_ in ("poss", "compound") and (c.pos_ == "PROPN" or c.ent_type_ in _SOURCE_ENTITIES
                                                or c.lemma_.lower() in source_nouns()):
            return c
    for c in noun.children:
        preps = [c] if c.dep_ == "prep" and c.lower_ in _AUTHOR_PREPS else []
        if c.dep_ == "acl" and c.tag_ == "VBN":  # "published by", "released by"
            preps = [g for g in c.children if g.dep_ in ("agent", "prep") and g.lower_ in _AUTHOR_PREPS]
        for prep in preps:
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if pobj is not None and could_be_source(pobj) and not is_figure_noun(pobj):
                return pobj
    return None


def name_start(head: Token) -> int:
    """Start of a source's name: the modifiers right before its head, without an article."""
    doc = head.doc
    start = head.i
    while start > head.left_edge.i:
        if doc[start - 1].dep_ in _NAME_PARTS and not doc[start - 1].is_punct:
            start -= 1
        elif start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
                and not doc[start - 2].whitespace_ and doc[start - 2].i >= head.left_edge.i:
            start -= 2  # "the Lyon-based firm"
        else:
            break
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
    depth_curly, k = 0, pos  # walk back over curly marks only (str.rfind, not a loop over characters)
    while True:
        left, right = text.rfind("“", line_start, k), text.rfind("”", line_start, k)
        if left < 0:
            break
        if right > left:  # a closed quotation between here and the mark before it
            depth_curly, k = depth_curly + 1, right
        elif depth_curly == 0:
            opening = left
            break
        else:
            depth_curly, k = depth_curly - 1, left
    if opening is not None:
        closing = text.find("”", pos, line_end)
    elif text.count('"', line_start, pos) % 2 == 1:
        opening = text.rfind('"', line_start, pos)
        closing = text.find('"', pos, line_end)
    if opening is None or closing is None or closing < 0:
        return None
    return opening, closing


@functools.lru_cache(maxsize=4)
def usable_name(name: str) -> str | None:
    """The name cleaned of a leading dateline or clock time ("21:15 MT – Officials" ->
    "Officials"), or None when what is left names no one: an unbalanced bracket, a date,
    no word of letters ("Feb 29 (Wire")."""
    name = name.strip()
    if name.count("(") > name.count(")"):
        name = name[: name.rfind("(")].strip()  # "Feb 29 (Wire", "the inspectorate (IGSU"
    for dash in (" – ", " — ", " - ", " -- "):
        head, sep, tail = name.partition(dash)
        if sep and any(ch.isdigit() for ch in head) and tail.strip():
            name = tail.strip()
            break
    if name.count("(") != name.count(")") or name.count("[") != name.count("]"):
        return None
    words = name.replace("(", " ").replace(")", " ").split()
    months = _month_words()
    if any(w.rstrip(".,").lower() in months for w in words) and any(ch.isdigit() for ch in name):
        return None
    if not any(sum(ch.isalpha() for ch in w) >= 2 and w.rstrip(".,").lower() not in months for w in words):
        return None
    return name


@functools.lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    return frozenset(row["word"].lower().rstrip(".") for row in read_table("not_quantities")
                     if row["kind"] == "month")


def relayed_view(verb: Token) -> bool:
    """ "The memo said the company expected X", "she said they believed X": an unnamed holder's
    view (belief_verbs.tsv) inside what another source says is that source's claim; not "Lee said
    the NIS believes X", a named body's view relayed as its own."""
    if verb.dep_ != "ccomp" or verb.lemma_.lower() not in word_set("belief_verbs", "lemma"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and not any(t.pos_ == "PROPN" for t in subject.subtree)
