"""Who gives a number: the speaker of the statement it sits in, else the author (None).

The statements stage does the real attribution; a number inside a statement's
content belongs to that statement's speaker. When no statement's content holds
the number, its own sentence is read: a reporting verb that governs the number
("the ministry estimated that ..."), a figure noun ("an analyst estimate of $7.6
billion"), "according to X", a trailing "..., the institute said", or the speaker
label of a transcript turn ("KERRIGAN: ...").
"""
from __future__ import annotations

import bisect
import functools
import re

from spacy.tokens import Doc, Span, Token

from ..models import Statement
from .lexicon import read_table

_RELATIVE = {"who", "which", "that", "whose"}
_NON_SOURCES = {"this", "what", "there", "these", "those"}
_FIRST_PERSON = {"i", "we"}
_PERSONAL = {"it", "he", "she", "they", "we", "i", "you"}
_QUESTIONERS = {"q", "question", "reporter", "interviewer"}
# An upper-case speaker label at the start of a line: "KERRIGAN:", "MR. LEE:", "Q:".
_TURN = re.compile(r"\s*([A-Z][A-Z.'’ -]{0,40}[A-Z.]|Q):\s")
_NAME_PARTS = {"compound", "amod", "poss", "case", "det", "nmod", "quantmod", "flat", "nummod"}
_DATELINE_DASHES = {"—", "--", "–"}
_OWNER_PREPS = {"for", "of", "at", "from", "in", "with"}
_SIDE_CLAUSES = {"conj", "advcl", "cc", "parataxis"}
_CLAUSE_STARTS = {"which", "who", "whose", "that", "but", "as", "while", "when"}


@functools.lru_cache(maxsize=4)
def _text(doc: Doc) -> str:
    """The document's text, built once: spaCy joins it anew on every `doc.text`."""
    return doc.text


@functools.lru_cache(maxsize=1)
def _through() -> dict[str, frozenset[str]]:
    """figure verb lemma -> the parts it gives a figure through (at, to, object, clause...)."""
    return {row["lemma"].lower(): frozenset(row["through"].split())
            for row in read_table("figure_words") if row["kind"] == "figure"}


@functools.lru_cache(maxsize=1)
def _figure_words() -> dict[str, str]:
    """lemma -> report | figure | evidence, and "lemma noun" -> noun: the words that give figures,
    plus the reporting verbs of cues.tsv that report in any use (no object restriction)."""
    words = {}
    for row in read_table("figure_words"):
        key = row["lemma"].lower() + (" noun" if row["kind"] == "noun" else "")
        words.setdefault(key, row["kind"])
    for row in read_table("cues"):
        if row.get("pos", "VERB") == "VERB" and not row.get("object"):
            words.setdefault(row["lemma"].lower(), "report")
    return words


@functools.lru_cache(maxsize=1)
def _mute_subjects() -> frozenset[str]:
    """Nouns that cannot be a source ("the numbers say little"), from cues.tsv's MUTE rows."""
    return frozenset(row["lemma"].lower() for row in read_table("cues") if row.get("pos") == "MUTE")


def find_holder(doc: Doc, span: Span, statements: list[Statement]) -> str | None:
    """The speaker giving the number at `span`, or None when the author states it.

    Most precise reading first: a statement whose content holds the number, then
    the number's own sentence, then a transcript turn, then a statement without a
    content span whose span holds the number.
    """
    where = (span.start_char, span.end_char)
    by_content = [s for s in statements if s.content_span and _inside(where, s.content_span)]
    if by_content:
        statement = min(by_content, key=lambda s: s.content_span[1] - s.content_span[0])
        nested = _nested_source(span, statement, statements)
        return nested if nested is not None else statement.speaker
    in_sentence = holder_in_sentence(span, statements)
    if in_sentence is not None:
        return in_sentence
    quoted = _quote_speaker(span, statements)
    if quoted is not None:
        return quoted
    turn = _transcript_speaker(span)
    if turn is not None:
        return turn
    by_span = [s for s in statements if s.content_span is None and _inside(where, s.span)
               and not (s.speaker_span and _inside(where, s.speaker_span))]
    if by_span:
        return min(by_span, key=lambda s: s.span[1] - s.span[0]).speaker
    return None


def _nested_source(span: Span, statement: Statement, statements: list[Statement]) -> str | None:
    """A report inside the statement's content gives its own numbers: in "Zelensky said
    3,000 were killed, a number his military intelligence had put at several hundred",
    several hundred belongs to military intelligence."""
    reading = _sentence_reading(span, statements)
    if reading is None:
        return None
    anchor, name = reading
    lo, hi = statement.content_span
    if lo <= anchor.idx < hi:
        return name
    return None


