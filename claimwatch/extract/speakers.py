"""Speakers: the noun phrase that names a source, its best name, organisation and country.

A speaker phrase is cut from the parse (the subject, the agent of a passive, the
object of "according to"), trimmed of appositions, relative clauses and places,
then named as a careful reader would: "Ryder" becomes the fullest form of that
name in the document, and titles ("Maj. Gen.") are dropped. Pronouns and role
descriptions ("she", "the ministry") that point back to an earlier speaker are
resolved in `coreference.py`.
"""
from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .holder_words import doc_ents, doc_text, doc_tokens
from .countries import country_name, country_of, nationality_words
from .lexicon import read_table, word_set

PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
PRONOUN_GENDER = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she"}
THING_PRONOUNS = {"it", "its"}
PLURAL_PRONOUNS = {"they", "them", "their"}
FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom", "whose"}
# Prepositions whose object still belongs to the name of a source
# ("spokesperson for the organisation", "analysts at Halden Research").
NAME_PREPOSITIONS = {"for", "of", "at", "from"}
def _roles(kind: str) -> frozenset[str]:
    return frozenset(r["word"].lower() for r in read_table("speaker_roles") if r["kind"] == kind)


# Heads that denote people speaking for someone: a role, not an institution.
PERSON_ROLES = _roles("person")
# Nouns that, in apposition to a name ("X, head of the delegation"), make it a person's name.
APPOSITION_PERSON_ROLES = PERSON_ROLES | _roles("apposition")
ORG_ROLES = _roles("org")
# Trades and walks of life ("technician", "passenger"): one of them is a person, but no role or title.
TRADES = _roles("trade")
# Transcript labels of the one asking ("QUESTION:", "REPORTER:"), never an answer.
QUESTIONER_LABELS = _roles("questioner")
# Transcript labels of the one answering ("A:", "ANSWER:"): the interviewee the introduction names.
ANSWERER_LABELS = _roles("answerer")
# Transcript labels of the one presiding over a sitting ("Mr SPEAKER:"): order, not claims.
CHAIR_LABELS = _roles("chair")
# Kind nouns a definite description uses to point back at a named body ("the company",
# "the regulator"); institutions like "the government" or "the army" usually mean a new one.
ANAPHORIC_KINDS = _roles("anaphoric")
# Of those, the kinds a body's own name nearly always says ("the ministry"): no fallback to a body of no stated kind.
NAMED_KINDS = _roles("named_kind")
# Kinds of company; "the company", "the firm" (hypernyms, listed too) point back at any of them.
BUSINESS_KINDS = _roles("business")
COMPANY_WORDS = {"company", "firm", "business"}
SOURCE_NOUNS = ORG_ROLES | PERSON_ROLES | {
    "people", "person", "sources", "officials", "intelligence", "staff", "media", "report",
    "reports", "figures", "data", "tally", "tallies", "statistics", "estimates", "assessments",
}


@functools.lru_cache(maxsize=None)
def gendered_words() -> dict[str, str]:
    """Words of a mention that tell its pronoun ("spokeswoman" -> "she"), from gendered_words.tsv."""
    return {row["word"].lower().rstrip("."): row["pronoun"] for row in read_table("gendered_words")}


@functools.lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    return {row["name"].lower(): row["pronoun"] for row in read_table("given_names")}


@functools.lru_cache(maxsize=4096)
def given_name_pronoun(name: str) -> str | None:
    """ "he" for "Tom Bright", "she" for "Rachel Ainsworth": the pronoun the first of a full name's
    words calls for (given_names.tsv), None for a single word or a name used for both."""
    words = strip_titles(name).split()
    if len(words) < 2:
        return None
    first = unicodedata.normalize("NFKD", words[0]).encode("ascii", "ignore").decode().lower()
    return _given_names().get(first)


@functools.lru_cache(maxsize=None)
def titles() -> frozenset[str]:
    return frozenset(row["title"].lower() for row in read_table("titles"))


@functools.lru_cache(maxsize=1)
def address_titles() -> frozenset[str]:
    """Titles of address (titles.tsv, address): "Mr", "Dr.", "H.E.", not offices like "health"."""
    return frozenset(row["title"].lower() for row in read_table("titles") if row["address"] == "yes")


@functools.lru_cache(maxsize=None)
def institutions() -> dict[str, tuple[str, str]]:
    """Lower-cased name or alias -> (canonical name, country code)."""
    out: dict[str, tuple[str, str]] = {}
    for row in read_table("institutions"):
        for alias in [row["name"], *row["aliases"].split("|")]:
            alias = plain_name(alias)
            if alias:
                out[alias] = (row["name"], row["country"])
    return out


@functools.lru_cache(maxsize=None)
def institution_kinds() -> dict[str, str]:
    """Canonical institution name -> its kind in institutions.tsv ("agency", "company", "party" ...)."""
    return {row["name"]: row["kind"] for row in read_table("institutions") if row["kind"]}


@functools.lru_cache(maxsize=None)
def _acronyms() -> dict[str, str]:
    """Lower-cased alias -> as written, for aliases written in capitals ("WHO", "IS", "AP"): those
    name the body only in capitals, never as the words "who", "is", "ap"."""
    out = {}
    for row in read_table("institutions"):
        for alias in [row["name"], *row["aliases"].split("|")]:
            alias = alias.strip()
            if alias and alias.isupper() and len(alias.replace(".", "")) <= 5:
                out[plain_name(alias)] = alias
    return out


def _written(alias: str, original: str) -> bool:
    """Whether an alias found in lower-cased text is really there: an acronym only in capitals."""
    acronym = _acronyms().get(alias)
    return acronym is None or re.search(rf"(?<![\w.]){re.escape(acronym)}(?!\w)", original) is not None


