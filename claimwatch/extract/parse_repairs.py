"""Repairs to the parse that reading reports depends on, made once after the parser runs.

The parser sometimes hangs a second act of the speaker on the first as its complement: in "X said
crews were on their way but warned that ...", "warned" comes out as a second clause said by X, with
no subject, instead of X's second act. A complement clause always has a subject of its own; one that
has none after "but" or "and" is the speaker's coordinated act, and is rejoined as one.

Three more misreadings around documents are put right here: the participle of a document an act was
made in, read as a verb taking the act's clause ("X indicated in a communiqué emitted on Friday that
..."); a name hung on a reporting verb read as a noun ("Figures compiled by StatsZone show ...");
and a sentence closing on "..., records show.", read as one noun phrase. So are a cue read as a noun
with its source ("Police allege he took ...") and a relative clause with no "that" whose verb of
denial was read as a noun ("a charge the regulator rejects"). And misreadings around subjects: a
plural claim noun read as a verb ("has rejected Opposition claims that ...") and a singular one read
as a verb after "that" ("disputes that figure"), a cue verb hung on its subject as a reduced
relative or taken into a relative clause ("..., Rodolfo Aybar, informed ... that ...", "a gang that
claims the attack says ..."), and a subject or a hearer with its participle read as a clause
("Passengers stranded ... are disputing", "told priests gathered at ... that ..."), and a surname
opening a sentence read as an adverb ("Tolliver did not deny ..."), and a headline's bare subject
read as an adverbial noun ("... as regulator disputes company's count").
"""
from __future__ import annotations

from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Span, Token

from .lexicon import present_stem, word_set
from .source_marks import DOCUMENT_NOUNS, ISSUING_VERBS, SOURCE_NOUNS
from .stance import cue_rows, verb_cue


def set_tree(doc: Doc, arcs: dict[int, tuple[int, str]]) -> None:
    """Re-hang tokens (index -> (head index, label)) all at once: setting `Token.head` one token at a
    time leaves the other tokens' child lists stale ("trade" losing its object "blame")."""
    array = doc.to_array([HEAD, DEP])  # unsigned: a head to the left is a wrapped negative offset
    for i, (head, dep) in arcs.items():
        array[i] = ((head - i) % 2 ** 64, doc.vocab.strings.add(dep))
    doc.from_array([HEAD, DEP], array)


def rejoin_coordinated_acts(doc: Doc) -> None:
    """Make "but warned that ..." a conjunct of the act it follows, not a clause it reports; and
    "said a configuration change caused the outage, and promised to ...", whose second act the
    parser joined to the reported clause though a thing cannot promise, a second act of the speaker."""
    for token in doc:
        if _coordinated_act_misread(token):
            token.dep_ = "conj"
            doc[token.i - 1].head = token.head  # the "but" joins the two acts, not the first act's clause
        elif (act := _speakers_act_joined_to_clause(token)) is not None:
            set_tree(doc, {token.i: (act.i, "conj"), token.i - 1: (act.i, "cc")})


def rehang_document_participles(doc: Doc) -> None:
    """Give "X indicated in a communiqué emitted on Friday that ..." its clause back: the issuing
    participle (issuing_verbs.tsv) right after a document noun (documents.tsv) the act was made in
    describes the document; the "that"-clause it took is the act's."""
    for token in doc:
        clause = _clause_taken_by_document_participle(token)
        if clause is not None:
            set_tree(doc, {token.i: (token.i - 1, "acl"), clause.i: (token.head.i, "ccomp")})


