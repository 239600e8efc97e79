"""Headlines re-read in the past tense, where the parser mistakes their verbs for nouns.

Headlines report in the present ("Sudan, South Sudan trade blame at UN", "Chile, Argentina
pledge lithium cooperation", "NUT laments"), and a small parser reads "trade blame" as a compound
noun. The same line with the reporting verb put in the past ("traded blame") parses as the
sentence it is. We parse that variant and give its tags and tree to the headline's own tokens,
keeping each verb's present tense, so every later stage reads the headline as a clause.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from .lexicon import past_form, present_stem, word_set
from .headline_trailers import trailer_start
from .parse_repairs import set_tree
from .quotes import capitalises_its_words, headline_line
from .source_marks import is_source
from .speakers import BUSINESS_KINDS, PERSON_ROLES, SOURCE_NOUNS
from .stance import cue_rows, verb_cue

def reparse_headline(doc: Doc, parse: Callable[[Doc], Doc]) -> None:
    """Give the headline of `doc` the parse of its past-tense variant when that variant reads a
    reporting verb the original parse did not; `parse` tags and parses a tokenized Doc, keeping
    its sentence starts (the headline's own: "X laments; Y says ..." is two)."""
    line = [t for t in headline_line(doc) if not t.is_space]
    start = line[0].i if line else 0
    # positions in `line` (which skips the doc's space tokens), as in the variant parsed from it
    read_before = {k for k, t in enumerate(line) if verb_cue(t) is not None}
    trailer = trailer_start(doc.text[line[0].idx:line[-1].idx + len(line[-1])]) if line else None
    if trailer is not None:  # "... weeks before the fire - report": a source after a dash, not a verb
        line = [t for t in line if t.idx < line[0].idx + trailer]
        read_before = {k for k in read_before if k < len(line)}
    for k, token in enumerate(line):  # one verb at a time, left to right: "trade" of "trade blame", not "blame" too
        lemma = _candidate(token, line, k in read_before)
        if lemma is None:
            continue
        variant = _in_the_past(line, start, token, lemma, parse)
        read_after = {t.i for t in variant if verb_cue(t) is not None}
        kept = {i for i in read_before if line[i].tag_ not in ("VB", "VBP")}  # "claims" stays a verb; a
        # base form may be a misreading ("employers trade blame", "blame" read as the verb)
        # "Minister rejects claims": a "claims" read as the verb may become what the act rejects
        objects = {i for i in kept - read_after if _object_of(variant[i], k)}
        kept -= objects
        if k in read_after and len(read_after) + len(objects) >= len(read_before) and kept <= read_after:
            _take_parse(line, variant, token.i, lemma)
            _raise_clause(token)
            break
    else:
        _reread_opening_verb(line, start, read_before, parse)
    _object_read_as_verb(line)
    _coordinate_after_comma(line)
    _clause_beside_an_act(line)
    _second_act_of_the_subject(line)
    _invert_closing_attribution(line)


def _second_act_of_the_subject(line: list[Token]) -> None:
    """ "Bank of Uganda cuts policy rate, says room for more if inflation stays tame": a reporting
    verb after a comma, after a clause with a subject of its own, whose "subject" after it is no
    one who can speak, is the first subject's second act, and the words after it are what it says
    (not "..., says Seoul", a source set after its words)."""
    names = ("PERSON", "ORG", "GPE", "NORP")
    for verb in line:
        if verb.tag_ != "VBZ" or verb.i == 0 or verb.doc[verb.i - 1].text != "," or verb_cue(verb) is None:
            continue
        first = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.tag_ in ("VBZ", "VBD")
                      and any(s.dep_ == "nsubj" and s.i < c.i for s in c.children)), None)
        after = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
        if first is None or after is None or is_source(after) or after.ent_type_ in names or after.pos_ in (
                "PRON", "PROPN"):
            continue
        tree = {first.i: (first.i, "ROOT"), verb.i: (first.i, "conj"), after.i: (verb.i, "dobj")}
        # "room for more": a phrase the parser hung on the verb right after the object is the object's
        tree.update({c.i: (after.i, c.dep_) for c in verb.children
                     if c.dep_ == "prep" and c.i == after.right_edge.i + 1})
        set_tree(verb.doc, tree)
        return


