"""The day each act was said, read in text order: the cascade from a time in the act's own clause to
the occasion the act belongs to (a briefing, a sitting, a body's act in the lead, a document).

`DayBook` holds what the reading has learnt of days so far; `statements.py` asks `date_act` for
each act once its speaker is named, then `remember`s the act. The readings of one clause (which
time dates which verb, which noun names an occasion) are in `dating.py`; this module decides
which of them applies and carries days along the speaker and the occasion, never the document.
"""
from __future__ import annotations

import dataclasses
import functools
import os
import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..models import Statement, TimeExpr
from .countries import country_of
from .cue_sources import nearer_act
from .dating import (
    calendar_value, closes_the_object, dates_act, dates_act_misparsed, dates_approach, dates_act_past_quotation,
    dates_occasion_before_that, dates_own_occasion, dates_speakers_occasion, following_paragraph,
    lead_paragraph, lead_sittings, occasion_day, occasion_mention, occasion_nouns, occasion_of, occasion_word,
    opening_day, opens_new_time, own_opening_day, press_occasion, results_call, sitting_noun, sittings, there_day,
    inside_clause_of_its_own, time_head, time_in, timeline_entries, told_before, unintroduced_occasion_day,
)
from .content import occasion_verb
from .holder_words import FRAME_CUES, doc_text, frame_objects
from .lead_dating import lead_meeting
from .lexicon import read_table, word_set
from .parties import country_spoken_for, party_heads
from .quotes import live_entry_starts, quoted_passages, transcript_turns
from .reported import Cue, put_ahead
from .sequels import day_apart, days_apart, document_day, sequel_day, went_unanswered
from .source_marks import DOCUMENT_NOUNS, ISSUED_DOCUMENTS, ISSUING_VERBS, is_source
from .speakers import Speaker, describe, entity_at, phrase_tokens, plain_name, speaker_keys, surname_key
from .stance import verb_cue

Authors = dict[str, tuple[Speaker, "str | None"]]


@dataclass
class DayBook:
    """What the reading has learnt of days so far, in text order."""

    doc: Doc
    cues: list[Cue]
    times: list[TimeExpr]
    published: date | None
    paras: list[tuple[int, int]]
    quoted: list[tuple[int, int]]  # the content of direct quotations
    reported: list[tuple[int, int]]  # and of indirect reports
    told: list[tuple[int, int]]  # every clause an act reports, however little of it the content took
    quotations: list[tuple[int, int]] = field(default_factory=list)  # every passage in quotation marks
    entries: list[int] = field(default_factory=list)  # where a live blog's entries start
    timeline: list[tuple[int, int, str]] = field(default_factory=list)  # a timeline's dated entries
    lead_sitting: str | None = None  # the day of the sitting the lead tells, for "at the meeting" later on
    transcript_day: str | None = None
    transcript_start: int = 0  # where a transcript's first turn starts: its introduction ends there
    session: tuple[str, int] | None = None  # the day and paragraph of the sitting the text is telling
    hearing_day: str | None = None  # the day of the court decision the lead tells, however far back
    last_date: dict[str, str] = field(default_factory=dict)  # speaker key -> day of its last dated act
    loose_date: dict[str, str] = field(default_factory=dict)  # the same by the last word of a name alone
    last_where: dict[str, int] = field(default_factory=dict)  # where each key's last dated act is
    first_dated: dict[str, tuple[str, int]] = field(default_factory=dict)  # speaker's name -> day, place of first dated act
    act_days: dict[int, str] = field(default_factory=dict)  # cue token -> the day its act was dated
    earlier_acts: set[tuple[int, int]] = field(default_factory=set)  # spans of acts told in the past perfect
    unplaced_acts: set[tuple[int, int]] = field(default_factory=set)  # acts told in the present or perfect
    present_acts: set[tuple[int, int]] = field(default_factory=set)  # acts told in the present
    dated_in_clause: set[tuple[int, int]] = field(default_factory=set)  # acts whose own clause gives the day
    carried: set[tuple[int, int]] = field(default_factory=set)  # acts given the day of the source's earlier act
    own_medium: set[tuple[int, int]] = field(default_factory=set)  # acts made in a document they name
    written_at: set[int] = field(default_factory=set)  # where acts made in writing start
    # "said in a regulatory filing", "according to a report published Monday by the agency": who wrote
    # each kind of document, and on which day, for a later "the filing", "the report"
    authors: Authors = field(default_factory=dict)
    # paragraph -> the dated act of a body that opens it (as `_actor_day` gives it), if any
    opening_acts: dict[int, tuple[str, str, int, list[str]] | None] = field(default_factory=dict)

    def new_section(self) -> None:
        """A round-up's next story: no day carries over from the last one."""
        self.session = None
        self.last_date.clear()


def day_book(doc: Doc, cues: list[Cue], times: list[TimeExpr], published: date | None,
             paras: list[tuple[int, int]]) -> DayBook:
    book = DayBook(doc, cues, times, published, paras,
                   quoted=[c.content_span for c in cues if c.content_span and c.mode == "direct"],
                   reported=[c.content_span for c in cues if c.content_span and c.mode != "direct"],
                   told=reported_clauses(doc, cues),
                   entries=live_entry_starts(doc_text(doc)),
                   timeline=timeline_entries(doc_text(doc), paras, times),
                   quotations=[(p.inner_start, p.inner_end) for p in quoted_passages(doc_text(doc))],
                   transcript_start=min((t.label_span[0] for t in transcript_turns(doc_text(doc))), default=0))
    verdict = _lead_verdict_day(doc, paras, times)
    if verdict is not None:
        # "A landlord ... was jailed for eight years yesterday": the lead tells a hearing, and the
        # judge, counsel and family the text goes on to quote speak at it (as at a sitting)
        book.session = verdict
        book.hearing_day = verdict[0]
    lead_act = _lead_actor_day(doc, paras, times)
    if lead_act is not None:
        actor, day, where, states = lead_act
        for key in (f"actor:{actor}", *(f"state:{code}" for code in states)):
            book.loose_date[key], book.last_where[key] = day, where
        if actor in sittings():
            # "The school board voted 4-3 on Tuesday night ...", "An advisory committee voted 7-4 late
            # Thursday": the lead tells a sitting, and the named people the text goes on to quote
            # speak at it until it turns to another time
            book.session = (day, next((k for k, (s, e) in enumerate(paras) if s <= where < e), -1))
            book.lead_sitting = day
    meeting = lead_meeting(doc, paras, times) if book.session is None else None
    if meeting is not None:
        # "X received on Wednesday Y ... During the meeting, ...": the lead tells a meeting, and the
        # named people the text goes on to quote speak at it until it turns to another time
        book.session, book.lead_sitting = meeting, meeting[0]
    return book


def reported_clauses(doc: Doc, cues: list[Cue]) -> list[tuple[int, int]]:
    """The clause each verb act reports (its ccomp), as a character span: "said Kessler had moved
    funds into "a maze of shell companies" before Lumina froze withdrawals in March 2024" reports
    the whole clause, though its content may be only the quoted words."""
    spans = []
    for cue in cues:
        if cue.token_i is None:
            continue
        for clause in doc[cue.token_i].children:
            if clause.dep_ == "ccomp":
                first, last = clause.left_edge, clause.right_edge
                spans.append((first.idx, last.idx + len(last)))
    return spans


def document_source(book: DayBook, cue: Cue, last: tuple[Speaker, Statement] | None = None
                    ) -> tuple[Speaker, str | None] | None:
    """The author and day of a definite document that speaks ("The filing also disclosed ..."); `last`:
    the source and statement of the act before, whose body may have issued it."""
    return _document_author(cue, book.authors) or _issued_before(book, cue) or _issued_by_last_body(book, cue, last)


def _issued_before(book: DayBook, cue: Cue) -> tuple[Speaker, str | None] | None:
    """ "The ministry released a report on Monday. The report says ...": a definite document with no
    author named is the one of its kind a named source was last said to put out (issuing_verbs.tsv),
    in the same paragraph or the one before; it speaks for that source, on the day it came out."""
    head = cue.source_head
    if head is None or cue.fixed_speaker is not None or head.lemma_.lower() not in DOCUMENT_NOUNS \
            or not _plain_definite(head, ("the", "that", "this"), ("relcl",)):
        return None
    doc, here = book.doc, _paragraph_of(book.paras, head.idx)
    for verb in reversed(doc[:head.i]):
        if verb.lemma_.lower() not in ISSUING_VERBS or verb.pos_ != "VERB" or not any(
                c.dep_ == "dobj" and c.lemma_.lower() == head.lemma_.lower() for c in verb.children):
            continue
        if not 0 <= here - _paragraph_of(book.paras, verb.idx) <= 1:
            return None
        issuer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if issuer is None or issuer.pos_ == "PRON" or not is_source(issuer):
            return None
        days = _days_hung_on(book, verb)
        speaker = describe(phrase_tokens(issuer), issuer)
        return dataclasses.replace(speaker, start=head.idx, end=head.idx + len(head)), \
            (days.pop() if len(days) == 1 else None)
    return None


