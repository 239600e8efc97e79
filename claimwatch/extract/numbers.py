"""Reading number expressions from a run of words, with no parser involved.

`read_amount` turns "about $4.5 million", "a couple thousand", "between 200 and
300" or "tens of thousands" into a value, a range and a hedge flag. It works on
plain token strings so it can be tested (and reused) without spaCy; which words
mean what comes from the tables `number_words`, `hedges`, `vague_quantities` and
`units` under `data/`.
"""
from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from typing import Sequence

from .lexicon import column_groups, read_table, word_set

_DIGITS = re.compile(r"(?P<num>[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)(?P<suffix>[a-z%]*)")
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
# A range written as one token: "10%-15", "5.25%-5.50", "200–300".
_GLUED_RANGE = re.compile(rf"(?P<low>{_NUM})(?P<pct>%?)[-–](?P<high>{_NUM})(?P<pct2>%?)")
_QUOTES = {"'", '"', "‘", "’", "“", "”"}


@dataclass(frozen=True)
class Amount:
    """A number expression found at words[start:end]; value is None for a bare range."""

    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    approx: bool = False
    unit: str | None = None  # set when the expression itself names it: percent, dollars...
    spelled_one: bool = False  # the bare word "one", which is more often a pronoun than a count
    hedged: bool = False
    counts: bool = True  # False for a score or tally like "3-1", which is not an amount of anything