def _object_read_as_verb(line: list[Token]) -> None:
    """ "Police reject claims of cover-up": a present form right after a verb, with no subject of
    its own, read as a second verb the first governs (an xcomp a finite "claims" cannot be), is
    the noun the first verb acts on."""
    for token in line:
        head = token.head
        if token.tag_ == "VBZ" and token.dep_ == "xcomp" and head.i == token.i - 1 and head.pos_ == "VERB" \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in token.children):
            token.tag_, token.pos_ = "NNS", "NOUN"
            token.lemma_ = present_stem(token.lower_)
            set_tree(token.doc, {token.i: (head.i, "dobj")})


def _invert_closing_attribution(line: list[Token]) -> None:
    """ "Comuneros keep up blockade of mining corridor, informs Ombudsman's Office": a present
    reporting verb after a comma with the source after it, to the end of the line, that the parser
    took for the verb's object. Put first, the source is the verb's subject and the words before
    the comma what it reports."""
    for verb in line:
        if verb.tag_ != "VBZ" or verb.i == 0 or verb.doc[verb.i - 1].text != "," \
                or not cue_rows().get((verb.lemma_.lower(), "VERB")) \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        source = next((c for c in verb.children if c.dep_ in ("dobj", "attr", "dep", "npadvmod")
                       and c.i > verb.i and c.right_edge.i >= line[-1].i - 1), None)
        # the words before the comma: the clause the verb hangs on, or one the parser already hung on it
        before = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), verb.head)
        if source is None or before.i > verb.i or (before.head.i != before.i and before.head.i != verb.i) or not (
                is_source(source) or source.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")):
            continue
        set_tree(verb.doc, {verb.i: (verb.i, "ROOT"), before.i: (verb.i, "ccomp"), source.i: (verb.i, "nsubj")})
        return


def _coordinate_after_comma(line: list[Token]) -> None:
    """ "Brandt says tennis calendar 'broken', denies signing ...": a headline's second act after a comma
    has the first act's subject; the words before the comma are what the first act says, not the
    second act's subject (a subject is not set off from its verb by a comma)."""
    for verb in line:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        first = verb.head
        if subject is None or verb.dep_ != "ccomp" or first.i > verb.i or verb_cue(verb) is None \
                or verb_cue(first) is None or subject.right_edge.i not in (verb.i - 2, verb.i - 1) \
                or verb.doc[verb.i - 1].text != ",":  # the comma hung on the subject or between
            continue
        set_tree(verb.doc, {verb.i: (first.i, "conj"), subject.i: (first.i, "ccomp")})
        return


def _clause_beside_an_act(line: list[Token]) -> None:
    """ "Cement hits N14,500 a bag as Crestline blames gas costs, dealers allege 'artificial scarcity'":
    an act after a comma and its own subject, with what it says after it, does not also say the
    clause before the comma, which the parser hung on it as its complement. That clause is the
    headline's own, the act set beside it."""
    for verb in line:
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        said = any(c.dep_ in ("dobj", "ccomp", "appos") and c.i > verb.i for c in verb.children)
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
        if verb.dep_ != "ROOT" or verb_cue(verb) is None or subject is None or not said or clause is None \
                or subject.left_edge.i == 0 or verb.doc[subject.left_edge.i - 1].text != ",":
            continue
        set_tree(verb.doc, {clause.i: (clause.i, "ROOT"), verb.i: (clause.i, "conj")})
        if verb.pos_ != "VERB":  # "dealers allege", read as a noun with a subject
            verb.tag_, verb.pos_ = ("VBZ" if verb.lower_.endswith("s") else "VBP"), "VERB"
        return


def _reread_opening_verb(line: list[Token], start: int, read_before: set[int], parse: Callable[[Doc], Doc]) -> None:
    """ "Skylark Airways files for bankruptcy, vows to keep flying", "FCA fines Kingsmere Bank ..., says
    lender ...": a name, then a present verb the parser took for a plural noun, leaves the later act
    with the whole phrase as its subject. Re-read with that verb in the past, the name is the subject
    of both; taken only when the name becomes the verb's subject and every act read before still is."""
    names = 0
    while names < len(line) and line[names].pos_ == "PROPN":
        names += 1
    if not names and line and line[0].lemma_.lower() in SOURCE_NOUNS | BUSINESS_KINDS:
        names = 1  # "Firm cuts jobs, says demand weak": a kind of body for a name
    if not names or names + 1 >= len(line) or not read_before or min(read_before) <= names:
        return
    token = line[names]
    if token.tag_ != "NNS" or not token.is_lower or verb_cue(token) is not None \
            or token.lemma_.lower() in PERSON_ROLES | SOURCE_NOUNS:
        return  # "ICC prosecutors say ...": a name, then the people who speak, not a verb
    lemma = present_stem(token.lower_)
    doc = token.doc
    variant = _in_the_past(line, start, token, lemma, parse)
    verb = variant[names]
    if verb.tag_ not in ("VBD", "VBN") or not any(c.dep_ == "nsubj" and c.i < names for c in verb.children):
        return
    read_after = {t.i for t in variant if verb_cue(t) is not None}
    if not read_before <= read_after:
        return
    _take_parse(line, variant, token.i, lemma)
    act = token.head
    if token.dep_ == "ccomp" and act.i > token.i and act.dep_ == "ROOT" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in act.children):
        # "FCA fined the bank, says lender ...", read as what a subjectless "says" reports: one subject's two acts
        set_tree(doc, {token.i: (token.i, "ROOT"), act.i: (token.i, "conj")})


