"""What the sentence around a time expression says about it: tense and quotation.

A bare "Thursday" or "June 23" is placed before or after the publication date by
the clause it sits in: "will travel on Thursday" looks ahead, "said on Thursday"
looks back. Inside a quotation, "today" is the day the speaker spoke.
"""
from __future__ import annotations

import bisect
import functools
import re

from spacy.tokens import Doc, Token

from .calendar import Direction
from .lexicon import column_groups, read_table
from .time_grammar import lexicon

_QUOTE = re.compile(r"“[^”]*”?|\"[^\"\n]*\"?")
_PAST_AUX = frozenset({"has", "have", "had", "'ve", "'d", "was", "were", "did"})


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quotation in `text`, in order; an unclosed quote runs to its paragraph end."""
    regions = []
    for m in _QUOTE.finditer(text):
        end = m.end()
        newline = text.find("\n", m.start())
        closed = len(m.group()) > 1 and m.group()[-1] in "”\""
        if not closed and newline != -1:
            end = min(end, newline)
        regions.append((m.start(), end))
    return regions


def is_quoted(regions: list[tuple[int, int]], position: int) -> bool:
    """Whether `position` falls inside one of the sorted `regions`."""
    i = bisect.bisect_right(regions, (position, float("inf"))) - 1
    return i >= 0 and regions[i][0] <= position < regions[i][1]


def direction(doc: Doc, start: int, end: int) -> Direction:
    """"future" when the clause looks ahead, "past" when it looks back, else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    lex = lexicon()
    first = span[0]
    if first.i > 0 and doc[first.i - 1].lower_ in lex.past_words:
        return "past"
    if _date_set(span.root, lex):
        return "future"  # "fixed December 3 for ruling", "set May 4 as the date": the day set is ahead
    if _said_before(doc, first.i, lex.ahead_preps | lex.deadline_preps):
        return "past"
    token = span.root
    if token.dep_ in ("compound", "nmod") and token.head.pos_ == "NOUN" and token.head.i > span.end - 1 \
            and token.head.ent_type_ not in ("DATE", "TIME") and any(t.like_num for t in span):
        return None  # "before the Nov. 3 election": a date naming an event, not the clause's time
    path = []
    for _ in range(8):  # up to the governing verb
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        path.append(token)
        token = token.head
    prep = next((t for t in path if t.dep_ == "prep"), None)
    if prep is not None and is_baseline(prep):
        return "past"  # "agreed to hold the price for March, unchanged from February": the baseline is behind
    if any(c.dep_ == "amod" and c.lower_ in lex.ahead_modifiers for t in path if t.pos_ == "NOUN" for c in t.children):
        return "future"  # "at the next meeting in February": the occasion is still to come
    if prep is not None and prep.lower_ in lex.ahead_preps and (_pushes_ahead(token, lex) or _grants_until(token, lex)):
        return "future"
    if prep is not None and prep.lower_ == "for" and path[1:2] == [prep] and first.lower_ in lex.weekdays \
            and _set_for(prep):
        return "future"  # "announced a vigil in front of the hospital for Thursday": the day it is set for
    if _day_of_what_is_announced(token, first, path, lex):
        return "future"  # "warned of coastal flooding on Wednesday morning": the day of what is warned of
    if any(t.pos_ == "NOUN" and any(c.dep_ == "relcl" and c.tag_ == "VBD" for c in t.children) for t in path):
        return "past"  # "will charge more from July, after a meeting on Wednesday that ran past 11pm": told as past
    if prep is not None and prep.lower_ in lex.deadline_preps and _goes_on_now(token):
        return "future"  # "is handing out bottled water through Monday": what goes on now ends ahead
    if prep is not None and prep.lower_ == "by" and token.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None  # "asked it to hand over the data by 20 November": a deadline, after the asking
    # only a date hanging straight on the verb ("opens on Thursday") reads its timetable
    direct = all(t.pos_ in ("ADP", "PROPN", "NOUN") and t.ent_type_ in ("DATE", "TIME", "") for t in path[1:]) \
        and len(path) <= 2
    ends_a_state = any(t.dep_ == "prep" and t.lower_ in lex.endpoint_preps for t in path) and not _goes_on(token, lex)
    for _ in range(4):  # up the chain of verbs while the clause does not decide
        verdict, token = _verb_direction(token, lex, direct)
        direct = False
        if verdict == "past" and ends_a_state:
            return None  # "issued orders stopping the mining until a full hearing on June 17"
        if verdict != "undecided" or token is None:
            return None if verdict == "undecided" else verdict
    return None


def is_baseline(node: Token) -> bool:
    """ "..., the commission said, down from 46.5% at the last election in 2022", "compared with
    2% in 2023", "unchanged from January": a time inside the figure a claim is measured against
    dates that figure, which lies behind it (baseline_marks.tsv)."""
    marks = column_groups("baseline_marks", "word", "preposition")
    if node.dep_ == "prep" and node.lower_ in marks.get(node.head.lemma_.lower(), ()):
        return True  # "down from", "higher than"
    return node.dep_ in ("prep", "advcl") and "" in marks.get(node.lemma_.lower(), ())  # "compared with"


