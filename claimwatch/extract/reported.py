"""Reported speech read at its verb: a `Cue` for every reporting verb that reports an act.

Each finding is a `Cue`: where the cue is, which tokens name the source (not yet resolved to a
name), what the content is, and where a time expression would date the act. The gates here say
which verbs report no act ("would not confirm or deny", "has until Monday to announce");
`cue_sources.py` finds who acts, `nominal_cues.py` reads the cues that are no verb of their own
("according to", "his claim", "citing"), and `statements.py` resolves speakers and dates in text
order.
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .countries import nationality_words
from .content import EVIDENCE_VERBS, _char_range, _date_ranges, _licensing_preps, content_tokens, placements
from .holder_words import doc_tokens, is_figure_noun
from .cue_sources import (
    infinitive, inside_report, interposed, name_ending_fronted_phrase, noun_before_relative, source_of, what_was_said,
)
from .lexicon import column_groups, column_map, read_table, word_set
from .quotes import headline_line, on_headline
from .source_marks import DOCUMENT_NOUNS, FINDING_NOUNS, ISSUED_DOCUMENTS, ISSUING_VERBS, PERSON_DOCUMENT_NOUNS, is_source
from .speakers import ORG_ROLES, PERSON_ROLES, entity_at
from .stance import (
    DECLINING, POLAR_QUESTION_WORDS, beside_quote, governs_cue, in_reported_clause, is_negated, opens_question, stance_of,
    verb_cue,
)


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


@functools.lru_cache(maxsize=None)
def declinable_acts() -> frozenset[str]:
    """Complements that make "declined to X" a refusal to speak ("comment", "say", "be specific"); not a
    verb of no reply that reports only when negated (no_reply_verbs.tsv: "did not return calls", but
    "refused to return to their cells")."""
    no_reply = word_set("no_reply_verbs", "lemma")
    return frozenset(r["lemma"].lower() for r in read_table("cues") if r["pos"].upper() in ("VERB", "ACT")
                     and not (r["lemma"].lower() in no_reply and _only_negated(r.get("object", ""))))


@functools.lru_cache(maxsize=None)
def _act_objects() -> dict[str, frozenset[str]]:
    """ACT rows of cues.tsv that name the objects the act needs ("set" a date, not "set foot")."""
    return {r["lemma"].lower(): frozenset(o for o in r["object"].split("|") if o)
            for r in read_table("cues") if r["pos"].upper() == "ACT" and r.get("object")}


def _act_object_fits(act: Token) -> bool:
    """ "declined to set a date": an act declined with the object its ACT row asks for, if it asks."""
    wanted = _act_objects().get(act.lemma_.lower())
    return wanted is None or any(c.dep_ == "dobj" and c.lemma_.lower() in wanted for c in act.children)


def _only_negated(objects: str) -> bool:
    """Whether every use a cues.tsv row allows is a negated one ("call+neg|message+neg", "neg")."""
    wanted = [i for i in objects.split("|") if i and not i.startswith("!")]
    return bool(wanted) and all("neg" in i.split("+") for i in wanted)


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


def _inferred_or_supposed(token: Token) -> bool:
    """A view the writer infers ("does not seem to believe", inference_verbs.tsv), or an act the
    writer supposes someone may perform ("they may wonder where the money went"): no one's act."""
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in word_set("inference_verbs", "lemma") \
            and token.lemma_.lower() in word_set("belief_verbs", "lemma"):
        return True
    return any(c.dep_ == "aux" and c.lower_ in _supposing_modals() for c in token.children) and not is_negated(token)


def _act_to_come(token: Token) -> bool:
    """An act inside what someone is reported to have said, put ahead by a modal (future_modals.tsv):
    "said the bloc would press for a review". Not one they refuse ahead: "said it would not comment"."""
    return in_reported_clause(token) and not is_negated(token) and put_ahead(token)