@functools.lru_cache(maxsize=None)
def _alias_starts() -> re.Pattern[str]:
    """Every place some institution alias starts as a whole word: one pass over the text
    instead of one search per alias (the lookahead lets matches overlap)."""
    aliases = sorted(institutions(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?=(?:" + "|".join(map(re.escape, aliases)) + r")(?!\w))")


@functools.lru_cache(maxsize=None)
def _alias_order() -> dict[str, int]:
    """Each institution alias's place in the table."""
    return {alias: k for k, alias in enumerate(institutions())}


def _aliases_in(text: str) -> set[str]:
    """The institution aliases written in `text` as whole words, overlapping ones included."""
    out = set()
    for m in _alias_starts().finditer(text):
        rest = text[m.start():]
        out.update(a for a in institutions() if rest.startswith(a) and not rest[len(a):len(a) + 1].isalnum()
                   and rest[len(a):len(a) + 1] != "_")
    return out


_ROLE_PHRASE_PREPOSITIONS = frozenset({"at", "of", "for", "from", "with", "in", "on"})


def role_phrase(description: str) -> str:
    """A description of a person up to the body it places them at: "former laboratory director at
    Brightwell Diagnostics" -> "former laboratory director"."""
    words = description.split()
    cut = next((k for k, w in enumerate(words) if k and w in _ROLE_PHRASE_PREPOSITIONS), len(words))
    return " ".join(words[:cut])


def role_noun(description: str) -> str:
    """The noun a description of a person turns on: "former laboratory director at Brightwell
    Diagnostics" -> "director", "islands minister" -> "minister"."""
    words = role_phrase(description).split()
    return words[-1].lower() if words else ""


def plain_name(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().lower()


@dataclass(frozen=True)
class Speaker:
    """A resolved source: display name, what kind of source, where it was named."""

    name: str
    kind: str  # person | org | group
    start: int  # character span of the phrase as written
    end: int
    org: str | None = None
    country: str | None = None
    plural: bool = False
    kinds: frozenset[str] = frozenset()  # what kind of body it is: "network", "group" ...


def _set_off_participle(token: Token) -> bool:
    """A participle set off by a comma from the noun it describes ("the dam, operated by ...")."""
    return token.dep_ == "acl" and token.i > 0 and token.doc[token.i - 1].text == ","


def phrase_tokens(head: Token) -> list[Token]:
    """The tokens naming a source headed by `head`, without appositions, clauses or places."""
    keep = {head}
    for child in head.children:
        if child.dep_ == "prep":
            in_name = child.text[:1].isupper() and head.text[:1].isupper()  # "Doctors Without Borders"
            if child.i > head.i and (child.lower_ in NAME_PREPOSITIONS or in_name):
                keep.update(child.subtree)
            continue
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            continue  # "A woman who lives nearby, and who asked not to be named,": a second relative clause
        if child.dep_ == "conj":
            keep.update(phrase_tokens(child))
            keep.update(c for c in head.children if c.dep_ == "cc")
            continue
        if child.dep_ in ("appos", "relcl", "acl", "punct", "advmod", "cc", "npadvmod", "nummod") or child.is_space:
            continue  # a line break the parser hung on the name ("..., says Kremlin\n\n") is no part of it
        # "people familiar with the matter, who asked not to be named", "Residents downstream of the
        # dam, operated by Andina Cobre SA,": a clause the parser hung deeper in the phrase describes
        # the source, and is no part of its name either
        clauses = {t.i for d in child.subtree if d.dep_ == "relcl" or _set_off_participle(d)
                   for t in d.subtree}
        keep.update(t for t in child.subtree if t.i not in clauses)
    doc = head.doc
    lo, hi = min(t.i for t in keep), max(t.i for t in keep)
    if head.ent_iob_ != "O":  # "Censor.NET" may be two tokens of one name
        ent = entity_at(head)
        if ent is not None and ent.label_ not in ("DATE", "TIME", "CARDINAL"):
            # not the head's own verb the model ran the name into ("the Farmers' Union of the North
            # welcomed")
            end = next((t.i for t in ent if t.i > head.i and t.i == head.head.i and t.pos_ in ("VERB", "AUX")), ent.end)
            # nor a place the model ran into the name across the clause's comma ("... works in Suez, Galal said")
            # or before the head's own phrase ("the suburb of Waiwhetu, Biosecurity New Zealand confirmed")
            start = max([ent.start, *(t.i + 1 for t in ent if t.text == "," and t.i < head.i
                                      and (not ent.start <= t.head.i < ent.end or t.i < head.left_edge.i))])
            lo, hi = min(lo, start), max(hi, end - 1)
    while lo > 0 and not doc[lo - 1].whitespace_ and (doc[lo - 1].text.isalnum() or doc[lo - 1].text == "."):
        lo -= 1  # "Censor.NET" split into pieces
    tokens = [doc[i] for i in range(lo, hi + 1)]
    while len(tokens) > 1 and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "case"
                               or tokens[-1].pos_ in ("ADP", "CCONJ", "DET")):
        tokens = tokens[:-1]  # nor a preposition the model ran an entity into ("the ministry on Monday")
    while len(tokens) > 1 and (tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    opened = [k for k, t in enumerate(tokens) if t.text == "("]
    if opened and opened[-1] > 0 and not any(t.text == ")" for t in tokens[opened[-1]:]):
        tokens = tokens[:opened[-1]]  # "The Movement for the Renewal of Kivu (MRK), ...": not "... (MRK"
    dashes = [k for k, t in enumerate(tokens) if t.i < head.i and _spaced_dash(t)]
    if dashes and tokens[0].i > 0 and "\n" not in doc[tokens[0].i - 1].text_with_ws:
        # "district declares disaster case - minister speaks of ...": a dash with space on both
        # sides ends one clause and opens the next; the source is on its own side of it (a phrase
        # opening its line, "19:45 CET - Nordavia says", is a stamp's, read by _past_time_stamp)
        tokens = tokens[dashes[-1] + 1:]
    quoted = [k for k, t in enumerate(tokens) if t.text in ('"', "”", "»", "''") and k > 0
              and not tokens[k - 1].whitespace_]  # a closing double quote, not a possessive's apostrophe
    if quoted and len(tokens) - quoted[-1] > 2 and all(t.pos_ == "PROPN" for t in tokens[quoted[-1] + 1:]):
        # 'the director of the enterprise "Tokmokteploenergo" Almaz Jumabaev': the full name after a
        # quoted name of the body is the one speaking
        tokens = tokens[quoted[-1] + 1:]
    commas = [k for k, t in enumerate(tokens) if t.text == "," and t.i < head.i]
    if commas and tokens[0].is_lower and all(
            t.text[:1].isupper() or t.lower_ in ("and", "of", "the", "&", "for") for t in tokens[commas[-1] + 1:]) \
            and tokens[commas[-1] + 1].text[:1].isupper():
        # "gusts near 120 km/h along the coast, Environment and Climate Change Canada said": the
        # parser ran the place before the clause's comma into the name after it
        tokens = tokens[commas[-1] + 1:]
    return _past_time_stamp(tokens)


def _spaced_dash(token: Token) -> bool:
    return token.text in ("-", "–", "—", "--") and bool(token.whitespace_) and token.i > 0 \
        and bool(token.doc[token.i - 1].whitespace_)


def _past_time_stamp(tokens: list[Token]) -> list[Token]:
    """ "19:45 CET - Nordavia says ...", "KYIV, Ukraine — Ukraine's defense minister said", "Oct. 7 -
    ...": a live-blog time stamp, a dateline or a timeline's day opening the line is no part of the name."""
    doc = tokens[0].doc
    start = tokens[0].i
    while start > 0 and "\n" not in doc[start - 1].text_with_ws and tokens[0].i - start < 3:
        start -= 1  # "19:45" the parser left out of the phrase
    if start > 0 and "\n" not in doc[start - 1].text_with_ws:
        return tokens
    before = list(doc[start:tokens[0].i])
    for k, t in enumerate(tokens[:8]):
        if t.text in ("-", "–", "—") and k + 1 < len(tokens):
            stamp = before + tokens[:k]
            spaced = k > 0 and bool(tokens[k - 1].whitespace_)
            clock = any(":" in w.text and w.text[:1].isdigit() for w in stamp) and all(
                w.like_num or ":" in w.text or w.is_upper or w.is_punct for w in stamp)
            # "KYIV, Ukraine — Ukraine's defense minister said", "GOMA, Democratic Republic of
            # Congo — ...": a dateline in capitals, the country's name with its function words
            dateline = stamp and stamp[0].is_upper and len(stamp[0]) > 1 and all(
                w.pos_ in ("PROPN", "NUM", "PUNCT") or w.is_upper or (w.pos_ in ("ADP", "DET") and w.is_lower)
                for w in stamp)
            # "Oct. 7 - Malta's armed forces said": a timeline entry's day
            day = any(w.like_num for w in stamp) and all(w.ent_type_ == "DATE" or w.is_punct for w in stamp)
            if spaced and (clock or dateline or day):
                return tokens[k + 1:]
            return tokens
    return tokens


def phrase_text(tokens: list[Token]) -> str:
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


_NICKNAME = re.compile(r"[\"“‘'][^\s\"“”‘’']+[\"”’']")


def strip_titles(name: str) -> str:
    """Drop leading titles and ranks and trailing post-nominals: "U.S. Air Force Maj. Gen. Pat Ryder"
    -> "Pat Ryder", "Clare Whitfield KC" -> "Clare Whitfield"; and a nickname in quotation marks
    inside the name: 'Mateo "Tempo" Reyes' -> "Mateo Reyes"."""
    words = name.split()
    words = [w for k, w in enumerate(words) if not (0 < k < len(words) - 1 and _NICKNAME.fullmatch(w))]
    table = titles()
    while len(words) > 2 and " ".join(words[:2]).lower().strip(",") in table:
        words = words[2:]
    while len(words) > 1 and words[0].lower().strip(",") in table:
        words = words[1:]
    while len(words) > 2 and _post_nominal(words[-1]):
        words = words[:-1]
    return " ".join(words)


def _post_nominal(word: str) -> bool:
    """ "KC", "QC", "MP": letters after a name for an office or honour (post_nominals.tsv)."""
    return word.isupper() and word.replace(".", "").strip(",").lower() in word_set("post_nominals", "word")


def _kind_ends_name(head: Token) -> bool:
    """ "Kalliope Bulk Carriers", "Northgate Housing Association", "Ondina Maritime": a capitalised
    name of several words, not tagged as a person, whose last word is a kind of body
    (speaker_roles.tsv) or a company's trade word (company_suffixes.tsv) names that body."""
    return head.ent_type_ != "PERSON" and head.text[:1].isupper() \
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children) \
        and (kind_in_name(head.text) is not None or head.lower_ in _company_suffixes(("trade",)))


def _person_entity(tokens: list[Token], head: Token | None = None) -> Span | None:
    """The longest person the model tagged in the phrase; the one holding its head, if any and if the
    phrase joins no two people ("Porth Dinas head coach Ieuan Pritchard", the club's name tagged a
    person too; not "Prime Minister X and Finance Minister Y")."""
    ids = {t.i for t in tokens}
    if head is not None and any(t.lower_ in ("and", "&") or t.dep_ == "conj" for t in tokens):
        head = None
    best = None
    for t in tokens:
        if t.ent_type_ == "PERSON" and t.ent_iob_ == "B":
            ent = entity_at(t)
            if ent is not None and ent.start in ids and ent.end - 1 in ids and (best is None or len(ent) > len(best)) \
                    and country_of(ent.text) is None:  # "whether Madagascar would launch ...": a country, not a person
                best = ent
            if ent is not None and head is not None and ent.start <= head.i < ent.end and ent.start in ids \
                    and ent.end - 1 in ids and country_of(ent.text) is None:
                return ent
    return best


def _initialled_name(tokens: list[Token]) -> list[Token] | None:
    """ "Head of the department of customs control of the SRC D. Serikbayev": an initial before a
    capitalised word names a person (with any known given names before it: "George W. Bush"),
    however the model tagged or attached the words. (`describe` keeps a person entity the model
    found around it: "Warren E. Buffett".)"""
    ids = {t.i for t in tokens}
    found = None
    for t in tokens:
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if re.fullmatch(r"[A-Z]\.", t.text) and nxt is not None and nxt.i in ids and nxt.pos_ == "PROPN" \
                and nxt.text[:1].isupper() and not nxt.text.isupper():
            first = t
            while first.i - 1 in ids and t.doc[first.i - 1].lower_ in _given_names():
                first = t.doc[first.i - 1]
            found = list(t.doc[first.i:nxt.i + 1])
    return found


def _named_of(head: Token) -> bool:
    """ "Families of the Disappeared Network", "Friends of the Earth": a capitalised plural that
    opens a name going on with "of" and a capitalised name, one body's name."""
    return head.tag_ == "NNPS" and head.text[:1].isupper() and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" and g.text[:1].isupper() for g in c.children)
        for c in head.children)


def set_off_phrases(doc: Doc, start: int, end: int) -> list[Span]:
    """The phrases set off by commas right before and right after a mention at `start`:`end`, when
    they hold no verb, as an apposition does: "the ship's Dubai-based manager" of "..., Blue
    Meridian,", "a consumer group" of "Consumer Watch, a consumer group,"; not "denied that the
    crew had been abandoned" of "Blue Meridian, denied that ..."."""
    text = doc_text(doc)
    bounds = []
    if text[:start].endswith(", "):
        before = re.split(r"[,.;:\n]", text[max(0, start - 80):start - 2])[-1]
        bounds.append((start - 2 - len(before), start - 2))
    if text[end:end + 2] == ", ":
        after = re.split(r"[,.;:\n]", text[end + 2:end + 80])[0]
        bounds.append((end + 2, end + 2 + len(after)))
    phrases = []
    for s, e in bounds:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and len(span) and not any(  # "Dubai-based" is no verb
                t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in span):
            phrases.append(span)
    return phrases


