"""Consolidation: one situation picture from many reports.

`build_picture(triples)` takes (Document, Extraction, duplicate_of) triples, as the
store's `corpus()` yields them or as built in memory, and returns a `Picture`:
actors (one per real-world source), claims (statements about one proposition with
their stances, timeline and independent sources) and estimate series.
"""
from __future__ import annotations

from .actors import ActorIndex, Mention, resolve_actors
from .corpus import Report, Triple, exact_duplicates
from .overrides import Overrides, load_overrides
from .picture import build_picture
from .queries import ActorRow, ClaimStatementRow, EstimateRow, actor_rows, claim_rows, estimate_rows
from .records import (Actor, Citation, Claim, Contradiction, Estimate, EstimateSeries, Evidence, Picture,
                      TimelineEntry)

__all__ = [
    "Actor", "ActorIndex", "ActorRow", "Citation", "Claim", "ClaimStatementRow", "Contradiction", "Estimate",
    "EstimateRow", "EstimateSeries", "Evidence", "Mention", "Overrides", "Picture", "Report", "TimelineEntry",
    "Triple", "actor_rows", "build_picture", "claim_rows", "estimate_rows", "exact_duplicates", "load_overrides",
    "resolve_actors",
]