def _act_denied(token: Token) -> bool:
    """An act in the clause a denial denies ("denied that the board had warned cabinet about overruns"):
    the speaker says it never happened, so it is no one's act. Not "did not deny that the board had
    warned", which leaves it standing; not a participle after the denial ("disputed that, saying
    figures showed ..."), the speaker's own act; not a clause before the denial the parser hung on it
    ("X had told a press conference that ..., a claim rights groups disputed"); not a free relative
    ("rejecting what the company called its final offer")."""
    clause = token
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head
    denial = clause.head
    finite = clause.tag_ != "VBG" and any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children) \
        and not any(c.tag_ in ("WP", "WDT") for c in clause.children)
    row = verb_cue(denial) if clause.dep_ == "ccomp" and denial.i < clause.i and finite else None
    return row is not None and row["stance"] == "deny" and not is_negated(denial)


def put_ahead(verb: Token) -> bool:
    """A verb a future modal puts ahead (future_modals.tsv): "would press", "will be mobilised", and a bare
    verb coordinated with one, which shares its modal ("would review the sheets and announce its findings");
    not one after ", and" ("said output would fall 11%, and cut its corn forecast": the speaker's own act,
    in a past form the tagger cannot tell from the bare one)."""
    if any(c.dep_ == "aux" and c.lower_ in word_set("future_modals", "word") for c in verb.children):
        return True
    doc = verb.doc
    return verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.i < verb.i \
        and not (verb.i > 1 and doc[verb.i - 1].dep_ == "cc" and doc[verb.i - 2].text == ",") \
        and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in verb.children) and put_ahead(verb.head)


@functools.lru_cache(maxsize=1)
def _supposing_modals() -> frozenset[str]:
    return frozenset(w for w, supposes in column_map("hypothetical_modals", "word", "supposes").items()
                     if supposes.lower() == "yes")


def _unrealized_act(token: Token) -> bool:
    """A reporting verb in the infinitive of a verb that looks ahead or lays down what must be done
    (unrealized_governors.tsv), or after "has until <day> to": no act yet to report; nor one in the
    infinitive of a clause someone is reported to have said. A conjunct shares its first verb's
    infinitive ("needs to sell herself and tell more jokes")."""
    while token.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in token.children):
        token = token.head
    if token.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ in word_set("hypothetical_modals", "word")
                                       and not (c.lower_ in word_set("ability_modals", "word") and is_negated(token) and any(
                                           g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "who" for g in token.children))
                                       for c in token.children):
        # "the kind of intrusion that would point to an eruption": what would be, if it were (not
        # "the registrar, who could not be reached": a failed attempt that happened)
        return True
    if token.dep_ == "ccomp" and verb_cue(token.head) is not None and any(
            c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in token.children):
        return True  # "declined to say whether it had advised other customers": a question, not an act
    if not infinitive(token):
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
        # not "did not want to comment": a refusal that happened
        return not (governor.lemma_.lower() in _refusing_when_negated() and is_negated(governor)
                    and token.lemma_.lower() in declinable_acts())
    if verb_cue(governor) is None and inside_report(governor):
        return True  # "police said officers had fired only to defend their positions": what they said
    return governor.lemma_ == "have" and any(c.dep_ == "prep" and c.lower_ == "until" for c in governor.children)


@functools.lru_cache(maxsize=1)
def _refusing_when_negated() -> frozenset[str]:
    """unrealized_governors.tsv rows whose negation tells a refusal ("did not want to comment")."""
    return frozenset(r["lemma"].lower() for r in read_table("unrealized_governors") if r["negated"] == "refusal")


