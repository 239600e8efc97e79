"""Offices the text names once with their holder beside them, so that a later mention of the office
("the PPRO", "According to the Police Public Relations Officer") is that person.

"The Police Public Relations Officer (PPRO) in the state, SP Yusuf Adamu, said ...": the office and its
bracketed short form both stand for Yusuf Adamu for the rest of the text. Only offices written as a
title of two or more capitalised words, or a short form in brackets: a bare "the spokesman" may be
anyone's, and an office the text gives two holders is left alone.
"""
from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from .speakers import (
    PERSON_ROLES, Speaker, bracketed, full_person_name, name_in_apposition, phrase_text, role_appositions,
)


def role_holders(doc: Doc) -> dict[str, str]:
    """Each titled office (and its bracketed short form) the text gives one holder, with that holder."""
    found: dict[str, set[str]] = {}
    for head in doc:
        if head.pos_ != "PROPN" or head.lemma_.lower() not in PERSON_ROLES:
            continue
        appositions = role_appositions(head)
        named = next((n for c in appositions if (n := name_in_apposition(c)) is not None), None)
        if named is None:
            continue
        holder = full_person_name(doc, named.text)
        title = [t for t in doc[head.left_edge.i : head.i + 1] if t.dep_ != "det" and not t.is_punct]
        if len(title) >= 2 and all(t.text[:1].isupper() for t in title):
            found.setdefault(phrase_text(title), set()).add(holder)
        for short in (c for c in head.children if c.dep_ == "appos" and bracketed(c) and c.text.isupper()):
            found.setdefault(short.text, set()).add(holder)
    return {office: next(iter(holders)) for office, holders in found.items() if len(holders) == 1}


def held_by(speaker: Speaker, holders: dict[str, str]) -> Speaker:
    """The person who holds the office a source is named by, if the text named them beside it."""
    holder = holders.get(speaker.name)
    if holder is None or holder == speaker.name:
        return speaker
    return dataclasses.replace(speaker, name=holder, kind="person", plural=False)
