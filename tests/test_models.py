"""The one JSON serialisation of extraction records."""
from __future__ import annotations

import json

from claimwatch.models import Entity, Extraction, Quantity, Statement, TimeExpr


def sample() -> Extraction:
    return Extraction(
        id="doc-1",
        statements=[Statement(speaker="Ana Ruiz", stance="deny", span=(0, 30), said_on="2025-02-03",
                              cue="denied", content="the dam had failed", content_span=(12, 30))],
        quantities=[Quantity(text="about 1,200 homes", span=(40, 57), value=1200.0, approx=True,
                             unit="homes", holder="Ana Ruiz")],
        times=[TimeExpr(text="Monday", value="2025-02-03", span=(60, 66))],
        entities=[Entity(text="Ana Ruiz", label="PERSON", span=(0, 8))],
        published="2025-02-04",
    )


def test_to_dict_follows_the_format_contract():
    data = sample().to_dict()
    assert data["id"] == "doc-1"
    assert data["statements"][0]["span"] == [0, 30]
    assert data["statements"][0]["stance"] == "deny"
    # whole numbers are written as integers, so 1200 reads as 1200, not 1200.0
    assert data["quantities"][0]["value"] == 1200
    assert isinstance(data["quantities"][0]["value"], int)
    assert data["times"][0] == {"text": "Monday", "value": "2025-02-03", "span": [60, 66],
                                "type": "DATE", "anchor": None}
    json.dumps(data)  # plain JSON, nothing exotic


def test_round_trip_through_json_is_lossless():
    record = sample()
    again = Extraction.from_dict(json.loads(json.dumps(record.to_dict())))
    assert again == record


def test_from_dict_ignores_unknown_keys():
    data = sample().to_dict()
    data["statements"][0]["confidence"] = 0.9
    assert Extraction.from_dict(data).statements[0].speaker == "Ana Ruiz"
