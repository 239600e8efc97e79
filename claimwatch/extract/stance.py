"""Stance: what a reporting cue does with its content, read from the cue table and the parse.

`data/cues.tsv` gives each cue its plain stance and the stance it takes when
negated; the parse supplies the negation and modality: "did not deny" and
"refused to deny" are not_deny, "could not confirm", "would not say" and "I'm not
going to confirm" are decline, while "didn't affirm ... until Oct. 23" still
asserts (the act happened, late).
"""
from __future__ import annotations

import functools
import re
import threading

from spacy.tokens import Span, Token

from .holder_words import doc_text, source_nouns
from .lexicon import column_groups, column_map, read_table, word_set
from .quotes import OPENERS, headline_line
from .speakers import PERSON_ROLES, QUESTIONER_LABELS, SOURCE_NOUNS, TRADES

# Verbs that carry a reporting cue as their complement and pass negation down to it
# ("not going to confirm", "would not be able to verify", "did not want to comment").
CARRIERS = {"go", "be", "able", "want", "wish", "try", "seem", "appear", "continue", "have", "need"}
DECLINING = {"decline", "refuse"}
# Words that open an indirect question ("asked whether ...", "wondered why ...").
POLAR_QUESTION_WORDS = {"whether", "if"}  # "asked whether ...": a question "No" can answer
QUESTION_WORDS = {"whether", "if", "what", "who", "whom", "why", "how", "when", "where", "which"}


@functools.lru_cache(maxsize=None)
def cue_rows() -> dict[tuple[str, str], tuple[dict[str, str], ...]]:
    """(lemma, pos) -> rows of data/cues.tsv in table order: a verb with two senses of speaking
    has a row for each ("referred questions to" declines, "referring to the mayor" asserts)."""
    rows: dict[tuple[str, str], list[dict[str, str]]] = {}
    for row in read_table("cues"):
        rows.setdefault((row["lemma"].lower(), row["pos"].upper()), []).append(row)
    return {key: tuple(value) for key, value in rows.items()}


@functools.lru_cache(maxsize=None)
def cue_table() -> dict[tuple[str, str], dict[str, str]]:
    """(lemma, pos) -> the first row of data/cues.tsv."""
    return {key: rows[0] for key, rows in cue_rows().items()}


def verb_cue(token: Token) -> dict[str, str] | None:
    """The cue row for a verb token used as a reporting verb, else None: the first row of its
    lemma whose object conditions the use meets."""
    rows = cue_rows().get((token.lemma_.lower(), "VERB")) or cue_rows().get((token.lower_, "VERB"))
    if not rows:  # most tokens: no cue lemma, so no need to look at their parse
        return None
    misparsed = token.dep_ == "amod" and any(c.dep_ in ("aux", "neg") for c in token.children)
    verbal = token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB") or any(
        c.dep_ == "aux" and c.lemma_ == "do" for c in token.children) or (  # "didn't affirm" tagged an adjective
        token.dep_ == "relcl" and token.tag_ == "NNS") or (  # "a claim Mexico rejects": a clause by its place
        token.dep_ == "ROOT" and token.tag_ in ("NN", "NNS") and "nsubj" in (deps := {c.dep_ for c in token.children})
        and ("dobj" in deps or any(c.dep_ == "ccomp" and (c.i > token.i or verb_cue(c) is None)
                                   for c in token.children)))
    # ("The directorate contests these numbers", "Figures compiled by StatsZone show Ashbourne have
    # conceded eight", "..., campaign finance records show": a root with a subject and an object or a
    # clause is a verb; not "This was reported by the Air Force, Ukrpress reports", relaying an act)
    if not misparsed and (not verbal or token.dep_ in ("amod", "compound")):
        return None
    return next((row for row in rows if use_fits(token, row)), None)


_LOCAL = threading.local()


def _reported_here(token: Token) -> bool:
    """in_reported_clause for a cue's !reported condition, asked once at a time per use: the cue
    governing the clause may be a root read as a noun whose own reading asks whether this clause is
    a cue ("This was reported by the Air Force, Ukrpress reports"), which would ask back for ever."""
    asking = getattr(_LOCAL, "asking", None)
    if asking is None:
        asking = _LOCAL.asking = set()
    key = (id(token.doc), token.i)
    if key in asking:
        return False
    asking.add(key)
    try:
        return in_reported_clause(token)
    finally:
        asking.discard(key)


def _counted(noun: Token) -> bool:
    """ "36.2 per cent", "40%", "12": a number, or a noun a number counts."""
    return noun.like_num or any(c.dep_ == "nummod" and c.like_num for c in noun.children)


def use_fits(token: Token, row: dict[str, str]) -> bool:
    """Whether this use of a cue verb meets the row's object conditions (cues.tsv `object`)."""
    items = [i for i in row.get("object", "").split("|") if i]
    banned = [i[1:] for i in items if i.startswith("!")]
    wanted = [i for i in items if not i.startswith("!")]
    for item in banned:  # "added 200 jobs", "claimed 40 lives": a non-speech sense
        # (not an object hung after the verb's infinitive: "promised to build homes if elected
        # president", where the parser gave "president" to "promised")
        objects = [c for c in token.children if c.dep_ == "dobj"
                   and not any(x.dep_ == "xcomp" and x.i < c.i for x in token.children)]
        preposition, _, noun = item[5:].partition("=")
        if item.startswith("prep:") and noun and any(
                c.dep_ == "prep" and c.lower_ == preposition and any(g.dep_ == "pobj" and g.lemma_.lower() == noun
                                                                       for g in c.children) for c in token.children):
            return False  # "put jobs at risk": not "put the toll at nine"
        if item.startswith("prep:") and not noun and any(c.dep_ == "prep" and c.lower_ == preposition
                                                         for c in token.children) \
                and not any(c.dep_ == "ccomp" for c in token.children):
            return False  # "adding to the 1.7 million already displaced"
        if item.startswith("prt:") and _item_fits(token, item):
            return False  # "totals that did not add up": a phrasal verb of another sense
        reports_clause = any(c.dep_ == "ccomp" for c in token.children) or (  # "P, he added, among them ...": a clause
            token.dep_ == "parataxis" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == ",")
        if (item == "dobj" and objects and not reports_clause
                and not any(o.lemma_.lower() in ("that", "this", "it") for o in objects)) or any(
                o.lemma_.lower() == item for o in objects):
            return False
        if item == "person" and any(_names_people(o) for o in objects):
            return False  # "police questioned seven officials": an interrogation, not an assessment
        if item == "num" and any(_counted(o) for o in objects):
            return False  # "would put four buildings on 140 acres": things placed, not a figure given
        if item == "share" and _share_of_people(token) and not any(c.dep_ == "ccomp" for c in token.children):
            return False  # "9% of vaccine recipients reported fever": what they went through
        if item == "thing" and thing_subject(token):
            return False  # "the dispute threatened to derail the bill": no one's act
        if item == "reported" and _reported_here(token) and not _second_act_joined(token):
            return False  # "reported that Talvik had threatened to walk out": part of what is reported
        if item == "infinitive" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children):
            return False  # "was right to count three missed tests": a decision judged, not a tally given
        if item == "habitual" and _habitual(token):
            return False  # "doctors see 50 patients a day": what happens each day, not a figure foreseen
        if item == "recounted" and _in_recounted_event(token):
            return False  # "saying the union left only after the company refused to put it in writing"
        if item == "wh" and _item_fits(token, "wh") and not is_negated(token):
            return False  # "knew exactly where that was": knowing an answer, no claim ("did not know
            # whether ..." is a refusal)
    if not wanted:
        return True
    # "question+neg": every part must fit ("did not answer a question", not "answered questions"); with
    # an object named, "without" withholds it as "not" does ("..., without giving details"), while a
    # bare "without naming any country" is an aside of the act it goes with
    return any(all(_item_fits(token, part) or (part == "neg" and "+" in item and withheld(token))
                   for part in item.split("+")) for item in wanted)


