"""What a reporting cue says: its content clause read from the parse, with the rules for fronted,
coordinated, tagged-on and misparsed complements, and the character ranges where a time
expression would date the act. `reported.py` finds the cues and their sources.
"""
from __future__ import annotations

import functools

from spacy.tokens import Token

from .lexicon import read_table, word_set
from .source_marks import (
    DASHES, DOCUMENT_NOUNS, body_spoken_in, comma_joined_source, inverted_source, is_frontmatter, is_source,
    name_before_misread_description, noun_before_participle, source_hung_on_content, source_named_after,
    whose_clause_before,
)
from .speakers import RELATIVE_PRONOUNS
from .stance import (
    DECLINING, clause_on_addressee, clause_opened_by, contrast_set_beside, hung_on_the_scene, use_fits, verb_cue,
)

CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "attr", "oprd", "acomp"}
CONTENT_PREPS = {"about", "of", "as", "that"}
# Cues whose subject is evidence rather than a speaker (evidence_verbs.tsv): they report only for a
# document or figures, and then for whoever owns them ("EU figures show", "the survey indicates").
EVIDENCE_VERBS = word_set("evidence_verbs", "lemma")
# Words naming the day of an act: "declined to comment on Wednesday", "... comment yesterday".
DAY_WORDS = frozenset(w.lower().rstrip(".") for w in word_set("weekdays", "word")) | {"yesterday", "today", "tonight"}


def _licensing_preps(row: dict[str, str]) -> frozenset[str]:
    """The prepositions a light cue reports through (cues.tsv `object`, "prep:at" for "put the toll
    at 5,300"): the phrase they open is part of what was said."""
    items = (row.get("object") or "").split("|")
    return frozenset(i[5:] for i in items if i.startswith("prep:") and "=" not in i)


def placements(row: dict[str, str]) -> frozenset[str]:
    """The words a light cue places its object with (cues.tsv `object`, "dobj+higher" for "put the
    toll far higher"): where the object is placed is part of the figure given."""
    items = (row.get("object") or "").split("|")
    return frozenset(i[5:] for i in items if i.startswith("dobj+") and "+" not in i[5:] and i[5:] != "neg")


def _placed(child: Token, objects: list[Token], words: frozenset[str]) -> bool:
    """ "put the civilian toll far higher": the placing word beside the object."""
    return bool(objects) and child.dep_ == "advmod" and (child.lemma_.lower() in words or child.lower_ in words)