def _is_statement_speaker(source: Token, statement: Statement) -> bool:
    return statement.speaker_span is not None and statement.speaker_span[0] <= source.idx < statement.speaker_span[1]


def _inside(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def holder_in_sentence(span: Span, statements: list[Statement] = ()) -> str | None:
    """The source the number's own sentence gives for it, or None."""
    reading = _sentence_reading(span, statements)
    return reading[1] if reading is not None else None


def _sentence_reading(span: Span, statements: list[Statement]) -> tuple[Token, str] | None:
    """(the word that attributes the number, the source's name) from the number's sentence.

    A figure noun ("an analyst estimate of ...") names it most closely; then the
    nearest reporting verb above the number; "according to X" wins over that verb
    unless the verb sits deeper than the phrase ("according to A, 10,000 were sent,
    a figure B had put at 3,000": B gives 3,000); last, a trailing "..., X said".
    """
    number = span.root
    source = _figure_noun_source(number)
    if source is not None:
        return source, _name(source, span, statements)
    verb, source = _governing_source(number)
    for token in span.sent:
        if token.lower_ == "according" and _same_clause(token, number):
            found = _according_to(token)
            if found is None or found.start <= number.i < found.end:
                continue
            if verb is None or not _below(verb, _clause_verb(token)):
                return token, found.text
    if source is None:
        source = _trailing_source(number)
        verb = source.head if source is not None else None
    if source is None or verb is None:
        return None
    return verb, _name(source, span, statements)


def _clause_verb(token: Token) -> Token:
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    return verb


def _below(verb: Token, other: Token) -> bool:
    """`verb` sits strictly below `other` in the parse."""
    return verb != other and other in verb.ancestors


def _same_clause(according: Token, number: Token) -> bool:
    """ "rents rose 94%, according to X, while the wage stands at 870 euros": X gives 94% only.

    "According to X" covers its clause and any side clause written before it, not a
    side clause that follows it.
    """
    verb = _clause_verb(according)
    if verb == number or verb in number.ancestors:
        child = _child_towards(verb, number)
        return child is not None and (child.dep_ not in _SIDE_CLAUSES or child.i < according.i)
    # The parser hung "according to" elsewhere: accept unless the number sits in a
    # side clause that follows the phrase.
    return not any(a.dep_ in _SIDE_CLAUSES and a.i > according.i for a in [number, *number.ancestors])


def _figure_noun_source(number: Token) -> Token | None:
    """ "an analyst estimate of $7.6 billion", "the 38 cents that analysts had expected"."""
    words = _figure_words()
    head = number.head
    if number.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        noun = head.head
        if f"{noun.lemma_.lower()} noun" in words or f"{noun.lower_} noun" in words:
            owner = next((c for c in noun.children if c.dep_ in ("poss", "compound")
                          and c.pos_ in ("NOUN", "PROPN")), None)
            if owner is not None:
                return owner
    noun = number.head if number.dep_ in ("nummod", "quantmod") else number
    for clause in noun.children:
        if clause.dep_ == "relcl" and words.get(clause.lemma_.lower()) in ("report", "evidence"):
            subject = _subject(clause)
            if subject is not None and subject.lower_ not in _RELATIVE:
                return subject
    return None


def _governing_source(number: Token) -> tuple[Token | None, Token | None]:
    """(verb, subject) of the nearest reporting verb above the number in the parse.

    A document as subject ("the tallies showed") gives way to a reporting verb
    further up ("she said the tallies showed"). A number inside the subject's own
    relative clause belongs to the subject ("the union, which represents 4,200
    workers, said").
    """
    words = _figure_words()
    fallback: tuple[Token | None, Token | None] = (None, None)
    for verb in number.ancestors:
        kind = words.get(verb.lemma_.lower())
        if kind not in ("report", "figure", "evidence") or verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = _subject(verb)
        if subject is None:
            continue
        if subject.left_edge.i <= number.i <= subject.right_edge.i:
            if number.i > subject.i and _in_relative_clause(number, subject):
                return verb, subject
            continue
        if not _reports(verb, number, kind):
            continue
        if kind == "evidence":
            if fallback[0] is None and f"{subject.lemma_.lower()} noun" in words:
                fallback = (verb, subject)
            continue
        return verb, subject
    return fallback


def _reports(verb: Token, number: Token, kind: str) -> bool:
    """Whether `verb` reports the number rather than sitting beside the clause that holds it.

    "said 11 people were killed" reports; "disclosed X, and agreed to pay $12 million"
    and "marched ..., though police gave estimates" do not (a conjoined or adverbial
    clause has its own teller). A figure verb reports only its object or an "at"/"to"
    phrase ("put the toll at nine"), not "declared martial law in eight districts".
    """
    child = _child_towards(verb, number)
    if child is None:
        return False
    if child.dep_ in _SIDE_CLAUSES:
        # "the ministry reported 147 cases, bringing the total to 1,963": a participle
        # after the verb carries its report on.
        return child.dep_ == "advcl" and child.tag_ == "VBG" and child.i > verb.i
    if kind != "figure":
        return True
    through = _through().get(verb.lemma_.lower(), frozenset())
    if child.dep_ == "prep":
        return child.lower_ in through
    if child.dep_ in ("ccomp", "xcomp"):
        return "clause" in through
    if "object" not in through or child.dep_ not in ("dobj", "attr", "oprd", "dative"):
        return False
    # "gave a lower estimate of around 1,000": the object is the number or a figure.
    return child == number or number.head == child or f"{child.lemma_.lower()} noun" in _figure_words()


def _child_towards(verb: Token, number: Token) -> Token | None:
    """The child of `verb` on the parse path down to `number` (the number itself if a child)."""
    node = number
    while node.head != node:
        if node.head == verb:
            return node
        node = node.head
    return None


def _in_relative_clause(number: Token, subject: Token) -> bool:
    return any(a.dep_ in ("relcl", "appos") and a.head == subject for a in number.ancestors)


def _subject(verb: Token) -> Token | None:
    """Who does the reporting: the subject, the agent of a passive, the noun a relative clause hangs on."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            return pobj
    subject = _nearest_subject(verb)
    if subject is None and verb.dep_ in ("conj", "xcomp"):
        subject = _nearest_subject(verb.head)
    if subject is None:
        return None
    subject = _past_dateline(subject)
    named = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named is not None and subject.pos_ == "NOUN":
        return named  # "the EU's foreign policy chief, Kaja Kallas"
    if subject.lower_ in _RELATIVE and verb.dep_ == "relcl":
        return verb.head
    if subject.lower_ in _NON_SOURCES or subject.lower_ in _RELATIVE or subject.lemma_.lower() in _mute_subjects():
        return None
    return subject


def _past_dateline(subject: Token) -> Token:
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


def _nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; of two ("Q: The utilities have said"), the one nearest the verb,
    never a transcript label followed by a colon."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"
                and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == ":")]
    before = [c for c in subjects if c.i < verb.i]
    return before[-1] if before else (subjects[0] if subjects else None)


def _trailing_source(number: Token) -> Token | None:
    """ "X reached 7.4 metres, the institute said": a bare reporting tail on the clause."""
    words = _figure_words()
    sent = number.sent
    for verb in sent:
        if verb.i <= number.i or words.get(verb.lemma_.lower()) != "report" or verb.pos_ != "VERB":
            continue
        if verb.dep_ not in ("parataxis", "ccomp"):
            continue
        if verb.dep_ == "ccomp" and any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
            continue  # a reported clause of its own, not a bare "..., X said" tail
        if verb.head == sent.root or verb.head in number.ancestors or verb.head == number:
            subject = _subject(verb)
            if subject is not None:
                return subject
    return None


def _name(source: Token, span: Span, statements: list[Statement]) -> str:
    """A source token as a name: a statement's resolved speaker when one sits there, a pronoun resolved."""
    doc = source.doc
    if source.lower_ in _FIRST_PERSON and _enclosing_quote(doc, source.idx) is not None:
        quoted = _quote_speaker(span, statements)  # "“We counted 70 boats,” the captain said"
        if quoted is not None:
            return quoted
    if source.lower_ in _PERSONAL:
        outer = _outer_named_subject(source)
        if outer is not None:
            source = outer
        else:
            return _previous_speaker(span, statements) or source.text
    start, end = _name_start(source), source.i + 1
    phrase = doc[source.left_edge.i : source.right_edge.i + 1]
    for s in statements:
        # A statement naming this same phrase may have resolved it ("the spy agency" -> the NIS).
        if s.speaker_span and s.speaker_span[0] <= source.idx < s.speaker_span[1] \
                and phrase.start_char <= s.speaker_span[0] and s.speaker_span[1] <= phrase.end_char \
                and "\n" not in _text(doc)[s.speaker_span[0] : s.speaker_span[1]] \
                and s.speaker.lower() not in _PERSONAL:
            return s.speaker
    return _with_conjuncts(source, start)


def _with_conjuncts(source: Token, start: int) -> str:
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
            cut = next((t.i for t in doc[prep.i : last + 1] if t.is_punct or t.dep_ in ("relcl", "acl")), None)
            end = (cut - 1) if cut is not None else last
    return doc[start : end + 1].text


def _outer_named_subject(pronoun: Token) -> Token | None:
    """ "the opposition insisted ..., publishing what it said were tallies": it = the opposition,
    the named subject of a reporting verb further up the same sentence."""
    words = _figure_words()
    for verb in pronoun.head.ancestors:
        if words.get(verb.lemma_.lower()) not in ("report", "figure"):
            continue
        subject = _subject(verb)
        if subject is not None and subject.pos_ != "PRON":
            return subject
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
    """Start of a source's name: the modifiers right before its head, without an article."""
    doc = head.doc
    start = head.i
    while start > head.left_edge.i and doc[start - 1].dep_ in _NAME_PARTS and not doc[start - 1].is_punct:
        start -= 1
    while start < head.i and doc[start].dep_ == "det" and doc[start].tag_ != "PRP$":
        start += 1
    return start


def _previous_speaker(span: Span, statements: list[Statement]) -> str | None:
    """ "It said 4,350 people...": the pronoun stands for the last named source before it."""
    before = [s for s in statements if s.span[0] < span.start_char and s.speaker
              and s.speaker.lower() not in _PERSONAL]
    if before:
        return max(before, key=lambda s: s.span[0]).speaker
    sent = span.sent
    if sent.start > 0:
        previous = span.doc[sent.start - 1].sent
        for token in previous:
            if _figure_words().get(token.lemma_.lower()) == "report" and token.pos_ == "VERB":
                subject = _subject(token)
                if subject is not None and subject.lower_ not in _PERSONAL:
                    return _with_conjuncts(subject, _name_start(subject))
    return None


def _quote_speaker(span: Span, statements: list[Statement]) -> str | None:
    """ "“We lost 40 men. It was hard,” the captain said.": a number in a quotation
    belongs to whoever the nearest reporting verb outside quotation marks in the same
    paragraph names (a second quotation with no verb of its own goes with the first)."""
    doc = span.doc
    quote = _enclosing_quote(doc, span.start_char)
    if quote is None:
        return None
    opening, closing = quote
    text = _text(doc)
    para_start = text.rfind("\n", 0, opening) + 1
    para_end = text.find("\n", closing)
    para_end = len(text) if para_end < 0 else para_end
    paragraph = doc.char_span(para_start, para_end, alignment_mode="contract")
    if paragraph is None:
        return None
    words = _figure_words()
    verbs = [t for t in paragraph if words.get(t.lemma_.lower()) == "report" and t.pos_ in ("VERB", "AUX")
             and _enclosing_quote(doc, t.idx) is None]
    for verb in sorted(verbs, key=lambda t: min(abs(t.idx - closing), abs(t.idx - opening))):
        subject = _subject(verb)
        if subject is not None and _enclosing_quote(doc, subject.idx) is None:
            return _name(subject, span, statements)
    return None


def _enclosing_quote(doc: Doc, pos: int) -> tuple[int, int] | None:
    """(opening, closing) character offsets of the quotation around `pos` in its paragraph."""
    text = _text(doc)
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


def _transcript_speaker(span: Span) -> str | None:
    """ "KERRIGAN: We are making about $45 million...": the speaker of a transcript turn.

    A turn is a line that opens with a capitalised name and a colon; it runs until
    the next turn, so later paragraphs of the same answer stay with the speaker.
    """
    turns = _turns(span.doc)
    k = bisect.bisect_right(turns, (span.start_char, "\uffff")) - 1
    if k < 0:
        return None
    label = turns[k][1]
    return label if len(label) > 1 and label.lower() not in _QUESTIONERS else None


@functools.lru_cache(maxsize=4)
def _turns(doc: Doc) -> list[tuple[int, str]]:
    """(line start, speaker label) of every line that opens a transcript turn."""
    turns, start = [], 0
    for line in _text(doc).split("\n"):
        m = _TURN.match(line[:60])
        if m is not None:
            turns.append((start, m.group(1)))
        start += len(line) + 1
    return turns