def opens_question(clause: Token) -> bool:
    """ "whether ...", "exactly where ...": a clause that opens on a question word, after any adverb."""
    words = [t for t in clause.subtree if not (t.pos_ == "ADV" and t.lower_ not in QUESTION_WORDS)]
    return bool(words) and words[0].lower_ in QUESTION_WORDS


def _perceived(clause: Token) -> bool:
    """ "felt the brakes bite", "saw the wall give way": a bare infinitive after its subject, with no
    "that", "to" or auxiliary, is what was perceived or made to happen, not a reported proposition."""
    return clause.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i for c in clause.children)


def in_reported_clause(token: Token) -> bool:
    """Whether a cue verb reports the clause `token` stands in ("reported that X had threatened",
    "asked whether X had threatened"), not merely coordinates with it ("claimed ..., and threatened")."""
    node = token
    while node.head.i != node.i:
        if _semicolon_apart(node) or contrast_set_beside(node):
            return False  # "Prosecutors say ...; defence calls case weak": two clauses, not one reported
        if node.dep_ in ("ccomp", "xcomp", "csubj") and (verb_cue(node.head) is not None or any(
                c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in node.children)):
            return True  # or an indirect question: "Asked whether X had threatened to leave"
        if node.dep_ in ("relcl", "acl") and node.left_edge.lower_ == "that" and node.head.dep_ == "pobj":
            act = node.head  # "said in a statement (after the briefing) that it stood by its account": the
            while act.dep_ in ("pobj", "prep") and act.head.i != act.i:  # clause read as a relative
                act = act.head
            if verb_cue(act) is not None:
                return True
        node = node.head
    return False


def _second_act_joined(token: Token) -> bool:
    """ "said crews were on their way but warned that ...": a verb with no subject of its own right
    after "but" or "and" is the speaker's second act, however the parser hung it on what was said."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.dep_ in ("conj", "ccomp") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in token.children) \
        and before is not None and before.dep_ == "cc" and before.lower_ in ("but", "and")


def contrast_set_beside(clause: Token) -> bool:
    """ "X said its members had lost contracts, while Kinloch Seafoods declined to comment": a clause
    after a comma, opened by a word of contrast, whose subject is a body or person named there, is
    the writer's, set beside what was said, not part of it (but "she said 2,300 jobs were claimed,
    while engineers' records showed 1,140": what she set beside it)."""
    doc = clause.doc
    return clause.dep_ == "advcl" and clause.left_edge.i > 0 and doc[clause.left_edge.i - 1].text == "," \
        and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in clause.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" for c in clause.children)


CONTRAST_MARKS = frozenset(w for w, yes in column_map("adverbial_subordinators", "word", "contrast").items()
                           if yes == "yes")


def _semicolon_apart(clause: Token) -> bool:
    """A clause the parser hung on a verb after it across a semicolon, which ends a clause."""
    doc = clause.doc
    return clause.dep_ == "ccomp" and clause.i < clause.head.i and any(
        t.text == ";" for t in doc[clause.right_edge.i + 1 : clause.head.i])


def _in_recounted_event(token: Token) -> bool:
    """Whether `token` stands in a time or reason clause of a clause another cue reports ("saying the
    union had left only after the company refused to put its offer in writing"): an event the speaker
    recounts, not an act the text reports. A conjunct or a concession is no such clause ("said ...,
    but refused to name the building", "..., though it declined to say at what cost")."""
    node = token
    while node.head.i != node.i and node.dep_ not in ("advcl", "ccomp", "xcomp", "csubj", "relcl"):
        node = node.head
    senses = column_groups("adverbial_subordinators", "sense", "word")
    marks = senses.get("time", frozenset()) | senses.get("reason", frozenset())
    return node.dep_ == "advcl" and not contrast_set_beside(node) and in_reported_clause(node.head) and any(
        c.dep_ == "mark" and c.lower_ in marks for c in node.children)


