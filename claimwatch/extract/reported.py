"""Reported speech: cue verbs and nouns, "according to", "citing", passives, read from the parse.

Each finding is a `Cue`: where the cue is, which tokens name the source (not yet
resolved to a name), what the content is, and where a time expression would
date the act. `statements.py` resolves the speakers and dates in text order.
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .holder_words import doc_text, frames_a_clause, source_frame
from .speakers import ORG_ROLES, entity_at, person_names, RELATIVE_PRONOUNS, SOURCE_NOUNS
from .stance import DECLINING, cue_rows, governs_cue, is_negated, noun_cue, stance_of, verb_cue, withheld
from .lexicon import column_groups, read_table, word_set
from .content import EVIDENCE_VERBS, _char_range, _date_ranges, _licensing_preps, content_tokens  # noqa: F401
from .source_marks import DASHES, DATELINE_DASHES, inverted_source, is_frontmatter, is_source  # noqa: F401

# Nouns naming a document or finding whose author is the real source
# ("a poll by Harbour Insights found", "a report by the ISW said").
DOCUMENT_NOUNS = frozenset(r["noun"].lower() for r in read_table("documents"))
# Documents that state findings of their own ("a new survey shows that ..."), and the
# document nouns that can also name a person ("a senior government figure said").
FINDING_NOUNS = frozenset(r["noun"].lower() for r in read_table("documents") if r["findings"] == "yes")
RECKONING_NOUNS = frozenset(r["noun"].lower() for r in read_table("reckoning_nouns"))
PERSON_DOCUMENT_NOUNS = frozenset(r["noun"].lower() for r in read_table("documents") if r["person"] == "yes")


@dataclass
class Cue:
    """One act of reporting found in the parse, before its speaker is named."""

    cue: str
    cue_span: tuple[int, int]
    stance: str
    span: tuple[int, int]
    content_span: tuple[int, int] | None
    source: list[Token] = field(default_factory=list)  # tokens naming the source
    source_head: Token | None = None
    date_ranges: list[tuple[int, int]] = field(default_factory=list)
    mode: str = "indirect"
    perfect: bool = False
    present: bool = False
    negated_state: bool = False
    token_i: int | None = None
    fixed_speaker: object | None = None  # a Speaker given outright (transcript label)
    continues: bool = False  # a quote with no cue: same speaker as the one before
    first_person: bool = False
    inner_cue: "Cue | None" = None
    interruption: tuple[int, int] | None = None  # the attribution inside a quotation it interrupts
    headline: bool = False  # "Pat Doe: Ferry will sail again": a headline's speaker label


def declinable_acts() -> frozenset[str]:
    """Complements that make "declined to X" a refusal to speak ("comment", "say", "be specific")."""
    return frozenset(r["lemma"].lower() for r in read_table("cues") if r["pos"].upper() in ("VERB", "ACT"))


def _relayed_by(token: Token) -> bool:
    """ "..., the minister said, quoted by the state news agency": a participle of quoting or citing
    on another act names who relayed that act, not an act of its own."""
    if token.lemma_.lower() not in word_set("relay_verbs", "lemma") or token.tag_ != "VBN" \
            or token.dep_ not in ("advcl", "acl") \
            or any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    before = token.doc[token.i - 2] if token.i >= 2 and token.doc[token.i - 1].text == "," else None
    return verb_cue(token.head) is not None or (before is not None and verb_cue(before) is not None)


def _declined(token: Token) -> bool:
    """ "refused to confirm", "declined to say": an act its speaker would not perform."""
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in DECLINING


def _infinitive(verb: Token) -> bool:
    """ "to say", "to announce": a verb with the infinitive marker."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _inside_report(token: Token) -> bool:
    """Whether a reporting verb governs the token: it is part of what someone is said to have said."""
    return any(verb_cue(a) is not None for a in token.ancestors)


def _unrealized_act(token: Token) -> bool:
    """A reporting verb in the infinitive of a verb that looks ahead or lays down what must be done
    (unrealized_governors.tsv), or after "has until <day> to": no act yet to report; nor one in the
    infinitive of a clause someone is reported to have said. A conjunct shares its first verb's
    infinitive ("needs to sell herself and tell more jokes")."""
    while token.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in token.children):
        token = token.head
    if not _infinitive(token):
        return False
    if any(c.dep_ == "aux" and c.lemma_ == "have" and any(g.lower_ == "until" for g in c.children)
           for c in token.children):
        return True  # "has until Dec. 15 to announce", the parser's way
    if any(c.lower_ in ("what", "how", "whether") and c.i < token.i for c in token.children):
        return True  # "did not know what to say", "how to respond": a choice of words, none made
    if token.dep_ not in ("xcomp", "ccomp", "advcl"):
        return False
    governor = token.head
    if governor.lemma_.lower() in word_set("unrealized_governors", "lemma"):
        return True
    if verb_cue(governor) is None and _inside_report(governor):
        return True  # "police said officers had fired only to defend their positions": what they said
    return governor.lemma_ == "have" and any(c.dep_ == "prep" and c.lower_ == "until" for c in governor.children)


def _wh_infinitive_only(token: Token) -> bool:
    """A telling whose only complement is a wh-infinitive ("told them what to say", "advised her
    how to vote"): it tells someone what to do, it reports nothing."""
    clauses = [c for c in token.children if c.dep_ in ("ccomp", "xcomp")]
    return bool(clauses) and all(
        _infinitive(c) and any(w.lower_ in ("what", "how", "whether") for w in c.children) for c in clauses)


def _own_verification_note(token: Token) -> bool:
    """ "Indian Ocean Wire could not independently verify the claim": the formula in which the
    reporting outlet says what it checked (verification_notes.tsv); no one's reported act when no
    reporting verb governs it (unlike "the UN said it could not independently verify ...")."""
    kinds = column_groups("verification_notes", "kind", "word")
    return token.lemma_.lower() in kinds.get("verb", ()) \
        and any(c.dep_ == "advmod" and c.lower_ in kinds.get("adverb", ()) for c in token.children) \
        and not _inside_report(token)