def _name_after_role(tokens: list[Token], head: Token) -> list[Token] | None:
    """ "LDA vice-chairman Anupam Srivastava", "district president Ramesh Chandra Verma": two to four
    capitalised words after a lower-case role word are the holder's name, however the model tagged
    them (it misses many names it has not seen)."""
    roles = [t for t in tokens if t.i < head.i and (t.is_lower or _given_name_follows(t)) and (
        t.lemma_.lower() in APPOSITION_PERSON_ROLES or t.lower_.split("-")[-1] in APPOSITION_PERSON_ROLES)]
    if not roles or head.pos_ != "PROPN":
        return None
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > head.i for c in head.children):
        return None  # "CIB spokesperson Deputy Superintendent of Police (DSP) Gyanendra Thapa": a title, its holder after it
    name = [t for t in tokens if roles[-1].i < t.i <= head.i]
    if not 2 <= len(name) <= 4 or not all(t.pos_ == "PROPN" and capitalised(t.text) for t in name):
        return None
    if head.ent_type_ in ("ORG", "GPE", "NORP", "FAC", "LOC") and not _given_name_follows(roles[-1]):
        return None  # "Competition Commissioner Ilse Marijnissen", tagged a body: a given name tells
    return name


def _office_named_after(head: Token) -> bool:
    """ "The Iyaloja of the market, Alhaja Kafayat Adebisi-Lawal,": a definite description of an
    office the role table does not know, its holder's name set off after it."""
    return head.pos_ in ("NOUN", "PROPN") and head.ent_type_ in ("", "PERSON") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children) \
        and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children)


def _holder_after_body(tokens: list[Token], head: Token, person: Span) -> bool:
    """ "the head of the administration of the Terekty district Marat Zhumagaliyev": agency English
    writes a role's holder straight after the body whose role it is, through "of"-phrases (not "a
    spokesman for Prime Minister X", nor a title before the name)."""
    if head.lemma_.lower() not in APPOSITION_PERSON_ROLES or person.start <= head.i or len(person) < 2 \
            or person.end - 1 != tokens[-1].i:
        return False
    body = head.doc[person.start - 1]
    return body.pos_ == "NOUN" and body.is_lower and body.lemma_.lower() not in PERSON_ROLES \
        and _of_chain(person.root, head)


def _of_chain(token: Token, top: Token) -> bool:
    """Whether `token` hangs on `top` through "of"-phrases alone ("the head of the administration of
    the district X"), not "for" ("a spokesman for Prime Minister X")."""
    node = token
    while node.i != top.i:
        if node.dep_ not in ("pobj", "compound", "appos") or (node.dep_ == "pobj" and node.head.lower_ != "of"):
            return False
        node = node.head.head if node.dep_ == "pobj" else node.head
    return True


def _given_name_follows(role: Token) -> bool:
    """ "Commissioner Ilse ...": a role word written as a title, followed by a given name."""
    after = role.nbor(1) if role.i + 1 < len(role.doc) else None
    return after is not None and after.i + 1 < len(role.doc) and \
        given_name_pronoun(f"{after.text} {role.doc[after.i + 1].text}") is not None


def _name_given(head: Token) -> Token | None:
    """ "One resident, who gave only her first name, Maria,", "a man who gave his name as Omar":
    the name an unnamed source gave the reporter, in a relative clause on the source or on a
    description set beside it ("One attendee, a delivery rider who gave only his first name, Luis,")."""
    described = [head, *(c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN")]
    for clause in (c for d in described for c in d.children if c.dep_ == "relcl" and c.lemma_.lower() == "give"):
        for noun in (c for c in clause.children if c.dep_ == "dobj" and c.lemma_.lower() == "name"):
            name = next((t for t in noun.subtree if t.dep_ in ("appos", "pobj") and t.pos_ == "PROPN"
                         and capitalised(t.text)), None)
            name = name or next((t for p in clause.children if p.dep_ == "prep" and p.lower_ == "as"
                                 for t in p.children if t.dep_ == "pobj" and t.pos_ == "PROPN"), None)
            if name is not None:
                return name
    return None


def name_in_apposition(apposition: Token) -> Span | None:
    """The person's name an apposition to a role gives, tagged or not; not a company's ("The ship's
    registered owner, Marlowe Bulk Shipping,")."""
    found = _person_entity(list(apposition.subtree)) or _untagged_name(apposition)
    return None if found is not None and company_name(found.text) else found


def _untagged_name(apposition: Token) -> Span | None:
    """ "the National President of the NUT, Comrade Audu Mshelia,": a name in apposition to a
    person's role that the model tagged as nothing, two or three capitalised words after any title.
    "The Police Public Relations Officer in the state, SP Yusuf Adamu,": one it took for a body, when
    a rank opens it and a known given name follows."""
    words = [t for t in apposition.subtree if t.i <= apposition.i and not t.is_punct]
    if not words or words[-1].i != apposition.i or apposition.ent_type_ not in ("", "PERSON", "ORG"):
        return None
    titled = words[0].lower_ in titles()
    while words and words[0].lower_ in titles():
        words = words[1:]
    if not 2 <= len(words) <= 3 or not all(t.pos_ == "PROPN" and capitalised(t.text) for t in words):
        return None
    if apposition.ent_type_ == "ORG" and not (titled and given_name_pronoun(phrase_text(words))):
        return None
    return apposition.doc[words[0].i : apposition.i + 1]


def entity_at(token: Token) -> Span | None:
    """The named entity a token belongs to, found from the token's IOB tags (no scan of doc.ents)."""
    if token.ent_iob_ not in ("B", "I"):
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=doc[start].ent_type_)


def full_person_name(doc: Doc, short: str) -> str:
    """The fullest PERSON name in `doc` that ends with the surname of `short`."""
    short = strip_titles(short)
    if short in nicknames(doc):  # "Vexel wrote", after 'Kim "Vexel" Do-yun'
        return nicknames(doc)[short]
    surname = short.split()[-1].lower() if short.split() else ""
    best = short
    for ent in person_names(doc):
        words = ent.split()
        if words and words[-1].lower() == surname and len(words) > len(best.split()) and len(words) <= 4:
            best = ent
    if best == short and len(short.split()) == 1:
        # family name first ("Kim" for "Kim Jong Un"), when exactly one person fits
        firsts = {ent for ent in person_names(doc) if len(ent.split()) > 1 and ent.split()[0].lower() == surname}
        if len(firsts) == 1:
            best = firsts.pop()
    if best == short and len(short.split()) == 1 and not _given_names().get(surname):
        # the first of two family names, as Spanish and Portuguese writers shorten them ("Velasco"
        # for "Adrián Velasco Rojas"), when exactly one person fits
        paternal = {ent for ent in person_names(doc)
                    if 3 <= len(ent.split()) <= 4 and ent.split()[-2].lower() == surname}
        if len(paternal) == 1:
            best = paternal.pop()
    return best


def _unpersoned_name(doc: Doc, name: str) -> bool:
    """A one-word name the model took for a person's that the text never gives a person's marks:
    no given name or title before it anywhere ("Tomasz Wrona", "Mr. Wrona", "President Lula"), no
    known given name itself, and "X, based in Y" or "X's website" said of it, as of a body."""
    if len(name.split()) != 1 or not name[:1].isupper() or _given_names().get(name.lower()):
        return False
    known = doc.user_data.setdefault("claimwatch_unpersoned", {})
    if name not in known:
        tokens = doc_tokens(doc)
        found = [t for t in tokens if t.text == name]
        known[name] = not any(t.i > 0 and (tokens[t.i - 1].pos_ == "PROPN" or doc[t.i - 1].lower_.rstrip(".") in titles())
                              for t in found) and any(_body_marked(t) for t in found)
    return known[name]


def _body_marked(token: Token) -> bool:
    """ "Kindra, based in Nottingham,", "Kindra's website", "Lumora, a four-year-old startup,": what is
    said of bodies, not people."""
    doc = token.doc
    if any((c.dep_ == "acl" and c.lemma_ == "base")
           or (c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in BUSINESS_KINDS | ORG_ROLES)
           for c in token.children):
        return True
    following = doc[token.i + 1:token.i + 3]
    return len(following) == 2 and following[0].tag_ == "POS" and following[1].lemma_.lower() in _body_possessions()


def _body_possessions() -> frozenset[str]:
    return word_set("body_possessions", "lemma")


def _ending_other_names(doc: Doc) -> frozenset[str]:
    """Words the text writes after another capitalised name word ("Zuiderveld" of "FC Zuiderveld"):
    a body's first word that is also such a word is no short form of that body alone."""
    found = doc.user_data.get("claimwatch_ending_other_names")
    if found is None:  # computed once per doc: describe() asks for every one-word body
        tokens = doc_tokens(doc)
        found = frozenset(t.lower_ for t in tokens if t.pos_ == "PROPN" and t.i > 0 and tokens[t.i - 1].pos_ == "PROPN"
                          and tokens[t.i - 1].text[:1].isupper() and tokens[t.i - 1].whitespace_)
        doc.user_data["claimwatch_ending_other_names"] = found
    return found


def business_names(doc: Doc) -> dict[str, tuple[str, frozenset[str]]]:
    """Names the text introduces with a kind of business ("chemicals maker Vennemann Chemie",
    "carmaker Shirakawa Motor"), keyed by the name and by its first word alone ("Vennemann"):
    a company wherever it is named, however the model tagged it; computed once per doc."""
    found = doc.user_data.get("claimwatch_business_names")
    if found is None:
        found = {}
        for token in doc_tokens(doc):
            if not (token.is_lower and token.lemma_.lower() in BUSINESS_KINDS and token.i + 1 < len(doc)
                    and doc[token.i + 1].pos_ == "PROPN" and token.head.i > token.i and token.dep_ == "compound"):
                continue
            words = [t for t in doc[token.i + 1 : token.head.i + 1]]
            if not words or not all(t.pos_ == "PROPN" for t in words) or len(words) > 4:
                continue
            name = " ".join(t.text for t in words)
            kinds = frozenset({token.lemma_.lower()})
            found.setdefault(name.lower(), (name, kinds))
            if len(words) > 1 and words[0].lower_ not in _ending_other_names(doc):
                found.setdefault(words[0].lower_, (name, kinds))
        doc.user_data["claimwatch_business_names"] = found
    return found


def short_org_names(doc: Doc) -> dict[str, str]:
    """The first word of each organisation the text names in full with several proper nouns
    ("Hanseong Safety Systems"), mapped to that full name: the text's short form for the body,
    which the model may tag as a person when it stands alone. Not a word that begins a person's
    name, a country's, or several bodies' ("National ..."), nor one that ends another's ("FC
    Zuiderveld" beside "Zuiderveld Supporters Collectief"); computed once per doc."""
    found = doc.user_data.get("claimwatch_short_org_names")
    if found is None:
        people = {w.lower() for n in person_names(doc) if len(n.split()) > 1 for w in n.split()}
        inner = _ending_other_names(doc)  # "FC Zuiderveld": that body's short form too
        firsts: dict[str, set[str]] = {}
        for ent in doc_ents(doc):
            words = [t for t in ent if not t.is_punct]
            if ent.label_ != "ORG" or len(words) < 2 or not all(t.pos_ == "PROPN" for t in words):
                continue
            first = words[0]
            if first.lower_ in people or country_of(first.text) or first.lower_ in nationality_words() \
                    or first.lower_ in _given_names() or not first.text[:1].isupper() or first.lower_ in inner:
                continue
            firsts.setdefault(first.lower_, set()).add(" ".join(t.text for t in words))
        found = {word: next(iter(names)) for word, names in firsts.items() if len(names) == 1}
        doc.user_data["claimwatch_short_org_names"] = found
    return found


def person_names(doc: Doc) -> list[str]:
    """Every PERSON name in `doc`, titles stripped; computed once per doc."""
    names = doc.user_data.get("claimwatch_person_names")
    if names is None:
        names = []
        for ent in doc_ents(doc):
            if ent.label_ == "PERSON" and "\n" not in ent.text:
                # (a headline label the model ran into the name: "Trois Vallées: Okafor-Lind")
                name = strip_titles(re.sub(r"['’]s$", "", ent.text.strip().rsplit(": ", 1)[-1]))
                if name and any(ch.isalpha() for ch in name):
                    names.append(name)
        names += _aged_names(doc) + _given_named(doc) + sorted(people_told_who(doc)) + _nicknamed(doc)
        doc.user_data["claimwatch_person_names"] = names
    return names


_NICKNAMED = re.compile(r"\b([A-Z][\w'’-]+) [\"“]([A-Z][\w'’-]+)[\"”] ([A-Z][\w'’-]+)\b")


def _nicknamed(doc: Doc) -> list[str]:
    """ 'barangay captain Eduardo "Dodoy" Villanueva': a nickname quoted between the given and the
    family name; the person is "Eduardo Villanueva" (when the model or the given-name list says the
    first word opens a person's name)."""
    return list(nicknames(doc).values())


def nicknames(doc: Doc) -> dict[str, str]:
    """Each quoted nickname of `_nicknamed` and the person it names: "Dodoy" -> "Eduardo Villanueva"
    (a later 'Dodoy said' is his); computed once per doc."""
    found_names = doc.user_data.get("claimwatch_nicknames")
    if found_names is None:
        found_names = {}
        for found in _NICKNAMED.finditer(doc_text(doc)):
            given, family = found.group(1), found.group(3)
            tagged = any(t.ent_type_ == "PERSON" for t in doc_tokens(doc) if found.start(1) <= t.idx < found.end(3))
            if tagged or _given_names().get(given.lower()):
                found_names[found.group(2)] = f"{given} {family}"
        doc.user_data["claimwatch_nicknames"] = found_names
    return found_names


_NAME_WITH_AGE = re.compile(r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,2}), (?:1[6-9]|[2-9]\d|10\d),")