def _issued_by_last_body(book: DayBook, cue: Cue, last: tuple[Speaker, Statement] | None
                         ) -> tuple[Speaker, str | None] | None:
    """ "..., the Air Force said. The statement did not say whether ...": a definite document a body
    issues (documents.tsv, issued), with no author named, is the body that spoke just before, in the
    same paragraph or the one before, on its day."""
    head = cue.source_head
    if last is None or head is None or cue.fixed_speaker is not None or last[0].kind != "org" \
            or head.lemma_.lower() not in ISSUED_DOCUMENTS or head.dep_ not in ("nsubj", "nsubjpass") \
            or not _plain_definite(head, ("the",), ("relcl", "acl")):
        return None
    here, there = _paragraph_of(book.paras, head.idx), _paragraph_of(book.paras, last[1].span[0])
    if here < 0 or not 0 <= here - there <= 1:
        return None
    return dataclasses.replace(last[0], start=head.idx, end=head.idx + len(head)), last[1].said_on


def date_act(book: DayBook, cue: Cue, speaker: Speaker, keys: list[str],
             authored: tuple[Speaker, str | None] | None, out: list[Statement],
             each: list[Speaker] | None = None) -> str | None:
    """The day `cue`'s act was said, or None when the text does not place it. `each`: the parties
    a coordinated source acts as, one statement apiece ("X and Y said")."""
    doc, times, published = book.doc, book.times, book.published
    token = doc[cue.token_i] if cue.token_i is not None else None
    said_on = _day_in_own_clause(book, cue) or _day_of_its_participle(book, cue) or _day_of_with_clause(book, cue)
    if said_on is not None:
        book.dated_in_clause.add(cue.span)
    elif _placed_in_a_week(book, cue):
        return None  # "accused the club at the weekend": on no one day, nor on the day of the clause it hangs on
    if said_on is None and token is not None and _at_the_time(token):
        said_on = _last_time_before(book, cue.span[0])  # "left in 1997 ... The company said at the time"
    if said_on is None and authored:
        said_on = authored[1]  # "The report's authors warned": the day the report was published
    if said_on is None and not cue.negated_state:  # "Oct. 5 - The charity says it will not sail"
        said_on = next((day for start, end, day in book.timeline if start <= cue.span[0] < end), None)
    if said_on is None and token is not None:
        said_on = (_cited_document_day(token, book.authors)  # "according to the report by X"
                   or document_day(token, times)  # "a 2021 report found"
                   or sequel_day(token, times, _last_act_before(out, cue.span[0]), published))  # "Within hours, X said"
    if said_on is None and cue.fixed_speaker is not None and not cue.continues and cue.cue == ":" \
            and not cue.headline:
        if book.transcript_day is None:
            # the day the introduction gives, not one a question asked before the first answer names
            intro_end = min(book.transcript_start or cue.span[0], cue.span[0])
            book.transcript_day = (_last_day_before(out, intro_end) or _intro_day(times, intro_end)
                                   or (published.isoformat() if published else ""))
        said_on = book.transcript_day or None
    if said_on is None and book.entries and published is not None and not cue.negated_state:
        if any(s <= cue.span[0] for s in book.entries):
            said_on = _entry_day(book, cue.span[0]) or published.isoformat()
    occasion = occasion_mention(token) if token is not None else None
    if said_on is None and occasion is not None:
        said_on = occasion_day(occasion, [(s.span, s.said_on) for s in out if s.said_on], times, book.act_days,
                               book.quoted)
    if said_on is None and book.hearing_day and token is not None and _leaves_the_hearing(token, occasion):
        said_on = book.hearing_day  # "Outside court, the victim's mother said": leaving the hearing the lead told
    if said_on is None and occasion is not None and book.transcript_day:
        said_on = book.transcript_day  # "After the interview, Owusu told ...": the occasion the transcript gave
    if said_on is None and occasion is not None and book.lead_sitting and occasion_word(occasion) in lead_sittings():
        said_on = book.lead_sitting  # "At the meeting, Sutherland said": the sitting the lead told, however far back
    if said_on is None and token is not None and out and _made_those_remarks(token):
        said_on = next((st.said_on for st in reversed(out) if st.said_on), None)
    apart = token is not None and days_apart(token)
    if said_on is None and apart:
        said_on = day_apart(token, book.act_days)  # "a day after the union said"
    if said_on is None and not cue.perfect and not cue.present and not apart and not (
            token is not None and (went_unanswered(token, cue.stance) or _told_later(token))):
        # a bare "On Tuesday," opening another source's report does not date a speaker already
        # dated ("Sukharev told VNA on Thursday ... ¶ On Tuesday, the Ledger reported ... Sukharev
        # described the publication as ..."); it does date a newcomer's act
        known = speaker.name if _speakers_last_day(book, keys, cue, speaker.name) else ""
        said_on = _fronted_governing_day(book, cue) or opening_day(doc, cue.span[0], book.paras, times, known) or (
            there_day(token, times) or own_opening_day(token, times) if token is not None else None)
        if said_on is None and cue.cue.lower() not in FRAME_CUES:
            # (not "..., according to the company": a figure credited to a source, on no occasion)
            said_on = _speakers_last_day(book, keys, cue, speaker.name) or _occasion_carried(book, cue, speaker, out, each or [speaker])
            if said_on is not None and _tells_of_a_later_day(doc, cue, times, said_on, book.quotations, published):
                said_on = None  # "WestLink said 41% of services ran on Monday": not its Sunday statement
            if said_on is not None:
                book.carried.add(cue.span)
        elif said_on is None:
            # "The command reported on Tuesday that ... According to the command, aircraft were
            # scrambled": a figure credited to the source whose dated act was just told goes on
            # telling that act
            said_on = _just_told_by(book, keys, cue, speaker, out)
    if token is not None and _made_in_document(token):
        book.own_medium.add(cue.span)  # "In its 10 p.m. advisory, the center said": an occasion of its own
    if token is not None and _written(token):
        book.written_at.add(cue.span[0])
    if occasion is None and token is not None:
        occasion = results_call(token)  # "said on a call with analysts": the results day
    if said_on is None and occasion is not None and not told_before(occasion):
        said_on = unintroduced_occasion_day(occasion, [(s.span, s.said_on) for s in out if s.said_on],
                                            lead_paragraph(doc, book.paras), times,
                                            [c.content_span for c in book.cues if c.content_span], published)
    if said_on is None and token is not None and not cue.perfect and not cue.present and not _pluperfect(doc, cue) \
            and press_occasion(token) is not None:
        said_on = _news_day(book, out)  # "U.S. Attorney X said at a news conference", after the lead's dated act
    if said_on is None and not cue.perfect and not cue.present and cue.content_span and published is not None \
            and cue.cue.lower() not in FRAME_CUES:  # (not "Brinkman says 1,450 had registered by Sunday": on no occasion)
        said_on = _told_of_today(doc, cue, times, published)
    at_lead_sitting = bool(said_on) and said_on == book.lead_sitting and occasion is not None \
        and occasion_word(occasion) in lead_sittings()
    scene = not any(st.said_on for st in out)
    said_on = _in_session(book, cue, speaker, said_on, at_lead_sitting, scene)
    if said_on and book.published is not None and said_on > book.published.isoformat()[:len(said_on)]:
        return None  # "... on Dec. 2. Comments are due by Jan. 15, the diocese said.": no act comes after the text
    return said_on


_FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _titled_on_the_bench(doc: Doc, speaker: Speaker) -> bool:
    """ "Judge Helen Okafor", "Court of King's Bench Justice Marie Fontaine": a person whose title,
    the word right before the name, is a seat of the court (occasion_nouns.tsv: judge -> court)."""
    phrase = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    first = speaker.name.split()[0] if speaker.name.split() else ""
    at = next((t for t in phrase if first.startswith(t.text)), None) if phrase is not None and first else None
    if at is not None and at.i == phrase.start:
        at = None  # the phrase opens on the name: no title before it
    elif at is None and first and len(speaker.name.split()) > 1:  # "she remarked": where the text first named her
        named = doc_text(doc).find(speaker.name)
        at = next((t for t in doc if t.idx == named and t.i > 0), None) if named > 0 else None
    return at is not None and occasion_of(doc[at.i - 1]) == "court"


