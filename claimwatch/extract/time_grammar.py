"""The surface grammar of English time expressions, built from the data tables.

One compiled regular expression with a named group per form, tried left to right
over the text in a single pass: the order of the alternatives says which reading
wins where two could start at the same place (a duration before a bare number,
"so far this year" before "so far"). Words come from `data/*.tsv`, never from code.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .lexicon import read_table


@dataclass(frozen=True)
class Lexicon:
    """The time tables as lookups, keys lower-cased (months and weekdays keep a lower key too)."""

    months: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    units: dict[str, tuple[str, int]]
    numbers: dict[str, int | float | None]
    modifiers: dict[str, tuple[str, int]]
    fixed: dict[str, tuple[str, int, str]]
    parts: dict[str, tuple[str, str]]
    season_starts: dict[str, int]
    ordinals: dict[str, int]
    future_aux: frozenset[str]
    future_verbs: frozenset[str]
    past_words: frozenset[str]
    schedule_verbs: frozenset[str]
    condition_marks: frozenset[str]
    obligation_verbs: frozenset[str]
    granting_verbs: frozenset[str]
    month_cues: frozenset[str]
    ahead_verbs: frozenset[str]
    ahead_preps: frozenset[str]
    endpoint_preps: frozenset[str]
    deadline_preps: frozenset[str]
    ahead_modifiers: frozenset[str]
    date_setting_verbs: frozenset[str]
    continue_verbs: frozenset[str]
    prospect_verbs: frozenset[str]
    holidays: dict[str, tuple[str, int, int]]


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """All time tables, read once."""
    months = {r["word"].lower(): int(r["month"]) for r in read_table("months")}
    cues = read_table("tense_cues")
    return Lexicon(
        months=months,
        ambiguous_months=frozenset(r["word"].lower() for r in read_table("months") if r["ambiguous"]),
        weekdays={r["word"].lower(): int(r["weekday"]) for r in read_table("weekdays")},
        units={r["word"].lower(): (r["unit"], int(r["count"])) for r in read_table("time_units")},
        numbers={r["word"].lower(): (None if r["value"] == "X" else _count(r["value"]))
                 for r in read_table("time_numbers")},
        modifiers={r["word"].lower(): (r["role"], int(r["offset"])) for r in read_table("time_modifiers")},
        fixed={r["phrase"].lower(): (r["kind"], int(r["offset"] or 0), r["code"])
               for r in read_table("relative_times")},
        parts={r["word"].lower(): (r["kind"], r["code"]) for r in read_table("time_parts")},
        season_starts={r["word"].lower(): int(r["start_month"]) for r in read_table("time_parts")
                       if r["kind"] == "season"},
        ordinals={r["word"].lower(): int(r["value"]) for r in read_table("time_ordinals")},
        future_aux=frozenset(r["word"] for r in cues if r["role"] == "future_aux"),
        future_verbs=frozenset(r["word"] for r in cues if r["role"] == "future_verb"),
        past_words=frozenset(r["word"] for r in cues if r["role"] == "past_word"),
        schedule_verbs=frozenset(r["word"] for r in cues if r["role"] == "schedule_verb"),
        condition_marks=frozenset(r["word"] for r in cues if r["role"] == "condition_mark"),
        obligation_verbs=frozenset(r["word"] for r in cues if r["role"] == "obligation_verb"),
        granting_verbs=frozenset(r["word"] for r in cues if r["role"] == "granting_verb"),
        month_cues=frozenset(r["word"].lower() for r in read_table("month_cues")),
        ahead_verbs=frozenset(r["word"] for r in cues if r["role"] == "ahead_verb"),
        ahead_preps=frozenset(r["word"] for r in cues if r["role"] == "ahead_prep"),
        endpoint_preps=frozenset(r["word"] for r in cues if r["role"] == "endpoint_prep"),
        deadline_preps=frozenset(r["word"] for r in cues if r["role"] == "deadline_prep"),
        ahead_modifiers=frozenset(r["word"] for r in cues if r["role"] == "ahead_modifier"),
        date_setting_verbs=frozenset(r["word"] for r in cues if r["role"] == "date_setting_verb"),
        continue_verbs=frozenset(r["word"] for r in cues if r["role"] == "continue_verb"),
        prospect_verbs=frozenset(r["word"] for r in cues if r["role"] == "prospect_verb"),
        holidays={r["phrase"].lower(): (r["rule"], int(r["month"] or 0), int(r["day"] or 0))
                  for r in read_table("holidays")},
    )


def _count(text: str) -> int | float:
    return float(text) if "." in text else int(text)


def _words(words, *, fold: bool = True) -> str:
    """An alternation of `words`, longest first, spaces matching any run of spaces."""
    parts = [re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)]
    body = "|".join(parts)
    return f"(?i:{body})" if fold else f"(?:{body})"


def _capitalised(words) -> str:
    """Names as written with a capital ("May", "Oct."), also in capitals ("MAY")."""
    forms = set()
    for w in words:
        forms |= {w[:1].upper() + w[1:], w.upper()}
    return _words(forms, fold=False)


def _title(phrase: str) -> str:
    """A holiday's name as written: "new year's day" -> "New Year's Day"."""
    return " ".join(w[:1].upper() + w[1:] for w in phrase.split())


