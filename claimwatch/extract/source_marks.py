"""Marks of a source in the parse, shared by the cue readers and the content rules: a dateline or
transcript label opening a line (which parsers take for a subject), the nouns that can name a
source (people, and the documents whose authors speak through them), and a source set after its cue by an inversion ("..., says ministry").
"""
from __future__ import annotations

from spacy.tokens import Token

from .holder_words import could_be_source
from .lexicon import read_table
from .speakers import APPOSITION_PERSON_ROLES, SOURCE_NOUNS

DATELINE_DASHES = ("—", "–", "-", "--")  # "GENEVA – ...", "MOSCOW (Wire) - ..."
DASHES = (*DATELINE_DASHES, ":")  # and a transcript label's colon

# Nouns naming a document or finding whose author is the real source
# ("a poll by Harbour Insights found", "a report by the ISW said").
DOCUMENT_NOUNS = frozenset(r["noun"].lower() for r in read_table("documents"))
# Documents that state findings of their own ("a new survey shows that ..."), and the
# document nouns that can also name a person ("a senior government figure said").
FINDING_NOUNS = frozenset(r["noun"].lower() for r in read_table("documents") if r["findings"] == "yes")
RECKONING_NOUNS = frozenset((r["preposition"].lower(), r["noun"].lower()) for r in read_table("reckoning_nouns"))
PERSON_DOCUMENT_NOUNS = frozenset(r["noun"].lower() for r in read_table("documents") if r["person"] == "yes")
# Documents a body issues to speak for itself ("the statement", "the post"), which speak for the body.
ISSUED_DOCUMENTS = frozenset(r["noun"].lower() for r in read_table("documents") if r["issued"] == "yes")
# Verbs that put out a document or tell when one came out ("issued a statement", "a report published
# last month", "a letter dated Wednesday").
ISSUING_VERBS = frozenset(r["lemma"].lower() for r in read_table("issuing_verbs"))


def is_frontmatter(token: Token) -> bool:
    """A dateline, time stamp or transcript label opening a line ("BANGKOK —", "16:40 GMT –",
    "Q:"): parsers often take it for the subject of the first verb."""
    doc = token.doc
    line_start = token.i
    while line_start > 0 and "\n" not in doc[line_start - 1].text_with_ws and token.i - line_start < 6:
        line_start -= 1
    if line_start > 0 and "\n" not in doc[line_start - 1].text_with_ws:
        return False
    for k in range(token.i + 1, min(token.i + 8, len(doc))):
        if doc[k].text in DASHES:
            if doc[k].text == "-" and not doc[k - 1].whitespace_:
                return False  # "Sen. Ted Cruz (R-Tex)": a hyphen inside a word, no dateline's dash
            return all(not t.is_space for t in doc[line_start:k])
        if not (doc[k].text in (",", "(", ")", ".") or doc[k].pos_ in ("PROPN", "NUM")
                or (doc[k].pos_ in ("ADP", "DET") and doc[k].is_lower)):  # "GOMA, Republic of the Congo —"
            return False
    return False


def is_source(token: Token) -> bool:
    """Whether a noun phrase head names someone who can be cited."""
    return token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or token.lemma_.lower() in SOURCE_NOUNS