def _leaves_the_hearing(cue: Token, occasion: Token | None) -> bool:
    """ "Outside court, the victim's mother said", "told reporters outside the courthouse": speaking
    as the parties leave a hearing (occasion_nouns.tsv: court, courthouse), not at an earlier
    sitting of the trial. The parser may read a sentence-opening "Outside court" as the subject."""
    places = [o for p in cue.children if p.dep_ == "prep" and p.lower_ == "outside" for o in p.children if o.dep_ == "pobj"]
    if occasion is not None and occasion.head.lower_ == "outside":
        places.append(occasion)  # "told reporters outside the courthouse", found as the act's occasion
    if any(occasion_of(place) == "court" for place in places):
        return True
    opening = [t for t in cue.sent[:4] if not t.is_punct]
    return bool(opening) and opening[0].lower_ == "outside" and any(occasion_of(t) == "court" for t in opening[1:3])


def _speakers_last_day(book: DayBook, keys: list[str], cue: Cue, name: str) -> str | None:
    """The day of the speaker's last dated act, carried to a plain past act of theirs. A month or a
    year only within its paragraph: "argued at the hearing in October" does not date what the
    lawyer told reporters outside the courthouse three paragraphs later. Nor one of an act told in the
    past perfect, before the story's own time: "seven economists had forecast a cut" in a poll
    published on Monday does not date what economists said of Thursday's decision."""
    last = _last_dated(book, keys)
    if last is None:
        return None
    day, where, earlier = last
    if (len(day) < 10 or earlier) and _paragraph_of(book.paras, where) != _paragraph_of(book.paras, cue.span[0]):
        return None
    token = book.doc[cue.token_i] if cue.token_i is not None else None
    first, first_at = book.first_dated.get(plain_name(name), (None, -1))
    if where in book.written_at and token is not None and not _written(token) and first is not None \
            and first_at < where and len(first) == 10 and first != day \
            and _paragraph_of(book.paras, where) != _paragraph_of(book.paras, cue.span[0]):
        # "Delane told the committee on Wednesday ... ¶ In written testimony released on Tuesday, he
        # said ... ¶ Under questioning, Delane conceded": what was written on another day is an
        # aside; what the speaker says later is said on the occasion the story first told
        return first
    return day


def _just_told_by(book: DayBook, keys: list[str], cue: Cue, speaker: Speaker, out: list[Statement]) -> str | None:
    """The day of the source's last act when it was dated to a day in this paragraph or the one
    just before, and it is the act told last."""
    last = _last_dated(book, keys)
    if last is None or len(last[0]) != 10 or last[2] or not out or out[-1].speaker != speaker.name:
        return None
    if cue.token_i is not None and any(o.lemma_.lower() in DOCUMENT_NOUNS and any(
            d.dep_ == "det" and d.lower_ in ("a", "an") for d in o.children) for o in frame_objects(book.doc[cue.token_i]) or ()):
        return None  # "according to a report by the ISW": a document brought in, not the act just told
    day, where, _ = last
    return day if 0 <= _paragraph_of(book.paras, cue.span[0]) - _paragraph_of(book.paras, where) <= 1 else None


def _last_dated(book: DayBook, keys: list[str]) -> tuple[str, int, bool] | None:
    """The day and place of the speaker's last dated act, and whether it was told as before the
    story's own time (in the past perfect)."""
    key = next((k for k in keys if k in book.last_date), None)
    if key is None:
        return None
    where = book.last_where.get(key, -1)
    return book.last_date[key], where, any(start == where for start, _ in book.earlier_acts)


def _paragraph_of(paras: list[tuple[int, int]], pos: int) -> int:
    """The index of the paragraph holding `pos`, or -1."""
    return next((k for k, (start, end) in enumerate(paras) if start <= pos < end), -1)


def _tells_of_a_later_day(doc: Doc, cue: Cue, times: list[TimeExpr], day: str,
                          quotations: list[tuple[int, int]], published: date | None) -> bool:
    """Whether the act's words tell of something done on a day after `day` ("said 41% of services
    ran on Monday"): an act carried over from an earlier occasion cannot report what came later.
    Not a day read inside the speaker's own quoted words ("Tonight the citizens chose"), which
    count from when they spoke, nor one still to come when the story ran ("the closure, planned
    for March 31 next year"): a plan, not a thing done."""
    if not cue.content_span or len(day) != 10:
        return False
    start, end = cue.content_span
    for t in times:
        if not (start <= t.span[0] < end and t.type == "DATE" and t.value and _FULL_DAY.match(t.value)
                and t.value[:10] > day) \
                or (published is not None and t.value[:10] > published.isoformat()) \
                or any(a <= t.span[0] < b for a, b in quotations):
            continue
        at = doc.char_span(*t.span, alignment_mode="expand")
        verb = next((a for a in at.root.ancestors if a.pos_ in ("VERB", "AUX")), None) if at is not None else None
        if verb is not None and start <= verb.idx < end and verb.tag_ in ("VBD", "VBN") and not any(
                c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children):  # not "would leave"
            return True
    return False


def _news_day(book: DayBook, out: list[Statement]) -> str | None:
    """The day of the news the lead tells (its first act dated to a day), while the story is still
    on it: the last act dated before is of that day too. Not when the lead's news came in a
    document ("said in its weekly bulletin on Thursday"): the press may be briefed another day."""
    lead = lead_paragraph(book.doc, book.paras)
    if lead is None:
        return None
    first = next((st for st in out if lead[0] <= st.span[0] < lead[1] and st.said_on and len(st.said_on) == 10), None)
    if first is None or any(_made_in_document(book.doc[c.token_i]) for c in book.cues
                            if c.span == first.span and c.token_i is not None):
        return None
    last = next((st.said_on for st in reversed(out) if st.said_on), None)
    return first.said_on if last == first.said_on else None


def _made_in_document(act: Token) -> bool:
    """ "said in a statement on Wednesday", "said in its weekly bulletin": an act made in writing."""
    return any(prep.dep_ == "prep" and prep.lower_ in ("in", "through") and any(
        noun.dep_ == "pobj" and noun.lemma_.lower() in DOCUMENT_NOUNS for noun in prep.children)
        for prep in act.children)


def _written(act: Token) -> bool:
    """An act made in writing: in a document it names or by a verb of writing (writing_verbs.tsv)."""
    return _made_in_document(act) or act.lemma_.lower() in word_set("writing_verbs", "lemma")


def _day_in_own_clause(book: DayBook, cue: Cue) -> str | None:
    """A time in the act's own clause, or one that closes its object or tells its own occasion."""
    doc, times, published = book.doc, book.times, book.published
    own_times = _own_times(doc, cue, _act_times(doc, cue, times), book.quotations)
    # (a frame with no ranges of its own has its words: "... in a report dated April 22"; for "according
    # to", only the day its document was put out: "according to a UN panel report published last month",
    # not "according to the bureau, which said on Monday ...", nor "... citing figures on Tuesday")
    framed = [t for t in own_times if cue.cue.lower() != "according to" or _issued_on(doc, t)]
    said_on = time_in(own_times, cue.date_ranges, cue.cue_span[0]) \
        or (time_in(framed, [cue.cue_span], cue.cue_span[0]) if not cue.date_ranges else None) \
        or time_in(_closing_the_object(doc, cue, own_times), [cue.span], cue.cue_span[0]) \
        or time_in(_approached(doc, cue, own_times), [_sentence_range(doc, cue)], cue.cue_span[0]) \
        or _own_occasion_day(doc, cue, times)
    if said_on is not None and published is not None and said_on > published.isoformat()[:len(said_on)]:
        return None  # "forecast a cut in January": what is looked to, not when; no act comes after the text
    return said_on


def _placed_in_a_week(book: DayBook, cue: Cue) -> bool:
    """ "warned at the weekend", "said over the weekend": the act's own time is a weekend or a week,
    which names no day to give it."""
    ranges = cue.date_ranges or [cue.cue_span]
    weeks = [t for t in book.times if _WEEK.fullmatch(str(t.value or ""))
             and any(lo <= t.span[0] and t.span[1] <= hi for lo, hi in ranges)]
    return bool(weeks) and any(t in weeks for t in _own_times(book.doc, cue, _act_times(book.doc, cue, weeks),
                                                              book.quotations))


_WEEK = re.compile(r"\d{4}-W\d\d(-WE)?")


