"""A state's institutions a story names bare: "the army said" in a story filed from Maputo is the
Mozambican army's act. The dateline gives the home country (`countries.dateline_country`); the
institutions are those of home_institutions.tsv, named with the country's adjective (demonyms.tsv)."""
from __future__ import annotations

import dataclasses
import functools

from spacy.tokens import Doc

from ..models import Statement
from .countries import countries_in, dateline_country, demonym
from .holder_words import doc_text
from .lexicon import word_set
from .quotes import headline_line


def name_home_institutions(doc: Doc, out: list[Statement]) -> None:
    """Name each bare home institution that speaks ("army" -> "Mozambican army") in place; and a
    bare state body in a sentence that opens in a country ("In the Netherlands, the agriculture
    ministry said" -> "Dutch agriculture ministry")."""
    for k, st in enumerate(out):
        scene = _scene_country(doc, st)
        if scene is not None:
            out[k] = dataclasses.replace(st, speaker=f"{scene[1]} {st.speaker}", speaker_country=scene[0])
    home = _home(doc)
    if home is None:
        return
    for k, st in enumerate(out):
        named = home_name(doc, st.speaker)
        if named != st.speaker and st.speaker_country in (None, home[0]):
            out[k] = dataclasses.replace(st, speaker=named, speaker_country=home[0])


def home_name(doc: Doc, name: str | None) -> str | None:
    """`name` with the home country's adjective when it is a bare home institution, else as it is."""
    home = _home(doc)
    bare = (name or "").lower().removeprefix("the ")
    return f"{home[1]} {bare}" if home is not None and bare in _institutions() else name


def _home(doc: Doc) -> tuple[str, str] | None:
    """(country code, adjective) of the dateline the body opens with, if any and the lead names no
    other country; read once per doc."""
    if "claimwatch_home" not in doc.user_data:
        line = headline_line(doc)
        body = doc_text(doc)[line.end_char if len(line) else 0:].lstrip()
        lead = body.split("\n", 1)[0]
        country = dateline_country(lead)
        if country is not None and any(code != country for _, _, code in countries_in(lead)):
            country = None  # "NAIROBI - Sudan's army said ...": a bureau filing on another country
        adjective = demonym(country) if country else None
        doc.user_data["claimwatch_home"] = (country, adjective) if adjective else None
    return doc.user_data["claimwatch_home"]


def _scene_country(doc: Doc, st: Statement) -> tuple[str, str] | None:
    """(country code, adjective) of "In the Netherlands, ..." opening the sentence of a statement
    whose speaker is a bare state body (state_bodies.tsv: "the agriculture ministry"), if any."""
    name = st.speaker or ""
    if st.speaker_span is None or not name.islower() or name.split()[-1] not in word_set("state_bodies", "noun"):
        return None
    span = doc.char_span(*st.speaker_span, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sent = span.sent
    opener = doc_text(doc)[sent.start_char:span.start_char]
    if not opener.startswith("In ") or not opener.rstrip().removesuffix("the").rstrip().endswith(","):
        return None
    found = countries_in(opener)
    codes = {code for _, _, code in found}
    if len(codes) != 1 or opener.index(",") < found[0][1]:
        return None
    code = codes.pop()
    adjective = demonym(code)
    return (code, adjective) if adjective else None


@functools.lru_cache(maxsize=1)
def _institutions() -> frozenset[str]:
    return word_set("home_institutions", "name")
