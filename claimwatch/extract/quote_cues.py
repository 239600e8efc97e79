"""Direct speech joined to its acts: a quotation beside a cue is what the cue reports, a quotation
with no cue goes on with the last speaker (or takes a name after a dash, or the person the next
paragraph introduces), and a quotation the attribution interrupts is one act.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .holder_words import doc_text
from .lexicon import word_set
from .quotes import Passage, dash_attribution, dash_line, opens_mid_sentence, paragraphs
from .reported import Cue
from .speakers import PERSON_ROLES, Speaker, describe, entity_at, full_person_name, phrase_tokens, strip_titles
from .stance import verb_cue


def attach_quotes(doc: Doc, cues: list[Cue], passages: list[Passage], answers: list[tuple[int, int]]) -> None:
    """A quote opening or closing in a cue's sentence, in the same paragraph, is what the
    nearest such cue reports (mode direct)."""
    paras = paragraphs(doc_text(doc))
    for p in passages:
        para = next((q for q in paras if q[0] <= p.start < q[1]), None)
        best, distance = None, None
        for cue in cues:
            if cue.token_i is None or cue.mode == "direct" or not para:
                continue
            if not para[0] <= cue.cue_span[0] < para[1] or p.start <= cue.cue_span[0] < p.end:
                continue
            sent = doc[cue.token_i].sent
            if p.end <= sent.start_char or p.start >= sent.end_char:
                # "“..., and it broke,” the spokesman said": the parser may end the sentence at
                # the closing mark; a cue left with no content of its own reports the quote
                gap = doc_text(doc)[p.end:cue.cue_span[0]] if p.end <= cue.cue_span[0] else doc_text(doc)[cue.cue_span[1]:p.start]
                if (cue.content_span is not None and not _addressee_only(doc[cue.token_i], cue.content_span)) \
                        or not _same_sentence_gap(gap):
                    continue
            d = min(abs(cue.cue_span[0] - p.end), abs(cue.cue_span[0] - p.start))
            if _object_quoted(doc[cue.token_i], p) is not None:
                d = -1  # 'called the figures "propaganda" and alleged that ...': the act the quote is part of
            if distance is None or d < distance:
                best, distance = cue, d
        if best is not None:
            best.mode = "direct"
            quoted_of = _object_quoted(doc[best.token_i], p)
            # 'called the plan "a provocation"': what is called so stays with what it is called
            best.content_span = (min(quoted_of.left_edge.idx, p.inner_start) if quoted_of is not None else p.inner_start,
                                 p.inner_end)
            best.span = (min(best.span[0], p.start), max(best.span[1], p.end))


def _addressee_only(act: Token, content: tuple[int, int]) -> bool:
    """ '"Who checks the checker?" the Chief Justice asked Solicitor General Malhotra': content that is
    only the one the act was put to (a person, named or by role), so the quote is what was asked."""
    if act.lemma_.lower() not in word_set("asking_verbs", "lemma") | word_set("addressing_verbs", "lemma"):
        return False  # not "accused ministers of ...": what they are accused of is the content
    hearer = next((c for c in act.children if c.dep_ in ("dobj", "dative") and c.i > act.i), None)
    if hearer is None or not (hearer.ent_type_ == "PERSON" or hearer.lemma_.lower() in PERSON_ROLES):
        return False
    return hearer.left_edge.idx <= content[0] and content[1] <= hearer.right_edge.idx + len(hearer.right_edge)


def _object_quoted(act: Token, passage: Passage) -> Token | None:
    """The act's object whose phrase the quoted words are part of: "the plan" of "called the plan
    “a betrayal”" (the parser's object, predicate or apposition after the act), else None."""
    objects = [c for c in act.children if c.dep_ in ("dobj", "oprd") and c.i > act.i]
    for obj in objects:
        if any(passage.inner_start <= t.idx < passage.inner_end
               for t in [obj, *(a for a in obj.children if a.dep_ == "appos")]):
            return next((o for o in objects if o.i <= obj.i), obj)
    return None


def _same_sentence_gap(gap: str) -> bool:
    """Text between a quote and its cue that cannot hold a sentence end: short, one line,
    and any full stop belongs to an abbreviation ("army spokesman Brig. Gen. Ali said")."""
    if len(gap) > 60 or "\n" in gap or "!" in gap or "?" in gap:
        return False
    words = gap.split()
    return all(not w.endswith(".") or re.fullmatch(r"[A-Z][a-z]{0,3}\.", w) for w in words)