def _day_of_its_participle(book: DayBook, cue: Cue) -> str | None:
    """ "X rejected the claims, telling Parliament on Tuesday that ...": an act that goes straight on
    in a subjectless participle of speech is one occasion with it, so the day told in the
    participle's own clause is the act's too (the reverse of `_governing_clauses`)."""
    if cue.token_i is None or cue.headline:
        return None
    doc = book.doc
    sent = doc[cue.token_i].sent
    if not any(t.tag_ == "VBG" and t.idx >= cue.cue_span[1] and doc[t.i - 1].text == "," for t in sent):
        return None  # no participle after a comma to go on in
    later = [c for c in book.cues if cue.cue_span[1] <= c.cue_span[0] < sent.end_char and c.token_i is not None
             and doc[c.token_i].pos_ in ("VERB", "AUX")]  # (not "X's claims")
    if not later:
        return None
    other = min(later, key=lambda c: c.span[0])  # the next act, which may lie in this one's span
    participle = doc[other.token_i]
    before = other.span[0]
    while before > 0 and doc_text(doc)[before - 1].isspace():
        before -= 1
    if doc_text(doc)[before - 1:before] != "," or participle.tag_ != "VBG" or other.stance == "decline" \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in participle.children):
        return None  # (not "declined to comment, referring questions to a statement issued on Nov. 20")
    day = _day_in_own_clause(book, other)
    return day if day in _days_hung_on(book, participle) else None  # its own adjunct ("telling Parliament on Tuesday")


def _days_hung_on(book: DayBook, verb: Token, adverbs_only: bool = False) -> set[str]:
    """The days the parse hangs on `verb` itself, directly or through a preposition ("released on
    Friday"); with `adverbs_only`, only as an adverb ("deepened yesterday")."""
    doc = book.doc
    return {t.value for t in book.times if (root := time_head(doc, t)) is not None and (
        (root.head.i == verb.i and (not adverbs_only or root.dep_ in ("npadvmod", "advmod")))
        or (not adverbs_only and root.head.dep_ == "prep" and root.head.head.i == verb.i))}


def _day_of_with_clause(book: DayBook, cue: Cue) -> str | None:
    """ "The dispute deepened yesterday, with the union claiming that ...": an act told in a "with"
    clause is part of what the clause it hangs on tells, on the day that clause gives."""
    if cue.token_i is None or cue.headline:
        return None
    token = book.doc[cue.token_i]
    if token.tag_ != "VBG" or token.dep_ != "pcomp" or token.head.lower_ != "with":
        return None
    days = _days_hung_on(book, token.head.head, adverbs_only=True)
    return days.pop() if len(days) == 1 else None


def _occasion_carried(book: DayBook, cue: Cue, speaker: Speaker, out: list[Statement],
                      each: list[Speaker]) -> str | None:
    """An undated plain past act on the occasion of an act told just before: the speaker's body's,
    its state's, the lead's actor's, a judge's court's, or a dated act in the same sentence or
    paragraph."""
    said_on = None
    if speaker.kind == "person" and speaker.org:
        said_on = _body_occasion(surname_key(speaker.org), book, cue) \
            or _paragraph_actor_day(book, cue, surname_key(speaker.org))
    if said_on is None:
        # "Peru declared a diplomat persona non grata on Thursday ... ¶ Peru's foreign ministry
        # said in a statement": an organ of a state speaks on the occasion of the state's act
        said_on = next((day for party in each if (day := _body_occasion(_state_key(party), book, cue))), None)
    if said_on is None and speaker.kind == "org":
        # "The European Commission fined Kestrel on Wednesday ... ¶ The Commission said in a
        # statement": the body speaks on the occasion of the act the lead tells it did
        said_on = _body_occasion(f"actor:{surname_key(speaker.name)}", book, cue) \
            or _paragraph_actor_day(book, cue, surname_key(speaker.name))
    if said_on is None and speaker.kind == "person":
        # "Salazar addressed cheering supporters on Sunday night. '...,' he said": what he said there
        said_on = _paragraph_actor_day(book, cue, surname_key(speaker.name))
    title = [*cue.source, *(cue.source_head.lefts if cue.source_head is not None else ())]
    if said_on is None and _counterpart([*title, *([cue.source_head] if cue.source_head is not None else ())]):
        # "Vaitkute told a joint news conference on Thursday ... ¶ Her Polish counterpart, Piotr
        # Zawadzki, said": the one she met speaks on her occasion
        last = next((s for s in reversed(out) if s.said_on), None)
        if last is not None and len(last.said_on) == 10 and \
                _paragraph_of(book.paras, cue.span[0]) - _paragraph_of(book.paras, last.span[0]) in (0, 1):
            said_on = last.said_on
    if said_on is None and speaker.kind == "person" and not speaker.org:
        # "managing director X told analysts on an earnings call on Monday ... ¶ Chief financial
        # officer Y said ...": a company's officer speaks on the occasion of the officer just before
        said_on = _fellow_officers_day(book, cue, speaker, out)
    if said_on is None and speaker.kind == "person":
        # '"Who checks the checker?" the Chief Justice asked Solicitor General Malhotra on Thursday
        # morning. ¶ Malhotra submitted that ...': the one a dated act addressed answers on its occasion
        said_on = _addressed_day(book, cue, speaker)
    if said_on is None and speaker.kind == "person" and not speaker.org:
        # "Malawi's High Court on Tuesday annulled ... ¶ Judge Grace Mhango said": a judge
        # speaks on the occasion of the court's act (occasion_nouns.tsv: judge -> court)
        bench = next((occasion_of(t) for t in title if occasion_of(t)), None)
        said_on = _body_occasion(bench, book, cue) if bench else None
    if said_on is None and speaker.kind == "person" and book.hearing_day and _titled_on_the_bench(book.doc, speaker):
        # "... was sentenced on Thursday to eight years. ¶ ... ¶ Justice Marie Fontaine said": the
        # judge of the decision the lead tells speaks in deciding, past any background between
        said_on = book.hearing_day
    if said_on is None and speaker.kind == "person":
        # "The Data Protection Commission fined X on Tuesday ... ¶ Deputy Commissioner Y said": a
        # title made from the name of a body whose act the text just told speaks on its occasion
        said_on = next((day for t in title if t.pos_ in ("NOUN", "PROPN") and (body := _body_titled(t.lower_, book))
                        and (day := _body_occasion(body, book, cue))), None)
    doc = book.doc
    if said_on is None and cue.stance in ("assert", "deny") and cue.token_i is not None and \
            doc[cue.token_i].pos_ in ("VERB", "AUX") and cue.cue.lower() not in FRAME_CUES | {"citing"}:
        said_on = _occasion_date(doc, cue, book.cues, out, book.times, book.paras, book.told,
                                 book.earlier_acts, commentary=_unnamed_group(speaker))
    return said_on


def _fellow_officers_day(book: DayBook, cue: Cue, speaker: Speaker, out: list[Statement]) -> str | None:
    """The day of the last dated act in this paragraph or the one before by a company officer
    (executive_titles.tsv), when this act's speaker is introduced as one too."""
    text = doc_text(book.doc)
    if not _titled_officer(text, speaker.name):
        return None
    here = _paragraph_of(book.paras, cue.span[0])
    for st in reversed(out):
        if _paragraph_of(book.paras, st.span[0]) < here - 1:
            return None
        if st.said_on and len(st.said_on) == 10 and st.speaker != speaker.name and _titled_officer(text, st.speaker):
            return st.said_on
    return None


@functools.lru_cache(maxsize=512)
def _titled_officer(text: str, name: str) -> bool:
    """Whether the text gives the person of this full name a company officer's title right before
    the name somewhere: "managing director Vikram Deshpande", "Chief financial officer Anjali Mehra"."""
    words = name.split()
    if len(words) < 2:
        return False
    titles = word_set("executive_titles", "title")
    for match in re.finditer(re.escape(name), text):
        before = " ".join(re.sub(r"[^a-z ]", " ", text[max(0, match.start() - 60):match.start()].lower()).split())
        if any(before == title or before.endswith(" " + title) for title in titles):
            return True
    return False


def _addressed_day(book: DayBook, cue: Cue, speaker: Speaker) -> str | None:
    """The day of a dated act in this paragraph or the one before that was put to the speaker, its
    object naming them ("asked Solicitor General Raghav Malhotra on Thursday")."""
    surname = speaker.name.split()[-1] if speaker.name.split() else ""
    here = _paragraph_of(book.paras, cue.span[0])
    if not surname[:1].isupper() or here < 0:
        return None
    start = book.paras[max(here - 1, 0)][0]
    for i, day in sorted(book.act_days.items(), reverse=True):
        act = book.doc[i]
        if not start <= act.idx < cue.span[0] or len(day) != 10:
            continue
        if any(c.dep_ in ("dobj", "dative") and surname in {t.text for t in c.subtree} for c in act.children):
            return day
    return None


