"""References to a claim instead of a statement of it, and what they refer to.

"dismissed the committee's assertions as nonsense", "such warnings", "described them as a
provocation", "declined to comment on the Islamic State claim": within a report the reference
joins the statement it points back to; across reports, a reference to an owner's claim joins
the claim that owner asserts.
"""
from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models import Statement
from .claim_text import _WORD, headline_end, readable
from ..extract.countries import countries_in
from .tables import words

if TYPE_CHECKING:
    from .claims import Said

@dataclass(frozen=True)
class Reference:
    """How a content names a proposition already reported: "the group's claim" (owner "group"),
    "such warnings" (noun "warnings"), "dismissed that as a fabrication" (a pronoun: no noun)."""

    owner: str | None
    noun: str | None
    demonstrative: bool = False  # "such warnings", "those claims": what was just reported


def claim_reference(s: Said) -> Reference | None:
    """How a content names a proposition already reported, instead of stating one, or None.

    "the group's claim", "such warnings", "the Russian accusations", "that as a
    fabrication", "described them as a provocation"; `owner` is the word naming whose claim
    it is ("group", "Russian", "committee"), when one does.
    """
    content = readable(s.content, s.statement, limit=None)
    found = _reference_pattern().search(content)
    if found and not (found.start() == 0 and _event_of_noun(found.group(4).lower())
                      and _describes_event(content[found.end():])):
        named = (found.group(3) or "").strip()
        owner = found.group(2) or (named if named[:1].isupper() and not found.group(1) else None)
        owner = re.sub(r"^(?:the|a|an)\s+", "", owner, flags=re.I) if owner else None
        return Reference(owner, found.group(4).lower(), bool(found.group(1)))
    if _PRONOUN_AS.match(s.content.strip()):  # before "that" is cut
        return Reference(None, None)
    return None


# "dismissed that as a fabrication", "called it to be a lie"; not "that as many as 20,000 had died"
_PRONOUN_AS = re.compile(r"^(?:that|this|it|them)\s+(?:as(?!\s+(?:many|much|few|little|well|soon|long|far|"
                         r"high|low|recently|early|late)\b)|to be)\b", re.I)


@functools.lru_cache(maxsize=1)
def _reference_pattern() -> re.Pattern[str]:
    """A determiner, a demonstrative or an owner's name, then at most a few modifiers and a noun of
    claim_references.tsv not followed by what would make it new content ("the claim that ...")."""
    nouns = "|".join(sorted(words("claim_references", "noun"), key=len, reverse=True))
    return re.compile(rf"(?:\b(?:[Tt]he|(such|these|those|this|that|[Ss]uch|These|Those|This|That)|[Ii]ts|[Tt]heir|"
                      rf"((?:[A-Z][\w.-]*\s+)*[\w-]+)['’]s)\s+|(?<![\w'’])(?=[A-Z]))"
                      rf"((?:[A-Z][\w.-]*\s+){{1,3}}|[\w-]+\s+)?((?i:{nouns}))\b"
                      rf"(?!\s+(?:that|of|from|by)\b)")


def _describes_event(rest: str) -> bool:
    """After a content's opening event noun, a clause of its own ("The warning was relayed on March 6",
    "U.S. warning to Moscow named the hall as a target"): the content tells of the event, it does not
    refer back to a claim, as "such warnings" or "the warnings as blackmail" do. A claim's own noun
    ("the Kremlin's version did not withstand scrutiny") refers back either way."""
    words_ = _WORD.findall(rest)
    return len(words_) > 3 and words_[0].lower() != "as"


