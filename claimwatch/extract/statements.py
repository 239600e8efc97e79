"""Statements: who said what, with which stance, and when.

The reading runs in three passes over one parsed document:

1. find acts of reporting: cue verbs and nouns, "according to", "citing" and passives
   (`reported.py`, its sources in `cue_sources.py`, the verbless cues in `nominal_cues.py`, their content
   clauses in `content.py`), quoted passages with no cue of their own, transcript turns and "—Name" sign-offs (`quotes.py`); stances from `stance.py`;
2. in text order, name each source (`speakers.py`, `antecedents.py`): full names, pronouns and
   role descriptions resolved to the most recent compatible speaker;
3. date each act (`act_dating.py` over `dating.py`, `sequels.py`; `lead_dating.py` last): a time
   in the act's own clause, else the live-blog entry or transcript day, else the date of the same source's last dated act,
   else (for acts that assert or deny) a date of the occasion in the same sentence
   or paragraph. Perfect and present tense ("has denied", "says") take no inherited date.
"""
from __future__ import annotations

import bisect
import dataclasses
import logging
import re
from datetime import date

from spacy.tokens import Doc, Token

from ..models import Statement, TimeExpr
from .act_dating import date_act, day_book, document_source, remember
from .antecedents import source_speaker, speaks_of_itself, subject_mentions
from .lead_dating import date_by_dateline, date_headline, date_lead, date_said_this, date_summaries
from .headline_sources import name_headline_sources, name_lead_descriptions
from .headline_trailers import trailer_cues
from .holder_words import doc_ents, doc_text, relayed_view
from .home_institutions import name_home_institutions
from .lexicon import word_set
from .source_marks import FINDING_NOUNS
from .nominal_cues import (according_cues, closing_frame_cues, failed_approach_cues, finding_cues, inverted_cues,
                           misparsed_citing_cues, noun_cues, pointing_back_cues, reckoning_cues, viewpoint_cues)
from .parties import name_pairs, parties, unnamed_pair
from .quote_cues import attach_quotes, continued_quotes, words_said
from .quotes import headline_labels, headline_line, paragraphs, section_starts, speech_passages, transcript_turns
from .coreference import Coreference
from .reported import Cue, judging_source, verb_cues
from .role_holders import held_by, role_holders
from .speakers import (
    ANAPHORIC_KINDS, ORG_ROLES, PERSON_ROLES, Speaker, bodies_named_in_full, country_of_name, full_person_name,
    names_outlet, organisation_of, person_names, phrase_text, phrase_tokens, speaker_keys, spelled_out, spelled_out_acronyms,
    surname_key,
)
from .stance import content_stance, unable_to_speak, verb_cue
from .transcripts import transcript_cues, turns_by_role

log = logging.getLogger(__name__)