def verb_cues(doc: Doc, in_quote: Callable[[int], bool]) -> list[Cue]:
    """A Cue for every reporting verb with a source, outside direct quotes."""
    out = []
    acts = declinable_acts()
    for token in doc:
        row = verb_cue(token)
        if row is None or in_quote(token.idx) or governs_cue(token):
            continue
        if token.dep_ == "conj" and any(c.dep_ == "preconj" for c in token.head.children):
            continue  # "neither confirmed nor denied": one act, read at the first verb
        if _relayed_by(token):
            continue  # "the minister said, quoted by the state agency": the agency passes the act on
        if token.dep_ == "conj" and (is_negated(token.head) or _declined(token.head)) and any(
                c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in token.head.children):
            continue  # "would not confirm or deny": the negation spans both, one refusal read at the first
        if token.dep_ == "conj" and row["stance"] == "decline" and (
                token.head.lemma_.lower() in DECLINING
                or (token.head.dep_ == "xcomp" and token.head.head.lemma_.lower() in DECLINING)):
            continue  # "declined to comment and referred questions to ...": one decline
        if _be_to_infinitive(token):
            continue  # "the gunmen alone were to blame", "she was to announce it on Monday": no act of saying
        if _unrealized_act(token):
            continue  # "a law that would require hospitals to report incidents": an act not done
        if _wh_infinitive_only(token):
            continue  # "never told them what to say": an instruction, no claim passed on
        if _own_verification_note(token):
            continue  # "Reuters could not independently verify the claim": the outlet's note, not a source's act
        if _interposed(token):
            continue  # "Keller, asked whether ..., said": the question was put to Keller
        if _what_was_said(token):
            continue  # "Here is what leaders said:", "What world leaders said about the tsunami": a title
        if _according_free_relative(token):
            continue  # "according to what he called preliminary information": the source of "according to"
        lemma = token.lemma_.lower()
        if lemma in DECLINING and not _declines_speech(token, acts):
            continue
        if lemma == "cite" and not any(c.dep_ in ("dobj", "ccomp") for c in token.children):
            continue  # "the report the union is citing": a bare citing names no source and says nothing
        head = source_of(token)
        if head is None and (it := _impersonal_passive(token)) is not None:
            cue = _make(doc, token, row, it, None)
            cue.continues = True  # "..., it was noted": the source the text is reporting goes on
            out.append(cue)
            continue
        if head is None or _labels_own_content(token, head):
            continue
        evidence = head
        head = _partitive_members(head)
        if head.lower_ in ("you", "one", "nobody", "no one", "anyone", "everyone", "someone"):
            continue
        if lemma == "find" and head.lemma_.lower() not in DOCUMENT_NOUNS and head.ent_type_ not in ("ORG",):
            continue
        head = _document_author(head)
        if lemma in EVIDENCE_VERBS and (evidence.lemma_.lower() not in DOCUMENT_NOUNS or (
                head is evidence and evidence.lemma_.lower() not in FINDING_NOUNS
                and evidence.lower_ not in FINDING_NOUNS)):
            continue  # "EU figures show ...", "a new survey shows ...": not "the photo shows ..."
        if lemma in EVIDENCE_VERBS and head is evidence and token.dep_ == "ccomp" and verb_cue(token.head) is not None:
            continue  # "saying studies showed ...": the findings the outer speaker cites, one act
        if not plausible_source(head):
            continue
        tokens = [head] if head.pos_ == "PRON" else None
        if head.i == token.i - 1 and head == _name_ending_fronted_phrase(token):
            ent = entity_at(head)  # "the Washington Post Trump" read as one name: the person alone
            tokens = list(ent) if ent is not None and ent.label_ == "PERSON" else [head]
        out.append(_make(doc, token, row, head, tokens))
    return out


@functools.lru_cache(maxsize=None)
def partitive_words() -> dict[str, str]:
    """Partitive word -> the determiner it needs ('' for none)."""
    return {r["word"].lower(): r["determiner"].lower() for r in read_table("partitives")}


def _partitive_members(head: Token) -> Token:
    """ "one of the diplomats said", "a number of senators said": the people after "of"
    speak; the partitive word only counts them. "One of them, Sam Oti, told": the name."""
    needed = partitive_words().get(head.lower_)
    if needed is None or (needed and not any(c.dep_ == "det" and c.lower_ == needed for c in head.children)):
        return head
    if head.lower_ == "one":
        named = next((c for c in head.children if c.dep_ == "appos"), None)
        if named is not None:
            return named
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    members = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if members is not None and members.lower_ in ("whom", "which"):
        return head  # "veterans, some of whom said": statements resolve the relative to its noun
    if members is None or members.lower_ in ("them", "us", "those"):
        return head if members is None or head.lower_ != "one" else members
    return members


def _be_to_infinitive(token: Token) -> bool:
    """ "X is to blame" says who is at fault: an infinitive cue after "be" with nothing it reports
    is no act of saying ("his response was to say that ..." is one)."""
    return token.dep_ == "xcomp" and token.head.lemma_ == "be" and _infinitive(token) and not any(
        c.dep_ in ("ccomp", "dobj", "xcomp", "prep") for c in token.children)


