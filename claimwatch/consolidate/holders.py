"""Whose figure it is: the source a figure is attributed to, read from its own sentence.

The nearest attribution wins: a source named with the figure ("recorded by the WHO",
"by the IOM's count", "the Red Crescent's 11,300"), a live-blog or headline source
("Investigators: 115 dead", "..., FSB says"), the speaker of the statement whose
content holds it, then the holder extraction read. A figure in the outlet's own voice
(a headline with no "says", an aside such as ", where 60 people were killed" or
"as the toll passes 60") has no holder: it is the outlet's figure. "The statement"
or "the aid group" said: the source named before it in the same report.
"""
from __future__ import annotations

import functools
import re

from ..models import Quantity, Statement
from .corpus import Report
from .measures import clause_bounds
from .sentences import sentence_bounds
from .tables import institutions, read_table, words

_NAME = r"(?:the\s+)?(?P<who>[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*){0,6})"
_BY_AFTER = re.compile(r"^[^;]{0,80}?\b(?:recorded|reported|given|published|announced|compiled|released|issued|"
                       r"counted|registered|confirmed|kept)(?:\s+[\w’']+){0,6}?\s+by\s+" + _NAME)
_APPOSITION = re.compile(r"\s+[\w-]+(?:\s+[\w-]+)?,\s+(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Za-z][\w’'.-]*){0,3}?)(?=[.,;]|$)")
_BY_COUNT = re.compile(r"^\W{0,3}(?:\w+\s+){0,3}?by\s+" + _NAME
                       + r"[’']s?\s+(?:count|tally|estimate|figures?|reckoning)")
_POSSESSIVE = re.compile(_NAME + r"[’']s\s+(?:(?:latest|own|new|earlier|official|provisional)\s+)?"
                         r"(?:(?:count|tally|estimate|figure|list|toll)\s+(?:of\s+|was\s+|stood\s+at\s+)?)?"
                         r"(?:(?:at\s+least|more\s+than|about|some|nearly|almost|up\s+to)\s+)?$")
_COUNT_OF = re.compile(r"\bthe\s+(?P<who>[a-z][\w’' -]{1,40}?)(?:[’']s)?\s+(?:(?:own|latest|official)\s+)?"
                       r"(?:count|tally|estimate|figure|toll)\s+of\s+$")  # "the government's count of 41"
_DOCUMENT_BY = re.compile(r"\baccording\s+to\s+(?:the\s+|a\s+)?(?:\w+\s+){0,2}?(?:list|report|figures|data|count|"
                          r"tally|statement|estimate|toll)s?\s+(?:published|issued|released|compiled|given|kept)\s+"
                          r"by\s+" + _NAME)
_ANNOUNCED_BY = re.compile(r"\b(?:announced|given|reported|published|issued|released)\s+by\s+(?:the\s+)?"
                           r"(?P<who>[\w’' -]{3,60}?)\s+(?:on|in|at|was|were|is|stood|had|has)\b")
_LIVE_SOURCE = re.compile(r"^(?P<stamp>\d{1,2}[:.]\d{2}\s*[-–—]\s*)?"
                          r"(?P<who>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]*){0,3}):\s")
_SENTENCE_SOURCE = re.compile(r"^(?:The\s+(?P<who>(?:[a-z]+\s+){0,2}[A-Za-z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)"
                              r"|(?P<proper>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}))"
                              r"[’']s\s+(?:\w+\s+){0,2}(?:list|count|tally|figures?|toll|estimate|report)\b")
_NEW_CLAUSE = re.compile(r",\s+(?:but|while|and|although|whereas)\b|;")
_BY_PRONOUN = re.compile(r"^(?:By|According\s+to)\s+(?P<who>his|her|its|their)\s+(?:\w+\s+)?"
                         r"(?:count|tally|figures?|estimate)")
_TRAILING_SOURCE = re.compile(r",\s+(?!and\b|but\b|while\b)(?P<who>(?:the\s+)?[\w’' -]{2,80}?)\s+"
                              r"(?:said|added|says|told|noted|stated)\b")
