"""Statements: who said what, with which stance, and when.

The reading runs in three passes over one parsed document:

1. find acts of reporting: cue verbs and nouns, "according to", "citing" and
   passives (`reported.py`, their content clauses in `content.py`), quoted passages with no cue of their own, transcript
   turns and "—Name" sign-offs (`quotes.py`); stances from `stance.py`;
2. in text order, name each source (`speakers.py`, `antecedents.py`): full names, pronouns and
   role descriptions resolved to the most recent compatible speaker;
3. date each act (`dating.py`): a time in the act's own clause, else the live-blog
   entry or transcript day, else the date of the same source's last dated act,
   else (for acts that assert or deny) a date of the occasion in the same sentence
   or paragraph. Perfect and present tense ("has denied", "says") take no inherited date.
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
import logging
import re
from datetime import date

from spacy.tokens import Doc, Token

from .holder_words import doc_text
from ..models import Statement, TimeExpr
from .dating import (
    calendar_value, closes_the_object, date_headline, date_lead, dates_act, dates_act_misparsed,
    dates_act_past_quotation, dates_speakers_occasion, dates_occasion_before_that, dates_own_occasion,
    day_apart, days_apart, document_day, lead_paragraph, occasion_day, occasion_mention, occasion_nouns,
    occasion_of, opening_day, opens_new_time, results_call, sitting_noun, sequel_day, time_in, told_before,
    unintroduced_occasion_day, went_unanswered,
)
from .headline_trailers import trailer_cues
from .lexicon import read_table, word_set
from .parties import country_spoken_for, name_pairs, parties, party_heads, unnamed_pair
from .quote_cues import attach_quotes, continued_quotes, words_said
from .quotes import (headline_labels, headline_line, live_entry_starts, paragraphs, section_starts, speech_passages,
                     transcript_turns)
from .reported import (DOCUMENT_NOUNS, Cue, _nearer_act, according_cues, finding_cues, inverted_cues,
                       misparsed_citing_cues, noun_cues,
                       reckoning_cues, verb_cues, viewpoint_cues)
from .countries import country_of
from .holder_words import FRAME_CUES, frame_objects, relayed_view
from .stance import content_stance, verb_cue
from .speakers import (
    ANAPHORIC_KINDS, ORG_ROLES, PERSON_ROLES, Coreference, Speaker, country_of_name, describe, full_person_name,
    organisation_of, person_names, phrase_text, phrase_tokens, speaker_keys, spelled_out, spelled_out_acronyms,
    surname_key,
)
from .transcripts import speaker_turns, transcript_cues
from .antecedents import source_speaker, speaks_of_itself, subject_mentions

log = logging.getLogger(__name__)


def find_statements(doc: Doc, times: list[TimeExpr], published: date | None) -> list[Statement]:
    """Every attributed act of asserting, denying, not denying or declining in `doc`."""
    try:
        return _find(doc, times or [], published)
    except (IndexError, ValueError, KeyError, AttributeError, TypeError) as error:  # odd input must not stop a batch
        log.warning("statements: no statements kept for the %d-character text beginning %r: "
                    "the reader failed with %s: %s (a bug; traceback at debug level)",
                    len(doc_text(doc)), doc_text(doc)[:40], type(error).__name__, error)
        log.debug("statements reader failure", exc_info=True)
        return []


def _find(doc: Doc, times: list[TimeExpr], published: date | None) -> list[Statement]:
    text = doc_text(doc)
    passages = speech_passages(text)
    all_turns = transcript_turns(text)
    turns = speaker_turns(doc, all_turns)
    answer_ranges = [p for t in turns for p in t.paragraphs]
    starts = [p.inner_start for p in passages]

    def in_quote(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and passages[k].inner_start <= pos < passages[k].inner_end and not _inside(pos, answer_ranges)

    cues = verb_cues(doc, in_quote)
    cues += according_cues(doc, in_quote)
    cues += misparsed_citing_cues(doc, in_quote)
    cues += viewpoint_cues(doc, in_quote)
    cues += inverted_cues(doc, in_quote, {c.token_i for c in cues if c.token_i is not None})
    cues += finding_cues(doc, in_quote)
    cues += reckoning_cues(doc, in_quote)
    cues += noun_cues(doc, in_quote, {c.token_i for c in cues if c.token_i is not None})
    cues = _merge_nested_refusals(doc, cues)
    attach_quotes(doc, cues, passages, answer_ranges)
    cues += continued_quotes(doc, cues, passages, answer_ranges)
    cues += transcript_cues(doc, cues, turns)
    first_turn = min((t.label_span[0] for t in all_turns), default=len(text))
    headlines = [h for h in _headline_cues(doc, cues) if h.cue_span[0] < first_turn]  # in a transcript, labels are turns
    headlines += trailer_cues(doc, cues + headlines)
    cues = [c for c in cues if not (c.continues and any(  # a quoted phrase of the label's claim is the label's
        h.content_span[0] <= c.cue_span[0] < h.content_span[1] for h in headlines))] + headlines
    cues = [c for c in cues if not (c.first_person and c.fixed_speaker is None)
            and not (c.fixed_speaker is None and c.source_head is not None and c.source_head.pos_ == "PRON"
                     and _inside(c.cue_span[0], answer_ranges))]
    cues.sort(key=lambda c: (c.cue_span[0], c.span[0]))
    _end_before_outer_attribution(text, cues)
    for cue in cues:  # "'The claim is false,' she told reporters": a denial under a neutral verb
        if cue.stance == "assert" and cue.content_span:
            content = doc.char_span(*cue.content_span, alignment_mode="contract")
            if content is not None and len(content):
                cue.stance = content_stance(content) or cue.stance
    return _resolve_and_date(doc, cues, times, published)


def _end_before_outer_attribution(text: str, cues: list[Cue]) -> None:
    """ "Trump said he was glad, according to the Times": the tail attributes Trump's act to the
    Times; it is the Times' statement, not part of what Trump said. So is "the Times reported" after
    'Trump said: "...,"'. A statement whose cue comes before its content ends where another
    attribution of it begins."""
    for a in cues:
        if not a.content_span or a.cue_span[1] > a.content_span[0] or a.fixed_speaker is not None:
            continue
        for b in cues:
            if b is a or b.fixed_speaker is not None or not (a.content_span[0] < b.cue_span[0] < a.span[1]):
                continue
            begins = min([b.cue_span[0], *(t.idx for t in b.source)])
            if b.cue_span[0] < a.content_span[1]:
                # the tail inside the content reports the act itself: its content holds a's cue
                if not (b.content_span and b.content_span[0] <= a.cue_span[0] < b.content_span[1]) \
                        or begins <= a.content_span[0]:
                    continue
            elif begins < a.content_span[1]:
                continue
            end = begins
            while end > a.content_span[0] and (text[end - 1].isspace() or text[end - 1] in ",;-–—"):
                end -= 1
            if end <= a.content_span[0]:
                continue
            a.content_span = (a.content_span[0], min(a.content_span[1], end))
            a.span = (a.span[0], max(a.content_span[1], a.cue_span[1]))


def _inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in ranges)


# Verbs of holding a view: "said they believed X" states X once, through the outer cue.
def _merge_nested_refusals(doc: Doc, cues: list[Cue]) -> list[Cue]:
    """ "X said it could not confirm Y" is X declining, one act: the outer cue takes the
    inner stance when the inner subject points back at the speaker."""
    by_token = {c.token_i: c for c in cues if c.token_i is not None}
    drop = set()
    for outer in cues:
        if outer.token_i is None or outer.stance != "assert":
            continue
        token = doc[outer.token_i]
        for child in token.children:
            if child.dep_ != "ccomp":
                continue
            inner = by_token.get(child.i)
            if inner is not None and inner.stance == "assert" and relayed_view(child):
                drop.add(id(inner))  # "said the company expected X": one statement of X, not two
                continue
            if inner is None or inner.stance == "assert" or inner.source_head is None:
                continue
            subj = inner.source_head
            # "said it could not confirm", "said the organisation could not verify": the speaker's
            # own side; not "police said the suspect denied ..." (someone else's act)
            own_side = subj.lower_ in ("it", "we", "i") or (
                inner.stance != "deny" and (subj.lower_ in ("they", "he", "she") or (
                    subj.pos_ == "NOUN" and subj.lemma_.lower() in ORG_ROLES | ANAPHORIC_KINDS
                    and not any(t.pos_ == "PROPN" for t in subj.subtree))))
            if own_side or _speaks_for(outer, subj):
                outer.stance = inner.stance
                drop.add(id(inner))
    return [c for c in cues if id(c) not in drop]


def _speaks_for(outer: Cue, institution: Token) -> bool:
    """ "a U.S. defense official said the Pentagon could not confirm": an official reporting
    what their own state's institution cannot confirm is that official declining."""
    if outer.source_head is None or outer.source_head.pos_ == "PRON":
        return False
    inner_country = country_of_name(phrase_text(phrase_tokens(institution)))
    if inner_country is None or institution.ent_type_ not in ("ORG", "") or institution.pos_ != "PROPN":
        return False
    head = outer.source_head
    _, outer_country = organisation_of(phrase_tokens(head), head)
    return outer_country == inner_country


