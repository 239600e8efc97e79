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
from datetime import date

from spacy.tokens import Doc, Span, Token

from .holder_words import doc_text
from ..models import TimeExpr
from .quotes import headline_line
from .calendar import day_of
from .time_context import is_baseline
from .lexicon import read_table, word_set
from .content import (
    CONTENT_DEPS, CONTENT_PREPS, declining_day, occasion_misread, occasion_participle, occasion_verbs,
    speakers_occasion, told_event,
)
from .source_marks import DOCUMENT_NOUNS, ISSUING_VERBS, set_off_who_head
from .holder_words import frame_objects
from .stance import DECLINING, verb_cue

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
    if cue.lemma_.lower() in DECLINING and declining_day(time_root.head if time_root.dep_ == "pobj" else time_root):
        return True  # "declined to comment on Wednesday"
    if dates_approach(time_root, cue):
        return True  # "declined to comment when contacted on Tuesday"
    if _dates_opened_occasion(time_root, cue):
        return True
    node, below, crossed_object = time_root, None, False
    while node.i not in targets:
        if node.head.i == node.i or is_baseline(node) or _describes_subject(node, cue) or _spans_from(node):
            return False
        if _occasion_participle(node, cue):
            crossed_object = False
        elif _foreign(node) and not _occasion_of_act(node, below, time_root, cue):
            if not (node.dep_ == "dobj" or (node.dep_ == "prep" and node.lower_ == "about")) or node.pos_ in ("VERB", "AUX"):
                return False
            crossed_object = True
        node, below = node.head, node
    return not crossed_object or closes_the_object(time_root, cue)