def raise_documents_to_subjects(doc: Doc) -> None:
    """ "..., campaign finance records show.", "..., official figures published on Tuesday show.": a
    sentence closing on a document (and the participle phrase describing it) and an evidence verb
    (evidence_verbs.tsv) after a comma, which the parser reads as one noun phrase hung anywhere. The
    verb reports the sentence before the comma, the document is its subject."""
    for sent in doc.sents:
        words = [t for t in sent if not t.is_punct and not t.is_space]
        if len(words) < 4:
            continue
        verb, document = words[-1], words[-2]
        # "..., official figures published on Tuesday show.": the document may carry a participle phrase
        participle = next((w for w in words[-6:-1] if w.tag_ == "VBN" and w.i > 0 and doc[w.i - 1].tag_ == "NNS"),
                          None)
        if participle is not None:
            document = doc[participle.i - 1]
        if verb.lemma_.lower() not in word_set("evidence_verbs", "lemma") or document.tag_ != "NNS" \
                or not {document.lemma_.lower(), document.lower_} & DOCUMENT_NOUNS:
            continue
        first = document
        while first.i > sent.start and doc[first.i - 1].dep_ in ("compound", "amod") and doc[first.i - 1].head.i in (
                first.i, document.i, verb.i):
            first = doc[first.i - 1]
        told = next((c for c in document.children if c.dep_ == "ccomp" and c.i < first.i), None) \
            if sent.root.i == document.i else sent.root  # the parser may hang the report on the document
        if first.i == sent.start or doc[first.i - 1].text != "," or told is None:
            continue
        arcs = {document.i: (verb.i, "nsubj"),  # "official" stays a modifier, not a role that speaks
                **{t.i: (document.i, "amod" if t.tag_ == "JJ" else "compound") for t in doc[first.i:document.i]}}
        if participle is not None:  # the phrase hangs on its participle, the participle on the document
            arcs |= {participle.i: (document.i, "acl"), **{t.i: (participle.i, t.dep_) for t in
                                                           doc[participle.i + 1:verb.i]
                                                           if not participle.i < t.head.i < verb.i}}
        if told.i != verb.i:
            arcs |= {verb.i: (verb.i, "ROOT"), told.i: (verb.i, "ccomp")}
        set_tree(doc, arcs)
        verb.tag_, verb.pos_ = "VBP", "VERB"


def return_names_to_sources(doc: Doc) -> None:
    """ "Figures compiled by the data company StatsZone show ...": with "show" read as a noun, the
    parser hangs the name before it on the verb as a compound; the name is the source's, set
    beside the noun before it ("the data company StatsZone")."""
    for token in doc:
        if token.dep_ != "ROOT" or token.tag_ not in ("NN", "NNS") or token.i < 2 or verb_cue(token) is None:
            continue
        name, noun = doc[token.i - 1], doc[token.i - 2]
        if name.dep_ == "compound" and name.head.i == token.i and name.pos_ == "PROPN" \
                and noun.pos_ == "NOUN" and noun.dep_ == "pobj":
            set_tree(doc, {name.i: (noun.i, "appos")})


def restore_acts_read_as_nouns(doc: Doc) -> None:
    """ "Police allege he took $3.2 million": a sentence opening on a plural source and a cue verb
    whose present form is its lemma, followed by the subject and verb of the clause it reports, which
    the tagger reads as one noun phrase ("Police allege") modifying that verb. The cue is the
    sentence's verb, the source its subject, the clause what it reports."""
    for sent in doc.sents:
        words = [t for t in sent if not (t.is_punct or t.is_space)]
        if len(words) < 4 or words[0].lower_ in ("the", "a", "an"):
            continue
        source, cue, subject = words[0], words[1], words[2]
        clause = cue.head
        if _cue_read_as_noun(cue) and _source_noun_of(source, cue) and _clause_reported_by(clause, subject):
            set_tree(doc, {cue.i: (cue.i, "ROOT"), source.i: (cue.i, "nsubj"), clause.i: (cue.i, "ccomp")})
            cue.tag_, cue.pos_ = "VBP", "VERB"
            continue
        _restore_act_before_its_object(sent)