def _headline_cues(doc: Doc, cues: list[Cue]) -> list[Cue]:
    """ "Pat Doe: Ferry Will Sail Again": a short line whose label is a person the article names (by
    surname) gives that person's claim; on the headline, so does a label naming a body or an office
    ("Pilots' union: ...")."""
    text = doc_text(doc)
    surnames = {name.split()[-1].lower() for name in person_names(doc)}
    first_line = headline_line(doc)
    headings = section_starts(text)
    out = []
    for label_span, claim in headline_labels(text):
        if label_span[0] in headings:
            continue  # "NORDICS: CARD PAYMENTS DOWN": a round-up's section heading, not a source's claim
        label = text[label_span[0]:label_span[1]]
        last = label.split()[-1].lower().strip(".")
        named = last in surnames and label[:1].isupper() and all(w[:1].isupper() for w in label.split())
        # "Pilots' union: Carrier owes crews €12 million": on the headline, a body or an office
        role = len(first_line) and label_span[1] <= first_line.end_char and (last in ORG_ROLES or last in PERSON_ROLES)
        if not (named or role) or any(claim[0] <= c.cue_span[0] < claim[1] and _sourced_by(c, label_span) for c in cues):
            continue
        name = re.sub(r"^(?:the|a|an)\s+", "", label, flags=re.I)
        speaker = Speaker(full_person_name(doc, label), "person", *label_span) if named else \
            Speaker(name, "org" if last in ORG_ROLES else "person", *label_span)
        out.append(Cue(cue=":", cue_span=(label_span[1], label_span[1] + 1), stance="assert",
                       span=(label_span[0], claim[1]), content_span=claim, mode="indirect",
                       fixed_speaker=speaker, headline=True))
    return out