def referent(said: list[Said], before: list[int], reference: Reference, n: int) -> int | None:
    """The earlier statement of the report that a claim reference points to.

    - With an owner ("the committee's assertions"), the owner's first statement in the
      body: news states a source's main claim first and refers back to it.
    - A pronoun or a demonstrative ("dismissed that as a fabrication", "such warnings"), the
      statement just before.
    - A noun that names an event ("such warnings"), the latest statement of that event.
    - A bare noun in a denial ("rejected the accusations"), the same speaker's earlier denial:
      one denial restated.
    Otherwise (a country's "accusations" has too many speakers to choose from) no join.
    """
    if (reference.noun is None or reference.demonstrative) and before:
        return before[-1]  # "rejected the accusations. It described them as ...": whatever was just said
    candidates = [m for m in before if claim_reference(said[m]) is None]
    if not candidates:
        return None
    if reference.owner:
        owner = {w.lower() for w in _WORD.findall(reference.owner)}
        head_end = headline_end(said[n].report.document.text)
        owned = [m for m in candidates if said[m].speaker_key == said[n].owner_key
                 or owner <= {w.lower() for w in _WORD.findall(said[m].statement.speaker or "")}]
        body = [m for m in owned if said[m].statement.span[0] > head_end]
        return (body or owned or [None])[0]
    event = _event_of_noun(reference.noun)
    if event:
        return next((m for m in reversed(candidates) if said[m].frame and said[m].frame.event == event), None)
    if said[n].statement.stance == "deny":
        return next((m for m in reversed(candidates) if said[m].statement.stance == "deny"
                     and _same_voice(said[m].statement, said[n].statement)), None)
    return None


def _mostly(owners: set[str], target: int, asserted: dict[str, Counter]) -> bool:
    """True when `target` holds most of what the owners assert: "the Islamic State claim" is the group's
    one claim, while "the Kremlin's version" could mean any of the many the Kremlin asserts."""
    total = sum(sum(asserted.get(owner, Counter()).values()) for owner in owners)
    return 2 * sum(asserted.get(owner, Counter())[target] for owner in owners) > total


def _event_of_noun(noun: str) -> str | None:
    from .frames import triggers
    found = triggers(noun)
    return found[0][2] if found else None


def _same_voice(a: Statement, b: Statement) -> bool:
    """One speaker, or two voices of one country ("Ukraine" and "Ukraine's foreign ministry")."""
    if a.speaker == b.speaker:
        return True
    ca = {code for _, _, code in countries_in(a.speaker or "")} | ({a.speaker_country} if a.speaker_country else set())
    cb = {code for _, _, code in countries_in(b.speaker or "")} | ({b.speaker_country} if b.speaker_country else set())
    return bool(ca & cb)


def _join_owned_references(groups: list[list[int]], unit_list: list[list[int]], said: list[Said]) -> list[list[int]]:
    """Statements about someone's claim that their reports do not give ("declined to comment on the
    Islamic State claim") join the claim that owner asserts most often in the corpus, when their claim
    holds mostly such references: the owner's claim is what they are about, whatever words they
    share with it."""
    asserted: dict[str, Counter] = defaultdict(Counter)  # owner -> claim -> how many of its assertions
    for g, claim in enumerate(groups):
        for u in claim:
            for n in unit_list[u]:
                if said[n].statement.stance == "assert":
                    asserted[said[n].speaker_key][g] += 1
    def owners_claim(owners: set[str], g: int) -> int | None:
        counts: Counter = Counter()
        for owner in owners:
            counts.update({target: k for target, k in asserted.get(owner, {}).items() if target != g})
        return max(counts, key=lambda t: (counts[t], -t)) if counts else None

    groups = [list(claim) for claim in groups]
    for g, claim in enumerate(groups):  # a reference that says nothing of its own, or refuses to ("declined to comment
        for u in list(claim):          # on the Islamic State claim"), is about the owner's claim, whatever it shares
            members = [said[n] for n in unit_list[u]]
            owners = {m.owner_key for m in members if m.owner_key and (m.frame is None or m.statement.stance == "decline")}
            owners -= {m.speaker_key for m in members}
            target = owners_claim(owners, g) if owners else None
            if target is not None and _mostly(owners, target, asserted):
                claim.remove(u)
                groups[target].append(u)
    moved: dict[int, int] = {}
    for g, claim in enumerate(groups):
        owners: set[str] = set()
        referring = 0
        for u in claim:
            members = [said[n] for n in unit_list[u]]
            unit_owners = {m.owner_key for m in members if m.owner_key} - {m.speaker_key for m in members}
            referring += bool(unit_owners)
            owners |= unit_owners
        if 2 * referring > len(claim):  # mostly referred to, not stated in its own words: the owner's claim
            target = owners_claim(owners, g)
            if target is not None:
                moved[g] = target
    out = [list(claim) for claim in groups]
    for g, target in moved.items():
        while target in moved:  # the owner's claim itself moved
            target = moved[target]
        if target != g:
            out[target] += out[g]
            out[g] = []
    return out  # emptied claims kept in place: the first may be seeds (`claims.group_with_seeds`)
