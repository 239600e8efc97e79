"""said_on of a headline's act, of a lead that sums up the news without its day, and of any act
summed up before the sentence that dates it: they take the day the body gives the same source's
act (or, failing a source, the same stance about the same thing), since they tell the news the
body dates.

Run once over a document's statements after each act was dated on its own (`act_dating.py`).
"""
from __future__ import annotations

import bisect
import dataclasses

from spacy.tokens import Doc, Token

from ..models import Statement, TimeExpr
from .countries import country_of
from .holder_words import FRAME_CUES
from .published import dateline_span
from .dating import calendar_value, dates_act, following_paragraph, lead_paragraph, time_head
from .lexicon import word_set
from .quotes import headline_line
from .speakers import ANAPHORIC_KINDS, ORG_ROLES, PERSON_ROLES, kind_in_name
from .source_marks import DOCUMENT_NOUNS


def date_headline(doc: Doc, out: list[Statement], keyed: list[list[str]],
                  paras: list[tuple[int, int]] = (), unplaced: set[tuple[int, int]] = frozenset()) -> None:
    """ "Ministry denies plan to shut schools" over "The ministry on Tuesday denied ...", "Toll rises
    to 38, civil defence says" over "the institute said on Thursday": a headline's act is the news
    the article tells, so it takes the day of the body's first act of the same source and stance,
    past one told after the lead in the perfect, on no occasion (`unplaced`: "The railroad has given
    a lower count. In a statement on Saturday, the company said ..."); the lead's own perfect is the
    news, undated. When that act is undated ("the heaviest losses the army has claimed"), the body's
    first act of the stance about the same thing gives the day, or for a capital its government's
    ("Minsk denies ..."), or for a source named by its kind the lead's one dated act of the stance
    ("Club says it will appeal"); failing all of these, a denial or refusal takes the body's first
    dated one of its stance ("...; company denies scheme")."""
    line = headline_line(doc)
    if not len(line):
        return
    end = line.end_char
    lead = lead_paragraph(doc, paras) if paras else None
    unplaced = {span for span in unplaced if lead is None or span[0] >= lead[1]}
    for k, st in enumerate(out):
        if st.span[0] >= end or st.said_on:
            continue
        alike = [other for j, other in enumerate(out) if j > k and other.span[0] >= end
                 and other.stance == st.stance
                 and (set(keyed[j]) & set(keyed[k]) or _shortened(st.speaker, other.speaker))]
        same = next((other for other in alike if other.said_on or other.span not in unplaced), None) \
            or next(iter(alike), None)
        # "Operator denies quakes linked to drilling" over "The operator ... has denied that its
        # drilling caused ...": a headline source the body names otherwise is found by its act
        if same is None or not same.said_on:
            body = [other for other in out if other.span[0] >= end]
            same = _told_again(doc, st, body) or _told_by_its_government(st, body) or same
        if (same is None or not same.said_on) and lead is not None:
            same = _lead_act_alike(st, [other for other in out if lead[0] <= other.span[0] < lead[1]]) or same
        if (same is None or not same.said_on) and st.stance != "assert":
            # "company denies scheme": the denial the headline tells is the one the body dates,
            # however it names the source
            same = next((other for other in out if other.span[0] >= end and other.stance == st.stance
                         and other.said_on and len(other.said_on) == 10), None) or same
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
    following = following_paragraph(doc, paras, lead)
    if following is None:
        return
    in_lead = [(j, other) for j, other in enumerate(out) if lead[0] <= other.span[0] < lead[1]]
    # "The Kogi State Police Command says it has rescued 17 travellers ... ¶ The PPRO, SP Yusuf
    # Adamu, said this in a statement ... on Thursday": the lead is what "this" sums up, told then
    summed = next((other for other in out if following[0] <= other.span[0] < following[1] and _day(other)
                   and _sums_up(other)), None)
    for k, st in enumerate(out):
        if summed is not None and lead[0] <= st.span[0] < lead[1] and (not st.said_on or st.span in present):
            # (a present lead's day is the dateline's, "Accra, July 18, GNA - The Board estimates ...":
            # the briefing "this" sums up was the day before)
            out[k] = dataclasses.replace(st, said_on=summed.said_on)
            continue
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


