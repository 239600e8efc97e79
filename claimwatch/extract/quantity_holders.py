"""Who gives a number: the speaker of the statement it sits in, else the author (None).

The statements stage does the real attribution; a number inside a statement's
content belongs to that statement's speaker. When no statement's content holds
the number, its own sentence is read: a reporting verb that governs the number
("the ministry estimated that ..."), a figure noun ("an analyst estimate of $7.6
billion"), "according to X", a trailing "..., the institute said", or the speaker
label of a transcript turn ("KERRIGAN: ...").
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from ..models import Statement
from .holder_words import source_frame
from .quotes import transcript_turns
from .transcripts import speaker_turns
from .holder_words import (
    could_be_source,
    figure_author,
    RELATIVE_PRONOUNS,
    according_to_source,
    child_towards,
    clause_verb,
    doc_text,
    enclosing_quote,
    figure_routes,
    figure_words,
    is_below,
    is_figure_noun,
    mute_subjects,
    name_start,
    reporting_subject,
    relayed_view,
    usable_name,
    written_name,
)

_FIRST_PERSON = {"i", "we"}
_PERSONAL = {"it", "he", "she", "they", "we", "i", "you"}
_REPORTING = {"report", "cue"}  # kinds of figure_words that report whatever clause they govern
_SIDE_CLAUSES = {"conj", "advcl", "cc", "parataxis"}
# what may follow the verb of a closing "..., X said" tail: "on Thursday", "in a statement"
_TAIL_PARTS = {"prep", "npadvmod", "advmod", "punct", "agent", "dative"}


def find_holder(doc: Doc, span: Span, statements: list[Statement]) -> str | None:
    """The speaker giving the number at `span`, or None when the author states it.

    Most precise reading first: a statement whose content holds the number, then
    the number's own sentence, then a transcript turn, then a statement without a
    content span whose span holds the number. A reading whose name could not name
    a source ("Feb 29 (Wire", a dateline taken for a speaker) gives way to the next.
    """
    for candidate in _holder_candidates(doc, span, statements):
        name = usable_name(candidate) if candidate is not None else None
        if name is not None and name.lower() not in _PERSONAL:  # not "it" of "school it says has 38 pupils", unread
            return name
    return None


def _holder_candidates(doc: Doc, span: Span, statements: list[Statement]) -> Iterator[str | None]:
    where = (span.start_char, span.end_char)
    by_content = [s for s in statements if s.content_span and _inside(where, s.content_span)
                  and not _object_of_non_report(span, s) and _reaches(span, s)]
    if by_content:
        statement = min(by_content, key=lambda s: s.content_span[1] - s.content_span[0])
        yield _nested_source(span, statement, statements)
        yield _speaker_or_author(doc, statement)
    yield holder_in_sentence(span, statements)
    yield _quote_speaker(span, statements)
    yield _transcript_speaker(span)
    # "The notice said the monthly bill averaged R9.6 million, of which it had paid 'on average less
    # than half'": a statement whose content was read as the quotation inside it still gives the
    # numbers said after its speaker
    around = [s for s in statements if s.content_span and _inside(where, s.span) and s.speaker_span
              and s.speaker_span[1] <= where[0] and not _object_of_non_report(span, s) and _reaches(span, s)]
    if around:
        yield _speaker_or_author(doc, min(around, key=lambda s: s.span[1] - s.span[0]))
    by_span = [s for s in statements if s.content_span is None and _inside(where, s.span)
               and not (s.speaker_span and _inside(where, s.speaker_span))]
    if by_span:
        yield min(by_span, key=lambda s: s.span[1] - s.span[0]).speaker


def _reaches(span: Span, statement: Statement) -> bool:
    """A statement gives the numbers of its own sentence, or of a quotation it continues;
    a content span that runs on into the next paragraph does not carry its speaker along."""
    if enclosing_quote(span.doc, span.start_char) is not None:
        return True
    anchor = statement.speaker_span[0] if statement.speaker_span else statement.span[0]
    lo, hi = sorted((anchor, span.start_char))
    if "\n" in doc_text(span.doc)[lo:hi]:
        return False
    sent = span.sent
    # an indirect report may run over one sentence the parser split off
    return sent.start_char <= anchor < sent.end_char or _sentence_gap(span, anchor) <= 1


def _sentence_gap(span: Span, anchor: int) -> int:
    doc = span.doc
    token = doc.char_span(anchor, anchor + 1, alignment_mode="expand")
    if token is None:
        return 99
    a, b = sorted((token.sent.start, span.sent.start))
    return sum(1 for t in doc[a + 1 : b + 1] if t.is_sent_start)


def _speaker_or_author(doc: Doc, statement: Statement) -> str | None:
    """The statement's speaker, or, when that speaker is a document ("figures published by
    the authority"), the document's author, or the body the text already made it speak for;
    None when no author is named."""
    if statement.speaker_span is None:
        return statement.speaker
    phrase = doc.char_span(*statement.speaker_span, alignment_mode="expand")
    if phrase is None or not is_figure_noun(phrase.root):
        return statement.speaker
    author = figure_author(phrase.root)
    if author is not None:
        return written_name(author, name_start(author))
    # "The notice said the monthly bill averaged R9.6 million", after Eskom's notice was told: the
    # document already resolved to the body that issued it
    return statement.speaker if statement.speaker.lower() not in phrase.text.lower() else None


def _object_of_non_report(span: Span, statement: Statement) -> bool:
    """ "Riverside conceded 68 goals": a number in the plain object of a verb that reports
    only through a clause ("conceded that ...") is a fact of the sentence, not a claim."""
    number = span.root
    for verb in number.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if not (statement.span[0] <= verb.idx < statement.span[1]):
            return False
        if statement.content_span and statement.content_span[0] <= verb.idx < statement.content_span[1]:
            return False  # "said the monthly bill averaged R9.6 million": a verb of what was said
        kind = figure_words().get(verb.lemma_.lower())
        if kind != "cue" and not (kind == "figure" and "object" not in figure_routes().get(verb.lemma_.lower(), ())):
            return False
        child = child_towards(verb, number)
        return child is not None and child.dep_ in ("dobj", "attr", "oprd") and child.i > verb.i
    return False


def _nested_source(span: Span, statement: Statement, statements: list[Statement]) -> str | None:
    """A report inside the statement's content gives its own numbers: in "Zelensky said
    3,000 were killed, a number his military intelligence had put at several hundred",
    several hundred belongs to military intelligence."""
    reading = _sentence_reading(span, statements)
    if reading is None:
        return None
    anchor, name = reading
    lo, hi = statement.content_span
    if lo <= anchor.idx < hi and not relayed_view(anchor):
        return name
    return None

def _inside(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def holder_in_sentence(span: Span, statements: list[Statement] = ()) -> str | None:
    """The source the number's own sentence gives for it, or None."""
    reading = _sentence_reading(span, statements)
    return reading[1] if reading is not None else None