def dates_approach(time_root: Token, cue: Token) -> bool:
    """ "declined to comment when contacted on Tuesday", "did not respond to questions sent on
    Monday", "... to messages seeking comment Wednesday": a refusal answers the reporter's approach
    (approach_verbs.tsv), and the day the refusal's own clause gives that approach is its day."""
    refusing = cue.lemma_.lower() in DECLINING or (
        cue.lemma_.lower() in word_set("no_reply_verbs", "lemma") and any(c.dep_ == "neg" for c in cue.children))
    approach = next((a for a in time_root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if not refusing or approach is None or approach.i == cue.i \
            or approach.lemma_.lower() not in word_set("approach_verbs", "lemma"):
        return False
    when = approach.dep_ == "advcl" and any(c.lower_ in ("when", "after") for c in approach.children)
    request = approach.dep_ == "acl" and approach.head.pos_ == "NOUN"  # "questions sent on Monday"
    if approach.dep_ == "relcl" and any(c.lower_ == "when" for c in approach.children) \
            and approach.head.dep_ == "nsubj" and approach.head.head.i == cue.i:
        return True  # "Ratuvou, when contacted yesterday, declined ...": the parser hung it on the subject
    verbs_between = [a for a in approach.ancestors if a.pos_ in ("VERB", "AUX") and cue not in (a, *a.ancestors)]
    beside = [a for a in approach.ancestors if a.pos_ in ("VERB", "AUX")][:1]
    return (when or request) and not verbs_between and bool(beside) and (
        beside[0].i == cue.i or (beside[0].dep_ == "xcomp" and beside[0].head.i == cue.i))


def _dates_opened_occasion(time_root: Token, cue: Token) -> bool:
    """ "Opening the confirmation of charges hearing on Tuesday, X said": a day on an occasion noun
    (occasion_nouns.tsv; the tagger may read "hearing" as a participle) inside the participle that
    tells what the speaker was doing as they spoke is the day of that occasion, and of the act."""
    prep = time_root.head
    if time_root.dep_ != "pobj" or prep.lower_ not in ("on", "at") or prep.dep_ != "prep":
        return False
    occasion = prep.head
    if occasion.lower_ not in occasion_nouns() and occasion.lemma_.lower() not in occasion_nouns():
        return False
    doing = next((a for a in occasion.ancestors if a.dep_ == "advcl" and a.head.i == cue.i), None)
    # no clause of its own between the occasion and the participle
    return doing is not None and _simultaneous(doing) and not any(
        a.pos_ in ("VERB", "AUX") for a in occasion.ancestors if doing in a.ancestors)


def _spans_from(node: Token) -> bool:
    """ "Arakawa, on his first trip since taking office in January, told ...": a time inside a clause
    that opens or closes a span (since, until) bounds that span; it is not the act's day."""
    return node.dep_ == "prep" and node.lower_ in _SPAN_PREPOSITIONS and any(c.dep_ == "pcomp" for c in node.children)


def _describes_subject(node: Token, cue: Token) -> bool:
    """ "The report, based on interviews between January and May, found": a participle set off
    between the subject and the act describes the subject, whatever the parser hung it on."""
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return node.tag_ == "VBN" and node.dep_ == "prep" and subject is not None and subject.i < node.i < cue.i \
        and node.doc[node.i - 1].text == ","


def closes_the_object(time_root: Token, cue: Token) -> bool:
    """ "rejected the decision on Saturday", "declared victory in the by-election late on Sunday":
    a day that closes the act's object, hung on the object's noun by the parser, is the act's day
    (an event of its own day is written "Saturday's decision")."""
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if time_root.dep_ == "compound" and time_root.head.ent_type_ in ("DATE", "TIME"):
        time_root = time_root.head  # "on Monday morning", whose day is the compound
    if obj is None or time_root.right_edge.i != obj.right_edge.i or time_root.ent_type_ not in ("DATE", "TIME"):
        return False
    phrase = time_root.head  # "on Saturday", or "late on Sunday" through "late"
    if phrase.dep_ != "prep" or phrase.lower_ not in _POINT_PREPOSITIONS:
        return False
    holder = phrase.head
    if holder.dep_ == "pobj" and occasion_word(holder) in occasion_nouns() and holder.head.dep_ == "prep" \
            and holder.head.lower_ in _POINT_PREPOSITIONS:
        holder = holder.head.head  # "conceded defeat at a news conference on Monday": the occasion closes it
    return holder.i == obj.i or (holder.dep_ == "advmod" and holder.head.i == obj.i)


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
    return _names_the_occasion(time_root, cue)


def _names_the_occasion(time_root: Token, cue: Token) -> bool:
    """ "told the April hearing that ...", "said at the March 3 meeting": a time that names the
    occasion the act was made at, the cue's audience or the place it spoke at."""
    occasion = time_root.head
    if time_root.dep_ not in ("compound", "nmod", "npadvmod", "amod") or occasion.i < time_root.i \
            or occasion_word(occasion) not in occasion_nouns():
        return False
    if occasion.dep_ == "dobj" and occasion.head.i == cue.i:
        return True
    return occasion.dep_ == "pobj" and occasion.head.lower_ in ("at", "to", "during") \
        and occasion.head.head.i == cue.i


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
    if node.dep_ in ("acl", "advcl") and node.head.dep_ in ("nsubj", "nsubjpass") and node.head.head.i == cue.i \
            and node.tag_ == "VBG" and verb_cue(node) is None and not any(c.dep_ in ("mark", "aux") for c in node.children) \
            and node.i > 0 and node.doc[node.i - 1].text == ",":
        return True  # "Pensioner Ilona Varga, shopping at a market on Thursday, said": what she was doing as she
        # spoke (hung on the name as a clause of its own after "Kowalczyk himself, campaigning ...")
    # "X, asked about the case on Tuesday, said": a participle the tagger read as a past tense, hung on
    # the name or made a clause of its own before the act
    misread = node.tag_ == "VBD" and node.i > 0 and node.doc[node.i - 1].text == "," and (
        node.dep_ == "acl" or (node.dep_ == "ccomp" and node.head.i == cue.i and node.i < cue.i))
    if (node.tag_ not in ("VBN", "VBG") and not misread) or not occasion_participle(node):
        return False
    if node.dep_ == "ccomp":
        return misread
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
    if node.dep_ == "acl" and node.tag_ in ("VBN", "VBG", "VBD"):  # "a statement read to the court": the tagger
        # may take a participle shaped like its past tense for that tense
        if any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in node.children):
            return False  # "the reports that three citizens were injured on Sunday": what they tell, not their issue
        head = node.head
        if node.tag_ == "VBN" and head.dep_ == "pobj" and head.head.lower_ in ("at", "during") \
                and (occasion_word(head) in occasion_nouns() or names_press(head)):
            return True  # "Speaking at a press meet organised in Baneshwor on Saturday, X said": the occasion's day
        if head.dep_ in ("dobj", "dative") and head.head.i == cue.i and node.lemma_.lower() in word_set(
                "gathering_verbs", "lemma") and cue.lemma_.lower() in word_set("addressing_verbs", "lemma"):
            return True  # "told priests gathered at the Pastoral Center on Tuesday": the day they heard it
        if node.lemma_.lower() in word_set("relay_verbs", "lemma") and head.dep_ in ("nsubj", "nsubjpass") \
                and head.head.i == cue.i:
            return True  # "A ministry spokesman, quoted by Tass on Monday, called it ...": passed on that day
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
    if not speakers_occasion(node) or any(c.dep_ == "aux" and c.lemma_ == "have" for c in cue.children):
        return False  # not "has said nothing since"
    relative = node.head if node.dep_ == "advcl" else node  # "who disclosed it while speaking ... on Sunday"
    # "X, an engineer hired by Y, who took the stand on Wednesday": about X, hung on Y
    return _speaker_of(relative.head, cue) or _speaker_of(set_off_who_head(relative) or relative.head, cue)


def _speaker_of(noun: Token, cue: Token) -> bool:
    """Whether `noun` is the act's subject or a name in apposition to it."""
    if noun.dep_ == "appos":
        noun = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == cue.i


def _foreign(node: Token) -> bool:
    """An arc that leads out of the act's own clause."""
    if is_addressee(node):
        return False  # "told the court on Monday that ...": the parser may hang the time on the court
    if node.dep_ in _FOREIGN_ARCS or told_event(node):
        return True
    if node.dep_ == "prep" and node.lower_ in CONTENT_PREPS:
        if node.lower_ == "of" and node.head.lemma_.lower() in word_set("occasion_parts", "lemma"):
            return False  # "At the close of Monday's hearing, X said": a part of the act's occasion
        return node.head.pos_ not in ("ADV", "ADJ")  # not "as recently as late October"
    if node.pos_ in ("VERB", "AUX") and node.dep_ in ("conj", "parataxis", "ccomp"):
        return True  # "told X and left on Monday": the leaving is dated, not the telling
    if node.pos_ in ("VERB", "AUX") and node.dep_ == "acl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        return True  # "rejected accusations that vessels had carried out maneuvers on Sunday": the maneuvers' day

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
    opening = next((k for k in range(close - 1, cue.i, -1) if doc[k].is_quote), cue.i)
    anchor = time_root.head if time_root.dep_ == "pobj" else time_root
    # hung inside the quotation itself; not on a clause of its own that holds it ("accusations that
    # vessels had carried out "dangerous maneuvers" near the shoal on Sunday": the maneuvers' day)
    return opening < anchor.head.i < close or opening < anchor.i < close


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
    addressing = word_set("addressing_verbs", "lemma")
    heard = [c for c in cue.children if c.dep_ in ("dobj", "dative")] if cue.lemma_.lower() in addressing else []
    at = [g for c in cue.children if c.dep_ == "prep" and c.lower_ in ("at", "during", "in")
          for g in c.children if g.dep_ == "pobj"]
    return next((noun for noun in (*heard, *at) if names_press(noun)
                 and not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children)), None)


