"""Who a headline's described source is: "..., minister says" over a body that introduces
"Energy Minister Klára Novotná". A headline calls its source by kind to save words; the body
names it, and the first source the body calls by that kind is the one the headline means.

Run once over a document's statements after every act was given its speaker, before the
headline is dated.
"""
from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from ..models import Statement
from .quotes import headline_line
from .speakers import set_off_phrases


def name_headline_sources(doc: Doc, out: list[Statement], keyed: list[list[str]]) -> None:
    """Give a headline act whose source is a bare kind ("minister", "manager", "consumer group")
    the body's first source introduced as that kind, named ("Energy Minister Klára Novotná",
    "The ship's manager, Blue Meridian Shipmanagement,")."""
    line = headline_line(doc)
    if not len(line):
        return
    end = line.end_char
    for k, st in enumerate(out):
        if st.span[0] >= end or not _bare_description(st.speaker) or any(
                other.span[0] >= end and other.speaker == st.speaker for other in out):
            continue  # a kind the body leaves unnamed too ("the energy ministry said") stays as it is
        kind = st.speaker.split()[-1]
        named = next((j for j, other in enumerate(out) if other.span[0] >= end and other.speaker_span
                      and not _bare_description(other.speaker) and other.speaker != st.speaker
                      and kind in _introduction(doc, other)), None)
        if named is not None:
            source = out[named]
            out[k] = dataclasses.replace(st, speaker=source.speaker, speaker_org=source.speaker_org,
                                         speaker_country=source.speaker_country)
            keyed[k] = keyed[named]  # and is dated as the body's acts of that source are


def _bare_description(name: str) -> bool:
    """ "minister", "consumer group": lower-case words only, no name."""
    return bool(name) and all(w.isalpha() and w.islower() for w in name.split())


def _introduction(doc: Doc, st: Statement) -> set[str]:
    """The kind words that introduce a statement's source: the words of a body's phrase
    ("Lithuanian airline Skyrana", "Kaduna State Police Command"), the role right before a person's
    name ("Energy Minister Klára Novotná"; not "ministry" of "ministry spokesman Agus Santoso"),
    and the head of the phrase or of one set off by commas right before or after it ("the ship's
    manager, Blue Meridian,"; "Consumer Watch, a consumer group,"; not "airline" of "Rūta
    Petrauskienė, a spokeswoman for the airline")."""
    phrase = doc.char_span(*st.speaker_span, alignment_mode="expand")
    if phrase is None or st.speaker.split()[-1].lower() not in phrase.text.lower():
        return set()  # "a spokesman for the energy ministry": the phrase names the body, not the speaker
    person = next((t for t in phrase if t.ent_type_ == "PERSON"), None)
    words = {t.lower_ for t in phrase} if person is None else {
        t.lower_ for t in phrase if t.i == person.i - 1}  # the role right before the name: "minister", not "ministry"
    beside = set_off_phrases(doc, *st.speaker_span)
    return words | {span.root.lower_ for span in [phrase, *beside] if span.root.pos_ == "NOUN"}
