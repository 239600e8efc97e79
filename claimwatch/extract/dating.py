"""said_on: the day a source spoke, from a time in its own clause or an earlier dated act.

Values come from the TimeExpr records the times extractor made (it resolves weekdays,
"yesterday", "last month", yearless dates against the publication date); a calendar
value is taken as is, a clock time becomes its day and a week becomes the month of its
Thursday (statements are dated to the day, month or year). A time the extractor left
unvalued dates nothing: a wrong date is worse than none.

Which times may date an act is read from the parse (`dates_act`): the path from the
time's head word up to the cue verb must stay in the act's own clause.
"""
from __future__ import annotations

import functools
import re
import dataclasses
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from .holder_words import doc_text
from ..models import Statement, TimeExpr
from .quotes import headline_line
from .calendar import day_of
from .lexicon import column_groups, read_table, word_set
from .time_grammar import lexicon as time_lexicon
from .content import CONTENT_DEPS, CONTENT_PREPS, occasion_misread, occasion_verbs, speakers_occasion
from .source_marks import DOCUMENT_NOUNS, FINDING_NOUNS
from .holder_words import frame_objects
from .stance import DECLINING, is_negated, verb_cue

_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def calendar_value(time: TimeExpr) -> str | None:
    """A said_on value for a time expression: day, month or year, else None."""
    value = time.value
    if not value:
        return None
    if _DATE.match(value):
        return value
    day = day_of(value)
    if day is not None:  # "2025-05-28T16:40", "2025-05-28TEV"
        return day.isoformat()
    m = _WEEK.match(value)
    if m:
        try:
            thursday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 4)
        except ValueError:
            return None
        return f"{thursday.year:04d}-{thursday.month:02d}"
    return None


def time_in(times: list[TimeExpr], ranges: list[tuple[int, int]], anchor: int) -> str | None:
    """The said_on value of the time expression inside `ranges` nearest to `anchor`."""
    best, distance = None, None
    for time in times:
        start, end = time.span
        if time.type == "DURATION" or not any(lo <= start and end <= hi for lo, hi in ranges):
            continue
        value = calendar_value(time)
        if value is None:
            continue
        d = min(abs(start - anchor), abs(end - anchor))
        if distance is None or d < distance:
            best, distance = value, d
    return best


# Arcs a time expression may not climb to date an act: the subject and what hangs on it
# ("Sova, who worked there until June, told ..."), relative clauses, appositions and the
# reported content ("said that cracks appeared in April" dates the cracks, not the saying).
_FOREIGN_ARCS = {"nsubj", "nsubjpass", "csubj", "relcl", "appos", "acl", "dative", "iobj"} | CONTENT_DEPS


def dates_act(time_root: Token, cue: Token) -> bool:
    """Whether a time expression headed by `time_root` modifies the act `cue` itself: its
    dependency path up to the cue crosses no subject, relative clause, apposition, content
    clause, coordinated verb or other reporting act. Inside a participle naming the occasion
    ("asked about the reports on Tuesday, X declined") objects and about-phrases may be crossed."""
    if time_root.head.dep_ == "prep" and time_root.head.lower_ in _SPAN_PREPOSITIONS:
        return False
    if (time_root.dep_ == "poss" or (time_root.dep_ in ("compound", "nmod") and time_root.head.pos_ == "NOUN"
                                     and time_root.head.ent_type_ not in ("DATE", "TIME"))) \
            and time_root.head.lemma_.lower() not in occasion_nouns():
        return False  # "Tuesday's ferry sinking", "the Nov. 3 election" name an event's day; "at Tuesday's hearing" still dates
    targets = {cue.i}
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in DECLINING:
        targets.add(cue.head.i)  # "declined on Monday to comment"
    node, below, crossed_object = time_root, None, False
    while node.i not in targets:
        if node.head.i == node.i or _baseline(node):
            return False
        if _occasion_participle(node, cue):
            crossed_object = False
        elif _foreign(node) and not _occasion_of_act(node, below, time_root, cue):
            if not (node.dep_ == "dobj" or (node.dep_ == "prep" and node.lower_ == "about")) or node.pos_ in ("VERB", "AUX"):
                return False
            crossed_object = True
        node, below = node.head, node
    return not crossed_object or closes_the_object(time_root, cue)


def _baseline(node: Token) -> bool:
    """ "..., the commission said, down from 46.5% at the last election in 2022", "compared with
    2% in 2023": a time inside the figure a claim is measured against dates that figure
    (baseline_marks.tsv)."""
    marks = column_groups("baseline_marks", "word", "preposition")
    if node.dep_ == "prep" and node.lower_ in marks.get(node.head.lemma_.lower(), ()):
        return True  # "down from", "higher than"
    return node.dep_ in ("prep", "advcl") and "" in marks.get(node.lemma_.lower(), ())  # "compared with"