def _given_named(doc: Doc) -> list[str]:
    """ "Rodrigo Salazar", "Carmen Vílchez of Fuerza Vecinal" tagged as bodies: two or three proper
    nouns opening on a known given name (given_names.tsv) are a person's name (the words before "of")."""
    out = []
    for ent in doc_ents(doc):
        if ent.label_ not in ("ORG", "GPE", "NORP", "FAC") or "\n" in ent.text:
            continue
        words = [t for t in ent if not t.is_punct]
        cut = next((k for k, t in enumerate(words) if t.lower_ == "of"), len(words))
        words = words[:cut]
        if words and words[-1].lower_ in ORG_ROLES | BUSINESS_KINDS:
            continue
        if _given_name_opens(words):
            out.append(" ".join(t.text for t in words))
        elif len(words) > 2 and _given_name_opens(words[-2:]) and words[-3].is_title:
            # "Minister of Tourism Danijela Vuksanović" tagged "Tourism Danijela Vuksanović": the name
            # closing the span after the words of a title
            out.append(" ".join(t.text for t in words[-2:]))
    return out


def _name_closing_a_title(tokens: list[Token]) -> list[Token] | None:
    """ "Jamalganj Upazila Nirbahi Officer (UNO) Farzana Akter", "Sunamganj District Relief Officer
    Rokeya Parvin": agency copy sets a long title straight before the name, with no comma. Two or three capitalised proper nouns closing the phrase, after a capitalised role
    word and not right after "of" or "for" (where they may end the title: "Minister of Foreign
    Affairs"), are the person; an address title ("Dr.") between is dropped."""
    kinds = PERSON_ROLES | ORG_ROLES | BUSINESS_KINDS | ANAPHORIC_KINDS | TRADES
    words = [t for t in tokens if not t.is_space]
    k = len(words)
    while k > 0 and words[k - 1].pos_ == "PROPN" and capitalised(words[k - 1].text) \
            and words[k - 1].lower_ not in kinds | address_titles() and words[k - 1].ent_type_ not in ("GPE", "NORP", "LOC"):
        k -= 1
    name, title = words[k:], words[:k]
    while title and title[-1].lower_ in address_titles():
        title = title[:-1]
    if not 2 <= len(name) <= 3 or len(title) < 2 or (not title[-1].is_alpha and title[-1].text != ")") \
            or title[-1].pos_ in ("ADP", "CCONJ", "DET") or title[-1].lower_ in ("of", "for", "and", "the"):
        return None
    if not any(t.lower_ in PERSON_ROLES and t.text[:1].isupper() for t in title) \
            or any(t.lower_ in ("and", "&") for t in title):
        return None  # not two people side by side: "Kenyan President Amani Otieno and Tanzanian President ..."
    return name


def _titled_name(words: list[Token]) -> str | None:
    """ "H.E. Aibek Toktogulov", "Dr. Amara Obi": a title of address (titles.tsv) before one to three
    capitalised proper nouns names a person; the name without the title."""
    k = 1 if len(words) > 2 and words[0].pos_ == "ADJ" and words[1].lower_ in address_titles() else 0  # "Local TD"
    opened = k
    while k < len(words) and words[k].lower_ in address_titles():
        k += 1
    name = words[k:]
    if k == opened or not 1 <= len(name) <= 3 or not all(t.pos_ == "PROPN" and capitalised(t.text) for t in name) \
            or any(t.lower_ in ORG_ROLES | BUSINESS_KINDS for t in name):
        return None
    return " ".join(t.text for t in name)


def people_told_who(doc: Doc) -> frozenset[str]:
    """Names the model took for bodies ("Lerato Mokoena", tagged ORG) whose family name the text
    describes with a "who" clause somewhere ("Mokoena, who resigned in March 2023, told ..."): a
    person's name, two or three capitalised proper nouns."""
    found = doc.user_data.get("claimwatch_people_told_who")
    if found is None:
        described = {t.lower_ for t in doc if t.pos_ == "PROPN" and any(
            c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children) for c in t.children)}
        found = set()
        for ent in doc_ents(doc):
            words = [t for t in ent if not t.is_punct and t.lower_ != "the"]
            if ent.label_ in ("ORG", "GPE", "NORP", "FAC") and "\n" not in ent.text and 2 <= len(words) <= 3 \
                    and all(t.pos_ == "PROPN" and capitalised(t.text) for t in words) \
                    and words[-1].lower_ in described and words[-1].lower_ not in ORG_ROLES | BUSINESS_KINDS:
                found.add(" ".join(t.text for t in words))
        found = doc.user_data["claimwatch_people_told_who"] = frozenset(found)
    return found


def _given_name_opens(words: list[Token]) -> bool:
    """Two or three capitalised proper nouns opening on a known given name (given_names.tsv): a
    person's name, whatever the tagger made of it."""
    return 2 <= len(words) <= 3 and all(t.pos_ == "PROPN" and capitalised(t.text) for t in words) \
        and given_name_pronoun(" ".join(t.text for t in words)) is not None


