"""Who performs a reporting act: the subject of a cue verb read from the parse, with the ways news
English moves it (inverted, fronted, interposed, passive, participial, agency word order).

`source_of` returns the head token of the source, still unresolved; `reported.py` turns it into a
`Cue` and `statements.py` names the speaker.
"""
from __future__ import annotations

from spacy.tokens import Token

from .content import EVIDENCE_VERBS, first_of_two_acts
from .holder_words import could_be_source
from .lexicon import word_set
from .source_marks import (
    DASHES, DOCUMENT_NOUNS, ISSUING_VERBS, body_spoken_in, comma_joined_source, inverted_source, is_frontmatter, is_source,
    name_before_misread_description, noun_before_participle, set_off_who_head, source_hung_on_content,
    source_named_after, whose_clause_before,
)
from .speakers import APPOSITION_PERSON_ROLES, ORG_ROLES, RELATIVE_PRONOUNS, SOURCE_NOUNS, TRADES, entity_at, person_names
from .stance import DECLINING, is_negated, thing_subject, verb_cue, withheld


def infinitive(verb: Token) -> bool:
    """ "to say", "to announce": a verb with the infinitive marker."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def inside_report(token: Token) -> bool:
    """Whether a reporting verb governs the token: it is part of what someone is said to have said."""
    return any(verb_cue(a) is not None for a in token.ancestors)


def _source_in_fronted_phrase(token: Token) -> Token | None:
    """With no subject, the source the parser hung as appositions on the last noun of a phrase opening
    the sentence ("At the centre in Lilongwe, the head of the unit, Dr. Mercy Phiri, told ZNA ..."):
    its name if one is given, else its role."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "," or token.dep_ not in ("ROOT", "conj"):
        return None
    fronted = next((c for c in token.children if c.dep_ == "prep" and c.i == token.sent.start), None)
    if fronted is None:
        return None
    # "In a statement read to the court by Mr Adeyemi, Sarah Whittle, who lived ..., said": a name set
    # off after the phrase, which the parser joined to its last noun as a conjunct with no "and"
    set_off = [t for t in fronted.subtree if t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == "," and (
        t.dep_ == "appos" or (t.dep_ == "conj" and t.ent_type_ == "PERSON"
                              and not any(c.dep_ == "cc" for c in t.head.children)))]
    if not set_off or set_off[-1].right_edge.i != token.i - 2 or any(t.like_num for t in set_off):
        return None  # the appositions must run up to the act; an age belongs to a name read otherwise
    named = [t for t in set_off if t.ent_type_ in ("PERSON", "ORG")]
    return named[-1] if named else set_off[0]


def _body_opening_with_in(token: Token) -> Token | None:
    """ "In the Ministry of Energy stated today that ...", "In the akimat this information was
    refuted": agency English translated word for word names the body that speaks in a phrase opening
    the sentence with "In", leaving the act with no subject, or with the thing it acts on as the
    subject of a passive. The body is the source (not a place or a time: "In August the minister
    told ...", "In Kyiv, officials said")."""
    doc = token.doc
    opening = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == token.sent.start), None)
    body = next((g for g in opening.children if g.dep_ == "pobj"), None) if opening is not None else None
    if body is None or body.ent_type_ in ("GPE", "LOC", "DATE", "TIME", "NORP") or not (
            body.pos_ == "PROPN" or body.lemma_.lower() in ORG_ROLES):
        return None
    if body.right_edge.i + 1 < len(doc) and doc[body.right_edge.i + 1].text == ",":
        return None  # "In the ministry, officials said": a place set off, before a subject of its own
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "csubj", "expl")]
    passive = [c for c in token.children if c.dep_ == "nsubjpass"]
    if subjects or any(c.dep_ == "agent" for c in token.children) or any(is_source(c) for c in passive):
        return None
    return body


def _name_right_before(token: Token) -> Token | None:
    """With no subject, a person's name that ends right before a finite act, which the parser hung on
    a phrase before it ("at the regular meeting of the Cabinet, Minister of Food S. Oyunbileg
    informed that ...": the name read as the meeting's "of" object)."""
    if token.i == 0 or token.tag_ != "VBD" or token.dep_ not in ("ROOT", "conj"):
        return None
    name = token.doc[token.i - 1]
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or name.head.i == token.i:
        return None
    return name


def _author_of_medium(token: Token) -> Token | None:
    """ "is said in the message of the press service", "is noted in the statement of the company": agency
    English names the author of the document a passive act was made in."""
    return next((owner for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "in"
                 for medium in prep.children if medium.dep_ == "pobj" and medium.lemma_.lower() in DOCUMENT_NOUNS
                 for of in medium.children if of.dep_ == "prep" and of.lower_ == "of"
                 for owner in of.children if owner.dep_ == "pobj" and is_source(owner)), None)


def _before_stolen_subject(token: Token, subjects: list[Token]) -> list[Token]:
    """ "The bureau's report, released on Wednesday, said the aircraft, carrying 64 passengers, touched
    down ...": the parser hung the reported clause's subject on the act as a second subject; the one
    before the act says it, the one after it is what is said about."""
    before = [c for c in subjects if c.i < token.i]
    if before and any(c.i > token.i and any(k.dep_ == "ccomp" and k.i > c.i for k in token.children)
                      for c in subjects):
        return before
    return subjects