def _restore_act_before_its_object(sent: Span) -> None:
    """ "Former staff dispute that number.": a source, a cue verb in its bare present form and a
    determined object, which the tagger reads as one noun phrase ("staff dispute that number") whose
    head is the object. The cue is the sentence's verb, the source its subject, the rest its object."""
    thing = sent.root
    if thing.pos_ != "NOUN" or thing.i < sent.start + 3:
        return
    cue = thing.doc[thing.i - 2]
    det = thing.doc[thing.i - 1]
    source = thing.doc[cue.i - 1]
    if not (_cue_read_as_noun(cue) and cue.head == thing and det.head == thing
            and det.lower_ in ("that", "this", "these", "those", "the") and source.head in (cue, thing)
            and source.tag_ in ("NN", "NNS", "NNP", "NNPS") and source.lemma_.lower() in SOURCE_NOUNS):
        return
    set_tree(thing.doc, {cue.i: (cue.i, "ROOT"), source.i: (cue.i, "nsubj"), thing.i: (cue.i, "dobj")})
    cue.tag_, cue.pos_ = "VBP", "VERB"


def restore_present_acts_read_as_nouns(doc: Doc) -> None:
    """ "The service centre contests this figure": a body, then a cue verb in its -s form, then the
    thing it acts on, which the tagger reads as one noun phrase ("service centre contests") with the
    object hung beside it. The -s word is the sentence's verb, the noun before it its subject. So is
    a present cue the tagger read as an adjective between its subject and its clause ("The carriers
    affirm that ...")."""
    for sent in doc.sents:
        root = sent.root
        if root.tag_ in ("JJ", "NN") and root.is_lower and cue_rows().get((root.lower_, "VERB")) \
                and any(c.dep_ == "nsubj" and c.i < root.i for c in root.children) \
                and any(c.dep_ == "ccomp" and c.i > root.i for c in root.children):
            # "The carriers affirm that ...", "affirm" tagged an adjective: a subject, the word, its clause
            root.tag_, root.pos_, root.lemma_ = "VBP", "VERB", root.lower_
            continue
        if root.tag_ != "NNS" or not root.lower_.endswith("s") or not root.is_lower:
            continue
        lemma = present_stem(root.lower_)
        subject = root.doc[root.i - 1] if root.i > sent.start else None
        thing = next((c for c in root.children if c.dep_ in ("appos", "dobj", "npadvmod") and c.i > root.i
                      and any(d.dep_ in ("det", "poss") for d in c.children)), None)
        if not cue_rows().get((lemma, "VERB")) or subject is None or thing is None or subject.head.i != root.i \
                or subject.tag_ not in ("NN", "NNP") or sent[0].lower_ not in ("the", "its", "their"):
            continue
        set_tree(doc, {root.i: (root.i, "ROOT"), subject.i: (root.i, "nsubj"), thing.i: (root.i, "dobj")})
        root.tag_, root.pos_, root.lemma_ = "VBZ", "VERB", lemma


def restore_claims_read_as_verbs(doc: Doc) -> None:
    """ "The minister has rejected Opposition claims that ...": a claim noun (claim_nouns.tsv) in its
    plural, right after the act's object, read as a verb in its -s form with that object for its
    subject's place and the "that"-clause for its own. It has no subject of its own; it is the object
    of the act, the word before it its modifier, the clause what it tells."""
    claims = word_set("claim_nouns", "lemma")
    for token in doc:
        if token.tag_ != "VBZ" or not token.is_lower or token.i == 0 or token.lower_[:-1] not in claims:
            continue
        act, before = token.head, doc[token.i - 1]
        clause = _that_clause(token)
        if act.pos_ != "VERB" or act.i > token.i or clause is None or before.head.i != act.i \
                or before.dep_ != "dobj" or before.pos_ not in ("PROPN", "NOUN") \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            continue
        set_tree(doc, {token.i: (act.i, "dobj"), before.i: (token.i, "compound"), clause.i: (token.i, "acl")})
        token.tag_, token.pos_, token.lemma_ = "NNS", "NOUN", token.lower_[:-1]