def first_of_two_acts(token: Token) -> Token | None:
    """ "Johannesburg Water chief concedes R9.4bn backlog, denies outages were engineered": two acts
    of one subject joined by a comma alone (headline style); the parser makes the first a clause of
    the second, which is then left with no subject. The first act's verb, or None."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "," or token.tag_ not in ("VBZ", "VBD", "VBP") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return None
    first = next((c for c in token.children if c.dep_ == "ccomp" and c.i < token.i
                  and c.right_edge.i in (token.i - 2, token.i - 1) and c.tag_ in ("VBZ", "VBD")), None)
    if first is None or any(t.is_quote for t in doc[first.left_edge.i : token.i]):
        return None  # not '"The village is ours," claims Moscow'
    return first


def content_tokens(token: Token, preps: frozenset[str] = frozenset(),
                   placed: frozenset[str] = frozenset()) -> list[Token]:
    """What the cue reports: its complement clause, object or about-phrase, and the phrase of a
    preposition the cue reports through (`preps`), with a word it places its object with (`placed`)."""
    if _set_off_aside(token):  # "P, he added, among them X": P is what was added, not X
        own = {t.i for t in token.subtree}
        return [t for t in token.head.subtree if t.i not in own and not t.is_space]
    out: list[Token] = []
    children = [c for c in token.children if not _misparsed_complementizer(c)
                and not (c.dep_ == "dobj" and token.lemma_.lower() == "cite" and is_source(c))]  # the cited source
    children = [c for c in children if not _label_before(c, token)]
    # "... remain trapped, informed today the Regional Management of Energy and Mines": agency English
    # names its source as the object of a subjectless act set after the clause it reports, which is
    # what was said
    named_after = source_named_after(token) if token.dep_ in ("advcl", "conj") and token.i > token.head.i else None
    children = [c for c in children if named_after is None or c.i != named_after.i]
    if _as_clause(token) and not any(c.dep_ == "nsubj" for c in children):
        children = [c for c in children if c.dep_ != "dobj"]  # "As informed the head of X, ...": the source
    children = [c for c in children if not (c.dep_ == "ccomp" and (_across_semicolon(c, token) or _reporting_tail(c)
                                                                   or _adverbial_after(c, token)))]
    first_act = first_of_two_acts(token)  # "chief concedes backlog, denies ...": the first act is no content
    children = [c for c in children if first_act is None or c.i != first_act.i]
    flattened = whose_clause_before(token)  # "Stankovic, whose term ends in 2027, said ...": no content
    children = [c for c in children if flattened is None or c.i != flattened.i]
    # "Detectives searching for her said ...": the source and its description, not what was said
    children = [c for c in children if not (c.i < token.i and noun_before_participle(c, token))]
    misread = name_before_misread_description(token)
    if misread is not None:  # "X, a lawyer for the family of Y, a 23-year-old killed ..., said": who spoke
        children = [c for c in children if misread not in c.children]
    clauses = [c for c in children if (c.dep_ == "ccomp" and not _coordinated(c, token))
               or (c.dep_ == "prep" and c.lower_ == "that") or _that_clause_read_as_adverbial(c, token)]
    clauses = [_clause_past_occasion(c) for c in clauses]
    if any(c.i > token.i for c in clauses):  # "Writing for a panel that agreed Pence won, X noted that P": P
        clauses = [c for c in clauses if c.i > token.i]
    clauses = clauses or _clause_on_medium(children) or clause_on_addressee(token)
    objects = [c for c in children if c.dep_ == "dobj"]
    if objects and clauses and all(_continues_object(c, objects[0]) for c in clauses):
        clauses = []  # "denied any role in the City Hall massacre": a noun misread as a clause after the object
    if not clauses and _tagged_on_conjunct(token):  # "P, a Turkish official told the Post": P, not the Post
        return _clause_before(token)
    beside = contrast_set_beside(token)  # "..., while Kinloch Seafoods, a buyer, declined to comment": its own words
    joined = None if beside else next(
        (j for c in children if c.dep_ == "nsubj" and (j := comma_joined_source(c)) is not None), None)
    if joined is not None:  # "She died after a short illness, her son, Andrew Ellery, said": what comes before him
        return _past_dateline([t for t in token.sent if t.i < joined.left_edge.i - 1 and not t.is_space])
    hung = source_hung_on_content(token) if not clauses and not beside else None
    if hung is not None:  # "P, the returning officer, Helen Parkinson, announced": P
        return _past_dateline([t for t in token.sent if t.i < min(hung.left_edge.i, token.i) - 1 and not t.is_space])
    for child in clauses or children:
        # "told reporters that ...": with a clause reported, the object is the hearer, not the content
        if clauses or child.dep_ in CONTENT_DEPS or (child.dep_ == "prep" and child.lower_ in CONTENT_PREPS | preps) \
                or any(clause_opened_by(child, token, p) for p in preps) or _placed(child, objects, placed):
            cited = set(_citing_before(child)) | _own_second_act(child) | _act_set_beside(child)
            out.extend(t for t in child.subtree if t.i not in cited)
    if not clauses and objects and token.lemma_.lower() in EVIDENCE_VERBS:
        # "a poll shows the mayor ahead by eight points": the finding is the object with what
        # the parser hung beside it on the verb
        out.extend(t for c in children if c.i > objects[0].i and c.dep_ in ("prep", "advmod", "npadvmod", "acomp")
                   for t in c.subtree)
    if not out and (hung := hung_on_the_scene(token, CONTENT_PREPS | preps)) is not None:
        out = list(hung.subtree)  # "spoke on Tuesday in Dresden of a 'century flood'"
    if not out:
        out = _fronted_content(token, children)
    if not out and token.dep_ == "parataxis":
        own = {t.i for t in token.subtree}
        out = [t for t in token.head.subtree if t.i not in own]
        after = [t for t in out if t.i > token.right_edge.i]
        if all(t.is_punct for t in after):  # "P, the agency said, as ...": P, not the sentence's last stop
            out = [t for t in out if t.i < token.left_edge.i]
            while out and out[-1].is_punct:
                out.pop()
    if not out and (_reporting_tail(token) or named_after is not None):
        out = [t for t in token.head.subtree if t.i < token.left_edge.i]
        while out and out[-1].is_punct:
            out.pop()
    if not out:
        out = _passive_subject(token, children)
    if not out:
        out = _hedged_number(token, children)
    if not out or (token.dep_ == "relcl" and not clauses and all(c.dep_ == "xcomp" for c in children
                                                                  if c.dep_ in CONTENT_DEPS)):
        out = _modified_noun(token) or out  # "the 900 people the agency reported displaced": the noun too

    if not out and _as_clause(token):
        # "As the minister noted, P", "As informed the head of X, P": P
        out = [t for t in token.head.subtree if t.i > token.right_edge.i]
        while out and out[0].is_punct:
            out.pop(0)
        while out and out[-1].is_punct:
            out.pop()
    if not out and token.dep_ == "advcl" and token.tag_ in ("VBN", "VBD") and token.i > token.head.i \
            and token.doc[token.left_edge.i - 1].text == "," and body_spoken_in(token) is not None:
        out = [t for t in token.head.subtree if t.i < token.left_edge.i - 1]  # "P, noted in the committee": P
    if not out and token.dep_ == "advcl" and token.tag_ == "VBN" and any(c.dep_ == "agent" for c in token.children):
        own = {t.i for t in token.subtree}  # "As reported by the Ledger, the mayor broke ...": the clause it sources
        out = [t for t in token.head.subtree if t.i not in own and not (t.is_punct and t.i == token.right_edge.i + 1)]
    if not out and token.dep_ == "advcl" and token.tag_ == "VBG":
        head = token.head
        out = [t for c in head.children if c.dep_ in ("ccomp", "dobj") for t in c.subtree]
        if not out and verb_cue(head) is not None:
            out = content_tokens(head)  # "P, the Post reported, citing officials": what the report cites them for
    out = sorted(set(out), key=lambda t: t.i)
    while out and out[-1].is_space:
        out.pop()
    return _past_dateline(out)


def _act_set_beside(clause: Token) -> set[int]:
    """ "said its members had lost contracts, while Kinloch Seafoods declined to comment": another's act
    the writer sets beside what was said, with the comma before it, is no part of it."""
    return {t.i for d in clause.subtree if d.dep_ == "advcl" and contrast_set_beside(d) and verb_cue(d) is not None
            for t in clause.doc[d.left_edge.i - 1:d.right_edge.i + 1]}


def _own_second_act(clause: Token) -> set[int]:
    """ "admits new vessel will miss summer but would not be drawn on final bill": an act joined to
    the reported clause with no subject of its own, where the clause's subject is a thing that
    cannot perform it, is the speaker's second act (cue_sources reads it so), not part of what the
    first reports."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or is_source(subject) or subject.ent_type_:
        return set()
    return {t.i for c in clause.children if c.dep_ == "conj" and c.i > subject.i and verb_cue(c) is not None
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            for t in [*(x for x in clause.children if x.dep_ == "cc" and x.i < c.i), *c.subtree]}