def _share_of_people(token: Token) -> bool:
    """A subject that is a number or share of people: "38 of its 212 members", "9% of recipients",
    "9 per cent of recipients"; or people counted by a number who report a plain thing ("38 people
    had reported vomiting": what they went through)."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    counted = subject.pos_ == "NOUN" and any(c.dep_ == "nummod" and c.like_num for c in subject.children) \
        and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in token.children)
    return counted or subject.pos_ == "NUM" or subject.lower_ in ("%", "percent", "cent")


def thing_subject(token: Token) -> bool:
    """A subject that is a plain thing, no one who can speak: "the storm", "a dispute that ...", or
    the one a participle goes on from ("Temperatures fell to minus 18, raising fears ...")."""
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and token.tag_ == "VBG" and token.dep_ in ("advcl", "xcomp"):
        subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("that", "which") and token.dep_ == "relcl":
        subject = token.head
    return subject is not None and subject.pos_ == "NOUN" and not subject.ent_type_ \
        and subject.lemma_.lower() not in SOURCE_NOUNS | source_nouns() | TRADES \
        and not any(c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for c in subject.children)  # (a trader speaks)


def _item_fits(token: Token, item: str) -> bool:
    """Whether one object condition of cues.tsv holds for this use of the cue."""
    if item == "neg":  # only negated: "did not answer a question about ..." (not "without naming it",
        return is_negated(token) and not withheld(token)  # an aside of the act it goes with)
    if item == "quote":  # "“...,” she continued", "Graham asked: “...”"
        if beside_quote(token):
            return True
    elif item == "wh":  # "remembered whether the gate was locked": an indirect question
        passive = token.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)
        if not passive and any((c.dep_ == "ccomp" or (c.dep_ == "advcl" and c.left_edge.i == token.i + 1 and is_negated(token)))
                               and opens_question(c) for c in token.children):
            return True  # not a passive ("was asked whether ..."): the one asked is the one who answers
            # ("did not indicate when she would rule": the parser may read a question withheld as a time clause)
    elif item == "smallclause":  # "called the claims fabricated": an object and its predicate read as a clause
        if any(c.dep_ == "ccomp" and c.tag_ in ("VBN", "VBD") and any(g.dep_ == "nsubj" for g in c.children)
               and not any(g.dep_ in ("aux", "auxpass", "mark", "dobj", "ccomp", "prep") for g in c.children)
               for c in token.children):
            return True
    elif item == "objquote":  # "called the plan “a betrayal”"
        if _object_then_quote(token):
            return True
    elif item == "quoted":  # "concedes tunnel 'pressure'": the speaker's own word for what it grants
        if any(c.dep_ == "dobj" and c.i > token.i and any(t.is_quote for t in c.subtree) for c in token.children):
            return True
    elif item == "present":  # "Satellite firm sees 94 million acres": a view now held (not "members will see 3.2%")
        if token.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in token.children):
            return True
    elif item == "num":  # "fears up to 20,000 dead": a figure given
        if any(c.dep_ in ("dobj", "oprd") and _counted(c) for c in token.children):
            return True
    elif item in ("ccomp", "oprd", "dobj", "xcomp", "advcl"):  # "conceded that ...", "called it a betrayal",
        # "shows a tie", "wrote to the authority demanding an inquiry"
        if any(c.dep_ == item and not (item == "ccomp" and _perceived(c)) for c in token.children):
            return True
        if item == "ccomp" and (_complementizer_follows(token) or _clause_on_the_medium(token)
                                or clause_on_addressee(token) or _closes_the_sentence_it_reports(token)):
            return True
    elif item.startswith("mark:"):  # "as one diplomat put it": the verb of an as-clause
        if any(c.dep_ == "mark" and c.lower_ == item[5:] for c in token.children):
            return True
    elif item.startswith("prt:"):  # "would not rule out"; "shot back", which the parser may call an adverb
        if any(c.lower_ == item[4:] and (c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == token.i + 1))
               for c in token.children):
            return True
    elif item.startswith("prep:") and "=" in item:  # "did not respond to a request": that object of that preposition
        preposition, _, noun = item[5:].partition("=")
        if any(c.dep_ in ("prep", "dative") and c.lower_ == preposition and any(
                g.dep_ in ("pobj", "pcomp") and (g.lemma_.lower() == noun or (noun == "num" and _counted(g)))
                for g in c.children) for c in token.children):
            return True
    elif item.startswith("prep:"):
        if any(c.dep_ in ("prep", "dative") and c.lower_ == item[5:] and not _absolute(c) for c in token.children):
            return True
        # "called on promoters to offer ...": the parser may make the preposition a particle and
        # still hang its object on it
        if any(c.dep_ == "prt" and c.lower_ == item[5:] and any(g.dep_ == "pobj" for g in c.children)
               for c in token.children):
            return True
        if any(clause_opened_by(c, token, item[5:]) for c in token.children):
            return True
        if hung_on_the_scene(token, (item[5:],)) is not None:
            return True
        if _figure_hung_in_object(token, item[5:]):
            return True
    elif any(c.dep_ in ("dobj", "pobj", "attr", "nsubjpass", "ccomp", "oprd", "acomp", "advmod")
             and c.lemma_.lower() == item for c in token.children):
        return True  # "made it clear that": the parser's ccomp or oprd "clear"; "cried foul", an adverb
    return False


def _figure_hung_in_object(token: Token, preposition: str) -> bool:
    """ "put the number of people evacuated at 12,000", "put the cost of keeping the ships at DKK 640
    million": the parser hangs the preposition and its figure on a participle or gerund inside the
    verb's object; a figure placed there is still what the verb gives."""
    return any(p.dep_ == "prep" and p.lower_ == preposition and p.head.dep_ in ("acl", "relcl", "pcomp")
               and any(g.dep_ == "pobj" and _counted(g) for g in p.children)
               for c in token.children if c.dep_ == "dobj" for p in c.subtree)


def clause_opened_by(clause: Token, cue: Token, preposition: str) -> bool:
    """ "called for the auditor-general to investigate": the preposition a cue reports through, read by
    the parser as the mark of a clause of its own right after the cue."""
    return clause.dep_ in ("advcl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ == preposition and m.i == cue.i + 1 for m in clause.children)


def hung_on_the_scene(token: Token, prepositions) -> Token | None:
    """ "spoke on Tuesday in Dresden of a 'century flood'": the parser hangs the preposition the
    verb takes on the place or day of a scene-setting phrase right before it; places and days
    take no such complement. That preposition, or None."""
    return next((p for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "on") for g in c.children
                 if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME")
                 for p in g.children if p.dep_ == "prep" and p.lower_ in prepositions and p.i == g.i + 1), None)


def _absolute(prep: Token) -> bool:
    """ "failed to agree, with Germany refusing to back it": a with-phrase holding a clause of its
    own sets the scene; it is not the preposition the verb takes."""
    return prep.lower_ in ("with", "without") and any(
        (g.dep_ == "pcomp" and any(a.dep_ in ("nsubj", "nsubjpass") for a in g.children))
        or (g.dep_ == "pobj" and any(a.dep_ == "acl" and a.tag_ == "VBG" for a in g.children))
        for g in prep.children)


_EVERY = frozenset({"a", "an", "per", "each", "every"})


def _habitual(verb: Token) -> bool:
    """A verb told as what happens each day, week or year ("sees 40,000 passengers a day", "treats 50
    patients per week"): a rate, in a phrase of "a", "per", "each" or "every" and a unit of time."""
    units = word_set("time_units", "word")
    for t in verb.subtree:
        if t.lower_ in _EVERY and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lemma_.lower() in units:
            return True
    return False


def _names_people(noun: Token) -> bool:
    """An object that is somebody: a person's name, a personal pronoun, a role held by people or a
    trade ("dismissed the workers", "questioned two nurses"), or people as such ("questioned five people")."""
    return noun.ent_type_ == "PERSON" or noun.lower_ in ("him", "her", "them", "me", "us") \
        or noun.lemma_.lower() in ("people", "person", "individual") \
        or noun.lemma_.lower() in PERSON_ROLES | TRADES or noun.lower_ in PERSON_ROLES | TRADES