def closes_the_object(time_root: Token, cue: Token) -> bool:
    """ "rejected the decision on Saturday", "declared victory in the by-election late on Sunday":
    a day that closes the act's object, hung on the object's noun by the parser, is the act's day
    (an event of its own day is written "Saturday's decision")."""
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if obj is None or time_root.right_edge.i != obj.right_edge.i or time_root.ent_type_ != "DATE":
        return False
    phrase = time_root.head  # "on Saturday", or "late on Sunday" through "late"
    if phrase.dep_ != "prep" or phrase.lower_ not in _POINT_PREPOSITIONS:
        return False
    return phrase.head.i == obj.i or (phrase.head.dep_ == "advmod" and phrase.head.head.i == obj.i)


# Prepositions bounding a state ("in charge until June", "in office since 2019"): an act of
# speaking is a point, so such a time never dates it.
_SPAN_PREPOSITIONS = {"until", "till", "since", "through", "throughout"}
# Prepositions of a time phrase that names a point (not "until June", "since 2019"), for a
# phrase the parser hung on the subject ("The union on Wednesday rejected ...").
_POINT_PREPOSITIONS = {"on", "in", "at", "during"}


def dates_own_occasion(time_root: Token, cue: Token) -> bool:
    """ "accused each other of misleading voters in their only televised debate on Wednesday night":
    a time on the speaker's own occasion dates the act even where the parser hung that occasion
    inside what was said (see `_own_occasion`)."""
    node = time_root
    while node.i != cue.i and node.head.i != node.i:
        if _own_occasion(node.head, node):
            return cue in node.head.ancestors
        node = node.head
    return False


def _own_occasion(node: Token, below: Token | None) -> bool:
    """ "in their only televised debate on Wednesday night", "in his speech on Monday": the
    speaker's own occasion (an occasion noun owned by a personal pronoun) dates the act wherever
    the parser hung the phrase, even inside what was said."""
    return (below is None or below.dep_ == "prep") and node.dep_ == "pobj" \
        and node.head.lower_ in ("in", "at", "during") and occasion_word(node) in occasion_nouns() \
        and any(c.dep_ == "poss" and c.lower_ in ("their", "his", "her", "its") for c in node.children)


def _occasion_participle(node: Token, cue: Token) -> bool:
    """ "Asked about the reports, X declined", "X, speaking to lawmakers, said": a participle
    of an OCCASION verb (cues.tsv) on the act or beside its speaker. "An official, briefing
    reporters the next day, said": the parser may read the participle as a noun modifying its
    object, which it then sets beside the speaker."""
    if node.dep_ == "appos" and node.head.dep_ in ("nsubj", "nsubjpass") and node.head.head.i == cue.i:
        return any(c.dep_ in ("compound", "amod") and c.tag_ == "VBG" and c.i == node.left_edge.i
                   and c.lemma_.lower() in occasion_verbs() for c in node.children)
    if node.dep_ == "advcl" and node.head.i == cue.i and _simultaneous(node):
        return True  # "Recording her conclusion on Wednesday, the coroner said"
    if node.dep_ == "acl" and node.head.dep_ in ("nsubj", "nsubjpass") and node.head.head.i == cue.i \
            and node.tag_ == "VBG" and verb_cue(node) is None and not any(c.dep_ in ("mark", "aux") for c in node.children) \
            and node.i > 0 and node.doc[node.i - 1].text == ",":
        return True  # "Pensioner Ilona Varga, shopping at a market on Thursday, said": what she was doing as she spoke
    if node.tag_ not in ("VBN", "VBG") or node.lemma_.lower() not in occasion_verbs():
        return False
    if node.dep_ == "advcl":
        return node.head.i == cue.i
    return node.dep_ == "acl" and node.head.dep_ in ("nsubj", "nsubjpass") and node.head.head.i == cue.i


def _simultaneous(node: Token) -> bool:
    """ "Recording a narrative conclusion on Wednesday, X said", "Visiting Kyiv on Monday, X said": a
    bare present participle before the act tells what the speaker was doing as they spoke. Not one
    introduced by a conjunction ("while", "after"), a perfect ("having met"), or a reporting act of
    its own ("adding on Tuesday that ...")."""
    return (node.tag_ == "VBG" and node.i < node.head.i and verb_cue(node) is None
            and not any(c.dep_ in ("mark", "aux") for c in node.children))