def _sourced_by(cue: Cue, label_span: tuple[int, int]) -> bool:
    """A cue of the claim whose source is the label itself or no one ("Doe: Ferry Will Sail,
    Says Port" is the port's; "Doe: Voters Worried" is still Doe's)."""
    if cue.continues:  # a quoted phrase of the headline ("It's ‘in Their Heads’") has no source of its own
        return False
    head = cue.source_head
    return head is None or cue.fixed_speaker is not None or label_span[0] <= head.idx < label_span[1]


def _resolve_and_date(doc: Doc, cues: list[Cue], times: list[TimeExpr], published: date | None) -> list[Statement]:
    text = doc_text(doc)
    coref = Coreference()
    # a name inside what someone said ("“Nadia is honest,” he said"; "he said Harrow Bay had been set
    # up") is their words, not the article's: no antecedent for the pronoun naming the next speaker
    # (a body named in reported speech can still be the "it" of a later act)
    quoted = [c.content_span for c in cues if c.content_span and c.mode == "direct"]
    reported = [c.content_span for c in cues if c.content_span and c.mode != "direct"]
    mentions = [x for x in subject_mentions(doc) if not any(s <= x.start < e for s, e in quoted)
                and not (x.kind == "person" and any(s <= x.start < e for s, e in reported))]
    entries = live_entry_starts(text)
    paras = paragraphs(text)
    transcript_day: str | None = None
    session: tuple[str, int] | None = None  # the day and paragraph of the sitting the text is telling
    last_date: dict[str, str] = {}
    act_days: dict[int, str] = {}  # cue token -> the day its act was dated
    earlier_acts: set[tuple[int, int]] = set()  # spans of acts told in the past perfect
    unplaced_acts: set[tuple[int, int]] = set()  # spans of acts told in the present or present perfect
    keyed: list[list[str]] = []  # the speaker keys of each statement in `out`
    sources: list[Speaker] = []  # and the source of each
    pairs: dict[int, str] = {}  # statements by a pair the sentence does not name, and the pair's kind
    last_where: dict[str, int] = {}  # where each key's last dated act is
    loose_date: dict[str, str] = {}  # last day by the last word of the source's name alone
    out: list[Statement] = []
    previous: Speaker | None = None
    # "said in a regulatory filing", "according to a report published Monday by the agency": who wrote
    # each kind of document, and on which day, for a later "the filing", "the report"
    authors: dict[str, tuple[Speaker, str | None]] = {}
    acronyms = spelled_out_acronyms(text)
    lead_act = _lead_actor_day(doc, paras, times)
    if lead_act is not None:
        loose_date[f"actor:{lead_act[0]}"], last_where[f"actor:{lead_act[0]}"] = lead_act[1], lead_act[2]
    m = 0
    sections = section_starts(text)
    for cue in cues:
        if sections and sections[0] <= cue.span[0]:
            # a round-up's next story: no antecedent, speaker or day carries over from the last one
            while sections and sections[0] <= cue.span[0]:
                start = sections.pop(0)
            coref, previous, session = Coreference(), None, None
            last_date.clear()
            while m < len(mentions) and mentions[m].start < start:
                m += 1
        while m < len(mentions) and mentions[m].start < cue.cue_span[0]:
            coref.add(mentions[m], spoke=False)
            m += 1
        authored = _document_author(cue, authors)
        speaker = authored[0] if authored else source_speaker(doc, cue, coref, previous)
        if speaker is None:
            continue
        speaker = spelled_out(speaker, acronyms)  # "The RAIB said" after "... Branch (RAIB)"
        if speaker.kind == "person" and len(speaker.name.split()) == 1 and speaks_of_itself(doc, cue):
            speaker = dataclasses.replace(speaker, kind="org")  # "Kvarnby says it has sold ...": a body
        if not cue.headline:  # a headline's source is no antecedent for the body's "he" or "the company"
            coref.add(speaker)
            if not _relays_earlier_act(cue, cues):
                previous = speaker
        keys = speaker_keys(speaker)
        own_times = _own_times(doc, cue, _act_times(doc, cue, times))
        said_on = time_in(own_times, cue.date_ranges, cue.cue_span[0]) \
            or time_in(_closing_the_object(doc, cue, own_times), [cue.span], cue.cue_span[0]) \
            or _own_occasion_day(doc, cue, times)
        if said_on is not None and published is not None and said_on > published.isoformat()[:len(said_on)]:
            said_on = None  # "forecast a cut in January": what is looked to, not when; no act comes after the text
        if said_on is None and authored:
            said_on = authored[1]  # "The report's authors warned": the day the report was published
        if said_on is None and cue.token_i is not None:
            said_on = _cited_document_day(doc[cue.token_i], authors)  # "according to the report by X"
        if said_on is None and cue.token_i is not None:
            said_on = document_day(doc[cue.token_i], times)  # "a 2021 report found"
        if said_on is None and cue.token_i is not None:
            said_on = sequel_day(doc[cue.token_i], times)  # "Within hours, the prime minister said"
        if said_on is None and cue.fixed_speaker is not None and not cue.continues and cue.cue == ":" \
                and not cue.headline:
            if transcript_day is None:
                transcript_day = (_last_day_before(out, cue.span[0]) or _intro_day(times, cue.span[0])
                                  or (published.isoformat() if published else ""))
            said_on = transcript_day or None
        if said_on is None and entries and published is not None and not cue.negated_state:
            if any(s <= cue.span[0] for s in entries):
                said_on = published.isoformat()
        occasion = occasion_mention(doc[cue.token_i]) if cue.token_i is not None else None
        if said_on is None and occasion is not None:
            said_on = occasion_day(occasion, [(s.span, s.said_on) for s in out if s.said_on], times, act_days,
                                   quoted)
        if said_on is None and cue.token_i is not None and out and _made_those_remarks(doc[cue.token_i]):
            said_on = next((st.said_on for st in reversed(out) if st.said_on), None)
        apart = cue.token_i is not None and days_apart(doc[cue.token_i])
        if said_on is None and apart:
            said_on = day_apart(doc[cue.token_i], act_days)  # "a day after the union said"
        if said_on is None and not cue.perfect and not cue.present and not apart and not (
                cue.token_i is not None and (went_unanswered(doc[cue.token_i], cue.stance)
                                             or _told_later(doc[cue.token_i]))):
            said_on = opening_day(doc, cue.span[0], paras, times) or next((last_date[k] for k in keys if k in last_date), None)
            if said_on is None and speaker.kind == "person" and speaker.org:
                said_on = _body_occasion(surname_key(speaker.org), loose_date, last_where, cue, paras)
            if said_on is None:
                # "Peru declared a diplomat persona non grata on Thursday ... ¶ Peru's foreign ministry
                # said in a statement": an organ of a state speaks on the occasion of the state's act
                said_on = _body_occasion(_state_key(speaker), loose_date, last_where, cue, paras)
            if said_on is None and speaker.kind == "org":
                # "The European Commission fined Kestrel on Wednesday ... ¶ The Commission said in a
                # statement": the body speaks on the occasion of the act the lead tells it did
                said_on = _body_occasion(f"actor:{surname_key(speaker.name)}", loose_date, last_where, cue, paras)
            if said_on is None and speaker.kind == "person" and not speaker.org:
                # "Malawi's High Court on Tuesday annulled ... ¶ Judge Grace Mhango said": a judge
                # speaks on the occasion of the court's act (occasion_nouns.tsv: judge -> court)
                title = [*cue.source, *(cue.source_head.lefts if cue.source_head is not None else ())]
                bench = next((occasion_of(t) for t in title if occasion_of(t)), None)
                said_on = _body_occasion(bench, loose_date, last_where, cue, paras) if bench else None
            if said_on is None and cue.stance in ("assert", "deny") and cue.token_i is not None and \
                    doc[cue.token_i].pos_ in ("VERB", "AUX") and cue.cue.lower() not in FRAME_CUES | {"citing"}:
                said_on = _occasion_date(doc, cue, cues, out, times, published, paras,
                                         earlier_acts, commentary=_unnamed_group(speaker))
        if occasion is None and cue.token_i is not None:
            occasion = results_call(doc[cue.token_i])  # "said on a call with analysts": the results day
        if said_on is None and occasion is not None and not told_before(occasion):
            said_on = unintroduced_occasion_day(occasion, [(s.span, s.said_on) for s in out if s.said_on],
                                                lead_paragraph(doc, paras), times,
                                                [c.content_span for c in cues if c.content_span], published)
        if said_on is None and not cue.perfect and cue.content_span and published is not None \
                and cue.cue.lower() not in FRAME_CUES:
            said_on = _told_of_today(cue, times, published)
        here = next((k for k, (s, e) in enumerate(paras) if s <= cue.span[0] < e), -1)
        if session is not None and here != session[1] and opens_new_time(paras[here] if here >= 0 else None,
                                                                           times, quoted + reported):
            session = None  # "A National Audit Office report published last month found ...": another time
        if said_on is None and session is not None and _speaks_in_session(doc, cue, speaker):
            said_on = session[0]  # "Whitaker said ...", after the envoys told the council on Wednesday
        if said_on and len(said_on) == 10 and cue.token_i is not None and sitting_noun(doc[cue.token_i]):
            session = (said_on, here)
        elif said_on and session is not None and said_on != session[0]:
            session = None
        # an act told in a relative clause ("a hydrologist who warned last year told ...") describes
        # the speaker: it is not the occasion the speaker's later statements share
        describes = cue.token_i is not None and doc[cue.token_i].dep_ in ("relcl", "acl")
        if said_on and not describes:
            last_date.update((k, said_on) for k in keys)
            # "the ministry" of "Romania's education ministry"; each party of "Congo's army and a
            # rebel group gave accounts on Wednesday", for the army spokesman who speaks next
            loose = [surname_key(speaker.name), *party_heads(cue)]
            if country_of(speaker.name):  # the state itself acting: "Peru declared ...", "Bolivia said"
                loose.append(f"state:{country_of(speaker.name)}")
            loose_date.update((k, said_on) for k in loose)
            last_where.update((k, cue.span[0]) for k in [*keys, *loose])
        if said_on and cue.token_i is not None:
            act_days[cue.token_i] = said_on
        if cue.token_i is not None and not authored:
            authors.update((kind, (speaker, said_on)) for kind in _documents_written(doc[cue.token_i], speaker))
            authors.update(_documents_referred_to(doc[cue.token_i], speaker, times))
        span = _clip(cue.span, len(text))
        if _pluperfect(doc, cue):
            earlier_acts.add(span)
        if cue.perfect or cue.present:
            unplaced_acts.add(span)
        content_span = _clip(cue.content_span, len(text)) if cue.content_span else None
        pair = unnamed_pair(doc, cue)
        if pair is not None:
            pairs[len(out)] = pair
        for party in parties(doc, cue) or [speaker]:
            sources.append(party)
            keyed.append([*(speaker_keys(party) if party is not speaker else keys), surname_key(party.name)])
            out.append(Statement(
                speaker=party.name, stance=cue.stance, span=span, said_on=said_on, cue=cue.cue,
                content=words_said(text, content_span, cue.interruption) if content_span else None,
                content_span=content_span, mode=cue.mode, speaker_org=party.org,
                speaker_country=party.country or country_of_name(party.org or party.name),
                speaker_span=(party.start, party.end) if party.start < party.end else None,
            ))
    out, keyed = name_pairs(out, keyed, sources, pairs)
    date_lead(doc, out, keyed, paras, earlier_acts | unplaced_acts)
    date_headline(doc, out, keyed)
    return _dedupe(out)