_TRAILING_SAID = re.compile(r",\s+(?P<who>he|she|they|it)\s+(?:said|added|says|told|noted|stated)\b")
_SUBJECT = re.compile(r"^(?:The\s+)?(?P<who>[^,]{2,80}?)\s+(?:later\s+|also\s+|on\s+\w+\s+)?(?:said|says|revised|"
                      r"reported|updated|issued|released|published|raised|lowered|cut|put|gave|estimated|announced)\b")
_HEADLINE_SPLIT = re.compile(r";\s|\s[-–—]\s|\sas\s|:\s")
_SAYS = r"(?:says|said|fears|warns|claims|puts|counts|reports|estimates|confirms|tells|cuts|raises)"
_HEADLINE_SUBJECT = re.compile(r"^(?:.*,\s*)?(?P<who>[^,]+?)\s+" + _SAYS + r"\b")
_HEADLINE_AFTER = re.compile(r",\s*(?:says|said|according\s+to)\s+(?P<who>[^,]+)$")
_ASIDE_START = re.compile(r"^(?:which|where|who|when)\b|^as\s+(?:the\s+)?(?:\w+\s+){0,2}(?:toll|number|count)\b", re.I)
_REPORTING = re.compile(r"\b(?:said|says|told|according|reported|estimated|announced|put)\b")


@functools.lru_cache(maxsize=1)
def _anaphoric() -> frozenset[str]:
    return frozenset(row["name"].lower() for row in read_table("anaphoric_sources"))


def figure_source(report: Report, quantity: Quantity, statement: Statement | None,
                  outlets: tuple[str, ...] = ()) -> tuple[str | None, str]:
    """(the name of the figure's source or None for the outlet's own figure, the reason).

    Through citing chains: a news medium citing someone relays that someone's figure
    ("Yonhap, citing the JCS" -> the JCS), while an institution citing another's count
    gives it as its own ("the UN office revised its report, citing a WHO count").
    """
    text = report.document.text
    left, right = sentence_bounds(text, quantity.span)
    sentence = text[left:right]
    start = quantity.span[0] - left
    cited = _citing().search(sentence)
    name, why = _figure_source(report, quantity, statement)
    if cited is None:
        return name, why
    clause = clause_bounds(sentence, start, min(quantity.span[1], right) - left)
    citer = name
    if re.match(r"\s*citing\b", sentence[clause[0]:start]):  # ", citing a WHO count of 3,958": the sentence's subject
        subject = _SUBJECT.match(sentence)
        citer = subject.group("who") if subject else (statement.speaker if statement else name)
    if citer and not _is_media(citer, report, outlets):
        return citer, f"holder: '{citer}' cites '{cited.group('who')}' but gives the figure as its own"
    if citer:
        return cited.group("who"), f"holder: '{citer}' relays '{cited.group('who')}', whose figure it is"
    return name, why


@functools.lru_cache(maxsize=1)
def _citing() -> re.Pattern:
    """'citing the JCS', 'citing a Turkish security official', 'citing a court representative'."""
    heads = "|".join(re.escape(row["noun"].lower()) for row in read_table("source_nouns"))
    return re.compile(r"\bciting\s+(?:a\s+|an\s+|the\s+)?(?:(?:[a-z]+\s+){0,2}(?=[A-Z]))?"
                      r"(?P<who>[A-Z][\w’'.-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w’'.-]*){0,6}"
                      rf"(?:(?:\s+[a-z]+)?\s+(?:{heads})\b)?"
                      r"|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?(?=\s*(?:,|\.|$|\s+count|\s+figures|\s+data|\s+that)))")


def _is_media(name: str, report: Report, outlets: tuple[str, ...] = ()) -> bool:
    """A news medium: an outlet of the corpus, a media institution, or a name with a media word."""
    key = re.sub(r"^the\s+", "", name.strip().lower())
    if key in {o.lower().removeprefix("the ") for o in (*outlets, report.outlet or "") if o}:
        return True
    if any(re.search(rf"\b{re.escape(w)}\b", key) for w in _media_words()):
        return True
    return any(i.kind == "media" and key in {i.name.lower(), *(a.lower() for a in i.aliases)} for i in institutions())


@functools.lru_cache(maxsize=1)
def _media_words() -> tuple[str, ...]:
    return tuple(row["word"].lower() for row in read_table("media_words"))