def _subject_past_misread_participle(token: Token) -> Token | None:
    """ "Lunde rejected suggestions that the laboratory had made an error, saying the result had been
    confirmed": a participle set off by a comma, which the parser hung on the object as a relative
    clause with a far-off "that" for subject. No relative clause opens on "that ... saying"; the
    participle goes with the clause, and its doer is the clause's subject."""
    if not (token.tag_ == "VBG" and token.dep_ in ("relcl", "acl") and token.i > 0 and token.doc[token.i - 1].text == ","):
        return None
    if not any(c.dep_ == "nsubj" and c.tag_ == "WDT" and c.i < token.i - 2 for c in token.children):
        return None
    clause = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX") and a.i < token.i), None)
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None) \
        if clause is not None else None
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN", "PRON") else None


def _past_as_phrase(subject: Token, token: Token) -> Token:
    """ "League hails streaming deal as players' union says owners are ...": the parser made the noun
    before "as" the act's subject and the real one the object of "as"; the noun right before the act
    says it."""
    if subject.i > token.i:
        return subject
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            noun = next((c for c in prep.children if c.dep_ == "pobj" and c.right_edge.i == token.i - 1), None)
            if noun is not None:
                return noun
    return subject


def _noun_root_before_misread_act(token: Token) -> Token | None:
    """ "The Harbour Alliance, a coalition of ports and fishers, called on Thursday for an inquiry": in
    a sentence the parser left with no verb (a noun for its root), a past tense set off by a comma
    after the subject's apposition or relative clause is the sentence's verb, read as a participle
    on the noun before it; its subject is the noun the sentence opens on."""
    if token.dep_ != "acl" or token.tag_ not in ("VBN", "VBD") or token.i == 0 \
            or token.doc[token.i - 1].text != "," \
            or any(c.dep_ in ("aux", "auxpass", "agent") for c in token.children):
        return None
    root = token.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i > token.i:
        return None
    node = token.head
    while node.i != root.i:
        if node.dep_ not in ("appos", "prep", "pobj", "conj"):
            return None
        node = node.head
    return root


def source_of(token: Token) -> Token | None:
    """The head token of whoever performs the reporting act `token`; none for a source the sentence
    says there is none of ("knew of no credible study showing ...")."""
    source = _performer(token)
    return None if source is not None and _none_such(source) else source


def _set_off_partitive(word: Token) -> bool:
    """ ", most of them in camps,": a partitive phrase set off by a comma, an aside on the noun before."""
    return word.i > 0 and word.doc[word.i - 1].text == "," and word.lower_ in word_set("partitives", "word") \
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children)


def _reporter_past_quote(token: Token) -> Token | None:
    """The subject of the report a subjectless act was joined to past a closing quotation mark:
    'X said that the ministry "does not comment on companies" and declined to say ...' - the
    parser made "declined" a second verb of the quoted clause, but the quote has closed; so too when
    it hung it deeper in the quotation ('said the party was "looking for a case because it could not
    find voters" and described ...')."""
    head = token.head
    if token.dep_ != "conj" or token.tag_ != "VBD" or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return None
    if not any(t.tag_ == "''" for t in token.doc[head.i:token.i]):
        return None
    clause = head
    while clause.dep_ != "ccomp" or verb_cue(clause.head) is None:
        if clause.head.i == clause.i or clause.dep_ not in ("advcl", "conj", "ccomp", "xcomp", "relcl"):
            return None
        clause = clause.head
    if clause is not head and not any(t.tag_ == "``" for t in token.doc[clause.left_edge.i:head.i]):
        return None  # (deeper in, only where a quotation opened above the verb it hangs on)
    reporter = clause.head
    while reporter.dep_ == "ccomp" and verb_cue(reporter.head) is not None:
        reporter = reporter.head  # 'said the accident showed that ... "for a decade" and called for': who said
    return source_of(reporter)


def _subject_before_aside(token: Token) -> Token | None:
    """The subject of "X, handed a question, informed ..." or "X, asked whether ..., said" when the
    parser made the participle set off after X the root and hung the act on it (as a clause of its
    own for "asked"): a comma before the act and before the participle."""
    head, doc = token.head, token.doc
    if token.dep_ not in ("advcl", "conj", "ccomp") or head.i >= token.i or head.tag_ not in ("VBN", "VBD") \
            or doc[token.i - 1].text != "," or head.i == 0 or doc[head.i - 1].text != ",":
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
    return subject if subject is not None and subject.right_edge.i in (head.i - 2, head.i - 1) else None