def restore_claims_after_demonstratives(doc: Doc) -> None:
    """ "Harlan Foods disputes that figure.": a claim noun (claim_nouns.tsv) after "that" read as a verb
    with "that" for its subject. A clause of one bare verb ending the sentence on
    the act says nothing; "that" points to the claim, which is the act's object."""
    claims = word_set("claim_nouns", "lemma")
    for token in doc:
        if token.dep_ not in ("relcl", "ccomp") or token.pos_ != "VERB" or token.lower_ not in claims or token.i < 2:
            continue
        act, that = token.head, doc[token.i - 1]
        if act.i != token.i - 2 or act.pos_ != "VERB" or that.lower_ not in ("that", "this") \
                or [c.i for c in token.children] != [that.i] or any(c.dep_ == "dobj" for c in act.children) \
                or token.i + 1 >= len(doc) or not doc[token.i + 1].is_punct:
            continue
        arcs = {token.i: (act.i, "dobj"), that.i: (token.i, "det")}
        name = doc[act.i - 1]  # "Harlan Foods disputes": the name read as the verb's modifier is its subject
        if name.head.i == act.i and name.dep_ == "compound" and name.pos_ == "PROPN" \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in act.children):
            arcs[name.i] = (act.i, "nsubj")
        set_tree(doc, arcs)
        token.tag_, token.pos_, token.lemma_ = "NN", "NOUN", token.lower_
        that.tag_, that.pos_ = "DT", "DET"


def restore_acts_read_as_reduced_relatives(doc: Doc) -> None:
    """ "The Minister of Mining of the province, Rodolfo Aybar, informed in a press conference that
    ...": a sentence with no verb at its root, whose cue verb in its past form the parser hung on the
    subject phrase as a reduced relative ("Aybar, informed ..."), though it takes a "that"-clause as
    no passive participle of a cue can. The verb is the sentence's, the phrase its subject; a second
    act after "and" that the parser made the root ("..., and specified that ...") is its conjunct."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ in ("NOUN", "PROPN"):
            subject, second = root, None
        else:  # "..., informed ... that ..., and specified that ...": the second act became the root
            subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
            second = root
            if subject is None or doc[root.i - 1].lower_ not in ("and", "but"):
                continue
        holders = [subject, *(c for c in subject.children if c.dep_ == "appos")]
        act = next((t for h in holders for t in h.children if t.dep_ == "acl" and t.tag_ == "VBN"
                    and t.i > subject.i and cue_rows().get((t.lemma_.lower(), "VERB")) and doc[t.i - 1].text == ","
                    and _that_clause(t) is not None), None)
        if act is None:
            continue
        arcs = {act.i: (act.i, "ROOT"), subject.i: (act.i, "nsubj")}
        if second is not None:
            arcs |= {second.i: (act.i, "conj"), root.i - 1: (second.i, "cc")}
        set_tree(doc, arcs)
        act.tag_ = "VBD"


def restore_acts_after_relative_clauses(doc: Doc) -> None:
    """ "A ransomware gang that claims the attack says it holds ...": with no verb for the phrase (the
    sentence's root, or a clause joined by "but"), the parser read the relative clause's object and
    the sentence's cue verb as a clause the relative clause reports ("claims [the attack says ...]").
    The cue is the phrase's verb, the phrase its subject, and the noun between the relative clause's
    object."""
    for root in doc:  # the phrase standing as a clause: the sentence's root, or a conjunct after "but"
        but = doc[root.left_edge.i - 1] if root.left_edge.i > 0 else None
        if root.pos_ not in ("NOUN", "PROPN") or not (
                root.dep_ == "ROOT" or root.dep_ == "conj" and but is not None and but.lower_ == "but"):
            continue
        for relative in (c for c in root.children if c.dep_ == "relcl" and c.i > root.i):
            act = next((c for c in relative.children if c.dep_ == "ccomp" and c.tag_ in ("VBZ", "VBD")
                        and cue_rows().get((c.lemma_.lower(), "VERB"))
                        and not any(m.dep_ == "mark" for m in c.children)), None)
            thing = next((c for c in act.children if c.dep_ == "nsubj"), None) if act is not None else None
            if thing is None or thing.left_edge.i != relative.i + 1 or thing.i > act.i \
                    or any(c.dep_ == "dobj" for c in relative.children):
                continue
            arcs = {act.i: (act.i, "ROOT"), root.i: (act.i, "nsubj"), thing.i: (relative.i, "dobj")}
            if root.dep_ == "conj":  # the second clause of the sentence's act
                arcs |= {act.i: (root.sent.root.i, "conj"), but.i: (root.sent.root.i, "cc")}
            set_tree(doc, arcs)
            break


def restore_subjects_before_reduced_relatives(doc: Doc) -> None:
    """ "Passengers stranded for 19 hours at Manchester Airport are disputing ...": the parser read the
    subject and the participle describing it as a clause of its own ("Passengers stranded ..."),
    leaving the sentence's verb with no subject. A past participle with no auxiliary cannot make a
    clause; it describes the noun before it, which is the verb's subject."""
    for sent in doc.sents:
        verb = sent.root
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
                                                   for c in verb.children):
            continue
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VBN" and c.i < verb.i
                       and not any(a.dep_ in ("aux", "auxpass") for a in c.children)), None)
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i == clause.i - 1), None) \
            if clause is not None else None
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            continue
        set_tree(doc, {subject.i: (verb.i, "nsubj"), clause.i: (subject.i, "acl")})