def _figure_source(report: Report, quantity: Quantity, statement: Statement | None) -> tuple[str | None, str]:
    text = report.document.text
    left, right = sentence_bounds(text, quantity.span)
    sentence = text[left:right]
    start, end = quantity.span[0] - left, min(quantity.span[1], right) - left
    clause = clause_bounds(sentence, start, end)
    named = _named_with_figure(sentence, start, end, clause)
    named = named.rstrip(".,;:") if named else None
    if named:
        return named, f"holder: named with the figure ('{named}')"
    headline = _is_headline(text, left, right)
    live = _LIVE_SOURCE.match(sentence)
    if live and live.end() <= start and len(live.group("who")) > 1 and (headline or live.group("stamp")) \
            and live.group("who").strip().lower() not in words("headline_kickers", "word"):  # "Exclusive:", "Analysis:"
        return live.group("who"), f"holder: '{live.group('who')}:' introduces the figure"
    if headline:
        who = _headline_source(sentence, start)
        return (who, f"holder: the headline says '{who}' gives it") if who else (
            None, "holder: none, the headline gives it in the outlet's own voice")
    if _ASIDE_START.match(sentence[clause[0]:start].strip()) and not _REPORTING.search(sentence[clause[0]:clause[1]]):
        return None, "holder: none, the figure is in an aside in the outlet's own voice"
    pronoun = _BY_PRONOUN.match(sentence) or _TRAILING_SAID.search(sentence, end)
    if pronoun:
        return _resolved(report, pronoun.group("who"), quantity, "the source the sentence names by a pronoun")
    declined = None
    if statement is not None and statement.stance in ("decline", "deny"):
        declined, statement = statement.speaker, None  # "the report did not say how it related to...": not theirs
    in_content = statement is not None and statement.content_span is not None and \
        statement.content_span[0] <= quantity.span[0] < statement.content_span[1]
    own_sentence = statement is not None and (statement.speaker_span is None
                                              or left <= statement.speaker_span[0] < right)
    if statement is not None and in_content and own_sentence:  # "rescuers have counted 5,300, a spokesman said"
        found = _resolved(report, statement.speaker, quantity, "the speaker of the statement holding it")
        if found[0]:
            return found
    subject = _subject_giving(sentence[clause[0]:start])
    if subject:  # "a day later his spokesman was citing more than 5,300"
        return _resolved(report, subject, quantity, "the subject that gives the figure")
    if quantity.holder and quantity.holder != declined:
        found = _resolved(report, quantity.holder, quantity, "the source extraction read for it")
        if found[0]:
            return found
    if statement is not None:
        found = _resolved(report, statement.speaker, quantity, "the speaker of the statement holding it")
        if found[0]:
            return found
    trailing = _TRAILING_SOURCE.search(sentence, end)
    if trailing:
        return _resolved(report, trailing.group("who"), quantity, "the source the sentence ends with")
    return None, "holder: none, no source is named for it"


def _named_with_figure(sentence: str, start: int, end: int, clause: tuple[int, int]) -> str | None:
    """A source named in the figure's own words: 'recorded by the WHO', 'by the IOM's count', "the WHO's figure of"."""
    after = sentence[end:]
    for pattern in (_BY_AFTER, _BY_COUNT):
        m = pattern.search(after)
        if m:  # "given by the Red Crescent's secretary-general, Marie el-Drese": the person
            person = _APPOSITION.match(after[m.end():]) if re.search(r"[’']s$", m.group("who")) else None
            return (person.group("who") if person else m.group("who")).rstrip(".,;:")
    before = sentence[clause[0]:start]
    m = _POSSESSIVE.search(before) or _COUNT_OF.search(before)
    if m:
        return m.group("who")
    m = _ANNOUNCED_BY.search(sentence[clause[0]:clause[1]])
    if m:
        return m.group("who")
    if _NEW_CLAUSE.search(sentence[:start]):
        return None  # "the ministry's count was 3,351, but thousands remain missing": a source for its own clause only
    m = _DOCUMENT_BY.search(sentence) or _SENTENCE_SOURCE.match(sentence)  # "according to the list published by X"
    if m:
        return m.group("who") or m.group("proper") if "proper" in m.re.groupindex else m.group("who")
    return None


