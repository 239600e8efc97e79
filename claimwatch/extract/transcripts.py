"""Transcripts of interviews and briefings: whose turn each labelled paragraph is, and the
statements a turn holds (one per stretch of talk, split where the speaker declines or denies).

`quotes.transcript_turns` finds the labelled turns; this module decides which labels name a
speaker ("KERRIGAN:", "SPOKESPERSON:" for the person the introduction gives that role, "A:" for
the interviewee) and reads their answers.
"""
from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc, Span, Token

from .holder_words import doc_ents, doc_text, doc_tokens
from .lexicon import read_table, word_set
from .quotes import Turn
from .reported import Cue
from .speakers import (
    ANSWERER_LABELS, CHAIR_LABELS, PERSON_ROLES, QUESTIONER_LABELS, Speaker, describe, full_person_name, given_name_pronoun, person_names,
    phrase_tokens, titles,
)
from .stance import answers_no, content_stance, refuses_in_first_person


def speaker_turns(doc: Doc, turns: list) -> list:
    """Turns by real speakers: a label naming a person of the text ("KERRIGAN"), or one that
    speaks more than once opposite a questioner; not "Read more:" or "Photo:" lines."""
    return turns_by_role(doc, turns)[0]


def turns_by_role(doc: Doc, turns: list) -> tuple[list, list]:
    """The turns that speak (`speaker_turns`) and those of the one asking ("Q:", "WALLACE: ... will
    she be there?", the outlet's own interviewer), whose quoted words are questions put to a
    speaker, nobody's statement."""
    read = _read_turns(doc, turns)
    return [turn for turn, asks in read if not asks], [turn for turn, asks in read if asks]


def _read_turns(doc: Doc, turns: list) -> list[tuple[Turn, bool]]:
    """Each turn that is talk, with whether it asks (True) or speaks (False); a chair's turns
    and unnamed labels ("Photo:") are neither and are left out."""
    labels = [t.label for t in turns]
    questioned = any(_asks(label) or _answers(label) for label in labels)
    name_words = {w.lower() for name in person_names(doc) for w in name.split()}
    out = []
    answerer = _interviewee(doc, turns) if questioned and all(
        _asks(t.label) or _answers(t.label) for t in turns) else None
    text = doc_text(doc)
    own_interviewer = _own_interviewer_labels(text, turns) | _journalist_labels(turns) \
        | _interviewer_labels(doc, turns)
    # "KATE DOE: ..." then "DOE: ...": a label that recurs as its last word is a person's name,
    # whether or not the model tagged it (it rarely tags capitals)
    single = {t.label.strip().lower() for t in turns if len(t.label.split()) == 1}
    full_labels = {t.label.split()[-1].lower(): t.label for t in turns
                   if 2 <= len(t.label.split()) <= 3 and t.label.split()[-1].lower() in single}
    asks = [_asks(t.label) for t in turns]
    for n, turn in enumerate(turns):
        answers = n > 0 and asks[n - 1]  # "Q: How many? ¶ LINDQVIST: About 250."
        if _presides(turn.label):
            continue
        if _member_for_office(turn):  # "The MINISTER FOR HEALTH (Ms Tran):" is Ms Tran's turn
            turn = dataclasses.replace(turn, label=turn.bracketed)
        if turn.label.strip().lower() in full_labels:
            turn = dataclasses.replace(turn, label=full_labels[turn.label.strip().lower()])
        if _answers(turn.label) and answerer is not None:
            out.append((dataclasses.replace(turn, label=answerer), False))  # "A: That is false." is the interviewee's
            continue
        if _asks(turn.label):
            out.append((turn, True))
            continue
        if _answers(turn.label):
            continue
        holder = _role_holder(doc, turn.label, turns[0].label_span[0])
        if holder is not None:  # "SPOKESPERSON:" after "... by Daniel Amaro, spokesperson for ..."
            out.append((dataclasses.replace(turn, label=holder), False))
            continue
        words = [w.lower().strip(".") for w in turn.label.split()]
        named = bool(words) and (words[-1] in name_words or words[-1] in full_labels or (  # "MS. LINDQVIST"
            len(words) >= 2 and turn.label.split()[0].lower() in titles())) or bool(turn.role)  # "ROWE, COMMUTER:"
        if (words and words[0] in QUESTIONER_LABELS) or turn.label in own_interviewer \
                or _puts_a_question(text, turn, turns[n + 1] if n + 1 < len(turns) else None):
            out.append((turn, True))  # "QUESTION:", "REPORTER:", "SEN. VOLK: ... Is that accurate?" ask
            continue
        if named or (questioned and (labels.count(turn.label) >= 2 or answers)):
            out.append((turn, False))
    return out