def _sentence_reading(span: Span, statements: list[Statement]) -> tuple[Token, str] | None:
    """The reading of the number's sentence, if its source stands in the number's paragraph:
    the parser sometimes runs a sentence over a paragraph break, and a source never
    reaches across one (a quotation goes with its own speaker, see `_quote_speaker`)."""
    reading = _reading_in_sentence(span, statements)
    if reading is None:
        return None
    lo, hi = sorted((reading[0].idx, span.start_char))
    return None if "\n" in doc_text(span.doc)[lo:hi] else reading


def _reading_in_sentence(span: Span, statements: list[Statement]) -> tuple[Token, str] | None:
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
        if source_frame(token) is not None and _same_clause(token, number):
            found = according_to_source(token)
            if found is None or found.start <= number.i < found.end:
                continue
            if verb is None or not is_below(verb, clause_verb(token)):
                return token, found.text
    if source is None:
        source = _trailing_source(number)
        verb = source.head if source is not None else None
    if source is None or verb is None:
        return None
    return verb, _name(source, span, statements)


def _same_clause(according: Token, number: Token) -> bool:
    """ "rents rose 94%, according to X, while the wage stands at 870 euros": X gives 94% only.

    "According to X" covers its clause and any side clause written before it, not a
    side clause that follows it.
    """
    verb = clause_verb(according)
    if verb == number or verb in number.ancestors:
        child = child_towards(verb, number)
        return child is not None and (child.dep_ not in _SIDE_CLAUSES or child.i < according.i)
    # The parser hung "according to" elsewhere: accept unless the number sits in a
    # side clause that follows the phrase.
    return not any(a.dep_ in _SIDE_CLAUSES and a.i > according.i for a in [number, *number.ancestors])


def _figure_noun_source(number: Token) -> Token | None:
    """ "an analyst estimate of $7.6 billion", "the 38 cents that analysts had expected"."""
    words = figure_words()
    head = number.head
    if number.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        noun = head.head
        if is_figure_noun(noun):
            owner = next((c for c in noun.children if c.dep_ in ("poss", "compound")
                          and c.pos_ in ("NOUN", "PROPN")), None)
            if owner is not None:
                return owner
    noun = number.head if number.dep_ in ("nummod", "quantmod", "compound", "amod") else number
    for clause in noun.children:
        if clause.dep_ == "relcl" and words.get(clause.lemma_.lower()) in ("report", "cue", "evidence"):
            subject = reporting_subject(clause)
            if subject is not None and subject.lower_ not in RELATIVE_PRONOUNS and could_be_source(subject):
                return subject
    return None