def _entry_day(book: DayBook, position: int) -> str | None:
    """The day of the live-blog entry holding `position`, when its stamp took one from a day header
    ("THURSDAY, SEPT. 25 ¶ 11:52 p.m. — Landfall ¶ ... the hurricane center said")."""
    start = max(s for s in book.entries if s <= position)
    stamp = next((t for t in book.times if t.span[0] == start and t.type == "TIME"), None)
    if stamp is None:  # "Saturday, 11:50 p.m. — ...": an entry stamped with its day before the clock
        day = next((t for t in book.times if t.span[0] == start and t.type == "DATE"), None)
        stamp = next((t for t in book.times if day is not None and t.type == "TIME"
                      and 0 <= t.span[0] - day.span[1] <= 3), None)
    return str(stamp.value)[:10] if stamp is not None and stamp.anchor in ("header", "beside") and stamp.value else None


def _counterpart(title: list[Token]) -> bool:
    """Whether a speaker's title names them as the counterpart of the one just quoted ("her Polish
    counterpart"; counterpart_nouns.tsv): a noun owned by a pronoun."""
    nouns = word_set("counterpart_nouns", "word")
    return any(t.lower_ in nouns and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children) for t in title)


def _in_session(book: DayBook, cue: Cue, speaker: Speaker, said_on: str | None, at_lead_sitting: bool,
                scene: bool = False) -> str | None:
    """Carry a sitting's day to the named people who speak after it ("Whitaker said ...", after the
    envoys told the council on Wednesday) until the text turns to another time; an act told at the
    sitting the lead told ("told the meeting during public questions") returns the text to it.
    `scene`: the story's first dated act, whose meeting, set before it as the scene of what follows,
    opens the news as a lead's would ("Councillors say ... ¶ At the monthly meeting on Thursday, X
    said"; not "X told a cabinet meeting on Tuesday", a meeting X spoke to)."""
    paras = book.paras
    here = _paragraph_of(paras, cue.span[0])
    if book.session is not None and here != book.session[1] and opens_new_time(
            paras[here] if here >= 0 else None, book.times, book.quoted + book.reported + book.told, book.doc):
        book.session = None  # "A National Audit Office report published last month found ...": another time
    if said_on is None and book.session is not None and _speaks_in_session(book.doc, cue, speaker):
        said_on = book.session[0]
    act = book.doc[cue.token_i] if cue.token_i is not None else None
    met = sitting_noun(act, in_lead=True) if act is not None else None
    if said_on and len(said_on) == 10 and act is not None and (
            at_lead_sitting or sitting_noun(act) or (  # "told a public board meeting on Thursday" in the lead
                met is not None and here >= 0
                and (paras[here] == lead_paragraph(book.doc, paras) or (scene and met.i < act.i)))):
        book.session = (said_on, here)
    elif said_on and book.session is not None and said_on != book.session[0] and not _told_as_before(book.doc, cue):
        book.session = None
    return said_on


def _told_as_before(doc: Doc, cue: Cue) -> bool:
    """ "less than the 8.1% Mayor X had proposed in August", "a lawmaker who warned last year": an act
    told as earlier than the story's occasion, or as a description of someone, does not move the
    story to another time."""
    return _pluperfect(doc, cue) or _describes_speaker(doc, cue)


def _describes_speaker(doc: Doc, cue: Cue) -> bool:
    """An act told in a relative clause ("a hydrologist who warned last year told ..."): it describes
    the speaker, and is not the occasion the speaker's later statements share (not "X filed late
    Sunday, saying ...", a participle the parser hung on the subject)."""
    token = doc[cue.token_i] if cue.token_i is not None else None
    return token is not None and token.dep_ in ("relcl", "acl") and _verb_gone_on_with(token) is None


def remember(book: DayBook, cue: Cue, speaker: Speaker, keys: list[str], said_on: str | None,
             authored: tuple[Speaker, str | None] | None, span: tuple[int, int],
             each: list[Speaker] | None = None) -> None:
    """Record the act's day for the speaker's (or each party's) later acts, and the documents it tells of."""
    doc = book.doc
    keys = [*keys, *(k for party in each or () if party is not speaker for k in speaker_keys(party))]
    if said_on and not _describes_speaker(doc, cue):
        book.last_date.update((k, said_on) for k in keys)
        book.first_dated.setdefault(plain_name(speaker.name), (said_on, cue.span[0]))
        # "the ministry" of "Romania's education ministry"; each party of "Congo's army and a
        # rebel group gave accounts on Wednesday", for the army spokesman who speaks next
        loose = [surname_key(speaker.name), *party_heads(cue)]
        if country_of(speaker.name):  # the state itself acting: "Peru declared ...", "Bolivia said"
            loose.append(f"state:{country_of(speaker.name)}")
        book.loose_date.update((k, said_on) for k in loose)
        book.last_where.update((k, cue.span[0]) for k in [*keys, *loose])
    if said_on and cue.token_i is not None:
        book.act_days[cue.token_i] = said_on
    if cue.token_i is not None and not authored:
        book.authors.update((kind, (speaker, said_on)) for kind in _documents_written(doc[cue.token_i], speaker))
        book.authors.update(_documents_referred_to(doc[cue.token_i], speaker, book.times))
    if _pluperfect(doc, cue):
        book.earlier_acts.add(span)
    if cue.perfect or cue.present:
        book.unplaced_acts.add(span)
    if cue.present and not cue.perfect:
        book.present_acts.add(span)


def _told_of_today(doc: Doc, cue: Cue, times: list[TimeExpr], published: date) -> str | None:
    """ "The fire was put out in the early hours of today, the press service informed": an act that
    reports something of the publication day was made no earlier than that day, and no later. Not
    what is still to come ("a team would be mobilised from Sunday"): that can be told days before."""
    lo, hi = cue.content_span
    today = published.isoformat()
    for time in times:
        if lo <= time.span[0] < hi and time.type != "DURATION" and calendar_value(time) == today \
                and not _told_as_ahead(doc, time):
            return today
    return None


def _told_as_ahead(doc: Doc, time: TimeExpr) -> bool:
    """A time on a verb a future modal puts ahead: "would be mobilised from Sunday"."""
    span = doc.char_span(*time.span, alignment_mode="expand")
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None) if span is not None else None
    return verb is not None and put_ahead(verb)


def _told_later(cue: Token) -> bool:
    """ "Her campaign manager later told a news site": an act after the one told, on a day the text
    does not give (undated_sequels.tsv; not "later that day", "later on Tuesday", which give it)."""
    return any(c.dep_ == "advmod" and c.lower_ in word_set("undated_sequels", "word")
               and not any(g.dep_ in ("npadvmod", "prep") for g in c.children) for c in cue.children)


def _made_those_remarks(token: Token) -> bool:
    """ "Rustem Umerov made the remarks in an interview ..., saying ...": the act is the one just
    reported, named again by a definite occasion noun as the object of "make" or "give"."""
    verb = token.head if token.dep_ in ("advcl", "conj") and token.head.pos_ in ("VERB", "AUX") else token
    if verb.lemma_.lower() not in ("make", "give", "deliver"):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in occasion_nouns() and any(
        d.dep_ == "det" and d.lower_ in ("the", "these", "those", "that", "this") for d in c.children)
        for c in verb.children)


def _lead_actor_day(doc: Doc, paras: list[tuple[int, int]],
                    times: list[TimeExpr]) -> tuple[str, str, int, list[str]] | None:
    """ "The European Commission fined Kestrel Maps 1.2 billion euros on Wednesday": the body the
    lead's first sentence says did something on a day, as (name key, day, position, the states it
    names); its statement in the next paragraph is made on that occasion. "Chile and Argentina agreed
    on Friday": the states act, and their presidents and ministries speak on that occasion."""
    return _actor_day(doc, lead_paragraph(doc, paras), times)


def _lead_verdict_day(doc: Doc, paras: list[tuple[int, int]], times: list[TimeExpr]) -> tuple[str, int] | None:
    """ "A landlord ... was jailed for eight years yesterday", "... has been jailed. ¶ Darren
    Pritchard, 44, was sentenced at Cardiff Crown Court on Thursday", "A jury on Thursday ordered
    ...": the day and paragraph of a court's decision told in the passive (verdict_verbs.tsv) or by
    the court itself (courts.tsv) in the first sentence of the lead or of the paragraph after it,
    the hearing the people quoted next spoke at."""
    lead = lead_paragraph(doc, paras)
    for para in (lead, following_paragraph(doc, paras, lead)) if lead is not None else ():
        span = doc.char_span(*para, alignment_mode="contract") if para is not None else None
        sent = next((x for x in span.sents if any(t.pos_ in ("VERB", "AUX") for t in x)), None) if span is not None else None
        if sent is None:
            continue
        # the decision wherever the parser hung it ("A roofer who took deposits ... was sentenced on
        # Tuesday", read as a second verb of the relative clause under a dateline root)
        verdict = next((v for v in sent if _told_in_the_passive(v) or (
            v in (sent.root, *sent.root.conjuncts) and _court_decides(v))), None)
        day = _day_of_act(doc, sent, verdict, times) if verdict is not None else None
        if day is not None:
            return day, paras.index(para)
    return None