def _relays_earlier_act(cue: Cue, cues: list[Cue]) -> bool:
    """ "Carson noted in an interview, as reported by BuzzFeed News. 'And I would ...'": a tail that
    attributes an act told before it (as reported by, according to) relays that act; the quotation
    after it goes on with the one who spoke, not with the relay."""
    if not cue.content_span:
        return False
    return any(other is not cue and other.cue_span[1] <= cue.cue_span[0]
               and cue.content_span[0] <= other.cue_span[0] < cue.content_span[1] for other in cues)


def _told_of_today(cue: Cue, times: list[TimeExpr], published: date) -> str | None:
    """ "The fire was put out in the early hours of today, the press service informed": an act that
    reports something of the publication day was made no earlier than that day, and no later."""
    lo, hi = cue.content_span
    today = published.isoformat()
    for time in times:
        if lo <= time.span[0] < hi and time.type != "DURATION" and calendar_value(time) == today:
            return today
    return None


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


def _lead_actor_day(doc: Doc, paras: list[tuple[int, int]], times: list[TimeExpr]) -> tuple[str, str, int] | None:
    """ "The European Commission fined Kestrel Maps 1.2 billion euros on Wednesday": the body the
    lead's first sentence says did something on a day, as (name key, day, position); its statement
    in the next paragraph is made on that occasion."""
    lead = lead_paragraph(doc, paras)
    span = doc.char_span(*lead, alignment_mode="contract") if lead is not None else None
    if span is None or not len(span):
        return None
    sent = next((x for x in span.sents if x.root.pos_ in ("VERB", "AUX")), None)  # past a dateline
    if sent is None:
        return None
    root = sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or verb_cue(root) is not None or not (subject.pos_ == "PROPN" or subject.ent_type_ == "ORG"):
        return None
    actor = describe(phrase_tokens(subject), subject)
    if actor.kind != "org":
        return None
    day = next((t for t in times if sent.start_char <= t.span[0] < sent.end_char
                and (r := _time_root(doc, t)) is not None and dates_act(r, root)
                and (v := calendar_value(t)) and len(v) == 10), None)
    return (surname_key(actor.name), calendar_value(day), subject.idx) if day is not None else None