def names_press(noun: Token) -> bool:
    """A noun naming the press an act is made before (press_occasions.tsv), with its compound
    where the table has the two words ("press meet")."""
    press = word_set("press_occasions", "noun")
    compound = " ".join(c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i)
    return noun.lemma_.lower() in press or f"{compound} {noun.lemma_.lower()}" in press


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


def document_participles(cue: Token, prepositions: tuple[str, ...] | None = None) -> list[Token]:
    """The participles on the document an act is made in ("in a statement issued after the vote",
    "read to the court", "accompanying the report"), with no clause of their own ("a statement
    that it was studying the judgment" tells what it said); `prepositions`: only through these."""
    return [part for prep in cue.children if prep.dep_ == "prep" and (prepositions is None or prep.lower_ in prepositions)
            for medium in prep.children if medium.dep_ == "pobj" and medium.lemma_.lower() in DOCUMENT_NOUNS
            for part in medium.children if part.dep_ == "acl" and part.tag_ in ("VBN", "VBG", "VBD")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in part.children)]


def occasion_mention(cue: Token) -> Token | None:
    """ "said in the statement", "argued at the same hearing", "said on the call": a definite
    occasion noun (occasion_nouns.tsv) in a phrase on the act itself, pointing back to an
    occasion the text already told; also on a participle that sets the occasion ("Speaking at the
    same briefing, X said")."""
    heads = [cue, *(c for c in cue.children if _occasion_participle(c, cue))]
    # "said Mahfuzur Rahman, superintendent of the Industrial Police, speaking at the scene": the
    # participle set on the speaker
    heads += [part for subject in cue.children if subject.dep_ == "nsubj" for part in subject.children
              if part.dep_ == "acl" and part.tag_ == "VBG" and part.lemma_.lower() == "speak"]
    # "A report tabled by council officers at the meeting said": the document was laid before it
    heads += [part for subject in cue.children if subject.dep_ == "nsubj" and subject.lemma_.lower() in DOCUMENT_NOUNS
              for part in subject.children if part.dep_ == "acl" and part.tag_ == "VBN"]
    # "In a statement issued after the vote, the council said": the document the act is made in
    # came out after the occasion
    accompanying = document_participles(cue, ("in",))
    accompanying += [c for c in cue.children if c.dep_ == "advcl" and c.lemma_.lower() == "accompany"]  # as parsed
    heads += accompanying
    # "said in a statement accompanying the report": the document came out with the one told before
    for noun in (c for part in accompanying if part.lemma_.lower() == "accompany" for c in part.children
                 if c.dep_ == "dobj"):
        if occasion_word(noun) in occasion_nouns() and _definite_occasion(noun):
            return noun
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
        for noun in (_past_occasion_part(c) for c in prep.children if c.dep_ == "pobj"):
            if (occasion_word(noun) in occasion_nouns() and _definite_occasion(noun)) or _same_document(noun):
                return noun
    for noun in frame_objects(cue) or ():  # "according to the award": the award the text told of before
        if occasion_word(noun) in occasion_nouns() and _definite_occasion(noun):
            return noun
    return None


