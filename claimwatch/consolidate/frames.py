"""Frames: what a statement's content claims, normalised so different wordings meet.

A frame is the kind of event or state the content reports, read from its predicates
through a lexicon (`data/event_frames.tsv`: "claimed responsibility", "carried out",
"struck" -> attack; "detained", "caught" -> detain), and its participants: the countries
named however the news names them (Lima, Peruvian, Peru)
and the organisations it names. A country named only as the place where something
happened ("in Lima", "on the outskirts of Lima") is the frame's place, not a
participant. Negation and modality are not part of the frame: "Peru had nothing to do
with the bombing" and "Peru organised the bombing" share the frame (involve, Peru);
their stances differ (see polarity.py).

When several predicates are present, the one closest to the content's main verb in the
dependency parse wins, and words inside the subject ("the gunmen who attacked the hall had
received money") only describe who is meant. Without a parser, the first predicate wins.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..extract.countries import countries_in, country_name
from .tables import inflects, read_table, words

_PLACE_WORDS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "within", "outskirts"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
SUBJECT_PENALTY = 5  # a predicate inside the subject only describes it: ranked after the main clause's
CONJUNCT_PENALTY = 3  # "P, and that Q": the second clause adds to the first, which states the proposition


@dataclass(frozen=True)
class Frame:
    """The normalised proposition of one statement: event kind, participants, place."""

    event: str
    participants: frozenset[str] = frozenset()  # country codes ("PE") and organisation name keys ("E:liber")
    places: frozenset[str] = frozenset()
    trigger: str = ""  # the word that decided the event
    mood: str = ""  # "demand" when the source asks for the event rather than says it happened

    def readable(self) -> str:
        parts = [f"{self.mood} {self.event}" if self.mood else self.event]
        if self.participants:
            parts.append("participants: " + ", ".join(sorted(_said(p) for p in self.participants)))
        if self.places:
            parts.append("place: " + ", ".join(sorted(_said(p) for p in self.places)))
        return " | ".join(parts)


def _said(participant: str) -> str:
    """A participant as a reader says it: a country by name, an organisation by its words."""
    if participant.startswith("E:"):
        return participant[2:]
    return country_name(participant) if len(participant) == 2 and participant.isupper() else participant


def agreement(a: Frame | None, b: Frame | None, rarity: Callable[[str], float] | None = None) -> float:
    """How far two frames are one proposition, from -1 (they conflict) to 1.

    0 when either is unknown; -0.5 for another event (the event is read from words: a
    soft conflict), less when one of them is the story's own event, which every report
    mentions; -1 for one event among other countries, or in another mood (a demand that X investigate is not X
    investigating). Otherwise half for the event
    and half for a shared participant, each scaled by its `rarity` in the corpus (1 when
    not given): the story's own event ("the attack" in every report of an attack) or
    country says little, a rarer one ("fund", "Bolivia") much more. Organisation names
    vary too much across reports ("Liberation Front", "the Front") to keep frames apart; they only join.
    """
    if a is None or b is None:
        return 0.0
    rarity = rarity or (lambda _: 1.0)
    if a.event == b.event and a.mood != b.mood:
        return -1.0  # asking for an inquiry is not saying there is one
    if a.event != b.event:  # the story's own event ("the collapse" in every report) tells little apart
        return -0.5 * min(rarity("event:" + a.event), rarity("event:" + b.event))
    shared = a.participants & b.participants
    countries_a = {p for p in a.participants if not p.startswith("E:")}
    countries_b = {p for p in b.participants if not p.startswith("E:")}
    if not shared and countries_a and countries_b:
        return -1.0  # the same kind of event by or to other countries: another proposition
    return 0.5 * rarity("event:" + a.event) + 0.5 * max((rarity(p) for p in shared), default=0.0)


@functools.lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """(single word and its stem -> event, (phrase, event) pairs) from `data/event_frames.tsv`."""
    from .claim_text import stem

    single: dict[str, str] = {}
    phrases: list[tuple[str, str]] = []
    for row in read_table("event_frames"):
        word, event = row.get("word", "").lower(), row.get("event", "")
        if not word or not event:
            continue
        if " " in word:
            phrases.append((word, event))
        else:
            single.setdefault(stem(word), event)
            single.setdefault(word, event)
    return single, tuple(phrases)


def triggers(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, event, trigger) of every predicate of the lexicon in `text`, left to right."""
    from .claim_text import stem

    single, phrases = _lexicon()
    lower = text.lower().replace("’", "'")
    found: list[tuple[int, int, str, str]] = []
    taken: set[int] = set()
    event_of = _phrase_events()
    for phrase in event_of:  # in the table's order; a cheap substring test skips most
        if phrase not in lower:
            continue
        for m in re.finditer(rf"\b{re.escape(phrase)}\b", lower):
            if not taken & set(range(m.start(), m.end())):
                found.append((m.start(), m.end(), event_of[phrase], phrase))
                taken |= set(range(m.start(), m.end()))
    for m in _WORD.finditer(lower):
        if m.start() in taken:
            continue
        word = m.group()
        event = single.get(word) or single.get(stem(word)) or _prefix_event(word, single)
        if event:
            found.append((m.start(), m.end(), event, word))
    return sorted(found)