def _performer(token: Token) -> Token | None:
    lemma = token.lemma_.lower()
    if lemma == "cite":
        obj = next((c for c in token.children if c.dep_ == "dobj"), None)
        if obj is not None and is_source(obj):
            return obj
        if token.tag_ == "VBG" and token.dep_ == "advcl" and any(_reports_words(a) for a in token.ancestors):
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
    if (subject := _subject_past_misread_participle(token)) is not None:
        return subject
    for aux in token.children:  # "IS says its gunmen ...": an acronym read as the auxiliary "is"
        if aux.dep_ in ("aux", "auxpass") and aux.i == token.i - 1 and len(aux.text) > 1 and aux.text.isupper() \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return aux
    if (inside := _body_opening_with_in(token)) is not None:
        return inside
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if token.lower_ in word_set("question_openers", "word"):
        # "Twice asked whether ..., she replied": an adverb the parser made the subject of the
        # participle that opens a question is no source
        subjects = [c for c in subjects if c.pos_ != "ADV"]
    # "Rovuma Gas Partners, whose project has been on hold since 2021, said ...": a noun owned by
    # "whose" opens a relative clause the parser flattened; it is not the clause's subject
    subjects = [c for c in subjects if not any(g.lower_ == "whose" for g in c.children)] or subjects
    if len(subjects) > 1 and _set_off_partitive(subjects[-1]):
        # "The report, based on interviews with 212 victims, most of them in camps, said": the
        # parser made the aside's partitive a second subject; the first is the source
        subjects = subjects[:-1]
    if not subjects and (flattened := whose_clause_before(token)) is not None:
        # "Stankovic, whose term ends in 2027, said ...": the name the parser made a subject of the
        # relative clause hung before the act
        subjects = [g for g in flattened.children if g.dep_ == "nsubj" and g.i < flattened.i][:1]
    if not subjects:  # "Detectives searching for her said ...", read as a clause hung before the act
        subjects = [n for c in token.children if c.dep_ == "ccomp" and c.i < token.i
                    and (n := noun_before_participle(c, token)) is not None]
    if not subjects and (outer := _reporter_past_quote(token)) is not None:
        subjects = [outer]  # 'said that the ministry "does not comment" and declined to say ...': the
        # spokesman declined; the parser joined the act to the quoted clause
    if not subjects and (after_quote := source_named_after(token)) is not None:
        subjects = [after_quote]  # '"...," - noted the head of the department': agency English again
    if not subjects and (aside := _subject_before_aside(token)) is not None:
        subjects = [aside]  # "Nandakumar, handed a friendly question, informed the House that ...": the
        # parser made the participle aside the main verb and the act a clause of it
    if not subjects and (fronted := _source_in_fronted_phrase(token)) is not None:
        subjects = [fronted]  # "At the centre in Lilongwe, the head of the unit, Dr. Mercy Phiri, told ZNA"
    if not subjects and (named := _name_right_before(token)) is not None:
        subjects = [named]  # "..., at the meeting of the Cabinet, Minister of Food S. Oyunbileg informed that"
    if not subjects and (trailing := source_hung_on_content(token)) is not None:
        # "X won 612 votes to 609 for Rosie Calder, the returning officer, Helen Parkinson, announced":
        # the parser hung the source on the content's last noun as an apposition
        subjects = [trailing]
    if not subjects and token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        # "As informed the head of the department X, ...": agency English puts the source after the verb
        subjects = [c for c in token.children if c.dep_ == "dobj" and c.i > token.i]
    if not subjects and (first_act := _first_of_two_acts(token)) is not None:
        subjects = [first_act]  # "Water chief concedes backlog, denies outages were engineered"
    if not subjects and token.dep_ == "conj" and token.head.lemma_.lower() == "cite" and token.head.tag_ == "VBG":
        # "told parliament the cost had risen, citing 'sources inside the project', and accused the
        # government of ...": the one who cited them goes on, not the sources cited
        host = next((a for a in token.head.ancestors if verb_cue(a) is not None), None)
        if host is not None:
            return source_of(host)
    subjects = [_past_as_phrase(c, token) for c in subjects]
    subjects = [_past_fronted_place(c) for c in subjects]
    subjects = [_past_frontmatter(c) for c in subjects]
    subjects = [_past_vocative(c, token) for c in subjects if c is not None]
    subjects = [_past_quotation(c, token) for c in subjects]
    subjects = _before_stolen_subject(token, subjects)
    subj = subjects[-1] if subjects else None
    if subj is not None and (joined := comma_joined_source(subj)) is not None:
        subj = joined  # "after a short illness, her son, Andrew Ellery, said": the parser joined the two
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
    if token.dep_ == "acl" and token.tag_ == "VBG" and subj is None and token.head.pos_ in ("NOUN", "PROPN") \
            and is_source(token.head) and any(c.dep_ == "ccomp" for c in token.children) \
            and token.head.dep_ in ("dobj", "pobj", "conj", "nsubj"):
        # "with each side accusing the other and the United Nations mission saying both had broken
        # their commitments", "a statement from the ministry saying ...": the noun is who says it
        return token.head
    if token.dep_ == "acl" and (token.head.dep_ == "ROOT" or token.tag_ == "VBD") \
            and token.head.pos_ in ("NOUN", "PROPN") and not passive and subj is None \
            and any(c.dep_ == "ccomp" for c in token.children) and not any(c.dep_ == "agent" for c in token.children):
        # "Hekla Power, which runs the plant, denied on Thursday that ...": the parser took the
        # sentence's verb for a participle on its subject (a noun left as the root, or a past
        # tense hung on the noun: a participle would be tagged VBN)
        return token.head
    if not passive and subj is None and (opener := _noun_root_before_misread_act(token)) is not None:
        return opener
    if subj is None and token.dep_ == "advcl" and token.tag_ in ("VBN", "VBD") and not passive \
            and token.i > 0 and token.doc[token.i - 1].text == "," and not any(c.dep_ == "agent" for c in token.children):
        body = _author_of_medium(token) or body_spoken_in(token)
        if body is not None:  # "The final sum will be calculated later, noted in the committee."
            return body
    if passive or adjunct or (token.dep_ == "acl" and token.tag_ == "VBN" and subj is None):
        agent = next((c for c in token.children if c.dep_ == "agent"), None)
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if pobj is not None and pobj.ent_type_ in ("DATE", "TIME"):
            return None  # "would be told by the end of next week": a deadline, not who told
        if pobj is None and agent is None:  # "- is said in the message of the press service of MES"
            pobj = _author_of_medium(token) or body_spoken_in(token)  # "In the company these claims were denied"
        if pobj is None and agent is None and subj is not None \
                and token.lemma_.lower() in word_set("subject_passives", "lemma") \
                and (subj.pos_ in ("PROPN", "PRON") or subj.lemma_.lower() in SOURCE_NOUNS | TRADES
                     or could_be_source(subj)):
            return subj  # "Kowalczyk would not be drawn on the striker's future", "the trader could not be reached"
        if pobj is None and agent is None and subj is None and token.dep_ == "conj" \
                and token.lemma_.lower() in word_set("subject_passives", "lemma") \
                and (reporter := _reporter_above_things(token)) is not None:
            return source_of(reporter)  # "Minister admits vessel will miss summer but would not be drawn on bill"
        return pobj
    if subj is not None and token.dep_ == "advcl" and token.tag_ == "VBG" and not list(subj.children) \
            and subj.lower_ in word_set("distributive_marks", "word"):
        # "The two candidates clashed, each saying the other lacked judgment": "each" is one of
        # the parties the main clause's subject names
        main = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if main is not None:
            return main
    if subj is not None:
        if subj.lower_ in RELATIVE_PRONOUNS and (misplaced := _noun_before_misplaced_relative(token, subj)):
            return misplaced
        if subj.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
            return _named_before_role(token) or _person_of_body(token, subj) \
                or _named_before_description(token, subj) or _relative_antecedent(token.head)
        if subj.lower_ == "they" and (body := body_spoken_in(token, before=subj.i)) is not None:
            return body  # "In the Committee of fishery they informed that ...": the body, not a "they" to resolve
        if subj.dep_ == "csubj":  # "Asked whether ..., her manager, X, did not rule it out": the name, if any
            return _subject_after_fronted_participle(token) or noun_before_participle(subj, token)
        return subj
    fronted = name_ending_fronted_phrase(token) or _subject_after_fronted_participle(token) \
        or _surname_read_as_adverb(token) or name_before_misread_description(token)
    if fronted is not None:
        return fronted
    if token.dep_ == "relcl" and token.tag_ in ("VBD", "VBZ") and token.head.dep_ == "ROOT" \
            and token.head.pos_ in ("NOUN", "PROPN"):
        # "The Linden Court Tenants Association, which organized residents ..., on Thursday called the
        # ruling 'a win'": the parser made the subject the root and hung the main verb on it
        return token.head
    if token.dep_ == "relcl" and token.tag_ == "NNS":  # "a claim Mexico rejects", the verb read as a noun
        return next((c for c in token.children if c.dep_ == "compound" and c.i == token.i - 1 and is_source(c)), None)
    for aux in token.children:  # "the army didn't affirm": subject misattached to the auxiliary
        if aux.dep_ == "aux":
            subj = next((c for c in aux.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    # "issued a statement calling for restraint"; not "read a statement from the ministry announcing
    # ...", which the statement's own cue reports for its author
    issued = token.head.lemma_.lower() in DOCUMENT_NOUNS and token.head.dep_ == "dobj" and _issues(token.head.head) \
        and not any(p.dep_ == "prep" and p.lower_ in ("from", "by") for p in token.head.children)
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.pos_ in ("NOUN", "PROPN") and (any(
            c.dep_ == "ccomp" for c in token.children) or issued):  # "issued a statement calling for restraint"
        noun = token.head  # "with the rebels insisting they had lost a dozen men"
        later = [c for c in noun.children if c.dep_ == "conj" and c.i < token.i]
        if later and later[-1].right_edge.i == token.i - 1:
            # "with Copenhagen demanding the scores and Melbourne's bid chief saying ...": the
            # participle belongs to the last noun of the coordination, which the parser left beneath the first
            noun = later[-1]
        clause_subject = _set_off_from_object(token, noun)
        if clause_subject is not None:
            return clause_subject
        if noun.lemma_.lower() in DOCUMENT_NOUNS and noun.dep_ == "dobj" and _issues(noun.head):
            # "the agency issued a statement saying ...": the statement's issuer; "X appeared on
            # television and read a statement saying ...": the subject the coordinated verb shares
            # (not "disputed social media posts claiming ...": the posts claim, not the one disputing)
            verb = noun.head
            issuer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            while issuer is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head
                issuer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
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
    if token.dep_ == "advcl" and (token.tag_ == "VBG" or _perfect_participle(token)):
        nearer = nearer_act(token)
        if nearer is not None:
            return source_of(nearer)
        # "..., saying only that": the participle reports for the main clause's subject
        # a clause after the participle (a quotation the parser made the root) is not the one it
        # hangs on: "X seemed to mock it, saying, 'The answer is ...'" is X's
        # nor a thing's "showing" inside what a speaker reported: "X said the failure showed how much
        # ..., adding that" is X's
        # nor the act of a relative clause on an object: "defended not paying an architect who said
        # he was stiffed, saying ..." is the defender's
        head = token.head
        while (verb_cue(head) is None or (head.dep_ == "ccomp" and thing_subject(head)) or _aside_as(head)
               or _on_an_object(head)) \
                and head.dep_ != "ROOT" and head.head is not head and head.head.i < token.i:
            if head.dep_ == "acl" and head.tag_ == "VBD" and head.head.dep_ == "ROOT" \
                    and head.head.pos_ in ("NOUN", "PROPN") and is_source(head.head):
                # "Their lawyer, Mr X, applied for bail, arguing ...": the sentence's verb read as a
                # participle on its subject (a past tense; a participle would be VBN)
                return head.head
            head = head.head
        return source_of(head) if head is not token and head.pos_ in ("VERB", "AUX") else None
    if _passive_shared(token):
        return None  # "she had been deactivated and never told why": she was not told; she told no one
    if token.dep_ in ("conj", "dep") and verb_cue(token.head) is None:
        # "Soldiers have suffered losses, the Defence Intelligence of Ukraine said": the
        # parser hung the real subject on the clause before; take the name right before the cue
        adjacent = _name_before(token) or _phrase_after_quotation(token)
        if adjacent is not None:
            return adjacent
    if token.dep_ == "conj" and (reporter := _reporter_above_things(token)) is not None:
        # "said the accident showed that maintenance had been neglected and called for an inquiry":
        # neither an accident nor maintenance calls for anything; the second act is the speaker's
        return source_of(reporter)
    if token.dep_ in ("conj", "dep") and verb_cue(token.head) is None and not (
            token.head.dep_ == "relcl" and is_source(token.head.head)):
        # "said the figure was final but declined to ...": the parser may hang the second
        # act on the reported clause; the act belongs to the reporting verb above it (not "soldiers
        # who seized the broadcaster and announced ...": a relative clause's subject who can speak did
        # both; "incidents that closed airports and accused ..." is the parser's slip)
        for ancestor in token.head.ancestors:
            if verb_cue(ancestor) is not None:
                return source_of(ancestor)
    if token.dep_ == "conj" and token.head.dep_ == "ccomp" and token.lemma_.lower() not in EVIDENCE_VERBS \
            and token.head.lemma_.lower() in EVIDENCE_VERBS and verb_cue(token.head.head) is not None:
        # "said that the data showed a recession and called on the government to ...": data show,
        # they do not call on anyone; the parser hung the speaker's second act on what was said
        return source_of(token.head.head)
    if (made_to := _made_to_act(token)) is not None:
        return made_to
    if token.dep_ in ("conj", "xcomp", "dep") and token.head is not token and token.head.pos_ in ("VERB", "AUX"):
        undergoer = next((c for c in token.head.children if c.dep_ == "nsubjpass"), None)
        if token.dep_ == "conj" and undergoer is not None and verb_cue(token.head) is None \
                and undergoer.lower_ not in RELATIVE_PRONOUNS and _says_something(token) \
                and any(c.dep_ == "cc" and token.head.i < c.i < token.i for c in token.head.children):
            # "Smith was arrested on Monday and said he was innocent": who was arrested speaks (not
            # "600 persons were evacuated, informed the press service": agency English's inversion;
            # nor "was suspended and dismissed for misconduct": a second passive)
            return undergoer
        return source_of(token.head)
    infinitive_subject = _subject_of_infinitive_act(token)
    if infinitive_subject is not None:
        return infinitive_subject
    return _subject_ofinterposed(token)


def _reporter_above_things(token: Token) -> Token | None:
    """The reporting verb a subjectless coordinated act was hung below, through clauses whose
    subjects are all things that cannot speak ("the accident showed that maintenance had been
    neglected ... and called for"), if any."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return None
    node = token.head
    for _ in range(4):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ != "NOUN" or is_source(subject) or subject.ent_type_:
            return None
        if node.dep_ != "ccomp":
            return None
        node = node.head
        if verb_cue(node) is not None and node.lemma_.lower() not in EVIDENCE_VERBS:
            return node
    return None


def _surname_read_as_adverb(token: Token) -> Token | None:
    """ "Donnelly, speaking after the vote, said ...", "Blakely rejected suggestions that ...": a surname
    opening the sentence, set off by a comma or right before the act, that the tagger read as an adverb of
    the act; the surname of a person named in full before."""
    first = token.sent[0]
    doc = token.doc
    if first.head.i != token.i or first.dep_ not in ("advmod", "npadvmod") or not first.text[:1].isupper() \
            or first.i + 1 >= len(doc) or (doc[first.i + 1].text != "," and first.i + 1 != token.i):
        return None
    full_names = (name.split() for name in person_names(doc))
    return first if any(len(words) > 1 and words[-1] == first.text for words in full_names) else None


def _made_to_act(token: Token) -> Token | None:
    """ "prompting the EU to threaten a veto", "led the minister to admit": the one a causing verb
    (causing_verbs.tsv) makes act performs the act in its infinitive, not the verb's subject."""
    governor = token.head
    if token.dep_ != "xcomp" or not infinitive(token) or governor.lemma_.lower() not in word_set("causing_verbs", "lemma"):
        return None
    return next((c for c in governor.children if c.dep_ in ("dobj", "dative") and c.i < token.i), None)


def _subject_of_infinitive_act(token: Token) -> Token | None:
    """ "X took to social media to say ...", "X called a news conference to announce ...", "X went on
    to say ...", "X was quick to point out ...": an act done by the subject of the verb (or of the
    adjective's verb) the infinitive completes; not where that verb has someone else do it ("asked
    her to explain": the object would be the one), nor in the passive ("was asked to explain")."""
    if token.dep_ not in ("advcl", "xcomp") or not infinitive(token):
        return None
    governor = token.head
    if governor.pos_ == "ADJ" and governor.dep_ == "acomp":
        governor = governor.head  # "was quick to point out"
    if governor.pos_ not in ("VERB", "AUX") or governor is token:
        return None
    if inside_report(governor):
        return None  # "he said troops had fired only to defend their positions": inside what is reported
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in governor.children):
        return None
    if any(c.dep_ in ("dobj", "dative") and (c.pos_ == "PRON" or c.ent_type_ == "PERSON") for c in governor.children):
        return None
    return next((c for c in governor.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS), None)


def _subject_ofinterposed(token: Token) -> Token | None:
    """ "Lagos, asked about the accusation on Friday, said ...": a participle set between the subject
    and the verb, which the parser gave the subject to."""
    for clause in token.children:
        if clause.dep_ == "ccomp" and interposed(clause):
            return next(c for c in clause.children if c.dep_ == "nsubj")
        if clause.dep_ != "advcl" or clause.i > token.i or clause.tag_ not in ("VBN", "VBD", "VBG"):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
        if subject is not None and subject.i + 1 < len(subject.doc) and subject.doc[subject.i + 1].text == ",":
            return subject
    return None


def what_was_said(token: Token) -> bool:
    """ "Here is what leaders and officials said:", "What world leaders said about the tsunami": a
    free relative that names the statements a list or heading goes on to give, not an act the
    sentence reports. Not "That was what Wahl said when she resigned" (the claim told before), nor
    "what the company called its 'final' offer" or "what analysts described as tactics" (namings)."""
    heading = any(c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "what" for d in c.children)
                  for c in token.children)  # the parser's reading of "What X said" as a title
    fronted = any(c.dep_ == "dobj" and c.lower_ == "what" and c.i < token.i for c in token.children)
    presented = token.head.lemma_ == "be" and any(c.lower_ in ("here", "below") for c in token.head.children)
    return heading or (fronted and presented) or _asks_what_was_said(token) or _section_label(token)