def _governing_source(number: Token) -> tuple[Token | None, Token | None]:
    """(verb, subject) of the nearest reporting verb above the number in the parse.

    A document as subject ("the tallies showed") gives way to a reporting verb
    further up ("she said the tallies showed"). A number inside the subject's own
    relative clause belongs to the subject ("the union, which represents 4,200
    workers, said").
    """
    words = figure_words()
    fallback: tuple[Token | None, Token | None] = (None, None)
    for verb in number.ancestors:
        kind = words.get(verb.lemma_.lower())
        if kind not in ("report", "cue", "figure", "evidence") or verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = reporting_subject(verb)
        if subject is None or not could_be_source(subject):
            continue
        if subject.left_edge.i <= number.i <= subject.right_edge.i and verb.head != subject:
            if number.i > subject.i and _in_relative_clause(number, subject):
                return verb, subject
            continue
        if not _reports(verb, number, kind):
            continue
        if kind == "evidence":
            if fallback[0] is None and _is_document(subject):
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
    child = child_towards(verb, number)
    if child is None:
        return False
    if child.dep_ in _SIDE_CLAUSES:
        # "the ministry reported 147 cases, bringing the total to 1,963": a participle
        # after the verb carries its report on.
        return child.dep_ == "advcl" and child.tag_ == "VBG" and child.i > verb.i
    if kind == "cue":
        return child.dep_ in ("ccomp", "xcomp")
    if kind != "figure":
        return True
    through = figure_routes().get(verb.lemma_.lower(), frozenset())
    if child.dep_ == "prep":
        return child.lower_ in through
    if child.dep_ == "advmod" and child.lower_ in ("up", "down"):
        return "from" in through  # "raised the toll to 19, up from 16"
    if child.dep_ in ("ccomp", "xcomp"):
        return "clause" in through
    if "object" not in through or child.dep_ not in ("dobj", "attr", "oprd", "dative"):
        return False
    # "gave a lower estimate of around 1,000": the object is the number or a figure.
    return child == number or number.head == child or is_figure_noun(child)


def _is_document(subject: Token) -> bool:
    """A figure or document as subject, or its author standing for it ("EU figures show")."""
    return is_figure_noun(subject) or (subject.dep_ in ("poss", "compound") and is_figure_noun(subject.head))


def _in_relative_clause(number: Token, subject: Token) -> bool:
    return any(a.dep_ in ("relcl", "appos") and a.head == subject for a in number.ancestors)


def _trailing_source(number: Token) -> Token | None:
    """ "X reached 7.4 metres, the institute said": a bare reporting tail on the clause.

    A tail after a comma that closes the sentence ("..., but volumes dropped 4.1%, the
    company said") reports everything before it, however the parser hung it.
    """
    words = figure_words()
    sent = number.sent
    for verb in sent:
        kind = words.get(verb.lemma_.lower())
        if verb.i <= number.i or kind not in (*_REPORTING, "evidence") or verb.pos_ != "VERB":
            continue
        subject = reporting_subject(verb)
        if kind == "evidence" and (subject is None or not _is_document(subject)):
            continue  # "..., EU figures show" reports; "..., rescuers found" does not
        if subject is None or not could_be_source(subject):
            continue
        if _is_closing_tail(verb, subject, number) or _is_bare_tail(verb, number):
            return subject
    return None


def _is_bare_tail(verb: Token, number: Token) -> bool:
    sent = number.sent
    if verb.dep_ not in ("parataxis", "ccomp"):
        return False
    if verb.dep_ == "ccomp" and any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
        return False  # a reported clause of its own, not a bare "..., X said" tail
    return verb.head == sent.root or verb.head in number.ancestors or verb.head == number


def _is_closing_tail(verb: Token, subject: Token, number: Token) -> bool:
    """ "..., the company said." / "..., a commissioner said in a post, adding that ...": the
    subject follows a comma after the number, and nothing the verb reports comes after it."""
    doc = verb.doc
    first = subject.left_edge.i
    if first <= number.i or first == 0 or doc[first - 1].text != "," or subject.i > verb.i:
        return False
    return all(c.dep_ in _TAIL_PARTS or (c.dep_ == "advcl" and c.tag_ == "VBG")
               for c in verb.children if c.i > verb.i)