def _as_clause(token: Token) -> bool:
    """ "As the minister noted, ...", "As informed the head of the department X, ..." (agency
    English): a cue in an as-clause with a source of its own sources the clause it is set in."""
    return token.dep_ == "advcl" and token.i < token.head.i and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in token.children) and any(
        c.dep_ in ("nsubj", "dobj") for c in token.children)


def _clause_past_occasion(clause: Token) -> Token:
    """ "told a results call on Thursday that the company ...": an occasion noun the parser took for
    the complement, with the "that" clause hung on it; what was said is that clause."""
    if not occasion_misread(clause):
        return clause
    return next((c for c in clause.children if c.dep_ == "ccomp" and _opens_with_that(c)), clause)


@functools.lru_cache(maxsize=1)
def _occasion_rows() -> dict[str, tuple[str, ...]]:
    """The OCCASION rows of cues.tsv by lemma: the `object` each asks for ("" any use, "passive"
    only as a passive participle, else an object lemma as in the cue rows: "take" + "stand")."""
    out: dict[str, tuple[str, ...]] = {}
    for r in read_table("cues"):
        if r["pos"].upper() == "OCCASION":
            out[r["lemma"].lower()] = out.get(r["lemma"].lower(), ()) + (r.get("object", ""),)
    return out


@functools.lru_cache(maxsize=None)
def occasion_verbs() -> frozenset[str]:
    """Verbs naming the occasion a source spoke at, whatever their object."""
    return frozenset(lemma for lemma, objects in _occasion_rows().items() if {"", "passive"} & set(objects))