HEADLINE_LINKS = word_set("headline_label_links", "word")


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
    turns, asking = turns_by_role(doc, all_turns)
    answer_ranges = [p for t in turns for p in t.paragraphs]
    question_ranges = [p for t in asking for p in t.paragraphs]
    starts = [p.inner_start for p in passages]

    def in_quote(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and passages[k].inner_start <= pos < passages[k].inner_end and not _inside(pos, answer_ranges)

    cues = verb_cues(doc, in_quote)
    cues += according_cues(doc, in_quote)
    cues += closing_frame_cues(doc, in_quote)
    cues += misparsed_citing_cues(doc, in_quote)
    cues += failed_approach_cues(doc, in_quote)
    cues += viewpoint_cues(doc, in_quote)
    cues += inverted_cues(doc, in_quote, {c.token_i for c in cues if c.token_i is not None})
    cues += pointing_back_cues(doc, in_quote, {c.token_i for c in cues if c.token_i is not None})
    cues += finding_cues(doc, in_quote)
    cues += reckoning_cues(doc, in_quote)
    cues += noun_cues(doc, in_quote, {c.token_i for c in cues if c.token_i is not None})
    cues = _merge_nested_refusals(doc, cues)
    attach_quotes(doc, cues, passages, answer_ranges)
    cues += continued_quotes(doc, cues, passages, answer_ranges + question_ranges)  # a quoted question is no one's claim
    cues += transcript_cues(doc, cues, turns)
    first_turn = min((t.label_span[0] for t in all_turns), default=len(text))
    headlines = [h for h in _headline_cues(doc, cues) if h.cue_span[0] < first_turn]  # in a transcript, labels are turns
    headlines += trailer_cues(doc, cues + headlines)
    cues = [c for c in cues if not (c.continues and any(  # a quoted phrase of the label's claim is the label's
        h.content_span[0] <= c.cue_span[0] < h.content_span[1] for h in headlines))] + headlines
    cues = [c for c in cues if not (c.first_person and c.fixed_speaker is None)
            and not (c.fixed_speaker is None and c.source_head is not None and c.source_head.pos_ == "PRON"
                     and _inside(c.cue_span[0], answer_ranges))]
    notes = _desk_notes(text)
    cues = [c for c in cues if not _empty_act_in_report(doc, c, cues) and not _finding_in_report(doc, c, cues)
            and not _state_act_in_organs_report(doc, c, cues)
            and not any(s <= c.cue_span[0] < e for s, e in notes)]
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


def _desk_notes(text: str) -> list[tuple[int, int]]:
    """Paragraphs that are a wire desk's note in parentheses ("(Adds Dutch farmers' association
    statement in paragraph 9)"; desk_notes.tsv): about the story, no one's statement."""
    verbs = word_set("desk_notes", "verb")
    return [(s, e) for s, e in paragraphs(text) if text[s:e].strip().startswith("(")
            and text[s:e].strip().endswith(")") and text[s:e].strip()[1:].split(" ", 1)[0].lower() in verbs]


def _empty_act_in_report(doc: Doc, cue: Cue, cues: list[Cue]) -> bool:
    """ "She said she had written to the council leader, asking him to think again", "said the
    administrator would report within 30 days": a verb act with nothing said, told inside what
    another act reports, is part of that report, not a statement of its own (unlike a document
    named there: "did not deny a report by X that ...")."""
    if cue.content_span is not None or cue.stance != "assert" or cue.token_i is None:
        return False
    token = doc[cue.token_i]
    if token.lemma_.lower() == "cite":
        return False  # "reported, citing three people familiar with the talks, that ...": a source of its own
    return token.pos_ in ("VERB", "AUX") and any(
        other is not cue and other.token_i is not None and other.content_span is not None
        and other.content_span[0] <= cue.cue_span[0] < other.content_span[1]
        and _reported_by(token, doc[other.token_i]) for other in cues)


def _finding_in_report(doc: Doc, cue: Cue, cues: list[Cue]) -> bool:
    """ "The union said the census confirmed its own count", "said the report showed the collapse
    was preventable": what a document shows, told as the very clause another source's act reports,
    is that source's reading of it, one statement; not "said a report by the Audit Office found",
    whose author speaks, nor "X, which the report said was correct", the report's own word."""
    if cue.token_i is None or cue.fixed_speaker is not None or cue.source_head is None:
        return False
    head = cue.source_head
    if head.lemma_.lower() not in FINDING_NOUNS or any(
            t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") or t.dep_ == "poss"
            or (t.dep_ == "prep" and t.lower_ in ("by", "from")) for t in head.subtree if t.i != head.i):
        return False
    token = doc[cue.token_i]
    return any(other is not cue and other.token_i is not None and (
        (token.dep_ == "ccomp" and token.head.i == other.token_i)  # the clause the act reports, not one inside it
        or (doc[other.token_i].head.i == token.i and doc[other.token_i].dep_ == "parataxis"))  # "which, she said, had found"
        for other in cues)


def _state_act_in_organs_report(doc: Doc, cue: Cue, cues: list[Cue]) -> bool:
    """ "Uganda has confirmed 14 cases, the health ministry said on Saturday": a state's act told as
    the very clause one of its bodies reports is that body's one statement, not the state's own."""
    if cue.token_i is None or cue.fixed_speaker is not None or cue.source_head is None \
            or cue.source_head.ent_type_ != "GPE":
        return False
    token, state = doc[cue.token_i], cue.source_head.text
    for other in cues:
        if other is cue or other.token_i is None or other.source_head is None:
            continue
        act, body = doc[other.token_i], other.source_head
        reports = (token.dep_ == "ccomp" and token.head.i == act.i) or (act.dep_ == "parataxis" and act.head.i == token.i)
        places = [t for t in body.subtree if t.ent_type_ in ("GPE", "NORP")]
        if reports and body.lemma_.lower() in ORG_ROLES and all(state in t.text or t.text in state for t in places):
            return True
    return False


def _reported_by(token: Token, act: Token) -> bool:
    """Whether `token` lies in a clause `act` reports, not on the act itself ("reported, citing
    three people familiar with the talks, that ...": the citing goes with the reporting)."""
    node = token
    while node.head.i != node.i and node.head.i != act.i:
        node = node.head
    return node.head.i == act.i and node.i != act.i and node.dep_ in ("ccomp", "xcomp")


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
            if inner is None and unable_to_speak(child):
                outer.stance = "decline"  # "said it had not been able to confirm either side's toll"
                continue
            if inner is not None and inner.stance == "assert" and relayed_view(child):
                drop.add(id(inner))  # "said the company expected X": one statement of X, not two
                continue
            if inner is None or inner.stance == "assert" or inner.source_head is None:
                continue
            subj = inner.source_head
            if subj.dep_ == "nsubjpass":
                drop.add(id(inner))  # "said it had not been told of the cut": the one told, not one
                continue  # declining; and no telling of its own to report
            # "said it could not confirm", "said the organisation could not verify": the speaker's
            # own side; not "police said the suspect denied ..." (someone else's act)
            own_side = subj.lower_ in ("it", "we", "i") or (
                inner.stance != "deny" and (subj.lower_ in ("they", "he", "she") or (
                    subj.pos_ == "NOUN" and subj.lemma_.lower() in ORG_ROLES | ANAPHORIC_KINDS
                    and not any(t.pos_ == "PROPN" for t in subj.subtree)
                    # not "the judge noted that the company had not disputed ...": a party before the bench
                    and not (outer.source_head is not None and judging_source(outer.source_head)))))
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
    for whole_label, claim in headline_labels(text):
        if whole_label[0] in headings:
            continue  # "NORDICS: CARD PAYMENTS DOWN": a round-up's section heading, not a source's claim
        label_span = _label_speaker(text, whole_label)
        if label_span is None:
            continue
        label = text[label_span[0]:label_span[1]]
        if label.lower().strip(". ") in word_set("rubric_labels", "label"):
            continue  # "PRESS REVIEW: Dailies on ...": the kind of piece, no source's claim
        last = label.split()[-1].lower().strip(".")
        named = last in surnames and label[:1].isupper() and all(w[:1].isupper() for w in label.split())
        # "Pilots' union: Carrier owes crews €12 million": on the headline, a body or an office;
        # "Poll: Trump and Clinton hold narrow leads": a finding with no author named
        on_headline = len(first_line) and whole_label[1] <= first_line.end_char
        role = on_headline and (last in ORG_ROLES or last in PERSON_ROLES)
        finding = on_headline and last in FINDING_NOUNS and len(label.split()) <= 2
        if not (named or role or finding) \
                or any(claim[0] <= c.cue_span[0] < claim[1] and _sourced_by(c, whole_label) for c in cues):
            continue
        name = re.sub(r"^(?:the|a|an)\s+", "", label, flags=re.I)
        speaker = Speaker(full_person_name(doc, label), "person", *label_span) if named else \
            Speaker(name if role else name.lower(), "org" if last in ORG_ROLES or not role else "person", *label_span)
        out.append(Cue(cue=":", cue_span=(whole_label[1], whole_label[1] + 1), stance="assert",
                       span=(whole_label[0], claim[1]), content_span=claim, mode="indirect",
                       fixed_speaker=speaker, headline=True))
    return out


def _label_speaker(text: str, label_span: tuple[int, int]) -> tuple[int, int] | None:
    """The span of a headline label's words that name its speaker: all of them, or those before
    the preposition saying whom, where or of what the speaker spoke ("Clinton to Planned
    Parenthood", headline_label_links.tsv); none when more than four words would name one."""
    start, end = label_span
    for word in re.finditer(r"\S+", text[start:end]):
        if word.start() and word.group().lower() in HEADLINE_LINKS:
            end = start + word.start() - 1
            break
    return (start, end) if len(text[start:end].split()) <= 4 else None


def _sourced_by(cue: Cue, label_span: tuple[int, int]) -> bool:
    """A cue of the claim whose source is the label itself or no one ("Doe: Ferry Will Sail,
    Says Port" is the port's; "Doe: Voters Worried" is still Doe's)."""
    if cue.continues:  # a quoted phrase of the headline ("It's ‘in Their Heads’") has no source of its own
        return False
    head = cue.source_head
    return head is None or cue.fixed_speaker is not None or label_span[0] <= head.idx < label_span[1]


def _resolve_and_date(doc: Doc, cues: list[Cue], times: list[TimeExpr], published: date | None) -> list[Statement]:
    """Name each act's speaker and date it, in text order (see `act_dating.py` for the days)."""
    text = doc_text(doc)
    coref = Coreference()
    paras = paragraphs(text)
    book = day_book(doc, cues, times, published, paras)
    # a name inside what someone said ("“Nadia is honest,” he said"; "he said Harrow Bay had been set
    # up") is their words, not the article's: no antecedent for the pronoun naming the next speaker
    # (a body named in reported speech can still be the "it" of a later act)
    outlet = doc._.outlet if Doc.has_extension("outlet") else None
    mentions = [x for x in subject_mentions(doc) if not any(s <= x.start < e for s, e in book.quoted)
                and not (x.kind == "person" and any(s <= x.start < e for s, e in book.reported))
                and not _the_outlet(doc, x, outlet)]
    keyed: list[list[str]] = []  # the speaker keys of each statement in `out`
    sources: list[Speaker] = []  # and the source of each
    pairs: dict[int, tuple[str, list[Speaker]]] = {}  # statements by a pair the sentence does not name: its kind, its sides
    out: list[Statement] = []
    previous: Speaker | None = None
    full_names = spelled_out_acronyms(text) | bodies_named_in_full(doc)
    holders = role_holders(doc)
    m = 0
    sections = section_starts(text)
    for cue in cues:
        if sections and sections[0] <= cue.span[0]:
            # a round-up's next story: no antecedent, speaker or day carries over from the last one
            while sections and sections[0] <= cue.span[0]:
                start = sections.pop(0)
            coref, previous = Coreference(), None
            book.new_section()
            while m < len(mentions) and mentions[m].start < start:
                m += 1
        while m < len(mentions) and mentions[m].start < cue.cue_span[0]:
            coref.add(mentions[m], spoke=False)
            m += 1
        authored = document_source(book, cue, (sources[-1], out[-1]) if out else None)
        speaker = authored[0] if authored else source_speaker(doc, cue, coref, previous)
        if speaker is None:
            continue
        speaker = spelled_out(speaker, full_names)  # "The RAIB said" after "... Branch (RAIB)"
        speaker = held_by(speaker, holders)  # "the PPRO said", after "The PPRO in the state, SP Yusuf Adamu,"
        if _the_outlet(doc, speaker, outlet):
            continue  # "the Ledger reported that ...": the author's own telling, no source's act
        if speaker.kind == "person" and len(speaker.name.split()) == 1 and speaks_of_itself(doc, cue):
            speaker = dataclasses.replace(speaker, kind="org")  # "Kvarnby says it has sold ...": a body
        # a person whose act another's words report ("He said the captain had reported a fault") is no
        # antecedent for the next "he", as a person named inside what was said is none (`mentions`)
        nested = speaker.kind == "person" and any(s <= cue.cue_span[0] < e for s, e in coref.told) \
            and _reported_by_a_verb(doc, cue)
        if not cue.headline and not nested:  # a headline's source is no antecedent for the body's "he" or "the company"
            coref.add(speaker)
            if not _relays_earlier_act(cue, cues):
                previous = speaker
        keys = speaker_keys(speaker)
        each = parties(doc, cue) or [speaker]
        for party in each:
            coref.know(party)
        said_on = date_act(book, cue, speaker, keys, authored, out, each)
        span = _clip(cue.span, len(text))
        pair = unnamed_pair(doc, cue)
        # "X and her critic traded numbers on Tuesday, with each side accusing the other": the day is
        # each side's too, for what either says next
        remember(book, cue, speaker, keys, said_on, authored, span, [*each, *(pair[1] if pair else ())])
        content_span = _unpadded(text, _clip(cue.content_span, len(text))) if cue.content_span else None
        if content_span and not cue.headline:
            coref.told.append(content_span)
        if pair is not None:
            pairs[len(out)] = pair
        for party in each:
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
    date_lead(doc, out, keyed, paras, book.earlier_acts | book.unplaced_acts, book.earlier_acts | book.present_acts)
    date_summaries(doc, out, keyed, paras, book.dated_in_clause, book.earlier_acts | book.unplaced_acts,
                   book.carried - book.own_medium)
    date_said_this(out, keyed)
    date_by_dateline(doc, out, paras, book.times, book.earlier_acts | book.unplaced_acts | book.present_acts)
    name_lead_descriptions(doc, out, keyed, paras, book.earlier_acts | book.present_acts)
    name_headline_sources(doc, out, keyed)
    date_headline(doc, out, keyed, paras, book.earlier_acts | book.unplaced_acts)
    name_home_institutions(doc, out)
    return _dedupe(out)


def _reported_by_a_verb(doc: Doc, cue: Cue) -> bool:
    """The act's verb sits in the clause a reporting verb completes ("He said the captain had reported
    a fault"), not beside it ("a claim the shadow secretary, Graham Petts, flatly denied") nor after it."""
    if cue.token_i is None:
        return False
    token = doc[cue.token_i]
    for head in token.ancestors:
        if token.dep_ in ("acl", "relcl", "appos", "conj"):
            # a clause hung on a noun is set beside what was said, and one joined to it ("said its
            # members would pass the cut on, but its chairman would not say how quickly") may be the
            # writer's own, however the parser hung it
            return False
        if token.dep_ in ("ccomp", "xcomp") and verb_cue(head) is not None:
            return True
        token = head
    return False


def _the_outlet(doc: Doc, source: Speaker, outlet: str | None) -> bool:
    """A source named as the publishing outlet is (`names_outlet`), and not a place its name holds."""
    if not names_outlet(source.name, outlet) or country_of_name(source.name):
        return False
    return not any(ent.text == source.name and ent.label_ in ("GPE", "LOC") for ent in doc_ents(doc))


def _relays_earlier_act(cue: Cue, cues: list[Cue]) -> bool:
    """ "Carson noted in an interview, as reported by BuzzFeed News. 'And I would ...'": a tail that
    attributes an act told before it (as reported by, according to) relays that act; the quotation
    after it goes on with the one who spoke, not with the relay."""
    if not cue.content_span:
        return False
    return any(other is not cue and other.cue_span[1] <= cue.cue_span[0]
               and cue.content_span[0] <= other.cue_span[0] < cue.content_span[1] for other in cues)


def _clip(span: tuple[int, int], n: int) -> tuple[int, int]:
    s = max(0, min(span[0], n))
    e = max(s, min(span[1], n))
    return (s, e)


def _unpadded(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span without the white space at its ends (a blanked desk label before a headline's words)."""
    s, e = span
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e) if s < e else span


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