def restore_names_read_as_adverbs(doc: Doc) -> None:
    """ "Tolliver did not deny that ...", "Backerly declined to comment": the parser read a name opening
    the sentence as an adverb, leaving the verb with no subject. A capitalised word the text writes
    elsewhere as a name, right before the verb's auxiliary or the finite verb itself, is its subject."""
    names = {t.text for t in doc if t.pos_ == "PROPN"}
    for sent in doc.sents:
        first, verb = sent[0], sent.root
        if first.pos_ != "ADV" or first.head.i != verb.i or first.text not in names or not first.text[:1].isupper() \
                or verb.pos_ not in ("VERB", "AUX") or first.i + 1 >= len(doc) \
                or not (doc[first.i + 1].pos_ == "AUX" or (first.i + 1 == verb.i and verb.tag_ in ("VBD", "VBZ", "VBP"))) \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            continue
        set_tree(doc, {first.i: (verb.i, "nsubj")})


def restore_subjects_read_as_adverbial_nouns(doc: Doc) -> None:
    """ "... as regulator disputes company's count": in headline English with its articles dropped, the
    parser may read the bare noun right before a reporting verb as an adverbial noun, leaving the verb
    with no subject (and the possessor after it to be taken for one). A finite cue whose only noun
    right before it is such a noun, not a time, has it as its subject."""
    for verb in doc:
        if verb.tag_ not in ("VBZ", "VBD", "VBP") or verb.i == 0 or verb_cue(verb) is None \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            continue
        noun = doc[verb.i - 1]
        if noun.dep_ == "npadvmod" and noun.head.i == verb.i and noun.pos_ in ("NOUN", "PROPN") \
                and noun.ent_type_ not in ("DATE", "TIME") and not noun.like_num:
            set_tree(doc, {noun.i: (verb.i, "nsubj")})