@functools.lru_cache(maxsize=1)
def _phrase_events() -> dict[str, str]:
    """Phrase -> event, in the table's order (the order they are tried), the first row of a phrase winning."""
    out: dict[str, str] = {}
    for phrase, event in _lexicon()[1]:
        out.setdefault(phrase, event)
    return out


def _prefix_event(word: str, single: dict[str, str]) -> str | None:
    """Stems written as prefixes in the table ("organis" for organised, organising).

    Agent nouns ("attackers", "organisers", "prosecutors") name who is meant, not what happened, and
    so do the head nouns of organisations' names ("organisation", "administration": org_words.tsv)."""
    if word.endswith(("er", "ers", "or", "ors", "ist", "ists")) or word.removesuffix("s") in _body_nouns():
        return None
    for size in range(len(word) - 1, 5, -1):
        event = single.get(word[:size])
        if event and len(word[:size]) >= 6:
            return event
    return None


@functools.lru_cache(maxsize=1)
def _body_nouns() -> frozenset[str]:
    return words("org_words", "word")


def participants(text: str, entities: Sequence[str] = ()) -> tuple[frozenset[str], frozenset[str]]:
    """(participants, places): countries and organisations the content names, places apart."""
    found, places = set(), set()
    for start, end, code in countries_in(text):
        if text[start:end].isupper() and end - start > 3:
            continue  # a dateline ("CAIRO, Sept 14 -"): where the report was filed, not who acts
        if not text[start:start + 1].isupper():
            continue  # "most of us", "us": a pronoun, not the United States
        before = _WORD.findall(text[max(0, start - 30):start].lower())
        if before and before[-1] in _PLACE_WORDS:
            places.add(code)
        else:
            found.add(code)
    for name in entities:
        codes = {code for _, _, code in countries_in(name)}
        found |= codes or {"E:" + key for key in name_keys(name)}  # "the Peruvian government" is Peru
    return frozenset(found), frozenset(places - found)


_EVIDENCE = re.compile(r"\b(?:(?:showing|shows|showed|indicating|indicates|indicated|suggesting|suggests|suggested|"
                       r"proving|proves|proved|confirming|confirms|confirmed|concluded|know|knew|known)\s+that|"
                       r"(?:evidence|proof|signs?|indications?)\s+(?:of|that))\s+", re.I)


# "were in Turkey weeks before the attack", "reported cracks before the dam collapsed": an event in a phrase
# or clause of time only dates the proposition
@functools.lru_cache(maxsize=1)
def _time_adjunct() -> re.Pattern[str]:
    """A preposition of time (time_prepositions.tsv) at most four words before the event word."""
    words_ = sorted(words("time_prepositions", "word"), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words_)
    return re.compile(rf"\b(?i:{alternatives})\s+(?:[\w'’-]+\s+){{0,4}}$")


_NAME_WORDS = frozenset({"group", "groups", "state", "the", "of", "and", "for", "officials", "official", "entity",
                         "branch", "affiliate", "government", "ministry", "agency", "forces", "service", "services"})


def name_keys(name: str) -> set[str]:
    """What an organisation name can be matched on across reports: its distinctive words,
    cut to their first five letters ("Liberationists", "Liberation Front", "radical Liberation
    group" all give "islam"), or the whole name when it has none."""
    words_ = [w.lower() for w in _WORD.findall(name.replace("’", "'")) if w.lower() not in _NAME_WORDS]
    keys = {w.split("-")[0].removesuffix("'s")[:5] for w in words_ if len(w) >= 3}
    return keys or {name.lower().removeprefix("the ")}