def continued_quotes(doc: Doc, cues: list[Cue], passages: list[Passage],
                      answers: list[tuple[int, int]]) -> list[Cue]:
    """Quoted passages with no cue of their own continue the previous speaker, or take the
    name after a closing dash."""
    text = doc_text(doc)
    covered = [c.content_span for c in cues if c.mode == "direct" and c.content_span]
    paras = paragraphs(text)
    out = []
    for p in passages:
        if any(s <= p.start < e for s, e in answers) or any(s <= p.inner_start < e for s, e in covered) or any(
                p.start < s < p.end for s, _ in answers):  # a quoted transcript turn is the turn
            continue
        para = next((q for q in paras if q[0] <= p.start < q[1]), (p.start, p.end))
        if _is_title_like(text, p, para):
            continue
        resumed = _resumed_quote(text, p, para, cues)
        if resumed is not None:  # "“We have lost three brothers,” she said, “and they will not be the last.”"
            resumed.span = (resumed.span[0], max(resumed.span[1], p.end))
            resumed.interruption = (resumed.content_span[1], p.inner_start)
            resumed.content_span = (resumed.content_span[0], p.inner_end)
            continue
        dash = dash_attribution(text, para)
        if opens_mid_sentence(text, p.start) and (dash is None or dash[1][0] < p.inner_end - 2):
            continue  # a phrase the reporter's sentence quotes, with no cue of its own
        cue = Cue(cue="“", cue_span=(p.start, p.start + 1), stance="assert", span=(p.start, p.end),
                  content_span=(p.inner_start, p.inner_end), mode="direct", continues=True)
        if dash is None or dash[1][0] < p.inner_end - 2:
            following = next((q for q in paras if q[0] > para[1]), None)
            dash = dash_line(text, following) if following and text[p.end:para[1]].strip() == "" else None
        if dash is not None and dash[1][0] >= p.inner_end - 2:
            name, where = dash
            cue.fixed_speaker = Speaker(full_person_name(doc, strip_titles(name)), "person", where[0], where[1])
            cue.continues = False
            if where[1] <= para[1]:  # "“...” — Jane Doe": the sign-off is the cue, in the span
                cue.span = (p.start, where[1])
                # "“...” - Housing Minister X, in the Dáil on Tuesday": the sign-off's occasion dates it
                cue.date_ranges = [(where[1], para[1])]
        elif p.start <= para[0] + 1 and (credit := _credited_after(doc, p, para)) is not None:
            # '"He never shouted." That is how Faith Jepkemei remembered her coach when she spoke
            # to reporters on Monday': the sentence after the quotation names its speaker and dates it;
            # when its verb is a cue ("That was how X described it"), the quotation is what it reports
            speaker, sentence, verb = credit
            act = next((c for c in cues if verb is not None and c.token_i == verb.i), None)
            if act is not None:
                act.span, act.content_span, act.mode = (p.start, act.span[1]), (p.inner_start, p.inner_end), "direct"
                continue
            cue.fixed_speaker, cue.continues = speaker, False
            cue.date_ranges = [sentence]
        elif p.start <= para[0] + 1 and text[p.end:para[1]].strip() == "":
            introduced = _introduced_next(doc, para, paras)
            if introduced is not None:
                cue.fixed_speaker, cue.continues = introduced[0], False
                if introduced[1] is not None:  # "Those words came from Anne Reid, who read a statement on
                    cue.date_ranges = [introduced[1]]  # Friday": the sentence crediting them dates them
        out.append(cue)
    return out


def words_said(text: str, span: tuple[int, int], interruption: tuple[int, int] | None) -> str:
    """The content's words, without an attribution that interrupts them ('“There is no indication,”
    Kirby told reporters, “that Ukraine was involved”': the words said run on across it)."""
    if interruption is None or not span[0] <= interruption[0] <= interruption[1] <= span[1]:
        return text[span[0] : span[1]]
    return text[span[0] : interruption[0]].rstrip(" ,") + " " + text[interruption[1] : span[1]].lstrip()


def _resumed_quote(text: str, p: Passage, para: tuple[int, int], cues: list[Cue]) -> Cue | None:
    """The cue whose quotation this passage finishes: a quote the attribution interrupted mid-sentence
    ("“We have lost three brothers,” the ambassador said, her voice breaking, “and they will not be
    the last.”") goes on in lower case, a comma after the cue. One statement, not two."""
    inner = text[p.inner_start : p.inner_end].lstrip()
    if not inner[:1].islower():
        return None
    for cue in cues:
        if cue.mode != "direct" or not cue.content_span or not para[0] <= cue.span[0] < p.start:
            continue
        gap = text[cue.content_span[1] : p.start]  # '," the ambassador said, her voice breaking, '
        if cue.content_span[1] <= p.start and len(gap) <= 120 and "\n" not in gap \
                and gap.rstrip().endswith(",") and not re.search(r"[.!?]", gap[2:]):
            return cue
    return None