def _clause_on_the_medium(token: Token) -> bool:
    """ "wrote in a letter that ...": the parser hangs the that-clause on the letter."""
    return any(c.dep_ in ("ccomp", "acl", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for p in token.children if p.dep_ == "prep" and p.lower_ == "in"
               for o in p.children if o.dep_ == "pobj" for c in o.children)


def clause_on_addressee(token: Token) -> list[Token]:
    """ "reminded employers that outdoor work is banned": the parser may hang the reported clause
    on the ones addressed, as a relative clause; "that" marking it says it is the content, no relative."""
    table = cue_table()
    return [c for o in token.children if o.dep_ == "dobj" and not any(
                (o.lemma_.lower(), pos) in table for pos in ("NOUN", "MUTE"))  # not "doubted his claim that ..."
            for c in o.children
            if c.dep_ in ("acl", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]


def _closes_the_sentence_it_reports(token: Token) -> bool:
    """ "Support for the initiative slips, poll shows": a cue with its subject after a comma, ending the
    sentence, reports what comes before it (the parser may not read that as its clause)."""
    subject = next((c for c in reversed(list(token.lefts)) if c.dep_ == "nsubj"), None)
    rest = [t for t in token.doc[token.i + 1 : token.sent.end] if not (t.is_punct or t.is_space)]
    return subject is not None and not rest and subject.left_edge.i > token.sent.start \
        and token.doc[subject.left_edge.i - 1].text == ","


def _complementizer_follows(token: Token) -> bool:
    """ "agreed that the department has limited power": "that" right after the verb opens its
    clause, wherever the parser hung the clause ("has" read as an auxiliary of "limited")."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return nxt is not None and nxt.lower_ == "that" and nxt.dep_ == "mark" and nxt.head.i > nxt.i \
        and any(a.i == token.i for a in nxt.ancestors)


_OPENING = "“‘\"«„"
_CLOSING = "”’\"»"


def beside_quote(token: Token) -> bool:
    """Whether a verb introduces or closes a quotation standing right beside it: "“...,” she
    continued", "“...?” Graham asked", "Limbaugh continued: “...”", "he asked, “...”".
    Only its own subject may stand between the verb and the closing mark."""
    text = doc_text(token.doc)
    after = text[token.idx + len(token) : token.idx + len(token) + 6]
    if _quote_follows(after):
        return True
    doc = token.doc
    subject = {t.i for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i
               for t in c.subtree}
    k = token.i - 1
    while k > 0 and token.i - k <= 8:
        if doc[k].text in _CLOSING or doc[k].text == "''":  # the quote ends with its own comma, stop or question mark
            return doc[k - 1].text[-1:] in ",.?!—–-"
        if k not in subject:
            return False
        k -= 1
    return False


def _quote_follows(after: str) -> bool:
    stripped = after.lstrip(" ")
    if stripped[:1] in (",", ":"):
        stripped = stripped[1:].lstrip(" \n")
    else:
        return False
    return _opens_quote(stripped)


def _opens_quote(text: str) -> bool:
    """Whether `text` starts with an opening quotation mark, typographic or typed ('' and ``)."""
    return text[:1] in _OPENING or text.startswith(("''", "``"))


def _object_then_quote(token: Token) -> bool:
    """ "called that “beyond preposterous”", "calling Pence “my partner”": a direct object
    followed by the quoted words the verb puts on it."""
    text = doc_text(token.doc)
    # "Moscow calls protest \"theatre\"": a headline's bare noun the parser may take for a complement
    for obj in (c for c in token.children if c.i > token.i and (
            c.dep_ == "dobj" or (c.dep_ == "xcomp" and c.pos_ == "NOUN"))):
        last = obj.right_edge
        if last.text in _OPENING or last.text == "``":  # the parser may hang the opening mark on the object
            return True
        if _opens_quote(text[last.idx + len(last):].lstrip(" ")):
            return True
        if any(t.text in _OPENING and t.i > obj.i for t in obj.subtree):
            return True  # "called the mayor's decision “a crucial step”": the quote read as an apposition
        if any((t.text in _OPENING or t.tag_ == "``") and t.i < obj.i for t in obj.subtree):
            return True  # "termed Sindh budget 'eyewash'": the object and its quoted name read as one phrase
    return _headline_object_then_quote(token)


def _headline_object_then_quote(token: Token) -> bool:
    """ "...; government calls finding 'politically motivated'": in a headline, whose terse nouns the
    parser often misreads, a few words after the verb and then a quotation, in the same clause."""
    line = headline_line(token.doc)
    if not len(line) or not line.start <= token.i < line.end:
        return False
    rest = doc_text(token.doc)[token.idx + len(token):line[-1].idx + len(line[-1])].split(";")[0]
    return bool(_WORDS_THEN_QUOTE.match(rest))


def _quoted_in_headline(verb: Token) -> list[Token]:
    """The words inside quotation marks after a headline's verb, up to the end of its clause."""
    line, quoted, out = headline_line(verb.doc), False, []
    for token in verb.doc[verb.i + 1:line.end]:
        if token.text == ";":
            break
        if token.text in _HEADLINE_MARKS:
            quoted = not quoted
        elif quoted:
            out.append(token)
    return out


# a headline's quotation marks, either way round, straight, curly or as the tokenizer's `` and ''
_HEADLINE_MARKS = frozenset(OPENERS) | frozenset(OPENERS.values()) | {"'", "``", "''"}
_WORDS_THEN_QUOTE = re.compile(r"\s+(?:[\w’'.-]+\s+){1,4}['‘“\"]\w")


def noun_cue(token: Token) -> dict[str, str] | None:
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    return cue_table().get((token.lemma_.lower(), "NOUN"))


def is_negated(token: Token) -> bool:
    """Negated directly ("did not deny", "never confirmed") or through a carrier verb."""
    if any(c.dep_ == "neg" or c.lower_ in ("never", "neither") for c in token.children):
        return True
    if any(c.dep_ in ("acomp", "oprd") and c.lemma_.lower() not in truth_words()
           and any(g.dep_ == "neg" and g.i < c.i for g in c.children) for c in token.children):
        # "pleaded not guilty": the predicate the cue reports through is negated (not "called it 'not
        # accurate'", a denial: see denies_in_content; nor "called it a slogan, not a plan", a contrast)
        return True
    head = token
    while head.dep_ in ("xcomp", "acomp") and head.head is not head:
        head = head.head
        if head.lemma_.lower() not in CARRIERS and head.lower_ not in ("unable", "able"):
            return False
        if head.lower_ == "unable" or any(c.dep_ == "neg" for c in head.children):
            return True
    if token.dep_ == "conj" and any(c.lower_ == "nor" for c in token.children):
        return True
    if any(c.dep_ == "dobj" and c.lemma_.lower() in withheld_answers()
           and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in token.children):
        return True  # "gave no further details", "offered no timeline": the answer not given
    return withheld(token)


def unable_to_speak(clause: Token) -> bool:
    """ "(said) it was unable to confirm", "it had not been able to verify": the speaker's own
    inability to perform an act of speech, carried by "able" (the act, inside what is reported, is
    no cue of its own), which declines."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    able = next((c for c in clause.children if c.dep_ == "acomp" and c.lower_ in ("able", "unable")), None)
    act = next((c for c in able.children if c.dep_ == "xcomp"), None) if able is not None else None
    row = verb_cue(act) if act is not None else None
    return subject is not None and subject.lower_ in ("it", "we", "i", "they") and row is not None \
        and is_negated(act) and stance_of(act, row) == "decline"


def withheld(token: Token) -> bool:
    """ "..., the agency said, without saying who had fired", "without giving details": an act of
    speech the source is said not to have performed alongside another (not "settled without
    admitting wrongdoing", "approved without assessing it": no speech withheld)."""
    return token.dep_ == "pcomp" and token.head.lower_ == "without" and token.lemma_.lower() in declinable_acts_of_speech() \
        and token.head.head.lemma_ != "go"  # not "it goes without saying"


def _disclaims(token: Token) -> bool:
    """ "I am not saying that to frighten anyone", "We're not saying he is guilty": a speaker's own
    present-progressive "not saying" disclaims a reading of their words; it refuses nothing (unlike
    "I won't say", "the company is not saying how many")."""
    return token.lemma_.lower() == "say" and token.tag_ == "VBG" \
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in token.children) \
        and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in token.children) \
        and not any(c.dep_ in ("ccomp", "xcomp") and c.left_edge.lower_ in QUESTION_WORDS for c in token.children)


def stance_of(token: Token, row: dict[str, str]) -> str:
    """The stance of one cue use."""
    lemma = token.lemma_.lower()
    if lemma in DECLINING:
        inner = next((c for c in token.children if c.dep_ == "xcomp"), None)
        if inner is not None:
            inner_row = verb_cue(inner) or cue_table().get((inner.lemma_.lower(), "VERB"))
            if inner_row is not None and inner_row["stance"] == "deny":
                return "not_deny" if not is_negated(token) else "deny"
        return row["negated"] if is_negated(token) else row["stance"]
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in token.children):
        return "decline"
    if is_negated(token):
        if _late_act(token) or _disclaims(token):
            return row["stance"]
        if _nothing(token):
            return "decline"
        return row["negated"] or "decline"
    if _nothing(token):
        return "decline"
    if row["stance"] == "assert" and denies_in_content(token):
        return "deny"
    return row["stance"]