def read_frame(text: str, entities: Sequence[str] = (), parsed: Parsed | None = None) -> Frame | None:
    """The frame of a content, or None when no predicate of the lexicon is in it.

    Evidence for a proposition is not the proposition: in "they have intelligence showing
    that X was behind it" the frame is read from the clause after "showing that".
    """
    evidence = _EVIDENCE.search(text)
    if evidence and triggers(text[evidence.end():]):
        text, parsed = text[evidence.end():], None
    found = [t for t in triggers(text) if not _time_adjunct().search(text[max(0, t[0] - 40):t[0]])]
    if parsed is not None:
        found = sorted({*found, *_split_phrasal_verbs(parsed)})
    if not found:
        return None
    if parsed is not None:
        conceded = _conceded_until(parsed)
        found = [t for t in found if t[0] >= conceded] or found
        best = min(found, key=lambda t: (_depth(parsed, t[0]), _is_subject(parsed, t[0]), t[0]))
        if _only_names_the_subject(parsed, best[0], text):
            return None
    else:
        best = found[0]
    best = _object_event(text, best, found)
    who, places = participants(text, entities)
    mood = "demand" if parsed is not None and _demanded(parsed, best[0]) else ""
    return Frame(best[2], who, places, best[3], mood)


_PARTICLES = frozenset({"out", "off", "up", "down", "away", "back", "in"})


def _split_phrasal_verbs(parsed: "Parsed") -> list[tuple[int, int, str, str]]:
    """Phrasal verbs of the lexicon whose object parts them: "ordered foreign teams out of Derna" is
    "ordered out" (expel), as "carried the attack out" is "carried out"; a trigger at the verb."""
    out = []
    phrases = _phrase_events()
    for token in parsed.doc:
        if token.idx < parsed.shift or token.lower_ not in _PARTICLES or token.dep_ not in ("prt", "prep", "advmod"):
            continue
        verb = token.head
        phrase = f"{verb.lower_} {token.lower_}"
        if verb.i < token.i - 1 and verb.idx >= parsed.shift and phrase in phrases:
            start = verb.idx - parsed.shift
            out.append((start, start + len(verb.text), phrases[phrase], phrase))
    return out


def _conceded_until(parsed: "Parsed") -> int:
    """Where the point of a concessive content begins: "the US had passed information, but it was of a
    general nature" grants the first clause and asserts the one after "but" (0 when there is none)."""
    for head in parsed.heads():
        for child in head.children:
            if child.lower_ in ("but", "yet") and child.dep_ == "cc" and child.i > head.i:
                return child.idx + len(child.text) - parsed.shift
    return 0


def _demanded(parsed: "Parsed", offset: int) -> bool:
    """True when the event word is what a directive verb of the content asks for ("lawmakers
    asked the attorney general to investigate"): the proposition is the demand, not the event."""
    node = parsed.token_at(offset)
    directives = directive_verbs()
    depth = 0
    while node is not None and node.head.i != node.i and node.head.idx >= parsed.shift and depth < 8:
        complement = next((need for lemma, need in directives.items() if inflects(node.head.lower_, lemma)), None)
        if complement is not None and (not complement or node.dep_ in ("xcomp", "ccomp") or
                                       (node.dep_ == "prep" and node.lower_ == "for")):
            return True
        node, depth = node.head, depth + 1
    return False


@functools.lru_cache(maxsize=1)
def directive_verbs() -> dict[str, str]:
    """lemma -> the complement it needs to ask for something ("" for any), from directive_cues.tsv."""
    return {row["lemma"].lower(): row.get("complement", "") for row in read_table("directive_cues")}


LIGHT_OBJECT_WORDS = 5  # how far after a light verb its object's event may be named


def _object_event(text: str, best: tuple, found: list) -> tuple:
    """A light verb's frame is its object's event ("carried out periodic maintenance" -> maintain)."""
    if text[best[0]:best[1]].lower() not in _light_verbs():
        return best
    window_end = best[1] + sum(len(w) + 1 for w in text[best[1]:].split()[:LIGHT_OBJECT_WORDS])
    after = [t for t in found if best[1] <= t[0] < window_end]
    return after[0] if after else best


@functools.lru_cache(maxsize=1)
def _light_verbs() -> frozenset[str]:
    return words("light_verbs", "phrase")