def _puts_a_question(text: str, turn: Turn, following: Turn | None) -> bool:
    """A turn that ends on a question another label answers next: a hearing's member or an
    interviewer asking, whose preamble frames the question rather than claims."""
    last = text[turn.paragraphs[-1][0]:turn.paragraphs[-1][1]].rstrip() if turn.paragraphs else ""
    return last.endswith(("?", '?"', "?”")) and following is not None and following.label != turn.label


def _asks(label: str) -> bool:
    """ "Q:", "QUESTION:", "Question (Coastal Voice):": a label of the one asking."""
    return label.split()[0].lower() in QUESTIONER_LABELS


def _answers(label: str) -> bool:
    """ "A:", "Answer:": a label of the one answering, with no name of its own."""
    return label.strip().lower() in ANSWERER_LABELS


def _presides(label: str) -> bool:
    """ "Mr SPEAKER", "The CHAIR", "Madam DEPUTY SPEAKER": the presiding officer of a sitting."""
    words = [w for w in label.lower().split() if w not in titles() and w not in ("the", "madam")]
    return " ".join(words) in CHAIR_LABELS


def _member_for_office(turn: Turn) -> bool:
    """A parliament's record labels a minister's turn with the office and the member's name in
    brackets: "The MINISTER FOR HEALTH (Ms Tran):"."""
    words = turn.bracketed.split()
    return turn.label.startswith("The ") and 2 <= len(words) <= 3 and words[0].lower() in titles() \
        and all(w[:1].isupper() for w in words)


def _journalist_labels(turns: list) -> set[str]:
    """ "DANA WHITFIELD, ANCHOR:", then "WHITFIELD:": a broadcast's own anchor or reporter
    (speaker_roles.tsv questioner) narrates; their turns are the outlet's telling, not a source's."""
    names = [t.label for t in turns if t.role and any(w in QUESTIONER_LABELS for w in t.role.lower().split())]
    return {label for name in names for label in (name, name.split()[-1])}


def _role_holder(doc: Doc, label: str, first_turn: int) -> str | None:
    """The person a role label stands for ("SPOKESPERSON", "MINISTER"): the one the introduction
    gives that role, in apposition ("Daniel Amaro, spokesperson for ...") or as a title
    ("Spokesperson Daniel Amaro")."""
    role = label.strip().lower()
    if role not in PERSON_ROLES:
        return None
    for token in doc_tokens(doc):
        if token.idx >= first_turn:
            break
        if token.lower_ != role or token.pos_ not in ("NOUN", "PROPN"):
            continue
        named = token.head if token.dep_ == "appos" else token.head if token.dep_ == "compound" else None
        if named is not None and named.pos_ == "PROPN":
            speaker = describe(phrase_tokens(named), named)
            if speaker.kind == "person":
                return speaker.name
    return None


def _own_interviewer_labels(text: str, turns) -> set[str]:
    """Labels naming the outlet's own interviewer, introduced before the first turn as "our reporter
    Jan Kolář" (own_staff.tsv): their questions and remarks are the author's, not a source's."""
    if not turns:
        return set()
    intro = text[: turns[0].label_span[0]]
    staff = "|".join(sorted(word_set("own_staff", "word")))
    named = re.findall(rf"\b(?i:our (?:{staff})),? ((?:[^\W\d_][\w.'’-]*\s?){{1,3}})", intro)
    # the capitalised words of the name: "our reporter Jan Kolář on Tuesday" -> Kolář
    surnames = {words[-1].lower() for n in named if (words := [w for w in n.split() if w[:1].isupper()])}
    return {t.label for t in turns if t.label.split() and t.label.split()[-1].lower() in surnames}