def body_spoken_in(token: Token, before: int | None = None) -> Token | None:
    """ "..., noted in the committee", "In the company these claims were denied", "In the Ministry they
    informed that ...": agency English, translating an impersonal verb, names the body the words came
    from by where they were said (a body, not a place or a document). `before`: only a phrase before
    that token (the fronted "In the Ministry" of "they informed")."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "in" or (before is not None and prep.i > before):
            continue
        for body in prep.children:
            if body.dep_ == "pobj" and body.ent_type_ not in ("GPE", "LOC", "NORP", "FAC", "DATE", "TIME") \
                    and (body.ent_type_ == "ORG" or body.lemma_.lower() in SOURCE_NOUNS) \
                    and body.lemma_.lower() not in DOCUMENT_NOUNS:
                return body
    return None


def source_named_after(token: Token) -> Token | None:
    """The source named right after a subjectless act: after a quotation's close (and a dash or
    comma), '"We replace the damaged section," - noted the head of the department.', '"...,"
    pointed out the regional manager, X, in dialogue with ASN'; or, in agency English, a body or
    person after a past act set after the clause it reports ("... remain trapped, informed today the
    Regional Management of Energy and Mines"). The noun must end the sentence, but for where or to
    whom it spoke; whatever the parser hung it on as."""
    doc = token.doc
    k = token.i - 1
    while k >= 0 and doc[k].text in (*DASHES, ","):
        k -= 1
    quoted = k >= 0 and doc[k].is_quote  # '"...," pointed out': the comma inside the quotation
    if k < 0 or (k == token.i - 1 and not quoted):
        return None
    after = [c for c in token.children if c.i > token.i and c.dep_ in ("dobj", "attr", "npadvmod", "nsubj", "oprd")
             and not (c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME"))]
    rest = [t for t in doc[token.i + 1 : token.sent.end] if not (t.is_space or t.is_punct)]
    trailing = {t.i for c in token.children if c.dep_ == "prep" and after and c.i > after[0].right_edge.i
                for t in c.subtree}  # "..., in dialogue with ASN"
    # "..., in a message in the social network X.": a word past that phrase the parser took for a
    # second object belongs to it
    trailing |= {t.i for c in after[1:] if any(p.dep_ == "prep" and after[0].right_edge.i < p.i < c.i
                                                 for p in token.children) for t in c.subtree}
    after = [c for c in after if c.i not in trailing]
    trailing |= _clauses_set_off_after(token, after[0] if after else None)
    if len(after) != 1 or after[0].pos_ not in ("NOUN", "PROPN") or not rest \
            or any(t.i > after[0].right_edge.i and t.i not in trailing for t in rest) \
            or any(t.pos_ in ("VERB", "AUX") and t.i not in trailing for t in rest) or not could_be_source(after[0]):
        return None
    if not quoted and ((after[0].ent_type_ not in ("ORG", "PERSON") and not (
            after[0].pos_ == "PROPN" and is_source(after[0]))) or token.tag_ not in ("VBD", "VBN")
                       or token.dep_ not in ("advcl", "conj") or token.head.i > token.i):
        # not ", echoing Mr. Putin's words": a participle's object is what it acts on; and the act is set
        # after a clause, not after a name ("..., the union's chairman, X, told Business Wire")
        return None
    return after[0]


def _clauses_set_off_after(token: Token, source: Token | None) -> set[int]:
    """The tokens of clauses set off by a comma after an act's source: "..., informed the Regional
    Government of La Libertad, which specified ...", "..., informed the departmental Government,
    while the agency maintains ..." (a relative clause on the source, or a subordinate clause)."""
    doc = token.doc
    own = {t.i for t in source.subtree} if source is not None else set()
    return {t.i for c in doc[token.i + 1 : token.sent.end]
            if (c.dep_ == "relcl" and c.head.i in own) or (c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children))
            if c.left_edge.i > token.i + 1 and doc[c.left_edge.i - 1].text == "," for t in c.subtree}