def _occasion_of_act(node: Token, below: Token | None, time_root: Token, cue: Token) -> bool:
    """Modifiers the parser hangs away from the cue that still tell when the act happened:
    the document carrying it ("in a statement issued on Wednesday", "a poll by X published
    last week found") and a time phrase between subject and verb ("X on Monday said")."""
    if node.dep_ == "acl" and node.tag_ in ("VBN", "VBG"):
        head = node.head
        by_phrase = head.dep_ == "pobj" and head.head.lower_ in ("by", "from") and \
            head.head.head.lemma_.lower() in DOCUMENT_NOUNS  # "a poll by X published ..."
        return head.lemma_.lower() in DOCUMENT_NOUNS or by_phrase
    if node.dep_ not in ("nsubj", "nsubjpass") or node.head.i != cue.i or below is None:
        return False
    if below.dep_ == "acl" or _occasion_participle(below, cue):
        return True  # a document or occasion checked one step down
    if below.dep_ == "prep" and (
            any(c.dep_ == "pobj" and c.lemma_.lower() in DOCUMENT_NOUNS for c in below.children)
            or (below.lower_ in ("by", "from") and node.lemma_.lower() in DOCUMENT_NOUNS)):
        return True  # "X, in a statement issued on ..., said"; "a poll by Y published ..."
    own_phrase = below.i == time_root.i or (below.i == time_root.head.i and below.lower_ in _POINT_PREPOSITIONS)
    return own_phrase and below.dep_ in ("prep", "npadvmod") and node.i < below.i < cue.i


def dates_speakers_occasion(time_root: Token, cue: Token) -> bool:
    """ "X, who spoke with journalists in Abuja on Tuesday, urged ...": a relative clause on the
    speaker telling the occasion they spoke at (an OCCASION verb of cues.tsv) dates the act."""
    node = time_root
    while node.dep_ in ("pobj", "prep", "npadvmod", "compound") and node.head.i != node.i:
        node = node.head
    return speakers_occasion(node) and _speaker_of(node.head, cue) \
        and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in cue.children)  # not "has said nothing since"


def _speaker_of(noun: Token, cue: Token) -> bool:
    """Whether `noun` is the act's subject or a name in apposition to it."""
    if noun.dep_ == "appos":
        noun = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == cue.i


def _foreign(node: Token) -> bool:
    """An arc that leads out of the act's own clause."""
    if is_addressee(node):
        return False  # "told the court on Monday that ...": the parser may hang the time on the court
    if node.dep_ in _FOREIGN_ARCS:
        return True
    if node.dep_ == "prep" and node.lower_ in CONTENT_PREPS:
        return node.head.pos_ not in ("ADV", "ADJ")  # not "as recently as late October"
    if node.pos_ in ("VERB", "AUX") and node.dep_ in ("conj", "parataxis", "ccomp"):
        return True  # "told X and left on Monday": the leaving is dated, not the telling
    return node.pos_ in ("VERB", "AUX") and verb_cue(node) is not None


def is_addressee(node: Token) -> bool:
    """The hearer of a cue that also reports a clause: "told reporters that ...",
    "assured lawmakers the plan ..." (an object beside a complement clause)."""
    head = node.head
    return (node.dep_ in ("dobj", "dative", "iobj") and node.pos_ in ("NOUN", "PROPN", "PRON")
            and node.lower_ != "that" and node.i > head.i
            and any(c.dep_ == "ccomp" and c.i > node.i for c in head.children))


def dates_act_misparsed(time_root: Token, cue: Token) -> bool:
    """ "said on Wednesday that ...", "said Tuesday the ...": a time right after the cue that the
    parser hung on the complement still dates the act, unless it is part of a noun phrase
    there ("said Sunday's attack", "said Monday meetings")."""
    if time_root.dep_ in ("poss", "nsubj", "nsubjpass", "compound", "appos", "dobj", "attr"):
        return False
    if time_root.head.lower_ in _SPAN_PREPOSITIONS:
        return False
    between = cue.doc[cue.i + 1 : time_root.left_edge.i]
    return all(t.pos_ == "ADP" for t in between)


def dates_act_past_quotation(time_root: Token, cue: Token) -> bool:
    """ 'called the claims "the tantrum of a man who has lost" in an interview on Thursday': a time
    after the quotation closes, among the act's own phrases, which the parser hung inside it."""
    doc = cue.doc
    start = time_root.left_edge.i
    if time_root.i <= cue.i or start < 1:
        return False
    close = start - 1
    while close > cue.i and doc[close].pos_ in ("ADP", "DET", "NOUN", "PROPN", "ADJ") and not doc[close].is_quote:
        close -= 1  # back over "in an interview with Radio Valle"
    if close <= cue.i or not doc[close].is_quote:
        return False
    anchor = time_root.head if time_root.dep_ == "pobj" else time_root
    return cue.i < anchor.head.i < close or cue.i < anchor.i < close


def dates_occasion_before_that(time_root: Token, cue: Token) -> bool:
    """ "told a results call on Thursday that ...", "told a news conference on Monday that ...": the
    occasion and its day between the cue and the "that" of what was said, which the parser may hang
    on the complement, still date the act."""
    doc = cue.doc
    right = time_root.right_edge.i
    if right + 1 >= len(doc) or doc[right + 1].lower_ != "that" or time_root.i <= cue.i:
        return False
    between = doc[cue.i + 1 : time_root.left_edge.i]
    if not 0 < len(between) <= 6 or any(t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "ADP", "VERB") for t in between):
        return False
    return any(occasion_misread(t) for t in between)