def _same_document(noun: Token) -> bool:
    """ "In the same estimate, the council blamed ...": any document the text just told of, pointed
    back to with "same" (a definite "the estimate" alone may be one never told)."""
    return noun.lemma_.lower() in DOCUMENT_NOUNS and any(c.dep_ == "amod" and c.lower_ == "same" for c in noun.children)


def _past_occasion_part(noun: Token) -> Token:
    """ "at the end of the daylong meeting", "on the sidelines of the summit": the occasion a part
    of it names (occasion_parts.tsv), else the noun itself."""
    if noun.lemma_.lower() not in word_set("occasion_parts", "lemma"):
        return noun
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return whole if whole is not None else noun


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
    # "argued at the same hearing", after "told the court at the sentencing hearing in October":
    # "same" points at that very mention, however its day was given
    loose = loose and not any(c.lower_ == "same" for c in noun.children)
    for earlier in reversed(doc[: noun.sent.start]):
        if not _same_noun(earlier, noun) and not _one_occasion(earlier, noun):
            continue  # "ruling that ...": the participle names the ruling the text comes back to
        if earlier.dep_ == "pobj" and earlier.head.head.lemma_.lower() in DOCUMENT_NOUNS \
                and any(c.dep_ == "acl" and c.tag_ == "VBN" for c in earlier.head.head.children):
            continue  # "a submission to the committee dated February 18": the document's day, no sitting
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


@functools.lru_cache(maxsize=1)
def sittings() -> frozenset[str]:
    return frozenset(row["noun"].lower() for row in read_table("occasion_nouns") if row["sitting"] == "yes")


@functools.lru_cache(maxsize=1)
def lead_sittings() -> frozenset[str]:
    """Nouns that name a sitting when the lead has told one ("At the meeting, ...")."""
    return sittings() | frozenset(row["noun"].lower() for row in read_table("occasion_nouns") if row["sitting"] == "lead")


_SITTING_PREPOSITIONS = ("at", "during", "before", "in", "after")  # "told reporters after the match"


def _sitting_named(noun: Token, kinds: frozenset[str]) -> Token | None:
    """The sitting a noun names: itself, or the sitting it holds ("a commission of inquiry")."""
    if occasion_word(noun) in kinds:
        return noun
    # "a commission of inquiry"; "during Leaders' Questions in the Dáil": the sitting it is part of
    held = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in") for g in c.children
                 if g.dep_ == "pobj" and occasion_word(g) in kinds), None)
    return held