def inverted_source(token: Token) -> Token | None:
    """ "No comment on the claim, says ministry": in a comma-set inversion ending the sentence, the
    noun after the cue is its source, even when the parser hung it on the cue as something else."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].text != ",":
        return None
    after = [c for c in token.children if c.i > token.i and not c.is_space]
    rest = [t for t in doc[token.i + 1 : token.sent.end] if not (t.is_space or t.is_punct)]
    if len(after) != 1 or after[0].pos_ not in ("NOUN", "PROPN") or after[0].dep_ in ("nsubj", "dobj", "attr", "oprd"):
        return None  # a plain object after the cue is what it acts on ("..., denies epidemic risk")
    if not rest or rest[-1].i != after[0].i or any(t.pos_ in ("VERB", "AUX", "ADP") for t in rest):
        return None
    return after[0]


def name_before_misread_description(token: Token) -> Token | None:
    """ "Dana Kowalski, a lawyer for the family of X, a 23-year-old killed while driving across the
    bridge, said ...": the parser may read a description's participle ("killed") as a clause the act
    reports, with the name as its subject, and leave the act subjectless; a person's name opening the
    sentence, set off by a comma, as the subject of a clause before the act, is the speaker."""
    doc = token.doc
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children):
        return None
    for clause in (c for c in token.children if c.i < token.i and c.dep_ in ("ccomp", "csubj", "advcl")):
        name = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass") and g.i < clause.i), None)
        if name is not None and name.ent_type_ == "PERSON" and name.left_edge.i == token.sent.start \
                and name.i + 1 < len(doc) and doc[name.i + 1].text == ",":
            return name
    return None


def set_off_who_head(clause: Token) -> Token | None:
    """ "Renata Ilori, founder of the fans' group Fair Seat, who testified", "Priya Natarajan, an
    engineer hired by the family, who took the stand": a "who" clause set off by a comma, which the
    parser hangs on the last noun of a description, is about the one described; the head the
    description hangs from (an apposition, a subject), or None for a clause of another kind."""
    who = next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ == "who"), None)
    if who is None or who.i == 0 or clause.doc[who.i - 1].text != ",":
        return None
    node = clause.head
    while node.dep_ in ("pobj", "prep", "agent", "acl", "compound") and node.head.i != node.i:
        node = node.head
    return node


def whose_clause_before(token: Token) -> Token | None:
    """ "Stankovic, whose term ends in 2027, said ...", parsed with the name and "term" both subjects
    of "ends", a clause hung before the act: that clause, which is neither what was said nor who
    said it but a description of the name that precedes it."""
    for clause in (c for c in token.children if c.dep_ == "ccomp" and c.i < token.i):
        subjects = [g for g in clause.children if g.dep_ == "nsubj"]
        owned = [g for g in subjects if any(x.lower_ == "whose" for x in g.children)]
        if owned and any(g.i < owned[0].i for g in subjects if g not in owned):
            return clause
    return None


def noun_before_participle(clause: Token, act: Token) -> Token | None:
    """ "Detectives searching for the woman said on Saturday ...": the parser may read the noun and
    the participle describing it as a clause that is the act's subject, or one it reports; with
    nothing between the clause and the act (a fronted report ends at a comma or a quotation mark),
    the noun is the source."""
    if clause.tag_ != "VBG" or clause.right_edge.i != act.i - 1 or clause.right_edge.is_punct:
        return None
    noun = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if noun is None or noun.right_edge.i != clause.i - 1 or not is_source(noun):
        return None
    return noun


def _source_with_closing_participle(token: Token) -> Token | None:
    """ "..., the press service of the ministry informed today.": the act read as a participle on the
    source noun set off by a comma, with nothing but adverbs after it."""
    head = token.head
    if token.dep_ != "acl" or token.i < head.i or not is_source(head) or head.left_edge.i < 1 \
            or token.doc[head.left_edge.i - 1].text != "," or any(c.dep_ in ("dobj", "ccomp") for c in token.children):
        return None
    rest = [t for t in token.doc[token.i + 1 : token.sent.end] if not (t.is_punct or t.is_space)]
    return head if all(t.head.i == token.i and t.dep_ in ("npadvmod", "advmod") for t in rest) else None


def source_hung_on_content(token: Token) -> Token | None:
    """A source closing the sentence that the parser hung on what it reports: an apposition of the
    content's last noun before a subjectless past act ("..., the returning officer, Helen Parkinson,
    announced"), or the noun a closing act was read as a participle of ("..., the press service of
    the ministry informed today.")."""
    return _apposition_before(token) or _apposition_just_before(token) or _source_with_closing_participle(token) \
        or _source_read_as_object(token)


def _apposition_just_before(token: Token) -> Token | None:
    """ "..., at his flat in the district of Marzahn, the Federal Prosecutor's Office said": a source
    right before a subjectless past act, set off by a comma, that the parser read as an apposition of
    the last noun of what it reports."""
    doc = token.doc
    if token.tag_ != "VBD" or token.i < 3 or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) \
            or not (token.dep_ in ("advcl", "conj", "ccomp")
                    or (token.dep_ == "ROOT" and any(c.dep_ == "ccomp" and c.i < token.i for c in token.children))):
        return None
    before = doc[token.i - 1]
    # (or as a conjunct with no "and": "... in the suburb of Otawhiti, Biosecurity New Zealand confirmed")
    appos = next((a for a in [before, *before.ancestors] if a.dep_ == "appos" or (
        a.dep_ == "conj" and a.pos_ == "PROPN" and not any(c.dep_ == "cc" for c in a.head.children))), None)
    if appos is None or appos.i < appos.head.i or appos.right_edge.i != token.i - 1 \
            or doc[appos.left_edge.i - 1].text != ",":
        return None
    return appos if is_source(appos) else None