@functools.lru_cache(maxsize=1)
def _giving() -> re.Pattern:
    verbs = "|".join(sorted((re.escape(row["verb"]) for row in read_table("figure_verbs")), key=len, reverse=True))
    return re.compile(r"^(?P<who>.+?)\s+(?:had\s+|has\s+|was\s+|were\s+|is\s+|have\s+)?(?:" + verbs + r")"
                      r"(?:\s+(?:the|its|his|her|their)\s+(?:\w+\s+)?(?:toll|number|figure|count|tally)\s+at)?"
                      r"(?:\s+(?:up\s+to|more\s+than|at\s+least|about|some|nearly|around|as\s+many\s+as))?\s*$")


_TIME_LEAD = re.compile(r"^(?:\d{1,2}[:.]\d{2}\s*[-–—]\s*)?(?:(?:(?:a|one|two|three) (?:day|week|month)s? later"
                        r"|(?:earlier|later|then|meanwhile)(?:\s+(?:in|on|that|this)\s+(?:the\s+)?\w+)?"
                        r"|on \w+(?: \d+)?)\s*,?\s+)?", re.I)
_ADVERB_TAIL = re.compile(r"\s+(?:now|also|later|again|already|then|still|earlier|today|yesterday)$", re.I)


def _subject_giving(before: str) -> str | None:
    """'his interior ministry's spokesman was citing ' -> the spokesman: the clause's subject gives the figure."""
    m = _giving().match(before.strip() + " ")
    if not m:
        return None
    who = _ADVERB_TAIL.sub("", _TIME_LEAD.sub("", m.group("who").strip()))
    if not 1 <= len(who.split()) <= 8 or re.search(r"\d", who) or who.split()[-1].lower() in _document_nouns():
        return None
    return who


@functools.lru_cache(maxsize=1)
def _document_nouns() -> frozenset[str]:
    return frozenset(row["noun"].lower() for row in read_table("document_nouns"))


def _is_headline(text: str, left: int, right: int) -> bool:
    """The first line of a report, without a full stop: a headline."""
    first = text.lstrip()
    offset = len(text) - len(first)
    line_end = text.find("\n", offset)
    line_end = len(text) if line_end == -1 else line_end
    return left <= offset + 1 and right <= line_end and not text[offset:line_end].rstrip().endswith((".", "?", "!"))


def _headline_source(headline: str, start: int) -> str | None:
    """'..., FSB says', 'UN says 30,000 displaced', 'Flood killed 1,300, says UN': the part holding the figure."""
    bounds = [0, *(m.end() for m in _HEADLINE_SPLIT.finditer(headline)), len(headline) + 1]
    part_start = max(b for b in bounds if b <= start)
    part_end = min(m.start() for m in [*_HEADLINE_SPLIT.finditer(headline, start)] or [None]) \
        if list(_HEADLINE_SPLIT.finditer(headline, start)) else len(headline)
    part = headline[part_start:part_end].rstrip(" ,;")
    for pattern in (_HEADLINE_SUBJECT, _HEADLINE_AFTER):
        m = pattern.search(part)
        if m and not re.search(r"\d", m.group("who")):
            return m.group("who").strip()
    return None


def _resolved(report: Report, name: str, quantity: Quantity, how: str) -> tuple[str | None, str]:
    """A source named only as 'the statement' or 'the aid group' is the last source named before it."""
    name = name.split("\n")[-1].strip().rstrip(".,;:")  # a name read across a line break keeps its last line
    if re.search(r"\d", name):
        return None, f"holder: none, '{name}' is no source's name"
    key = re.sub(r"^(?:the|a|an)\s+", "", name.lower())
    if key not in _anaphoric():
        return name, f"holder: {how} ('{name}')"
    before = [s for s in report.extraction.statements if s.span[0] < quantity.span[0]
              and re.sub(r"^(?:the|a|an)\s+", "", s.speaker.strip().lower()) not in _anaphoric()]
    if before:
        earlier = max(before, key=lambda s: s.span[0]).speaker
        return earlier, f"holder: '{name}' is the source named before it ('{earlier}')"
    return name, f"holder: {how} ('{name}')"
