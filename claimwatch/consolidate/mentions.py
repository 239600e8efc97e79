"""A speaker phrase made fit for resolution: debris off, the country it names set aside.

Extraction sometimes hands over more than a name: a liveblog time stamp ("17:05 - "),
a headline, a dateline ("MOSCOW - ") or an outlet's byline ("Meridian Wire | Cairo")
before it, a reporting verb and its object after it ("Kyiv rejects claim"), or a
relative clause ("an engineer who warned in 2022 ..."). A leading possessive country
("Russia's Investigative Committee") or demonym ("Libyan health minister") says which
state the source belongs to, not who it is. `normalise` keeps the name and that country.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..extract.countries import country_of
from .names import is_organisation_name
from .tables import words

_TIMESTAMP = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[-–—:|]\s*)?", re.I)
_DATELINE = re.compile(r"^[A-Z][A-Z.'’/ -]{2,}(?:,\s*[A-Z][a-z]+\.?\s*\d{1,2})?(?:\s*\([^)]*\))?\s*[-–—]\s+")
_BYLINE = re.compile(r"\|")
_RELATIVE = re.compile(r"\s+(?:who|which|that|whose|whom)\s+.*$", re.S)
_POSSESSIVE = re.compile(r"^(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s?\s+(?=\S)")
_VAGUE = re.compile(r"^(?:the\s+)?(?:unnamed|unidentified|anonymous|some|several|two|three|four|other)\s+", re.I)
_WORD = re.compile(r"[\w'’.-]+")


@dataclass(frozen=True)
class Normalised:
    """A speaker phrase without debris, and the country a leading possessive or demonym named."""

    text: str
    country: str | None = None
    debris: bool = False  # something was cut away
    full: str = ""  # the phrase with its country words kept ("Ukraine's military intelligence")
    title: str = ""  # what a leading apposition said of the name: "head of the World Meteorological Organization"


def normalise(text: str) -> Normalised:
    """The name part of a speaker phrase ("17:05 - Islamic State's Amaq outlet" -> "Islamic State's Amaq outlet")."""
    original = " ".join(text.split())
    pieces = [p.strip() for p in re.split(r"\n\s*", text) if p.strip()]
    several = len(pieces) > 1 or _is_dateline_word(original)
    pieces = [p for p in (_strip_line(p) for p in pieces) if p and not _is_debris_line(p, several)]
    if not pieces:
        return Normalised("", None, True, "", "")
    phrase = _strip_line(pieces[-1])
    phrase = _RELATIVE.sub("", phrase)
    phrase = _before_reporting_verb(phrase)
    phrase, title = _name_after_apposition(phrase)
    phrase = _VAGUE.sub("", re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I))
    full = " ".join(phrase.split()).strip(" ,;:-–—")
    phrase, country = _country_prefix(full)
    phrase = " ".join(phrase.split()).strip(" ,;:-–—")
    return Normalised(phrase, country, phrase != original, full, title)


def _is_dateline_word(text: str) -> bool:
    """'MOSCOW' alone: a dateline the extractor took for a speaker ('U.S.' and 'FSB' are names)."""
    return text.isalpha() and text.isupper() and len(text) >= 4 and country_of(text) is not None


def _strip_line(line: str) -> str:
    line = _TIMESTAMP.sub("", line.strip())
    return _DATELINE.sub("", line).strip()


def _is_debris_line(line: str, several: bool) -> bool:
    """A dateline, byline or section label: 'MOSCOW', 'By Meridian Wire staff', 'Al-Manara | Derna', 'EXCLUSIVE'.
    An upper-case line is debris only beside other lines, and only if it is long or a place: 'FSB' is a name."""
    letters = [c for c in line if c.isalpha()]
    if several and letters and all(c.isupper() for c in letters) and (len(letters) > 5 or country_of(line)):
        return True
    return bool(_BYLINE.search(line)) or line.lower().startswith("by ")


def _before_reporting_verb(phrase: str) -> str:
    """'Eastern health minister puts toll at 3,283' -> 'Eastern health minister': a headline's verb ends the speaker."""
    tokens = phrase.split()
    for k, token in enumerate(tokens[1:], start=1):
        after_article = tokens[k - 1].lower() in ("the", "a", "an", "of", "for", "to", "and", "its", "their")
        if _lemma(token.lower()) in reporting_verbs() and token[:1].islower() and not after_article:
            return " ".join(tokens[:k])  # "the claims commission": after an article it is a noun
    return phrase