def _thing_described_by_its_author(token: Token, row: dict[str, str]) -> bool:
    """A participle naming who made a thing ("the cut announced by the Treasury"): with no clause of
    its own it tells no claim (not "the tally announced by the board was 412" or "the 38 deaths
    reported by the office", the body's figures, nor "As reported by the Ledger, ...", an adverbial
    that attributes the sentence, nor "the claims, denied by the Kremlin,", whose denial is the act)."""
    children = list(token.children)
    if token.tag_ != "VBN" or token.dep_ not in ("acl", "csubj", "amod") or row["stance"] == "deny" \
            or not any(c.dep_ == "agent" for c in children) \
            or any(c.dep_ in ("aux", "auxpass", "ccomp", "xcomp") for c in children):
        return False
    thing = token.head if token.dep_ in ("acl", "amod") else next((c for c in children if c.dep_ == "nsubj"), None)
    if thing is not None and thing.dep_ == "ROOT" and token.i < len(headline_line(token.doc)):
        return False  # "Budget plan criticised by unions": a headline's passive with its "is" dropped
    return thing is not None and not is_figure_noun(thing) and thing.lemma_.lower() not in DOCUMENT_NOUNS \
        and not any(c.dep_ == "nummod" for c in thing.children)


def _headline_passive(token: Token) -> bool:
    """ "Minister criticised over hospital delays", "Plan criticised", "Clinton accused of ...":
    headlines drop the "is" of a passive, so a past form of a cue with its subject and nothing it
    says or takes tells what was done to the subject, who is no speaker (not "Kremlin responded",
    a cue that speaks without an object: intransitive_cues.tsv)."""
    if token.tag_ not in ("VBD", "VBN") or token.dep_ not in ("ROOT", "conj"):
        return False
    if not on_headline(token):
        return False
    deps = {c.dep_ for c in token.children}
    if "nsubj" not in deps or deps & {"dobj", "ccomp", "xcomp", "attr", "dative", "oprd", "parataxis",
                                      "aux", "auxpass", "prt", "advcl", "agent", "neg"}:
        return False
    return token.lemma_.lower() not in word_set("intransitive_cues", "lemma") and not beside_quote(token)


def _wh_infinitive_only(token: Token) -> bool:
    """A telling whose only complement is a wh-infinitive ("told them what to say", "advised her
    how to vote"): it tells someone what to do, it reports nothing."""
    clauses = [c for c in token.children if c.dep_ in ("ccomp", "xcomp")]
    return bool(clauses) and all(
        infinitive(c) and any(w.lower_ in ("what", "how", "whether") for w in c.children) for c in clauses)


def _own_verification_note(token: Token) -> bool:
    """ "Indian Ocean Wire could not independently verify the claim": the formula in which the
    reporting outlet says what it checked (verification_notes.tsv); no one's reported act when no
    reporting verb governs it (unlike "the UN said it could not independently verify ...")."""
    kinds = column_groups("verification_notes", "kind", "word")
    return token.lemma_.lower() in kinds.get("verb", ()) \
        and any(c.dep_ == "advmod" and c.lower_ in kinds.get("adverb", ()) for c in token.children) \
        and not inside_report(token)


def _asked_about(token: Token) -> bool:
    """An act inside a yes-or-no question (asking_verbs.tsv): "asked whether the minister had warned
    the company"; it is what is asked about, not an act told. A question of why or how presupposes
    the act: "asked why he had told customers that their funds were safe"."""
    for clause in [token, *token.ancestors]:
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in word_set("asking_verbs", "lemma") \
                and opens_question(clause) and clause.left_edge.lower_ in POLAR_QUESTION_WORDS:
            return True
    return False