@functools.lru_cache(maxsize=None)
def occasion_nouns() -> frozenset[str]:
    return word_set("occasion_nouns", "noun")


@functools.lru_cache(maxsize=None)
def _long_occasions() -> dict[str, str]:
    """noun -> the occasion of many days and speakers it stands for ("jury" -> "court")."""
    return {row["noun"].lower(): row["occasion"].lower() for row in read_table("occasion_nouns") if row["occasion"]}


def occasion_word(noun: Token) -> str:
    """The occasion_nouns.tsv entry a noun stands as: with its compound where the table has the
    two words ("question time", "news conference"), else its lemma."""
    lemma = noun.lemma_.lower()
    compound = " ".join(c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i)
    return f"{compound} {lemma}" if compound and f"{compound} {lemma}" in occasion_nouns() else lemma


def occasion_of(word: Token) -> str | None:
    """The long occasion a word of a speaker's title stands for ("Judge" -> "court"), if any."""
    return _long_occasions().get(word.lemma_.lower())


def _same_noun(a: Token, b: Token) -> bool:
    return occasion_word(a) == occasion_word(b) or a.lower_ == b.lower_


def _one_occasion(a: Token, b: Token) -> bool:
    """Nouns of one occasion: "told the jury" after "told a court on Tuesday"."""
    mine = _long_occasions().get(occasion_word(a))
    return mine is not None and mine == _long_occasions().get(occasion_word(b))


def results_call(cue: Token) -> Token | None:
    """ "said on a call with analysts", "told investors on a conference call": the call, undated,
    that a company holds on the day it reports (results_audiences.tsv)."""
    audiences = word_set("results_audiences", "lemma")
    told = any(c.dep_ in ("dobj", "dative") and c.lemma_.lower() in audiences for c in cue.children)
    for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ in ("on", "in", "during")):
        for call in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() == "call"):
            if any(c.lower_ in ("a", "an") for c in call.children) and (told or any(
                    w.lower_ == "with" and any(a.lemma_.lower() in audiences for a in w.children)
                    for w in call.children)):
                return call
    return None


def press_occasion(cue: Token) -> Token | None:
    """ "told a news conference in Quito", "said at a briefing", "telling reporters": the press the
    act was made before, named with no day and as no occasion the text told before
    (press_occasions.tsv)."""
    press = word_set("press_occasions", "noun")
    addressing = word_set("addressing_verbs", "lemma")
    heard = [c for c in cue.children if c.dep_ in ("dobj", "dative")] if cue.lemma_.lower() in addressing else []
    at = [g for c in cue.children if c.dep_ == "prep" and c.lower_ in ("at", "during", "in")
          for g in c.children if g.dep_ == "pobj"]
    def named(noun: Token) -> bool:
        compound = " ".join(c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i)
        return noun.lemma_.lower() in press or f"{compound} {noun.lemma_.lower()}" in press

    return next((noun for noun in (*heard, *at) if named(noun)
                 and not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children)), None)


def _definite_occasion(noun: Token) -> bool:
    """An occasion noun that points back to one the text told: "the same briefing", "its statement";
    a sitting named by its own name ("after question time"); the members of a sitting as a
    whole ("told MPs", "told jurors")."""
    if any((c.lower_ in _DEFINITE and c.dep_ in ("det", "amod")) or (c.dep_ == "poss" and c.pos_ == "PRON")
           for c in noun.children):
        return True
    if any(c.dep_ in ("det", "poss") for c in noun.children):
        return False
    word = occasion_word(noun)
    return " " in word or (word in _long_occasions() and noun.lower_.endswith("s"))


_DEFINITE = {"the", "that", "this", "same"}


def occasion_mention(cue: Token) -> Token | None:
    """ "said in the statement", "argued at the same hearing", "said on the call": a definite
    occasion noun (occasion_nouns.tsv) in a phrase on the act itself, pointing back to an
    occasion the text already told; also on a participle that sets the occasion ("Speaking at the
    same briefing, X said")."""
    heads = [cue, *(c for c in cue.children if _occasion_participle(c, cue))]
    addressing = word_set("addressing_verbs", "lemma")
    # "told the meeting that ...", "told the hearing", "Briefing the emergency session, X said": the
    # occasion heard it
    speaking = [cue, *(c for c in cue.children if c.dep_ in ("advcl", "nsubj") and c.tag_ == "VBG")]
    for hearer in (h for verb in speaking if verb.lemma_.lower() in addressing for h in verb.children):
        if hearer.dep_ in ("dobj", "dative") and occasion_word(hearer) in occasion_nouns() \
                and _definite_occasion(hearer):
            return hearer
    for subject in (c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.lemma_.lower() in DOCUMENT_NOUNS and occasion_word(subject) in occasion_nouns() \
                and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in subject.children):
            return subject  # "The 140-page report, written by a panel, concluded": the report told before
    for prep in (p for h in heads for p in h.children):
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "on", "during", "after", "following", "outside"):
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and occasion_word(noun) in occasion_nouns() and _definite_occasion(noun):
                return noun
    for noun in frame_objects(cue) or ():  # "according to the award": the award the text told of before
        if occasion_word(noun) in occasion_nouns() and _definite_occasion(noun):
            return noun
    return None