def _section_label(token: Token) -> bool:
    """ "THE COMPANY SAYS: A spokesperson told the Gazette ...": a capitalised label opening a
    paragraph of a bulletin or explainer, ending in a colon, which names whose side the paragraph
    gives when the paragraph's own acts report it."""
    doc = token.doc
    after = token.i + 1
    if not token.text.isupper() or after >= len(doc) or doc[after].text != ":":
        return False
    start, end = token.i, after
    while start > 0 and not doc[start - 1].is_space and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    while end < len(doc) and not doc[end].is_space and "\n" not in doc[end].whitespace_:
        end += 1
    label = [t for t in doc[start:after] if t.is_alpha]
    return len(label) >= 2 and all(t.text.isupper() for t in label) \
        and any(verb_cue(t) is not None for t in doc[after:end + 1])


def _asks_what_was_said(token: Token) -> bool:
    """ "WHAT ARE OFFICIALS SAYING?", "What did the minister say?": the writer's question, a heading
    over the answer, not an act."""
    sent = token.sent
    written = [t for t in sent if not t.is_space]
    return token.i == sent.root.i and len(written) > 1 and written[0].lower_ in ("what", "who", "why", "how") \
        and written[-1].text == "?"


def interposed(clause: Token) -> bool:
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
    if prep.lower_ == "without" and verb.dep_ == "ccomp" and verb_cue(verb.head) is not None \
            and prep.i > 0 and prep.doc[prep.i - 1].text == ",":
        verb = verb.head  # "the WFP said two trucks had been hit, without saying who had fired": the WFP
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj if subj.lower_ not in RELATIVE_PRONOUNS else (verb.head if verb.dep_ == "relcl" else None)
        if verb.dep_ not in ("conj", "xcomp") or verb.head == verb:
            return None
        verb = verb.head
    return None