def _impersonal_passive(token: Token) -> Token | None:
    """ "46 units were involved, it was noted", "In the statement it was stated that ...": a passive
    cue with the empty subject "it", no agent, and a reported clause; agency copy's way of going on
    with the source it is reporting."""
    subject = next((c for c in token.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subject is None or subject.lower_ != "it" or not any(c.dep_ == "auxpass" for c in token.children):
        return None
    if any(c.dep_ == "agent" or c.tag_ == "MD" for c in token.children):
        return None  # "It should be noted that ...": the author's own aside
    reported = any(c.dep_ == "ccomp" for c in token.children) or token.dep_ in ("parataxis", "ccomp") and token.i > token.head.i
    return subject if reported else None


def _labels_own_content(token: Token, head: Token) -> bool:
    """ "It rejected what it called speculation": a free relative naming what the same source's
    outer act is about is part of that act, not a second one."""
    if not any(c.lower_ in ("what", "which") and c.dep_ in ("dobj", "nsubj") and c.i < token.i for c in token.children):
        return False
    outer = token.head
    if token.dep_ not in ("ccomp", "dobj", "pobj", "relcl") or verb_cue(outer) is None:
        return False
    subject = next((c for c in outer.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (subject.lower_ == head.lower_ or (
        head.pos_ == "PRON" and head.lower_ in ("it", "he", "she", "they")))


def _declines_speech(token: Token, acts: frozenset[str]) -> bool:
    for child in token.children:
        if child.dep_ == "xcomp" and (child.lemma_.lower() in acts or verb_cue(child) is not None):
            return True
        if child.dep_ == "dobj" and child.lemma_.lower() in ("request", "interview", "comment", "invitation"):
            return True
        if child.dep_ in ("prep", "advmod") and child.lower_ in ("comment",):
            return True
    # "the request was refused by the board": a passive refusal turns down a thing, not a question
    return not any(c.dep_ in ("xcomp", "dobj", "nsubjpass", "auxpass") for c in token.children)


def source_of(token: Token) -> Token | None:
    """The head token of whoever performs the reporting act `token`."""
    lemma = token.lemma_.lower()
    if lemma == "cite":
        obj = next((c for c in token.children if c.dep_ == "dobj"), None)
        if obj is not None and is_source(obj):
            return obj
        if token.tag_ == "VBG" and token.dep_ == "advcl" and (verb_cue(token.head) is not None or _inside_report(token)):
            return None  # "said ..., citing a shortage of staff": a reason inside another report
        # "The bank cut rates, citing weak demand": the actor gives its reason for what it did
    if token.dep_ == "acl" and token.head.dep_ == "pobj" and token.head.head.head.lemma_.lower() in word_set(
            "no_reply_verbs", "lemma"):
        return None  # "did not respond to a message asking whether ...": the reporter's question
    if lemma in word_set("finding_verbs", "lemma") and token.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "auxpass") for c in token.children):
        return None  # "memos found on dead soldiers showed ...": a participle, not "X found that"
    if token.head.lower_ == "as" and token.head.head.lemma_.lower() == "quote":
        quoted = token.head.head
        obj = next((c for c in quoted.children if c.dep_ in ("dobj", "nsubjpass")), None)
        return obj
    for aux in token.children:  # "IS says its gunmen ...": an acronym read as the auxiliary "is"
        if aux.dep_ in ("aux", "auxpass") and aux.i == token.i - 1 and len(aux.text) > 1 and aux.text.isupper() \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return aux
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    # "Rovuma Gas Partners, whose project has been on hold since 2021, said ...": a noun owned by
    # "whose" opens a relative clause the parser flattened; it is not the clause's subject
    subjects = [c for c in subjects if not any(g.lower_ == "whose" for g in c.children)] or subjects
    if not subjects and token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        # "As informed the head of the department X, ...": agency English puts the source after the verb
        subjects = [c for c in token.children if c.dep_ == "dobj" and c.i > token.i]
    subjects = [_past_frontmatter(c) for c in subjects]
    subjects = [_past_vocative(c, token) for c in subjects if c is not None]
    subjects = [_past_quotation(c, token) for c in subjects]
    subj = subjects[-1] if subjects else None
    if subj is not None and subj.tag_ == "VBG" and subj.i < token.i and subj.right_edge.pos_ == "PROPN" and any(
            t.text == "," for t in subj.subtree if t.i < subj.right_edge.i):
        # "Briefing the emergency session of the council, UN chief Jean-Marc Dufresne said": the parser
        # took the fronted participle for the subject and hung the name on it
        subj = subj.right_edge
    if subj is not None and subj.i < token.i:
        inverted = inverted_source(token)
        if inverted is not None:
            return inverted
    passive = any(c.dep_ == "auxpass" for c in token.children) or (subj is not None and subj.dep_ == "nsubjpass")
    adjunct = token.dep_ == "advcl" and token.tag_ == "VBN" and subj is None and any(
        c.dep_ == "agent" for c in token.children)  # "As reported by the Ledger, ..."
    if token.dep_ == "acl" and (token.head.dep_ == "ROOT" or token.tag_ == "VBD") \
            and token.head.pos_ in ("NOUN", "PROPN") and not passive and subj is None \
            and any(c.dep_ == "ccomp" for c in token.children) and not any(c.dep_ == "agent" for c in token.children):
        # "Hekla Power, which runs the plant, denied on Thursday that ...": the parser took the
        # sentence's verb for a participle on its subject (a noun left as the root, or a past
        # tense hung on the noun: a participle would be tagged VBN)
        return token.head
    if passive or adjunct or (token.dep_ == "acl" and token.tag_ == "VBN" and subj is None):
        agent = next((c for c in token.children if c.dep_ == "agent"), None)
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if pobj is not None and pobj.ent_type_ in ("DATE", "TIME"):
            return None  # "would be told by the end of next week": a deadline, not who told
        return pobj
    if subj is not None and token.dep_ == "advcl" and token.tag_ == "VBG" and not list(subj.children) \
            and subj.lower_ in word_set("distributive_marks", "word"):
        # "The two candidates clashed, each saying the other lacked judgment": "each" is one of
        # the parties the main clause's subject names
        main = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if main is not None:
            return main
    if subj is not None:
        if subj.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
            return token.head
        if subj.dep_ == "csubj":  # "Asked whether ..., her manager, X, did not rule it out": the name, if any
            return _subject_after_fronted_participle(token)
        return subj
    fronted = _name_ending_fronted_phrase(token) or _subject_after_fronted_participle(token) \
        or _surname_read_as_adverb(token)
    if fronted is not None:
        return fronted
    for aux in token.children:  # "the army didn't affirm": subject misattached to the auxiliary
        if aux.dep_ == "aux":
            subj = next((c for c in aux.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "ccomp" for c in token.children):
        noun = token.head  # "with the rebels insisting they had lost a dozen men"
        clause_subject = _set_off_from_object(token, noun)
        if clause_subject is not None:
            return clause_subject
        if noun.lemma_.lower() in DOCUMENT_NOUNS and noun.dep_ == "dobj":
            # "the agency issued a statement saying ...": the statement's issuer
            issuer = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
            return issuer if issuer is not None else noun
        if noun.lemma_.lower() in DOCUMENT_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "in" \
                and noun.head.head.pos_ in ("VERB", "AUX"):
            # "Forbes shot back in an article stating ...": the one who answered in it
            issuer = next((c for c in noun.head.head.children if c.dep_ == "nsubj"), None)
            if issuer is not None:
                return issuer
        return noun
    if token.dep_ == "pcomp" and token.tag_ == "VBG" and token.head.lower_ in _GERUND_PREPOSITIONS:
        return _gerund_source(token)
    if token.dep_ == "advcl" and token.tag_ == "VBG":
        nearer = _nearer_act(token)
        if nearer is not None:
            return source_of(nearer)
        # "..., saying only that": the participle reports for the main clause's subject
        # a clause after the participle (a quotation the parser made the root) is not the one it
        # hangs on: "X seemed to mock it, saying, 'The answer is ...'" is X's
        head = token.head
        while verb_cue(head) is None and head.dep_ != "ROOT" and head.head is not head and head.head.i < token.i:
            head = head.head
        return source_of(head) if head is not token and head.pos_ in ("VERB", "AUX") else None
    if token.dep_ in ("conj", "dep") and verb_cue(token.head) is None:
        # "Soldiers have suffered losses, the Defence Intelligence of Ukraine said": the
        # parser hung the real subject on the clause before; take the name right before the cue
        adjacent = _name_before(token)
        if adjacent is not None:
            return adjacent
    if token.dep_ in ("conj", "dep") and verb_cue(token.head) is None:
        # "said the figure was final but declined to ...": the parser may hang the second
        # act on the reported clause; the act belongs to the reporting verb above it
        for ancestor in token.head.ancestors:
            if verb_cue(ancestor) is not None:
                return source_of(ancestor)
    if token.dep_ == "conj" and token.head.dep_ == "ccomp" and token.lemma_.lower() not in EVIDENCE_VERBS \
            and token.head.lemma_.lower() in EVIDENCE_VERBS and verb_cue(token.head.head) is not None:
        # "said that the data showed a recession and called on the government to ...": data show,
        # they do not call on anyone; the parser hung the speaker's second act on what was said
        return source_of(token.head.head)
    if token.dep_ in ("conj", "xcomp", "dep") and token.head is not token and token.head.pos_ in ("VERB", "AUX"):
        return source_of(token.head)
    infinitive_subject = _subject_of_infinitive_act(token)
    if infinitive_subject is not None:
        return infinitive_subject
    return _subject_of_interposed(token)


def _surname_read_as_adverb(token: Token) -> Token | None:
    """ "Donnelly, speaking after the vote, said ...": a surname opening the sentence, set off by a
    comma, that the tagger read as an adverb of the act; the surname of a person named in full before."""
    first = token.sent[0]
    doc = token.doc
    if first.head.i != token.i or first.dep_ not in ("advmod", "npadvmod") or not first.text[:1].isupper() \
            or first.i + 1 >= len(doc) or doc[first.i + 1].text != ",":
        return None
    full_names = (name.split() for name in person_names(doc))
    return first if any(len(words) > 1 and words[-1] == first.text for words in full_names) else None


def _subject_of_infinitive_act(token: Token) -> Token | None:
    """ "X took to social media to say ...", "X called a news conference to announce ...", "X went on
    to say ...", "X was quick to point out ...": an act done by the subject of the verb (or of the
    adjective's verb) the infinitive completes; not where that verb has someone else do it ("asked
    her to explain": the object would be the one), nor in the passive ("was asked to explain")."""
    if token.dep_ not in ("advcl", "xcomp") or not _infinitive(token):
        return None
    governor = token.head
    if governor.pos_ == "ADJ" and governor.dep_ == "acomp":
        governor = governor.head  # "was quick to point out"
    if governor.pos_ not in ("VERB", "AUX") or governor is token:
        return None
    if _inside_report(governor):
        return None  # "he said troops had fired only to defend their positions": inside what is reported
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in governor.children):
        return None
    if any(c.dep_ in ("dobj", "dative") and (c.pos_ == "PRON" or c.ent_type_ == "PERSON") for c in governor.children):
        return None
    return next((c for c in governor.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS), None)


def _subject_of_interposed(token: Token) -> Token | None:
    """ "Lagos, asked about the accusation on Friday, said ...": a participle set between the subject
    and the verb, which the parser gave the subject to."""
    for clause in token.children:
        if clause.dep_ == "ccomp" and _interposed(clause):
            return next(c for c in clause.children if c.dep_ == "nsubj")
        if clause.dep_ != "advcl" or clause.i > token.i or clause.tag_ not in ("VBN", "VBD", "VBG"):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
        if subject is not None and subject.i + 1 < len(subject.doc) and subject.doc[subject.i + 1].text == ",":
            return subject
    return None


def _what_was_said(token: Token) -> bool:
    """ "Here is what leaders and officials said:", "What world leaders said about the tsunami": a
    free relative that names the statements a list or heading goes on to give, not an act the
    sentence reports. Not "That was what Wahl said when she resigned" (the claim told before), nor
    "what the company called its 'final' offer" or "what analysts described as tactics" (namings)."""
    heading = any(c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "what" for d in c.children)
                  for c in token.children)  # the parser's reading of "What X said" as a title
    fronted = any(c.dep_ == "dobj" and c.lower_ == "what" and c.i < token.i for c in token.children)
    presented = token.head.lemma_ == "be" and any(c.lower_ in ("here", "below") for c in token.head.children)
    return heading or (fronted and presented)


def _interposed(clause: Token) -> bool:
    """ "Keller, asked whether the delay could last, said: ...": a participle set off by commas
    between a subject and its verb, which the parser read as the subject's own act ("Keller asked")
    reported by the verb after it."""
    doc = clause.doc
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    return (clause.dep_ in ("ccomp", "advcl") and clause.tag_ in ("VBN", "VBD") and clause.head.i > clause.i
            and subject is not None and subject.i + 2 == clause.i and doc[subject.i + 1].text == ","
            and doc[clause.head.i - 1].text == "," and verb_cue(clause.head) is not None)


def _set_off_from_object(token: Token, noun: Token) -> Token | None:
    """ "Carson rejected the notion that ..., saying ...": a participle set off by a comma from an
    object that cannot speak (the parser hung it on the object) reports for the clause's subject."""
    if token.i < 1 or token.doc[token.i - 1].text != "," or noun.dep_ not in ("dobj", "pobj"):
        return None
    if noun.pos_ in ("PROPN", "PRON") or is_source(noun) or noun.lemma_.lower() in DOCUMENT_NOUNS:
        return None
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


# Prepositions whose gerund ("responded by saying", "after saying") shares the clause's subject;
# "for" ("criticised her for saying") takes the object as the one who spoke.
_GERUND_PREPOSITIONS = {"by", "after", "before", "while", "upon", "for", "without"}  # not "lagged behind in assessing"


def _gerund_source(token: Token) -> Token | None:
    """ "Obama responded by saying ...", "began by saying", "After saying ..., she was": the subject of
    the clause the prepositional gerund hangs on; "attacked Clinton for saying" -> Clinton."""
    prep = token.head
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or (prep.lower_ == "without" and not withheld(token)):
        return None
    if prep.lower_ == "for":
        return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "PRON", "NOUN")), None)
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj if subj.lower_ not in RELATIVE_PRONOUNS else (verb.head if verb.dep_ == "relcl" else None)
        if verb.dep_ not in ("conj", "xcomp") or verb.head == verb:
            return None
        verb = verb.head
    return None