def _denies_what_was_told(root: Token, content: Span) -> bool:
    """ "There was no walkout", "There is no such plan", "There is not a single piece of evidence of
    fraud": saying a thing the text already spoke of does not exist denies it ("such" points back
    outright). Not "There is no risk to consumers", where nothing told before is answered."""
    unspecific = column_map("unspecific_nouns", "lemma", "through")
    if root.lemma_ == "have" and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in root.children):
        # "it had no record of those reports": a body that keeps records finds none of what was told
        thing = next((c for c in root.children if c.dep_ == "dobj" and unspecific.get(c.lemma_.lower()) == "of"), None)
    elif root.lemma_ != "be" or not any(c.dep_ == "expl" and c.lower_ == "there" for c in root.children):
        return _none_of_what_was_told(root, content)
    else:
        thing = next((c for c in root.children if c.dep_ in ("attr", "nsubj") and c.pos_ in ("NOUN", "PROPN")), None)
    if thing is None or not (any(c.dep_ == "det" and c.lower_ == "no" for c in thing.children)
                             or any(c.dep_ == "neg" for c in root.children)):
        return False
    if any(c.lower_ in ("further", "more", "other", "new") for c in thing.children):
        return False  # "no further sightings overnight": news of a lull, not a denial
    if any(c.dep_ in ("prep", "advcl") and c.lower_ in ("without", "unless") for c in root.children):
        return False  # "Without data, there is no work": a condition, not a denial
    # the thing and the words naming its kind ("no VAT hike", "no evidence of fraud"), not a place
    # or a party it is set against ("no risk to consumers")
    named = [thing, *(c for c in thing.children if c.dep_ == "compound")]
    of = [c for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"] \
        if unspecific.get(thing.lemma_.lower()) == "of" else []
    named += [g for c in of for g in c.subtree if g.dep_ in ("pobj", "compound")]
    words = [t for t in named if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() not in unspecific]
    if any(t.lower_ == "such" for t in thing.children) or any(
            d.dep_ == "det" and d.lower_ in ("those", "these", "that", "this")
            for c in of for g in c.children if g.dep_ == "pobj" for d in g.children):
        return True  # "no such plan", "no record of those reports": what was told, pointed back to outright
    doc = root.doc
    told = {t.lemma_.lower() for t in doc[: content.sent.start] if t.pos_ in ("NOUN", "PROPN", "VERB")}
    return any(w.lemma_.lower() in told for w in words)


def _none_of_what_was_told(root: Token, content: Span) -> bool:
    """ '"No fire was opened in the direction of the post," the statement said', after a report that
    fire was opened: in the speaker's own words, the very act told before, done by "no" one, is denied (both the act and the thing it was done to
    were told before; not "No injuries were reported", news of its own)."""
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
    if subject is None or root.pos_ != "VERB" or not any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children) \
            or any(c.lower_ in ("further", "more", "other", "new") for c in subject.children) \
            or any(c.tag_ == "MD" for c in root.children):
        return False  # (nor "No sheet will be counted behind closed doors", a promise)
    if content.start_char == 0 or doc_text(content.doc)[content.start_char - 1] not in QUOTE_MARKS:
        return False  # the speaker's own words: "told media that no ransom had been paid" reports a fact
    told = {(t.lemma_.lower(), t.pos_) for t in root.doc[: content.sent.start]}
    return (subject.lemma_.lower(), "NOUN") in told and (root.lemma_.lower(), "VERB") in told


def _late_act(token: Token) -> bool:
    """ "did not affirm ... until Oct. 23": negation with "until" still reports a (late) act; not
    "did not respond until the closing of this edition", the reporter's deadline (press_deadlines.tsv)."""
    holders = {token.i} | {a.i for a in token.ancestors}
    deadlines = word_set("press_deadlines", "lemma")
    return any(t.lower_ in ("until", "till") and t.head.i in holders and t.i > token.i
               and not any(o.dep_ == "pobj" and o.lemma_.lower() in deadlines for o in t.children)
               for t in token.sent)


def _nothing(token: Token) -> bool:
    """ "said he had nothing to say": a refusal phrased as an assertion, when the one with
    nothing to say is the speaker (a pronoun), not a third party."""
    if token.lemma_.lower() in ("say", "tell") and any(
            c.dep_ == "dobj" and c.lower_ in ("nothing", "little") for c in token.children):
        return True  # "the report said nothing about the cost"
    for c in token.subtree:
        if c.lower_ != "nothing" or not any(g.lemma_.lower() in ("say", "add", "comment", "report")
                                             for g in c.children):
            continue
        holder = next((s for s in c.head.children if s.dep_ == "nsubj"), None)
        if c.head is token or (holder is not None and holder.pos_ == "PRON"):
            return True
    return False


def _exclaims_falsity(words: Span, root: Token) -> bool:
    """A sentence that is only a verdict of falsity, with nothing it is said of: "Rubbish!",
    "Total nonsense.", "Lies!" answers what was just said."""
    spoken = [t for t in words if not t.is_punct]
    return 1 <= len(spoken) <= 3 and root.lemma_.lower() in falsity_words() and root.pos_ in ("NOUN", "ADJ", "PROPN") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "prep", "acl", "relcl") for c in root.children)


def _verdict_without_verb(words: Span, root: Token) -> bool:
    """A claim and the verdict of falsity on it, with no verb, as headlines write them: "Report of
    secret Tehran-Washington talks 'baseless'", "Fraud claims 'fabricated'"."""
    spoken = [t for t in words if not t.is_punct]
    return len(spoken) >= 2 and _is_judged(root) and spoken[-1].lemma_.lower() in falsity_words() \
        and not any(t.pos_ in ("VERB", "AUX") for t in spoken[:-1])


@functools.lru_cache(maxsize=None)
def falsity_words() -> frozenset[str]:
    """Predicates that call content false ("groundless", "fabricated"): saying so is denying."""
    return frozenset(r["lemma"].lower() for r in read_table("cues") if r["pos"].upper() == "FALSE")