def _dates_mention(time: TimeExpr, act: Token | None) -> bool:
    """Whether a time in the sentence of an occasion's mention dates the act the mention belongs to:
    not "X died on January 19 after being discharged on January 17, the court heard"."""
    span = act.doc.char_span(*time.span, alignment_mode="expand") if act is not None else None
    if span is None or not len(span):
        return True
    node = span.root
    while node.i != act.i and node.head.i != node.i:
        if node.dep_ in ("ccomp", "xcomp", "csubj", "relcl"):
            return False  # a time inside what was heard or said, or inside a description
        node = node.head
    return True


def occasion_day(noun: Token, dated: list[tuple[tuple[int, int], str]], times: list[TimeExpr],
                 act_days: dict[int, str] | None = None, quoted: list[tuple[int, int]] = ()) -> str | None:
    """The day of the occasion an "in the statement" points back to: the nearest earlier mention
    of the same noun, dated by the statement it is part of (`dated`: (span, said_on) so far)
    or by a time in its own sentence ("On a call with analysts later on Wednesday"), not one
    inside what was said there ("..., she told reporters after the meeting, '... on Monday'"; "X
    died on January 19, the court heard")."""
    doc = noun.doc
    # a noun standing for a longer occasion ("the jury", "the court": a trial of many days) is
    # matched by any noun of it and counts only where an act names a full day
    loose = occasion_word(noun) in _long_occasions()
    if loose and _told_as_earlier(noun):
        return None
    for earlier in reversed(doc[: noun.sent.start]):
        if not _same_noun(earlier, noun) and not _one_occasion(earlier, noun):
            continue  # "ruling that ...": the participle names the ruling the text comes back to
        for span, said_on in reversed(dated):
            if span[0] <= earlier.idx < span[1] and (not loose or len(said_on) == 10):
                return said_on
        for act in earlier.ancestors:  # "the company said in a statement to ...": the act it was made in
            if act_days and act.i in act_days and (not loose or len(act_days[act.i]) == 10):
                return act_days[act.i]
        sent = earlier.sent
        act = next((a for a in earlier.ancestors if a.pos_ in ("VERB", "AUX")), None)
        near = [t for t in times if sent.start_char <= t.span[0] < sent.end_char and t.type != "DURATION"
                and not any(s <= t.span[0] < e for s, e in quoted) and _dates_mention(t, act)]
        value = time_in(near, [(sent.start_char, sent.end_char)], earlier.idx)
        if value and (not loose or len(value) == 10):
            return value
        if not loose:
            return None  # the nearest mention is the occasion meant; an undated one dates nothing
    return None
    return None


@functools.lru_cache(maxsize=1)
def sittings() -> frozenset[str]:
    return frozenset(row["noun"].lower() for row in read_table("occasion_nouns") if row["sitting"] == "yes")


_SITTING_PREPOSITIONS = ("at", "during", "before", "in", "after")  # "told reporters after the match"


def sitting_noun(cue: Token) -> Token | None:
    """The sitting of many parties an act was made at, when the act names it (occasion_nouns.tsv,
    sitting): "told the Work and Pensions Committee on Tuesday", "told the council", "Briefing the
    emergency session"; not "accused the council of ...", which names no sitting."""
    verbs = [cue, *(c for c in cue.children if c.dep_ in ("advcl", "nsubj") and c.tag_ == "VBG")]
    addressing = word_set("addressing_verbs", "lemma")
    for verb in verbs:
        heard = verb.lemma_.lower() in addressing
        for child in verb.children:
            nouns = [child] if child.dep_ in ("dobj", "dative") and heard else \
                [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" and (
                    child.lower_ in _SITTING_PREPOSITIONS or (child.lower_ == "to" and heard)) else []
            found = next((noun for noun in nouns if occasion_word(noun) in sittings()), None)
            if found is not None:
                return found
    # "accused each other of misleading voters in their only televised debate": the speakers' own
    # sitting, wherever the parser hung it
    return next((t for t in cue.subtree if t.dep_ == "pobj" and t.i > cue.i and occasion_word(t) in sittings()
                 and _own_occasion(t, None)), None)


def opens_new_time(para: tuple[int, int] | None, times: list[TimeExpr], said: list[tuple[int, int]]) -> bool:
    """Whether a paragraph names a day, month or year of its own outside what is said (`said`): the
    story has moved to another time."""
    if para is None:
        return True
    return any(para[0] <= t.span[0] < para[1] and t.type == "DATE" and not any(s <= t.span[0] < e for s, e in said)
               for t in times)


def _told_as_earlier(noun: Token) -> bool:
    """ "had argued during the trial": an act in the past perfect, before the day the text is about."""
    act = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return act is not None and any(a.dep_ == "aux" and a.lemma_ == "have" and a.tag_ == "VBD" for a in act.children)


