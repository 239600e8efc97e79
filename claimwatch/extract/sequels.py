"""said_on of acts the text places against something else: a document that gives its own date
("a 2021 report found"), an act just after the event told before ("Within hours, X said", "denied
that within the hour"), an act days before or after another ("a day after the union said"), and a
request that went unanswered, which is no act of the day.

These are the dating rules that read a relation, not a time in the act's own clause (`dating.py`).
"""
from __future__ import annotations

import functools
from datetime import date, timedelta

from spacy.tokens import Token

from ..models import TimeExpr
from .dating import calendar_value, occasion_nouns
from .holder_words import frame_objects
from .lexicon import read_table, word_set
from .source_marks import DOCUMENT_NOUNS, FINDING_NOUNS, ISSUING_VERBS
from .stance import is_negated
from .time_grammar import lexicon as time_lexicon


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
               and any(a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in ISSUING_VERBS
                       for a in g.subtree)]
    # "a May 28 email in which the talent buyer wrote that ...": the document the relative act was made in
    written_in = [cue.head] if cue.dep_ == "relcl" and cue.head.lemma_.lower() in DOCUMENT_NOUNS and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "which" for g in c.children)
        for c in cue.children) else []
    for head in [*phrases, *made_in, *written_in]:
        if head.lower_ not in FINDING_NOUNS and head not in made_in + written_in and not _issued_on(head):
            continue
        start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)
        if head in written_in:
            end = head.idx + len(head)  # its own words, not what was written in it
        # not the days of its making: "the poll of 812 voters, conducted Oct. 13-18, found"
        making = [(a.left_edge.idx, a.right_edge.idx + len(a.right_edge.text)) for a in head.subtree
                  if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() not in ISSUING_VERBS]
        for time in times:
            if any(s <= time.span[0] < e for s, e in making):
                continue
            if start <= time.span[0] and time.span[1] <= end and time.type == "DATE":
                value = calendar_value(time)
                if value:
                    return value
    return None


def _issued_on(head: Token) -> bool:
    """ "A message posted on Thursday on a channel ... rejected ...", "Figures it published in May
    showed ...": a document whose own phrase tells when it came out says what it says on that day."""
    return head.lemma_.lower() in DOCUMENT_NOUNS and any(
        ((c.dep_ == "acl" and c.tag_ == "VBN") or c.dep_ == "relcl") and c.lemma_.lower() in ISSUING_VERBS
        for c in head.children)


@functools.lru_cache(maxsize=1)
def _sequel_phrases() -> tuple[str, ...]:
    return tuple(sorted((row["phrase"] for row in read_table("sequel_times") if row.get("phrase")), key=len, reverse=True))


def sequel_day(cue: Token, times: list[TimeExpr], last_act: tuple[int, str] | None = None,
               published: date | None = None) -> str | None:
    """The day of an act whose sentence opens by placing it just after the event told before ("Within
    hours, Hammad said ..."): the day of the last time before the sentence that names a day; of an
    act the phrase modifies where it stands ("told reporters afterwards"), the day of an event told
    after the last dated act (`last_act`: where it ends, its day), else that act's day. An event
    told is past: a day after `published` is a plan ("consultations from Thursday"), no event."""
    sentence = cue.sent
    opening = sentence.text.lower().lstrip(" \"“")
    if not any(opening.startswith(p) and not opening[len(p):len(p) + 1].isalpha() for p in _sequel_phrases()):
        # "X shot back minutes later", "denied that within the hour": just after the act told before
        occasion = _sequel_occasion(cue)
        if not occasion and not _sequel_on_act(cue):
            return None
        since = last_act[0] if last_act else 0
        # "said at a news conference held hours after the loss": the event may be told in the
        # sentence itself, before the act
        until = cue.idx if occasion else sentence.start_char
        events = [(end, day) for end, day in _days_told(times, since, until)
                  if published is None or day <= published.isoformat()]
        return max(events)[1] if events else (last_act[1] if last_act else None)
    days = _days_told(times, 0, sentence.start_char)
    return max(days)[1] if days else None


def _sequel_occasion(cue: Token) -> bool:
    """ "said at a news conference held hours after the loss of the satellite": the occasion the act
    was made at is set just after an event, by a stretch of hours or minutes."""
    short = {word for word, (unit, _) in time_lexicon().units.items() if unit in ("H", "MIN")}
    return any(_just_after(word, short)
               for prep in cue.children if prep.dep_ == "prep" and prep.lower_ in ("at", "during", "in")
               for noun in prep.children if noun.dep_ == "pobj"
               for word in (noun, *(a for a in noun.children if a.dep_ == "acl")))


def _just_after(word: Token, short: set[str]) -> bool:
    """ "held hours after ...", "a briefing minutes after ...": "after" on the word, with a stretch
    of hours or minutes beside it or before it."""
    after = [c for c in word.children if c.dep_ == "prep" and c.lower_ == "after"]
    return bool(after) and (any(c.dep_ in ("npadvmod", "dobj") and c.lower_ in short for c in word.children)
                            or any(n.dep_ == "npadvmod" and n.lower_ in short for a in after for n in a.children))


def _days_told(times: list[TimeExpr], start: int, end: int) -> list[tuple[int, str]]:
    """(end, day) of the times between `start` and `end` that name a day."""
    return [(t.span[1], value) for t in times if start <= t.span[0] and t.span[1] <= end and t.type != "DURATION"
            and (value := calendar_value(t)) and len(value) == 10]


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