def _issues(verb: Token) -> bool:
    """A verb by which its subject puts out a document (issuing_verbs.tsv): "issued a statement",
    "read a statement", "put out a statement"; not "disputed posts", "cited a report"."""
    return verb.lemma_.lower() in ISSUING_VERBS


def _aside_as(verb: Token) -> bool:
    """ "..., as the Yes side has claimed, calling the figure invented", "owed far less than Eskom
    claimed, putting the debt at R298 million": an aside on what another said, or a comparison
    with it, which a participle after it does not go on with."""
    return any(c.dep_ == "mark" and c.lower_ in ("as", "than") for c in verb.children)


def nearer_act(token: Token) -> Token | None:
    """ "X said ..., while Nowicka rejected that view, saying ...": the parser hangs the participle on
    the main verb; a reporting act of another subject ending right before it (an adverbial or
    coordinated clause) is the one it goes on with."""
    doc, head = token.doc, token.head
    if token.i < 2 or doc[token.i - 1].text != ",":
        return None
    before = doc[token.i - 2]
    if head.i > token.i and before.pos_ == "VERB" and verb_cue(before) is not None \
            and any(c.dep_ == "nsubj" for c in before.children):
        return before  # '"...," Sanders said, going on to say that ...': hung on a verb of the quotation after it
    for v in doc[head.i + 1 : token.i - 1]:
        if v.dep_ in ("advcl", "conj") and v.head == head and v.pos_ == "VERB" and v.right_edge.i == token.i - 2 \
                and verb_cue(v) is not None and any(c.dep_ == "nsubj" for c in v.children) and not _aside_as(v):
            return v
        # "asked for a recount, which Ms Parkinson refused, saying ...": an aside's own act, its
        # subject named (not the relative pronoun), is the one the participle goes on with
        if v.dep_ == "relcl" and v.right_edge.i == token.i - 2 and verb_cue(v) is not None \
                and any(a.i == head.i for a in v.ancestors) and any(
                    c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in v.children):
            return v
    return None