@functools.lru_cache(maxsize=None)
def claim_falsity_words() -> frozenset[str]:
    """Falsity predicates that deny only when said of a claim ("the suggestion is wrong")."""
    return frozenset(r["lemma"].lower() for r in read_table("cues")
                     if r["pos"].upper() == "FALSE" and r["object"] == "claim")


@functools.lru_cache(maxsize=None)
def label_falsity_words() -> frozenset[str]:
    """Falsity predicates that deny only as a label put on a claim ("called the figures inflated")."""
    return frozenset(r["lemma"].lower() for r in read_table("cues")
                     if r["pos"].upper() == "FALSE" and r["object"] == "label")


@functools.lru_cache(maxsize=None)
def truth_words() -> frozenset[str]:
    """Predicates that, negated, call content false ("not accurate", "no truth")."""
    return frozenset(r["lemma"].lower() for r in read_table("cues") if r["pos"].upper() == "TRUE")


# What a falsity judgement in a quote is about: the claim itself or a pronoun pointing to it.
JUDGED_PRONOUNS = {"that", "this", "it", "which", "these", "those", "they"}
# The saying acts whose negation, with the speaker as subject, is a refusal to speak.
def withheld_answers() -> frozenset[str]:
    """What a speaker says they do not have when declining (withheld_answers.tsv)."""
    return word_set("withheld_answers", "word")


QUOTE_MARKS = frozenset(OPENERS) | {"'"}  # the marks that open a quotation (quotes.py), and a straight ' too


def _puts_off(root: Token) -> bool:
    """ "Ask me in 2027", "Check back next week": an imperative that puts the question off
    (put_off_answers.tsv): no subject, and the object or particle the table names."""
    words = column_groups("put_off_answers", "verb", "word").get(root.lemma_.lower(), ())
    doc = root.doc
    labels = {c.i for c in root.children if c.i + 1 < len(doc) and doc[c.i + 1].text == ":"}  # "A: Ask me ..."
    return root.tag_ == "VB" and not any(c.dep_ in ("nsubj", "aux") and c.i not in labels for c in root.children) \
        and any(c.lower_ in words for c in root.children)


def content_stance(content: Span) -> str | None:
    """The stance the reported words carry under a neutral cue, read from the main clause
    of their first sentence: a falsity judgement about a claim ("The claim is false",
    "That's not accurate") denies; a refusal to comment ("will not be commenting on
    speculation", "had no information to suggest that") declines."""
    sent = next(iter(content.sents), None)
    if sent is None:
        return None
    if answers_no(content):
        return "deny"
    inside = range(max(sent.start, content.start), min(sent.end, content.end))
    roots = [t for t in content.doc[inside.start : inside.stop] if t.head.i not in inside or t.head.i == t.i]
    if not roots:
        return None
    root = roots[0]
    if _puts_off(root):
        return "decline"  # "Ask me in 2027."
    if _exclaims_falsity(content.doc[inside.start : inside.stop], root):
        return "deny"  # a heckle: "Rubbish!", "Lies, all of it."
    if _verdict_without_verb(content.doc[inside.start : inside.stop], root):
        return "deny"  # a headline's "Report of secret talks 'baseless'"
    if root.pos_ == "NOUN" and root.lemma_.lower() in withheld_answers() and root.head.lemma_ == "have" and any(
            c.dep_ == "det" and c.lower_ == "no" for c in root.children):
        return "decline"  # said he had "no information to suggest that"
    if root.pos_ == "NOUN" and root.lemma_.lower() == "comment" and not (inside.start <= root.head.i < inside.stop) \
            and any(c.dep_ == "det" and c.lower_ == "no" for c in root.children):
        return "decline"  # "No comment on the claim, says Kremlin"
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    negated = any(c.dep_ == "neg" for c in root.children)
    if subject is not None and _is_judged(subject):
        for pred in [root, *root.children]:
            if pred is not root and pred.dep_ not in ("acomp", "attr"):
                continue
            lemma = pred.lemma_.lower()
            labelled = lemma in label_falsity_words() and noun_cue(subject) is None  # "the figures are inflated"
            passive = pred is root and root.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in root.children)
            if lemma in falsity_words() and not labelled and not negated and (pred is not root or passive) \
                    and not _judges_an_act(root):  # "The claims are false", "These claims are fabricated"
                return "deny"  # "The claim is false"; not "It is wrong to assume ..." (a judgement of an act)
            if lemma in truth_words() and pred is not root and (
                    negated or any(c.dep_ == "det" and c.lower_ == "no" for c in pred.children)):
                return "deny"
    if subject is not None and subject.pos_ == "PRON" and subject.lower_ not in ("that", "this", "which"):
        if root.lemma_ == "have" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in withheld_answers()
                and (negated or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in root.children):
            return "decline"  # "we have no information", "I don't have a date for you yet"
    if _denies_what_was_told(root, content):
        return "deny"  # "There was no explosion on Brodie Alpha", after reports of one
    if negated and subject is not None and subject.lower_ in ("i", "we") and _disbelieves(root):
        return "deny"  # "I don't trust that number"
    if _too_early_to_say(root, subject) or _answer_not_given(root, subject):
        return "decline"  # said it was "too early to say", that "no date can be given"
    if _passed_on(root, subject):
        return "decline"  # said that was "a matter for the league"
    rejects = _rejecting_verb(root)
    if subject is not None and subject.left_edge.i == content.start and not negated and root.tag_ in (
            "VBZ", "VBP", "VBD") and rejects \
            and content.start_char > 0 and doc_text(content.doc)[content.start_char - 1] in QUOTE_MARKS:
        # "“Dániel categorically denies taking any banned substance,” his lawyer said": the speaker's
        # own words deny; not "officials said the rebels denied the attack", a denial reported
        return "deny"
    if subject is not None and _speaker_itself(subject) and not negated and root.tag_ in ("VBZ", "VBP", "VBD", "VB") \
            and not any(c.tag_ == "MD" for c in root.children) and rejects:
        return "deny"  # "Rodix said it 'respectfully disagrees' with the court", "said her client denies the charges"
    # "I'm not going to speculate"; "she is on leave and will not be commenting on speculation"
    acts = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                     and content.start <= c.i < content.end]  # not a second act left out of what was said
    for act in acts:
        if act is not root and any(c.dep_ in ("nsubj", "nsubjpass", "ccomp") for c in act.children):
            continue  # a second clause with a subject, or a question, of its own
        if act is not root and subject is not None and subject.pos_ == "PRON" and verb_cue(act) is not None:
            continue  # "said it had received the file and would not comment further": the speaker's
            # second act, a record of its own (cue_sources), leaves the first an assertion
        if subject is None or subject.lower_ in ("that", "this", "which"):
            break
        if _refuses_to_speak(act):
            return "decline"
        if subject.pos_ == "PRON" and _withholds_denial(act):
            return "not_deny"  # she said: "I'm not ruling it out."
    for sent in list(content.sents)[:2]:  # "I meet a lot of people. I'm not going to tell you who."
        own = content.doc[max(sent.start, content.start):min(sent.end, content.end)]
        if len(own) and refuses_in_first_person(own):
            return "decline"
    return None