def told_before(noun: Token) -> bool:
    """Whether the text named the occasion `noun` points back to before its sentence."""
    return any(t.lemma_.lower() == noun.lemma_.lower() or t.lower_ == noun.lower_ for t in noun.doc[: noun.sent.start])


def unintroduced_occasion_day(noun: Token, dated: list[tuple[tuple[int, int], str]], lead: tuple[int, int] | None,
                              times: list[TimeExpr], contents: list[tuple[int, int]],
                              published: date | None = None) -> str | None:
    """ "said during the debate", "told the meeting", with no debate or meeting told before: a
    definite occasion the text never introduced is the event its lead reports, so it takes the
    day of the lead's first dated act, else of the lead's first day outside anything reported
    ("Councillors voted on Tuesday night ..."); "at the same briefing" is the occasion of the act
    just told. `dated`: (span, said_on) of the statements so far; `lead`: the first body paragraph."""
    days = [(span, day) for span, day in dated if len(day) == 10]
    if occasion_word(noun) in _long_occasions() and _told_as_earlier(noun):
        return None
    if any(c.lower_ == "same" for c in noun.children):
        return days[-1][1] if days else None
    if lead is None:
        return None
    act = next((day for span, day in days if lead[0] <= span[0] < lead[1]), None)
    if act is not None:
        return act
    # "Ministers failed on Thursday to agree ..., diplomats said": the event the lead reports is
    # the occasion even when someone is cited for it; not a day still to come
    return first_day(times, lead, outside=contents) or first_day(times, lead, until=published)


def first_day(times: list[TimeExpr], within: tuple[int, int],
              outside: list[tuple[int, int]] = (), until: date | None = None) -> str | None:
    """The first full day a time expression inside `within` (and outside every `outside` range,
    and no later than `until` when given) names, in text order."""
    return next((value for t in sorted(times, key=lambda t: t.span)
                 if within[0] <= t.span[0] < within[1] and t.type != "DURATION"
                 and not any(s <= t.span[0] < e for s, e in outside)
                 and (value := calendar_value(t)) and len(value) == 10
                 and (until is None or value <= until.isoformat())), None)


def document_day(cue: Token, times: list[TimeExpr]) -> str | None:
    """The date a document that speaks was issued, when its own phrase gives it: "a 2021 report by
    the Audit Bureau found ...", "according to a study published in November 2022". A report
    says what it says on the day it came out, however much later the news quotes it."""
    phrases = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
    framed = frame_objects(cue)
    if framed is not None:  # "according to a 2021 report"
        phrases = framed
    # "The WHO, in an outbreak notice published late on Tuesday, said": the notice the act was made in
    made_in = [g for c in cue.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
               if g.dep_ == "pobj" and g.lemma_.lower() in occasion_nouns()
               and any(a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in _issuing_verbs()
                       for a in g.subtree)]
    for head in [*phrases, *made_in]:
        if head.lower_ not in FINDING_NOUNS and head not in made_in and not _issued_on(head):
            continue
        start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)
        for time in times:
            if start <= time.span[0] and time.span[1] <= end and time.type == "DATE":
                value = calendar_value(time)
                if value:
                    return value
    return None


def _issued_on(head: Token) -> bool:
    """ "A message posted on Thursday on a channel ... rejected ...": a document whose own phrase
    tells when it came out says what it says on that day."""
    return head.lemma_.lower() in DOCUMENT_NOUNS and any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _issuing_verbs() for c in head.children)


@functools.lru_cache(maxsize=None)
def _issuing_verbs() -> frozenset[str]:
    return word_set("issuing_verbs", "lemma")


@functools.lru_cache(maxsize=1)
def _sequel_phrases() -> tuple[str, ...]:
    return tuple(sorted((row["phrase"] for row in read_table("sequel_times") if row.get("phrase")), key=len, reverse=True))


def sequel_day(cue: Token, times: list[TimeExpr], last_act_day: str | None = None) -> str | None:
    """The day of an act whose sentence opens by placing it just after the event told before ("Within
    hours, Hammad said ..."): the day of the last time before the sentence that names a day; of an
    act the phrase modifies where it stands, the day of the last act told before (`last_act_day`)."""
    sentence = cue.sent
    opening = sentence.text.lower().lstrip(" \"“")
    if not any(opening.startswith(p) and not opening[len(p):len(p) + 1].isalpha() for p in _sequel_phrases()):
        # "X shot back minutes later", "denied that within the hour": just after the act told before
        return last_act_day if _sequel_on_act(cue) else None
    days = [(t.span[1], value) for t in times if t.span[1] <= sentence.start_char and t.type != "DURATION"
            and (value := calendar_value(t)) and len(value) == 10]
    return max(days)[1] if days else None


