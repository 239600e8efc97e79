"""End to end: the sample corpus through extraction into a picture.

Assertions are tolerant: extraction improves over time, and these check only what
any reasonable extraction of these articles must give.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimwatch.consolidate import build_picture
from claimwatch.pipeline import extract_files
from claimwatch.report import render_brief

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus.jsonl"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def triples():
    return extract_files([str(CORPUS)])


def test_the_sample_corpus_meets_its_own_brief() -> None:
    articles = [json.loads(line) for line in CORPUS.read_text().splitlines()]
    days = sorted(a["published"] for a in articles)
    assert len(articles) >= 15
    assert len({a["outlet"] for a in articles}) >= 6
    assert (int(days[-1][8:]) - int(days[0][8:])) >= 14 and days[0][:7] == days[-1][:7]
    assert any("citing" in a["text"] for a in articles)
    assert any("denied" in a["text"] for a in articles) and any("would not deny" in a["text"] for a in articles)


def test_exact_copies_are_marked_as_duplicates(triples) -> None:
    duplicates = {d.id: dup for d, _, dup in triples if dup}
    assert duplicates == {"ht-1104-sabotage": "mw-1104-sabotage", "ht-1111-ocha": "mw-1111-ocha"}


def test_picture_of_the_sample_corpus(triples) -> None:
    picture = build_picture(triples, topic="Torva")
    assert picture.documents >= 15
    assert picture.independent_reports < picture.documents  # copies and re-reports fold in
    assert any(c.independent_sources >= 2 for c in picture.claims)
    assert any(s.unit == "deaths" and len(s.estimates) >= 3 for s in picture.series)
    # one actor per person, however the articles name them ("Irina Sova", "Sova", "A former safety
    # inspector"): extraction may already give the full name everywhere, so count actors, not names
    people = [a for a in picture.actors if a.kind == "person"]
    surnames = [a.names[0].split()[-1] for a in people]
    assert len(surnames) == len(set(surnames)) and "Sova" in surnames
    text = render_brief(picture, "md")
    assert "## Key claims" in text and "Torva" in text