def verb_cues(doc: Doc, in_quote: Callable[[int], bool]) -> list[Cue]:
    """A Cue for every reporting verb with a source, outside direct quotes."""
    out = []
    acts = declinable_acts()
    for token in doc_tokens(doc):
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
                or (token.head.dep_ == "xcomp" and token.head.head.lemma_.lower() in DECLINING)) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            continue  # "declined to comment and referred questions to ...": one decline (not "..., and she
            # also declined to name the officer", a second refusal with a subject of its own)
        if _thing_described_by_its_author(token, row):
            continue  # "the cut announced by the Treasury on Thursday would mean ...": a thing, no claim
        if _headline_passive(token):
            continue  # "Minister criticised over hospital delays": the headline dropped the "is" of a passive
        if _be_toinfinitive(token):
            continue  # "the gunmen alone were to blame", "she was to announce it on Monday": no act of saying
        if _unrealized_act(token):
            continue  # "a law that would require hospitals to report incidents": an act not done
        if _act_to_come(token):
            continue  # "said the bloc would press for a review": the pressing is yet to come
        if _act_denied(token):
            continue  # "denied that the board had warned cabinet": a warning said not to have been given
        if _inferred_or_supposed(token):
            continue  # "a number the Treasury does not seem to believe", "they may wonder": the writer's guess
        if _wh_infinitive_only(token):
            continue  # "never told them what to say": an instruction, no claim passed on
        if _own_verification_note(token):
            continue  # "Reuters could not independently verify the claim": the outlet's note, not a source's act
        if interposed(token):
            continue  # "Keller, asked whether ..., said": the question was put to Keller
        if _asked_about(token):
            continue  # "Reporters asked whether the minister had warned the company": no warning reported
        if what_was_said(token):
            continue  # "Here is what leaders said:", "What world leaders said about the tsunami": a title
        if according_free_relative(token):
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
        if head.lower_ in ("you", "one", "nobody", "no one", "anyone", "everyone", "someone") \
                and not _one_of_those_before(token, head):
            continue
        if lemma == "find" and head.lemma_.lower() not in DOCUMENT_NOUNS and head.ent_type_ not in ("ORG",) \
                and not _reaches_findings(token, head):
            continue
        head = author_of_document(head)
        if lemma in EVIDENCE_VERBS and not _says_as_speaker(lemma, evidence) and (evidence.lemma_.lower() not in DOCUMENT_NOUNS
                                        and evidence.lower_ not in DOCUMENT_NOUNS or (  # "data": lemma "datum"
                head is evidence and evidence.lemma_.lower() not in FINDING_NOUNS
                and evidence.lower_ not in FINDING_NOUNS and not issued_document(evidence))):
            continue  # "EU figures show ...", "a new survey shows ...": not "the photo shows ..."
        if lemma in EVIDENCE_VERBS and in_reported_clause(token):
            continue  # "saying studies showed ...", "said its own data showed ...": the findings the outer
            # speaker cites, one act
        if not plausible_source(head):
            continue
        tokens = [head] if head.pos_ == "PRON" else None
        kinds = document_by_kind(evidence)
        if kinds is not None and (head is evidence or head in kinds):
            head, tokens = evidence, kinds  # "Court filings show ...": the filings, not the court
        if head.i == token.i - 1 and head == name_ending_fronted_phrase(token):
            ent = entity_at(head)  # "the Washington Post Trump" read as one name: the person alone
            tokens = list(ent) if ent is not None and ent.label_ == "PERSON" else [head]
        out.append(_make(doc, token, row, head, tokens))
    return out


def _one_of_those_before(verb: Token, head: Token) -> bool:
    """ "Two other players ... confirmed his account. One said ...": a bare "One" opening a sentence,
    in a past-tense report, may be one of a group that spoke before (the reader resolves it or
    drops it); not the generic "one" ("one could argue", "as one might say")."""
    return head.text == "One" and head.is_sent_start and not any(True for _ in head.children) \
        and verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children)


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