def date_summaries(doc: Doc, out: list[Statement], keyed: list[list[str]], paras: list[tuple[int, int]],
                   dated_in_clause: set[tuple[int, int]], unplaced: set[tuple[int, int]],
                   carried: set[tuple[int, int]]) -> None:
    """ "The ship's manager denied that the crew had been abandoned. In an emailed statement on
    Monday, it said ...": an undated past act that the same source's next sentence, in the same
    paragraph, goes on to tell with its own day sums up that act, and shares its day; so does one a
    person speaking for the body tells next ("The union said ... '...,' union branch secretary Mick
    Tarrant told reporters early on Saturday"). That day outweighs one merely carried (`carried`)
    from the source's act in an earlier paragraph ("HSA said it stood by its results. It said on
    Wednesday ..."), not one this paragraph already told ("..., it said. The company said on
    Wednesday evening"), nor one going on from the source's undated act ("It added ...")."""
    sentences = [s.start_char for s in doc.sents]
    for k, st in enumerate(out):
        if (st.said_on and st.span not in carried) or st.span in unplaced:
            continue
        para = next(((s, e) for s, e in paras if s <= st.span[0] < e), None)
        if para is None:
            continue
        if st.said_on and any(para[0] <= out[j].span[0] and out[j].said_on and set(keyed[j]) & set(keyed[k])
                              for j in range(k)):
            continue
        if any(para[0] <= out[j].span[0] and not out[j].said_on and set(keyed[j]) & set(keyed[k]) for j in range(k)):
            continue  # "Aurion said ... It added ...": going on with an act the paragraph left undated
        here = bisect.bisect_right(sentences, st.span[1] - 1)
        # the first act told in the very next sentence of the paragraph
        nxt = next((j for j in range(k + 1, len(out)) if out[j].span[0] >= st.span[1]
                    and bisect.bisect_right(sentences, out[j].span[0]) > here), None)
        if nxt is None:
            continue
        other = out[nxt]
        if other.span[0] >= para[1] or bisect.bisect_right(sentences, other.span[0]) != here + 1:
            continue
        if other.span in dated_in_clause and _day(other) and other.span not in unplaced \
                and st.cue != "according to" and (set(keyed[nxt]) & set(keyed[k]) or _speaks_for(other, st)
                                                  or _titled_for(doc, other, st)):
            out[k] = dataclasses.replace(st, said_on=other.said_on)


def date_said_this(out: list[Statement], keyed: list[list[str]]) -> None:
    """ "..., he said, adding that ... ¶ Mohd Faizal said this when met by reporters ... here today":
    an act whose content is only "this" or "so" (summing_words.tsv) tells where and when the same
    source said what the text just gave of it; the source's undated acts right before it, with no
    other source's act between, take its day (the style of agency copy that closes on its occasion)."""
    for k, st in enumerate(out):
        if not _day(st) or not _sums_up(st):
            continue
        for j in range(k - 1, -1, -1):
            # the same source, or a shorter form of its name ("Mohd Faizal" of "Datuk Seri Mohd Faizal Harun")
            if not (set(keyed[j]) & set(keyed[k]) or _shortened(st.speaker, out[j].speaker)
                    or _shortened(out[j].speaker, st.speaker)):
                break
            if out[j].said_on is None:
                out[j] = dataclasses.replace(out[j], said_on=st.said_on)



def _sums_up(st: Statement) -> bool:
    """An act whose content is only "this" or "so" (summing_words.tsv): "X said this in a statement"."""
    return (st.content or "").strip(" .,").lower() in word_set("summing_words", "words")


def _day(st: Statement) -> bool:
    """Whether the statement is dated to a day, not only to a month or a year."""
    return bool(st.said_on) and len(st.said_on) == 10


def _speaks_for(person: Statement, body: Statement) -> bool:
    """ "Cirrolink said ... ¶ In a blog post on Thursday, Cirrolink's chief technology officer wrote":
    the lead's body told the news through a person who speaks for it."""
    return bool(person.speaker_org) and person.speaker != body.speaker and (
        _shortened(body.speaker, person.speaker_org) or _shortened(person.speaker_org, body.speaker))


def _titled_for(doc: Doc, person: Statement, body: Statement) -> bool:
    """ "union branch secretary Mick Tarrant" after "The Coastal Wharf Workers Union said": a person
    whose role words, right before the name, hold the kind of body the body's name ends in."""
    kind = kind_in_name(body.speaker)
    if kind is None or person.speaker_span is None or not body.speaker[:1].isupper():
        return False
    name = doc.char_span(*person.speaker_span, alignment_mode="expand")
    if name is None or not len(name):
        return False
    role = {t.lemma_ for t in name if t.is_alpha and t.is_lower}  # the mention may hold its role words
    for token in reversed(doc[max(name.start - 4, name.sent.start):name.start]):
        if not (token.is_alpha and token.is_lower):
            break
        role.add(token.lemma_)
    return kind in role


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
    same = next((other for other in body if other.stance == headline.stance
                 and len(words & _topic_words(doc, other.content_span or other.span)) >= need), None)
    if same is not None or headline.stance != "assert":
        return same
    # "Moscow calls protest 'theatre'" over "... dismissed the protest as political theatre": a
    # headline's plain verb may tell a denial the body gives its own verb
    return next((other for other in body if other.stance == "deny"
                 and len(words & _topic_words(doc, other.span)) >= need), None)