def occasion_verb(token: Token) -> bool:
    """A verb naming an occasion of speaking: an OCCASION lemma of cues.tsv, with the object its
    row asks for ("testified", "spoke"; "took the stand", not "took office")."""
    lemma = token.lemma_.lower()
    return lemma in occasion_verbs() or any(
        use_fits(token, {"object": item}) for item in _occasion_rows().get(lemma, ()) if item not in ("", "passive"))


@functools.lru_cache(maxsize=1)
def passive_occasion_verbs() -> frozenset[str]:
    """OCCASION verbs that name it only as a passive participle ("reached by phone on Friday")."""
    return frozenset(lemma for lemma, objects in _occasion_rows().items() if "passive" in objects)


def occasion_participle(token: Token) -> bool:
    """A participle of an OCCASION verb, in the voice that names the occasion."""
    lemma = token.lemma_.lower()
    return occasion_verb(token) and (token.tag_ == "VBN" or lemma not in passive_occasion_verbs())


def speakers_occasion(relative: Token) -> bool:
    """ "X, who spoke with journalists on Tuesday, said": a past relative clause on the speaker
    naming the occasion they spoke at (or the occasion clause of one), unlike "Lund, who won the
    title last year, denied"."""
    if relative.dep_ == "advcl" and relative.tag_ == "VBG" and occasion_verb(relative):
        # "X, who disclosed the figure while speaking with our correspondent on Sunday, said"
        return relative.head.dep_ == "relcl" and relative.head.tag_ == "VBD"
    return relative.dep_ == "relcl" and relative.tag_ == "VBD" and (occasion_verb(relative) or _visit_on_a_day(relative)) \
        and relative.lemma_.lower() not in passive_occasion_verbs()


def _visit_on_a_day(relative: Token) -> bool:
    """ "the minister, who visited the site on Wednesday afternoon, announced": an official's visit
    (visiting_verbs.tsv) on a day is where they spoke; "who visited Kyiv last year" is no occasion."""
    return relative.lemma_.lower() in word_set("visiting_verbs", "lemma") \
        and any(t.lower_.rstrip(".") in DAY_WORDS for t in relative.subtree)


def occasion_misread(token: Token) -> bool:
    """An occasion noun ("call", "briefing") read as a clause of the cue: it has no subject of its own
    (the tagger may even call "call" a verb there)."""
    return token.lemma_.lower() in word_set("occasion_nouns", "noun") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _tagged_on_conjunct(token: Token) -> bool:
    """ "Two men flew back on March 2, a security official told the Post": a cue set off by a comma
    after the clause it reports, with its own subject and no "and"/"but" to coordinate it, which
    the parser joined to that clause's verb as a second verb of the sentence."""
    if token.dep_ != "conj" or token.i < token.head.i or verb_cue(token.head) is not None:
        return False
    doc = token.doc
    if any(c.dep_ == "dobj" and c.i > token.i and (doc[c.left_edge.i].is_quote or doc[c.left_edge.i - 1].is_quote)
           for c in token.children):
        return False  # "..., dealers allege 'artificial scarcity'": the act says its quoted object
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i]
    if not subjects:
        return False
    start = subjects[0].left_edge.i
    return start > 0 and doc[start - 1].text == "," and not (start > 1 and doc[start - 2].dep_ == "cc") \
        and not any(c.dep_ == "cc" and c.i > start - 2 for c in token.head.children if c.i < token.i)


