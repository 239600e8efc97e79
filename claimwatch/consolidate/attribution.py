"""Attribution: which outlet a document credits its story to, and which outlet's story it relays.

Two things a news text says about where it came from:

- a wire credit, in fixed places: the dateline ("MOSCOW, March 2 (Reuters) -",
  "MOSCOW, March 2. /TASS/."), the byline ("By AFP staff"), or a short credit line
  ("(Reuters)", "Source: AP", "Distributed by AFP; edited by our desk");
- a re-report, in running text: "the Gazette reported, citing officials", "according to
  the newspaper", "was quoted by the agency". One such mention deep in a story is one
  sourced detail; a document relays an outlet's story when it says so in its opening
  paragraph, or more than once, or its headline ends in "- report".

Outlet names are those of the corpus, the media institutions of the institutions table
and the well-known outlets of the news_outlets table; short forms ("the Post", "Nevsky") count when they fit one corpus outlet only,
and "the newspaper" or "the agency" stand for the outlet the text named last.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from .copies import body_paragraphs, headline, paragraphs
from . import sentences
from .names import InstitutionIndex, clean
from .tables import read_table

OUTLET_SIMILARITY = 90  # rapidfuzz ratio above which a written name is an outlet of the corpus
CREDIT_LINE_WORDS = 15  # a credit line is short
HEADLINE_TAIL_WORDS = 4  # "... - Russian agency", "..., newspaper reports"
ANAPHOR_REACH = 300  # characters after an outlet's name within which "the newspaper" still means it
LEDE_SENTENCES = 2  # the opening sentences that say whose story this is
RELAY_MENTIONS = 2  # relaying mentions of one outlet that make the whole document a relay of it

# "MOSCOW, March 2 (Wire) -", "Paris (AFP) –", "KYIV/WASHINGTON (Outlet) -": up to four place words.
_PLACE = r"[A-Z][\w'.\-]+(?:[ /][A-Z][\w'.\-]+){0,3}"
_DATELINE = re.compile(r"^(?:%s(?:,[^()\n]{0,30}?)?\s*)?\(([^()]{2,40})\)\s*(?:[-–—]|$)" % _PLACE)
_SLASH_CREDIT = re.compile(r"^%s,[^/\n]{0,30}?\.?\s*/([^/\n]{2,40})/" % _PLACE)
_BYLINE = re.compile(r"^By\s+(.+?)\.?$")
_SIGN_OFF = re.compile(r"(?:[-–—]\s*|\()([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})\)?\.?$")
_HEADLINE_TAIL = re.compile(r"(?:\s[-–—]\s|,\s|:\s)([^-–—,:]+)$")
_CAPITALISED = re.compile(r"^[A-Z]")
_NAME_ONLY = re.compile(r"^[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3}$")  # "Meridian Wire", not "Adds quotes"
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?([a-z0-9-]+)\.(?:[a-z]{2,6})(?:\.[a-z]{2})?/?$")


def outlet_key(name: str) -> str:
    """A name as compared: no article, case, possessive, parenthesised note ("Harbour Post (live)")
    or web address around it ("www.reuters.com" is Reuters)."""
    key = clean(re.sub(r"\([^)]*\)", " ", name)).lower()
    domain = _DOMAIN.match(key)
    return domain.group(1) if domain else key


@functools.lru_cache(maxsize=None)
def _words(role: str) -> frozenset[str]:
    return frozenset(row["word"].lower() for row in read_table("outlet_words") if row["role"] == role)


@functools.lru_cache(maxsize=None)
def _relay_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(phrase just before a name, phrase just after "the newspaper", phrase just after a name)."""
    rows = read_table("provenance")

    def alternation(place: str) -> str:
        phrases = sorted((r["pattern"] for r in rows if r["place"] == place), key=len, reverse=True)
        return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    before = re.compile(r"\b(?i:%s)\s+(?:(?i:the|a)\s+)?(?:[A-Z][\w.-]*'s\s+)?$" % alternation("before"))
    after = re.compile(r"^(?:'s)?,?\s+(?:(?i:on|late|earlier)\s+\w+\s+)?(?:%s)\b" % alternation("after"))
    after_name = re.compile(r"^(?:'s)?,?\s+(?:(?i:on|late|earlier)\s+\w+\s+)?(?:%s)\b"
                            % "|".join(filter(None, (alternation("after"), alternation("after-name")))))
    return before, after, after_name


