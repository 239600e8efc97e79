"""The brief renders the picture in Markdown and HTML, with a citation behind every line."""
from __future__ import annotations

import base64
import dataclasses
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "consolidate"))
from ostria_story import article, picture  # noqa: E402,F401 (picture is a fixture; the story is shared)

from claimwatch.consolidate import Picture, build_picture  # noqa: E402
from claimwatch.models import to_dict  # noqa: E402
from claimwatch.report import render_brief  # noqa: E402


def test_markdown_brief_has_claims_status_timeline_estimates_and_sources(picture: Picture) -> None:
    text = render_brief(picture, "md")
    assert text.startswith("# Situation brief")
    assert "### 1. Ostrian troops had crossed into Velna province" in text
    assert "**Status:** disputed: asserted by 3 independent sources, denied by Ostria's foreign ministry" in text
    assert "- 2025-03-11: Pat Ryder confirmed 10 days after Ana Varga. *Capital Wire, 2025-03-11*:" in text
    assert "### Ostrian troops in Velna" in text
    assert "Conservative figure: **2,000**" in text
    assert "Pat Ryder gives about 3,000, NATO gives 2,000–2,500" in text
    assert "'Pat' shortens 'Patrick'" in text


def test_every_timeline_line_is_cited(picture: Picture) -> None:
    text = render_brief(picture, "md")
    section = text.split("## Timeline", 1)[1].split("## Contradictions", 1)[0]
    lines = [line for line in section.splitlines() if line.startswith("- ")]
    assert len(lines) == 5  # first report, two confirmations (Ryder, NATO with its count), denial, non-denial
    assert all(re.search(r"\*[^*]+, \d{4}-\d{2}-\d{2}\*: “.+”$", line) for line in lines)


def test_markdown_charts_are_written_beside_the_brief(picture: Picture, tmp_path: Path) -> None:
    text = render_brief(picture, "md", chart_dir=tmp_path / "brief_charts", chart_prefix="brief_charts/")
    assert "![Ostrian troops in Velna](brief_charts/ostrian-troops-in-velna.svg)" in text
    assert (tmp_path / "brief_charts" / "ostrian-troops-in-velna.svg").read_text().lstrip().startswith("<?xml")


def test_html_brief_embeds_charts_as_data_uris(picture: Picture) -> None:
    page = render_brief(picture, "html")
    assert page.startswith("<!doctype html>")
    uri = re.search(r'src="data:image/svg\+xml;base64,([^"]+)"', page)
    assert uri and b"<svg" in base64.b64decode(uri.group(1))
    assert '<p class="status disputed">' in page
    assert "<summary>All 9 statements</summary>" in page


def test_html_escapes_document_text() -> None:
    sentence = "Mayor Lin Ito said the <script>alert(1)</script> tram & bus lines will open in June."
    picture = build_picture([article("x", "2025-03-16", "Coast <b>Gazette</b>", sentence,
                                     statements=[("Lin Ito", "assert", sentence, None, "said")])])
    page = render_brief(picture, "html")
    assert "<script>" not in page and "<b>Gazette" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; tram &amp; bus" in page


def test_html_links_only_web_addresses() -> None:
    sentence = "Mayor Lin Ito said the tram line will open in June."
    document, extraction, _ = article("x", "2025-03-16", "Coast Gazette", sentence,
                                      statements=[("Lin Ito", "assert", sentence, None, "said")])
    unsafe = (dataclasses.replace(document, url="javascript:alert(1)"), extraction, None)
    assert "javascript:" not in render_brief(build_picture([unsafe]), "html")
    assert 'href="https://example.org/x"' in render_brief(build_picture([(document, extraction, None)]), "html")


def test_the_picture_serialises_to_json(picture: Picture) -> None:
    data = json.loads(json.dumps(to_dict(picture)))
    assert data["claims"][0]["statements"][0]["citation"]["outlet"] == "Northern Herald"