def _clause_before(token: Token) -> list[Token]:
    """The tokens of the clause a tagged-on cue reports: its head's, up to the comma before the cue's clause."""
    start = min(t.i for t in token.subtree)
    out = [t for t in token.head.subtree if t.i < start]
    while out and (out[-1].is_punct or out[-1].is_space):
        out.pop()
    return _past_dateline(out)


def _past_dateline(out: list[Token]) -> list[Token]:
    """Content tokens without a leading dateline: "SEOUL (AFP) - ..." is not what was said."""
    if out and is_frontmatter(out[0]):
        dash = next((k for k, t in enumerate(out[:12]) if t.text in DASHES), None)
        return out[dash + 1:] if dash is not None else out
    return out


def _fronted_content(token: Token, children: list[Token]) -> list[Token]:
    """ "No comment on the claim, says Kremlin": headline inversion puts what was said first; the
    parser reads it as a first subject, set off by a comma, with the source as a second one after the cue."""
    subjects = [c for c in children if c.dep_ == "nsubj"]
    loose = [c for c in children if (c.dep_ == "dep" or c in subjects[:-1]) and c.i < token.i]
    if loose and _set_off_before(loose[0], subjects):
        return list(loose[0].subtree)  # "P, the Post reported, citing ...": P misparsed as a loose dependent or subject
    if not subjects or subjects[0].i > token.i or (subjects[-1].i < token.i and inverted_source(token) is None
                                                   and not _fronted_before_source(token, subjects)):
        return []
    fronted = subjects[0]
    after = token.doc[fronted.right_edge.i + 1] if fronted.right_edge.i + 1 < token.i else None
    if after is None or after.text != ",":
        return []
    return list(fronted.subtree)


def _set_off_before(fronted: Token, subjects: list[Token]) -> bool:
    """Whether a comma ends `fronted` and the cue's subject comes right after it."""
    doc = fronted.doc
    comma = fronted.right_edge.i + 1
    return comma < len(doc) and doc[comma].text == "," and any(s.left_edge.i == comma + 1 for s in subjects)


def _fronted_before_source(token: Token, subjects: list[Token]) -> bool:
    """ "More than 43,000 displaced by floods, IOM says": a headline puts what was said first and
    the source last, right before the cue; the parser reads two subjects, the first set off by a
    comma that meets the second, and nothing but punctuation after the cue."""
    doc = token.doc
    first, source = subjects[0], subjects[-1]
    if first is source or source.right_edge.i + 1 != token.i:
        return False
    comma = first.right_edge.i + 1
    rest = [t for t in doc[token.i + 1 : token.sent.end] if not (t.is_space or t.is_punct)]
    return comma < source.left_edge.i == comma + 1 and doc[comma].text == "," and not rest


def _set_off_aside(token: Token) -> bool:
    """ "300 were missing, he added, among them nine soldiers": a cue inserted between commas
    after its clause, the parser's parataxis; what follows the second comma is no object of it."""
    doc = token.doc
    return token.dep_ == "parataxis" and token.i > token.head.i and token.i + 1 < len(doc) \
        and doc[token.i + 1].text == "," and not any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in token.children) \
        and any(c.dep_ in ("dobj", "dep") and c.i > token.i + 1 for c in token.children)


def _that_clause_read_as_adverbial(child: Token, token: Token) -> bool:
    """ "put it to Okafor that he had invented the conversation": a clause with a subject after the
    act, opened by "that" alone (not "so that", "now that": that_compounds.tsv; not the pronoun
    before a participle, "disputed that later, saying ..."), that the parser hung on it as an
    adverbial."""
    if child.dep_ != "advcl" or child.i < token.i:
        return False
    marks = [c for c in child.children if c.dep_ == "mark"]
    first = child.left_edge
    return len(marks) == 1 and marks[0].lower_ == "that" and marks[0].i == first.i \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children) \
        and first.i > 0 and child.doc[first.i - 1].lower_ not in word_set("that_compounds", "word")