@functools.lru_cache(maxsize=1)
def time_pattern() -> re.Pattern[str]:
    """The one expression that finds every candidate time expression."""
    lex = lexicon()
    month = _capitalised(lex.months)
    weekday = _capitalised(lex.weekdays)
    unit = _words(lex.units)
    number_word = _words(lex.numbers)
    tens = _words(w for w, v in lex.numbers.items() if v and 20 <= v <= 90 and " " not in w)
    ones = _words(w for w, v in lex.numbers.items() if v and 1 <= v <= 9 and " " not in w and w not in ("a", "an"))
    number = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{tens}-{ones}|{number_word})"
    hedge = _words(r["word"] for r in read_table("time_hedges"))
    zone = _words((r["word"] for r in read_table("time_zones")), fold=False)
    mods = lex.modifiers
    part_mod = _words(w for w, (role, _) in mods.items() if role == "part")
    place_mod = _words(w for w, (role, _) in mods.items() if role != "part")
    point_unit = _words(["day", "week", "weekend", "month", "year", "quarter", "night"])
    season = _words(w for w, (kind, _) in lex.parts.items() if kind == "season")
    daypart = _words(w for w, (kind, _) in lex.parts.items() if kind == "daypart")
    fixed = _words(lex.fixed)
    holiday = _words((_title(h) for h in lex.holidays), fold=False)
    ordinal = _words(lex.ordinals)
    daynum = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:1[89]\d\d|20\d\d)"
    ampm = r"(?:[aApP]\.[mM]\.|[aApP]\.?[mM]\b)"
    edge = r"(?<![\w-])"
    end = r"(?![\w-])"

    def rel_year(form: str) -> str:
        """ "July last year", "Aug. 12 last year", "29 December of last year": the year told by its
        distance from the text's own."""
        return rf"\s+(?:(?i:of)\s+)?(?P<{form}_rely>(?i:last|next|this))\s+(?i:year){end}"
    forms = [
        ("iso", rf"{edge}(?P<iso_y>\d{{4}})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d){end}"),
        ("clock", rf"(?<![\d.,:])(?P<ck_h>\d{{1,2}}):(?P<ck_m>\d\d)(?![\d:])"
                  rf"(?:\s?(?P<ck_ap>{ampm}))?(?:\s+(?:{zone})\b)?"),
        ("dotclock", rf"(?<![\d.,:$£€])(?P<dc_h>[01]?\d|2[0-3])\.(?P<dc_m>[0-5]\d)"
                     rf"(?:\s?(?P<dc_ap>{ampm})(?:\s+(?:{zone})\b)?|\s+(?:{zone})\b)"),
        ("military", rf"{edge}(?P<mil_h>[01]\d|2[0-3])(?P<mil_m>[0-5]\d)\s+(?:{zone})\b"),
        ("clock12", rf"(?<![\d.,:$£€])(?P<c12_h>\d{{1,2}})\s?(?P<c12_ap>{ampm})(?:\s+(?:{zone})\b)?"),
        ("noon", rf"{edge}(?P<noon_word>(?i:noon|midday|midnight)){end}"),
        ("mdy", rf"(?:(?P<mdy_mod>{part_mod})[\s-]?|{edge})(?P<mdy_mon>{month})(?![A-Za-z])\s*"
                rf"(?P<mdy_d>{daynum})(?![\d:]|,\d)(?:,?\s+(?P<mdy_y>{year})(?!\d)|{rel_year('mdy')})?"),
        ("dmy", rf"{edge}(?:(?i:the)\s+)?(?P<dmy_d>{daynum})\s+(?:(?i:of)\s+)?(?P<dmy_mon>{month})(?![A-Za-z])"
                rf"(?:,?\s+(?P<dmy_y>{year})(?!\d)|{rel_year('dmy')})?"),
        ("part_of", rf"{edge}(?P<po_mod>{part_mod})\s+(?:(?P<po_rel>{place_mod})|(?i:the))\s+"
                    rf"(?P<po_unit>(?i:week|month|year))(?![\w])"),
        # (not "this March 12 morning": a month with its day is a date)
        ("rel", rf"{edge}(?P<rel_mod>{place_mod})\s+(?P<rel_unit>{point_unit}|{weekday}|{month}(?![A-Za-z])(?!\s+\d{{1,2}}(?!\d))|{season})(?![A-Za-z])"
                 rf"(?:\s+(?P<rel_part>{daypart}){end})?"),
        ("my", rf"(?:(?P<my_mod>{part_mod})[\s-]?|{edge})(?P<my_mon>{month})(?![A-Za-z])"
               rf"(?:,?\s+(?P<my_y>{year})(?!\d)|\s+(?i:of|in)\s+(?P<my_that>(?i:that|the\s+same)\s+year){end}"
               rf"|{rel_year('my')})?"),
        ("qh", rf"{edge}(?:(?i:the)\s+)?(?P<qh_ord>{ordinal})[\s-](?P<qh_kind>(?i:quarter|half))(?![\w])"
               rf"(?:\s+(?i:of)\s+(?P<qh_rel>(?i:the|this|last|next))\s+(?i:year)"
               rf"|\s+(?:(?i:of)\s+)?(?P<qh_y>{year})(?!\d))?"),
        ("qcode", rf"{edge}(?P<qc_kind>[QH])(?P<qc_n>[1-4])(?:\s+(?P<qc_y>{year}))?{end}"),
        ("qshort", rf"{edge}(?P<qs_n>[1-4])(?P<qs_kind>[QH])(?P<qs_y>\d{{2}}){end}"),  # "4Q24": a quarter of 2024
        # "the first three months of 2024" is a quarter, "the last six months of the year" a half
        ("months_of", rf"{edge}(?i:the)\s+(?P<mo_end>(?i:first|last|final))\s+(?P<mo_n>(?i:three|six|3|6))\s+"
                      rf"(?i:months)\s+(?i:of)\s+(?:(?P<mo_y>{year})(?!\d)|(?P<mo_rel>(?i:the|this|last|next))\s+(?i:year){end})"),
        ("same_period", rf"{edge}(?i:the)\s+(?i:same)\s+(?i:period)(?:\s+(?i:of)\s+(?P<sp_y>{year})(?!\d))?{end}"),
        ("dur", rf"(?:(?P<d_hedge>{hedge})\s+)?{edge}(?:(?P<d_the>(?i:the))\s+"
                rf"(?P<d_rel>(?i:past|last|previous|next|first|coming|following|final|same))\s+)?"
                rf"(?P<d_num>{number})(?:\s+(?i:or|to)\s+(?P<d_num2>{number}))?[\s-]+(?P<d_unit>{unit})(?![\w])"
                rf"(?P<d_old>-old|\s+old)?(?:\s+(?P<d_dir>(?i:later|earlier|before|after|ago|on|from\s+now))(?![\w]))?"),
        ("past_unit", rf"(?:(?P<pu_hedge>{hedge})\s+)?{edge}(?i:the)\s+(?P<pu_rel>(?i:past|last|coming|next|previous|following))"
                      rf"\s+(?P<pu_unit>{unit})(?![\w])"),
        ("day_around", rf"{edge}(?i:the)\s+(?P<da_unit>(?i:day|week|month|year))\s+(?P<da_dir>(?i:before|after)){end}"),
        ("weekend", rf"{edge}(?P<we_word>(?i:the\s+weekend)){end}"),
        ("season", rf"(?:(?P<season_in>(?i:in|by|until|through|over)(?:\s+the)?(?:\s+(?i:early|late|mid))?)\s+)?{edge}(?P<season_word>{season})"
                   rf"(?:\s+(?i:of\s+)?(?P<season_y>{year}))?{end}"),
        ("fixed", rf"{edge}(?P<fixed_word>{fixed}){end}"),
        ("holiday", rf"{edge}(?P<hol_word>{holiday})(?![\w'’-])(?:,?\s+(?P<hol_y>{year})(?!\d))?"),
        ("weekday", rf"{edge}(?P<wd>{weekday})(?![A-Za-z])(?:\s+(?P<wd_part>{daypart}){end})?"),
        ("year_span", rf"(?<![\w$£€.,-])(?P<ys>{year}[-–](?:{year}|\d\d))(?![\w%]|[.,]\d|[-–]\d)"),
        ("year", rf"(?:(?P<y_mod>{part_mod})[\s-]?|(?<![\w$£€.,-])|(?<=\d{{4}}[-–]))(?P<y>{year})(?P<y_s>s)?(?![\w%]|[.,]\d|[-–]\d{{1,2}}(?!\d))"),
        ("recent", r"(?<=\b[Ii]n )(?P<recent_word>recent)(?![\w-])"),
        ("aged", rf"\b(?i:aged)\s+(?P<aged_n>\d{{1,3}})(?:\s+and\s+(?P<aged2>\d{{1,3}}))?{end}"),
        ("age", r"(?<=[A-Za-z\u00C0-\u024F], )(?P<age_n>\d{1,3}),(?!\d)"),
    ]
    # Every form starts at a word start, with a digit, a month, a weekday or a word some table
    # begins with: other words fail at once, which keeps the single scan cheap.
    starts = {phrase.split()[0] for table in (lex.numbers, lex.modifiers, lex.fixed, lex.parts, lex.ordinals)
              for phrase in table}
    starts |= {r["word"].split()[0] for r in read_table("time_hedges")}
    starts |= {"the", "in", "by", "until", "through", "over", "aged", "noon", "midday", "midnight", "recent"}
    first = rf"(?=\d|{_words(starts)}(?![A-Za-z])|{month}|{weekday}|{holiday}|[QH][1-4])"
    return re.compile(r"(?<!\w)" + first + "(?:" + "|".join(f"(?P<{name}>{body})" for name, body in forms) + ")")
