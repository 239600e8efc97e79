"""Quantities: numbers that count or measure something, with what they count and who gives them.

Number expressions are read from the token texts (`numbers.read_amount`); the
parse then says what is counted (`unit`), the context rules out dates, clock
times, ages, durations and names, and the statements say who gives the number
(`holder`, see `quantity_holders`).
"""
from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span, Token

from ..models import Quantity, Statement
from .holder_words import doc_tokens
from .home_institutions import home_name
from .lexicon import read_table, word_set
from .numbers import Amount, lexicon, longest_phrase, parse_digits, read_amount
from .quantity_holders import find_holder

_QUOTE_MARKS = {"'", '"', "‘", "’", "“", "”"}
# Entity labels of names a number can be part of ("Group of 20", "Boeing 737", "Article 5").
_NAME_LABELS = {"ORG", "PRODUCT", "EVENT", "LAW", "FAC", "WORK_OF_ART", "PERSON", "GPE", "LOC", "NORP"}


@functools.lru_cache(maxsize=1)
def _context_words() -> dict[str, set[str]]:
    """`not_quantities.tsv` as {kind: {words}}."""
    kinds: dict[str, set[str]] = {}
    for row in read_table("not_quantities"):
        kinds.setdefault(row["kind"], set()).add(row["word"].lower())
    return kinds


def find_quantities(doc: Doc, statements: list[Statement]) -> list[Quantity]:
    """Every number expression in `doc` that counts or measures something, in text order."""
    tokens = doc_tokens(doc)
    words = [_reading_form(t) for t in tokens]
    glued = [not t.whitespace_ for t in tokens]
    out: list[Quantity] = []
    i = 0
    while i < len(words):
        amount = read_amount(words, i, glued) if _may_start(tokens[i]) else None
        if amount is None or amount.end <= i:
            i += 1
            continue
        i = amount.end
        span = doc[amount.start : amount.end]
        if not _counts_something(doc, amount):
            continue
        unit = amount.unit or unit_of(doc, amount, words) or _unit_from_context(doc, span, out)
        holder = home_name(doc, find_holder(doc, span, statements))  # "the army" -> "Mozambican army"
        out.append(Quantity(
            text=span.text, span=(span.start_char, span.end_char), value=amount.value,
            low=amount.low, high=amount.high, approx=amount.approx, unit=unit, holder=holder,
        ))
    return out


_WHOLE_UNITS = re.compile(r"(?P<number>\d[\d,.]*)(?P<scale>[a-z]*)/-")


def _reading_form(token: Token) -> str:
    """The token's text as a number is read: "14.2bn/-" is 14.2bn (the East African and South
    Asian mark of a sum of money, so its glued "m" is millions, not metres: "2.8m/-" reads as
    2.8mn), and "£11.4m." closing a sentence is £11.4m (the tokenizer took the full stop for
    the abbreviation's and ran the sentence on)."""
    text = token.text
    whole = _WHOLE_UNITS.fullmatch(text)
    if whole:
        scale = whole.group("scale")
        return whole.group("number") + ("mn" if scale == "m" else scale)
    if len(text) > 1 and text.endswith(".") and lexicon().kind(text[:-1]) in ("scale", "abbrev") \
            and token.i > 0 and not token.nbor(-1).whitespace_ and token.nbor(-1).text[-1:].isdigit() \
            and _closes_sentence(token):
        return text[:-1]
    return text


def _closes_sentence(token: Token) -> bool:
    """The token ends its sentence, its paragraph or the text, or a capitalised word follows it."""
    if token.i + 1 >= len(token.doc) or token.i == token.sent.end - 1:
        return True
    after = token.nbor(1)
    return "\n" in token.whitespace_ + after.text or after.text[:1].isupper()


def _may_start(token: Token) -> bool:
    """Skip number-like tokens glued into a word or code ("F-16", "COVID-19", "0800-720-600")."""
    if token.i > 0 and token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_:
        before = token.doc[token.i - 2] if token.i >= 2 else None
        if before is not None and not before.whitespace_ and lexicon().kind(before.text) is None \
                and (before.is_alpha or before.text[:1].isdigit()):
            return False
    return True