def _state_key(speaker: Speaker) -> str:
    """The state an organ or official speaks for ("Peru's foreign ministry"), as a loose key."""
    code = country_spoken_for(speaker)
    return f"state:{code}" if code and not country_of(speaker.name) else ""


def _body_occasion(key: str, last_date: dict[str, str], last_where: dict[str, int], cue: Cue,
                   paras: list[tuple[int, int]]) -> str | None:
    """ "The ministry on Tuesday denied ... ¶ ministry spokesperson Irina Dobre told a news conference":
    a person speaking for a body, with no day of their own, speaks on the occasion of the body's act
    told in the same or the paragraph just before."""
    if not key or key not in last_date:
        return None
    here = next((k for k, (s, e) in enumerate(paras) if s <= cue.span[0] < e), None)
    there = next((k for k, (s, e) in enumerate(paras) if s <= last_where[key] < e), None)
    if here is None or there is None or not 0 <= here - there <= 1:
        return None
    return last_date[key]


def _documents_written(cue: Token, speaker: Speaker) -> list[str]:
    """The kinds of document an act tells its speaker wrote: "said in a regulatory filing", "according
    to a report published Monday by the agency" (not "according to the report" itself)."""
    documents = frame_objects(cue)
    if documents is None:
        documents = [o for p in cue.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                     if o.dep_ == "pobj"]
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
    if not any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in head.children) or any(
            c.dep_ in ("poss", "compound", "prep", "amod", "nmod") for c in head.children):
        return None  # "the ministry's report", "the report by X", "the annual report": another document
    author, day = authors[head.lemma_.lower()]
    return dataclasses.replace(author, start=head.idx, end=head.idx + len(head)), day


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