def _sequel_on_act(cue: Token) -> bool:
    """ "The Social Democrats denied that within the hour", "X rejected the claim hours later": the
    phrase modifies the act itself, wherever it stands."""
    return any(child.dep_ in ("prep", "advmod", "npadvmod")
               and cue.doc[child.left_edge.i:child.right_edge.i + 1].text.lower() in _sequel_phrases()
               for child in cue.children)


SEQUENCE_MARKS = {"after", "before", "since", "until"}
_CALENDAR_UNITS = {"D", "W", "M", "Y"}  # "hours after" can be the same day; "a day after" cannot
_UNIT_DAYS = {"D": 1, "W": 7}  # stretches counted in days; months and years have no fixed length


def days_apart(clause: Token) -> bool:
    """ "a day after the union said", "two weeks before it denied": a clause set apart from the
    act it hangs on by a stretch of days (not "after a judge rejected ...", which can be the same day)."""
    return _interval(clause) is not None


def _interval(clause: Token) -> tuple[str, Token] | None:
    mark = next((c.lower_ for c in clause.children if c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS), None)
    unit = next((c for c in clause.children if c.dep_ == "npadvmod"
                 and time_lexicon().units.get(c.lower_, ("",))[0] in _CALENDAR_UNITS), None)
    return (mark, unit) if mark and unit is not None else None


def day_apart(clause: Token, act_days: dict[int, str]) -> str | None:
    """The day of an act told as "a day after" / "two days before" a dated act: that act's day
    moved by the stretch (time_units.tsv); None when the stretch is vague or counts months or years."""
    found = _interval(clause)
    if found is None or clause.head.i not in act_days or len(act_days[clause.head.i]) != 10:
        return None
    mark, unit = found
    letter, per = time_lexicon().units[unit.lower_]
    numbers = [c for c in unit.children if c.dep_ == "nummod"]
    word = numbers[0].lower_ if numbers else "a"  # "a day" counts one
    count = int(word) if word.isdigit() else time_lexicon().numbers.get(word)
    if letter not in _UNIT_DAYS or count is None or mark not in ("after", "before"):
        return None
    shift = timedelta(days=_UNIT_DAYS[letter] * per * count) * (-1 if mark == "after" else 1)
    return (date.fromisoformat(act_days[clause.head.i]) + shift).isoformat()


def went_unanswered(token: Token, stance: str) -> bool:
    """ "It did not respond to a request for comment", "he could not be reached": a source that
    gave the reporter no answer (no_reply_verbs.tsv) answers no occasion the article told before,
    so the refusal takes none of their days ("she would not say" at a briefing still does)."""
    return stance == "decline" and token.lemma_.lower() in _no_reply_verbs() and (
        is_negated(token) or token.dep_ == "xcomp")  # not "he replied: 'I won't say who'", an answer


@functools.lru_cache(maxsize=None)
def _no_reply_verbs() -> frozenset[str]:
    return word_set("no_reply_verbs", "lemma")


def date_headline(doc: Doc, out: list[Statement], keyed: list[list[str]]) -> None:
    """ "Ministry denies plan to shut schools" over "The ministry on Tuesday denied ...", "Toll rises
    to 38, civil defence says" over "the institute said on Thursday": a headline's act is the news
    the article tells, so it takes the day of the body's first act of the same source and stance.
    When that act is undated ("the heaviest losses the army has claimed"), the body's first act of
    the stance about the same thing gives the day."""
    line = headline_line(doc)
    if not len(line):
        return
    end = line.end_char
    for k, st in enumerate(out):
        if st.span[0] >= end or st.said_on:
            continue
        same = next((other for j, other in enumerate(out) if j > k and other.span[0] >= end
                     and other.stance == st.stance
                     and (set(keyed[j]) & set(keyed[k]) or _shortened(st.speaker, other.speaker))), None)
        # "Operator denies quakes linked to drilling" over "The operator ... has denied that its
        # drilling caused ...": a headline source the body names otherwise is found by its act
        if same is None or not same.said_on:
            same = _told_again(doc, st, [other for other in out if other.span[0] >= end]) or same
        if same is not None and same.said_on and len(same.said_on) == 10:  # news of a day, not "his 2022 paper"
            out[k] = dataclasses.replace(st, said_on=same.said_on)