def name_ending_fronted_phrase(token: Token) -> Token | None:
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
    # (after a sentence adverb: "Earlier, on March 9, Chairman of the provincial People's Committee
    # Hoang Van Tuan told the press")
    opener = next((c for c in token.children if c.dep_ == "prep" and c.i < name.i and all(
        t.is_punct or (t.dep_ == "advmod" and t.head.i == token.i) for t in token.doc[token.sent.start : c.i])), None)
    if opener is None or name.i not in {t.i for t in opener.subtree}:
        return None
    return name


def _says_something(token: Token) -> bool:
    """An act with what it reports beside it: a clause, an object, an infinitive, or the object its
    cue row asks for ("called for an inquiry"); not "dismissed for gross misconduct"."""
    row = verb_cue(token)
    return any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in token.children) or (
        row is not None and any(i and not i.startswith("!") for i in row.get("object", "").split("|")))


def _reports_words(verb: Token) -> bool:
    """A cue that reports what was said, a clause or a quotation ("said ..., citing a shortage"), or
    a refusal, not one that reports a figure changed ("cut its forecast, citing weaker demand": the
    reason given is a statement of its own)."""
    if verb_cue(verb) is None:
        return False
    if is_negated(verb) or verb.lemma_.lower() in DECLINING:
        return True  # "would not confirm the move, citing patient confidentiality": the refusal's reason
    return not (any(c.dep_ == "dobj" for c in verb.children)
                and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children))