def _citing_before(clause: Token) -> range:
    """ "reported on Sunday, citing members of the delegation, that ...": the parser may hang the
    cited sources on the reported clause, before its "that"; they are not what was reported. The
    token indices to leave out (none, mostly)."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None:
        return range(0)
    citing = next((c for c in clause.children if c.dep_ == "advcl" and c.i < mark.i and c.lemma_.lower() == "cite"), None)
    return range(citing.left_edge.i - 1, mark.i) if citing is not None else range(0)


def _reporting_tail(token: Token) -> bool:
    """ "The engineer says P, the Post reported on Monday": a cue set off by a comma after the
    clause it reports, which the parser hung on that clause's verb as a clause of its own."""
    doc = token.doc
    if token.dep_ != "ccomp" or token.i < token.head.i or verb_cue(token.head) is None or verb_cue(token) is None:
        return False
    start = next(t.i for t in token.subtree if not t.is_punct)
    after = doc[token.right_edge.i + 1 : token.sent.end]
    return start > 0 and doc[start - 1].text == "," and all(t.is_punct or t.is_space for t in after) \
        and not any(c.dep_ in ("ccomp", "dobj", "xcomp") or (c.dep_ == "mark" and c.lower_ == "that")
                    for c in token.children)  # not "reported, citing X, that Ankara had insisted on ..."


@functools.lru_cache(maxsize=1)
def _number_hedges() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(r["phrase"].lower().split()) for r in read_table("hedges") if r["position"] == "before")


def _hedged_number(token: Token, children: list[Token]) -> list[Token]:
    """ "extrapolated up to 600 from the streets": a hedged number after the cue is what it
    reports, though the parser hangs the hedge on the verb as an adverb or preposition."""
    for child in children:
        if child.i <= token.i or child.dep_ not in ("advmod", "prt", "prep", "npadvmod", "quantmod"):
            continue
        words = list(child.subtree)
        lowered = [t.lower_ for t in words]
        for hedge in _number_hedges():
            n = len(hedge)
            if tuple(lowered[:n]) == hedge and len(words) > n and words[n].like_num:
                return words + [t for c in children if c.i > child.i and c.dep_ == "prep" for t in c.subtree]
    return []


def _passive_subject(token: Token, children: list[Token]) -> list[Token]:
    """ "The figure was first given to the paper by the minister": a passive cue with its source
    in the by-phrase reports its subject, the object of the active act."""
    if not any(c.dep_ == "auxpass" for c in children) or not any(c.dep_ == "agent" for c in children):
        return []
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ == "PRON" or is_source(subject):
        return []  # "she was told by aides": the subject heard it
    return list(subject.subtree)


def _modified_noun(token: Token) -> list[Token]:
    """ "The toll announced by the army was 412", "the 3,000 people the agency reported displaced":
    a cue modifying a noun reports that noun, and with it the clause the noun is the subject of."""
    noun = token.head
    if token.dep_ not in ("acl", "relcl") or noun.pos_ not in ("NOUN", "PROPN", "NUM"):
        return []
    if any(c.lower_ in RELATIVE_PRONOUNS and c.dep_ in ("nsubj", "poss") for c in token.subtree):
        return []  # "the official who said", "whose arrest the court announced": not the noun's content
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") and noun.head.i > token.i:
        clause = [t for t in noun.head.subtree if not (t.is_punct and t.i == noun.head.right_edge.i)]
        return [t for t in clause if not (t.dep_ == "cc" or t.dep_ == "conj" and t.head is noun.head)]
    return list(noun.subtree)


def _label_before(child: Token, cue: Token) -> bool:
    """ "Libya floods live: Derna mayor fears ...": a phrase ending in a colon before the cue's subject
    labels the story; it is not what the cue reports."""
    return child.i < cue.i and child.right_edge.text == ":" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i > child.right_edge.i for c in cue.children)