def _written_forms(alias: str) -> list[str]:
    """How a text writes an outlet's name: "The Guardian" only with its article, never bare "Guardian"."""
    words = alias.split(maxsplit=1)
    if len(words) == 2 and words[0].lower() == "the":
        return [f"the {words[1]}", f"The {words[1]}"]
    return [clean(alias)]


@functools.lru_cache(maxsize=None)
def _news_outlets() -> list[tuple[str, tuple[str, ...]]]:
    """Well-known outlets (news_outlets table): (name, aliases)."""
    return [(row["name"], tuple(a.strip() for a in row.get("aliases", "").split("|") if a.strip()))
            for row in read_table("news_outlets")]


@functools.lru_cache(maxsize=None)
def _credit_cues(place: str) -> tuple[str, ...]:
    return tuple(row["cue"].lower() for row in read_table("wire_credits") if row["place"] == place)


@dataclass(frozen=True)
class Mention:
    """An outlet named in a text ("the Post", "the agency" included), and where."""

    outlet: str
    start: int
    end: int
    anaphor: bool = False  # "the newspaper", "the agency"


class Outlets:
    """The outlets a corpus can name: its own, and the media institutions."""

    def __init__(self, corpus_outlets: list[str], index: InstitutionIndex) -> None:
        self.names: dict[str, str] = {}  # outlet_key -> display name
        for name in corpus_outlets:
            self.names.setdefault(outlet_key(name), re.sub(r"\s*\([^)]*\)", "", name).strip())
        self.index = index
        forms: dict[str, str] = {}  # surface form -> display name
        for key, name in self.names.items():
            for form in [name, *_written_forms(name)]:
                forms.setdefault(form, name)
            for token in self._short_forms(key):
                forms.setdefault(token, name)
        media = {i.name: i for i in [*index.by_alias.values(), *index.exact_case.values()] if i.kind == "media"}
        known = [(i.name, i.aliases) for i in media.values()] + _news_outlets()
        for name, aliases in known:
            for alias in (name, *aliases):
                for form in _written_forms(alias):
                    forms.setdefault(form, name)
        self.forms = forms
        alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        anaphors = "|".join(re.escape(w) for w in sorted(_words("anaphor"), key=len, reverse=True))
        # A short form is no outlet when it starts a longer name ("Caspian Sea").
        # Names start with a capital or "the": the lookahead spares trying every name at every letter.
        self._pattern = re.compile(r"\b(?=[A-Z]|[Tt]he\s)(?:(%s)\b(?!\s+[A-Z]\w)|(?i:the)\s+(%s)\b)"
                                   % (alternation, anaphors) if forms else r"\b(?i:the)\s+(%s)\b()" % anaphors)

    def _short_forms(self, key: str) -> list[str]:
        """Shorter names of one corpus outlet: "Nevsky" for "Nevsky Press Agency", "the Post" for "Harbour Post".

        The first word stands alone only when the rest is outlet words ("Press Agency");
        the last only after "the" ("the Post"); either only when no other corpus outlet has it.
        """
        others = {t for k in self.names if k != key for t in k.split()}
        generic = _words("generic") | _words("anaphor")
        tokens = key.split()
        if len(tokens) < 2:
            return []
        forms = []
        first, last = tokens[0], tokens[-1]
        if first not in others and first not in generic and len(first) > 2 and set(tokens[1:]) <= generic:
            forms.append(self._display_token(key, first))
        if last not in others and last not in generic and len(last) > 2:
            word = self._display_token(key, last)
            forms += [f"the {word}", f"The {word}"]
        return forms

    def _display_token(self, key: str, token: str) -> str:
        name = self.names[key]
        return next((w for w in name.split() if w.lower() == token), token.capitalize())

    def resolve(self, name: str) -> str | None:
        """The outlet a written name stands for, if it is one."""
        key = outlet_key(name)
        if not key:
            return None
        if key in self.names:
            return self.names[key]
        for known, display in self.names.items():
            if fuzz.ratio(known, key) >= OUTLET_SIMILARITY:
                return display
        if name.strip() in self.forms:
            return self.forms[name.strip()]
        institution = self.index.exact(name)
        if institution is not None and institution.kind == "media":
            return institution.name
        return self.forms.get(clean(name))

    def mentions(self, text: str, own: str | None) -> list[Mention]:
        """Outlets named in a text, in order.

        "The newspaper" is the outlet, not the text's own, named last and shortly before:
        further off, "the agency" is likelier a ministry's agency named in between.
        """
        found: list[Mention] = []
        last_other: tuple[str, int] | None = None  # the outlet, where its name ended
        own_key = outlet_key(own) if own else None
        for match in self._pattern.finditer(text):
            if match.group(1):
                outlet = self.forms[match.group(1)]
                if outlet_key(outlet) != own_key:
                    last_other = (outlet, match.end())
            elif last_other is not None and match.start() - last_other[1] <= ANAPHOR_REACH:
                outlet = last_other[0]
            else:
                continue
            found.append(Mention(outlet, match.start(), match.end(), not match.group(1)))
        return found


