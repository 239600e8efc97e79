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
    """Name each bare home institution that speaks ("army" -> "Mozambican army") in place."""
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


@functools.lru_cache(maxsize=1)
def _institutions() -> frozenset[str]:
    return word_set("home_institutions", "name")