def _occasion_date(doc: Doc, cue: Cue, cues: list[Cue], done: list[Statement],
                   times: list[TimeExpr], published: date | None,
                   paras: list[tuple[int, int]], earlier_acts: set = frozenset(),
                   commentary: bool = False) -> str | None:
    """An undated past act on a dated occasion: a date elsewhere in its sentence but outside
    any reported content ("was jailed on Thursday after a judge rejected ..."), else the
    date of the last dated statement in the same paragraph."""
    if cue.token_i is not None:
        token = doc[cue.token_i]
        sent = token.sent
        contents = [c.content_span for c in cues if c.content_span]
        clauses = _governing_clauses(token)
        outside = [t for t in times if sent.start_char <= t.span[0] < sent.end_char
                   and not any(s <= t.span[0] < e for s, e in contents)
                   and (root := _time_root(doc, t)) is not None
                   and any(dates_act(root, clause) for clause in clauses)]
        value = time_in(_act_times(doc, cue, outside), [(sent.start_char, sent.end_char)], cue.cue_span[0])
        if value:
            return value
    para = next(((s, e) for s, e in paras if s <= cue.span[0] < e), None)
    if para is None or _pluperfect(doc, cue) or commentary:
        return None  # "independent analysts said ...": commentators speak on no one else's occasion  # "Analysts had expected ...": an earlier act takes no other source's day
    for st in reversed(done):
        if para[0] <= st.span[0] < cue.span[0] and st.said_on:
            if st.span in earlier_acts:
                continue  # "X had told the court in June ... The judge dismissed that claim": an earlier occasion
            return st.said_on
    return None