def _object_of(token: Token, verb_k: int) -> bool:
    """Whether the variant's `token` is the object of its verb at position `verb_k`."""
    return token.dep_ == "dobj" and token.head.i == verb_k


def _in_the_past(line: list[Token], start: int, verb: Token, lemma: str, parse: Callable[[Doc], Doc]) -> Doc:
    """The headline parsed anew with `verb` put in the simple past, keeping its sentence starts."""
    return parse(Doc(verb.doc.vocab, words=[past_form(lemma) if t.i == verb.i else t.text for t in line],
                     spaces=[bool(t.whitespace_) for t in line],
                     sent_starts=[t.i == start or bool(t.is_sent_start) for t in line]))


def _candidate(token: Token, line: list[Token], read: bool) -> str | None:
    """The cue lemma to re-read `token` as, if it may be a present-tense reporting verb the parser
    missed; None for a word already read as one, a past or participle form, a word the sentence
    keeps as a noun, or a capitalised word in a headline that capitalises only its names
    ("Islamic State claims")."""
    if read or token.tag_ in ("VBD", "VBN", "VBG") or _stays_a_noun(token):
        return None
    if token.text[:1].isupper() and not token.is_sent_start and not capitalises_its_words(line):
        return None
    return _present_verb(token.text)


def _take_parse(line: list[Token], variant: Doc, verb_i: int, lemma: str) -> None:
    """Give the headline's tokens the variant's tags and tree, the verb in the present tense."""
    for token, read in zip(line, variant):
        token.tag_ = ("VBZ" if token.lower_.endswith("s") else "VBP") if token.i == verb_i else read.tag_
        token.pos_ = read.pos_
        if token.i == verb_i:
            token.lemma_ = lemma
    set_tree(line[0].doc, {token.i: (line[read.head.i].i, read.dep_) for token, read in zip(line, variant)})