def _the_pair(amount: Amount, before: Token | None, after: Token | None) -> bool:
    """ "the two countries", "the two leaders": a definite pair of the parties a story tells of
    (pair_nouns.tsv), named by their number, which counts nothing anyone claims."""
    return amount.value == 2 and before is not None and before.lower_ in ("the", "these", "those") \
        and after is not None and after.lemma_.lower() in word_set("pair_nouns", "noun")


def _counts_something(doc: Doc, amount: Amount) -> bool:
    """False for dates, clock times, ages, durations, labels, names and the pronoun "one"."""
    if amount.spelled_one or not amount.counts:
        return False
    ctx = _context_words()
    last = doc[amount.end - 1]
    number_tokens = [t for t in doc[amount.start : amount.end] if _is_number_token(t)]
    if not number_tokens:
        return True
    after = _next_word(doc, amount.end)
    before = doc[amount.start - 1] if amount.start > 0 else None
    if after is not None and after.lower_ in ctx.get("time_after", set()) | ctx.get("month", set()) \
            | ctx.get("fraction_after", set()):
        return False
    if any(_leading_zero(t.text) for t in number_tokens if t.i == amount.start or doc[t.i - 1].pos_ != "NUM"):
        return False  # "0900 GMT", "007": clock times and codes, not counts (not the "000" of "148 000")
    if _the_pair(amount, before, after):
        return False  # "the two sides", "the two governments": the parties told of, no count given
    if before is not None and before.lower_ in ctx.get("rank_before", set()) and before.text[:1].isupper() \
            and all(t.text.isdigit() for t in number_tokens):
        return False  # "a No 10 spokesman", "No. 2": a number that names
    if _year_of_a_thing(number_tokens, before):
        return False  # "the 2031 world championships", "his 1977 pictures": a year, counting nothing
    if before is not None and before.lower_ in ctx.get("month", set()):
        return False
    if _is_age(doc, amount.start, ctx.get("age_before", set())) or _is_appositive_age(doc, amount) \
            or _is_age_bound(doc, amount, ctx) or _is_stated_age(doc, amount, ctx):
        return False
    if amount.unit is None and not amount.hedged:
        if before is not None and before.lower_ in ctx.get("label_before", set()):
            return False
        if _looks_like_year(number_tokens) or _looks_like_clock(last, after):
            return False
        if any(_in_a_name(t) for t in number_tokens) or _follows_a_name(doc, amount):
            return False
    return True


def _in_a_name(token: Token) -> bool:
    """The number is part of a named entity with words of its own ("Group of 20", "Boeing 737");
    an entity that is nothing but the number ("300k" tagged PRODUCT) is a tagging slip."""
    if token.ent_type_ not in _NAME_LABELS:
        return False
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    return any(t.is_alpha and not _is_number_token(t) for t in token.doc[start:end])


def _leading_zero(text: str) -> bool:
    return len(text) > 1 and text[0] == "0" and text[1].isdigit()


def _follows_a_name(doc: Doc, amount: Amount) -> bool:
    """Digits that finish a name: "Flight KQ 101", "Boeing 737 jets", "Windows 11", and
    "Group of 20". Model numbers carry no thousands comma, so "U.N. 2,500-strong" still counts."""
    if amount.start == 0 or not doc[amount.start].text[:1].isdigit():
        return False
    before = doc[amount.start - 1]
    if before.lower_ == "of" and amount.start >= 2:
        owner = doc[amount.start - 2]
        return owner.pos_ == "PROPN" and owner.text[:1].isupper() and not owner.is_sent_start
    if before.pos_ != "PROPN":
        return False
    return "," not in doc[amount.start].text or not _counts_a_noun(doc[amount.end - 1])


def _is_number_token(token: Token) -> bool:
    return parse_digits(token.text) is not None or lexicon().kind(token.text) in (
        "unit", "teen", "tens", "hundred", "scale", "dozen") or token.lower_ in _vague_words()


@functools.lru_cache(maxsize=1)
def _vague_words() -> set[str]:
    lex = lexicon()
    return {w for phrase in list(lex.vague_phrases) + list(lex.multipliers) for w in phrase
            if w not in ("of", "a")}