def _name(source: Token, span: Span, statements: list[Statement]) -> str:
    """A source token as a name: a statement's resolved speaker when one sits there, a pronoun resolved."""
    doc = source.doc
    if is_figure_noun(source):
        # "figures published by the ministry" -> the ministry; a named document keeps
        # its name ("a Civica survey")
        author = figure_author(source)
        if author is not None and (author.dep_ != "compound" or source.lemma_.lower() in mute_subjects()):
            source = author
    resolved = _statement_speaker_at(source, statements)
    if resolved is not None:
        return resolved
    if source.lower_ in _FIRST_PERSON and enclosing_quote(doc, source.idx) is not None:
        quoted = _quote_speaker(span, statements)  # "“We counted 70 boats,” the captain said"
        if quoted is not None:
            return quoted
    if source.lower_ in _PERSONAL:
        outer = _outer_named_subject(source)
        if outer is None:
            return _previous_speaker(span, statements) or source.text
        source = outer
        resolved = _statement_speaker_at(source, statements)
        if resolved is not None:
            return resolved
    return written_name(source, name_start(source))


def _statement_speaker_at(source: Token, statements: list[Statement]) -> str | None:
    """The speaker a statement resolved for this very phrase ("the spy agency" -> the NIS,
    "it" -> the opposition), if a statement names its source here."""
    doc = source.doc
    phrase = doc[source.left_edge.i : source.right_edge.i + 1]
    for s in statements:
        if s.speaker_span and s.speaker_span[0] <= source.idx < s.speaker_span[1] \
                and phrase.start_char <= s.speaker_span[0] and s.speaker_span[1] <= phrase.end_char \
                and "\n" not in doc_text(doc)[s.speaker_span[0] : s.speaker_span[1]] \
                and s.speaker.lower() not in _PERSONAL and usable_name(s.speaker) is not None:
            return usable_name(s.speaker)
    return None


def _outer_named_subject(pronoun: Token) -> Token | None:
    """ "the opposition insisted ..., publishing what it said were tallies": it = the opposition,
    the named subject of a reporting verb further up the same sentence."""
    words = figure_words()
    for verb in pronoun.head.ancestors:
        if words.get(verb.lemma_.lower()) not in ("report", "cue", "figure"):
            continue
        subject = reporting_subject(verb)
        if subject is not None and subject.pos_ != "PRON":
            return subject
    return None


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
            if figure_words().get(token.lemma_.lower()) in _REPORTING and token.pos_ == "VERB":
                subject = reporting_subject(token)
                if subject is not None and subject.lower_ not in _PERSONAL:
                    return written_name(subject, name_start(subject))
    return None


def _quote_speaker(span: Span, statements: list[Statement]) -> str | None:
    """ "“We lost 40 men. It was hard,” the captain said.": a number in a quotation
    belongs to whoever the nearest reporting verb outside quotation marks in the same
    paragraph names (a second quotation with no verb of its own goes with the first)."""
    doc = span.doc
    quote = enclosing_quote(doc, span.start_char)
    if quote is None:
        return None
    opening, closing = quote
    text = doc_text(doc)
    para_start = text.rfind("\n", 0, opening) + 1
    para_end = text.find("\n", closing)
    para_end = len(text) if para_end < 0 else para_end
    paragraph = doc.char_span(para_start, para_end, alignment_mode="contract")
    if paragraph is None:
        return None
    words = figure_words()
    verbs = [t for t in paragraph if words.get(t.lemma_.lower()) in _REPORTING and t.pos_ in ("VERB", "AUX")
             and enclosing_quote(doc, t.idx) is None]
    for verb in sorted(verbs, key=lambda t: min(abs(t.idx - closing), abs(t.idx - opening))):
        subject = reporting_subject(verb)
        if subject is not None and enclosing_quote(doc, subject.idx) is None and could_be_source(subject):
            return _name(subject, span, statements)
    return None


def _transcript_speaker(span: Span) -> str | None:
    """ "KERRIGAN: We are making about $45 million...": the speaker of a transcript turn, as the
    statements stage reads turns (`transcripts.speaker_turns`): not a questioner's or an anchor's
    turn, nor a dateline ("LUCKNOW: Hundreds of farmers ...") in a text that is no transcript."""
    doc = span.doc
    turns = doc.user_data.get("claimwatch_speaker_turns")
    if turns is None:
        turns = speaker_turns(doc, transcript_turns(doc_text(doc)))
        doc.user_data["claimwatch_speaker_turns"] = turns
    return next((turn.label for turn in turns
                 if any(s <= span.start_char < e for s, e in [turn.label_span, *turn.paragraphs])), None)
