"""Coordinated sources that act each on their own: "Kyrgyzstan and Tajikistan accused each other",
"the crisis centre and the environment agency said in a joint update". Such an act is one statement
per party; a plain "A and B said" stays one joint source."""
from __future__ import annotations

import dataclasses
import functools
from collections import Counter

from spacy.tokens import Doc, Token

from .countries import countries_in, country_name, country_of
from .holder_words import doc_ents
from .lexicon import read_table, word_set
from .quotes import headline_line
from ..models import Statement
from .reported import Cue
from .speakers import ORG_ROLES, PERSON_ROLES, Speaker, country_of_name, describe, speaker_keys, surname_key

QUANTIFIERS = {"many", "some", "others", "several", "most", "few", "both", "all", "neither"}


def parties(doc: Doc, cue: Cue) -> list[Speaker]:
    """ "Kyrgyzstan and Tajikistan accused each other", "The crisis centre and the environment agency
    said in a joint update", "Opposition leader X and his deputy, Y, said": a source of coordinated
    parties makes one act for each party (FORMAT: a statement per source)."""
    if cue.token_i is None or cue.source_head is None or cue.fixed_speaker is not None or cue.continues:
        return []
    head = _first_of_named_run(cue.source_head)
    if not _acts_of_each(doc[cue.token_i]) and not _named_people(head):
        return []  # a plain "France and Poland said" stays one joint source, as most annotators keep it
    holders = _role_of_each(head)
    if holders:
        return holders
    conjuncts = [head, *[c for c in head.conjuncts if c.i > head.i]]
    if len(conjuncts) < 2 or any(c.pos_ not in ("PROPN", "NOUN") or c.lower_ in QUANTIFIERS for c in conjuncts):
        return []
    joiners = [c for c in head.children if c.dep_ == "cc"]
    if any(c.lower_ not in ("and", "&") for c in joiners):
        return []  # "X or Y": not both spoke
    if not joiners and head.i >= len(headline_line(doc)):
        return []  # a comma alone joins only in a headline ("Sudan, South Sudan trade blame")
    if any(c.dep_ == "compound" or (c.pos_ == "PROPN" and c.head.pos_ == "PROPN" and c.head.dep_ == "compound")
           for c in conjuncts[1:]):
        return []
    if any(_same_entity(head, c) for c in conjuncts[1:]) or _name_holding_and(head, conjuncts[-1]):
        return []  # "the Ethics and Anti-Corruption Commission": one body whose name holds "and"
    return [_conjunct(c) for c in conjuncts]


def _role_of_each(head: Token) -> list[Speaker]:
    """ "The ambassadors of Germany and the Netherlands said in a joint statement", "the armies of
    Sudan and South Sudan gave conflicting accounts": a plural role or body held in each of
    coordinated places or bodies is one holder per party ("ambassador of Germany", "army of Sudan")."""
    lemma = head.lemma_.lower()
    if head.tag_ != "NNS" or (lemma not in PERSON_ROLES and lemma not in ORG_ROLES):
        return []
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    first = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if first is None or not first.conjuncts or any(c.lower_ not in ("and", "&") for c in first.children if c.dep_ == "cc"):
        return []
    kind = "person" if lemma in PERSON_ROLES else "org"
    out = []
    for party in (first, *[c for c in first.conjuncts if c.i > first.i]):
        words = _own_words(party)
        if party.pos_ != "PROPN" or not words:
            return []
        place = " ".join(t.text for t in words)
        out.append(Speaker(f"{lemma} of {place}", kind, head.idx, words[-1].idx + len(words[-1]),
                           None, country_of(place)))
    return out


def _conjunct(c: Token) -> Speaker:
    """One party of a coordination, without the others, its joiners or a describing apposition."""
    named = c.lemma_.lower() in PERSON_ROLES and any(k.dep_ == "appos" and k.pos_ == "PROPN" for k in c.children)
    return describe(_own_words(c, keep_apposition=named) or [c], c)


def _own_words(c: Token, keep_apposition: bool = False) -> list[Token]:
    """A conjunct's own words: without the other conjuncts, joiners, punctuation or (unless kept) a
    describing apposition."""
    dropped = ("conj", "cc", "punct") if keep_apposition else ("conj", "cc", "punct", "appos")
    drop = {t.i for k in c.children if k.dep_ in dropped for t in k.subtree}
    return [t for t in c.subtree if t.i not in drop and not t.is_punct]


def _first_of_named_run(head: Token) -> Token:
    """ "..., Chilean President X and Argentine President Y said", parsed with X a conjunct of an
    earlier noun and the verb left without a subject: the source found is Y, the last of people
    named side by side; the run starts at the first of them."""
    while head.dep_ == "conj" and head.head.i < head.i and head.ent_type_ == "PERSON" == head.head.ent_type_ \
            and any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in head.head.children):
        head = head.head
    return head