def _lead_act_alike(headline: Statement, lead: list[Statement]) -> Statement | None:
    """ "Club says it will appeal ban" over a lead whose one dated act of that stance is a named
    source's ("Kelvinside said in a statement on Tuesday ..."): a headline source described by its
    kind tells the lead's news, when the lead has just one dated act of its stance to tell (not
    "Mayor says ..." over "The ferry operator said on Thursday ...", one description for another)."""
    words = headline.speaker.lower().split()
    if len(words) > 2 or words[-1] not in ORG_ROLES | PERSON_ROLES | ANAPHORIC_KINDS:
        return None  # a name of its own ("Kazakhstan", "Prague Castle"), matched by name or not at all
    dated = [other for other in lead if other.stance == headline.stance and other.said_on]
    if len({other.said_on for other in dated}) != 1 or not dated[0].speaker[:1].isupper():
        return None
    return dated[0]


def _told_by_its_government(headline: Statement, body: list[Statement]) -> Statement | None:
    """ "Minsk denies involvement" over "The Belarusian defence ministry on Tuesday evening denied
    ...": a headline's capital or country speaks through the body's first dated act of the same
    stance by a source of that country."""
    if len(headline.speaker.split()) > 2:
        return None
    code = country_of(headline.speaker)
    if code is None:
        return None
    return next((other for other in body if other.stance == headline.stance and other.said_on
                 and code in (other.speaker_country, country_of(other.speaker))), None)


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


def lead_meeting(doc: Doc, paras: list[tuple[int, int]], times: list[TimeExpr]) -> tuple[str, int] | None:
    """ "H.E. Dr. X, Minister of State, received on Wednesday H.E. Y ...", "The two ministers met in
    Ankara on Monday": a lead whose first sentence tells a meeting (meeting_verbs.tsv) with someone
    named, on a day; the day and the paragraph, for the sitting the named speakers after it speak at."""
    lead = lead_paragraph(doc, paras)
    span = doc.char_span(*lead, alignment_mode="contract") if lead is not None else None
    sent = next((x for x in span.sents if any(t.pos_ in ("VERB", "AUX") for t in x)), None) if span is not None else None
    meeting = next((t for t in sent if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBN", "VBZ")
                    and t.lemma_.lower() in word_set("meeting_verbs", "lemma")), None) if sent is not None else None
    if meeting is None or not _met_someone(meeting):
        return None
    day = next((v for t in times if sent.start_char <= t.span[0] < sent.end_char
                and (head := time_head(doc, t)) is not None and dates_act(head, meeting)
                and (v := calendar_value(t)) and len(v) == 10), None)
    if day is None:
        return None
    return day, next(k for k, (s, e) in enumerate(paras) if s <= lead[0] < e)


def _met_someone(meeting: Token) -> bool:
    """Whether a meeting verb has a named party: "received ... H.E. Y", "met with the prime minister",
    "X and Y met" (not "received 40 patients")."""
    parties = [c for c in meeting.children if c.dep_ in ("dobj", "nsubj")]
    parties += [g for c in meeting.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(p.ent_type_ in ("PERSON", "GPE", "NORP") or (p.dep_ != "nsubj" and p.pos_ == "PROPN")
               or (p.dep_ == "nsubj" and any(g.dep_ == "conj" for g in p.children)) for p in parties)


def date_by_dateline(doc: Doc, out: list[Statement], paras: list[tuple[int, int]], times: list[TimeExpr],
                     unplaced: set[tuple[int, int]]) -> None:
    """ "Muscat, March 11 (GPNA) -- The Undersecretary affirmed that landings rose ...": an act the
    lead tells in the plain past, that nothing else dates, was made on the day the dateline files
    the copy, when the lead names no day of its own. Not an act told as before another ("after its
    inspectors reported"), nor a figure credited to a source ("according to"), nor one told in the
    present or a perfect (`unplaced`)."""
    lead = lead_paragraph(doc, paras)
    filed = dateline_span(doc.text)
    if lead is None or filed is None or not lead[0] <= filed[0] < lead[1]:
        return
    day = next((t.value for t in times if filed[0] <= t.span[0] < filed[1] and t.type == "DATE"
                and t.value and len(str(t.value)) == 10), None)
    if day is None or any(lead[0] <= t.span[0] < lead[1] and not filed[0] <= t.span[0] < filed[1]
                          and t.type == "DATE" and t.value and len(str(t.value)) == 10 for t in times):
        return  # the lead tells a day of its own: the news is that day's, the dateline only files it
    for k, st in enumerate(out):
        if st.said_on or st.span in unplaced or not lead[0] <= st.span[0] < lead[1] \
                or st.cue.lower() in FRAME_CUES:
            continue
        act = _act_of(doc, st)
        if act is not None and act.tag_ == "VBD" and not _told_as_before_another(act):
            out[k] = dataclasses.replace(st, said_on=str(day))


def _act_of(doc: Doc, st: Statement) -> Token | None:
    span = doc.char_span(st.span[0], st.span[1], alignment_mode="expand")
    return next((t for t in span if t.text == st.cue.split()[0]), None) if span is not None else None


def _told_as_before_another(act: Token) -> bool:
    """ "after its inspectors reported", "since the ministry warned": an act the lead tells as what
    came before its news."""
    return any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "when", "until") for c in act.children) \
        or act.dep_ in ("relcl", "acl", "pcomp")