def _be_toinfinitive(token: Token) -> bool:
    """ "X is to blame" says who is at fault: an infinitive cue after "be" with nothing it reports
    is no act of saying ("his response was to say that ..." is one)."""
    return token.dep_ == "xcomp" and token.head.lemma_ == "be" and infinitive(token) and not any(
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
        if child.dep_ == "xcomp" and ((child.lemma_.lower() in acts and _act_object_fits(child))
                                      or verb_cue(child) is not None):
            return True
        if child.dep_ == "dobj" and child.lemma_.lower() in ("request", "interview", "comment", "invitation"):
            return True
        if child.dep_ in ("prep", "advmod") and child.lower_ in ("comment",):
            return True
    # "the request was refused by the board": a passive refusal turns down a thing, not a question
    return not any(c.dep_ in ("xcomp", "dobj", "nsubjpass", "auxpass") for c in token.children)


def is_person_sense(head: Token) -> bool:
    """ "A senior government figure said": a singular noun after an indefinite article names
    one person, even a noun that otherwise names a document or number ("figures show")."""
    children = list(head.children)
    if head.lemma_.lower() in DOCUMENT_NOUNS and head.lemma_.lower() not in PERSON_DOCUMENT_NOUNS:
        return False  # "a Bloomberg poll": a document, whoever made it
    return head.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children) and any(
        c.dep_ in ("amod", "compound") for c in children) and not any(
        c.dep_ == "prep" and c.lower_ in ("by", "from", "of") for c in children)  # not "a new report by X"


def _says_as_speaker(lemma: str, subject: Token) -> bool:
    """ "The mayor indicated that ...", "The ANM indicated that ...": an evidence verb that, with a
    person or a named body as subject, says (evidence_verbs.tsv, spoken)."""
    if lemma not in column_groups("evidence_verbs", "spoken", "lemma").get("yes", ()):
        return False
    return subject.ent_type_ in ("PERSON", "ORG") or subject.pos_ == "PROPN" or subject.lower_ in ("he", "she") \
        or subject.lemma_.lower() in PERSON_ROLES | ORG_ROLES


def plausible_source(head: Token) -> bool:
    """Whether a subject can speak: anything but the nouns listed as mute in cues.tsv
    ("the numbers say little", "the pattern explains the losses")."""
    if head.pos_ in ("PRON", "PROPN") or head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or is_person_sense(head) \
            or issued_document(head):
        return True
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in word_set("finding_verbs", "lemma")
           for c in head.children):
        return False  # "memos found on dead soldiers showed ...": things found are evidence, not a source
    return head.lemma_.lower() not in mute_nouns() and head.lower_ not in mute_nouns()


def issued_document(head: Token) -> bool:
    """A document or figure noun whose modifier names who issued it ("City figures", "BLS data",
    "official data"; issuing_modifiers.tsv): the issuer's findings, though no body is named as
    the source, unlike the writer's "the figures show"."""
    if head.lemma_.lower() not in DOCUMENT_NOUNS and head.lower_ not in DOCUMENT_NOUNS:
        return False
    return any((c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and not c.like_num and c.ent_type_ != "DATE")
               or (c.dep_ in ("amod", "compound") and c.lower_ in word_set("issuing_modifiers", "word"))
               for c in head.children)


@functools.lru_cache(maxsize=None)
def mute_nouns() -> frozenset[str]:
    return frozenset(r["lemma"].lower() for r in read_table("cues") if r["pos"].upper() == "MUTE")


def _issuer_of(document: Token) -> Token | None:
    """The subject of a verb of issuing (issuing_verbs.tsv) in a relative clause on a document or
    figure noun: "figures the ministry released", "a projection the commission published"."""
    if document.lemma_.lower() not in DOCUMENT_NOUNS and not is_figure_noun(document):
        return None
    for clause in (c for c in document.children if c.dep_ == "relcl"
                   and c.lemma_.lower() in ISSUING_VERBS):
        issuer = next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in ("that", "which")), None)
        if issuer is not None and (is_source(issuer) or issuer.pos_ == "PRON"):  # "figures it published"
            return issuer
    return None


def _issued_by(thing: Token) -> Token | None:
    """The agent of a verb of issuing (issuing_verbs.tsv) on any noun: "the balance published this
    Saturday by the departmental Government", "a timeline released by Chief Marlene Bighetty": a
    source speaks through whatever it put out, however the text names the thing."""
    for clause in thing.children:
        if clause.dep_ != "acl" or clause.tag_ != "VBN" or clause.lemma_.lower() not in ISSUING_VERBS:
            continue
        agent = next((c for c in clause.children if c.dep_ == "agent"), None)
        source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if source is not None and is_source(source):
            return source
    return None