def _acts_of_each(token: Token) -> bool:
    """Whether the act is told as each party's own: reciprocal ("accused each other", "one
    another", "traded blame"), distributive ("each said", "both said") or a joint document ("said in a joint
    statement", "a joint update")."""
    if token.lemma_.lower() in word_set("reciprocal_verbs", "lemma"):
        return True  # "traded blame": reciprocal by its meaning
    near = [c for c in token.children if c.dep_ in ("dobj", "prep", "pobj", "advmod", "npadvmod", "nsubj", "det")]
    near += [g for c in near if c.dep_ in ("prep", "nsubj", "dobj") for g in c.children]  # "gave conflicting accounts"
    near += [g for c in near if c.dep_ == "pobj" for g in c.children]
    return any((t.lower_ == "other" and any(c.lower_ == "each" for c in t.children))
               or (t.lower_ in ("one", "another") and any(c.lower_ in ("one", "another") for c in t.children))
               or t.lower_ in word_set("distributive_marks", "word")
               for t in near)


def _named_people(head: Token) -> bool:
    """ "Whitcombe and Brandvold said", "Opposition leader X and his deputy, Y, said": people named
    side by side speak each for themselves, unlike countries or bodies said to act together."""
    conjuncts = [head, *[c for c in head.conjuncts if c.i > head.i]]
    return len(conjuncts) >= 2 and all(c.pos_ == "PROPN" or any(k.dep_ == "appos" and k.pos_ == "PROPN" for k in c.children)
                                       for c in conjuncts) and all(
        describe([t for t in c.subtree if t.i <= c.i or t.dep_ == "appos"], c).kind == "person" for c in conjuncts)


def _name_holding_and(first: Token, last: Token) -> bool:
    """ "The Ethics and Anti-Corruption Commission": a capitalised word with only "the" before it,
    joined to a capitalised name of several words, is the first word of that name."""
    own = [c for c in first.children if c.dep_ not in ("cc", "conj", "punct")]
    return first.text[:1].isupper() and [c.lower_ for c in own] == ["the"] and any(
        c.dep_ == "compound" and c.text[:1].isupper() for c in last.children)


def _same_entity(a: Token, b: Token) -> bool:
    """Whether two tokens lie inside one named entity of the parse."""
    return a.ent_iob_ != "O" and b.ent_iob_ != "O" and any(
        ent.start <= a.i < ent.end and ent.start <= b.i < ent.end for ent in doc_ents(a.doc))


def party_heads(cue: Cue) -> list[str]:
    """The head words of a coordinated source's parties ("army", "group"), lower-cased."""
    head = cue.source_head
    if head is None or cue.fixed_speaker is not None or not head.conjuncts:
        return []
    return [t.lower_ for t in (head, *head.conjuncts) if t.pos_ in ("NOUN", "PROPN")]


def unnamed_pair(doc: Doc, cue: Cue) -> tuple[str, list[Speaker]] | None:
    """ "The two leading candidates accused each other", "the two governments traded blame", "both
    said they would veto it": a reciprocal or distributive act whose source is a pair the sentence
    does not name. Returns the kind of party (pair_nouns.tsv) and, for a pair of any kind, the sides
    the text set apart (`sides_between`, else empty); None for no such pair."""
    head = cue.source_head
    if cue.token_i is None or head is None or cue.fixed_speaker is not None or not _acts_of_each(doc[cue.token_i]):
        return None
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.i != cue.token_i:
        return None  # not "the joint statement signed by the two leaders said": the document speaks
    if head.lower_ == "both" and head.pos_ in ("PRON", "DET", "NOUN"):
        return "any", sides_between(doc, cue)
    row = _pair_nouns().get(head.lemma_.lower())
    if row is None or head.conjuncts:
        return None
    marks = {c.lower_ for c in head.children}
    sides = sides_between(doc, cue)
    if head.tag_ != "NNS":  # "each side accusing the other": one of a pair the text set apart
        sides = sides or _paired_subject(doc, cue)
        return ("any", sides) if "each" in marks and sides else None
    counted = marks & ({"two"} if row["counted"] == "two" else {"two", "both"})
    if not counted and "both" in marks and sides:
        return "any", sides  # "both sides" of the talks the text named
    if counted or (row["kind"] == "any" and not row["counted"]):
        if row["kind"] != "any":
            sides = _pair_named_before(doc, cue, row["kind"])
        return row["kind"], sides
    return None


_PAIR_ENTITIES = {"country": ("GPE", "NORP"), "person": ("PERSON",)}