def _on_an_object(clause: Token) -> bool:
    """A relative clause on what another clause acts on ("paid an architect who said ...")."""
    return clause.dep_ == "relcl" and clause.head.dep_ in ("dobj", "pobj", "dative")


def _passive_shared(token: Token) -> bool:
    """A bare coordinated verb, with nothing of its own but adverbs, after a passive one ("had been
    deactivated and never told why"): it shares the passive, so the shared subject is the one told,
    not a teller (not "was arrested and said he was innocent", nor "... and called for an inquiry")."""
    head = token.head
    return token.dep_ == "conj" and token.i > head.i and any(c.dep_ == "auxpass" for c in head.children) \
        and all(c.dep_ in ("neg", "advmod", "punct", "cc", "npadvmod") for c in token.children)


def _first_of_two_acts(token: Token) -> Token | None:
    """The subject of the first of two acts joined by a comma alone (first_of_two_acts), if it
    opens the sentence and names a source."""
    first = first_of_two_acts(token)
    subject = next((c for c in first.children if c.dep_ == "nsubj" and c.i < first.i), None) if first else None
    return subject if subject is not None and subject.left_edge.i == token.sent.start and is_source(subject) else None


def _named_before_role(clause: Token) -> Token | None:
    """ "Renata Ilori, founder of the fans' group Fair Seat, who testified": the parser hangs the set-off
    "who" clause on the last noun of the role's of-phrase, but who testified is the person named, not
    the body the role belongs to."""
    role = set_off_who_head(clause)
    if role is None or role.i == clause.head.i or role.dep_ != "appos" or role.head.pos_ != "PROPN" \
            or (role.lemma_.lower() not in APPOSITION_PERSON_ROLES and role.head.ent_type_ != "PERSON"):
        return None  # (any description of a person named: "Naseem Bano, a schoolteacher in X, who said")
    return role.head


def _person_of_body(clause: Token, pronoun: Token) -> Token | None:
    """ "Kerensa Trevail of Westwind Weather, who had told clients ...": the parser hangs the "who"
    clause on the body of the person's of-phrase, but "who" stands for a person, the one named."""
    body = clause.head
    if pronoun.lower_ != "who" or body.dep_ != "pobj" or body.head.lower_ != "of" or body.ent_type_ == "PERSON":
        return None
    person = body.head.head
    return person if person.ent_type_ == "PERSON" else None


def _named_before_description(clause: Token, pronoun: Token) -> Token | None:
    """ "Conflict Monitor Africa, a research group that tracks political violence, which counted ...":
    the parser hangs a set-off "which" clause on the last noun of the description, but it stands for
    the body named before the description."""
    if pronoun.lower_ != "which" or pronoun.i == 0 or clause.doc[pronoun.i - 1].text != ",":
        return None
    node = clause.head
    while node.dep_ in ("pobj", "prep", "dobj", "relcl", "acl", "compound") and node.head.i != node.i:
        node = node.head
    described = node.dep_ == "appos" and node.pos_ == "NOUN" and node.i != clause.head.i  # a description's own noun
    return node.head if described and node.head.pos_ == "PROPN" and node.head.i < node.i else None


def _noun_before_misplaced_relative(clause: Token, pronoun: Token) -> Token | None:
    """ "they turned to the Chicago Police Department which reported ...", "called the ministry, which
    said ...": the parser may hang the relative clause on the verb (or read it as an adverbial); the
    pronoun still stands for the noun it follows."""
    if clause.dep_ == "relcl" and clause.head.pos_ not in ("VERB", "AUX"):
        return None
    if clause.dep_ not in ("relcl", "advcl") or pronoun.i == clause.sent.start:
        return None
    return noun_before_relative(pronoun)


def noun_before_relative(pronoun: Token) -> Token | None:
    """The noun a relative pronoun follows, past a comma ("the ministry, which ...", "the Inspectorate
    of Government, whose report ..."): the head of its name, not a date."""
    if pronoun.i == pronoun.sent.start:
        return None
    before = pronoun.doc[pronoun.i - 1]
    if before.text == "," and before.i > pronoun.sent.start:
        before = pronoun.doc[before.i - 1]
    while before.dep_ == "pobj" and before.head.lower_ == "of" and before.head.head.pos_ == "PROPN" \
            and before.ent_iob_ == "I":
        before = before.head.head  # "the Inspectorate of Government": the name's head
    while before.dep_ in ("compound", "flat") and before.head.i > before.i:
        before = before.head
    return before if before.pos_ in ("NOUN", "PROPN") and before.ent_type_ not in ("DATE", "TIME") else None