def sitting_noun(cue: Token, in_lead: bool = False) -> Token | None:
    """The sitting of many parties an act was made at, when the act names it (occasion_nouns.tsv,
    sitting): "told the Work and Pensions Committee on Tuesday", "told the council", "Briefing the
    emergency session"; not "accused the council of ...", which names no sitting. In the lead a
    meeting names one too ("told a public board meeting on Thursday")."""
    kinds = lead_sittings() if in_lead else sittings()
    verbs = [cue, *(c for c in cue.children if c.dep_ in ("advcl", "nsubj") and c.tag_ == "VBG")]
    # "In a victim impact statement read to the court on Thursday, X said": the document the act is
    # made in, put before the sitting
    read_out = document_participles(cue)
    addressing = word_set("addressing_verbs", "lemma")
    for verb in verbs + read_out:
        heard = verb.lemma_.lower() in addressing or verb in read_out
        # "told reporters at Parliament": the press heard it, at the building; no sitting did
        to_press = any(c.dep_ in ("dobj", "dative") and c.lemma_.lower() in word_set("press_occasions", "noun")
                       for c in verb.children)
        for child in verb.children:
            if to_press and child.dep_ == "prep" and child.lower_ in ("at", "in"):
                continue  # (not "told reporters after the final whistle": after the match they heard it)
            nouns = [child] if child.dep_ in ("dobj", "dative") and heard else \
                [_past_occasion_part(g) for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" and (
                    child.lower_ in _SITTING_PREPOSITIONS or (child.lower_ == "to" and heard)) else []
            found = next((sitting for noun in nouns if (sitting := _sitting_named(noun, kinds)) is not None), None)
            if found is not None:
                return found
    # "accused each other of misleading voters in their only televised debate": the speakers' own
    # sitting, wherever the parser hung it
    return next((t for t in cue.subtree if t.dep_ == "pobj" and t.i > cue.i and occasion_word(t) in kinds
                 and _own_occasion(t, None)), None)


def opens_new_time(para: tuple[int, int] | None, times: list[TimeExpr], said: list[tuple[int, int]],
                   doc: Doc | None = None) -> bool:
    """Whether a paragraph names a day, month or year of its own outside what is said (`said`): the
    story has moved to another time. With `doc`, not a day of backstory told in the past perfect
    ("had pleaded guilty at an earlier hearing in March last year")."""
    if para is None:
        return True
    return any(para[0] <= t.span[0] < para[1] and t.type == "DATE" and not any(s <= t.span[0] < e for s, e in said)
               and not (doc is not None and _backstory(doc, t)) for t in times)


def _backstory(doc: Doc, time: TimeExpr) -> bool:
    """A time in a clause told in the past perfect, before the day the text is about, or in a "who"
    clause describing someone ("Mokoena, who resigned in March 2023, told the commission")."""
    word = doc.char_span(time.span[0], time.span[1], alignment_mode="expand")
    return word is not None and len(word) > 0 and (_told_as_earlier(word.root) or any(
        a.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in a.children)
        for a in word.root.ancestors))


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


def opening_day(doc: Doc, position: int, paras: list[tuple[int, int]], times: list[TimeExpr],
                name: str = "") -> str | None:
    """ "Under cross-examination on Wednesday, the prosecutor put it to him ... Hartigan conceded": a
    paragraph that opens on a dated occasion sets the day of the acts it goes on to tell, whatever
    day their speakers last spoke on. A bare day ("On Tuesday, the Ledger reported ...") opening on
    another source does not date the acts of `name`, a speaker the text already placed on a day:
    "Sukharev described the publication as a fabrication" answers the report, on his own day."""
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
    if subject is None or not (opener.pos_ == "ADP" or occasion_participle(opener)):
        return _told_occasion_day(sent, times)  # not "When a drone struck the village on Friday, villagers told
    # ...": an event's day); not a day told inside the opener's object ("Asked about the reports that
    # three citizens were injured on Sunday, Lin said"), whose event it dates
    own = [t for t in times if (root := time_head(doc, t)) is None or not inside_clause_of_its_own(root, sent.root)]
    if name and opener.pos_ == "ADP" and _bare_day(opener, own) and _another_sources_act(sent, subject, name):
        return None
    return first_day(own, (sent.start_char, subject.left_edge.idx))