def date_lead(doc: Doc, out: list[Statement], keyed: list[list[str]], paras: list[tuple[int, int]],
              unplaced: set[tuple[int, int]], present: set[tuple[int, int]]) -> None:
    """ "Halvorsen Wind cut its forecast ... and said it will eliminate 1,200 jobs. ¶ ..., it said
    in a statement on Thursday": a lead that sums up the news without its day takes the day its
    source's next act in the following paragraph is given, or failing that its next act further
    down, when that is dated; the lead and that act tell one occasion. The news perfect of a lead
    ("The trustees have rejected a request, saying ...") is placed so too, unless the lead dates
    another source's act, which is then the news ("... has accused the federation, a charge the
    federation rejected on Tuesday"). Acts told in the present (`present`: "says") or, in the body,
    in a perfect (`unplaced`: "has accused") are on no occasion and give no day."""
    lead = lead_paragraph(doc, paras)
    if lead is None:
        return
    following = next(((s, e) for s, e in paras if s >= lead[1] and doc_text(doc)[s:e].strip()), None)
    if following is None:
        return
    in_lead = [(j, other) for j, other in enumerate(out) if lead[0] <= other.span[0] < lead[1]]
    for k, st in enumerate(out):
        if not lead[0] <= st.span[0] < lead[1] or st.said_on or st.span in present:
            continue
        if st.span in unplaced and any(other.said_on and not set(keyed[j]) & set(keyed[k]) for j, other in in_lead):
            continue
        later = [(j, other) for j, other in enumerate(out) if other.span[0] >= following[0]
                 and other.span not in unplaced]
        same = next((other for j, other in later if other.span[0] < following[1] and _day(other)
                     and (set(keyed[j]) & set(keyed[k]) or (_named(doc, st) and _described(doc, other))
                          or _speaks_for(other, st))), None) \
            or next((other for j, other in later if set(keyed[j]) & set(keyed[k])), None)
        if same is not None and _day(same):
            out[k] = dataclasses.replace(st, said_on=same.said_on)


def _day(st: Statement) -> bool:
    """Whether the statement is dated to a day, not only to a month or a year."""
    return bool(st.said_on) and len(st.said_on) == 10


def _speaks_for(person: Statement, body: Statement) -> bool:
    """ "Cirrolink said ... ¶ In a blog post on Thursday, Cirrolink's chief technology officer wrote":
    the lead's body told the news through a person who speaks for it."""
    return bool(person.speaker_org) and person.speaker != body.speaker and (
        _shortened(body.speaker, person.speaker_org) or _shortened(person.speaker_org, body.speaker))


def _speaker_words(doc: Doc, st: Statement):
    return doc.char_span(*st.speaker_span, alignment_mode="expand") if st.speaker_span else None


def _named(doc: Doc, st: Statement) -> bool:
    part = _speaker_words(doc, st)
    return part is not None and any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in part)


def _described(doc: Doc, st: Statement) -> bool:
    """ "The Danish turbine maker", "the company": a source the text names by description, the lead's
    named subject taken up again; not a document ("the communiqué added")."""
    part = _speaker_words(doc, st)
    return part is not None and not _named(doc, st) and part.root.lemma_.lower() not in DOCUMENT_NOUNS


def _told_again(doc: Doc, headline: Statement, body: list[Statement]) -> Statement | None:
    """The body's first act of the headline's stance about the same thing: a denial or refusal
    sharing a word of what is denied, an assertion sharing two."""
    words = _topic_words(doc, headline.content_span or headline.span)
    need = 2 if headline.stance == "assert" else 1
    return next((other for other in body if other.stance == headline.stance
                 and len(words & _topic_words(doc, other.content_span or other.span)) >= need), None)


def _topic_words(doc: Doc, span: tuple[int, int]) -> set[str]:
    part = doc.char_span(span[0], span[1], alignment_mode="expand")
    return {t.lemma_.lower() for t in part or ()
            if t.pos_ in ("NOUN", "PROPN", "VERB", "NUM", "ADJ") and not t.is_stop and len(t.text) > 2}


def _shortened(short: str, full: str) -> bool:
    """ "civil defence" of "the civil defence institute", "farmers" of "the Cyprus Farmers' Union":
    a headline's clipped source, every word of it in the body's name."""
    def words(name: str) -> set[str]:
        return {w.removesuffix("'s").strip("'’") for w in name.lower().split()} - {"the"}
    return bool(words(short)) and words(short) <= words(full)


def opening_day(doc: Doc, position: int, paras: list[tuple[int, int]], times: list[TimeExpr]) -> str | None:
    """ "Under cross-examination on Wednesday, the prosecutor put it to him ... Hartigan conceded": a
    paragraph that opens on a dated occasion sets the day of the acts it goes on to tell, whatever
    day their speakers last spoke on."""
    para = next(((s, e) for s, e in paras if s <= position < e), None)
    if para is None:
        return None
    first = doc.char_span(para[0], para[1], alignment_mode="contract")
    if first is None or not len(first):
        return None
    sent = first[0].sent
    if sent.end_char > position:
        return None  # the opening sentence itself: its own times date its acts
    subject = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == sent.root.i), None)
    opener = sent[0]
    if subject is None or not (opener.pos_ == "ADP" or opener.lemma_.lower() in occasion_verbs()):
        return None  # not "When a drone struck the village on Friday, villagers told ...": an event's day
    return first_day(times, (sent.start_char, subject.left_edge.idx))


def lead_paragraph(doc: Doc, paras: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first paragraph of the body, under the headline."""
    line = headline_line(doc)
    start = line.end_char if len(line) else 0
    return next(((s, e) for s, e in paras if s >= start and doc_text(doc)[s:e].strip()), None)