def _told_in_the_passive(verb: Token) -> bool:
    """ "was jailed", "were acquitted": a court's decision (verdict_verbs.tsv) in the passive."""
    return verb.lemma_.lower() in word_set("verdict_verbs", "lemma") and any(c.dep_ == "auxpass" for c in verb.children)


def _court_decides(verb: Token) -> bool:
    """ "A St. Louis jury on Thursday ordered ...", "was released on bail by the Magistrate's Court on
    Wednesday": a court (courts.tsv) as the verb's subject or the doer of its passive."""
    courts = word_set("courts", "word")
    return verb.pos_ == "VERB" and any(
        (c.dep_ == "nsubj" and c.lemma_.lower() in courts)
        or (c.dep_ == "agent" and any(o.dep_ == "pobj" and o.lemma_.lower() in courts for o in c.children))
        for c in verb.children)


def _paragraph_actor_day(book: DayBook, cue: Cue, key: str) -> str | None:
    """ "The liberal Civic Renewal party walked out of the talks late on Monday. Its leader told
    reporters ...": a body whose act opens this paragraph or the one before on a day, and who (or
    whose person) then speaks with no day of its own, speaks on that occasion."""
    here = _paragraph_of(book.paras, cue.span[0])
    if here < 0:
        return None
    for k in (here, here - 1) if here > 0 else (here,):
        if k not in book.opening_acts:
            book.opening_acts[k] = _actor_day(book.doc, book.paras[k], book.times)
        act = book.opening_acts[k]
        if act is not None and act[0] == key and act[2] < cue.span[0]:
            return act[1]
    return None


def _actor_day(doc: Doc, para: tuple[int, int] | None,
               times: list[TimeExpr]) -> tuple[str, str, int, list[str]] | None:
    """The body the first sentence of a paragraph says did something on a day, or the person it says
    addressed someone then: (name key, day, position, the states it names)."""
    span = doc.char_span(*para, alignment_mode="contract") if para is not None else None
    if span is None or not len(span):
        return None
    sent = next((x for x in span.sents if x.root.pos_ in ("VERB", "AUX")), None)  # past a dateline
    if sent is None:
        return None
    members = _members_sat(doc, sent, times)
    if members is not None:
        return members
    root = sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or verb_cue(root) is not None or not (
            subject.pos_ == "PROPN" or subject.ent_type_ == "ORG" or any(t.ent_type_ == "ORG" for t in subject.lefts)):
        return None
    actor = describe(phrase_tokens(subject), subject)
    addressing = word_set("addressing_verbs", "lemma")
    act = root
    if root.lemma_.lower() not in addressing:
        # "Vaitkus looked thin but smiling as he spoke to reporters outside the hospital on Friday": a
        # person (the "he" says so, whatever the model tagged the name) speaking as the sentence goes on
        act = next((c for verb in (root, *root.conjuncts) for c in verb.children if c.dep_ == "advcl" and occasion_verb(c)
                    and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("as", "when", "while") for m in c.children)
                    and any(g.dep_ == "nsubj" and g.lower_ in ("he", "she") for g in c.children)), root)
        if act is not root:
            actor = dataclasses.replace(actor, kind="person")
    if actor.kind != "org" and not (actor.kind == "person" and (act.lemma_.lower() in addressing or act is not root)):
        return None  # a body's act, or a person's address ("Salazar addressed supporters on Sunday night")
    day = _day_of_act(doc, sent, act, times)
    if day is None:
        return None
    names = [entity_at(party) or party for party in (subject, *subject.conjuncts)]
    states = [code for name in names if (code := country_of(name.text))]
    return surname_key(actor.name), day, subject.idx, states


def _members_sat(doc: Doc, sent: Span, times: list[TimeExpr]) -> tuple[str, str, int, list[str]] | None:
    """ "The pool will close after district councillors voted on Wednesday night": members of a
    sitting (occasion_nouns.tsv, sitting) acting as one on a day, anywhere in the sentence, tell
    the sitting the people quoted next speak at."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb_cue(verb) is not None:
            continue
        members = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.tag_ == "NNS"
                        and c.lemma_.lower() in sittings()), None)
        day = _day_of_act(doc, sent, verb, times) if members is not None else None
        if day is not None:
            return members.lemma_.lower(), day, members.idx, []
    return None


def _day_of_act(doc: Doc, sent: Span, act: Token, times: list[TimeExpr]) -> str | None:
    """The day a time in the sentence dates the act to ("fined Kestrel on Wednesday"), if any."""
    return next((v for t in times if sent.start_char <= t.span[0] < sent.end_char
                 and (r := time_head(doc, t)) is not None and dates_act(r, act)
                 and (v := calendar_value(t)) and len(v) == 10), None)


def _body_titled(title: str, book: DayBook) -> str | None:
    """The body key a title is made from ("commissioner" -> "commission", "minister" -> "ministry",
    "councillor" -> "council"): the title keeps all of the body's name but its last two letters, and
    at least six (not "governor" -> "government")."""
    for key in book.loose_date:
        if ":" in key or len(key) < 6 or key == title:
            continue
        shared = len(os.path.commonprefix([key, title]))
        if shared >= 6 and shared >= len(key) - 2:
            return key
    return None


def _state_key(speaker: Speaker) -> str:
    """The state an organ or official speaks for ("Peru's foreign ministry", "Chilean President X"),
    as a loose key."""
    code = country_spoken_for(speaker) or speaker.country
    return f"state:{code}" if code and not country_of(speaker.name) else ""


def _body_occasion(key: str | None, book: DayBook, cue: Cue) -> str | None:
    """ "The ministry on Tuesday denied ... ¶ ministry spokesperson Irina Dobre told a news conference":
    a person speaking for a body, with no day of their own, speaks on the occasion of the body's act
    told in the same or the paragraph just before."""
    if not key or key not in book.loose_date:
        return None
    paras = book.paras
    here, there = _paragraph_of(paras, cue.span[0]), _paragraph_of(paras, book.last_where[key])
    if here < 0 or there < 0 or not 0 <= here - there <= 1:
        return None
    return book.loose_date[key]


def _documents_written(cue: Token, speaker: Speaker) -> list[str]:
    """The kinds of document an act tells its speaker wrote: "said in a regulatory filing", "according
    to a report published Monday by the agency" (not "according to the report" itself)."""
    documents = frame_objects(cue)
    if documents is None:
        documents = [o for p in cue.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                     if o.dep_ == "pobj"]
    if cue.dep_ == "acl" and cue.head.dep_ == "dobj" and cue.head.head.lemma_.lower() in ISSUING_VERBS:
        documents = [*documents, cue.head]  # "has released a statement saying ...": the statement is the body's
    elif cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.head.lemma_.lower() in ISSUING_VERBS:
        # "issued a measles advisory on Thursday, warning of ...": what it issued, warning, is the body's
        documents = [*documents, *(o for o in cue.head.children if o.dep_ == "dobj")]
    return [o.lemma_.lower() for o in documents if o.lemma_.lower() in DOCUMENT_NOUNS
            and o.lemma_.lower() not in speaker.name.lower().split()]


def _documents_referred_to(cue: Token, speaker: Speaker, times: list[TimeExpr]) -> dict[str, tuple[Speaker, str | None]]:
    """ "An IMF spokesperson declined to comment, referring questions to a statement issued on
    Nov. 20": a document the speaker points to is their body's, of the day its own phrase gives."""
    body = Speaker(speaker.org, "org", speaker.start, speaker.end, speaker.org, speaker.country) \
        if speaker.kind == "person" and speaker.org else speaker
    found = {}
    for act in (c for c in cue.children if c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in _referring()):
        for document in (o for p in act.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                         for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in DOCUMENT_NOUNS):
            phrase = (document.left_edge.idx, document.right_edge.idx + len(document.right_edge))
            found[document.lemma_.lower()] = (body, time_in(times, [phrase], document.idx))
    return found


@functools.lru_cache(maxsize=None)
def _referring() -> frozenset[str]:
    """The verbs of referring questions on ("referred questions to", "directed inquiries to"): the
    cues.tsv rows that decline by passing the question to someone or something else."""
    return frozenset(r["lemma"].lower() for r in read_table("cues")
                     if r["pos"] == "VERB" and r["stance"] == "decline" and r["object"])


