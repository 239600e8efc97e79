"""Countries as the news names them: names, demonyms, capitals and seats of power.

"Pyongyang", "North Korean", "DPRK" and "North Korea" are one participant; so are
"the Kremlin", "Moscow" and "Russian". Words come from two places: the countryinfo
package (every country's name, other spellings, demonym and capital) and our own
table `extract/data/nationalities.tsv`, which adds what news English uses and
countryinfo lacks ("Tajik", "Kiev", "the Kremlin"). Ours wins where both speak.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .lexicon import column_map, read_table

_LEADING_ARTICLE = re.compile(r"^the\s+", re.I)


@dataclass(frozen=True)
class _Country:
    code: str
    name: str
    words: tuple[str, ...]  # name, demonym, capital and other spellings, as countryinfo writes them
    demonym: str


@functools.lru_cache(maxsize=1)
def _countries() -> tuple[_Country, ...]:
    """Every country countryinfo can read fully; none when the package is missing (our table still works)."""
    try:
        import countryinfo
    except ImportError:
        return ()
    out = []
    for info in countryinfo.all_countries():
        try:
            code, name, demonym, capital = (info.iso() or {}).get("alpha2"), info.name(), info.demonym(), info.capital()
            others = info.alt_spellings() or []
        except Exception:  # a record the package cannot read fully: skip it, keep the rest
            continue
        if isinstance(capital, (list, tuple)):  # some capitals are lists ("Pretoria", "Cape Town")
            capital = capital[0] if capital else None
        words = tuple(w for w in (name, demonym, capital, *others) if isinstance(w, str))
        if code and isinstance(name, str):
            out.append(_Country(code, name, words, demonym if isinstance(demonym, str) else ""))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def country_words() -> dict[str, str]:
    """Lower-case word or phrase -> ISO 3166-1 alpha-2 code."""
    out: dict[str, str] = {}
    for country in _countries():
        for word in country.words:
            if not word.isascii():
                continue
            word = word.lower().split(",")[0].strip()
            if len(word) <= 3 and word.upper() != word.lower():  # "UA", "UKR": codes, too ambiguous in prose
                continue
            out.setdefault(word, country.code)
            if word.endswith(" d.c."):
                out.setdefault(word.removesuffix(" d.c."), country.code)
        if country.demonym.isascii() and country.demonym:
            out.setdefault(country.demonym.lower() + "s", country.code)
    out.update({row["word"].lower(): row["country"] for row in read_table("nationalities")})
    return out


@functools.lru_cache(maxsize=1)
def nationality_words() -> dict[str, str]:
    """Lower-case nationality word -> code: our table's words and every demonym countryinfo knows
    ("Chilean" -> CL). No bare capitals from countryinfo: "Victoria" or "Kingston" beside a name
    is more often a person or a town than a state."""
    out: dict[str, str] = {}
    for country in _countries():
        if country.demonym and country.demonym.isascii():
            out.setdefault(country.demonym.lower(), country.code)
    out.update({row["word"].lower(): row["country"] for row in read_table("nationalities")})
    return out


@functools.lru_cache(maxsize=1)
def _longest_phrase() -> int:
    return max((len(w.split()) for w in country_words()), default=1)


def country_of(text: str | None) -> str | None:
    """The country a name, demonym, capital or seat of power stands for ("Pyongyang" -> "KP"), else None."""
    if not text:
        return None
    key = _LEADING_ARTICLE.sub("", " ".join(text.replace("’", "'").split())).lower().removesuffix("'s")
    return country_words().get(key)


def countries_in(text: str) -> list[tuple[int, int, str]]:
    """(start, end, code) for each country word in `text`, longest phrase first, left to right."""
    words = country_words()
    out: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    for match in _phrases(text, _longest_phrase()):
        start, end, phrase = match
        code = words.get(phrase.lower())
        if code and not taken & set(range(start, end)):
            out.append((start, end, code))
            taken |= set(range(start, end))
    return sorted(out)


_TOKEN = re.compile(r"[A-Za-z][\w.'’-]*[A-Za-z.]|[A-Za-z]")


def _phrases(text: str, longest: int):
    tokens = [(m.start(), m.end(), m.group().replace("’", "'")) for m in _TOKEN.finditer(text)]
    for size in range(longest, 0, -1):
        for i in range(len(tokens) - size + 1):
            chunk = tokens[i:i + size]
            phrase = " ".join(t[2] for t in chunk)
            if phrase.endswith("'s"):
                phrase = phrase[:-2]
            yield chunk[0][0], chunk[-1][1], phrase.rstrip(".") if not phrase.endswith("U.S.") else phrase


@functools.lru_cache(maxsize=1)
def _names_by_code() -> dict[str, str]:
    return {c.code: c.name for c in reversed(_countries())}  # the first record of a code wins


def country_name(code: str) -> str:
    """A reader's name for an ISO alpha-2 code ("UA" -> "Ukraine"); the code itself when unknown."""
    return _names_by_code().get(code, code)


def demonym(code: str) -> str | None:
    """The adjective for a state's institutions ("MZ" -> "Mozambican"): our table (demonyms.tsv)
    first, else countryinfo's demonym."""
    ours = column_map("demonyms", "country", "demonym").get(code.lower())
    if ours:
        return ours
    return next((c.demonym for c in _countries() if c.code == code and c.demonym), None)


_DATELINE_PLACE = re.compile(r"\s*([A-Z][A-Za-z .'’-]{1,40}?)(?:,\s*([A-Z][A-Za-z .'’-]{1,40}?))?\s*"
                             r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*)?(?:\([^)\n]{1,40}\)\s*)?[-–—]\s")


def dateline_country(line: str) -> str | None:
    """The country a wire story was filed from, read from the dateline opening its first body line
    ("MAPUTO, Mozambique (IOW) - ...", "BRUSSELS - ..."), else None."""
    m = _DATELINE_PLACE.match(line)
    if m is None:
        return None
    return next((code for part in (m.group(2), m.group(1)) if part and (code := country_of(part.strip()))), None)