def _interviewer_labels(doc: Doc, turns: list) -> set[str]:
    """Labels naming the person the introduction says put the questions ("He spoke to Efua Boateng on
    the Morning Exchange programme", interviewing_verbs.tsv): their turns ask, they do not answer."""
    if not turns:
        return set()
    first = min(t.label_span[0] for t in turns)
    pairs = {(r["lemma"], r["preposition"]) for r in read_table("interviewing_verbs")}
    surnames = set()
    for ent in (e for e in doc_ents(doc) if e.label_ == "PERSON" and e.end_char <= first):
        prep = ent.root.head
        if ent.root.dep_ == "pobj" and prep.dep_ in ("prep", "agent") \
                and (prep.head.lemma_.lower(), prep.lower_) in pairs:
            surnames.add(ent[-1].lower_)
        elif _titled_questioner(ent):
            surnames.add(ent[-1].lower_)
    return {t.label for t in turns if t.label.split() and t.label.split()[-1].lower() in surnames}


def _titled_questioner(ent: Span) -> bool:
    """ "the exchange with host Dana Whitcomb", "the anchor, Tom Reyes,": a person the introduction
    titles as the one asking (speaker_roles.tsv questioner)."""
    doc, root = ent.doc, ent.root
    before = doc[ent.start - 1] if ent.start > 0 else None
    return (before is not None and before.lower_ in QUESTIONER_LABELS) \
        or (root.dep_ == "appos" and root.head.lower_ in QUESTIONER_LABELS) \
        or any(c.dep_ == "appos" and c.lower_ in QUESTIONER_LABELS for c in root.children)


def _interviewee(doc: Doc, turns: list) -> str | None:
    """The one who answers in a Q/A transcript: the person the introduction names before the first
    turn ("Health Minister Teresa Valadares was questioned on Tuesday ... Below is a transcript")."""
    first = min(t.label_span[0] for t in turns)
    subjects = [(token, describe(phrase_tokens(token), token)) for token in doc_tokens(doc)
                if token.idx < first and token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "PROPN"]
    person = next((speaker.name for _, speaker in subjects if speaker.kind == "person"), None)
    # failing a person, a name the model took for something else that the introduction takes up
    # as "she" or "he": one it did not tag a body or place, or one a known given name opens
    # ("The Algarve is entering its fourth dry year ... Helena Vasconcelos has run ... She spoke
    # to us": the interviewee, not the region)
    return person or next((speaker.name for token, speaker in subjects if speaker.kind == "org"
                           and (token.ent_type_ not in ("ORG", "GPE", "LOC")
                                or given_name_pronoun(speaker.name) is not None)
                           and _taken_up_as_person(doc, token, first)), None)


def _taken_up_as_person(doc: Doc, name: Token, end: int) -> bool:
    """ "Adaeze Okafor became commissioner ... The Ledger spoke to her": a name the introduction
    takes up with a personal pronoun is a person's, whatever the model tagged it (it often takes
    an unfamiliar name for a place)."""
    return any(t.lower_ in ("he", "she", "him", "her", "his") for t in doc[name.i + 1:] if t.idx < end)


_STAGE_DIRECTION = re.compile(r"[\s\"“”]*[(\[][^)\]]*[)\]][.\s\"“”]*")