def _relative_antecedent(head: Token) -> Token:
    """ "in a letter dated January 12, which described ...": a date the parser hung a relative
    clause on is no antecedent; the noun the date belongs to is."""
    if head.ent_type_ not in ("DATE", "TIME"):
        return head
    for above in head.ancestors:
        if above.pos_ in ("NOUN", "PROPN") and above.ent_type_ not in ("DATE", "TIME"):
            return above
    return head


def _subject_after_fronted_participle(token: Token) -> Token | None:
    """ "Asked whether she would take PAC money, her campaign manager, Grant Abernathy, did not rule
    it out", "Opening the hearing, Clare Whitfield KC, for the US, said": the parser may make the
    opening participle the root and leave the act subjectless; the name just before the act's comma
    (or before a phrase set off there) is its subject."""
    doc = token.doc
    start = token.sent.start
    fronted = doc[start].tag_ in ("VBN", "VBG") and (  # the act hung on the participle, or the participle on the act
        (token.head.i == start and token.dep_ in ("ccomp", "conj", "advcl"))
        or (doc[start].head.i == token.i and doc[start].dep_ in ("csubj", "advcl")))
    if not fronted or token.i == start or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children):
        return None
    first = min([token.i, *(c.i for c in token.children if c.dep_ in ("aux", "neg", "advmod") and c.i < token.i)])
    if first < 2 or doc[first - 1].text != ",":
        return None
    aside = next((i for i in range(first - 2, max(start, first - 8), -1) if doc[i].text == ","), None)
    if aside is not None and doc[aside + 1].pos_ == "ADP":
        first = aside + 1  # "Clare Whitfield KC, for the US, said": a phrase set off before the act
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


def _phrase_after_quotation(token: Token) -> Token | None:
    """ '"... we cannot rule out larger explosions," the institute's director, Dr. Mateo Andrade, told a
    news conference': the parser may take the phrase after the closing mark for the object of the
    quotation's last verb and leave the act subjectless; that phrase, with no verb of its own, is
    the speaker (the name in apposition, when it has one)."""
    doc = token.doc
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children):
        return None
    close = next((t.i for t in reversed(doc[token.sent.start : token.i]) if t.is_quote), None)
    if close is None or close == token.sent.start or doc[close - 1].text not in (",", "?", "!"):
        return None
    phrase = [t for t in doc[close + 1 : token.i] if not t.is_punct]
    if not phrase or any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return None
    inside = {t.i for t in phrase}
    roots = [t for t in phrase if t.head.i not in inside or t.head is t]
    named = [t for t in phrase if t.dep_ == "appos" and t.head.i in inside]
    chosen = named[-1] if named else roots[0] if len(roots) == 1 else None
    return chosen if chosen is not None and chosen.pos_ in ("PROPN", "NOUN") else None


def _past_vocative(subj: Token, verb: Token) -> Token:
    """ "Stefan, the Rapid Support Forces say ...": a single name addressed before the sentence, which
    the parser took for the subject with the real one in apposition; the verb's plural form
    ("say", not "says") agrees with the apposition, not with the name, and a body in apposition
    to a person's name ("Jenna, the dockworkers' union says") cannot be that person. So is a place
    after a preposition the parser left without its object."""
    if subj.tag_ != "NNP" or subj.i != subj.left_edge.i:
        return subj
    before = subj.doc[subj.i - 1] if subj.i > 0 else None
    if before is not None and before.pos_ == "ADP" and before.head.i == verb.i and not list(before.children):
        # "In Bucharest, the daily Gazeta de Est called ...": a place fronted by a preposition the
        # parser left empty, with the real subject in apposition
        return next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i), subj)
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


def _none_such(noun: Token) -> bool:
    """ "knew of no credible study showing ...", "No official has said ...": a source the sentence
    says there is none of."""
    dets = [c for c in noun.children if c.dep_ == "det"]
    if noun.pos_ != "NOUN" or len(dets) != 1 or dets[0].lower_ != "no":
        return False
    no = dets[0]  # not "A No 10 spokeswoman", "the No committee": names
    after = noun.doc[no.i + 1] if no.i + 1 < len(noun.doc) else None
    return (no.text == "no" or no.i == no.sent.start) and not (after is not None and after.like_num)


def _past_fronted_place(subj: Token) -> Token:
    """ "Outside court, Whitehorse's mother, Donna Whitehorse, said": a place opening the sentence
    (place_prepositions.tsv), its preposition read as an adjective and the place as the subject; the
    speaker is the apposition after the comma."""
    first = subj.left_edge
    if first.i != subj.sent.start or first.lower_ not in word_set("place_prepositions", "word") \
            or first.dep_ not in ("amod", "advmod", "compound"):
        return subj
    appositions = [c for c in subj.children if c.dep_ == "appos" and c.i > subj.i]
    # "Outside court, one of the victims, Joan Petrakis, said": the name, not the description before it
    return next((c for c in appositions if c.pos_ == "PROPN"), appositions[0] if appositions else subj)


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


def _perfect_participle(token: Token) -> bool:
    """ "..., having noted that tariffs will be set by the government": a participle of the act
    before, as "noting that" is."""
    return token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having" for c in token.children)