def _source_read_as_object(token: Token) -> Token | None:
    """ "The toll rose on Saturday to 11, informed the departmental Government": agency and translated
    English set the source after a closing act, which the parser reads as the act's object. A past
    act set off by a comma alone, with no subject, clause or conjunction of its own, closing the
    sentence with nothing after its source but where or how it spoke ("in a message on X")."""
    doc = token.doc
    if token.tag_ != "VBD" or token.i < 3 or doc[token.i - 1].text != "," or token.head.i >= token.i \
            or token.dep_ not in ("advcl", "conj", "ccomp", "parataxis"):
        return None
    if any(c.dep_ not in ("dobj", "prep", "npadvmod", "advmod", "punct") for c in token.children):
        return None
    if any(a.dep_ in ("relcl", "acl") for a in token.ancestors):
        return None  # "X, who worked there until she was fired, told the magazine": the hearer
    told = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if told is None or told.pos_ == "PRON" or told.ent_type_ == "PERSON":
        return None  # what is told is a clause of its own, about a thing: "The number of dead rose ..."
    source = next((c for c in token.children if c.dep_ == "dobj"), None)
    if source is None or not is_source(source) or source.i != min(c.i for c in token.children if c.i > token.i):
        return None
    last = max((t.i for t in token.sent if not (t.is_punct or t.is_space)), default=token.i)
    return source if token.right_edge.i >= last else None


def _apposition_before(token: Token) -> Token | None:
    """ "..., the returning officer, Helen Parkinson, announced": the apposition chain running up to a
    subjectless past act, hung on the last noun of what it reports."""
    doc = token.doc
    if token.tag_ != "VBD" or token.i < 3 or doc[token.i - 1].text != "," or token.dep_ not in ("advcl", "conj", "ccomp") \
            and not (token.dep_ == "ROOT" and any(c.dep_ == "ccomp" and c.i < token.i for c in token.children)):
        return None  # (or the act the parser made the root, what it reports hung before it)
    appos = next((a for a in [doc[token.i - 2], *doc[token.i - 2].ancestors] if a.dep_ == "appos"), None)
    while appos is not None and appos.head.dep_ == "appos":
        appos = appos.head
    if appos is None or appos.i < appos.head.i or appos.left_edge.i < 1 or doc[appos.left_edge.i - 1].text != ",":
        return None
    if appos.head.dep_ == "pobj" and appos.head.head.lower_ == "by":
        return None  # "A statement ..., read outside court by its coordinator, Aisha Rahman, said": who read it
    return appos if appos.right_edge.i == token.i - 2 or any(
        t.dep_ == "appos" and t.right_edge.i == token.i - 2 for t in appos.subtree) else None


def comma_joined_source(subject: Token) -> Token | None:
    """The source a comma alone joins to a thing that cannot speak ("... after a short illness, her son,
    Andrew Ellery, said"): the parser's coordination of the clause's last noun with the attribution's
    subject. Not a list joined by "and" ("the union, the employers and the mediator said")."""
    if subject.pos_ != "NOUN" or could_be_source(subject) or subject.ent_type_ \
            or any(c.dep_ == "cc" for c in subject.children):
        return None
    doc = subject.doc
    joined = [c for c in subject.children if c.dep_ == "conj" and c.i > subject.i and doc[c.left_edge.i - 1].text == ","]
    source = joined[-1] if joined else None
    return source if source is not None and (
        could_be_source(source) or source.lemma_.lower() in SOURCE_NOUNS | APPOSITION_PERSON_ROLES
        or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in source.children)) else None  # "her son, Andrew Ellery,"