def _bare_day(opener: Token, times: list[TimeExpr]) -> bool:
    """ "On Tuesday,", "Late on Monday,": an opening phrase that is a time and nothing more, no
    occasion ("At a hearing on Tuesday,")."""
    phrase = [t for t in opener.subtree if not t.is_punct]
    return bool(phrase) and all(opener.i <= t.i and (t.i == opener.i or any(
        x.span[0] <= t.idx < x.span[1] for x in times)) for t in phrase)


def _another_sources_act(sent: Span, subject: Token, name: str) -> bool:
    """Whether the opening sentence tells an act of a source other than `name`'s ("the Ledger
    reported"): its main verb reports, and its subject is no pronoun and shares no word with the name."""
    if verb_cue(sent.root) is None or any(t.pos_ == "PRON" for t in subject.subtree):
        return False
    words = {t.lower_ for t in subject.subtree if t.is_alpha}
    return not words & {w.lower() for w in name.split() if len(w) > 2}


def inside_clause_of_its_own(token: Token, stop: Token) -> bool:
    """Whether `token` sits, below `stop`, in a clause with a subject or a "that" of its own: the event
    that clause tells ("the reports that three citizens were injured on Sunday"), or in a participle
    describing a thing ("the case of 14 tonnes of chicken feet seized at a warehouse on February
    27"), not an occasion or a document ("a news conference held on Tuesday")."""
    node = token
    while node.i != stop.i and node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in node.children):
            return True
        if node.dep_ == "acl" and node.tag_ in ("VBN", "VBG") and node.head.pos_ == "NOUN" \
                and occasion_word(node.head) not in occasion_nouns() and node.head.lemma_.lower() not in DOCUMENT_NOUNS \
                and node.lemma_.lower() not in ISSUING_VERBS:
            return True  # (but "figures from the authority released on Monday" were given out then)
        node = node.head
    return False


_PERSONAL_SUBJECTS = frozenset({"he", "she", "they", "it", "we"})


