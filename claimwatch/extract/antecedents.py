"""Antecedents: who the source phrase of an act refers to.

"He said", "the ministry said", "One of them said", "those close to him say", "a spokesman said"
name their speaker only through the text before them. These functions resolve such phrases
against the speakers and named subjects read so far (`coreference.Coreference`), in text order;
`statements.py` calls `source_speaker` once per act.
"""
from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Span, Token

from .coreference import Coreference
from .lexicon import column_groups, word_set
from .holder_words import could_be_source, doc_ents, doc_text, doc_tokens
from .parties import QUANTIFIERS
from .quotes import headline_line, on_headline
from .reported import Cue, author_of_document
from .source_marks import DOCUMENT_NOUNS, is_frontmatter
from .speakers import (
    ANAPHORIC_KINDS, FIRST_PERSON, ORG_ROLES, PERSON_PRONOUNS, PERSON_ROLES, PLURAL_PRONOUNS, SOURCE_NOUNS, THING_PRONOUNS,
    Speaker, describe, entity_at, full_person_name, given_name_pronoun, person_names,
    phrase_text, phrase_tokens, role_appositions, titles,
)
from .stance import cue_table, in_reported_clause, verb_cue

PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS
SPOKES = {"spokesman", "spokeswoman", "spokesperson"}
UNNAMED_GROUPS = {"many", "some", "others"}  # a quantifier that names its speakers with no antecedent


def _para_start(head: Token) -> int:
    """Character offset where the paragraph holding `head` begins."""
    i = head.i
    while i > 0 and "\n" not in head.doc[i - 1].text_with_ws:
        i -= 1
    return head.doc[i].idx


def _document_spoke_before(pronoun: Token) -> bool:
    """Whether the sentence before is a definite document's act ("the statement said"), which a
    sentence-opening "It" goes on with."""
    sent = pronoun.sent
    if sent.start == 0 or pronoun.i != sent.start:
        return False
    before = pronoun.doc[sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in DOCUMENT_NOUNS and verb_cue(before.root) is not None \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)


def _role_set_beside(head: Token) -> Token | None:
    """ "Another, a recruiter,", "One, a nurse at the clinic,", "Another, Joana Pires,": a word that
    only counts or points, with the role or name that says who it is set beside it."""
    if head.pos_ not in ("DET", "PRON", "NUM") and head.lower_ not in QUANTIFIERS:
        return None
    return next((c for c in head.children if c.dep_ == "appos" and could_be_source(c) and (
        c.pos_ == "NOUN" or (c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "")))), None)


def _honorific_with_name(head: Token, coref: Coreference) -> Speaker | None:
    """ "His Excellency Sheikh Hamad Al Rawahi, Undersecretary of ...": a style of address
    (honorifics.tsv) with a name in apposition is that name; with a role ("His Excellency the
    Undersecretary"), the last speaker the text gave that role."""
    if head.lower_ not in word_set("honorifics", "word"):
        return None
    named = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > head.i), None)
    if named is None:
        return None
    if named.lemma_.lower() not in PERSON_ROLES:
        return describe([t for t in named.subtree if t.i <= named.i and not t.is_punct], named)
    titled = coref.titled(named.lower_, head.idx, doc_text(head.doc))
    return dataclasses.replace(titled, start=head.idx, end=named.idx + len(named)) if titled is not None else None


def _honorific_pronoun(head: Token) -> str | None:
    """ "His Excellency stressed ...": a style of address (honorifics.tsv) opened by a possessive
    pronoun and nothing else stands for the person named before, as "he" would."""
    if head.lower_ not in word_set("honorifics", "word"):
        return None
    owners = [c for c in head.children if c.i < head.i]
    if len(owners) != 1 or owners[0].dep_ != "poss" or owners[0].lower_ not in ("his", "her") \
            or any(c.dep_ in ("appos", "compound", "prep") for c in head.children if c.i > head.i):
        return None
    return "he" if owners[0].lower_ == "his" else "she"