def _next_word(doc: Doc, i: int) -> Token | None:
    """The word after a number, looking through the hyphen of "two-day" or "81-year-old"
    and through a coordinated number ("two or three days")."""
    if i + 1 < len(doc) and doc[i].lower_ in ("or", "to", "and") and _is_number_token(doc[i + 1]):
        i += 1
        while i < len(doc) and _is_number_token(doc[i]):
            i += 1
    if i < len(doc) and doc[i].text == "-" and i + 1 < len(doc):
        return doc[i + 1]
    return doc[i] if i < len(doc) else None


def _is_age(doc: Doc, start: int, age_words: set[str]) -> bool:
    """ "aged 81", the "78" of "aged 81 and 78", "the youngest of them 13"."""
    k, skipped = start - 1, 0
    while k >= 0 and skipped < 4 and doc[k].lower_ not in age_words and not doc[k].is_sent_start:
        if parse_digits(doc[k].text) is None and doc[k].lower_ not in ("and", ",", "or", "of", "them",
                                                                     "those", "the"):
            return False
        k -= 1
        skipped += 1
    return k >= 0 and doc[k].lower_ in age_words


def _is_appositive_age(doc: Doc, amount: Amount) -> bool:
    """ "Marcus Ellery, 52, was convicted", "Sushila Devi (52), of Rasulpur": a bare number set off
    by commas or brackets after a name; "died at 84": the age one died at."""
    if amount.end - amount.start != 1 or amount.start < 2 or amount.unit or amount.hedged:
        return False
    before, name = doc[amount.start - 1], doc[amount.start - 2]
    after = doc[amount.end] if amount.end < len(doc) else None
    if before.lower_ == "at" and before.head.lemma_.lower() == "die":
        return True
    # "Jan de Vries, 74," and "a farmer, 74,": a name or one person's noun.
    person = name.pos_ == "PROPN" or (name.pos_ == "NOUN" and name.tag_ == "NN")
    if before.text == "(":
        return name.pos_ == "PROPN" and after is not None and after.text == ")"
    return before.text == "," and person and (after is None or after.text in (",", ".", ";"))


def _is_age_bound(doc: Doc, amount: Amount, ctx: dict[str, set[str]]) -> bool:
    """ "children under 10", "people over 65": a bare number bounding a group's age."""
    if amount.unit or amount.start < 1 or _is_followed_by_noun(doc, amount):
        return False
    bound, group = doc[amount.start - 1], doc[max(amount.start - 2, 0)]
    if bound.lower_ not in ctx.get("age_bound", set()) or amount.start < 2:
        # the amount may have taken the bound in as its hedge ("over 65")
        bound, group = doc[amount.start], doc[amount.start - 1]
        if bound.lower_ not in ctx.get("age_bound", set()):
            return False
    return group.lower_ in ctx.get("age_group", set())


def _is_stated_age(doc: Doc, amount: Amount, ctx: dict[str, set[str]]) -> bool:
    """ "She is 74 now": a bare number that a person "is"."""
    if amount.unit or _is_followed_by_noun(doc, amount):
        return False
    root = doc[amount.start : amount.end].root
    verb = root.head
    if root.dep_ not in ("attr", "acomp") or verb.lemma_ != "be":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lower_ in ctx.get("age_subject", set())
                                    or subject.ent_type_ == "PERSON")


def _is_followed_by_noun(doc: Doc, amount: Amount) -> bool:
    after = doc[amount.end] if amount.end < len(doc) else None
    return after is not None and after.pos_ in ("NOUN", "PROPN")


def _year_of_a_thing(tokens: list[Token], before: Token | None) -> bool:
    """ "the 2024 findings", "its 2031 championships": a year between a determiner and the noun it
    dates."""
    return len(tokens) == 1 and before is not None and before.tag_ in ("DT", "PRP$", "POS") \
        and before.lower_ not in ("no", "all", "some", "any", "another") \
        and len(tokens[0].text) == 4 and tokens[0].text.isdigit() and 1900 <= int(tokens[0].text) <= 2099


def _looks_like_year(tokens: list[Token]) -> bool:
    """ "in 2023", "between 2016 and 2021": four-digit numbers in the calendar's range, counting nothing."""
    return bool(tokens) and all(
        len(t.text) == 4 and t.text.isdigit() and 1000 <= int(t.text) <= 2100 and not _counts_a_noun(t)
        for t in tokens)