def _nearer_act(token: Token) -> Token | None:
    """ "X said ..., while Nowicka rejected that view, saying ...": the parser hangs the participle on
    the main verb; a reporting act of another subject ending right before it (an adverbial or
    coordinated clause) is the one it goes on with."""
    doc, head = token.doc, token.head
    if token.i < 2 or doc[token.i - 1].text != ",":
        return None
    for v in doc[head.i + 1 : token.i - 1]:
        if v.dep_ in ("advcl", "conj") and v.head == head and v.pos_ == "VERB" and v.right_edge.i == token.i - 2 \
                and verb_cue(v) is not None and any(c.dep_ == "nsubj" for c in v.children):
            return v
    return None


def _name_ending_fronted_phrase(token: Token) -> Token | None:
    """ "In a meeting with the editorial board of the Washington Post Trump said ...": with no comma
    after an opening phrase, the parser takes the subject for the phrase's last noun; a name right
    before a subjectless cue, inside a phrase that opens the sentence, is the speaker."""
    doc = token.doc
    if token.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in token.children):
        return None
    name = doc[token.i - 1]
    if token.i >= 4 and name.text == "," and doc[token.i - 2].like_num and doc[token.i - 3].text == ",":
        name = doc[token.i - 4]  # "In Mananjary, fisherman Jean-Claude Rabe, 45, said": past the age
    if name.pos_ != "PROPN" or name.dep_ not in ("pobj", "compound", "appos", "conj"):
        return None
    opener = next((c for c in token.children if c.dep_ == "prep" and c.i < name.i and c.i == token.sent.start), None)
    if opener is None or name.i not in {t.i for t in opener.subtree}:
        return None
    return name


