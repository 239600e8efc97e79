"""A quick, model-free stand-in extractor for store and ingest tests."""
from __future__ import annotations

import re

from claimwatch.models import Document, Extraction, Quantity, Statement, TimeExpr

_NUMBER = re.compile(r"\b\d[\d,]*\b")
_SAID = re.compile(r"\b([A-Z][a-z]+) (said|denied)\b")


def fake_extract(document: Document) -> Extraction:
    """A quick, model-free reading for store tests: 'Name said/denied' and bare numbers."""
    statements = [Statement(speaker=m[1], stance="assert" if m[2] == "said" else "deny", span=m.span(), cue=m[2])
                  for m in _SAID.finditer(document.text)]
    quantities = [Quantity(text=m[0], span=m.span(), value=float(m[0].replace(",", "")), unit="people")
                  for m in _NUMBER.finditer(document.text)]
    times = [TimeExpr(text="today", value=document.published.isoformat(), span=(0, 0))] if document.published else []
    return Extraction(id=document.id, statements=statements, quantities=quantities, times=times)


def fake_extractor(documents: list[Document]) -> list[Extraction]:
    return [fake_extract(d) for d in documents]