def own_opening_day(act: Token, times: list[TimeExpr]) -> str | None:
    """ "Ms Marchbank herself struck a defiant note on Friday. Speaking to reporters ..., she said": a
    paragraph that opens on what the speaker did on a day, telling no act of its own, sets the day of
    the speaker's act in the sentence after it."""
    opening = _actless_sentence_before(act)
    if opening is None or not (opening.start == 0 or "\n" in act.doc[opening.start - 1].text_with_ws):
        return None
    doer = next((c for c in opening.root.children if c.dep_ == "nsubj"), None)
    speaker = next((c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if doer is None or speaker is None or not (speaker.lower_ in _PERSONAL_SUBJECTS or _phrase(speaker) == _phrase(doer)
                                               or _body_answered(opening.root, doer)):
        return None
    own = [t for t in times if opening.start_char <= t.span[0] < opening.end_char
           and (root := time_head(act.doc, t)) is not None and dates_act(root, opening.root)]
    return first_day(own, (opening.start_char, opening.end_char))


def _body_answered(verb: Token, doer: Token) -> bool:
    """ "Belarus responded on Friday", "Moscow hit back on Monday": a state or body answered
    (response_verbs.tsv), and whoever speaks for it in the next sentence gives the answer."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    lemma = f"{verb.lemma_.lower()} {particle}" if particle else verb.lemma_.lower()
    return lemma in word_set("response_verbs", "lemma") and doer.ent_type_ in ("GPE", "ORG", "NORP")


def _actless_sentence_before(act: Token) -> Span | None:
    """The sentence right before the act's, in its paragraph, if it tells no act of its own."""
    sent = act.sent
    if sent.start == 0:
        return None
    before = act.doc[sent.start - 1].sent
    if "\n" in act.doc[before.end - 1:sent.start + 1].text or any(verb_cue(t) is not None for t in before):
        return None
    return before


def _phrase(noun: Token) -> str:
    """A noun's phrase without its determiner or what is set off after it: "the town council"."""
    return " ".join(t.lower_ for t in noun.subtree if t.i <= noun.i and t.dep_ != "det")


def time_head(doc: Doc, time: TimeExpr) -> Token | None:
    """The head token of a time expression, through which its place in the parse is read (kept per
    document: the dating rules ask for it of every time, for every act)."""
    heads = doc.user_data.setdefault("claimwatch_time_heads", {})
    key = tuple(time.span)
    if key not in heads:
        span = doc.char_span(*time.span, alignment_mode="expand")
        heads[key] = span.root if span is not None and len(span) else None
    return heads[key]


def there_day(act: Token, times: list[TimeExpr]) -> str | None:
    """ "Santangelo was campaigning in Eau Claire on Tuesday. He told reporters there that ...": an act
    done "there" is done at the place and time the sentence before it told, when that sentence tells
    no act of its own."""
    heads = [act, *(c for c in act.children if c.dep_ in ("dobj", "dative"))]  # "told residents there"
    if not any(c.dep_ == "advmod" and c.lower_ == "there" and c.i > act.i for h in heads for c in h.children):
        return None
    before = _actless_sentence_before(act)  # not across a paragraph break, nor the place of another's act
    return first_day(times, (before.start_char, before.end_char)) if before is not None else None


def _told_occasion_day(sent: Span, times: list[TimeExpr]) -> str | None:
    """ "The two candidates had clashed at their only televised debate on Friday night. Whitcomb said
    ...": a paragraph that opens by telling, with no act of its own, a dated occasion (occasion_nouns.tsv)
    the root's phrase names; the acts it goes on to tell are made there."""
    if any(verb_cue(t) is not None for t in sent):
        return None
    for prep in (c for c in sent.root.children if c.dep_ == "prep"):
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or occasion_word(noun) not in occasion_nouns():
            continue
        end = noun.right_edge.i + 1
        after = next((c for c in sent.root.children if c.dep_ in ("prep", "npadvmod") and c.left_edge.i == end), None)
        last = (after or noun).right_edge
        return first_day(times, (prep.idx, last.idx + len(last)))
    return None


def lead_paragraph(doc: Doc, paras: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first paragraph of the body, under the headline, past any update the desk put above it."""
    line = headline_line(doc)
    start = line.end_char if len(line) else 0
    text = doc_text(doc)
    return next(((s, e) for s, e in paras if s >= start and text[s:e].strip() and not _update_note(text[s:e])
                 and not _BYLINE.match(text[s:e])), None)


# "By Efua Asantewaa Mensah", "By JOHN KAUPA", "By Lin Wei / Staff reporter": who wrote it, no news
_BYLINE = re.compile(r"\s*By\s+[A-Z][\w.'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w.'’-]*){0,5}\s*(?:[,/|–—-][^\n.]{0,60})?\s*$")


_NOTE_LABEL = re.compile(r"\s*([^,:–—-]{1,20}?)\s*[,:–—-]")


def _update_note(paragraph: str) -> bool:
    """ "UPDATE, Sunday: ...", "Editor's note: ...": a note added above the story (update_marks.tsv)."""
    label = _NOTE_LABEL.match(paragraph)
    return label is not None and label.group(1).lower().replace("’", "'") in word_set("update_marks", "words")


def following_paragraph(doc: Doc, paras: list[tuple[int, int]], para: tuple[int, int]) -> tuple[int, int] | None:
    """The paragraph with words in it right after `para`."""
    return next(((s, e) for s, e in paras if s >= para[1] and doc_text(doc)[s:e].strip()), None)


_ENTRY_MARK = re.compile(r"\s*[–—:-]\s")


def timeline_entries(text: str, paras: list[tuple[int, int]], times: list[TimeExpr]) -> list[tuple[int, int, str]]:
    """(start, end, day) of each entry of a dated timeline ("Oct. 2 - The ship rescues 97 people.
    The charity said ..."): a paragraph that opens on a day and a dash dates what it tells, as a live
    blog's time stamp does. Empty unless the text has two such entries."""
    entries = []
    for start, end in paras:
        opening = len(text[start:end]) - len(text[start:end].lstrip())
        first = next((t for t in times if t.span[0] == start + opening and t.type == "DATE"), None)
        if first is not None and first.value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", first.value) \
                and _ENTRY_MARK.match(text, first.span[1]):
            entries.append((start, end, first.value))
    return entries if len(entries) >= 2 else []
