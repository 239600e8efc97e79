"""The picture as one JSON document: the `claimwatch picture` contract (shared/eval/PICTURE.md).

Every statement and figure extraction found is listed once, pointing at its actor,
claim and series by key, so a reader (or a scorer) can follow each line of the
picture back to its sentence. The reasons behind each grouping travel along:
`why_joined` on actors, `why` on figures, `origin_reason` on documents.
"""
from __future__ import annotations

from collections import Counter
from typing import Any

from ..models import to_dict
from .records import Estimate, Picture
from .timeline import earliest


def picture_document(picture: Picture) -> dict[str, Any]:
    """documents, actors, statements, claims, series and figures, as PICTURE.md lays them out."""
    statements: list[dict[str, Any]] = []
    claims: list[dict[str, Any]] = []
    for claim in picture.claims:
        index = {}
        for e in claim.statements:
            index[id(e)] = len(statements)
            statements.append({
                "doc": e.document, "span": list(e.statement.span), "actor": e.actor, "claim": claim.id,
                "stance": e.stance, "said_on": e.said_on, "speaker": e.statement.speaker,
                "content": e.statement.content})
        # `first`: the earliest statement of the claim, any stance (claim.statements is chronological);
        # `first_assertion`: the timeline's "first said it", the earliest source asserting it
        first = earliest(list(claim.statements))
        asserted = claim.first_report
        first_assertion = next((index[id(e)] for e in claim.statements if asserted is not None
                                and e.citation == asserted.citation and e.actor == asserted.actor), None)
        claims.append({"claim": claim.id, "label": claim.label, "status": claim.status,
                       "status_text": claim.status_text, "independent_sources": claim.independent_sources,
                       "frame": claim.frame, "terms": list(claim.terms),  # why its statements were joined
                       "first": index[id(first)] if first is not None else None,
                       "first_assertion": first_assertion})
    figures = [_figure(e, s.id) for s in picture.series for e in s.estimates]
    figures += [_figure(e, None) for e in picture.loose_figures]
    actors = [{"actor": a.id, "name": a.name, "kind": a.kind, "names": list(a.names), "org": a.org,
               "country": a.country, "why_joined": list(a.reasons)} for a in picture.actors]
    known = {a.id for a in picture.actors}
    for item in [*statements, *figures]:  # a name no actor claimed still gets a record of its own
        key = item.get("actor") if "actor" in item else item.get("holder")
        if key is not None and key not in known:
            known.add(key)
            actors.append({"actor": key, "name": item.get("speaker") or item.get("holder_name") or key,
                           "kind": "group", "names": [], "org": None, "country": None, "why_joined": []})
    # A document origin is itself; documents relaying one outlet's story outside the corpus share its first relay.
    first_of: dict[str, str] = {r.document: r.document for r in picture.reports}
    for r in picture.reports:
        first_of.setdefault(r.origin, r.origin if not r.origin.startswith("outlet:") else r.document)
    doc = _input_ids(picture)
    for item in [*statements, *figures]:
        item["doc"] = doc(item["doc"])
    return {
        "documents": [{"doc": doc(r.document), "origin": doc(first_of[r.origin]), "origin_reason": r.reason,
                       **({"stored_id": r.document} if doc(r.document) != r.document else {})}
                      for r in picture.reports],
        "actors": actors,
        "statements": statements,
        "claims": claims,
        "series": [{"series": s.id, "label": s.label, "unit": s.unit, "place": s.place,
                    "conservative": s.conservative} for s in picture.series],
        "figures": figures,
    }


def _input_ids(picture: Picture):
    """Document id -> the id its input gave it (a store numbers documents anew), where that id is unique."""
    given = Counter(r.source_id for r in picture.reports if r.source_id)
    unique = {source for source, n in given.items() if n == 1}
    mapping = {r.document: r.source_id for r in picture.reports if r.source_id in unique}
    return lambda document: mapping.get(document, document)


def _figure(e: Estimate, series: str | None) -> dict[str, Any]:
    q = to_dict(e.quantity)
    return {"doc": e.citation.document, "span": q["span"], "series": series, "holder": e.holder_id,
            "holder_name": e.holder, "value": q["value"], "low": q["low"], "high": q["high"],
            "said_on": e.said_on, "why": e.why or None}