def _subject_after_fronted_participle(token: Token) -> Token | None:
    """ "Asked whether she would take PAC money, her campaign manager, Grant Abernathy, did not rule
    it out": the parser may make the opening participle the root and leave the act subjectless;
    the name just before the act's comma is its subject."""
    doc = token.doc
    start = token.sent.start
    fronted = doc[start].tag_ == "VBN" and (  # the act hung on the participle, or the participle on the act
        (token.head.i == start and token.dep_ in ("ccomp", "conj", "advcl"))
        or (doc[start].head.i == token.i and doc[start].dep_ in ("csubj", "advcl")))
    if not fronted or token.i == start or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children):
        return None
    first = min([token.i, *(c.i for c in token.children if c.dep_ in ("aux", "neg", "advmod") and c.i < token.i)])
    if first < 2 or doc[first - 1].text != ",":
        return None
    name = doc[first - 2]
    if name.text == ",":
        name = doc[first - 3]  # "her campaign manager, Grant Abernathy, did not"
    ent = entity_at(name)
    if name.pos_ == "PROPN" or (ent is not None and ent.label_ in ("PERSON", "ORG")):
        return ent.root if ent is not None and ent.end - 1 == name.i else name
    return name if name.lemma_.lower() in SOURCE_NOUNS else None


def _name_before(token: Token) -> Token | None:
    doc = token.doc
    j = token.i - 1
    if j >= 0 and doc[j].text == ")":
        while j >= 0 and doc[j].text != "(":
            j -= 1
        j -= 1
    if j < 0 or doc[j].is_punct:
        return None
    ent = entity_at(doc[j])
    if ent is not None and ent.end - 1 == j and ent.label_ in ("ORG", "PERSON", "NORP", "GPE"):
        return ent.root
    return None


def _past_vocative(subj: Token, verb: Token) -> Token:
    """ "Stefan, the Rapid Support Forces say ...": a single name addressed before the sentence, which
    the parser took for the subject with the real one in apposition; the verb's plural form
    ("say", not "says") agrees with the apposition, not with the name, and a body in apposition
    to a person's name ("Jenna, the dockworkers' union says") cannot be that person."""
    if subj.tag_ != "NNP" or subj.i != subj.left_edge.i:
        return subj
    following = subj.doc[subj.i + 1] if subj.i + 1 < len(subj.doc) else None
    if following is None or following.text != ",":
        return subj
    if verb.tag_ == "VBP":
        apposition = next((c for c in subj.children if c.dep_ == "appos" and c.tag_ in ("NNS", "NNPS")), None)
    else:  # "Jenna, the Great Lakes Dockworkers Union says ...": a first name cannot be a body
        apposition = next((c for c in subj.children if c.dep_ == "appos" and c.ent_type_ == "ORG"
                           and subj.ent_type_ == "PERSON"), None)
    return apposition if apposition is not None else subj


def _past_quotation(subj: Token, verb: Token) -> Token:
    """ "'... at the market and the bridge,' the group's spokesman, X, wrote": a subject inside the
    quotation that ends before the verb is a misparse; the source is what the parser hung on it
    after the closing mark."""
    doc = subj.doc
    close = next((t.i for t in doc[subj.i + 1 : verb.i] if t.is_quote), None)
    if close is None or sum(t.is_quote for t in doc[: subj.i]) % 2 == 0:  # not inside a quotation
        return subj
    return next((c for c in subj.children if c.dep_ == "appos" and c.i > close), subj)


def _past_frontmatter(subj: Token) -> Token | None:
    """The real subject behind a dateline: the apposition the parser hung on it, if any."""
    if not is_frontmatter(subj):
        return subj
    doc, verb = subj.doc, subj.head
    dash = next((t.i for t in doc[subj.i : verb.i] if t.text in DASHES), None)
    # "AMSTERDAM, Feb 29 (Wire) - Dutch brewer X said": the date and agency are appositions
    # too; the speaker is the one after the dash
    appositions = [c for c in subj.children if c.dep_ == "appos" and (dash is None or c.i > dash)]
    if not appositions and dash is not None:  # "GOMA, Republic of Congo — Congo's army said": hung on the country
        appositions = [c for c in subj.subtree if c.dep_ == "appos" and c.head.i < dash < c.i][:1]
    if appositions:
        return appositions[-1]
    if dash is None:
        return None
    inside = range(dash + 1, verb.i)
    roots = [doc[i] for i in inside if doc[i].head.i not in inside and doc[i].pos_ in ("NOUN", "PROPN")]
    return roots[-1] if roots else None