@dataclass(frozen=True)
class Attribution:
    """What a document says about where its story came from."""

    credits: tuple[str, ...] = ()  # outlets (not its own) its story is credited to, first the likeliest
    relays: tuple[tuple[str, str], ...] = ()  # (outlet, the words that say so) whose story it relays
    days: tuple[tuple[str, int], ...] = ()  # (outlet, ISO weekday) named beside it: "the Post reported on Tuesday"
    signed: bool = False  # its own outlet is credited in its dateline, byline or a credit line


def attribution(text: str, own: str | None, outlets: Outlets, title: str | None = None) -> Attribution:
    own_key = outlet_key(own) if own else None
    credited = _credits(text, own, outlets)
    credits = [c for c in credited if outlet_key(c) != own_key]
    named = outlets.mentions(text, own)
    relays = [r for r in _relays(text, named, outlets, title) if outlet_key(r[0]) != own_key]
    signed = own_key is not None and any(outlet_key(c) == own_key for c in credited)
    return Attribution(tuple(dict.fromkeys(credits)), tuple(relays), _days(text, named), signed)


def _days(text: str, named: list[Mention]) -> tuple[tuple[str, int], ...]:
    """Weekdays named in the sentences that name another outlet."""
    days = {row["name"]: int(row["day"]) for row in read_table("weekdays")}
    found = []
    for m in named:
        left = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
        ends = [i for i in (text.find(". ", m.end), text.find("\n", m.end)) if i != -1]
        sentence = text[left:min(ends) if ends else len(text)].lower()
        found += [(m.outlet, day) for name, day in days.items() if re.search(rf"\b{name}\b", sentence)]
    return tuple(dict.fromkeys(found))


