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

from ..extract.lexicon import read_table

_LEADING_ARTICLE = re.compile(r"^the\s+", re.I)


@functools.lru_cache(maxsize=1)
def country_words() -> dict[str, str]:
    """Lower-case word or phrase -> ISO 3166-1 alpha-2 code."""
    out: dict[str, str] = {}
    try:
        import countryinfo

        for info in countryinfo.all_countries():
            try:
                code = (info.iso() or {}).get("alpha2")
                names = [info.name(), info.demonym(), info.capital(), *(info.alt_spellings() or [])]
            except Exception:  # a record the package cannot read fully: skip it, keep the rest
                continue
            if not code:
                continue
            for name in names:
                if isinstance(name, (list, tuple)):  # some capitals are lists ("Pretoria", "Cape Town")
                    name = name[0] if name else None
                if not isinstance(name, str) or not name.isascii():
                    continue
                name = name.lower().split(",")[0].strip()
                if len(name) <= 3 and name.upper() != name.lower():  # "UA", "UKR": codes, too ambiguous in prose
                    continue
                out.setdefault(name, code)
                if name.endswith(" d.c."):
                    out.setdefault(name.removesuffix(" d.c."), code)
            demonym = info.demonym() if isinstance(info.demonym(), str) else ""
            demonym = demonym.lower()
            if demonym and demonym.isascii():
                out.setdefault(demonym + "s", code)
    except ImportError:  # the package is a dependency; without it our own table still works
        pass
    out.update({row["word"].lower(): row["country"] for row in read_table("nationalities")})
    return out


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
    for match in _phrases(text, max(len(w.split()) for w in words)):
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
    out: dict[str, str] = {}
    try:
        import countryinfo

        for info in countryinfo.all_countries():
            try:
                code, name = (info.iso() or {}).get("alpha2"), info.name()
            except Exception:  # a record the package cannot read fully
                continue
            if code and isinstance(name, str):
                out.setdefault(code, name)
    except ImportError:
        pass
    return out


def country_name(code: str) -> str:
    """A reader's name for an ISO alpha-2 code ("UA" -> "Ukraine"); the code itself when unknown."""
    return _names_by_code().get(code, code)