def _date_set(root: Token, lex) -> bool:
    """The date is what a verb of setting dates sets (tense_cues.tsv date_setting_verb): right after
    it, with no other object ("fixed December 3 for ruling"; not "fixed the pipe Monday")."""
    verb = root.head
    return root.dep_ in ("dobj", "npadvmod") and verb.lemma_.lower() in lex.date_setting_verbs \
        and root.left_edge.i == verb.i + 1 and not any(c.dep_ == "dobj" and c.i != root.i for c in verb.children)


def _day_of_what_is_announced(verb: Token, first: Token, path: list[Token], lex) -> bool:
    """ "warned of coastal flooding around high tide on Wednesday morning": a day told after what a verb
    announcing something to come (tense_cues.tsv prospect_verb) announces, inside it or hung straight
    on the verb, is that event's. Not "warned on Monday of ...", nor a day of the telling's own
    occasion ("had warned of problems in a post on Tuesday evening")."""
    if verb.lemma_ not in lex.prospect_verbs or any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return False
    announced = [c for c in verb.children if verb.i < c.i < first.i and (
        c.dep_ in ("dobj", "ccomp") or (c.dep_ == "prep" and c.lower_ in ("of", "about")))]
    if not announced:
        return False
    if any(t.ent_type_ == "DATE" and t.i < first.i - 2 for c in announced for t in c.subtree):
        return False  # "forecast third-quarter revenue below estimates on Wednesday": what is announced has its own time
    inside = any(first.i in {t.i for t in c.subtree} for c in announced)  # "of flooding on Saturday"
    return inside or all(t.dep_ == "prep" or t.ent_type_ in ("DATE", "TIME") for t in path)


def _goes_on_now(verb: Token) -> bool:
    """The verb tells what holds or goes on at the time of writing: a plain present ("stands",
    "remain") or a present progressive ("is handing out"), with no other auxiliary."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VB" and verb.dep_ == "conj" and not auxes and verb.head.tag_ in ("VBZ", "VBP"):
        verb = verb.head  # "which take effect from October 25 and run until the end of March"
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        return not auxes
    return verb.tag_ == "VBG" and len(auxes) == 1 and auxes[0].lower_ in ("is", "are", "am", "'s", "'re")


def _goes_on(verb: Token, lex) -> bool:
    """"kept sailing until February": the verb, or one of the two above it, tells in the past
    tense an activity that went on until the date (tense_cues.tsv continue_verb). Not "a
    shortage to last until April", where nothing places the lasting in the past."""
    return any(v.lemma_ in lex.continue_verbs and v.tag_ in ("VBD", "VBN") for v in _verb_chain(verb))


def _pushes_ahead(verb: Token, lex) -> bool:
    """"adjourned the hearing until ...", "agreed to delay signing until ...": the verb carrying the
    date, or one it completes, moves things later, so its date lies ahead of it."""
    return any(v.lemma_ in lex.ahead_verbs for v in _verb_chain(verb, through=("xcomp", "ccomp")))


def _grants_until(verb: Token, lex) -> bool:
    """ "has given the company until Friday to refund them": a time granted runs ahead of the
    granting (tense_cues.tsv granting_verb); not "had been given until the end of March", told
    from a past since gone by."""
    return verb.lemma_ in lex.granting_verbs and not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in verb.children)


def _verb_chain(verb: Token, through: tuple[str, ...] | None = None) -> list[Token]:
    """The verb and up to two words above it, climbing only out of `through` relations when given."""
    chain = [verb]
    for _ in range(2):
        if verb.head is verb or (through is not None and verb.dep_ not in through):
            break
        verb = verb.head
        chain.append(verb)
    return chain


def _said_before(doc: Doc, i: int, ahead: frozenset[str] = frozenset()) -> bool:
    """"said on Wednesday it would ...": a past verb right before the date governs it,
    whatever the parser attached it to; not one the date lies ahead of ("adjourned till December 3")."""
    j = i - 1
    while j >= 0 and doc[j].tag_ in ("IN", "RB", "JJ") and i - j <= 2:
        if doc[j].lower_ in ahead:
            return False
        j -= 1
    return j >= 0 and j < i and doc[j].tag_ == "VBD"