def _cited_document_day(cue: Token, authors: dict[str, tuple[Speaker, str | None]]) -> str | None:
    """ "according to the report by the commission", after "investigators said in a report published on
    Friday": a definite document the act draws on is the one told before, and came out on its day."""
    documents = frame_objects(cue)
    if documents is None:
        documents = [o for c in cue.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
                     if o.dep_ == "pobj"]
    for document in documents:
        kind = document.lemma_.lower()
        if kind in authors and any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in document.children) \
                and not any(c.dep_ in ("poss", "compound", "amod", "nmod") for c in document.children):
            return authors[kind][1]
    return None


def _document_author(cue: Cue, authors: dict[str, tuple[Speaker, str | None]]) -> tuple[Speaker, str | None] | None:
    """ "The filing also disclosed ...", "according to the report": a definite document with no author
    named is the one a speaker was last said to have written; it speaks for that speaker, on its day."""
    head = cue.source_head
    if head is None or cue.fixed_speaker is not None or head.lemma_.lower() not in authors:
        return None
    if not _plain_definite(head, ("the", "that", "this")):
        return None  # "the ministry's report", "the report by X", "the annual report": another document
    author, day = authors[head.lemma_.lower()]
    return dataclasses.replace(author, start=head.idx, end=head.idx + len(head)), day


def _plain_definite(document: Token, determiners: tuple[str, ...], also_not: tuple[str, ...] = ()) -> bool:
    """A definite document noun with nothing naming another one: no owner, author, kind or clause ("the
    report", not "the ministry's report", "the report by X", "the annual report"); its length may be
    given ("the 38-page report" is the same one measured), and "the same note" is that one outright."""
    return any(c.dep_ == "det" and c.lower_ in determiners for c in document.children) and not any(
        c.dep_ in ("poss", "compound", "prep", "amod", "nmod", *also_not) and not _length_of(c)
        and not (c.dep_ == "amod" and c.lower_ == "same")
        and not (c.dep_ == "compound" and c.lower_ in word_set("document_compounds", "word"))  # "the press release"
        for c in document.children)


def _length_of(modifier: Token) -> bool:
    """ "38-page", "12-point": a number hyphened to a unit, the document's length, which names no other
    document (unlike "the 2023 report")."""
    words = list(modifier.subtree)
    return any(t.like_num for t in words) and any(t.text == "-" for t in words)


def _act_times(doc: Doc, cue: Cue, times: list[TimeExpr]) -> list[TimeExpr]:
    """Times that may date the act: for a cue reporting a figure, not a month or year that is
    the figure's period ("reported net debt ... at the end of December"), unless the phrase
    is about the act ("had put the toll at 40 as recently as late October")."""
    if not _reports_a_figure(doc, cue):
        return times
    return [t for t in times if t.value is None or len(str(t.value)) >= 10
            or re.search(r"\bas \w+ as\s*$", doc_text(doc)[max(0, t.span[0] - 20) : t.span[0]])]


def _reports_a_figure(doc: Doc, cue: Cue) -> bool:
    """A cue reporting a figure as its object, not a clause ("reported net debt of ...",
    "put losses at ..."): a month or year beside it is the period the figure covers."""
    if cue.token_i is None:
        return False
    children = list(doc[cue.token_i].children)
    return any(c.dep_ == "dobj" for c in children) and not any(c.dep_ == "ccomp" for c in children) \
        and cue.mode == "indirect"


def _occasion_date(doc: Doc, cue: Cue, cues: list[Cue], done: list[Statement], times: list[TimeExpr],
                   paras: list[tuple[int, int]], told: list[tuple[int, int]], earlier_acts: set = frozenset(),
                   commentary: bool = False) -> str | None:
    """An undated past act on a dated occasion: a date elsewhere in its sentence but outside
    any reported content ("was jailed on Thursday after a judge rejected ..."), else the
    date of the last dated statement in the same paragraph. A time inside a clause another act
    reports (`told`) dates only the act whose own phrase holds it: "said X had moved funds before
    Y froze withdrawals in March 2024 and had assured investors ...": March 2024 is what was
    said, not the day of the assurance; "a pledge Klarfluss on Tuesday called ..." still is."""
    value = _governing_day(doc, cue, cues, times, told)
    if value:
        return value
    para = next(((s, e) for s, e in paras if s <= cue.span[0] < e), None)
    if para is None or _pluperfect(doc, cue) or commentary:
        # "Analysts had expected ...": an earlier act takes no other source's day; "independent
        # analysts said ...": commentators speak on no one else's occasion
        return None
    for st in reversed(done):
        if para[0] <= st.span[0] < cue.span[0] and st.said_on:
            if st.span in earlier_acts:
                continue  # "X had told the court in June ... The judge dismissed that claim": an earlier occasion
            return st.said_on
    return None


def _issued_on(doc: Doc, time: TimeExpr) -> bool:
    """Whether a time tells when a document was put out: "a report published last month" (issuing_verbs.tsv)."""
    root = time_head(doc, time)
    verb = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None) if root is not None else None
    return verb is not None and verb.dep_ == "acl" and verb.lemma_.lower() in ISSUING_VERBS


def _fronted_governing_day(book: DayBook, cue: Cue) -> str | None:
    """ "On September 27 they published the results by announcing that ...": a date opening the act's
    own sentence, on a clause the act was done by or goes on with, outweighs the day of an occasion
    the paragraph opened on."""
    if cue.token_i is None:
        return None
    sent = book.doc[cue.token_i].sent
    subject = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == sent.root.i), None)
    if subject is None:
        return None
    # not a day told inside the opener's own clause ("Pressed on whether the club would sell before
    # the window shuts on Feb. 2, Marlowe would not be drawn"), which dates that event
    fronted = [t for t in book.times if sent.start_char <= t.span[0] < subject.idx
               and (root := time_head(book.doc, t)) is not None and not inside_clause_of_its_own(root, sent.root)]
    return _governing_day(book.doc, cue, book.cues, fronted, book.told)


def _governing_day(doc: Doc, cue: Cue, cues: list[Cue], times: list[TimeExpr], told: list[tuple[int, int]]
                   ) -> str | None:
    """A date in the act's sentence, outside any reported content, on a clause the act goes on
    with or was done by ("was jailed on Thursday after a judge rejected ...")."""
    if cue.token_i is None:
        return None
    token = doc[cue.token_i]
    sent = token.sent
    own = (token.left_edge.idx, token.right_edge.idx + len(token.right_edge))
    contents = [c.content_span for c in cues if c.content_span]
    clauses = _governing_clauses(token)
    outside = [t for t in times if sent.start_char <= t.span[0] < sent.end_char
               and not any(s <= t.span[0] < e for s, e in contents)
               and (own[0] <= t.span[0] < own[1] or not any(s <= t.span[0] < e for s, e in told))
               and (root := time_head(doc, t)) is not None and not _period_of_a_noun(root, token, t)
               and any(dates_act(root, clause) for clause in clauses)]
    return time_in(_act_times(doc, cue, outside), [(sent.start_char, sent.end_char)], cue.cue_span[0])


def _speaks_in_session(doc: Doc, cue: Cue, speaker: Speaker) -> bool:
    """A plain past act by a person named, told after a sitting the text has dated and before it turns
    to another time: made at that sitting ("Whitaker said ...", "Okonjo said ..."). Not an act told
    in a perfect or the present, an earlier act, a relative clause, a role with no name ("the mayor")."""
    if cue.token_i is None or cue.perfect or cue.present or _pluperfect(doc, cue) or cue.negated_state:
        return False
    token = doc[cue.token_i]
    named = speaker.kind == "person" and any(  # not "the mayor", nor "Royce's solicitor"
        w[:1].isupper() and not w.endswith(("'s", "’s")) for w in speaker.name.split())
    return token.pos_ in ("VERB", "AUX") and token.dep_ not in ("relcl", "acl") and named \
        and cue.cue.lower() not in FRAME_CUES | {"citing"}


def _unnamed_group(speaker: Speaker) -> bool:
    """ "independent analysts", "economists": a plural source with no name."""
    return speaker.plural and not any(w[:1].isupper() for w in speaker.name.split())


def _pluperfect(doc: Doc, cue: Cue) -> bool:
    """ "had told the court in June": an act told as before the story's own occasion."""
    return cue.token_i is not None and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in doc[cue.token_i].children)


