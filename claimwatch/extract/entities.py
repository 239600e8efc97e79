"""Named entities, as spaCy's recogniser finds them, for indexing and consolidation."""
from __future__ import annotations

from spacy.tokens import Doc

from ..models import Entity

# Labels that name sources, places, groups and events; numbers and dates are read elsewhere.
KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT"})


def find_entities(doc: Doc) -> list[Entity]:
    return [Entity(e.text, e.label_, (e.start_char, e.end_char)) for e in doc.ents if e.label_ in KEPT_LABELS]