def _disbelieves(verb: Token) -> bool:
    """A verb of holding true (disbelieving_verbs.tsv) whose object is a claim ("that number")."""
    return verb.lemma_.lower() in word_set("disbelieving_verbs", "lemma") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in word_set("claim_nouns", "lemma") for c in verb.children)


def _rejecting_verb(verb: Token) -> bool:
    """A verb of denial (cues.tsv) or of disagreeing (disagreeing_verbs.tsv)."""
    row = verb_cue(verb)
    return (row is not None and row["stance"] == "deny") or (
        verb.lemma_.lower() in word_set("disagreeing_verbs", "lemma")
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children))


def _speaker_itself(subject: Token) -> bool:
    """A subject that stands for the one reporting: "it", "we", "they", "I", or the party a speaker
    acts for, "her client" (represented_parties.tsv)."""
    return subject.lower_ in ("it", "we", "they", "i") or (
        subject.lemma_.lower() in word_set("represented_parties", "lemma")
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children))


def answers_no(content: Span) -> bool:
    """ "Asked whether the flight was rushed, he said: 'No. Nobody pushed us.'", "... he said: 'Not
    at this stage.'": reported words opening on a bare "No", or a quoted answer that is a verbless
    "Not ...", that answer a yes-or-no question put in the same sentence deny it."""
    doc, first = content.doc, content[0]
    if first.i == 0 or first.i + 1 >= len(doc):
        return False
    bare_no = first.lower_ == "no" and doc[first.i + 1].text in (".", ",", "!", ";")
    # "he said: 'Not at this stage.'": a verbless "Not ..." answers the question as a "No" does
    opens_answer = first.i >= 2 and doc[first.i - 1].is_quote and doc[first.i - 2].text == ":"
    bare_not = first.lower_ == "not" and opens_answer and not any(
        t.pos_ in ("VERB", "AUX") for t in first.sent if t.i >= first.i)
    if not (bare_no or bare_not):
        return False
    before = doc[doc[first.i - 1].sent.start:first.i]  # the sentence that puts the question, up to the answer
    return any(t.lower_ in POLAR_QUESTION_WORDS for t in before) or _answers_a_polar_question(first)


def _answers_a_polar_question(first: Token) -> bool:
    """ "Q: ... Is that a concern? ¶ ROJAS: No. The smelter was approved ...": a transcript answer
    opening on "No" right after a question that opens on an auxiliary, or right after the asker's
    turn that puts a claim to the speaker ("Q: Councillor X says the rise could have been 2%. ¶ A: No.")."""
    doc = first.doc
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, first.idx) + 1
    k = first.i - 1
    # back over the answer's own label ("KERRIGAN:", "Spokesperson Temirkhanov:") to the question
    while k >= 0 and (doc[k].is_space or doc[k].is_punct or doc[k].text.isupper() or doc[k].idx >= line_start):
        if doc[k].text == "?":
            question = doc[k].sent
            return question[0].tag_ in ("VBZ", "VBP", "VBD", "MD") or question[0].lemma_ in ("be", "do", "have")
        k -= 1
    asked = text[:line_start].rstrip().rsplit("\n", 1)[-1]  # the line before the answer's
    label = asked.split(":", 1)[0].strip().lower() if ":" in asked[:20] else ""
    return first.lower_ == "no" and (label in ("q", "question") or label in QUESTIONER_LABELS)


@functools.lru_cache(maxsize=1)
def _deferral_words() -> dict[str, str]:
    return {row["word"].lower(): row["with_too"].lower() for row in read_table("deferral_words")}


def _too_early_to_say(root: Token, subject: Token | None) -> bool:
    """ "it is too early to say", "too soon to tell", "premature to speculate", "too early to link it
    to climate change" (or that phrase quoted alone): an act of speech or judgement put off
    (deferred_judgements.tsv), which declines it."""
    own = [c for c in root.children if c.dep_ in ("acomp", "advmod")] if subject is not None and \
        subject.lower_ == "it" else []
    for pred in [root, *own]:
        needs_too = _deferral_words().get(pred.lemma_.lower())
        early = needs_too == "no" or (needs_too == "yes" and any(c.lower_ == "too" for c in pred.children))
        put_off = declinable_acts_of_speech() | {"tell"} | word_set("deferred_judgements", "lemma")
        if early and any(c.dep_ == "xcomp" and c.lemma_.lower() in put_off for c in pred.children):
            return True
    return False