def _credits(text: str, own: str | None, outlets: Outlets) -> list[str]:
    """Outlets credited in the dateline, byline or a short credit line, in the order written."""
    out: list[str] = []
    paras = paragraphs(text)
    for para in paras:
        strict = _DATELINE.match(para) or _SLASH_CREDIT.match(para)
        if strict:
            name = strict.group(1).strip()
            known = outlets.resolve(name)
            if known or _NAME_ONLY.match(name):  # "(pictured)", "(Adds quotes)" are no credit
                out.append(known or name)
            continue
        words = len(para.split())
        if words > CREDIT_LINE_WORDS:
            continue
        lowered = para.lower().strip("()—–- ").rstrip(".)")
        is_credit_line = (para.startswith("(") and para.rstrip(".").endswith(")")) or _BYLINE.match(para) \
            or lowered.startswith(_credit_cues("start")) or lowered.endswith(_credit_cues("end"))
        if is_credit_line:
            named = [m.outlet for m in outlets.mentions(para, own)
                     if m.outlet and _CAPITALISED.match(para[m.start:m.end].removeprefix("the ").lstrip())]
            raw = para.strip("(). ")
            if not named and para.startswith("(") and _NAME_ONLY.match(raw) and len(raw.split()) > 1:
                named = [raw]  # an unknown wire: "(Meridian Wire)"; a lone word is a label: "(Video)"
            out.extend(named)
    if paras:
        sign_off = _SIGN_OFF.search(paras[-1])
        if sign_off and outlets.resolve(sign_off.group(1)):
            out.append(outlets.resolve(sign_off.group(1)) or "")
    return out


def _relays(text: str, named: list[Mention], outlets: Outlets, title: str | None) -> list[tuple[str, str]]:
    """Outlets whose story the whole document relays, each with the words that say so."""
    before, after_anaphor, after_name = _relay_patterns()
    lede_start, lede_end = _lede(text, title)
    counts: dict[str, int] = {}
    in_lede: dict[str, str] = {}
    first_cue: dict[str, str] = {}
    for m in named:
        said_before = before.search(text[max(0, m.start - 60):m.start])
        after = after_anaphor if m.anaphor else after_name
        said_after = after.match(text[m.end:m.end + 40])
        if not (said_before or said_after):
            continue
        start = m.start - len(said_before.group(0)) if said_before else m.start - _article_before(text, m.start)
        end = m.end + said_after.end() if said_after else m.end
        cue = " ".join(text[start:end].split())
        counts[m.outlet] = counts.get(m.outlet, 0) + 1
        first_cue.setdefault(m.outlet, cue)
        if lede_start <= m.start < lede_end:
            in_lede.setdefault(m.outlet, cue)
    relayed = _headline_relays(text, title, outlets)
    out = []
    for outlet, count in counts.items():
        if outlet in in_lede or count >= RELAY_MENTIONS or relayed in ("", outlet):
            out.append((outlet, in_lede.get(outlet, first_cue[outlet])))
    return sorted(out, key=lambda r: (r[0] not in in_lede, -counts[r[0]]))


def _lede(text: str, title: str | None) -> tuple[int, int]:
    """Where the opening sentences of the running text stand (no headline, byline or dateline line)."""
    running = body_paragraphs(text, title)
    for line in re.finditer(r"[^\n]+", text):
        if running and " ".join(line.group(0).split()) == running[0]:
            ends = [following for _, following in sentences.breaks(line.group(0))]
            cut = ends[LEDE_SENTENCES - 1] if len(ends) >= LEDE_SENTENCES else len(line.group(0))
            return line.start(), line.start() + cut
    return -1, -1


def _headline_relays(text: str, title: str | None, outlets: Outlets) -> str | None:
    """The outlet a headline says it relays ("... - Harbour Post"), '' for "... - report", else None."""
    line = headline(text, title)
    if not line:
        return None
    tail = _HEADLINE_TAIL.search(line)
    if not tail or len(tail.group(1).split()) > HEADLINE_TAIL_WORDS:
        return None
    words = tail.group(1).strip()
    named = outlets.resolve(words)
    if named:
        return named
    return "" if set(words.lower().split()) & _words("relay") else None


def _article_before(text: str, start: int) -> int:
    """Length of a "the " just before a name, so a cue reads "the Gazette reported"."""
    return 4 if text[max(0, start - 4):start].lower() == "the " else 0