def _looks_like_clock(last: Token, after: Token | None) -> bool:
    return ":" in last.text or (after is not None and after.lower_ in ("a.m.", "p.m.", "am", "pm"))


def _counts_a_noun(token: Token) -> bool:
    """The number modifies a plural common noun ("2000 troops"), so it counts."""
    head = token.head
    return token.dep_ in ("nummod", "quantmod") and head.pos_ == "NOUN" and head.tag_ == "NNS" \
        and head.lower_ not in _context_words().get("time_after", set())


def unit_of(doc: Doc, amount: Amount, words: list[str] | None = None) -> str | None:
    """What the number counts, read from the words around it and from the parse."""
    lex = lexicon()
    words = words if words is not None else [t.text for t in doc]
    end = amount.end
    while end < len(doc) and doc[end].text in _QUOTE_MARKS:
        end += 1  # 'killed “hundreds” of soldiers'
    k = end + 1 if end < len(doc) and doc[end].text == "-" else end
    n = longest_phrase(words, k, lex.measures)
    if n:
        return doc[k : k + n].text
    if amount.start > 0 and doc[amount.start - 1].lower_ in lex.units_before:
        return doc[amount.start - 1].text  # "magnitude 6.8"
    if end < len(doc) and doc[end].lower_ == "of":
        n = longest_phrase(words, end + 1, lex.measures)
        if n:
            return doc[end + 1 : end + 1 + n].text
        noun = _object_of(doc[end])
        if noun is not None:
            return noun
    root = doc[amount.start : amount.end].root
    head = root.head
    if root.dep_ in ("nummod", "quantmod", "compound", "amod") and _countable(head) \
            and head.i >= amount.end:
        return _noun_with_conjuncts(head)
    if end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].tag_ in ("NNS", "NN"):
        return _noun_with_compounds(doc[end])
    return None


def _countable(head: Token) -> bool:
    """A common noun, or a plural name of people ("6 million Ukrainians")."""
    return head.pos_ == "NOUN" or head.tag_ == "NNPS" or (head.pos_ == "PROPN" and head.ent_type_ == "NORP")


def _noun_with_conjuncts(noun: Token) -> str:
    """ "14,000 rescue workers and soldiers": a coordinated noun with no number or article
    of its own is counted too; "14 vehicles and two tanks" stops at vehicles."""
    last = noun.i
    for c in noun.children:
        if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > last \
                and not any(g.dep_ in ("nummod", "det") for g in c.children):
            last = c.i
    return noun.doc[_compound_start(noun) : last + 1].text


def _object_of(of: Token) -> str | None:
    """ "hundreds of soldiers and allied militiamen" -> "soldiers and allied militiamen"."""
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.pos_ != "NOUN":
        return None  # "seven of them", "14 of Ukraine's": the context or the noun after says
    last = max((c.i for c in pobj.children if c.dep_ == "conj" and c.pos_ == "NOUN"), default=pobj.i)
    return pobj.doc[_compound_start(pobj) : last + 1].text


def _compound_start(noun: Token) -> int:
    start = noun.i
    while start > 0 and noun.doc[start - 1].dep_ == "compound" and noun.doc[start - 1].head == noun \
            and noun.doc[start - 1].is_lower and not _is_number_token(noun.doc[start - 1]):
        start -= 1
    return start


def _noun_with_compounds(noun: Token) -> str:
    return noun.doc[_compound_start(noun) : noun.i + 1].text


def _unit_from_context(doc: Doc, span: Span, found: list[Quantity]) -> str | None:
    """A bare number ("rose to 19", "seven of them") counts what the count before it in the
    same or the previous sentence counted; measures, money and shares do not carry over."""
    if not found:
        return None
    previous = found[-1]
    sent = span.sent
    prev_sent = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    carried = previous.unit
    if previous.span[0] < prev_sent or carried is None or carried.lower() in _not_carried():
        return None
    return carried


@functools.lru_cache(maxsize=1)
def _not_carried() -> frozenset[str]:
    lex = lexicon()
    units = set(lex.symbols.values()) | set(lex.unit_words.values()) | set(lex.measures.values())
    units |= {" ".join(phrase) for phrase in lex.measures}
    return frozenset(u.lower() for u in units)
