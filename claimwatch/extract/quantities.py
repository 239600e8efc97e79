"""Quantities: numbers that count or measure something, with who gives them.

First version: spaCy's CARDINAL/MONEY/PERCENT/QUANTITY entities written in digits,
holder taken from the statement whose span holds the number. The Quantities issue
adds number words, hedges, vague amounts, ranges and units from the parse.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..models import Quantity, Statement

_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def find_quantities(doc: Doc, statements: list[Statement]) -> list[Quantity]:
    out = []
    for ent in doc.ents:
        if ent.label_ not in _LABELS:
            continue
        m = _NUMBER.search(ent.text)
        if not m:
            continue
        value = float(m.group().replace(",", ""))
        unit = ent.root.head.text if ent.root.dep_ == "nummod" else None
        span = (ent.start_char, ent.end_char)
        holder = next((s.speaker for s in statements if s.span[0] <= span[0] < s.span[1]), None)
        out.append(Quantity(ent.text, span, value, unit=unit, holder=holder))
    return out