def subject_after(after: str) -> str | None:
    """"The health minister, Ali Salem, said ..." after a byline taken for the speaker: the subject of the
    first sentence, when a reporting verb ends it."""
    sentence = re.split(r"(?<=[.!?])\s", after.strip(), maxsplit=1)[0][:160]
    words = sentence.split()
    for k, word in enumerate(words[1:], start=1):
        if _is_reporting(word.lower().strip(",")):
            return " ".join(words[:k]).strip(" ,")
    return None


_IRREGULAR_PAST = {"said": "say", "told": "tell", "wrote": "write", "spoke": "speak"}


def _is_reporting(word: str) -> bool:
    """'said', 'says', 'warned', 'announced': a form of a reporting verb."""
    verbs = reporting_verbs()
    forms = {word, _IRREGULAR_PAST.get(word, ""), _lemma(word) or "", word[:-2] if word.endswith("ed") else "",
             word[:-1] if word.endswith("ed") else ""}
    return bool(forms & verbs)


def _lemma(word: str) -> str | None:
    """The base of a third-person verb form: 'says' -> 'say', 'denies' -> 'deny', 'pushes' -> 'push'."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("es") and word[:-2].endswith(("sh", "ch", "ss", "x")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return None


@functools.lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    """Lemmas of verbs that report speech, from extraction's cue table, plus the headline verbs of our own table."""
    from ..extract.lexicon import read_table as read_extract_table

    cues = {row["lemma"].lower() for row in read_extract_table("cues") if row.get("pos") == "VERB"}
    return frozenset(cues | words("headline_verbs", "lemma"))


def _name_after_apposition(phrase: str) -> tuple[str, str]:
    """("Al-Siddiq al-Sour", "Libya's attorney general") from "Libya's attorney general, Al-Siddiq al-Sour"."""
    head, sep, tail = phrase.partition(", ")
    names = tail.split()
    if (sep and "," not in tail and 2 <= len(names) <= 4 and all(_is_name_word(w) for w in names)
            and any(w[:1].islower() for w in head.split()) and not is_organisation_name(tail)):
        return tail, head
    return phrase, ""


def _is_name_word(word: str) -> bool:
    """'Petteri', 'al-Sour', 'el-Drese': capitalised, or a lower-case particle joined to a capitalised name."""
    return word[:1].isupper() or bool(re.match(r"^[a-z]{1,3}-[A-Z]", word))


def _country_prefix(phrase: str) -> tuple[str, str | None]:
    """("Investigative Committee", "RU") from "Russia's Investigative Committee"; ("health minister", "LY") from
    "Libyan health minister". A country that is the whole phrase stays: it is the speaker."""
    match = _POSSESSIVE.match(phrase)
    if match and country_of(match.group(1)) and phrase[match.end():].strip():
        return phrase[match.end():], country_of(match.group(1))
    tokens = phrase.split()
    for size in (3, 2, 1):
        if len(tokens) > size:
            head = " ".join(tokens[:size])
            code = country_of(head)
            rest = tokens[size:]
            if code and (rest[0][:1].islower() or head.lower() in _demonyms()):
                return " ".join(rest), code
    return phrase, None


def is_demonym(text: str) -> bool:
    """'Russian', 'Russians': people of a country, not the country speaking."""
    word = " ".join(text.split()).lower()
    return word in _demonyms() or (word.endswith("s") and word[:-1] in _demonyms())


@functools.lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """Country adjectives ('Libyan', 'Russian'): a demonym before a name describes it ('Russian Investigative
    Committee'), a country noun before one is often part of it ('Russia Today'). From countryinfo's demonyms,
    and our nationalities table's words that are no country's name or capital."""
    from ..extract.countries import country_words

    out, places = set(), set()
    try:
        import countryinfo

        for info in countryinfo.all_countries():
            try:
                demonym, names = info.demonym(), [info.name(), info.capital(), *(info.alt_spellings() or [])]
            except Exception:  # a record the package cannot read fully
                continue
            if isinstance(demonym, str) and demonym:
                out.add(demonym.lower())
            places.update(n.lower() for n in names if isinstance(n, str))
    except ImportError:
        pass
    endings = ("an", "ian", "ese", "ish", "i", "ic", "ch")
    out.update(w for w in country_words() if w not in places and w.endswith(endings))
    return frozenset(out)


@functools.lru_cache(maxsize=None)
def country_name(code: str) -> str:
    """'Ukraine' for 'UA' (countryinfo's name), the code itself when the package does not know it."""
    try:
        import countryinfo

        for info in countryinfo.all_countries():
            try:
                if (info.iso() or {}).get("alpha2") == code:
                    return info.name()
            except Exception:  # a record the package cannot read fully
                continue
    except ImportError:
        pass
    return code