def source_speaker(doc: Doc, cue: Cue, coref: Coreference, previous: Speaker | None) -> Speaker | None:
    """Who performs the act `cue` reports, read from its source phrase and the text so far: a fixed
    speaker, the last one for a continuation, a group described or partitive, a pronoun's or a role
    description's antecedent, a spokesperson's body, else the phrase itself."""
    if cue.fixed_speaker is not None:
        return cue.fixed_speaker
    if cue.continues:
        return previous if previous is not None and cue.span[0] - previous.end < 1500 else None
    head = cue.source_head
    if head is None:
        return None
    source = cue.source
    antecedent = _relative_antecedent(head)
    if antecedent is not None:  # "a review by Marlow Grey that he said had warned ...": the review's
        head, source = author_of_document(antecedent), None
    role = _role_set_beside(head)
    if role is not None:  # "Another, a recruiter, said": the role (or the name) is who speaks
        return describe(phrase_tokens(role), role)
    described_by = ("acl", "relcl", "amod", "prep") if head.lower_ == "those" else ("acl", "relcl")
    if (head.lower_ in QUANTIFIERS or head.pos_ == "PRON") and any(c.dep_ in described_by for c in head.children) \
            and head.lower_ not in FIRST_PERSON:
        # "those surveyed say", "those who back her say", "those close to him say", "those in the
        # room said": a group described, not one mentioned before
        return _described_group(head, described_by)
    members_of = _relative_partitive(head) or _pronoun_partitive(head, coref) or _one_of_group(head, coref)
    if members_of is not None:
        return members_of
    if head.lower_ == "one" and not any(True for _ in head.children):
        return None  # a bare "One" of no group that spoke just before
    if head.lower_ in QUANTIFIERS and not any(c.dep_ == "prep" for c in head.children):
        # "Many said ...": some of the people just mentioned; "Residents described ... Others said":
        # others of the group that spoke just before in the paragraph
        found = _plural_speaker(coref, head) or _plural_antecedent(head, sources_only=True)
        if found is None and head.lower_ in UNNAMED_GROUPS:
            # "Others argue that ...", "Some say ...": unnamed people speak, as "critics" do
            return Speaker(head.text, "group", head.idx, head.idx + len(head), plural=True)
        return dataclasses.replace(found, start=head.idx, end=head.idx + len(head)) if found else None
    if head.text.isupper() and len(head.text) > 1 and head.lower_ in ("who", "it", "us"):
        # "..., WHO says": the acronym of a body the tagger read as a pronoun
        return Speaker(head.text, "org", head.idx, head.idx + len(head))
    addressed = _honorific_with_name(head, coref)
    if addressed is not None:
        return addressed
    honorific = _honorific_pronoun(head)
    if head.pos_ == "PRON" or head.lower_ in PRONOUNS or honorific:
        word = honorific or head.lower_
        if word in FIRST_PERSON:
            return None
        found = _plural_antecedent(head) if word in PLURAL_PRONOUNS else None
        if word == "it" and previous is not None and _document_spoke_before(head):
            found = previous  # '"No civilian target was struck," the statement said. It said ...'
        found = found or _subject_of_coordinate_act(doc, cue, head, previous)
        found = found or _subject_of_host_clause(cue, head, coref)
        found = found or _subject_of_fronted_claim(doc, cue, head, coref)
        found = found or coref.resolve(word, head, before=_before_what_was_said(cue, head))
        found = found or _subject_of_fronted_claim(doc, cue, head, coref, new_body=True)
        if found is None and word == "they" and previous is not None and previous.kind in ("org", "group") \
                and _para_start(head) <= previous.start:
            found = previous  # "Gardai say a quantity of medicines was taken. They have not said ...": the body
        if found is None:
            return None
        return dataclasses.replace(found, start=head.idx, end=head.idx + len(head))
    tokens = source or phrase_tokens(head)
    same_office = _owners_office_again(tokens, head, coref) or _persons_agent(tokens, head, coref)
    if same_office is not None:
        return same_office
    if role_appositions(head) and head.lemma_.lower() in PERSON_ROLES:
        # "the shadow minister, Jo Bell, said": named right there
        return _body_of_its(describe(tokens, head), tokens, coref)
    if len(tokens) <= 2 and tokens[0].lower_ in ("a", "an", head.lower_) and head.lemma_.lower() in SPOKES:
        org = coref.last_org(before=head.idx, after=_para_start(head))
        if org is not None:  # "..., a spokesman said": speaks for the body just named
            return Speaker(f"{org.name} {head.text}", "person", tokens[0].idx, head.idx + len(head),
                           org.name, org.country)
    qualified = _spokesperson_of_named_body(tokens, head, coref) or _spokesperson_of_described_body(head, coref)
    if qualified is not None:
        return qualified
    described = None
    # "the minister", "Australia's deputy prime minister" -> Deputy Prime Minister Ann Lee; a
    # country naming whose minister it is does not make the title a name
    names = [t for t in tokens if t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP") and not _title_acronym(t)]
    if not names and not any(c.dep_ == "appos" for c in head.children):
        described = _titled_person(doc, tokens, head)
        if described is None and len(tokens) == 2 and tokens[0].lower_ == "the" and head.lemma_.lower() in PERSON_ROLES:
            # "The Undersecretary also revealed", after "Sheikh Hamad Al Rawahi, Undersecretary of ...,
            # affirmed": the last speaker the text gave that role, the model having tagged no title
            described = coref.titled(head.lower_, tokens[0].idx, doc_text(doc))
        described = _unnamed_holder_since(coref, tokens, head, described) or described
    if described is None:
        described = coref.resolve_description(tokens, head)
        if described is not None and head.lemma_.lower() in ANAPHORIC_KINDS:
            # remember what the body was called ("the regulator"), for later "the agency"s
            described = dataclasses.replace(described, kinds=described.kinds | {head.lemma_.lower()})
    if described is not None:
        return dataclasses.replace(described, start=tokens[0].idx, end=tokens[-1].idx + len(tokens[-1]))
    return _body_of_its(coref.as_known(describe(tokens, head)), tokens, coref)


def _owners_office_again(tokens: list[Token], head: Token, coref: Coreference) -> Speaker | None:
    """ "..., a claim Tarrant's office did not dispute. ¶ His office said ...": an office, lawyer or
    spokesperson named only by a possessive pronoun is the one of that kind that spoke last under
    its owner's name, when one did (not a guess at whom "his" means)."""
    if len(tokens) != 2 or tokens[0].tag_ != "PRP$" or tokens[0].lower_ not in ("his", "her", "its", "their") \
            or head.i != tokens[1].i or head.pos_ != "NOUN":
        return None
    ending = f"'s {head.lower_}"
    last = next((s for s in reversed(coref.speakers) if s.start < tokens[0].idx), None)
    if last is None or not last.name.replace("’", "'").lower().endswith(ending):
        return None
    return dataclasses.replace(last, start=tokens[0].idx, end=head.idx + len(head))


def _persons_agent(tokens: list[Token], head: Token, coref: Coreference) -> Speaker | None:
    """ "Her spokesperson referred questions ...", "the sheriff's office says ...", "his lawyers said":
    one who speaks for a person (speaking_agents.tsv), named for the person the possessor points back
    at ("Joan Whitfield's spokesperson"); not "their" or a body's ("the company's lawyer")."""
    if head.lemma_.lower() not in word_set("speaking_agents", "lemma") or len(tokens) > 4:
        return None
    owner = next((t for t in tokens if t.dep_ == "poss" and t.head.i == head.i), None)
    if role_appositions(head) or any(c.dep_ == "appos" for c in head.children):
        return None  # "Her lawyer, Thomas Berge, said": named right there
    if owner is None or any(t.i > owner.i and t.i != head.i and t.lower_ not in ("'s", "’s") for t in tokens):
        return None
    if owner.lower_ in ("his", "her"):
        person = coref.resolve("he" if owner.lower_ == "his" else "she", owner, before=owner.idx)
        person = person if person is not None and _named_just_before(person, owner) else None
    elif owner.pos_ == "NOUN" and owner.lemma_.lower() in PERSON_ROLES and tokens[0].lower_ == "the":
        person = coref.titled(owner.lower_, owner.idx, doc_text(owner.doc))
    else:
        return None
    if person is None or person.kind != "person" or person.plural:
        return None
    return Speaker(f"{person.name}'s {head.text}", "person", tokens[0].idx, head.idx + len(head),
                   person.org, person.country)


def _named_just_before(person: Speaker, owner: Token) -> bool:
    """Whether the person's family name is in the sentence before the possessor or in its own
    sentence before it: the one a possessive most surely points back at ("... Joan Whitfield ...
    would not say. Her spokesperson referred ..."), not a speaker further back when someone else
    was named in between."""
    sent = owner.sent
    previous = owner.doc[sent.start - 1].sent if sent.start > 0 else None
    start = previous.start_char if previous is not None else sent.start_char
    surname = person.name.split()[-1] if person.name.split() else ""
    return bool(surname) and surname in doc_text(owner.doc)[start:owner.idx]


def _relative_antecedent(word: Token) -> Token | None:
    """The noun a relative pronoun subject stands for, through the relative clause it sits in, however
    deep ("a review ... that he said had warned": "that" is the review); the tagger may tag "that" IN."""
    if word.lower_ not in ("that", "which", "who") or word.dep_ not in ("nsubj", "nsubjpass") \
            or word.tag_ not in ("WDT", "WP", "IN"):
        return None
    relative = next((a for a in word.ancestors if a.dep_ == "relcl"), None)
    if relative is None or relative.head.pos_ not in ("NOUN", "PROPN") or relative.head.i > word.i:
        return None
    return relative.head


def _before_what_was_said(cue: Cue, pronoun: Token) -> int:
    """Where the pronoun's antecedent must end. "Voicu's cabinet will stay on until a new government is
    sworn in, it said": not inside what the act reports, told before its source. "Asked whether the
    Sharks should be stripped of the title, he said ...": not inside the question put, which
    question_openers.tsv opens; the one answering was named before it."""
    before = pronoun.idx
    if cue.content_span and cue.content_span[1] <= pronoun.idx:
        before = min(before, cue.content_span[0])
    first = pronoun.sent[0]
    if first.lower_ in word_set("question_openers", "word") and first.tag_ == "VBN" and first.i < pronoun.i:
        before = min(before, first.idx)
    return before


def _body_of_its(speaker: Speaker, tokens: list[Token], coref: Coreference) -> Speaker:
    """ "Its chief executive, Fiona Galbraith, said": a person whose role is "its" speaks for the
    body "it" points back to."""
    its = next((t for t in tokens if t.lower_ == "its" and t.tag_ == "PRP$"), None)
    if speaker.kind != "person" or speaker.org or its is None:
        return speaker
    body = coref.resolve("it", its, before=its.idx)
    return dataclasses.replace(speaker, org=body.name, country=speaker.country or body.country) if body else speaker


def _subject_of_coordinate_act(doc: Doc, cue: Cue, pronoun: Token, previous: Speaker | None) -> Speaker | None:
    """ "The firm said it had moderate confidence that the group ..., but it declined to attribute it":
    the pronoun subject of a clause joined to a reporting verb is that verb's speaker, not the last
    body named inside what it said."""
    if previous is None or cue.token_i is None:
        return None
    act = doc[cue.token_i]
    joined = act.head if act.dep_ == "conj" else None
    if joined is None or verb_cue(joined) is None or not any(c.dep_ == "cc" for c in [*act.children, *joined.children]):
        return None
    if previous.end > joined.idx:
        return None  # the speaker of the joined verb comes before it
    wanted = "org" if pronoun.lower_ in THING_PRONOUNS else "person" if pronoun.lower_ in PERSON_PRONOUNS else None
    return previous if wanted is None or previous.kind == wanted else None


def _subject_of_host_clause(cue: Cue, pronoun: Token, coref: Coreference) -> Speaker | None:
    """ "The consumer watchdog ordered the recall of cars fitted with inflators that it said could
    rupture", "a day after a union published what it said was a list": "it" in a clause inside
    another whose subject is a body is that body, not the last one the text quoted."""
    if cue.token_i is None or pronoun.lower_ != "it":
        return None
    clause = pronoun.doc[cue.token_i]
    if clause.dep_ not in ("relcl", "acl", "advcl", "ccomp", "conj"):
        return None
    hosts = (next((c for c in a.children if c.dep_ == "nsubj"), None) for a in clause.ancestors if a.pos_ in ("VERB", "AUX"))
    # the nearest clause around it with a subject other than the pronoun ("The executive said it could
    # not comment but confirmed that ...": "confirmed" shares the "it" of "comment", the executive)
    subject = next((c for c in hosts if c is not None and c.i != pronoun.i), None)
    if subject is None or subject.i > pronoun.i or subject.tag_ not in ("NN", "NNP") or subject.ent_type_ == "PERSON":
        return None
    if subject.pos_ == "NOUN" and subject.lemma_.lower() not in ANAPHORIC_KINDS | ORG_ROLES:
        return None  # "the plan, which it said ...": a thing, not a body
    tokens = phrase_tokens(subject)
    found = coref.resolve_description(tokens, subject) if subject.pos_ == "NOUN" else None
    found = found or describe(tokens, subject)
    if subject.ent_type_ == "ORG" and subject.pos_ == "PROPN" and given_name_pronoun(found.name) is None:
        # a body by its name, however the name reads ("the Health and Safety Executive": an "and",
        # and a last word that is also a person's role)
        return dataclasses.replace(found, kind="org", plural=False)
    return found if found.kind == "org" and not found.plural else None


def _subject_of_fronted_claim(doc: Doc, cue: Cue, pronoun: Token, coref: Coreference,
                              new_body: bool = False) -> Speaker | None:
    """ "The company now expects a margin of 1% to 3%, it said": "it" is the body the claim before
    it is about, when that claim's subject names a body or describes one named before (or, with
    `new_body`, when no earlier body fits the pronoun, one described there)."""
    if cue.token_i is None or pronoun.lower_ not in THING_PRONOUNS:
        return None
    act = doc[cue.token_i]
    claim = next((c for c in act.children if c.dep_ == "ccomp" and c.i < pronoun.i), None)
    if claim is None:
        return _topic_of_headline(doc, act, pronoun)
    subject = next((c for c in claim.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    if subject.pos_ == "NOUN" and not new_body:
        return coref.resolve_description(phrase_tokens(subject), subject)  # "the company": one named before
    # "Kessel expects ..., it said": the body named; with nothing earlier to point back to, the one described
    found = describe(phrase_tokens(subject), subject)
    if found.kind != "org" and subject.pos_ == "PROPN" and on_headline(pronoun):
        return dataclasses.replace(found, kind="org")  # "Kessel to cut 300 jobs, it says": "it" says a body
    return found if found.kind == "org" else None


def _topic_of_headline(doc: Doc, act: Token, pronoun: Token) -> Speaker | None:
    """ "Redgum 'not aware' of any reason for share surge, it tells ASX": in a headline's verbless
    claim before the act, the name that opens it is what "it" stands for (a body: "it")."""
    if not on_headline(pronoun):
        return None
    opening = doc[headline_line(doc).start]
    if opening.pos_ != "PROPN" or opening.head != act or opening.dep_ not in ("advcl", "dep", "npadvmod", "nsubj"):
        return None
    name = [opening, *(t for t in opening.rights if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN")]
    return dataclasses.replace(describe(name, opening), kind="org")  # "it" says a body


def _spokesperson_of_named_body(tokens: list[Token], head: Token, coref: Coreference) -> Speaker | None:
    """ "A Defence spokesman" after "the Defence Department" was named: "Defence Department
    spokesman", a name that says which body the spokesman speaks for."""
    if head.lemma_.lower() not in SPOKES:
        return None
    words = [t for t in tokens if t.i < head.i and t.dep_ == "compound"]
    if len(words) != 1 or len(tokens) > 3:
        return None
    word = words[0].lower_  # "A Defence spokesman"; "A force spokeswoman" for "... Police" (description_words.tsv)
    wanted = {word, *column_groups("description_words", "word", "name_word").get(word, ())}
    body = next((s for s in reversed(coref.mentions) if s.kind == "org" and s.start < tokens[0].idx
                 and wanted & set(s.name.lower().split()) and len(s.name.split()) > 1), None)
    if body is None:
        return None
    return Speaker(f"{body.name} {head.text}", "person", tokens[0].idx, head.idx + len(head), body.name, body.country)


def _spokesperson_of_described_body(head: Token, coref: Coreference) -> Speaker | None:
    """ "A spokeswoman for the force said" after "Dunmore Police said": the body the description
    points back to, named ("Dunmore Police spokeswoman")."""
    if head.lemma_.lower() not in SPOKES:
        return None
    body = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "for"
                 for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
    if body is None:
        return None
    found = coref.resolve_description(phrase_tokens(body), body, strict=True)
    if found is not None and found.kind == "person" and found.org:  # the body's spokeswoman spoke already
        found = Speaker(found.org, "org", found.start, found.end, found.org, found.country)
    if found is None or found.kind != "org":
        return None
    start = min(t.idx for t in head.subtree)
    return Speaker(f"{found.name} {head.text}", "person", start, body.idx + len(body), found.name, found.country)


def _titled_person(doc: Doc, tokens: list[Token], head: Token) -> Speaker | None:
    """ "the transport secretary" -> "Transport Secretary Rachel Dunmore" named elsewhere in
    the text: the nearest person whose title holds every word of the description."""
    words = {f"({t.lower_})" if _title_acronym(t) else t.lower_ for t in tokens
             if t.pos_ in ("NOUN", "ADJ", "PROPN") and t.dep_ != "det"
             and not (t.dep_ == "poss" and t.ent_type_ in ("GPE", "NORP"))}  # "Australia's"
    if not words or (head.lemma_.lower() not in PERSON_ROLES and not _title_acronym(head)):
        return None
    if any(t.dep_ == "poss" and t.lower_ in ("his", "her", "their") for t in tokens):
        return None  # "his lawyer": someone's, not a title the text gave a name
    if tokens[0].lower_ in ("a", "an") and head.lemma_.lower() in SPOKES:
        return None  # "a spokesman for Indonesia's foreign ministry": someone new, not the titled one named before
    if tokens[0].lower_ == "another":
        return None  # "Another analyst, who did not wish to be named, said": not the analyst named before
    matches = [(title, ent) for title, ent in _person_titles(doc) if words <= title]
    if len(words) == 1 and len({ent.text for _, ent in matches}) != 1:
        return None  # a bare "the judge" only when one person in the text holds that title
    best, distance = None, None
    for _, ent in matches:
        d = abs(ent.start_char - head.idx) + (0 if ent.start_char < head.idx else 1)
        if distance is None or d < distance:
            best, distance = ent, d
    if best is None:
        return None
    return Speaker(full_person_name(doc, best.text), "person", tokens[0].idx, head.idx + len(head))


def _unnamed_holder_since(coref: Coreference, tokens: list[Token], head: Token,
                          titled: Speaker | None) -> Speaker | None:
    """ "... city spokesperson Alana Frye said ... ¶ A Redbud spokesperson said ... The spokesperson
    would not rule out ...": a bare role points back at the one who last spoke in it, though unnamed,
    rather than at the named holder of the title who spoke before."""
    if titled is None:
        return None
    last = next((s for s in reversed(coref.speakers) if s.start < tokens[0].idx), None)
    named_at = doc_text(head.doc).find(titled.name)  # the titled one's first mention
    titled_last = max((s.start for s in coref.speakers if s.name == titled.name and s.start < tokens[0].idx),
                      default=named_at)
    if last is None or last.name == titled.name or not 0 <= named_at < last.start or last.start < titled_last \
            or not last.name.lower().endswith(" " + head.lower_):
        return None
    return dataclasses.replace(last, start=tokens[0].idx, end=tokens[-1].idx + len(tokens[-1]))


def _title_acronym(token: Token) -> bool:
    """ "the DM", after "District Magistrate (DM) Ritesh Kumar Sinha": an acronym the text gave a
    named person's title."""
    return len(token.text) > 1 and token.text.isupper() and any(
        f"({token.lower_})" in title for title, _ in _person_titles(token.doc))


def _person_titles(doc: Doc) -> list[tuple[set[str], Span]]:
    """Each PERSON entity with the lower-cased title words right before it."""
    cached = doc.user_data.get("claimwatch_person_titles")
    if cached is not None:
        return cached
    out = []
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON":
            continue
        words, i = set(), ent.start - 1
        while i >= 0:
            if i >= 2 and doc[i].text == ")" and doc[i - 2].text == "(" and doc[i - 1].text.isupper():
                words.add(f"({doc[i - 1].lower_})")  # "District Magistrate (DM) Ritesh Kumar Sinha": "the DM" later
                i -= 3
                continue
            if doc[i].dep_ not in ("compound", "amod", "nmod") or doc[i].is_punct:
                break
            words.add(doc[i].lower_)
            i -= 1
        words |= {t.lower_ for t in ent if t.lower_ in _title_words()}
        root = ent.root
        if root.dep_ == "appos" and root.head.lemma_.lower() in PERSON_ROLES and root.head.i < ent.start:
            # "North Kivu's governor, Ambroise Kalume": the role the name stands in apposition to
            words |= {t.lower_ for t in root.head.subtree if t.i < ent.start and t.pos_ in ("NOUN", "ADJ")}
        if words:
            out.append((words, ent))
    doc.user_data["claimwatch_person_titles"] = out
    return out


def _title_words() -> frozenset[str]:
    return titles()


def _one_of_group(head: Token, coref: Coreference) -> Speaker | None:
    """ "Two other players, who asked not to be named, confirmed his account. One said ...": a bare
    "One" is one member of the group that last spoke in the paragraph ("one player"), named by the
    group's words without its count."""
    if head.lower_ != "one" or head.pos_ not in ("NUM", "PRON") or head.dep_ != "nsubj" or any(True for _ in head.children):
        return None
    group = _plural_speaker(coref, head)
    if group is None:
        return None
    span = head.doc.char_span(group.start, group.end, alignment_mode="expand")
    words = [t for t in span if not t.is_punct] if span is not None else []
    while words and (words[0].pos_ in ("NUM", "DET") or words[0].lower_ in QUANTIFIERS | {"other"}):
        words = words[1:]
    if not words or words[-1].pos_ != "NOUN":
        return None
    name = " ".join([*(t.text for t in words[:-1]), words[-1].lemma_.lower()])
    return Speaker(f"one {name}", "person", head.idx, head.idx + len(head), group.org, group.country)


def _plural_speaker(coref: Coreference, head: Token) -> Speaker | None:
    """The group that last spoke in the paragraph of `head` ("Residents ... described the fighting")."""
    start = _para_start(head)
    return next((s for s in reversed(coref.speakers) if (s.plural or s.kind == "group") and start <= s.start < head.idx),
                None)  # "two of the people said": a group, though its head is a number


def _described_group(head: Token, described_by: tuple[str, ...] = ("acl", "relcl", "amod", "prep")) -> Speaker:
    """ "those surveyed", "those close to him", "those left behind": the group its description names."""
    clause = next((c for c in head.children if c.dep_ in described_by), None)
    words = [head, *clause.subtree] if clause is not None and len(list(clause.subtree)) <= 6 else [head]
    words = sorted(words, key=lambda t: t.i)
    return Speaker(phrase_text(words), "group", words[0].idx, words[-1].idx + len(words[-1]), plural=True)


def _relative_partitive(head: Token) -> Speaker | None:
    """ "the families of victims, many of whom say ...": some of the group the relative clause hangs
    on, the noun phrase just before the comma (the model often attaches such a clause elsewhere)."""
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if pobj is None or pobj.lower_ not in ("whom", "which") or head.i < 2 \
            or head.doc[head.i - 1].text != ",":
        return None
    noun = head.doc[head.i - 2]
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head  # "family members of victims": the members speak
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    found = describe(phrase_tokens(noun), noun)
    return dataclasses.replace(found, start=head.idx, end=pobj.idx + len(pobj), plural=True)


def speaks_of_itself(doc: Doc, cue: Cue) -> bool:
    """ "Kvarnby says it has sold two million", "Orvane said it would appeal": a source that reports
    on itself as "it" is a body, whatever the model made of its one-word name."""
    if cue.token_i is None:
        return False
    clauses = [c for c in doc[cue.token_i].children if c.dep_ == "ccomp"]
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "it" and c.i < clause.i
               and not any(g.dep_ == "expl" for g in clause.children)
               for clause in clauses for c in clause.children)


def _pronoun_partitive(head: Token, coref: Coreference) -> Speaker | None:
    """ "One of them said ...", "two of those", "some of them": members of the group that last spoke in
    the paragraph, or of the plural the sentence before named."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.dep_ == "prep":
        head, pron = head.head.head, head  # the source read as the pronoun itself
    else:
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pron = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if pron is None or pron.lower_ not in ("them", "those", "these") or not (
            head.lower_ in QUANTIFIERS or head.pos_ == "NUM" or head.lower_ in ("one", "each", "none")):
        return None
    found = _plural_speaker(coref, head) or _plural_antecedent(pron, sources_only=True)
    return dataclasses.replace(found, start=head.idx, end=pron.idx + len(pron)) if found is not None else None


def _plural_antecedent(pron: Token, sources_only: bool = False) -> Speaker | None:
    """ "They say ...": the last plural noun phrase of the previous sentence. "Others said ...",
    "Many said ...": the last plural that can speak, a source noun or a sentence's subject
    ("Analysts were unconvinced. '...,' said one. Others said ..." - not the "green shoots" of the
    quote), looking back to the paragraph's start."""
    sent = pron.sent
    if not sources_only and pron.dep_ == "nsubj" and pron.head.dep_ not in ("ROOT",):
        # "Those left behind are running out of time - and, they say, out of help": a parenthetical
        # "they say" speaks for the plural subject of its own sentence
        own = next((t for t in sent if t.i < pron.i and t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
                    and (t.tag_ in ("NNS", "NNPS") or t.lower_ == "those")), None)
        if own is not None:
            return _described_group(own) if own.lower_ == "those" else describe(phrase_tokens(own), own)
    if sent.start == 0:
        return None
    plural: list[Token] = []
    start = _para_start(pron)
    while not plural and sent.start > 0:
        prev = pron.doc[sent.start - 1].sent
        plural = [c.root for c in prev.noun_chunks if c.root.tag_ in ("NNS", "NNPS")
                  and c.root.pos_ in ("NOUN", "PROPN")
                  and (sources_only or not in_reported_clause(c.root))  # "Gardai say medicines were taken. They ..."
                  and (not sources_only or c.root.lemma_.lower() in SOURCE_NOUNS
                       or (c.root.dep_ in ("nsubj", "nsubjpass") and c.root.tag_ == "NNS"))]
        # "Sam and Jess Whitfield bought a cottage ... They say": a subject of joined names is plural
        plural += [t for t in prev if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and not sources_only
                   and any(c.dep_ == "cc" and c.lower_ == "and" for c in t.subtree if c.i < t.i or c.head.i == t.i)]
        plural.sort(key=lambda t: t.i)
        if not sources_only or prev.start_char < start:
            break
        sent = prev
    # the subject of the previous sentence if it is plural ("Residents ... were rescued. Many said"),
    # else its last plural noun ("Let's start with the utilities. They say ...")
    root = next((r for r in plural if r.dep_ in ("nsubj", "nsubjpass")), plural[-1]) if plural else None
    if not sources_only and (root is None or (root.dep_ not in ("nsubj", "nsubjpass") and root.pos_ != "PROPN"
                                              and root.lemma_.lower() not in SOURCE_NOUNS)):
        # "Politifact did a fact-check on the claim of 'thousands of shootings'. They published ...":
        # no plural there can speak, and the body the sentence is about often is "they"
        body = _body_the_sentence_is_about(prev)
        if body is not None:
            return describe(phrase_tokens(body), body)
    return describe(phrase_tokens(root), root) if root is not None else None


def _body_the_sentence_is_about(sent: Span) -> Token | None:
    """The named subject of a sentence's own telling, if it is no person known by a given name."""
    return next((t for t in sent if t.dep_ == "nsubj" and t.pos_ == "PROPN" and not in_reported_clause(t)
                 and given_name_pronoun(phrase_text(phrase_tokens(t))) is None), None)


def subject_mentions(doc: Doc) -> list[Speaker]:
    """Named people and organisations in subject position: antecedents for later pronouns."""
    out = []
    # a surname the model did not tag, of a person it named in full elsewhere ("Shonda Rhimes ...
    # In her speech, Rhimes declared ...: '...,' she said")
    surnames = {n.split()[-1].lower() for n in person_names(doc) if len(n.split()) > 1}
    gendered = {n.split()[-1].lower() for n in person_names(doc) if given_name_pronoun(n)}
    for token in doc_tokens(doc):
        if token.dep_ in ("nsubj", "nsubjpass") and (
                token.ent_type_ in ("PERSON", "ORG") or token.lemma_.lower() in ORG_ROLES
                or (token.pos_ == "PROPN" and token.ent_type_ in ("", "GPE", "LOC") and _surname_ending(token) in surnames)
                # "after the former mayor, Cristian Vasilescu, resigned": a role named right there
                or (token.lemma_.lower() in PERSON_ROLES and role_appositions(token))
                # "Haugland's personal coach, Ola Tveit, was more outspoken": any noun a person's name is set beside
                or (token.pos_ == "NOUN" and any(a.ent_type_ == "PERSON" for a in role_appositions(token)))
                # "Among those affected is nurse Kirra Doyle": a full name the model took for a place
                or (token.pos_ == "PROPN" and token.i > 0 and doc[token.i - 1].pos_ == "PROPN"
                    and given_name_pronoun(f"{doc[token.i - 1].text} {token.text}") is not None)) \
                and not is_frontmatter(token):
            out.append(describe(phrase_tokens(token), token))
        elif _named_in_passing(token) or _met_by_no_person(token, gendered) \
                or (token.dep_ == "poss" and token.lower_ in gendered and token.head.dep_ in ("nsubj", "nsubjpass")):
            # "Hale's bigger worry may be his treatment room. He said ...": the owner the sentence is about
            out.append(describe(phrase_tokens(token), token))
    return sorted(out, key=lambda s: s.start)


def _surname_ending(token: Token) -> str:
    """The surname a proper noun ends, hyphenated ones whole ("Okafor-Lind", split by the tokenizer)."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_ \
            and doc[token.i - 2].pos_ == "PROPN" and not doc[token.i - 2].whitespace_:
        return f"{doc[token.i - 2].lower_}-{token.lower_}"
    return token.lower_


def _named_in_passing(token: Token) -> bool:
    """A person named in full as an owner ("the cliff beneath Derek Mowbray's bungalow gave way"), as
    the doer of a passive, or in a clause fronting the sentence ("When I met Tom Bright in March, he
    was blunt"): a later "he" may mean them. Only full names the model tags as people, so that the
    pronoun's gender can tell them from the speakers around them."""
    if token.ent_type_ != "PERSON":
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.ent_iob_ == "I" and after.dep_ != "case":
        return False  # the last word of the name carries its role in the parse
    entity = entity_at(token)
    if entity is None or len(entity) < 2 or given_name_pronoun(entity.text) is None:
        return False  # a full name with a known given name: not "Harrow Bay's accounts", "Rai Radio 1"
    if token.dep_ == "poss" or (token.dep_ == "pobj" and token.head.dep_ == "agent"
                                and (token.head.head.lemma_.lower(), "VERB") not in cue_table()):
        return True  # or the doer of a passive: "The cafe was started in 2015 by Marieke de Graaf" (not
        # "Asked by the MP Robert Ashdown whether ...": the one asking is not the one who answers)
    clause = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return token.dep_ in ("dobj", "pobj") and clause is not None and clause.dep_ == "advcl" \
        and clause.head.dep_ == "ROOT" and clause.i < clause.head.i \
        and any(c.dep_ == "nsubj" for c in clause.children)


def _met_by_no_person(token: Token, gendered: set[str]) -> bool:
    """The person a main clause acts on when no person does it: "I contacted the managing director,
    Paul Sedley, on Monday. He told me", "We asked Liang whether ... She did not answer". A person as
    the subject keeps the pronoun ("Lee met Paul Sedley. He said" is Lee's). Only a full name with a
    known given name, or the surname of one, so that the pronoun's gender can tell them apart."""
    entity = entity_at(token) if token.ent_type_ == "PERSON" else None
    if entity is None or token.i != entity.end - 1 or not (
            (len(entity) > 1 and given_name_pronoun(entity.text)) or (len(entity) == 1 and token.lower_ in gendered)):
        return False
    clause = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if clause is None or clause.dep_ != "ROOT":
        return False
    role = token.head if token.dep_ == "appos" else token
    if role.dep_ not in ("dobj", "pobj") or (role.dep_ == "pobj" and role.head.head != clause):
        return False
    if role.dep_ == "dobj" and role.head != clause:
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.lower_ in FIRST_PERSON or (s.pos_ != "PRON" and s.ent_type_ != "PERSON"
                                                            and s.lemma_.lower() not in PERSON_ROLES)
                                  for s in subjects)