def _answer_not_given(root: Token, subject: Token | None) -> bool:
    """ "no date can be given as long as the slope is moving", "no details were provided": the answer
    asked for (withheld_answers.tsv) said, in the passive, not to be given (giving_verbs.tsv),
    declines it."""
    return subject is not None and subject.dep_ == "nsubjpass" \
        and root.lemma_.lower() in word_set("giving_verbs", "lemma") and subject.lemma_.lower() in withheld_answers() \
        and any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _passed_on(root: Token, subject: Token | None) -> bool:
    """ "That was a matter for the league", "it is a question for the courts": an answer that
    hands the question to someone else (deflection_nouns.tsv), and says nothing more, declines it."""
    if root.dep_ == "attr" and root.head.lemma_ == "be":  # he said that was "a matter for the league"
        root, subject = root.head, next((c for c in root.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in ("that", "this", "it") or root.lemma_ != "be" \
            or any(c.dep_ in ("neg", "conj") for c in root.children):
        return False  # not "That's a question for the legislature, and I'll respect what it decides"
    return any(c.dep_ == "attr" and c.lemma_.lower() in word_set("deflection_nouns", "word")
               and any(p.dep_ == "prep" and p.lower_ == "for" and any(g.dep_ == "pobj" for g in p.children)
                       for p in c.children)
               for c in root.children)


def _carried_act(act: Token) -> tuple[Token, bool]:
    """The act a carrier verb leads to ("will not be commenting", "would not rule out") and whether
    it is negated on the way."""
    negated = any(c.dep_ == "neg" for c in act.children)
    while act.lemma_.lower() in CARRIERS and not any(c.dep_ in ("acomp", "attr") for c in act.children):
        inner = next((c for c in act.children if c.dep_ == "xcomp"), None)
        if inner is None:
            break
        act = inner
        negated = negated or any(c.dep_ == "neg" for c in act.children)
    return act, negated


def _withholds_denial(act: Token) -> bool:
    """ "would not rule it out", "we don't dispute that": the speaker's own negated denial verb, a cue
    whose negated use cues.tsv reads as not_deny."""
    act, negated = _carried_act(act)
    row = verb_cue(act) if negated else None
    return row is not None and row["negated"] == "not_deny"


def _refuses_to_speak(act: Token) -> bool:
    act, negated = _carried_act(act)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in act.children)  # "it had not been told": the one told
    # "it does not discuss medicines under review": a standing rule of not speaking, whatever its object
    policy = any(c.dep_ == "aux" and c.lower_ in ("does", "do") for c in act.children)
    return negated and not passive and act.lemma_.lower() in declinable_acts_of_speech() and (policy or not any(
        c.dep_ == "dobj" for c in act.children)) and not _disclaims(act) and not _other_sense(act)


def _other_sense(act: Token) -> bool:
    """ "We do not give up on people": a particle no cues.tsv row of the verb takes makes a phrasal
    verb of another sense (not "would not weigh in", whose row asks for prt:in)."""
    particles = {f"prt:{c.lower_}" for c in act.children if c.dep_ == "prt"}
    if not particles:
        return False
    taken = {item for row in cue_rows().get((act.lemma_.lower(), "VERB"), ()) for item in row.get("object", "").split("|")}
    return not particles & taken


def _judges_an_act(clause: Token) -> bool:
    """ "It is wrong to assume ...": a falsity word over an infinitive judges an act, not a claim."""
    return any(c.dep_ == "xcomp" for t in (clause, *clause.children) for c in t.children)


def _is_judged(subject: Token) -> bool:
    if subject.lower_ in JUDGED_PRONOUNS or subject.dep_ == "expl":
        return True
    return subject.pos_ == "NOUN" and (noun_cue(subject) is not None or subject.lemma_.lower() in (
        "allegation", "accusation", "suggestion", "story", "figure", "rumour", "rumor", "publication", "article")
        or subject.lower_ in word_set("documents", "noun"))  # "That post is false"


@functools.lru_cache(maxsize=None)
def declinable_acts_of_speech() -> frozenset[str]:
    """Acts one can refuse to perform (ACT rows) and the plain saying verbs."""
    acts = {r["lemma"].lower() for r in read_table("cues") if r["pos"].upper() == "ACT"}
    return frozenset((acts | {"comment", "say", "speculate", "discuss", "confirm"}) - {"be"})


def denies_in_content(token: Token) -> bool:
    """ "said the accusations were groundless", "insisted its troops had not fired"."""
    words = falsity_words()
    if "objquote" in (verb_cue(token) or {}).get("object", "") and _headline_object_then_quote(token) \
            and any(t.lemma_.lower() in words for t in _quoted_in_headline(token)):
        return True  # "...; company calls move 'baseless'" (not "minister warns of 'false dawn'")
    for child in token.children:
        if child.dep_ == "dobj" and any(a.dep_ == "appos" and a.lemma_.lower() in words for a in child.children):
            return True  # 'called the claim "a lie from beginning to end"', the verdict read as an apposition
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in child.children) \
                and _falsity_word(child, words):
            return True  # "described the claims as fabricated", the verdict read as a clause
        if child.dep_ not in ("ccomp", "oprd", "prep"):
            continue
        if child.dep_ == "oprd" and child.lemma_.lower() in truth_words() \
                and any(g.dep_ == "neg" for g in child.children):
            return True  # "calling it 'not accurate'"
        # only what the complement itself predicates ("were groundless", "as fantasy"),
        # not a word buried deeper in it
        near = [t for t in child.children] + [g for t in child.children if t.lower_ == "as" for g in t.children]
        if child.dep_ == "prep" and child.lower_ != "as":
            near = []
        said_of_party = False
        if child.dep_ == "ccomp":
            subject = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
            said_of_party = (subject is not None and not _is_judged(subject)) or _judges_an_act(child)
            if any(c.dep_ == "neg" for c in child.children):
                near = []  # "said the government was not wrong"
        for t in [child, *near]:
            if said_of_party and t.lemma_.lower() in claim_falsity_words():
                continue  # "said the minister was wrong to ...": no claim called false
            if child.dep_ == "ccomp" and t.lemma_.lower() in label_falsity_words():
                continue  # "claimed the figures were inflated": the source's own view, stated
            if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" for c in t.children):
                continue  # "said they had inflated the balloon": an act done, not a claim judged
            if _falsity_word(t, words) and (t.dep_ in ("acomp", "attr", "oprd", "pobj", "dobj", "prep", "ccomp")
                                               or (t.dep_ == "amod" and t.head.lower_ == "as")  # "as 'exaggerated'"
                                               or (t.dep_ == "appos" and child.dep_ == "oprd")):  # as for a dobj
                return True
        # "insisted its troops had not fired": a denied past fact; not "insisted it would not ..."
        if child.dep_ == "ccomp" and token.lemma_.lower() in ("insist", "maintain") and any(
                c.dep_ == "neg" or (c.dep_ in ("dobj", "nsubj") and c.lower_ in ("nothing", "nobody", "no-one"))
                for c in child.children) and not any(c.tag_ == "MD" for c in child.children):
            return True  # (or "insist they hid nothing")
    return False


def _falsity_word(token: Token, words: frozenset[str]) -> bool:
    """A word calling a claim false, by its lemma or as written ("described them as fabricated", whose
    lemma is the verb; not a clause of its own, "a fantasy invented to hide ..."), and not a finite
    verb spelled like one ("waters that Sofia says lie on its side")."""
    if token.pos_ in ("VERB", "AUX") and token.tag_ in ("VB", "VBP", "VBZ"):
        return False
    if token.dep_ == "ccomp" and token.pos_ == "NOUN" and any(c.dep_ == "prep" for c in token.children) \
            and not any(c.dep_ == "det" for c in token.children):
        return False  # the same verb the tagger read as a noun heading the clause: "says lie on the ... side"
    return token.lemma_.lower() in words or (token.lower_ in words and token.dep_ != "ccomp")


def governs_cue(token: Token) -> bool:
    """True for a cue merged into the verb above it ("declined to assess", "refused to deny")."""
    if token.dep_ != "xcomp":
        return False
    head = token.head
    return head.lemma_.lower() in DECLINING or (
        head.lemma_.lower() in CARRIERS and head.head is not head and head.head.lemma_.lower() in DECLINING)


def refuses_in_first_person(sent: Span) -> bool:
    """ "I'm not going to point fingers", "I won't go into the details", "We have nothing to announce
    on that": a speaker's own sentence saying they will not answer (refusal_acts.tsv); spoken
    English drops the "I" ("Not going to go into that", "Won't comment on that")."""
    root = sent.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    clipped = not subjects and sent[0].i in {c.left_edge.i for c in root.children if c.dep_ in ("neg", "aux")}
    if not clipped and not any(c.lower_ in ("i", "we") for c in subjects):
        return False
    negated, act = any(c.dep_ == "neg" for c in root.children), root
    going = next((c for c in root.children if c.dep_ == "xcomp"), None)
    if root.lemma_ == "go" and going is not None:  # "I'm not going to speculate"
        act = going
    if root.lemma_ == "have":  # "I have nothing to announce", "we have nothing to add"
        nothing = next((c for c in root.children if c.dep_ == "dobj" and c.lower_ == "nothing"), None)
        wanted = None if nothing is None else next((c for c in nothing.children if c.dep_ in ("relcl", "acl")), None)
        if wanted is None:
            return False
        negated, act = True, wanted
    needs = column_groups("refusal_acts", "lemma", "with").get(act.lemma_.lower())
    if not negated or needs is None or _disclaims(act):
        return False
    return any(not need or _has(act, need) for need in needs)


def _has(verb: Token, need: str) -> bool:
    if need.startswith("prep:"):
        return any(c.dep_ in ("prep", "prt") and c.lower_ == need[5:] for c in verb.children)
    return any(c.lemma_.lower() == need for c in verb.subtree if c is not verb)