def _introduced_next(doc: Doc, para: tuple[int, int],
                     paras: list[tuple[int, int]]) -> tuple[Speaker, tuple[int, int] | None] | None:
    """ "“You don't sleep on the nights the wind comes.” ¶ Pat Henley is 74 and has lived ...": a
    paragraph that is only a quotation, followed by one that opens by introducing a person the
    text has not named before, is that person's (the feature writer's way of opening on a voice);
    so is one the next paragraph opens by crediting ("Those words came from Anne Reid, ..."), with
    that sentence's span, which dates them."""
    following = next((q for q in paras if q[0] > para[1]), None)
    part = doc.char_span(following[0], following[1], alignment_mode="contract") if following else None
    if part is None or not len(part):
        return None
    sent = part[0].sent
    subject = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == sent.root.i), None)
    credited = _words_credited(sent, subject)
    if credited is not None:
        return describe(phrase_tokens(credited), credited), (sent.start_char, sent.end_char)
    if subject is None or subject.ent_type_ != "PERSON" or verb_cue(sent.root) is not None:
        return None
    entity = entity_at(subject)  # the subject is tagged PERSON, so its entity is a person's
    if entity is None or len(entity) < 2 or entity.start_char - sent.start_char > 40:
        return None
    if entity[-1].text in doc_text(doc)[: para[0]]:
        return None  # named before: the quotation may go on with whoever spoke last
    return Speaker(full_person_name(doc, entity.text), "person", entity.start_char, entity.end_char), None


def _credited_after(doc: Doc, p: Passage, para: tuple[int, int]
                    ) -> tuple[Speaker, tuple[int, int], Token | None] | None:
    """The speaker the sentence right after a quotation opening its paragraph credits it to, that
    sentence's span and the verb crediting it, if any: "These were the words of the mayor", "That
    was the message Ribeiro posted on Instagram", "That is how Faith Jepkemei remembered her coach"."""
    after = doc.char_span(p.end, para[1], alignment_mode="contract")
    words = [t for t in after if not t.is_space] if after is not None else []
    if not words or words[0].sent.start_char < p.end - 1:
        return None
    sent = words[0].sent
    subject = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == sent.root.i), None)
    credited = _words_credited(sent, subject) or _told_so_by(sent, subject)
    if credited is None:
        return None
    verb = credited.head if credited.dep_ == "nsubj" and credited.head.pos_ == "VERB" else None
    # the day comes after the speaker's phrase, not from its description ("Faith Jepkemei, the 2012
    # Olympic silver medallist, remembered her coach when she spoke to reporters on Monday")
    after_name = credited.right_edge.idx + len(credited.right_edge)
    return describe(phrase_tokens(credited), credited), (after_name, sent.end_char), verb


def _told_so_by(sent: Span, subject: Token | None) -> Token | None:
    """ "That was the message Ribeiro posted", "That is how Sandra Collins described the moment": a
    pointing word, "be", and a clause whose subject (a name) said or wrote the words before."""
    if subject is None or subject.lower_ not in _POINTING or subject.i != sent.start or sent.root.lemma_ != "be":
        return None
    for clause in (t for t in sent.root.subtree if t.dep_ in ("relcl", "ccomp", "advcl", "acl") and t.pos_ == "VERB"):
        how = clause.left_edge.lower_ == "how" or (clause.dep_ in ("relcl", "acl")
                                                  and clause.head.lemma_.lower() in _utterance_nouns())
        speaker = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if how and speaker is not None and (speaker.pos_ == "PROPN" or speaker.ent_type_ in ("PERSON", "ORG")):
            return speaker
    return None


_POINTING = ("these", "those", "that", "this")  # "Those words came from ...", "These were the words of ..."


def _words_credited(sent: Span, subject: Token | None) -> Token | None:
    """ "Those words came from Anne Reid, Callum's mother", "These were the words of the mayor", "That
    was Sheriff X at a news conference": the source a sentence credits the quotation before it to
    (utterance_nouns.tsv), if it opens so."""
    if subject is None or subject.i - sent.start > 2:
        return None
    if subject.lower_ in _POINTING and subject.i == sent.start and sent.root.lemma_ == "be":
        # "That was Sheriff Wade Kimbrough at a news conference ...": the person whose words they were
        person = next((c for c in sent.root.children if c.dep_ == "attr" and (c.ent_type_ == "PERSON" or (
            c.pos_ == "PROPN" and describe(phrase_tokens(c), c).kind == "person"))), None)
        if person is not None:
            return person
    utterance = subject if subject.lemma_.lower() in _utterance_nouns() else next(
        (c for c in sent.root.children if c.dep_ == "attr" and c.lemma_.lower() in _utterance_nouns()
         and subject.lower_ in _POINTING), None)
    if utterance is None or (utterance is subject and not any(
            c.dep_ == "det" and c.lower_ in (*_POINTING, "the") for c in subject.children)):
        return None
    preposition = "from" if utterance.i == subject.i else "of"
    holder = utterance if preposition == "of" else sent.root
    return next((o for p in holder.children if p.dep_ == "prep" and p.lower_ == preposition
                 for o in p.children if o.dep_ == "pobj" and (o.ent_type_ in ("PERSON", "ORG") or o.pos_ == "PROPN")),
                None)


def _utterance_nouns() -> frozenset[str]:
    return word_set("utterance_nouns", "noun")


def _is_title_like(text: str, p: Passage, para: tuple[int, int]) -> bool:
    """A short quoted phrase inside a narrated sentence ("so-called “special operation”")."""
    inner = text[p.inner_start : p.inner_end].strip()
    sentence_like = inner[-1:] in ".!?,—-" or p.start <= para[0] + 1
    return not sentence_like and len(inner.split()) < 8