def restore_hearers_before_reduced_relatives(doc: Doc) -> None:
    """ "Bishop X told priests gathered at the Pastoral Center on Tuesday that ...": the parser read the
    hearers and the participle describing them as the clause told ("priests gathered ..."), and the
    "that"-clause as hanging on that participle. A participle with no auxiliary that takes no clause
    of its own describes the hearers; the "that"-clause is what they were told."""
    addressing = word_set("addressing_verbs", "lemma")
    for verb in (t for t in doc if t.lemma_.lower() in addressing and t.pos_ == "VERB"):
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.tag_ in ("VBD", "VBN")), None)
        hearer = next((c for c in clause.children if c.dep_ == "nsubj" and c.i == verb.i + 1), None) \
            if clause is not None else None
        if hearer is None:  # "told delegates attending the congress on Friday that ...": the clause on the participle
            hearer = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i == verb.i + 1), None)
            clause = next((c for c in hearer.children if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")), None) \
                if hearer is not None and not any(c.dep_ == "ccomp" for c in verb.children) else None
        if clause is None or hearer.pos_ not in ("NOUN", "PROPN") or cue_rows().get((clause.lemma_.lower(), "VERB")) \
                or any(c.dep_ in ("aux", "auxpass") for c in clause.children):
            continue
        told = next((c for c in clause.children if c.dep_ in ("advcl", "ccomp") and c.i > clause.i
                     and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if told is None:
            continue
        set_tree(doc, {hearer.i: (verb.i, "dobj"), clause.i: (hearer.i, "acl"), told.i: (verb.i, "ccomp")})
        if clause.tag_ == "VBD":
            clause.tag_ = "VBN"


def _cue_read_as_noun(cue: Token) -> bool:
    """A cue verb in its bare present form ("allege") tagged as a noun."""
    return cue.tag_ in ("NN", "NNS") and cue.lower_ == cue.lemma_.lower() \
        and bool(cue_rows().get((cue.lower_, "VERB")))


def _source_noun_of(source: Token, cue: Token) -> bool:
    """A source noun ("Police") hung on the misread cue as its modifier."""
    return source.tag_ in ("NN", "NNS", "NNP", "NNPS") and source.head.i == cue.i \
        and source.lemma_.lower() in SOURCE_NOUNS


def _clause_reported_by(clause: Token, subject: Token) -> bool:
    """The verb the misread phrase hangs on, with its own subject after the cue: the reported clause."""
    return clause.i > subject.i and clause.pos_ in ("VERB", "AUX") and subject.head.i == clause.i \
        and subject.dep_ in ("nsubj", "nsubjpass") and subject.pos_ in ("PRON", "PROPN", "NOUN")


def restore_contact_relatives(doc: Doc) -> None:
    """ "a figure the science ministry disputed", "a charge the regulator rejects": a relative clause
    with no "that" after a claim noun (claim_nouns.tsv), whose subject and verb of denial the parser
    often reads as nouns in apposition ("rejects" a plural noun). The verb is a relative clause of
    the claim, the noun phrase before it its subject."""
    claims = word_set("claim_nouns", "lemma")
    for verb in doc:
        found = _contact_relative(verb, claims)
        if found is None:
            continue
        claim, phrase, helpers = found
        subject = next(t for t in reversed(phrase) if t.pos_ in ("NOUN", "PROPN") or t.tag_ in ("NNS", "NN", "NNP"))
        arcs = {verb.i: (claim.i, "relcl"), subject.i: (verb.i, "nsubj")}
        for t in phrase:
            if t is not subject and (t.head.i == verb.i or not phrase[0].i <= t.head.i <= phrase[-1].i):
                arcs[t.i] = (subject.i, t.dep_ if t.dep_ in ("det", "poss", "compound", "amod", "case") else "compound")
        for t in helpers:
            arcs[t.i] = (verb.i, "neg" if t.lower_ in ("not", "n't") else "aux" if t.pos_ == "AUX" else "advmod")
        if claim.head.i == verb.i or verb in claim.ancestors:
            clause = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis", "conj") and c.i < claim.i), None)
            if clause is None:
                continue
            arcs |= {clause.i: (clause.i, "ROOT"), claim.i: (clause.i, "npadvmod")}
        set_tree(doc, arcs)
        if verb.pos_ != "VERB":
            verb.tag_, verb.pos_ = ("VBZ" if verb.lower_.endswith("s") else "VBD"), "VERB"


def _contact_relative(verb: Token, claims: frozenset[str]) -> tuple[Token, list[Token], list[Token]] | None:
    """(claim noun, subject phrase, auxiliaries and adverbs) when `verb` closes "a figure the X
    (has not) disputed" and the parser did not read it so."""
    if not _denial_verb(verb) or verb.i < 3:
        return None
    doc = verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN", "DET", "PRON", "NUM"):
        return None  # the verb has an object of its own
    k, helpers = verb.i - 1, []
    while k > 0 and _helper_word(doc[k]):  # "has not", "flatly"
        helpers.append(doc[k])
        k -= 1
    phrase = []
    while k > 0 and doc[k].tag_ in _PHRASE_TAGS and doc[k].lemma_.lower() not in claims:
        phrase.insert(0, doc[k])
        k -= 1
    claim = doc[k]
    if not phrase or claim.lemma_.lower() not in claims or claim.tag_ not in ("NN", "NNS") \
            or not any(t.tag_ in ("NN", "NNS", "NNP", "NNPS") for t in phrase) \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the", "this", "that") for c in claim.children):
        return None
    if verb.dep_ == "relcl" and verb.head.i == claim.i:
        return None  # read right already
    return claim, phrase, helpers


def _helper_word(token: Token) -> bool:
    """An adverb or negation ("flatly", "not") or an auxiliary of the perfect or of "do" ("has",
    "did") between a relative clause's subject and its verb."""
    return token.tag_ == "RB" or (token.tag_ in ("VBZ", "VBP", "VBD") and token.lower_ in _AUXILIARIES)


_AUXILIARIES = frozenset({"has", "have", "had", "does", "did"})
_PHRASE_TAGS = frozenset({"DT", "PRP$", "POS", "NNP", "NNPS", "NN", "NNS", "JJ", "HYPH", "PRP"})


def _denial_verb(token: Token) -> bool:
    """A verb of denial in any form the tagger gave it ("disputed", "rejects" read as a plural noun)."""
    lemmas = {token.lemma_.lower(), token.lower_}
    if token.lower_.endswith("s"):
        lemmas |= {token.lower_[:-1], token.lower_[:-2]}
    return token.tag_ in ("VBD", "VBN", "VBZ", "NNS", "NN") and any(
        row["stance"] == "deny" for lemma in lemmas for row in cue_rows().get((lemma, "VERB"), ()))


def _clause_taken_by_document_participle(token: Token) -> Token | None:
    if token.tag_ not in ("VBD", "VBN") or token.dep_ not in ("advcl", "conj") or token.i == 0 \
            or token.lemma_.lower() not in ISSUING_VERBS:
        return None
    act, document = token.head, token.doc[token.i - 1]
    if act.i > token.i or not cue_rows().get((act.lemma_.lower(), "VERB")) or any(c.dep_ == "ccomp" for c in act.children):
        return None
    if document.dep_ != "pobj" or document.head.head.i != act.i or document.lower_ not in DOCUMENT_NOUNS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return None
    return _that_clause(token, after=False)


def _that_clause(verb: Token, after: bool = True) -> Token | None:
    """The clause a word takes with "that" ("informed ... that ...", "claims that ..."), after it."""
    return next((c for c in verb.children if c.dep_ == "ccomp" and (c.i > verb.i or not after)
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def _speakers_act_joined_to_clause(token: Token) -> Token | None:
    """The reporting act whose speaker does `token`: a cue verb with no subject, set off by ", and" or
    ", but" as a conjunct of the clause the act reports, when that clause's subject is a thing that
    cannot speak ("a configuration change")."""
    clause = token.head
    if token.dep_ != "conj" or token.tag_ not in ("VBD", "VBZ") or clause.dep_ != "ccomp" or clause.i > token.i \
            or token.i < 2 or not cue_rows().get((token.lemma_.lower(), "VERB")) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return None
    doc, act = token.doc, clause.head
    if doc[token.i - 1].lower_ not in ("and", "but") or doc[token.i - 2].text != "," or act.i > clause.i \
            or verb_cue(act) is None:
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_ or subject.lemma_.lower() in SOURCE_NOUNS:
        return None
    return act


def _coordinated_act_misread(token: Token) -> bool:
    """A reporting verb hung as a subjectless complement on the reporting verb before it, right after
    "but" or "and": the parser's reading of a second act as something the first reports."""
    head = token.head
    if token.dep_ != "ccomp" or token.tag_ not in ("VBD", "VBZ") or head.i > token.i or head.i == token.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in token.children):
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is None or before.dep_ != "cc" or before.lower_ not in ("but", "and"):
        return False
    return verb_cue(head) is not None and verb_cue(token) is not None