def _speaks_in_session(doc: Doc, cue: Cue, speaker: Speaker) -> bool:
    """A plain past act by a person named, told after a sitting the text has dated and before it turns
    to another time: made at that sitting ("Whitaker said ...", "Okonjo said ..."). Not an act told
    in a perfect or the present, an earlier act, a relative clause, a role with no name ("the mayor")."""
    if cue.token_i is None or cue.perfect or cue.present or _pluperfect(doc, cue) or cue.negated_state:
        return False
    token = doc[cue.token_i]
    named = speaker.kind == "person" and any(w[:1].isupper() for w in speaker.name.split())  # not "the mayor"
    return token.pos_ in ("VERB", "AUX") and token.dep_ not in ("relcl", "acl") and named \
        and cue.cue.lower() not in FRAME_CUES | {"citing"}


def _unnamed_group(speaker: Speaker) -> bool:
    """ "independent analysts", "economists": a plural source with no name."""
    return speaker.plural and not any(w[:1].isupper() for w in speaker.name.split())


def _pluperfect(doc: Doc, cue: Cue) -> bool:
    """ "had told the court in June": an act told as before the story's own occasion."""
    return cue.token_i is not None and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in doc[cue.token_i].children)


def _own_times(doc: Doc, cue: Cue, times: list[TimeExpr]) -> list[TimeExpr]:
    """The times that modify the act itself (see `dates_act`); cues read without a verb
    (quotes, transcript turns) keep whatever their date ranges hold."""
    if cue.token_i is None or not cue.date_ranges:
        return times
    token = doc[cue.token_i]
    out = []
    for time in times:
        if not token.sent.start_char <= time.span[0] < token.sent.end_char:
            continue
        root = _time_root(doc, time)
        if root is None:
            continue
        after = 0 <= time.span[0] - cue.cue_span[1] <= 14
        if dates_act(root, token) or (after and dates_act_misparsed(root, token)) or dates_occasion_before_that(root, token) \
                or dates_act_past_quotation(root, token) or dates_speakers_occasion(root, token):
            out.append(time)
    return out