def _pair_named_before(doc: Doc, cue: Cue, kind: str) -> list[Speaker]:
    """ "Lithuania and Poland will set up a joint command ... ¶ the two governments said": the
    nearest pair of the kind named together as the subject of an earlier clause, which a later "the
    two governments", "the two leaders" stands for before any pair the article quotes most."""
    labels = _PAIR_ENTITIES.get(kind, ())
    for first in reversed([t for t in doc[:cue.token_i] if t.dep_ in ("nsubj", "nsubjpass") and len(t.conjuncts) == 1]):
        pair = [first, first.conjuncts[0]]
        if all(c.pos_ == "PROPN" and (c.ent_type_ in labels or (kind == "country" and country_of(c.text))) for c in pair):
            return [_conjunct(c) for c in pair]
    return []


_NOT_PARTIES = {"DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"}  # "between 60 and 75"


def sides_between(doc: Doc, cue: Cue) -> list[Speaker]:
    """ "Talks between Chad's government and the rebel FPE stalled ... The two sides accused each
    other": the parties a text set against each other with "between A and B" are the sides a later
    "the two sides", "each side" or "both" stands for; the nearest such pair before the act."""
    for prep in reversed([t for t in doc[:cue.token_i] if t.lower_ == "between" and t.dep_ == "prep"]):
        first = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if first is None or len(first.conjuncts) != 1:
            continue
        pair = [first, first.conjuncts[0]]
        if all(c.pos_ in ("PROPN", "NOUN") and not c.like_num and c.ent_type_ not in _NOT_PARTIES for c in pair):
            return [_conjunct(c) for c in pair]
    return []


def _paired_subject(doc: Doc, cue: Cue) -> list[Speaker]:
    """ "Yemen's government and the Houthi movement exchanged detainees, but each side accused the
    other": the pair that is the subject of an earlier clause of the act's sentence."""
    act = doc[cue.token_i]
    for first in (t for t in act.sent if t.i < cue.token_i and t.dep_ == "nsubj" and len(t.conjuncts) == 1
                  and t.head.i != cue.token_i):
        pair = [first, first.conjuncts[0]]
        if all(c.pos_ in ("PROPN", "NOUN") and not c.like_num and c.ent_type_ not in _NOT_PARTIES for c in pair):
            return [_conjunct(c) for c in pair]
    return []



@functools.lru_cache(maxsize=1)
def _pair_nouns() -> dict[str, dict[str, str]]:
    return {row["noun"].lower(): row for row in read_table("pair_nouns")}


def pair_of(kind: str, sources: list[Speaker]) -> list[Speaker]:
    """The two parties a pair stands for: the two sources of that kind the article quotes most
    (for countries, the two countries its sources speak for most)."""
    if kind == "country":
        counts = Counter(c for c in (s.country or country_spoken_for(s) for s in sources) if c)
        return [Speaker(country_name(code), "org", 0, 0, country=code) for code, _ in counts.most_common(2)] \
            if len(counts) >= 2 else []
    named = [s for s in sources if s.name[:1].isupper() and s.kind != "group"
             and (kind == "any" or (s.kind == "person" and len(s.name.split()) >= 2))]
    counts = Counter(s.name for s in named)
    first = {s.name: s for s in reversed(named)}
    return [first[name] for name, _ in counts.most_common(2)] if len(counts) >= 2 else []


def country_spoken_for(source: Speaker) -> str | None:
    """The country a source speaks for by its name: "Peru's foreign ministry", "the Bolivian envoy"."""
    found = countries_in(source.org or source.name) or countries_in(source.name)
    return found[0][2] if found else None


def name_pairs(out: list[Statement], keyed: list[list[str]], sources: list[Speaker],
               pairs: dict[int, tuple[str, list[Speaker]]]) -> tuple[list[Statement], list[list[str]]]:
    """ "The two leading candidates accused each other": once the whole article is read, a pair's
    act becomes a statement by each of the two sources of that kind it quotes most."""
    if not pairs:
        return out, keyed
    named_out, named_keys = [], []
    for k, (st, keys) in enumerate(zip(out, keyed)):
        kind, between = pairs.get(k, (None, []))
        found = [] if kind is None else between or pair_of(kind, [s for j, s in enumerate(sources) if j not in pairs])
        for party in found:
            named_out.append(dataclasses.replace(st, speaker=party.name, speaker_org=party.org,
                                                 speaker_country=party.country or country_of_name(party.org or party.name)))
            named_keys.append([*speaker_keys(party), surname_key(party.name)])
        if not found:
            named_out.append(st)
            named_keys.append(keys)
    return named_out, named_keys