@dataclass(frozen=True)
class Lexicon:
    """The number tables, lower-cased and keyed for lookup."""

    words: dict[str, tuple[float, str]]
    hedges: dict[tuple[str, ...], str]
    post_hedges: dict[tuple[str, ...], str]  # "or so", "or more": after the number
    vague_phrases: dict[tuple[str, ...], tuple[float, float, float]]
    multipliers: dict[tuple[str, ...], tuple[float, float, float]]
    symbols: dict[str, str]
    glued_symbols: dict[str, str]  # currencies written in letters against the number ("Rs140bn")
    unit_words: dict[tuple[str, ...], str]
    measures: dict[tuple[str, ...], str]
    units_before: frozenset[str]  # unit words written before the number ("magnitude 6.8")
    starters: frozenset[str]  # lower-cased words an expression can open with, besides digits

    def kind(self, word: str) -> str | None:
        entry = self.words.get(word.lower())
        return entry[1] if entry else None


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The tables read once per process."""
    words = {r["word"].lower(): (float(r["value"]), r["kind"]) for r in read_table("number_words")}
    hedges = {tuple(r["phrase"].lower().split()): r["bound"] for r in read_table("hedges")
              if r.get("position", "before") != "after"}
    post_hedges = {tuple(r["phrase"].lower().split()): r["bound"] for r in read_table("hedges")
                   if r.get("position") == "after"}
    vague, multipliers = {}, {}
    for r in read_table("vague_quantities"):
        triple = (float(r["value"]), float(r["low"]), float(r["high"]))
        target = multipliers if r["kind"] == "multiplier" else vague
        target[tuple(r["phrase"].lower().split())] = triple
    symbols, glued_symbols, unit_words, measures, units_before = {}, {}, {}, {}, set()
    for r in read_table("units"):
        key = r["text"].lower()
        if r["kind"] == "symbol":
            symbols[key] = r["unit"]
        elif r["kind"] == "glued":
            glued_symbols[key] = r["unit"]
        elif r["kind"] == "before":
            units_before.add(key)
        elif r["kind"] == "word":
            unit_words[tuple(key.split())] = r["unit"]
        else:
            measures[tuple(key.split())] = r["unit"]
    starters = {w for w, (_, kind) in words.items() if kind not in ("abbrev", "range")}
    starters |= {phrase[0] for table in (hedges, vague, multipliers) for phrase in table}
    starters |= set(symbols) | {"between"}
    return Lexicon(words, hedges, post_hedges, vague, multipliers, symbols, glued_symbols, unit_words, measures,
                   frozenset(units_before), frozenset(starters))


def longest_phrase(words: Sequence[str], i: int, phrases: dict[tuple[str, ...], object]) -> int:
    """Length of the longest key of `phrases` that words[i:] starts with (0 if none)."""
    longest = max(map(len, phrases), default=0)
    key = tuple(w.lower() for w in words[i : i + longest])
    for n in range(len(key), 0, -1):
        if key[:n] in phrases:
            return n
    return 0


def parse_digits(text: str) -> float | None:
    """ "10,000" -> 10000, "4.5" -> 4.5, "2bn" -> 2e9; None when not a finite number."""
    m = _DIGITS.fullmatch(text.lower())
    if not m:
        return None
    suffix = m.group("suffix")
    scale = 1.0
    if suffix and suffix != "%":
        entry = lexicon().words.get(suffix)
        if entry is None or entry[1] not in ("abbrev", "scale"):
            return None
        scale = entry[0]
    return _finite(float(m.group("num").replace(",", "")) * scale)


def split_measure(text: str) -> tuple[float, str] | None:
    """ "5km" -> (5, "kilometers"), "46p" -> (46, "pence"), "452c" -> (452, "cents"): a number glued
    to a one-word measurement unit or unit word."""
    m = _DIGITS.fullmatch(text.lower())
    if not m or not m.group("suffix"):
        return None
    if len(m.group("suffix")) == 1 and text[-1].isupper():
        return None  # "25C", "5G": a capital letter is a scale, a band or a grade, not "c" for cents
    suffix = (m.group("suffix"),)
    unit = lexicon().measures.get(suffix) or (lexicon().unit_words.get(suffix) if suffix[0].isalpha() else None)
    value = _finite(float(m.group("num").replace(",", "")))
    return (value, unit) if unit and value is not None else None


def _glued_scale(words: Sequence[str], k: int, glued: Sequence[bool]) -> bool:
    """ "10bn" or "10m people" written as one word: the abbreviation is a scale."""
    if k == 0 or k - 1 >= len(glued) or not glued[k - 1]:
        return False
    return words[k].lower() != "m" or _plural_follows(words, k + 1)


def _plural_follows(words: Sequence[str], k: int) -> bool:
    after = words[k] if k < len(words) else ""
    return after.isalpha() and after.islower() and (after.endswith("s") or after in ("people", "children"))


def _metres_not_millions(words: Sequence[str], j: int, has_symbol: bool) -> tuple[float, str] | None:
    """ "the 100m final" is metres; "10m people" and "£10m" are millions: a glued "m"
    means million only after a currency symbol or before a plural noun."""
    m = _DIGITS.fullmatch(words[j].lower())
    if has_symbol or not m or m.group("suffix") != "m":
        return None
    if _plural_follows(words, j + 1):
        return None
    value = _finite(float(m.group("num").replace(",", "")))
    return (value, "metres") if value is not None else None


def parse_number_words(words: Sequence[str]) -> float | None:
    """ "three thousand" -> 3000, "1.2 million" -> 1.2e6, "two dozen" -> 24, "twenty-five" -> 25."""
    lex = lexicon()
    total, current, seen = 0.0, 0.0, False
    for word in words:
        w = word.lower()
        if w in ("-", "and"):
            continue
        digits = parse_digits(w)
        if digits is not None:
            current, seen = current + digits, True
            continue
        entry = lex.words.get(w)
        if entry is None:
            return None
        value, kind = entry
        if kind in ("unit", "teen", "tens"):
            current += value
        elif kind == "hundred":
            current = (current or 1.0) * value
        elif kind in ("scale", "abbrev"):
            total += (current or 1.0) * value
            current = 0.0
        elif kind == "dozen":
            current = (current or 1.0) * value
        elif kind == "article":
            current += value
        elif kind == "fraction":
            current += value
        else:
            return None
        seen = True
    return _finite(total + current) if seen else None


def read_amount(words: Sequence[str], i: int, glued: Sequence[bool] = ()) -> Amount | None:
    """The number expression starting at words[i], hedge and range included, or None.

    `glued[k]` says words[k] was written against words[k+1] with no space ("10m" split
    by a tokenizer into "10" + "m"); without it every word counts as spaced.
    """
    lex = lexicon()
    if i >= len(words) or not _may_open(words[i], lex):
        return None
    start, j = i, i
    hedge_len = longest_phrase(words, j, lex.hedges)
    j += hedge_len
    between = j < len(words) and words[j].lower() == "between"
    if between:
        j += 1
    first = _read_single(words, j, hedged=bool(hedge_len), glued=glued)
    if first is None or first.end <= j + 1:
        fraction = _fraction_share(words, j) if hedge_len or (i > 0 and words[i - 1].lower() == "by") else None
        if fraction is not None:  # "about a third", "cut by a quarter": a share, in percent
            end, percent = fraction
            return Amount(start, end, percent, approx=bool(hedge_len), unit="percent", hedged=bool(hedge_len))
    if first is None:
        return None
    after_from = i > 0 and words[i - 1].lower() == "from"
    second = _read_range_end(words, first, between, after_from, glued)
    if second is not None:
        low, high = first.value, second.value
        if low is not None and high is not None and high <= low and not between \
                and lexicon().kind(words[first.end]) == "range" and words[first.end] != "to":
            return Amount(start, second.end, None, counts=False)  # a score: "won 3-1"
        if low is not None and high is not None:
            low = _carry_scale(low, high, words[first.start : first.end])
            unit = first.unit or second.unit
            return Amount(start, second.end, None, min(low, high), max(low, high),
                          approx=bool(hedge_len) or first.approx, unit=unit, hedged=bool(hedge_len))
    if between:
        return None
    share = _one_in(words, first, glued)
    if share is not None:  # "roughly one in five practices": a share, 20 percent
        return Amount(start, share.end, round(100 * first.value / share.value, 1), approx=bool(hedge_len),
                      unit="percent", hedged=bool(hedge_len))
    end = first.end
    post = longest_phrase(words, end, lex.post_hedges)
    end += post
    hedged = bool(hedge_len or post)
    approx = hedged or first.approx
    return Amount(start, end, first.value, first.low, first.high, approx, first.unit,
                  spelled_one=first.spelled_one, hedged=hedged, counts=first.counts)


@functools.lru_cache(maxsize=1)
def _fractions() -> dict[str, float]:
    return {r["word"].lower(): float(r["parts"]) for r in read_table("fractions")}


@functools.lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    return frozenset(r["word"].lower() for r in read_table("time_units"))


def _fraction_share(words: Sequence[str], j: int) -> tuple[int, float] | None:
    """(end, percent) of the fraction at words[j] ("a third", "two-thirds", "half"; fractions.tsv),
    when it tells a share: not a fraction of a stretch of time or of a number ("half an hour",
    "half a million"), nor an ordinal ("a third term": a noun right after it)."""
    lex = lexicon()
    count, k = 1.0, j
    if k < len(words) and lex.kind(words[k]) in ("unit", "article") and words[k].lower() != "zero":
        count = lex.words[words[k].lower()][0] if lex.kind(words[k]) == "unit" else 1.0
        k += 1
        if k < len(words) and words[k] == "-":
            k += 1
    parts = _fractions().get(words[k].lower()) if k < len(words) else None
    if parts is None or (k == j and words[k].lower() != "half"):
        return None
    after = words[k + 1].lower() if k + 1 < len(words) else ""
    if after in ("a", "an") or after in _time_words() or parse_digits(after) is not None or lex.kind(after) \
            or (after.isalpha() and after not in word_set("share_followers", "word")):
        return None
    return k + 1, round(100 * count / parts, 1)


def _one_in(words: Sequence[str], first: Amount, glued: Sequence[bool] = ()) -> Amount | None:
    """The "five" of "one in five", "two in three": the whole a share is told out of (a plain count
    up to a thousand, never a year: not "85 in 2020")."""
    j = first.end
    if first.value is None or first.unit or j + 1 >= len(words) or words[j].lower() != "in":
        return None
    if first.start > 0 and words[first.start - 1].lower() in column_groups("not_quantities", "kind", "word").get(
            "rank_before", frozenset()):
        return None  # "reached number one in eight countries": a rank, then a count
    whole = _read_single(words, j + 1, hedged=False, glued=glued)
    if whole is None or whole.unit or whole.value is None or not first.value < whole.value <= 1000 \
            or (words[j + 1].isdigit() and len(words[j + 1]) == 4):
        return None
    return whole


def _read_range_end(words: Sequence[str], first: Amount, between: bool, after_from: bool,
                    glued: Sequence[bool] = ()) -> Amount | None:
    """The second number of "X to Y", "X-Y" or "between X and Y", if words after `first` hold one."""
    j = first.end
    if j >= len(words):
        return None
    joiner = words[j].lower()
    if between:
        ok = joiner == "and"
    else:
        ok = lexicon().kind(joiner) == "range" and not (after_from and joiner == "to")
    if not ok:
        return None
    second = _read_single(words, j + 1, hedged=False, glued=glued)
    if second is None or second.low is not None or second.spelled_one:
        return None
    if first.unit and second.unit and first.unit != second.unit:
        return None  # "rose 6% to $1.8 billion": a change and a total, not a range
    if first.unit == "percent" and second.unit is None and not between:
        return None  # "fell 2.1% to 21,880.14": a change and the level it reached
    return second


def _carry_scale(low: float, high: float, first_words: Sequence[str]) -> float:
    """ "1 to 2 million": the scale written once applies to both ends."""
    lex = lexicon()
    has_scale = any(lex.kind(w) in ("scale", "abbrev") for w in first_words)
    if not has_scale and 0 < low < high and high >= 1000:
        for scale in (1e12, 1e9, 1e6, 1e3):
            if high >= scale and low < 1000 and low * scale <= high:
                return low * scale
    return low


def _read_single(words: Sequence[str], j: int, hedged: bool,
                 glued: Sequence[bool] = ()) -> Amount | None:
    """One amount at words[j]: currency, sign, number or vague phrase, percent/currency word."""
    lex = lexicon()
    start = j
    sign = 1.0
    if j < len(words) and lex.kind(words[j]) == "sign":
        # "plus or minus 3.4 percentage points": a margin either way, not a negative number
        margin = j >= 2 and words[j - 2].lower() == "plus" and words[j - 1].lower() == "or"
        sign, j = (1.0 if margin else -1.0), j + 1
    symbol = lex.symbols.get(words[j].lower()) if j < len(words) else None
    if symbol:
        j += 1
    elif j < len(words) and (written := _glued_currency(words, j)) is not None:
        symbol, number = written  # "Rs140bn": read the number as if written apart from its currency
        words = [*words[:j], number, *words[j + 1:]]
    one_word_range = _read_glued_range(words, j, symbol)
    if one_word_range is not None:
        return one_word_range if sign > 0 else None
    core = _read_core(words, j, allow_abbrev=bool(symbol), glued=glued)
    if core is None:
        if hedged and not symbol and sign > 0:
            return _read_one_measure(words, start)
        return None
    end, value, low, high, approx, spelled_one, measure = core
    unit = symbol or measure
    if not unit:
        n = longest_phrase(words, end, lex.unit_words)
        if n:
            unit, end = lex.unit_words[tuple(w.lower() for w in words[end : end + n])], end + n
    elif end < len(words) and words[end] == "%":
        end += 1
    if words[end - 1].endswith("%"):
        unit = "percent"
    value = sign * value
    low = sign * low if low is not None else None
    high = sign * high if high is not None else None
    if low is not None and high is not None and low > high:
        low, high = high, low
    return Amount(start, end, value, low, high, approx, unit, spelled_one=spelled_one and not symbol)


_GLUED_CURRENCY = re.compile(r"(?P<currency>[^\d\s]{1,3}?)(?P<number>\d[\d,.]*[a-z]*)", re.IGNORECASE)


def _glued_currency(words: Sequence[str], j: int) -> tuple[str, str] | None:
    """(unit, number) of "Rs140bn", "Sh45,000", "R640 million": a currency written in letters
    against its number (units.tsv, glued); a one-letter one only before a scale or with
    thousands ("R14m", "P1,850"), since roads and models take such names ("the R640", "a K9")."""
    lex = lexicon()
    m = _GLUED_CURRENCY.fullmatch(words[j])
    unit = lex.glued_symbols.get(m.group("currency").lower()) if m else None
    if unit is None or parse_digits(m.group("number")) is None:
        return None
    number = m.group("number")
    scale_at = j + 2 if j + 2 < len(words) and words[j + 1] == "-" else j + 1  # "P2.3-M"
    if len(m.group("currency")) == 1 and "," not in number and not number[-1:].isalpha() and not (
            scale_at < len(words) and lex.kind(words[scale_at]) in ("scale", "abbrev")):
        return None
    return unit, number


def _read_glued_range(words: Sequence[str], j: int, symbol: str | None) -> Amount | None:
    """ "10%-15 %" or "200–300" tokenized as one word: a range (a score when it falls)."""
    m = _GLUED_RANGE.fullmatch(words[j]) if j < len(words) else None
    if m is None:
        return None
    low, high = (_finite(float(m.group(k).replace(",", ""))) for k in ("low", "high"))
    if low is None or high is None:
        return None
    end = j + 1
    scale = lexicon().words.get(words[end].lower()) if end < len(words) else None
    if scale is not None and scale[1] in ("scale", "abbrev") and not (m.group("pct") or m.group("pct2")):
        low, high, end = _finite(low * scale[0]), _finite(high * scale[0]), end + 1
        if low is None or high is None:
            return None
    unit = symbol
    if m.group("pct") or m.group("pct2") or (end < len(words) and words[end] == "%"):
        unit = "percent"
        end += 1 if end < len(words) and words[end] == "%" else 0
    if high <= low:
        return Amount(j, end, None, counts=False)  # "3-1", "50-50": a score or odds
    return Amount(j, end, None, low, high, unit=unit)


def _read_one_measure(words: Sequence[str], j: int) -> Amount | None:
    """ "(more than) a metre": an article standing for one before a measurement unit."""
    lex = lexicon()
    if j + 1 < len(words) and lex.kind(words[j]) == "article":
        n = longest_phrase(words, j + 1, lex.measures)
        if n:
            unit = lex.measures[tuple(w.lower() for w in words[j + 1 : j + 1 + n])]
            return Amount(j, j + 1, 1.0, approx=True, unit=unit)
    return None


def _read_core(words: Sequence[str], j: int, allow_abbrev: bool, glued: Sequence[bool] = ()):
    """(end, value, low, high, approx, spelled_one, unit) of the bare number at words[j], or None."""
    if j >= len(words):
        return None
    lex = lexicon()
    n = longest_phrase(words, j, lex.vague_phrases)
    if n:
        value, low, high = lex.vague_phrases[tuple(w.lower() for w in words[j : j + n])]
        return j + n, value, low, high, True, False, None
    measured = split_measure(words[j]) or _metres_not_millions(words, j, allow_abbrev)
    if measured is not None:
        return j + 1, measured[0], None, None, False, False, measured[1]
    vague = _read_multiplied(words, j)
    if vague is not None:
        return vague
    k, digits_seen, parts = j, False, []
    while k < len(words):
        w = words[k].lower()
        kind = lex.kind(w)
        if parse_digits(w) is not None and not digits_seen and not _has_words(parts):
            digits_seen = True
            groups = _space_groups(words, k, glued)
            if groups:  # "148 000 growers", "US$2 100": thousands set off by spaces
                parts.append("".join(words[k : k + 1 + groups]))
                k += 1 + groups
                continue
        elif kind in ("unit", "teen", "tens", "hundred") and not digits_seen:
            pass
        elif w == "-" and digits_seen and len(parts) == 1 and k + 1 < len(words) and k < len(glued) \
                and glued[k - 1] and glued[k] and lex.kind(words[k + 1]) in ("scale", "abbrev"):
            k += 1  # "a $5-million deal", "₹12-crore prize": the hyphen of a compound adjective
            continue
        elif kind in ("scale", "dozen") and parts:
            pass
        elif kind == "abbrev" and digits_seen and parts \
                and (allow_abbrev or _glued_scale(words, k, glued)):
            pass
        elif kind == "article" and not parts and k + 1 < len(words) \
                and lex.kind(words[k + 1]) in ("hundred", "scale", "dozen"):
            pass
        elif kind == "fraction" and not parts and k + 2 < len(words) \
                and lex.kind(words[k + 1]) == "article" and lex.kind(words[k + 2]) in ("scale", "dozen"):
            parts.append(w)  # "half a million": the article only links the fraction to its scale
            k += 2
            continue
        elif w == "-" and parts and lex.kind(parts[-1]) == "tens" and k + 1 < len(words) \
                and lex.kind(words[k + 1]) == "unit":
            pass
        elif w == "and" and parts and lex.kind(parts[-1]) in ("hundred", "scale") and not digits_seen \
                and k + 1 < len(words) and lex.kind(words[k + 1]) in ("unit", "teen", "tens"):
            pass
        else:
            break
        parts.append(w)
        k += 1
    if not parts:
        return None
    value = parse_number_words(parts)
    if value is None:
        return None
    spelled_one = parts == ["one"]
    return k, value, None, None, False, spelled_one, None


_GROUP_HEAD = re.compile(r"[1-9]\d{0,2}")
_GROUP = re.compile(r"\d{3}")


def _space_groups(words: Sequence[str], k: int, glued: Sequence[bool]) -> int:
    """How many three-digit groups follow words[k] as its thousands, set off by spaces the way
    SI style and many African, European and South Asian papers write them ("148 000", "1 200
    members", "2 100 000"): 0 unless words[k] is one to three digits."""
    if not _GROUP_HEAD.fullmatch(words[k]):
        return 0
    n = 0
    while k + n + 1 < len(words) and _GROUP.fullmatch(words[k + n + 1]) \
            and not (glued and glued[k + n]):
        n += 1
    return n


def _read_multiplied(words: Sequence[str], j: int):
    """ "several thousand", "a couple thousand", "a few hundred": a vague word times a scale."""
    lex = lexicon()
    n = longest_phrase(words, j, lex.multipliers)
    if not n:
        return None
    k = j + n
    while k < len(words) and words[k] in _QUOTES:
        k += 1
    if k >= len(words) or lex.kind(words[k]) not in ("hundred", "scale", "dozen"):
        return None
    scale = lex.words[words[k].lower()][0]
    value, low, high = lex.multipliers[tuple(w.lower() for w in words[j : j + n])]
    return k + 1, value * scale, low * scale, high * scale, True, False, None


def _has_words(parts: list[str]) -> bool:
    return any(parse_digits(p) is None for p in parts)


def _may_open(word: str, lex: Lexicon) -> bool:
    """Cheap test run on every token before the full reading."""
    return word[:1].isdigit() or word.lower() in lex.starters or word[:1] in "+-." and word[1:2].isdigit() \
        or word[:1].isalpha() and any(ch.isdigit() for ch in word[1:4])  # "Rs140bn": a currency written against it


def _finite(value: float) -> float | None:
    """The value rid of binary noise (8.2 x 1e9 is not 8199999999.999999), None if not finite."""
    if not math.isfinite(value):
        return None
    rounded = float(f"{value:.12g}")
    return rounded if math.isfinite(rounded) else None