def lacks_subject(parsed: "Parsed | None", text: str) -> bool:
    """True when the content states no agent of its own ("sending troops", "any role in the
    bombing", "to fund the militia"): the speaker's own act is meant, so the speaker is the agent.
    A possessor names another agent: "dismissed the U.S. embassy's warning" is not the speaker's warning."""
    if parsed is not None:
        heads = parsed.heads()
        return bool(heads) and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
                                       or (c.dep_ == "poss" and c.tag_ != "PRP$")
                                       for head in heads for c in head.children)
    return bool(re.match(r"^(?:to\s+)?\w+ing\b|^to\s+\w+", text.strip(), re.I))


def _only_names_the_subject(parsed: "Parsed", offset: int, text: str) -> bool:
    """True when the event word is the subject of a verb the lexicon does not know ("the bridge
    collapse closed the port"): the content says something about that event, and what it says
    is unknown; reading it as the event would join every statement that mentions it."""
    token = parsed.token_at(offset)
    if token is None or token.dep_ != "nsubj":  # "the warning was passed on": a passive's subject undergoes it
        return False
    verb = token.head
    return verb in parsed.heads() and verb.pos_ in ("VERB", "AUX") and not any(
        start <= verb.idx - parsed.shift < end for start, end, _, _ in triggers(text))


def _is_subject(parsed: "Parsed", offset: int) -> bool:
    """True for the subject of its clause: "his warnings went unheeded" says of the warnings that they
    were ignored, so between words as near the root, the predicate frames the content."""
    token = parsed.token_at(offset)
    return token is not None and token.dep_ in ("nsubj", "nsubjpass", "csubj")


def _depth(parsed: "Parsed", offset: int) -> int:
    """Distance of the token at `offset` from the head of its content; more inside the subject."""
    token = parsed.token_at(offset)
    if token is None:
        return 99
    depth, inside_subject, conjunct, node = 0, False, False, token
    while node.head.i != node.i and node.head.idx >= parsed.shift and depth < 50:
        if node.dep_ in ("nsubj", "nsubjpass", "csubj"):
            inside_subject = True
        conjunct = conjunct or (node.dep_ == "conj" and node.pos_ in ("VERB", "AUX"))
        node = node.head
        depth += 1
    return depth + (SUBJECT_PENALTY if inside_subject and token.dep_ not in ("nsubj", "nsubjpass") else 0) + \
        (CONJUNCT_PENALTY if conjunct else 0)


@dataclass(frozen=True)
class Parsed:
    """A content's parse, read after its cue when it has a one-word cue: "denied any role in the
    massacre" parses the object as an object, where "any role in the massacre" alone is misread
    as a clause whose verb is "massacre". Offsets into the content are `shift` characters on."""

    doc: object
    shift: int = 0

    def token_at(self, offset: int):
        at = offset + self.shift
        starts = self._starts
        k = bisect.bisect_right(starts, at) - 1
        if k < 0:
            return None
        token = self.doc[k]
        return token if at < token.idx + len(token.text) + 1 else None

    @functools.cached_property
    def _starts(self) -> list[int]:
        return [t.idx for t in self.doc]

    def heads(self) -> list:
        """The content's top tokens: those whose head is the cue, or the root."""
        return self._heads

    @functools.cached_property
    def _heads(self) -> list:
        return [t for t in self.doc if t.idx >= self.shift and (t.head.i == t.i or t.head.idx < self.shift)]


def parse_all(texts: list[str], cues: list[str | None] | None = None) -> list[Parsed | None]:
    """Parses of the contents, each after its one-word cue when it has one (and the "that" the content's
    reading dropped: "told that"), batched; None for each when no parser can be loaded."""
    cues = cues or [None] * len(texts)
    before = [f"{cue} " if cue and cue.removesuffix(" that").isalpha() else "" for cue in cues]
    try:
        from ..nlp import load_nlp

        nlp = load_nlp()
        if "parser" not in nlp.pipe_names:
            return [None] * len(texts)
        keep = [name for name in nlp.pipe_names if name in ("tok2vec", "tagger", "parser", "attribute_ruler")]
        with nlp.select_pipes(enable=keep):
            docs = list(nlp.pipe((b + t for b, t in zip(before, texts)), batch_size=64))
        return [Parsed(doc, len(b)) for doc, b in zip(docs, before)]
    except Exception:  # no model installed: fall back to the first predicate
        return [None] * len(texts)