def _adverbial_after(clause: Token, cue: Token) -> bool:
    """ "P, the agency said, as rescuers searched ...": a clause after the cue and a comma that opens
    with an adverbial subordinator tells the circumstances, whatever the parser made of it."""
    first = clause.left_edge
    return clause.i > cue.i and first.i > 0 and clause.doc[first.i - 1].text == "," \
        and first.dep_ == "mark" and first.lower_ in word_set("adverbial_subordinators", "word")


def _coordinated(clause: Token, cue: Token) -> bool:
    """ "X said P, but Y did not confirm Q": a clause after a coordinator of the cue's own is a
    second main clause the parser hung on the cue, not what the cue reports."""
    return clause.i > cue.i and any(c.dep_ == "cc" and cue.i < c.i < clause.left_edge.i for c in cue.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _across_semicolon(clause: Token, cue: Token) -> bool:
    """ "X spoke of 2,000 dead; a day later his spokesman was citing 5,300": a clause before the
    cue, a semicolon between them, is a sentence of its own that the parser hung on the cue."""
    return clause.i < cue.i and any(t.text == ";" for t in cue.doc[clause.right_edge.i + 1 : cue.i])


def _continues_object(clause: Token, obj: Token) -> bool:
    """A "clause" with no subject of its own that starts where the object's phrase ends is the
    object's last noun, misparsed as a verb ("any role in the City Hall massacre")."""
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children)
    return not has_subject and clause.left_edge.i == obj.right_edge.i + 1


def _clause_on_medium(children: list[Token]) -> list[Token]:
    """ "said in a statement that ...", "told reporters in the capital that ...": the parser
    may hang the reported clause on the noun of a prepositional phrase; a clause opened by
    the conjunction "that" (not the relative pronoun) with its own subject is the content; after
    a statement, a letter or an interview, any clause opened by "that" ("said in a statement that
    the king had accepted", not the statement the king accepted)."""
    out = []
    for prep in (c for c in children if c.dep_ == "prep" and c.lower_ not in CONTENT_PREPS):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            out += [c for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp") and (
                _that_clause(c) or (_is_medium(noun) and _opens_with_that(c)))]
        for gerund in (c for c in prep.children if c.dep_ == "pcomp"):  # "said after touring the city that ..."
            out += [c for c in gerund.children if c.dep_ == "ccomp" and c.i > gerund.i and _that_clause(c)]
            out += [c for noun in gerund.children if noun.dep_ == "dobj" for c in noun.children
                    if c.dep_ in ("acl", "relcl", "ccomp") and _opens_with_that(c)]
    return out


def _that_clause(verb: Token) -> bool:
    """A clause opened by the conjunction "that", with a subject of its own; also when the
    parser took "that" for a relative pronoun whose slot another word already fills
    ("the capital that investigators had found signs ...")."""
    children = list(verb.children)
    if not any(m.dep_ in ("nsubj", "nsubjpass", "expl") and m.lower_ != "that" for m in children):
        return False
    for m in children:
        if m.lower_ == "that" and m.i < verb.i:
            if m.dep_ == "mark":
                return True
            if m.dep_ in ("dobj", "nsubj", "nsubjpass"):
                return sum(c.dep_ == m.dep_ for c in children) > 1 or m.dep_ == "dobj" and any(
                    c.dep_ == "dobj" and c.i > verb.i for c in children)
    return False


def _opens_with_that(verb: Token) -> bool:
    """A clause starting with "that" and a subject of its own: after a cue, "touring the city that
    a quarter of it had vanished" reports the clause, whatever role the parser gave "that"."""
    first = verb.left_edge
    return first.lower_ == "that" and any(c.dep_ in ("nsubj", "nsubjpass") and c.i != first.i for c in verb.children)


def _is_medium(noun: Token) -> bool:
    """A document or an occasion an act is made in ("in a statement", "in an interview")."""
    lemma = noun.lemma_.lower()
    return lemma in DOCUMENT_NOUNS or lemma in word_set("occasion_nouns", "noun")