def is_person_sense(head: Token) -> bool:
    """ "A senior government figure said": a singular noun after an indefinite article names
    one person, even a noun that otherwise names a document or number ("figures show")."""
    children = list(head.children)
    if head.lemma_.lower() in DOCUMENT_NOUNS and head.lemma_.lower() not in PERSON_DOCUMENT_NOUNS:
        return False  # "a Bloomberg poll": a document, whoever made it
    return head.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children) and any(
        c.dep_ in ("amod", "compound") for c in children) and not any(
        c.dep_ == "prep" and c.lower_ in ("by", "from", "of") for c in children)  # not "a new report by X"


def plausible_source(head: Token) -> bool:
    """Whether a subject can speak: anything but the nouns listed as mute in cues.tsv
    ("the numbers say little", "the pattern explains the losses")."""
    if head.pos_ in ("PRON", "PROPN") or head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or is_person_sense(head):
        return True
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in word_set("finding_verbs", "lemma")
           for c in head.children):
        return False  # "memos found on dead soldiers showed ...": things found are evidence, not a source
    return head.lemma_.lower() not in mute_nouns() and head.lower_ not in mute_nouns()


@functools.lru_cache(maxsize=None)
def mute_nouns() -> frozenset[str]:
    return frozenset(r["lemma"].lower() for r in read_table("cues") if r["pos"].upper() == "MUTE")


def _document_author(head: Token) -> Token:
    """ "A poll by X" -> X; "X's report" -> X; otherwise the head itself."""
    if head.lemma_.lower() not in DOCUMENT_NOUNS and head.lower_ not in DOCUMENT_NOUNS or is_person_sense(head):
        return head
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and is_source(pobj):
                return pobj
        if child.dep_ == "poss":
            return child
        if child.dep_ == "acl" and child.lemma_.lower() not in word_set("reader_verbs", "lemma"):
            # "figures published by the authority" (not "a memo seen by the Ledger")
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
                return pobj
    for child in head.children:
        if child.dep_ == "compound" and is_source(child):
            return child
    return head


def _make(doc: Doc, token: Token, row: dict[str, str], head: Token, tokens: list[Token] | None,
          cue_text: str | None = None) -> Cue:
    content = content_tokens(token, _licensing_preps(row))
    content_span = _char_range(content) if content else None
    cue_span = (token.idx, token.idx + len(token))
    sent = token.sent
    start = cue_span[0]
    if sent.start <= head.i < sent.end:
        start = min(start, head.left_edge.idx if head.left_edge.i >= sent.start else head.idx)
    end = cue_span[1]
    if sent.start <= head.i < sent.end and head.i > token.i:  # "..., says Kremlin": the source after the cue
        end = max(end, head.idx + len(head))
    if content_span:
        start, end = min(start, content_span[0]), max(end, content_span[1])
    aux = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    perfect = any(a.lemma_ == "have" and a.tag_ in ("VBP", "VBZ") for a in aux)
    negated = any(c.dep_ == "neg" for c in token.children)
    stance = stance_of(token, row)
    ranges = _date_ranges(token, content)
    # "said on Wednesday that ...": the parser often hangs the time on the complement
    ranges.append((token.idx, min(sent.end_char, token.idx + len(token) + 14)))
    return Cue(
        cue=cue_text or token.text, cue_span=cue_span, stance=stance, span=(start, end),
        content_span=content_span, source=list(tokens or []), source_head=head, date_ranges=ranges,
        perfect=perfect, present=token.tag_ in ("VBZ", "VBP") and not aux,
        negated_state=perfect and negated, token_i=token.i,
        # "Our models say ...": the speaker's own documents are the speaker talking (not "our
        # colleagues on the ground tell us": other people)
        first_person=head.lower_ in ("i", "we") or (head.lemma_.lower() in DOCUMENT_NOUNS and any(
            c.dep_ == "poss" and c.lower_ in ("our", "my") for c in head.children)),
    )