def transcript_cues(doc: Doc, cues: list[Cue], turns) -> list[Cue]:
    """Answer paragraphs of a transcript: one statement per stretch of talk, split where the
    speaker declines or denies, leaving out sentences that report a named third party."""
    if not turns:
        return []
    text = doc_text(doc)
    out = []
    third_party = [c for c in cues if not c.first_person and c.source_head is not None
                   and c.source_head.pos_ != "PRON"]
    first_person = [c for c in cues if c.first_person]
    by_pronoun = [c for c in cues if c.fixed_speaker is None and c.source_head is not None
                  and c.source_head.lower_ in ("he", "she")]
    for turn in turns:
        speaker = Speaker(full_person_name(doc, turn.label.title()), "person", *turn.label_span)
        for para in turn.paragraphs:
            segment: list[tuple[int, int]] = []
            stance, deny_next = "assert", False
            region = doc.char_span(*para, alignment_mode="expand")
            for sent in region.sents if region is not None else []:
                s, e = max(sent.start_char, para[0]), min(sent.end_char, para[1])
                if _STAGE_DIRECTION.fullmatch(text, s, e):
                    # "[He said the footage was fake.]": the editor's account of the answer is
                    # the speaker's statement; "(CROSSTALK)", "[laughter]" are notes, not talk
                    out += [dataclasses.replace(c, fixed_speaker=speaker)
                            for c in by_pronoun if s <= c.cue_span[0] < e]
                    continue
                if any(s <= c.cue_span[0] < e for c in third_party):
                    if segment:
                        out.append(_turn_cue(text, speaker, segment, stance))
                    segment, stance = [], "assert"
                    continue
                segment.append((s, e))
                own, deny_next = _own_stance(sent, s, e, first_person, deny_next)
                if own:
                    earlier = segment[:-1]  # "Two were discharged yesterday. ... I will not give the names."
                    if earlier and len(text[earlier[0][0]:earlier[-1][1]].split()) >= _SHORT_PREAMBLE:
                        out.append(_turn_cue(text, speaker, earlier, "assert"))
                        segment = segment[-1:]
                    out.append(_turn_cue(text, speaker, segment, own))
                    segment, stance, deny_next = [], "assert", False
            if segment and out and stance == "assert" and out[-1].stance != "assert" and \
                    len(text[segment[0][0]:segment[-1][1]].split()) < _SHORT_PREAMBLE and out[-1].span[1] >= para[0]:
                last = out[-1]  # "I'll leave it there." closes the refusal before it
                last.span, last.content_span = (last.span[0], segment[-1][1]), (last.content_span[0], segment[-1][1])
            elif segment:
                out.append(_turn_cue(text, speaker, segment, "deny" if deny_next else stance))
    return out


def _own_stance(sent, start: int, end: int, first_person: list[Cue], deny_next: bool) -> tuple[str | None, bool]:
    """The stance a turn's sentence takes of its own, if any: a first-person refusal or denial ("I
    won't comment"), a sentence calling a claim false ("Such publications are fabrications."), an
    answer opening on "No" to a yes-or-no question. A bare "No." leaves its denial to the sentence
    after it, which says what is not so ("No. That figure is false."): the second value says so."""
    doc = sent.doc
    own = next((c.stance for c in first_person if start <= c.cue_span[0] < end and c.stance != "assert"), None)
    if own is None and refuses_in_first_person(sent):
        own = "decline"
    if own is not None:
        return own, deny_next
    if deny_next:
        return "deny", False
    opening = next((t for t in sent if t.idx >= start and not t.is_space), None)
    if opening is None:
        return None, False
    words = doc[opening.i : sent.end]
    if answers_no(words):
        bare = sum(not t.is_punct for t in sent if t.idx >= start) <= 2
        return (None, True) if bare else ("deny", False)
    return ("deny" if content_stance(words) == "deny" else None), False


# Fewer words than this around a refusal or denial in a turn ("I've seen the report.", "I'll leave it
# there.") frame it and go with it; more make a statement of their own.
_SHORT_PREAMBLE = 8


def _turn_cue(text: str, speaker: Speaker, segment: list[tuple[int, int]], stance: str) -> Cue:
    content = (segment[0][0], segment[-1][1])
    # the turn's first words: the label is the cue and stands in the span ("PENCE: Well, ...")
    span = (speaker.start, content[1]) if 0 <= content[0] - speaker.end <= 4 else content
    return Cue(cue=":", cue_span=(content[0], content[0] + 1), stance=stance, span=span, content_span=content,
               mode="direct", fixed_speaker=speaker)