def _closing_the_object(doc: Doc, cue: Cue, times: list[TimeExpr]) -> list[TimeExpr]:
    """Of the act's own times, those that close its object ("rejected the decision on Saturday"):
    they date the act though they lie inside what the act is about."""
    if cue.token_i is None:
        return []
    return [t for t in times if (root := _time_root(doc, t)) is not None and closes_the_object(root, doc[cue.token_i])]


def _own_occasion_day(doc: Doc, cue: Cue, times: list[TimeExpr]) -> str | None:
    """The day of the speaker's own occasion told in the act's sentence, wherever the parser hung
    it ("accused each other ... in their only televised debate on Wednesday night")."""
    if cue.token_i is None:
        return None
    token = doc[cue.token_i]
    sent = token.sent
    own = [t for t in times if sent.start_char <= t.span[0] < sent.end_char
           and (root := _time_root(doc, t)) is not None and dates_own_occasion(root, token)]
    return time_in(own, [(sent.start_char, sent.end_char)], cue.cue_span[0])


def _time_root(doc: Doc, time: TimeExpr) -> Token | None:
    span = doc.char_span(*time.span, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _governing_clauses(token: Token) -> list[Token]:
    """The cue and the clauses it is adverbial to or coordinated with ("was jailed on
    Thursday after a judge rejected ..."): where the occasion of an undated act is told.
    Not the clause that reports it: "said in May that X had denied ..." does not date the denial."""
    if token.dep_ == "advcl" and token.tag_ == "VBG" and (nearer := _nearer_act(token)) is not None:
        token = nearer  # "..., while Nowicka rejected that view, saying ...": the act it goes on with
    out = [token]
    if token.dep_ == "pcomp" and token.head.lower_ == "with" and any(c.dep_ == "nsubj" for c in token.children):
        # "X on Thursday unveiled ..., with its chief executive telling the audience that ...": the
        # absolute with-clause tells what went on as the sentence's main act happened
        token = token.sent.root
        out.append(token)
    while token.dep_ in ("advcl", "conj", "xcomp") and token.head.i != token.i:
        if any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in token.children):
            break  # "X said last week ..., while Y rejected that view": Y's act is not on X's occasion
        if days_apart(token):
            break  # "X denied it on Wednesday, a day after Y said ...": Y spoke on another day
        token = token.head
        out.append(token)
    return out


# Subordinators of a contrasting clause: another act, not the occasion of the main one.
CONTRAST_MARKS = {"while", "whereas", "although", "though"}


def _last_day_before(statements: list[Statement], pos: int) -> str | None:
    """The day of the last statement dated to the day before `pos`: the occasion a
    transcript that follows an introduction records."""
    for s in reversed(statements):
        if s.span[0] < pos and s.said_on and len(s.said_on) == 10:
            return s.said_on
    return None


def _intro_day(times: list[TimeExpr], pos: int) -> str | None:
    """The day an introduction gives before a transcript's first turn ("Briefing by X, Geneva,
    7 October 2025."): the occasion the turns record, when no statement before dated it."""
    days = [t for t in times if t.span[1] <= pos and (value := calendar_value(t)) and len(value) == 10]
    return calendar_value(days[-1]) if days else None


def _clip(span: tuple[int, int], n: int) -> tuple[int, int]:
    s = max(0, min(span[0], n))
    e = max(s, min(span[1], n))
    return (s, e)


def _dedupe(statements: list[Statement]) -> list[Statement]:
    seen = set()
    out = []
    for s in sorted(statements, key=lambda s: (s.span[0], s.span[1])):
        key = (s.speaker.lower(), s.span, s.cue)
        if key in seen:
            continue
        seen.add(key)
        out.append(s)
    return out