def holder_modifiers(noun: Token) -> list[Token]:
    """ "the latest U.S. military assessments" -> [U.S., military]: who holds the document (not a
    measure of it: "the 40-page report")."""
    mods = [t for c in noun.children if (c.dep_ in ("compound", "nmod", "poss")
            or (c.dep_ == "amod" and c.lower_ in ORG_ROLES)) and not any(g.like_num for g in c.subtree)
            for t in c.subtree]
    return sorted(mods, key=lambda t: t.i)


def document_by_kind(document: Token) -> list[Token] | None:
    """ "according to county records", "a remittance report shows", "court filings show": a document
    whose modifiers only say what kind it is (common nouns, no name or body: not "Pentagon
    documents", "police information", "the ministry's report") is itself the source, named with them; None for any other noun."""
    if document.lemma_.lower() not in DOCUMENT_NOUNS and document.lower_ not in DOCUMENT_NOUNS:
        return None
    kinds = holder_modifiers(document)
    if not kinds or any(t.pos_ != "NOUN" or t.ent_type_ or is_source(t) for t in kinds):
        return None  # (nor "police information", "the ministry statement": the body's own word)
    return [*kinds, document]


def author_of_document(head: Token) -> Token:
    """ "A poll by X" -> X; "X's report" -> X; "X submitted it in a letter" -> X; otherwise the head
    itself."""
    issuer = _issuer_of(head) or _issued_by(head)
    if issuer is not None:  # "figures the ministry released on Monday": who put them out
        return issuer
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is not None and head.lemma_.lower() in word_set("utterance_nouns", "noun"):
        return owner  # "according to his words", "according to the minister's remarks": the one who said them
    if head.lemma_.lower() not in DOCUMENT_NOUNS and head.lower_ not in DOCUMENT_NOUNS or is_person_sense(head):
        return head
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and child.lower_ == "of" and any(c.dep_ == "nummod" for c in pobj.children):
                continue  # "a survey of 500 firms": those asked, not who asked
            if pobj is not None and is_source(pobj):
                return pobj
        if child.dep_ == "poss":
            return (noun_before_relative(child) if child.lower_ == "whose" else None) or child
        # "an analysis of satellite imagery released Monday by a think tank": the parser may hang the
        # participle on the noun after "of"
        if child.dep_ == "prep" and child.lower_ == "of":
            child = next((a for g in child.children if g.dep_ == "pobj" for a in g.children
                          if a.dep_ == "acl" and a.tag_ == "VBN"), child)
        if child.dep_ == "acl" and child.lemma_.lower() not in word_set("reader_verbs", "lemma"):
            # "figures published by the authority" (not "a memo seen by the Ledger")
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
                return pobj
    for child in head.children:
        if child.dep_ == "compound" and is_source(child):
            return child
        if child.dep_ == "amod" and child.lower_ in nationality_words() and child.i == head.i - 1 \
                and head.lemma_.lower() in ISSUED_DOCUMENTS:
            return child  # "the Norwegian statement", "the Chinese readout": the state's (not "a Danish study")
    carrier = head.head
    if head.dep_ == "pobj" and carrier.lower_ in ("in", "through", "via") and carrier.head.pos_ == "VERB":
        # "The High Commission submitted the claim in a letter dated January 12, which described ...":
        # the one who acted through the document wrote it
        subject = next((c for c in carrier.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and is_source(subject):
            return subject
    return head


def _reaches_findings(token: Token, head: Token) -> bool:
    """ "An independent panel found the club had exceeded the cap", "Employment Judge Martin Okafor
    found that the redundancy was a sham": a body that judges (judging_bodies.tsv), or a person
    titled or described as one, reports a finding when it finds that something is so, a clause."""
    return judging_source(head) and (
        any(c.dep_ in ("ccomp", "oprd") for c in token.children) or _finding_before_comma(token, head)
        or _cause_found(token) or _fault_found(token))


def _fault_found(token: Token) -> bool:
    """ "The ombudsman found severe maladministration", "inspectors found serious failings": the fault a
    judging body found (found_faults.tsv) is its finding (not "inspectors found 'substandard materials'",
    a thing come upon)."""
    if in_reported_clause(token) or any(c.dep_ == "mark" for c in token.children):
        return False  # (not one another reports, nor an event told in a clause: "detained after inspectors found ...")
    faults = word_set("found_faults", "lemma")
    return any(c.dep_ == "dobj" and c.lemma_.lower() in faults for c in token.children)


def _cause_found(token: Token) -> bool:
    """ "Safety board finds pilot fatigue behind runway overrun", "found the driver at fault": what a
    judging body found to be a cause or at fault, an object with "behind" or "at fault"."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return _at_fault(token) or any(
        _at_fault(o) or any(p.dep_ == "prep" and p.lower_ == "behind" for p in o.children) for o in objects)


def _at_fault(token: Token) -> bool:
    """ "at fault" hung on `token` (the parser hangs it on the verb or on its object)."""
    return any(p.dep_ == "prep" and p.lower_ == "at" and any(o.lower_ == "fault" for o in p.children)
               for p in token.children)


def judging_source(head: Token) -> bool:
    """A body that judges (judging_bodies.tsv: "the tribunal", "the coroner"), or a person titled or
    described as one ("Employment Judge Martin Okafor", "Martin Okafor, the coroner,")."""
    judges = word_set("judging_bodies", "word")
    titles = {c.lemma_.lower() for c in head.children if c.dep_ in ("compound", "appos") and c.i != head.i}
    return head.lemma_.lower() in judges or bool(titles & judges)


def _finding_before_comma(token: Token, head: Token) -> bool:
    """ "Bid's price tag 'unrealistic', city auditor finds": a headline sets the finding before a
    comma and the finder after it; the parser makes both subjects of the act."""
    doc = token.doc
    return head.i > 1 and doc[head.left_edge.i - 1].text == "," and any(
        c.dep_ == "nsubj" and c.i < head.left_edge.i - 1 for c in token.children)


def _shares_subject(act: Token, source: Token) -> bool:
    """A second verb of a subject named before an earlier one ("He said ... but declined to identify
    them", "asked for privacy and said ...") or a participle after an act of speech ("denied it,
    saying ..."): its statement is its own clause, from the act on, not the whole sentence. A
    participle after a verb that is no act of speech ("Putin addressed the nation, calling it ...")
    keeps the whole sentence, which is its statement."""
    if source.i > act.i or source.dep_ not in ("nsubj", "nsubjpass") or act.head.pos_ not in ("VERB", "AUX") \
            or not any(a.i == source.head.i for a in act.ancestors) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in act.children):
        return False  # (not a source the parser hung elsewhere: "..., the agency said, reporting that")
    return act.dep_ == "conj" or (act.dep_ == "advcl" and act.tag_ == "VBG" and verb_cue(source.head) is not None)


def _make(doc: Doc, token: Token, row: dict[str, str], head: Token, tokens: list[Token] | None,
          cue_text: str | None = None) -> Cue:
    content = content_tokens(token, _licensing_preps(row), placements(row))
    content_span = _char_range(content) if content else None
    cue_span = (token.idx, token.idx + len(token))
    sent = token.sent
    start = cue_span[0]
    if sent.start <= head.i < sent.end and not _shares_subject(token, head):
        start = min(start, head.left_edge.idx if head.left_edge.i >= sent.start else head.idx)
    elif sent.start <= head.i < sent.end:
        start = min(start, token.left_edge.idx)
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


def according_free_relative(token: Token) -> bool:
    """True for the verb of a free relative that "according to" governs ("according to what he called
    preliminary information"): its subject is the source, and its own words name no statement."""
    return (token.dep_ in ("pcomp", "pobj") and token.head.lower_ == "to" and token.head.head.lower_ == "according"
            and any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubj", "attr") for c in token.children))