def _verb_direction(verb: Token, lex, direct: bool = False) -> tuple[Direction | str, Token | None]:
    """The direction one verb sets, or "undecided" with the verb to ask next."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and not _cut_off(c, verb)]
    lowers = {a.lower_ for a in auxes}
    if lowers & lex.future_aux or any(a.lower_ == "going" and a.i < verb.i and a.dep_ not in ("ccomp", "parataxis")
                                      for a in verb.children):  # "going to vote", not a quote's "are going home"
        return "future", None
    if verb.lemma_ in lex.future_verbs and verb.tag_ != "VBD":
        # "is scheduled for Thursday" looks ahead; "was originally planned for February" may not,
        # but "said the heaviest snow was expected early Sunday" tells, shifted back, what was still to come
        shifted = lowers & {"was", "were"} and not lowers & {"had", "'d"} and _reported_clause(verb)
        return (None if lowers & _PAST_AUX and not shifted else "future"), None
    if verb.dep_ == "advcl" and verb.head is not verb and any(a.lemma_ == "have" for a in auxes) and any(
            c.dep_ == "mark" and c.lower_ in lex.condition_marks for c in verb.children):
        # "will chase it if the money has not arrived by February 7": a perfect in a condition is
        # told from the time of the clause it conditions
        return "undecided", verb.head
    infinitive = "to" in lowers or verb.dep_ == "xcomp"
    if infinitive and verb.head is not verb:
        if verb.head.lemma_ in lex.future_verbs or _obliged_now(verb.head, lex):
            return "future", None
        if verb.head.pos_ == "NOUN" and verb.head.dep_ == "dobj" and verb.head.head.lemma_ in lex.future_verbs:
            return "future", None  # "expected outages to peak on Sunday", the infinitive hung on the object
        return "undecided", verb.head
    if verb.tag_ == "VBD" or lowers & _PAST_AUX:
        return "past", None
    if direct and verb.tag_ in ("VBZ", "VBP") and verb.lemma_ in lex.schedule_verbs and not auxes:
        return "future", None  # "the summit opens on Thursday"
    if verb.tag_ == "VBG" and auxes and all(a.lemma_ == "be" for a in auxes) and verb.dep_ == "ccomp" \
            and verb.head is not verb:
        return "undecided", verb.head  # "We'll see who's standing on Monday": the clause it completes tells
    if auxes:  # "could be delayed until April": a modal leaves the direction open
        return None, None
    if verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.lemma_.lower() in _occasion_verbs():
        return "past", None  # "Asked on Tuesday whether ..., X would not rule it out": the asking happened
    if verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(c.dep_ == "agent" for c in verb.children)):
        # "a report published on Monday" happened; "a hearing listed for June 23" is open; "the cut
        # announced by the Treasury on Thursday would mean ...", however the parser hung it, was announced
        preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
        if "for" in preps and verb.lemma_ in lex.prospect_verbs:
            return "future", None  # "heavy rain forecast for Wednesday": the day of what is foreseen
        return (None if "for" in preps else "past"), None
    if verb.tag_ in ("VBN", "VBG") and verb.head is not verb:
        return "undecided", _next_verb(verb.head)
    return None, None


def _obliged_now(verb: Token, lex) -> bool:
    """ "If you don't have to be on the road Sunday", "needs to be signed by Friday": a present
    obligation (tense_cues.tsv obligation_verb) is met ahead, unlike "had to be evacuated on Sunday"."""
    return verb.lemma_ in lex.obligation_verbs and verb.tag_ != "VBD" and not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in _PAST_AUX for c in verb.children)


def _reported_clause(verb: Token) -> bool:
    """The verb heads, or is joined to, a clause that a reporting verb (cues.tsv) completes."""
    for _ in range(3):
        if verb.dep_ != "conj" or verb.head is verb:
            break
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head is not verb and verb.head.lemma_.lower() in _reporting_verbs()


@functools.lru_cache(maxsize=1)
def _reporting_verbs() -> frozenset[str]:
    """The verbs of cues.tsv ("said", "told", "warned")."""
    return frozenset(r["lemma"].lower() for r in read_table("cues") if r["pos"].upper() == "VERB")


@functools.lru_cache(maxsize=1)
def _occasion_verbs() -> frozenset[str]:
    """Verbs naming the occasion a source spoke at (cues.tsv OCCASION rows: asked, reached, questioned)."""
    return frozenset(r["lemma"].lower() for r in read_table("cues") if r["pos"].upper() == "OCCASION")


def _cut_off(aux: Token, verb: Token) -> bool:
    """ '"... and we never will," X had told reporters on Monday': an auxiliary before the verb's
    subject, with punctuation between, belongs to a quotation the parser joined to the verb."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and aux.i < subject.i < verb.i and any(t.is_punct for t in verb.doc[aux.i + 1 : subject.i])


def _next_verb(token: Token) -> Token | None:
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def _set_for(prep: Token) -> bool:
    """ "a vigil for Thursday", "called a strike for Thursday": "for" a weekday after a thing (not a
    day) that is set for it, whether the parser hangs "for" on the thing or on the verb after it."""
    head = prep.head
    if head.pos_ == "NOUN":
        return head.ent_type_ not in ("DATE", "TIME")
    return head.pos_ == "VERB" and any(c.dep_ == "dobj" and c.i < prep.i and c.pos_ == "NOUN"
                                       and c.ent_type_ not in ("DATE", "TIME") for c in head.children)