def _own_times(doc: Doc, cue: Cue, times: list[TimeExpr],
               quotations: list[tuple[int, int]]) -> list[TimeExpr]:
    """The times that modify the act itself (see `dates_act`); cues read without a verb
    (quotes, transcript turns) keep whatever their date ranges hold."""
    if cue.token_i is None or not cue.date_ranges:
        return times
    token = doc[cue.token_i]
    sent = token.sent
    out = []
    for time in times:
        if not sent.start_char <= time.span[0] < sent.end_char:
            continue
        if any(s <= time.span[0] < e and not s <= cue.cue_span[0] < e for s, e in quotations):
            continue  # 'describing its offer as "the best in the sector this year"': their words, not the act's day
        root = time_head(doc, time)
        if root is None or _period_of_a_noun(root, token, time) or _day_of_an_earlier_figure(root, token):
            continue
        after = 0 <= time.span[0] - cue.cue_span[1] <= 14
        if dates_act(root, token) or (after and dates_act_misparsed(root, token)) or dates_occasion_before_that(root, token) \
                or dates_act_past_quotation(root, token) or dates_speakers_occasion(root, token):
            out.append(time)
    return out


def _day_of_an_earlier_figure(root: Token, act: Token) -> bool:
    """ "estimates the fire at 2,300 hectares, up from 1,200 on Friday": the day of the figure a
    change is measured from, not the act's."""
    changes = word_set("change_words", "word")
    for token in root.ancestors:
        if token.i == act.i:
            return False
        if token.lower_ == "from" and token.head.lower_ in changes:
            return True
        if token.lower_ in changes and any(c.lower_ == "from" for c in token.children):
            return True  # "up from about 1,200 hectares on Friday morning", the day hung on "up"
    return False


def _period_of_a_noun(root: Token, act: Token, time: TimeExpr) -> bool:
    """ "said, in the North's first known launch this year": a period right after a noun ranked by
    an ordinal or a superlative ("the first launch this year", "its biggest attack this month")
    is the span the rank runs over, though the parser hung it on the act; not "said in her
    opening statement last week"."""
    if root.dep_ != "npadvmod" or not time.value or len(time.value) >= 10:
        return False
    if root.head.i == act.i:  # the parser may hang the period on the act itself
        noun = root.doc[root.left_edge.i - 1] if root.left_edge.i > 0 else None
    else:
        noun = root.head
    if noun is None or noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return False
    return any(t.i < noun.i and (t.ent_type_ == "ORDINAL" or t.tag_ in ("JJS", "RBS")) for t in noun.subtree)


def _closing_the_object(doc: Doc, cue: Cue, times: list[TimeExpr]) -> list[TimeExpr]:
    """Of the act's own times, those that close its object ("rejected the decision on Saturday"):
    they date the act though they lie inside what the act is about."""
    if cue.token_i is None:
        return []
    return [t for t in times if (root := time_head(doc, t)) is not None and closes_the_object(root, doc[cue.token_i])]


def _sentence_range(doc: Doc, cue: Cue) -> tuple[int, int]:
    """The characters of the sentence the act's verb stands in (or the act's own span)."""
    if cue.token_i is None:
        return cue.span
    sent = doc[cue.token_i].sent
    return sent.start_char, sent.end_char


def _approached(doc: Doc, cue: Cue, times: list[TimeExpr]) -> list[TimeExpr]:
    """Of the act's own times, those of the approach a refusal answers ("declined to comment when
    contacted on Tuesday"): they date the refusal though they lie in a clause of their own."""
    if cue.token_i is None:
        return []
    return [t for t in times if t.value and len(str(t.value)) >= 10  # a day, not "a letter sent in March"
            and (root := time_head(doc, t)) is not None and dates_approach(root, doc[cue.token_i])]


def _own_occasion_day(doc: Doc, cue: Cue, times: list[TimeExpr]) -> str | None:
    """The day of the speaker's own occasion told in the act's sentence, wherever the parser hung
    it ("accused each other ... in their only televised debate on Wednesday night")."""
    if cue.token_i is None:
        return None
    token = doc[cue.token_i]
    sent = token.sent
    own = [t for t in times if sent.start_char <= t.span[0] < sent.end_char
           and (root := time_head(doc, t)) is not None and dates_own_occasion(root, token)]
    return time_in(own, [(sent.start_char, sent.end_char)], cue.cue_span[0])


def _governing_clauses(token: Token) -> list[Token]:
    """The cue and the clauses it is adverbial to or coordinated with ("was jailed on
    Thursday after a judge rejected ..."): where the occasion of an undated act is told.
    Not the clause that reports it: "said in May that X had denied ..." does not date the denial."""
    if token.dep_ == "advcl" and token.tag_ == "VBG" and (nearer := nearer_act(token)) is not None:
        token = nearer  # "..., while Nowicka rejected that view, saying ...": the act it goes on with
    out = [token]
    if token.dep_ == "relcl" and token.head.ent_type_ in ("DATE", "TIME") \
            and any(c.lower_ == "when" for c in token.children):
        out.append(token.head)  # "got a lift on Friday, when the adviser recommended ...": that day
    verb = _verb_gone_on_with(token)
    if verb is not None:
        token = verb
        out.append(token)
    if token.dep_ == "pcomp" and token.head.lower_ == "with" and any(c.dep_ == "nsubj" for c in token.children):
        # "X on Thursday unveiled ..., with its chief executive telling the audience that ...": the
        # absolute with-clause tells what went on as the sentence's main act happened
        token = token.sent.root
        out.append(token)
    elif token.dep_ == "pcomp" and token.head.lower_ == "by" and token.head.head.pos_ in ("VERB", "AUX"):
        token = token.head.head  # "On September 27 they published the results by announcing ...": the act
        out.append(token)  # it was done by is its occasion
    while token.dep_ in ("advcl", "conj", "xcomp") and token.head.i != token.i:
        if any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in token.children):
            break  # "X said last week ..., while Y rejected that view": Y's act is not on X's occasion
        if days_apart(token):
            break  # "X denied it on Wednesday, a day after Y said ...": Y spoke on another day
        token = token.head
        out.append(token)
    return out


def _verb_gone_on_with(participle: Token) -> Token | None:
    """ "X filed for bankruptcy late Sunday, saying ...", with the participle hung on the subject (or
    on a subject left as the root, the verb hung on it too): the verb before it that it goes on with."""
    if participle.dep_ != "acl" or participle.tag_ != "VBG":
        return None
    subject = participle.head
    if subject.dep_ in ("nsubj", "nsubjpass"):
        verbs = [subject.head]
    elif subject.dep_ == "ROOT":
        verbs = [c for c in subject.children if c.dep_ in ("acl", "relcl") and c.tag_ in ("VBD", "VBZ", "VBN")
                 and not any(a.dep_ in ("aux", "auxpass") for a in c.children)]
    else:
        return None
    verbs = [v for v in verbs if v.i < participle.i and v.pos_ in ("VERB", "AUX")]
    return verbs[-1] if verbs else None


# Subordinators of a contrasting clause: another act, not the occasion of the main one.
CONTRAST_MARKS = {"while", "whereas", "although", "though"}


def _at_the_time(act: Token) -> bool:
    """ "The palace said at the time that ...", "which she called at the time": an act placed at the
    moment the text just told, not at the time of something named ("at the time of the breach"), nor
    "At the same time, he did not rule out ...", which only weighs one point against another."""
    return any(p.dep_ == "prep" and p.lower_ == "at" and any(
        t.dep_ == "pobj" and t.lower_ == "time" and any(d.lower_ == "the" for d in t.children)
        and not any(c.dep_ in ("prep", "amod") for c in t.children) for t in p.children) for p in act.children)


def _last_time_before(book: DayBook, pos: int) -> str | None:
    """The calendar value of the last date the text gave before `pos`, in its paragraph or the one
    before: the moment "at the time" points back to."""
    here = _paragraph_of(book.paras, pos)
    start = book.paras[max(here - 1, 0)][0] if here >= 0 else 0
    days = [v for t in book.times if start <= t.span[0] and t.span[1] <= pos and t.type == "DATE"
            and (v := calendar_value(t))]
    return days[-1] if days else None


def _last_day_before(statements: list[Statement], pos: int) -> str | None:
    """The day of the last statement dated to the day before `pos`: the occasion a
    transcript that follows an introduction records."""
    for s in reversed(statements):
        if s.span[0] < pos and s.said_on and len(s.said_on) == 10:
            return s.said_on
    return None


def _last_act_before(statements: list[Statement], pos: int) -> tuple[int, str] | None:
    """Where the last statement dated to the day before `pos` ends, and its day."""
    for s in reversed(statements):
        if s.span[0] < pos and s.said_on and len(s.said_on) == 10:
            return s.span[1], s.said_on
    return None


def _intro_day(times: list[TimeExpr], pos: int) -> str | None:
    """The day an introduction gives before a transcript's first turn ("Briefing by X, Geneva,
    7 October 2025."): the occasion the turns record, when no statement before dated it."""
    days = [t for t in times if t.span[1] <= pos and (value := calendar_value(t)) and len(value) == 10]
    return calendar_value(days[-1]) if days else None