def _raise_clause(verb: Token) -> None:
    """ "... as operator and maker traded blame", read as a participle clause of "operator": a
    present-tense headline verb is no participle, so the source it hangs on is its subject."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.i > verb.i or not (is_source(noun) or noun.lemma_.lower() in BUSINESS_KINDS):
        return  # not "no comment on militia claim": a thing the verb describes
    if noun.head.i == noun.i:
        raised = (verb.i, "ROOT")
    else:
        raised = (noun.head.i, "pcomp" if noun.head.pos_ == "ADP" else "advcl")
    set_tree(verb.doc, {verb.i: raised, noun.i: (verb.i, "nsubj")})


def _stays_a_noun(token: Token) -> bool:
    """Whether the sentence keeps the word a noun: it has a determiner ("no comment"), it is a base
    form after a single singular noun it cannot agree with ("Match report"), it is the
    subject of a verb after it ("state will not say"), or a verb the tagger could not take for a
    noun comes before it in its clause ("Power bank maker recalls chargers after fires in two
    states"; but "Fjordlaks chief admits company was too slow", "... halts turbines as operator and
    maker trade blame"), unless the word closes the line as its attribution ("Teachers owed six
    months' pay, NUT laments")."""
    sent = token.sent
    words = [t for t in sent if not t.is_punct and not t.is_space]
    closing = token.doc[max(sent.start, token.i - 4):token.i]
    trailer = bool(words) and words[-1].i == token.i and any(t.text == "," for t in closing)
    if any(c.dep_ in ("det", "poss") for c in token.children) or (token.i > 0 and token.doc[token.i - 1].tag_ in (
            "DT", "PRP$", "POS")):
        return True  # "no comment on the claim", "the report's claims": a noun by its determiner
    head = token.head
    if not token.lower_.endswith("s") and _singular_subject_before(token):
        return True  # "Match report", "U.N. report accuses ...": a base form after one singular noun is no
        # verb of it (but "Chile, Argentina pledge", "Sudan and South Sudan trade blame")
    if token.dep_ in ("nsubj", "nsubjpass") and head.i > token.i and head.pos_ in ("VERB", "AUX") and (
            any(c.dep_ in ("aux", "auxpass", "neg") for c in head.children) or _present_verb(head.text) is None) \
            and not (token.tag_ == "NNS" and head.tag_ == "VBZ") and not head.text.isupper():
        return True  # "...; state will not say when", "fraud claims dominate": the subject of a verb after it
        # (not "lawmaker vows appeal", where the parser made the noun "appeal" the verb; nor a "verb" that
        # cannot be one: "rival rejects results", a plural noun before a singular verb, or "Minister
        # disputes INMO figures", an acronym)
    before = token.doc[sent.start:token.i]
    opener = next((t.i for t in reversed(before) if t.lower_ in word_set("headline_clause_openers", "word")
                   or _comma_before_subject(t, token)), sent.start)
    return not trailer and any(t.tag_ in ("VBZ", "VBD", "MD") for t in token.doc[opener:token.i])


def _comma_before_subject(comma: Token, token: Token) -> bool:
    """ "... as Crestline blames gas costs, dealers allege ...": a comma with only a noun phrase
    between it and the word opens a clause of its own, whatever verb came before it."""
    between = comma.doc[comma.i + 1:token.i]
    return comma.text == "," and len(between) > 0 and between[-1].pos_ in ("NOUN", "PROPN") \
        and all(t.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM") for t in between)


def _singular_subject_before(token: Token) -> bool:
    """Whether the words before `token` in its sentence are a single singular noun phrase, the subject a
    base-form present verb cannot agree with: no plural noun, and no comma or "and" joining two."""
    before = [t for t in token.doc[token.sent.start:token.i] if not t.is_space]
    return bool(before) and before[-1].tag_ in ("NN", "NNP") and not any(
        t.text in (",", "&", "/") or t.lower_ == "and" or t.tag_ in ("NNS", "NNPS", "PRP") for t in before)


def _present_verb(word: str) -> str | None:
    """The cue lemma a present-tense word may be ("trade", "pledges", "laments"), else None."""
    lower = word.lower()
    for lemma in (lower, *((lower[:-1], present_stem(lower)) if lower.endswith("s") else ())):
        if lemma and (lemma, "VERB") in cue_rows():
            return lemma
    return None