def _aged_names(doc: Doc) -> list[str]:
    """ "Adrian Colquhoun, 39, is accused ...": a name given an age is a person's, however the model
    tagged it (it often takes an unfamiliar surname for a place)."""
    out = []
    for m in _NAME_WITH_AGE.finditer(doc_text(doc)):
        span = doc.char_span(m.start(1), m.end(1))
        if span is not None and all(t.pos_ == "PROPN" for t in span) and not any(t.ent_type_ == "ORG" for t in span):
            out.append(strip_titles(m.group(1)))
    return out


def _thing_relative(head: Token) -> bool:
    """Whether a relative clause on the name opens with "which": said of things and bodies."""
    return any(c.dep_ == "relcl" and any(g.lower_ == "which" and g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
               for c in head.children)


def _owned_by_name_with_and(conjunct: Token) -> bool:
    """ "Castile and León's regional government", "Trinidad and Tobago's ministry": a name with "and"
    in it owning one body, which the parser reads as a name and a body coordinated."""
    first, doc = conjunct.head, conjunct.doc
    return conjunct.tag_ in ("NN", "NNP") and first.pos_ == "PROPN" and first.i + 2 < len(doc) \
        and doc[first.i + 1].lower_ == "and" and any(
            c.dep_ == "poss" and c.pos_ == "PROPN" and c.i == first.i + 2 for c in conjunct.children)


def describe(tokens: list[Token], head: Token) -> Speaker:
    """A Speaker from a trimmed phrase: full name for persons, the phrase for the rest."""
    doc = head.doc
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    if len(tokens) == 1 and head.dep_ == "amod" and head.lower_ in nationality_words():
        # "the Norwegian statement", its author: the state
        return Speaker(country_name(nationality_words()[head.lower_]), "org", start, end)
    person = _person_entity(tokens, head)
    as_country = country_of(phrase_text(tokens)) if person is None and head.ent_type_ == "PERSON" else None
    if as_country is not None:  # "whether Madagascar would launch an appeal": a country the model took for a person
        return Speaker(phrase_text(_drop_determiner(tokens)), "org", start, end, None, as_country)
    bare = phrase_text(_drop_determiner(tokens))
    nicknamed = strip_titles(bare) if head.pos_ == "PROPN" and any(q in bare for q in "\"“‘'") else bare
    if nicknamed != bare and nicknamed in nicknames(doc).values():
        # 'Mateo "Tempo" Reyes', however the model cut and tagged the words around the nickname
        return Speaker(nicknamed, "person", start, end)
    of = next((k for k, t in enumerate(tokens) if t.lower_ == "of" and k), None)
    named = _drop_determiner(tokens[:of]) if of is not None else []
    while len(named) > 2 and named[0].lower_ in PERSON_ROLES | TRADES:
        named = named[1:]  # "Glaciologist Chiara Ferrand of the University of Turin": a title before the name
    if person is None and head.pos_ == "PROPN" and _given_name_opens(named) and not company_name(phrase_text(named)):
        # "Ana Beltrán of Crestview Partners", the whole tagged a body: a known given name opens a
        # person's name, and the words after "of" are where she works
        return Speaker(phrase_text(named), "person", start, end, phrase_text(tokens[of + 1:]) or None)
    closing = _name_closing_a_title(tokens) if head.pos_ == "PROPN" else None
    if closing is not None:  # "Jamalganj Upazila Nirbahi Officer (UNO) Farzana Akter"
        return Speaker(phrase_text(closing), "person", start, end, *organisation_of(tokens, head))
    titled = _titled_name(_drop_determiner(tokens)) if person is None and head.pos_ == "PROPN" else None
    if titled is not None:  # "H.E. Aibek Toktogulov", "Dr. Amara Obi", however the model tagged them
        return Speaker(titled, "person", start, end, *organisation_of(tokens, head))
    if person is None and head.pos_ == "PROPN" and phrase_text(_drop_determiner(tokens)) in people_told_who(doc):
        # "Lerato Mokoena said", the model's body, after "Mokoena, who resigned ...": a person
        return Speaker(phrase_text(_drop_determiner(tokens)), "person", start, end, *organisation_of(tokens, head))
    if person is not None and head.pos_ == "PROPN" and company_name(person.text):
        # "Lumora Networks", "Marlowe Bulk Shipping" (though Marlowe is a given name), tagged a person
        return Speaker(phrase_text(_drop_determiner(tokens)), "org", start, end)
    if person is not None and head.pos_ == "PROPN" and _thing_relative(head):
        # "Verenta Pharma, which sells ..., disputed": "which" says a body, whatever the tagger
        # made of the name
        return Speaker(phrase_text(_drop_determiner(tokens)), "org", start, end)
    kind = next((c.lemma_.lower() for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                 and c.lemma_.lower() in ORG_ROLES | BUSINESS_KINDS | ANAPHORIC_KINDS
                 and not any(g.lemma_.lower() in PERSON_ROLES for g in (c, *c.conjuncts))), None)
    if person is not None and head.pos_ == "PROPN" and kind is not None and given_name_pronoun(person.text) is None:
        # "Consumer Watch, a consumer group, said": the apposition says a body, whatever the tagger
        # made of the name (not "Angelique Brunner, a developer and spokeswoman for ...")
        return Speaker(phrase_text(_drop_determiner(tokens)), "org", start, end, None, None, False, frozenset({kind}))
    initialled = _initialled_name(tokens)
    if initialled is not None and not (person is not None and person.start <= initialled[0].i < person.end):
        org, country = organisation_of(tokens, head)
        return Speaker(phrase_text(initialled), "person", start, end, org, country)
    company = business_names(doc).get(phrase_text(_drop_determiner(tokens)).lower()) if head.pos_ == "PROPN" else None
    if company is not None:  # "Vennemann rejects ..." after "chemicals maker Vennemann Chemie"
        return Speaker(company[0], "org", start, end, None, None, False, company[1])
    short = short_org_names(doc).get(phrase_text(_drop_determiner(tokens)).lower()) \
        if head.pos_ == "PROPN" and person is not None else None
    if short is not None:  # "Hanseong denied ..." after "made by Hanseong Safety Systems": not a person
        return Speaker(phrase_text(_drop_determiner(tokens)), "org", start, end)
    org, country = organisation_of(tokens, head)
    org = org or _body_before_role(tokens, head)
    kind_words = [t for t in tokens if t.i < head.i and t.is_lower
                  and t.lemma_.lower() in BUSINESS_KINDS | ANAPHORIC_KINDS]
    told_who = any(c.dep_ == "relcl" and any(g.lower_ == "who" for g in c.children) for c in head.children)
    if head.pos_ == "PROPN" and kind_words and not told_who \
            and not any(t.lemma_.lower() in PERSON_ROLES for t in tokens if t.i < head.i):
        # "Dutch brewer Kessel Brouwerijen", "carmaker Shirakawa Motor", "the mining industry body Consejo
        # Minero": a company or body however the model tagged the name; "the company" or "the body" later
        # points back at it. Not one "who" did something: "forklift operator Devon Clarke, who has worked
        # there for nine years" is a person
        name = [t for t in tokens if t.i > kind_words[-1].i]
        runs_on = any(c.dep_ == "prep" for c in head.children)  # "the charity Mission to Mariners": read whole below
        if name and all(t.pos_ == "PROPN" or t.is_punct for t in name) and not runs_on:
            kinds = frozenset(t.lemma_.lower() for t in kind_words)
            return Speaker(phrase_text(name), "org", start, end, org, country, False, kinds)
    officials = [c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    for child in officials if head.ent_type_ == "ORG" else ():
        if any(t.is_lower and t.lemma_.lower() in APPOSITION_PERSON_ROLES for t in child.lefts):
            # "Lucknow Development Authority (LDA) vice-chairman Anupam Srivastava informed": the
            # parser made the official an apposition of the body they speak for
            named = entity_at(child)
            body = [t for t in tokens if t.i <= head.i]
            return Speaker(full_person_name(doc, named.text), "person", start, end,
                           phrase_text(_drop_determiner(body)) if body else org, country)
    untagged = _name_after_role(tokens, head)
    if untagged is not None and (person is None or person.start >= untagged[0].i
                                 or not person.start <= head.i < person.end):
        # "Kisan Ekta Manch district president Ramesh Chandra Verma stated": the name after the role,
        # not a body before it the model took for a person, nor a part of the name it tagged
        return Speaker(phrase_text(untagged), "person", start, end, org, country)
    given = _name_given(head) if person is None else None
    if given is not None:  # "One resident, who gave only her first name, Maria, said"
        return Speaker(given.text, "person", start, end, org, country)
    if (person is None or not person.start <= head.i < person.end) and (
            head.lemma_.lower() in APPOSITION_PERSON_ROLES or _office_named_after(head)):
        # "Its spokeswoman, Lt. Gen. Maly Socheata, said", "The Chairman of the union, Mr. Terver
        # Iorliam, said": the apposition names the person
        for child in role_appositions(head):
            named = name_in_apposition(child)
            if named is not None and (head.lemma_.lower() in PERSON_ROLES or named.start <= child.i < named.end):
                # (an apposition role, "owner", only when the name is the apposition itself: not
                # "The ship's owner, Lucena-based Marinduque Star Lines,")
                last = child.right_edge  # the mention runs to the name, whose title tells the pronoun
                return Speaker(full_person_name(doc, named.text), "person", start,
                               max(end, last.idx + len(last)), org, country)
    if person is not None and _holder_after_body(tokens, head, person):
        return Speaker(full_person_name(doc, person.text), "person", start, end, org, country)
    if person is not None and (head.ent_type_ == "PERSON" or person.start <= head.i < person.end):
        name = full_person_name(doc, person.text)
        if len(tokens) == 1 and _unpersoned_name(doc, strip_titles(person.text)):
            return Speaker(name, "org", start, end, org, country)  # "Kindra said", of a car-seat maker
        return Speaker(name, "person", start, end, org, country)
    if head.pos_ == "PROPN" and head.ent_type_ in ("PERSON", "", "ORG", "GPE") and len(tokens) <= 4:
        # a surname of a person named in full elsewhere, even one the model took for a place
        short = strip_titles(phrase_text(tokens))
        full = full_person_name(doc, short)
        if head.ent_type_ == "ORG" and len(tokens) == 1 and full.split()[0] == short != full:
            # "Severnvale said", after a headline's "Severnvale Water" the model took for a person:
            # a body's first word, not a family name put first; but "Zuiderveld said" beside "FC
            # Zuiderveld" and "Zuiderveld Supporters Collectief" is the club the short name also ends
            return Speaker(short if short.lower() in _ending_other_names(doc) else full, "org", start, end,
                           org, country)
        if full != short and company_name(full):  # "Aurion said", after "Aurion Display" the model took for a person
            return Speaker(full, "org", start, end)
        if full != short or head.ent_type_ == "PERSON":
            return Speaker(full, "person", start, end, org, country)
    if head.pos_ == "NOUN":
        # "the trade journal Metal Weekly": a common noun followed by the name it describes
        named = next((c for c in head.children if c.dep_ in ("appos", "compound") and c.i > head.i
                      and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "PERSON"))), None)
        named = named if named is not None else closing_apposition(head) or _name_read_as_conjunct(head)
        if named is not None:
            # (not a party's or a place's letters in brackets after it: "Per-Olof Strand (C)")
            bracket = next((t.i for t in named.subtree if t.text == "(" and t.i > named.i), len(head.doc))
            name_tokens = [t for t in named.subtree if not t.is_punct and t.i < bracket]
            found = describe(name_tokens, named)
            kind = head.lemma_.lower()
            if (found.kind == "person" or _thing_relative(named)) and (
                    kind in ORG_ROLES or kind in BUSINESS_KINDS or kind in COMPANY_WORDS):
                # "the electricity company Ibernor": the noun says what the name is, whatever the tagger made of it
                return Speaker(found.name, "org", start, end, org, country, False, frozenset({kind}))
            if kind in APPOSITION_PERSON_ROLES and found.org is None and (found.kind == "person" or not named.ent_type_):
                # "The head of the World Meteorological Organization, Petteri Taalas,": a person, who
                # speaks for the body the role names, whatever the tagger made of the name
                return Speaker(found.name, "person", found.start, found.end, org, found.country or country)
            if found.kind == "org" and kind in ANAPHORIC_KINDS | ORG_ROLES:
                # "The organising coalition, Casa Para Todos,": a later "the coalition" points back at it
                return dataclasses.replace(found, kinds=found.kinds | {kind})
            return found
    named = [t for t in tokens if t.ent_type_ == "PERSON"
             and not any(a.dep_ == "amod" for a in [t, *t.ancestors] if a.i != head.i)]  # not "Lucena-based"
    if named and head.pos_ == "PROPN" and head.ent_type_ != "ORG":
        # "prosecutor Jane Roe KC": a person however the entity was cut; up to a comma, past which
        # an apposition tells the office ("His Excellency Sheikh X, Undersecretary of ...")
        rest = tokens[tokens.index(named[0]):]
        rest = rest[:next((k for k, t in enumerate(rest) if t.text == ","), len(rest))]
        return Speaker(strip_titles(phrase_text(rest)), "person", start, end, org, country)
    if head.pos_ == "PROPN" and _post_nominal(tokens[-1].text) and len(tokens) >= 3 \
            and given_name_pronoun(phrase_text(tokens[-3:-1])) is not None:
        # "Kessler's barrister, Marcus Bell KC,": a person, however the model tagged the name
        return Speaker(full_person_name(doc, phrase_text(tokens[-3:-1])), "person", start, end, org, country)
    # "Wharfside Neighbours, which submitted 23 written representations,": a relative clause set off
    # by a comma describes the one named; it is no part of the name
    aside = next((c for c in head.children if c.dep_ == "relcl" and c.left_edge.i > tokens[0].i
                  and doc[c.left_edge.i - 1].text == ","), None)
    text = phrase_text(_drop_determiner([t for t in tokens if aside is None or t.i < aside.left_edge.i - 1]))
    described = next((c for c in head.children
                      if c.dep_ == "appos" and c.lemma_.lower() in APPOSITION_PERSON_ROLES), None)
    if head.pos_ == "PROPN" and described is not None and not _kind_ends_name(head):
        # "Hichem Chkiouat, a minister in the eastern government who ...": a named person, whatever
        # the tagger made of an unfamiliar surname; the name is the words before the apposition
        # (not "Kalliope Bulk Carriers, the manager of the ship": a body's name ends in its kind)
        name = phrase_text([t for t in tokens if t.i < described.left_edge.i and not t.is_punct])
        return Speaker(full_person_name(doc, name) if name else text, "person", start, end, org, country)
    titled = _titled_given_name(tokens, head)
    if titled is not None:  # "Chief Financial Officer Tomasz Wieczorek", no entity tagged
        return Speaker(full_person_name(doc, phrase_text(titled)), "person", start, end, org, country)
    roles = [t for t in tokens if t.i < head.i and t.lemma_.lower() in PERSON_ROLES | TRADES
             and (t.is_lower or (t.dep_ == "compound" and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN"))]
    if head.pos_ == "PROPN" and roles:
        # "operations director Kari Lunde", "ministry spokesperson Irina Dobre", "agency forecaster
        # Yamauchi Kenta", "Miyazaki Prefecture Governor Sakurai Emiko": a role or trade before a name
        # makes it a person's, whatever entity type the model gave an unfamiliar name
        name = [t for t in tokens if t.i > roles[-1].i]
        if 1 <= len(name) <= 4 and all(t.pos_ == "PROPN" or t.is_punct for t in name):
            return Speaker(full_person_name(doc, phrase_text(name)), "person", start, end, org, country)
    bare_name = _drop_determiner(tokens)
    if head.pos_ == "PROPN" and _given_name_opens(bare_name) and not any(t.ent_type_ for t in bare_name):
        # "Eng. Samer Qudah, said", cut from its title by the sentence splitter and tagged as
        # nothing: a known given name opening two or three capitalised words is a person's name
        return Speaker(full_person_name(doc, phrase_text(bare_name)), "person", start, end, org, country)
    if len(tokens) == 1 and head.pos_ == "NOUN" and head.text[:1].isupper() and head.text[1:].islower():
        full = full_person_name(doc, head.text)
        if full != head.text:  # "Errázuriz, standing beside him, contradicted": a surname the tagger misread
            return Speaker(full, "person", start, end, org, country)
    if (head.lower_ in PERSON_ROLES or head.lemma_.lower() in PERSON_ROLES) and not (head.pos_ == "PROPN" and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.lemma_.lower() in ORG_ROLES for c in head.lefts)):
        kind = "person"  # not "India's Directorate General of Shipping", a body named for its head
    elif head.pos_ == "NOUN" and head.lemma_.lower() in gendered_words() and head.tag_ == "NN":
        kind = "person"  # "a 41-year-old man from Munich", "the boy's mother": a word only a person is
    elif head.pos_ == "NOUN" and head.tag_ == "NN" and (told_who or head.lemma_.lower() in TRADES):
        # "One maintenance technician, who asked not to be identified", "a taxi driver": a person
        kind = "person"
    elif head.pos_ in ("PRON", "DET", "NUM") or head.lower_ in ("many", "some", "others", "several", "most", "few"):
        kind = "group"  # "many", "others": never the antecedent of "the company"
    elif head.tag_ in ("NNS", "NNPS") and head.ent_type_ not in ("ORG", "GPE", "NORP") and not _named_of(head):
        kind = "group"
    else:
        kind = "org"
    # "Marinduque Star Lines", "the United States": a plural word ending a longer proper name names
    # one body; so does one opening a name of the form "Families of the Disappeared Network"
    multiword_name = head.tag_ == "NNPS" and (any(t.pos_ == "PROPN" and t.i < head.i for t in tokens)
                                              or head.text.isupper() or _named_of(head))  # "RAIB", an acronym
    # "Police and prosecutors", not "the Hearth and Stove Manufacturers' Council" (a name's own "and")
    # nor "Hanseong Engineering & Construction" (an ampersand joins the words of one name)
    plural = (head.tag_ in ("NNS", "NNPS") and not multiword_name) or any(
        t.dep_ == "conj" and t.head.i == head.i and t.pos_ not in ("VERB", "AUX") and not _owned_by_name_with_and(t)
        for t in tokens) and not any(c.dep_ == "cc" and c.text == "&" for c in head.children)
    doc = head.doc
    kinds = {t.lemma_.lower() for t in tokens  # not a word of a hyphenated modifier ("company-compiled")
             if not (t.i + 1 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_)} | {
        c.lemma_.lower() for c in head.children if c.dep_ == "appos"}
    kinds &= ORG_ROLES | ANAPHORIC_KINDS | BUSINESS_KINDS
    kinds -= {t.lemma_.lower() for t in tokens if overseen(t)}  # "Charity Commission" is no charity
    described = next((t for t in tokens if t.dep_ == "appos" and t.pos_ == "NOUN" and t.head.i != head.i
                      and t.lemma_.lower() in ORG_ROLES | ANAPHORIC_KINDS | BUSINESS_KINDS
                      and t.left_edge.i > tokens[0].i and doc[t.left_edge.i - 1].text == ","), None)
    if described is not None:  # "Families of the Disappeared Network, a rights group": the name, and its kind
        text = phrase_text(_drop_determiner([t for t in tokens if t.i < described.left_edge.i - 1]))
        kinds.add(described.lemma_.lower())
    return Speaker(text, kind, start, end, org, country, plural, frozenset(kinds))


def overseeing_kinds() -> frozenset[str]:
    """Kinds of body named after what they oversee ("Charity Commission"): overseeing_kinds.tsv."""
    return word_set("overseeing_kinds", "lemma")


def overseen(word: Token) -> bool:
    """ "Charity" in "Charity Commission", "Police" in "Police Complaints Commission": a word naming
    what a body of an overseeing kind oversees, not what the body is."""
    if word.dep_ != "compound":
        return False
    head = word.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head.lemma_.lower() in overseeing_kinds()


def _titled_given_name(tokens: list[Token], head: Token) -> list[Token] | None:
    """ "Chief Financial Officer Tomasz Wieczorek": a capitalised role or title, then a known given
    name (given_names.tsv) and a surname ending the phrase, is a person's name, whatever the model
    tagged it. The name's words, or None."""
    if head.pos_ != "PROPN" or head.i != tokens[-1].i:
        return None
    for k, token in enumerate(tokens[:-1]):
        name = tokens[k:]
        if len(name) <= 3 and all(t.pos_ == "PROPN" for t in name) and given_name_pronoun(phrase_text(name)) \
                and any(t.lower_ in titles() or t.lemma_.lower() in PERSON_ROLES for t in tokens[:k]):
            return name
    return None


def _drop_determiner(tokens: list[Token]) -> list[Token]:
    """"the U.S. military" -> "U.S. military"; keeps "The Washington Ledger" (a name). Drops where a
    name's bearer is based too: "Bermuda-based Castellan Re" -> "Castellan Re"."""
    if len(tokens) > 1 and tokens[0].lower_ in ("the", "a", "an"):
        tokens = tokens[1:]
    based = next((k for k, t in enumerate(tokens[:4]) if t.lower_ in ("based", "-based")
                  or t.lower_.endswith("-based")), None)
    if based is not None and based + 1 < len(tokens) and tokens[based + 1].pos_ == "PROPN" \
            and tokens[based + 1].text[:1].isupper():
        return tokens[based + 1:]
    return tokens


def organisation_of(tokens: list[Token], head: Token) -> tuple[str | None, str | None]:
    """Organisation and country a speaker stands for, from the phrase and its apposition."""
    pieces = [tokens] + [list(c.subtree) for c in head.children if c.dep_ == "appos"]
    org = country = None
    table = institutions()
    order = _alias_order()
    for piece in pieces:
        original = " ".join(t.text for t in piece)
        found = {alias for alias in _aliases_in(plain_name(original)) if _written(alias, original)}
        for alias in sorted(found, key=order.__getitem__):  # in the table's order, as it reads
            name, code = table[alias]
            if org is None or len(name) > len(org):
                org, country = name, code or country
    own = _entity_of(head)
    if org is None:
        for t in (t for piece in pieces for t in piece):
            if t.ent_type_ == "ORG" and t.dep_ in ("poss", "compound", "pobj") and _entity_of(t) != own \
                    and not (t.dep_ == "poss" and t.head.lemma_.lower() in gendered_words()):  # "Callum's mother"
                ent = _entity_of(t)
                if ent is not None and not _business_function(ent.text):
                    org = re.sub(r"['’]s$", "", ent.text)  # (not "HR" of "HR director X", a function)
                    break
    if country is None:
        demonyms = nationality_words()
        for piece in pieces:
            words = [t.lower_ for t in piece]
            for n in (2, 1):
                for i in range(len(words) - n + 1):
                    code = demonyms.get(" ".join(words[i : i + n]))
                    if code and country is None:
                        country = code
    if org is None and head.ent_type_ == "PERSON":
        org = _office_before_name(tokens)
    if country is None:  # "Guyana's Foreign Minister Donna Ramcharan": the state that owns the office
        owner = next((ent for t in tokens if t.dep_ == "poss" and t.ent_type_ == "GPE" and t.i < head.i
                      and (ent := _entity_of(t)) is not None), None)
        country = country_of(re.sub(r"['’]s$", "", owner.text)) if owner is not None else None
    return org, country


def _office_before_name(tokens: list[Token]) -> str | None:
    """ "Chairman of the Suez Canal Authority (SCA) Admiral Hisham Galal announced": the body of an
    office written right before a name, however the parser hung the words (agency English)."""
    doc = tokens[0].doc
    i = tokens[0].i - 1
    if i >= 0 and doc[i].text == ")":  # the body's short form in brackets
        while i >= 0 and doc[i].text != "(":
            i -= 1
        i -= 1
    body = entity_at(doc[i]) if i >= 0 and doc[i].ent_type_ == "ORG" else None
    if body is None:
        return None
    k = body.start - 1
    while k >= 0 and doc[k].lower_ in ("the", "of"):
        k -= 1
    if k < 0 or not (doc[k].lower_ in PERSON_ROLES or doc[k].lower_ in titles()) or doc[k + 1].lower_ not in ("of", "the"):
        return None
    return phrase_text(_drop_determiner(list(body)))


def _entity_of(token: Token) -> Span | None:
    return entity_at(token)


def country_of_name(name: str) -> str | None:
    """Country of a source named outright: "Kremlin" -> RU, "Pyongyang" -> KP."""
    plain = re.sub(r"^(the|a|an) ", "", plain_name(name))
    hit = institutions().get(plain)
    if hit and hit[1]:
        return hit[1]
    demonyms = nationality_words()
    if plain in demonyms:
        return demonyms[plain]
    for word in plain.split():
        if word in demonyms:
            return demonyms[word]
    return None


def company_name(name: str, forms: tuple[str, ...] = ("legal", "trade")) -> bool:
    """ "Brightmart Inc.", "Halden Group AG", "Lumora Networks": a name a company's legal form or
    trade word ends (company_suffixes.tsv), a company's whatever the tagger made of it."""
    words = name.replace(",", " ").split()
    if len(words) < 2:
        return False
    last = words[-1].rstrip(".").lower()
    if last in _company_suffixes(("legal",)) and "legal" in forms:
        return True
    # a trade word ends a company's name, not a public body's linked one ("Department of Health and
    # Human Services")
    return last in _company_suffixes(forms) and not {"of", "for", "and"} & set(words)


@functools.lru_cache(maxsize=None)
def _company_suffixes(forms: tuple[str, ...]) -> frozenset[str]:
    return frozenset(row["word"] for row in read_table("company_suffixes") if row["form"] in forms)


def kind_in_name(name: str) -> str | None:
    """The kind of body a name's last word says it is ("... Workers' Union" -> "union"), if any."""
    words = plain_name(name).split()
    last = words[-1] if words else ""  # "Carriers", "Ferries": the singular too
    return next((k for k in (last, last.removesuffix("s"), last.removesuffix("es"))
                 if k in ANAPHORIC_KINDS | ORG_ROLES | BUSINESS_KINDS), None)


def closing_apposition(head: Token) -> Token | None:
    """ "The union representing packaging workers, Bond Verpakking, said": a name set off at the
    end of the phrase, which the parser hung on the last noun of the words describing the head."""
    last = head.right_edge
    while last.is_punct and last.i > head.i:
        last = last.doc[last.i - 1]
    for describing in (c for c in head.children if c.dep_ in ("acl", "prep") and c.i > head.i):
        for token in describing.subtree:
            if token.dep_ == "appos" and token.pos_ == "PROPN" and token.right_edge.i == last.i \
                    and token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == ",":
                return token
    return None


def _name_read_as_conjunct(head: Token) -> Token | None:
    """ "The builder, Hanseong Engineering & Construction, says": a name set off by commas that
    the parser, misled by the "&" inside it, made a conjunct of the noun rather than its apposition."""
    if any(c.dep_ == "cc" for c in head.children):
        return None  # "the builder, the city and the police": a list
    return next((c for c in head.children if c.dep_ == "conj" and c.i > head.i and c.pos_ == "PROPN"
                 and c.ent_type_ in ("ORG", "") and head.doc[c.left_edge.i - 1].text == ","
                 and c.left_edge.i == head.i + 2), None)


def role_appositions(head: Token) -> list[Token]:
    """The appositions of a role noun, with one the parser hung on the place after the role
    ("a spokesperson in Kinshasa, Maj. X,"), as an apposition or as a conjunct with no "and"
    ("general manager for Portugal, Miguel Tavares,")."""
    places = [o for p in head.children if p.dep_ == "prep" for o in p.children
              if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC")]
    found = [c for c in [*head.children, *(c for o in places for c in o.children)] if c.dep_ == "appos"
             or (c.dep_ == "conj" and c.head.i != head.i and c.ent_type_ == "PERSON"
                 and not any(s.dep_ == "cc" for s in c.head.children))
             # "whose secretary general, Teófilo Quispe Huamán, assured": a name set off by commas
             # that the parser took for an adverbial noun
             or (c.dep_ == "npadvmod" and c.ent_type_ == "PERSON" and c.i > head.i
                 and c.doc[c.left_edge.i - 1].text == ",")]
    # "The union's president, Sgt. Dale Kowalczyk,": a title the parser split off as an apposition of its own;
    # "The Police Public Relations Officer (PPRO) in the state, SP Yusuf Adamu,": the bracketed short form
    # is the role's, the name comes after it
    return [c for c in found if (c.lower_.rstrip(".") not in titles() and not bracketed(c)) or c is found[-1]]


def bracketed(token: Token) -> bool:
    """A one-word apposition in brackets right after its head: "Officer (PPRO)"."""
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")"


def _body_before_role(tokens: list[Token], head: Token) -> str | None:
    """ "ministry spokesperson Irina Dobre", "regional police spokeswoman Claire Vasseur": the body a
    role before a name speaks for, when the words before the role end in a kind of body."""
    roles = [t for t in tokens if t.i < head.i and t.is_lower and t.lemma_.lower() in PERSON_ROLES]
    if not roles:
        return None
    body = [t for t in tokens if t.i < roles[-1].i and not t.is_punct]
    if body and body[-1].lemma_.lower() in ORG_ROLES:
        return phrase_text(body)
    # "Twasa general secretary Sipho Mahlangu", "CityLink chief executive Annelie Botha": a name
    # right before the role words, neither a person's nor a country's
    name = []
    for token in body:
        if not token.text[:1].isupper() or token.ent_type_ == "PERSON" or token.lower_ in ("the", "a", "an") \
                or token.tag_ == "PRP$" \
                or country_of_name(token.text) is not None or token.lower_ in titles():  # "Foreign minister"
            break
        name.append(token)
    # the tagger makes an unknown name anything ("Harlow" an adjective): capitals decide
    rest = body[len(name):]  # "general", "chief", "vice": words of the role itself
    if not name or not all(t.is_lower for t in rest) or _business_function(phrase_text(name)):
        return None  # (nor "HR director Fiona Castellane": a function inside the body, not the body)
    return phrase_text(name)


def _business_function(name: str) -> bool:
    """ "HR", "IT", "Finance": a function inside a body (business_functions.tsv), never the body."""
    return name.lower() in word_set("business_functions", "name")


def capitalised(word: str) -> bool:
    """A word written as a name is: "Wrona", "Brøndum", "Al-Amin", "O'Neill"; not "NATO" or "de"."""
    return bool(re.fullmatch(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", word)) and word[0].isupper() and word[1:2].islower()


_SPELLED_OUT = re.compile(r"((?:[A-Z][\w'’&.-]*(?:\s+(?:of|for|and|the|on|in|de|du|des|la|le|el|del)\b)*\s+){1,9})"
                          r"\(([A-Z][A-Za-z&]{1,8})\)")


def initials(name: str) -> str:
    """The first letters of a name's capitalised words: "Rail Accident Investigation Branch" -> "RAIB"."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


def spelled_out_acronyms(text: str) -> dict[str, str]:
    """ "the Rail Accident Investigation Branch (RAIB)": what each acronym the text defines stands
    for, when its capitals are the initials of the name before it, in order."""
    found = {}
    for m in _SPELLED_OUT.finditer(text):
        words = m.group(1).split()
        acronym = m.group(2)
        # "RAIB"; "Twasa", an acronym written as a word, has a letter per word too
        letters = [c for c in acronym if c.isupper()] if acronym.isupper() or len(acronym) < 4 else list(acronym.upper())
        for start in range(len(words)):
            if not words[start][0].isupper():
                continue
            # every capitalised word, or those and the small words whose letter the acronym keeps
            # ("Organization for Security and Co-operation in Europe (OSCE)")
            with_small = [w[0].upper() for w in words[start:] if w[0].isupper() or w[0].upper() in letters]
            if list(initials(" ".join(words[start:]))) == letters or with_small == letters:
                found[acronym] = " ".join(words[start:])
                break
    return found


def bodies_named_in_full(doc: Doc) -> dict[str, str]:
    """ "the Air Force of the Armed Forces of Ukraine", later "the Air Force": a body's short name, for
    each body the text once names as that name "of" another body or a place."""
    found = {}
    for of in doc:
        body = of.head
        if of.lower_ != "of" or of.dep_ != "prep" or body.pos_ != "PROPN" or body.ent_type_ != "ORG" or body.i > of.i:
            continue
        owner = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN"
                      and c.ent_type_ in ("ORG", "GPE")), None)
        named = _drop_determiner([t for t in doc[body.left_edge.i : body.i + 1]])
        short = phrase_text(named)
        if owner is None or not short or _given_name_opens(named):
            continue  # not a person's name: "Nadia Fairbrother of Hartwell Planning"
        found.setdefault(short, f"{short} of {doc[owner.left_edge.i : owner.right_edge.i + 1].text}")
    return found | _bodies_named_by_nation(doc)


def _bodies_named_by_nation(doc: Doc) -> dict[str, str]:
    """ "the Nigerian Navy", later "the Navy": a body's short name, when the text names exactly one
    body as that name after a nation's adjective."""
    named: dict[str, set[str]] = {}
    for ent in doc_ents(doc):
        words = [t for t in ent if t.lower_ != "the"]
        if ent.label_ != "ORG" or len(words) < 2 or country_of(words[0].text) is None \
                or not all(t.text[:1].isupper() for t in words[1:]) or country_of(phrase_text(words[1:])):
            continue
        named.setdefault(phrase_text(words[1:]), set()).add(phrase_text(words))
    return {short: next(iter(full)) for short, full in named.items() if len(full) == 1}


def spelled_out(speaker: Speaker, acronyms: dict[str, str]) -> Speaker:
    """A source named by an acronym the text defined, or by the short name of a body it named in full,
    named in full (as is the body a person speaks for); a known institution keeps the name the
    institutions table gives it."""
    name = acronyms.get(speaker.name) if plain_name(speaker.name) not in institutions() else None
    org = acronyms.get(speaker.org or "") if plain_name(speaker.org or "") not in institutions() else None
    if name is not None:  # a body, whatever the tagger made of the capitals
        return dataclasses.replace(speaker, name=name, kind="org", org=org or speaker.org, plural=False)
    if org is not None:
        return dataclasses.replace(speaker, org=org)
    return speaker


def speaker_keys(speaker: Speaker) -> list[str]:
    """Keys for the same source across mentions, most specific first: a known institution's
    canonical name ("South Korea's spy agency" = "NIS"), then the last word of the name."""
    keys = []
    if speaker.kind != "person":
        for name in (speaker.name, speaker.org or ""):
            hit = institutions().get(plain_name(name))
            if hit:
                keys.append(hit[0].lower())
    words = strip_titles(speaker.name).split()
    if words and not words[-1][:1].isupper() and len(words) > 1 and any(
            w.endswith(("'s", "’s")) for w in words[:-1]):
        # "Kyrgyzstan's health ministry" and "Tajikistan's foreign ministry" are two bodies: a
        # description owned by a name is keyed whole, not by its last common noun
        keys.append(plain_name(speaker.name))
        return keys
    keys.append(plain_name(speaker.name) if _body_of_a_place(speaker) else surname_key(speaker.name))
    first = [w for w in plain_name(speaker.name).split() if w not in ("the", "a", "an")][:1]
    if speaker.kind != "person" and first and company_name(speaker.name, ("legal",)) \
            and not country_of(first[0]) and first[0] not in nationality_words():
        # "Halvorsen Motor Co." and then "Halvorsen": one company, by its own word (not "Ghana
        # Deposit Protection Corporation" and "Ghana Commercial Bank Ltd", by their country)
        keys.append(first[0])
    if speaker.kind != "person":
        # "the Border Service of Kyrgyzstan" and then "the Border Service": one body, keyed by the
        # name before its "of" as well as by its last word
        keys.append(plain_name(re.sub(r"(?i)^the\s+", "", speaker.name.split(" of ")[0])))
        # "the Federal Aviation Administration said ... The FAA did not say": one body, by its initials
        acronym = re.fullmatch(r"[A-Z]{2,6}", speaker.name) is not None
        letters = speaker.name if acronym else initials(speaker.name)
        if len(letters) >= 2 and (acronym or len(speaker.name.split()) == len(letters)):
            keys.append(f"initials:{letters.lower()}")
    return keys


def _body_of_a_place(speaker: Speaker) -> bool:
    """ "Regional Government of La Libertad", "Prosecutor's Office of La Libertad": a kind of body
    and the place or owner it belongs to, whose last word names the place, not the body; keyed
    whole, so that two bodies of one region are not one source."""
    if speaker.kind == "person" or " of " not in speaker.name:
        return False
    kind, _, place = speaker.name.partition(" of ")
    words = [w for w in place.split() if w not in ("of", "and", "the", "for")]
    return bool(kind.split()) and kind.split()[-1].lower() in ORG_ROLES | ANAPHORIC_KINDS | BUSINESS_KINDS \
        and bool(words) and all(w[:1].isupper() for w in words) \
        and not country_of(place)  # "Border Troops of Tajikistan" is the state's, keyed by it too


def names_outlet(name: str, outlet: str | None) -> bool:
    """Whether a source's name is the publishing outlet's own ("the Courier" in a story the West
    Country Courier publishes, "documents seen by the Ledger"): the text's author, whose narration
    is no statement (FORMAT.md). The caller keeps a place ("Grand Rapids" of the Grand Rapids
    Ledger) apart."""
    if not outlet or _press_office(outlet):
        return False
    own = set(re.findall(r"\w+", re.sub(r"\(.*?\)", "", outlet).lower())) - {"the"}
    written = [w for w in re.findall(r"\w+", name) if w.lower() != "the"]
    # a name as the outlet writes it, capitalised: not "city" in a story the River City Post publishes
    return bool(written) and all(w[:1].isupper() for w in written) and {w.lower() for w in written} <= own


@functools.lru_cache(maxsize=64)
def _press_office(outlet: str) -> bool:
    """A publisher that is a body's own press office (press_offices.tsv: "Kapata Wildlife Trust
    newsroom"), through which that body makes its claims."""
    lowered = " ".join(re.findall(r"\w+", outlet.lower()))
    return any(re.search(rf"\b{re.escape(words)}\b", lowered) for words in word_set("press_offices", "words"))


def surname_key(name: str) -> str:
    """The last word of a name, lower-cased."""
    words = re.findall(r"[\w.-]+", plain_name(strip_titles(name)))
    words = [w for w in words if w not in ("the", "a", "an")]
    return words[-1] if words else ""