def _according_free_relative(token: Token) -> bool:
    """True for the verb of a free relative that "according to" governs ("according to what he called
    preliminary information"): its subject is the source, and its own words name no statement."""
    return (token.dep_ in ("pcomp", "pobj") and token.head.lower_ == "to" and token.head.head.lower_ == "according"
            and any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubj", "attr") for c in token.children))


def according_cues(doc: Doc, in_quote: Callable[[int], bool]) -> list[Cue]:
    """ "according to X", "per X", "in the words of X" (source_frames.tsv): X is the source of the
    clause around it."""
    out = []
    text = doc_text(doc)
    for token in doc:
        frame = source_frame(token)
        if frame is None or in_quote(token.idx):
            continue
        words, to, checked = frame
        if words == "according to" and to.head is not token and any(c.lower_ == "to" for c in token.children):
            to = next(c for c in token.children if c.lower_ == "to")
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:  # "according to Save the Children": a name parsed as a verb
            ent = entity_at(doc[to.i + 1]) if to.i + 1 < len(doc) else None
            pobj = ent.root if ent is not None and ent.start == to.i + 1 else None
        misread = None
        if pobj is None:  # "according to show insiders": a noun read as a verb and its object
            misread = next((c for c in to.children if c.dep_ == "pcomp" and c.i == to.i + 1 and c.tag_ == "VB"
                            and not any(g.dep_ in ("aux", "nsubj") for g in c.children)), None)
            pobj = next((g for g in misread.children if g.dep_ == "dobj" and g.tag_ in ("NNS", "NNPS")
                         and g.i == misread.i + 1), None) if misread is not None else None
        phrase = pobj
        if pobj is None:  # "according to what he called preliminary information": he
            phrase = next((c for c in to.children if _according_free_relative(c)), None)
            pobj = next((c for c in phrase.children if c.dep_ in ("nsubj", "nsubjpass")), None) if phrase else None
        if pobj is None or (checked and not frames_a_clause(token, pobj)):
            continue
        author = _document_author(pobj)
        phrase_end = max(t.idx + len(t) for t in phrase.subtree)
        sent = token.sent
        before = (sent.start_char, token.idx)
        after = (phrase_end, sent.end_char)
        content = before if before[1] - before[0] >= after[1] - after[0] else after
        cue = Cue(cue=words, cue_span=(token.idx, phrase_end), stance="assert",
                  span=(token.idx, phrase_end), content_span=_trim(text, content),
                  source_head=author, date_ranges=[], token_i=token.i)
        if author is pobj and pobj.lemma_.lower() in DOCUMENT_NOUNS:
            cue.source = _holder_modifiers(pobj)
        elif misread is not None and pobj is not None:
            cue.source = [misread, pobj]
        out.append(cue)
    return out


def reckoning_cues(doc: Doc, in_quote: Callable[[int], bool]) -> list[Cue]:
    """ "By his count, the toll stood at 3,351", "the displaced, more than 40,000 by the IOM's
    count": the owner of a reckoning (reckoning_nouns.tsv) is the source of the clause around it,
    as with "according to"."""
    out = []
    for token in doc:
        if token.lower_ != "by" or token.dep_ not in ("prep", "agent") or in_quote(token.idx):
            continue
        pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in RECKONING_NOUNS:
            continue
        owner = next((c for c in pobj.children if c.dep_ == "poss"), None)
        if owner is None or any(c.dep_ in ("amod", "compound") for c in pobj.children):
            continue  # "by a rough count", "by official estimates": no one named
        if any(verb_cue(t) is not None for t in token.ancestors):
            continue  # "the agency said that, by its count, ...": the verb's statement already
        phrase = {t.i for t in token.subtree}
        content = [t for t in token.head.subtree if t.i not in phrase and not t.is_punct and not t.is_space]
        if not content:
            continue
        phrase_end = max(t.idx + len(t) for t in pobj.subtree)
        span = (min(token.idx, content[0].idx), max(phrase_end, content[-1].idx + len(content[-1])))
        out.append(Cue(cue=doc_text(doc)[token.idx:phrase_end], cue_span=(token.idx, phrase_end), stance="assert",
                       span=span, content_span=_trim(doc_text(doc), _char_range(content)), source_head=owner,
                       source=[t for t in owner.subtree if t.dep_ != "case"], date_ranges=[], token_i=token.i))
    return out


def finding_cues(doc: Doc, in_quote: Callable[[int], bool]) -> list[Cue]:
    """ "In the latest Harbour Insights poll, 40 percent back the plan": a clause whose figures
    come from a poll, survey or study named in an opening "in" phrase, when no cue verb in the
    sentence reports them already ("In a statement, the agency said ..." is the verb's)."""
    out = []
    for token in doc:
        if token.lower_ != "in" or token.dep_ != "prep" or in_quote(token.idx):
            continue
        pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
        if pobj is None or (pobj.lemma_.lower() not in FINDING_NOUNS and pobj.lower_ not in FINDING_NOUNS):
            continue
        sent = token.sent
        opening = token.i == sent.start and token.head.dep_ == "ROOT"  # "In X's survey, 71 percent of ...":
        # the parser may make the figure the root and its verb a modifier; the opening phrase still frames it
        if (token.head.pos_ not in ("VERB", "AUX") and not opening) or any(verb_cue(t) is not None for t in sent):
            continue
        if any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those") for c in pobj.children) \
                or pobj.lower_ in ("research", "data"):
            continue  # "in this study", "in research": the article's own reading
        author = _document_author(pobj)
        phrase_end = max(t.idx + len(t) for t in pobj.subtree)
        content = _trim(doc_text(doc), (phrase_end, sent.end_char)) if token.i == sent.start else \
            _trim(doc_text(doc), (sent.start_char, token.idx))
        cue = Cue(cue=token.text, cue_span=(token.idx, phrase_end), stance="assert",
                  span=(sent.start_char, sent.end_char), content_span=content,
                  source_head=author, date_ranges=[], token_i=token.i)
        if author is pobj:
            cue.source = _holder_modifiers(pobj) + [pobj] if _holder_modifiers(pobj) else []
        out.append(cue)
    return out


def misparsed_citing_cues(doc: Doc, in_quote: Callable[[int], bool]) -> list[Cue]:
    """ "Citing Ukraine's General Staff, the ISW said ...": a sentence-initial participle the
    tagger took for part of a name; the source is the phrase up to the comma."""
    out = []
    for token in doc:
        if token.lower_ != "citing" or verb_cue(token) is not None or in_quote(token.idx):
            continue
        comma = next((t.i for t in doc[token.i + 1 : token.i + 12] if t.text == ","), None)
        if comma is None or comma - token.i > 10:
            continue
        phrase = doc[token.i + 1 : comma]
        root = phrase.root
        if not is_source(root):
            continue
        sent = doc[comma + 1].sent if comma + 1 < len(doc) else None
        content = (doc[comma + 1].idx, sent.end_char) if sent is not None else None
        out.append(Cue(cue=token.text, cue_span=(token.idx, token.idx + len(token)), stance="assert",
                       span=(token.idx, phrase.end_char), content_span=content, source_head=root,
                       source=list(phrase), token_i=token.i))
    return out


def inverted_cues(doc: Doc, in_quote: Callable[[int], bool], taken: set[int]) -> list[Cue]:
    """ "Said Ellis: “...”", "Added the mayor, ...": a cue verb opening its sentence, its source the
    phrase between it and the colon or comma, what follows its content. The parser reads the verb as
    part of a name or the source as its object, so the ordinary reading finds no speaker."""
    out = []
    for token in doc:
        if token.i in taken or token.tag_ not in ("VBD", "VBZ") or not token.text[:1].isupper() \
                or not _opens_sentence(token) or in_quote(token.idx):
            continue
        row = next(iter(cue_rows().get((token.lemma_.lower(), "VERB")) or ()), None)
        end = min(len(doc), token.i + 10)
        stop = next((t.i for t in doc[token.i + 1 : end] if t.text in (":", ",") or t.is_sent_end), None)
        if row is None or stop is None or stop == token.i + 1 or stop + 1 >= len(doc) \
                or doc[stop].text not in (":", ","):
            continue
        phrase = doc[token.i + 1 : stop]
        root = phrase.root
        if root.pos_ not in ("PROPN", "NOUN") or not (is_source(root) or root.pos_ == "PROPN") \
                or any(t.pos_ in ("VERB", "AUX", "ADP") for t in phrase):
            continue  # "Added to the pressure, ...": no source
        after = doc[stop + 1]
        mode, content = "indirect", (after.idx, after.sent.end_char)
        if not after.is_quote:  # "Said Jo Poy, who grew up there, “...”": the quotation after the aside
            after = next((t for t in doc[stop + 1 : after.sent.end] if t.is_quote), after)
        if after.is_quote:  # the quotation it introduces, to its closing mark
            close = next((t for t in doc[after.i + 1 : after.i + 400] if t.is_quote), None)
            if close is None:
                continue
            mode, content = "direct", (after.idx + len(after), close.idx)
        out.append(Cue(cue=token.text, cue_span=(token.idx, token.idx + len(token)), stance=stance_of(token, row),
                       span=(token.idx, content[1] + (1 if mode == "direct" else 0)), content_span=content,
                       mode=mode, source_head=root, source=list(phrase), token_i=token.i,
                       date_ranges=[(token.idx, phrase.end_char)]))
    return out


def viewpoint_cues(doc: Doc, in_quote: Callable[[int], bool]) -> list[Cue]:
    """ "For Ibrahim Yacouba, an analyst in Dakar, the decision “is above all a message”": a sentence
    opened by "For" and a person (or people who speak: "For critics, ...") whose words it then
    quotes is that person's view. Without a quotation it is the writer's framing ("For the first time,
    ...", "For Trump, the stakes are high"), not a statement."""
    out = []
    for token in doc:
        if token.lower_ != "for" or not token.text[:1].isupper() or not _opens_sentence(token) or in_quote(token.idx):
            continue
        source = next((c for c in token.children if c.dep_ == "pobj"), None)
        if source is None or not (source.ent_type_ == "PERSON" or (
                source.pos_ == "NOUN" and source.tag_ == "NNS" and source.lemma_.lower() in SOURCE_NOUNS)):
            continue
        end = max(t.i for t in source.subtree if not t.is_punct)
        if end + 2 >= len(doc) or doc[end + 1].text != ",":
            continue
        sent = token.sent
        rest = doc[end + 2 : max(end + 2, sent.end)]
        opening = next((t for t in rest if t.is_quote and not t.whitespace_ and t.i + 1 < sent.end
                        and (doc[t.i + 1].is_alpha or doc[t.i + 1].like_num)), None)
        if opening is None or any(t.lower_ == "according" or verb_cue(t) is not None for t in rest
                                  if t.i < opening.i):
            continue  # "For Trump, according to Bennett, the speech is “a test”": Bennett's view
        content = (doc[end + 2].idx, sent.end_char)
        out.append(Cue(cue=token.text, cue_span=(token.idx, token.idx + len(token)), stance="assert",
                       span=(token.idx, content[1]), content_span=content, source_head=source,
                       source=list(source.subtree), token_i=token.i, date_ranges=[(token.idx, doc[end].idx)]))
    return out


def _opens_sentence(token: Token) -> bool:
    """First word of a sentence or line, even where the parser ran it on from a closing quotation mark
    (and not where it split a title-case headline: "Hollande Says ...")."""
    before = next((t for t in reversed(token.doc[max(0, token.i - 3) : token.i]) if not t.is_space), None)
    if before is None or "\n" in token.doc[before.i : token.i].text_with_ws:
        return True
    if before.is_quote and before.i > 0:
        before = token.doc[before.i - 1]
    return before.text in (".", "!", "?")


def _holder_modifiers(noun: Token) -> list[Token]:
    """ "the latest U.S. military assessments" -> [U.S., military]: who holds the document."""
    mods = [t for c in noun.children if c.dep_ in ("compound", "nmod", "poss")
            or (c.dep_ == "amod" and c.lower_ in ORG_ROLES) for t in c.subtree]
    return sorted(mods, key=lambda t: t.i)


def noun_cues(doc: Doc, in_quote: Callable[[int], bool], taken: set[int]) -> list[Cue]:
    """ "a report by X", "X's assessment that ...", "opposition claims that ...": noun cues
    with a named source, when no verb cue already covers them."""
    out = []
    for token in doc:
        row = noun_cue(token)
        if row is None or in_quote(token.idx) or token.i in taken:
            continue
        author = _noun_cue_author(token)
        if author is None or any(c.dep_ == "relcl" and verb_cue(c) is not None for c in author.children):
            continue  # "a warning from Zelenskyy, who said ...": the relative clause tells the act itself
        # (not "the mayor's claims were disputed": a passive acts on the claim, which stays the mayor's)
        under_cue = (token.dep_ in ("dobj", "nsubj", "attr") and verb_cue(token.head) is not None) or (
            token.dep_ == "pobj" and (token.head.head.lower_ == "according" or verb_cue(token.head.head) is not None))
        # "shared the alliance's assessment" is one act; "rejected his claim" and "could not
        # confirm a report by X" are two, by two sources
        if under_cue and author.dep_ == "poss" and author.pos_ != "PRON":
            continue
        according = token.dep_ == "pobj" and token.head.head.lower_ == "according"
        if (under_cue and token.dep_ in ("nsubj", "nsubjpass")) or according:
            continue
        content = [t for c in token.children if c.dep_ in ("acl", "ccomp", "relcl") for t in c.subtree]
        has_clause = any(t.dep_ == "mark" or t.lower_ == "that" for t in content)
        if author.dep_ in ("poss", "compound", "nmod") and not has_clause:
            continue  # "Washington's estimate" names a figure; "X's claim that ..." reports one
        np = list(token.subtree)
        span = (np[0].idx, np[-1].idx + len(np[-1]))
        out.append(Cue(cue=token.text, cue_span=(token.idx, token.idx + len(token)), stance=row["stance"],
                       span=span, content_span=_char_range(content) if content else None,
                       source_head=author, date_ranges=[], token_i=token.i))
    return out


def _noun_cue_author(noun: Token) -> Token | None:
    """ "his claim", "a report by/in X", "opposition claims", "a Yonhap dispatch": who the noun cue is by."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "in"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and is_source(pobj) and (child.lower_ != "in" or _is_media(pobj)):
                return pobj
    return next((c for c in noun.children if c.dep_ in ("compound", "nmod") and is_source(c)), None)


def _is_media(token: Token) -> bool:
    return token.ent_type_ in ("ORG", "WORK_OF_ART") or token.lemma_.lower() in (
        "newspaper", "daily", "site", "website", "broadcaster", "outlet", "agency", "magazine")


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int]:
    s, e = span
    while s < e and not text[s].isalnum() and text[s] not in "“\"‘":
        s += 1
    while e > s and text[e - 1] in " ,;:\n\t":
        e -= 1
    return (s, e) if s < e else span