def _misparsed_complementizer(child: Token) -> bool:
    """ "... that engineers had reported cracks": a lone "that" before the verb taken for its object."""
    return child.lower_ == "that" and child.i < child.head.i and child.dep_ in ("dobj", "nsubj") \
        and not list(child.children)


def _date_ranges(token: Token, content: list[Token]) -> list[tuple[int, int]]:
    """Where a time expression dates this act: the cue's own clause, minus its content and
    minus other reporting acts hanging from it."""
    skip = {t.i for t in content}
    back = _after_closing_quote(content)
    occasion = set()  # "X, who spoke with journalists on Tuesday, said": the speaker's occasion
    for subj in (c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")):
        for part in subj.children:  # "Lund, who won the title last year, denied ...": not the act's date
            if part.dep_ in ("relcl", "appos"):
                for x in part.subtree:
                    told = any(speakers_occasion(a) for a in [x, *x.ancestors] if a.i != subj.i)
                    (occasion if told else skip).add(x.i)
    subtree = list(token.subtree)
    for t in subtree:
        if t.dep_ in ("conj", "advcl", "relcl", "ccomp") and t.i != token.i \
                and verb_cue(t) is not None and not occasion_misread(t):
            skip.update(x.i for x in t.subtree)
        elif told_event(t):
            skip.update(x.i for x in t.subtree)
    keep = [t for t in subtree if t.i not in skip or t.i in back or t.i in occasion]
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in DECLINING:
        keep += [t for t in token.head.children if t.dep_ in ("prep", "npadvmod", "advmod")
                 for t in t.subtree]
    if token.lemma_.lower() in DECLINING:  # "declined to comment on Wednesday": the declining's day
        keep += [t for x in token.children if x.dep_ == "xcomp" for c in x.children if declining_day(c)
                 for t in c.subtree]
    return _ranges(keep)


def told_event(clause: Token) -> bool:
    """ "blamed a wet June, followed by a hailstorm on August 3": a passive participle with its agent,
    set off after the act, tells an event of what was said, not the act's circumstance; a time in it
    dates the event (not "said this when met by reporters today", whose "when" tells the occasion)."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBN" and clause.i > clause.head.i \
        and clause.doc[clause.i - 1].text == "," and not any(c.dep_ == "mark" for c in clause.children) \
        and any(c.dep_ == "agent" for c in clause.children)


def declining_day(phrase: Token) -> bool:
    """ "declined to comment on Wednesday", "... comment yesterday": a day phrase after what was
    declined, which dates the declining (not "to give a forecast for this year")."""
    if phrase.dep_ == "compound" and phrase.head.dep_ == "npadvmod":
        phrase = phrase.head  # "declined to comment Monday night"
    if phrase.dep_ != "xcomp" and phrase.head.dep_ == "xcomp" and phrase.head.head.lemma_.lower() in DECLINING \
            and phrase.i > phrase.head.i:
        if phrase.dep_ == "npadvmod":  # "declined to comment Monday night"
            return phrase.lower_ in DAY_WORDS or any(c.dep_ == "compound" and c.lower_ in DAY_WORDS
                                                     for c in phrase.children)
        return phrase.dep_ == "prep" and phrase.lower_ == "on" and any(
            g.dep_ == "pobj" and g.lower_.rstrip(".") in DAY_WORDS for g in phrase.children)
    return False


def _after_closing_quote(content: list[Token]) -> set[int]:
    """ 'called the claims "the tantrum of a man who has lost" in an interview on Thursday': the
    phrases after a quotation closes that the parser hung inside it are the act's, not the quote's."""
    marks = [t.i for t in content if t.is_quote]
    if len(marks) < 2:
        return set()
    tail = [t for t in content if t.i > marks[1]]
    if not tail or any(t.pos_ not in ("ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM", "PUNCT") for t in tail):
        return set()
    return {t.i for t in tail}


def _ranges(tokens: list[Token]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for t in sorted(tokens, key=lambda t: t.i):
        s, e = t.idx, t.idx + len(t)
        if out and s - out[-1][1] <= 1:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _char_range(tokens: list[Token]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])
