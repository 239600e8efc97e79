"""The brief: a situation report rendered from a Picture, in Markdown or HTML.

Every line of the brief carries its citation (outlet, date, sentence). Charts are
SVG: embedded as data URIs in HTML; written beside a Markdown file when one is
given, else left out (the figures are in the tables anyway).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import jinja2

from ..consolidate.estimates import figure
from ..consolidate.records import Claim, Estimate, EstimateSeries, Picture, TimelineEntry
from ..consolidate.situation import rank_claims, situation
from .charts import chart_svg, data_uri

KEY_CLAIMS = 12  # claims shown in full
OTHER_CLAIMS = 10  # single-report claims listed briefly after them


@dataclass(frozen=True)
class EstimateLine:
    estimate: Estimate
    copies: int  # other documents carrying the same figure from the same origin
    latest: bool


@dataclass(frozen=True)
class SeriesView:
    series: EstimateSeries
    chart: str | None  # a data URI (HTML) or a relative file path (Markdown)

    @property
    def lines(self) -> list[EstimateLine]:
        """One line per figure per origin: a wire story and its copies are one line."""
        latest = {id(e) for e in self.series.latest}
        groups: dict[tuple, list[Estimate]] = {}
        for e in self.series.estimates:
            groups.setdefault((e.origin, e.holder, e.value, e.low, e.high), []).append(e)
        out = []
        for same in groups.values():
            shown = next((e for e in same if e.citation.document == e.origin), same[0])
            out.append(EstimateLine(shown, len(same) - 1, any(id(e) in latest for e in same)))
        return out


@dataclass(frozen=True)
class TimelineLine:
    entry: TimelineEntry
    claim: Claim


@functools.lru_cache(maxsize=2)
def _environment(html: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("claimwatch.report", "templates"),
        autoescape=html, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined)
    env.filters["figure"] = figure
    env.filters["number"] = lambda x: "" if x is None else (f"{int(x):,}" if float(x).is_integer() else f"{x:,.1f}")
    env.filters["cell"] = lambda text: str(text or "").replace("|", "\\|").replace("\n", " ")
    env.filters["web_url"] = lambda url: url if url and url.lower().startswith(("http://", "https://")) else None
    return env


def key_claims(picture: Picture) -> tuple[list[Claim], list[Claim]]:
    """Claims worth a section (heard in two documents, or disputed), and the rest."""
    ranked = rank_claims(picture.claims)
    key = [c for c in ranked if c.documents >= 2 or c.status in ("disputed", "denied")
           or any(t.kind in ("non_denial", "decline") for t in c.timeline)]
    rest = [c for c in ranked if c not in key]
    return key[:KEY_CLAIMS], rest[:OTHER_CLAIMS]


def render_brief(picture: Picture, format: str = "md", chart_dir: Path | None = None,
                 chart_prefix: str = "") -> str:
    """The brief as Markdown ("md") or a self-contained HTML page ("html").

    Args:
        chart_dir: for Markdown, a folder to write chart SVGs into; None leaves charts out.
        chart_prefix: how the Markdown refers to that folder (relative to the brief).
    """
    html = format == "html"
    claims, others = key_claims(picture)
    views = []
    for series in picture.series:
        if len(series.estimates) < 2 and not (html or chart_dir):
            views.append(SeriesView(series, None))
            continue
        svg = chart_svg(series) if (html or chart_dir) else None
        chart = None
        if svg and html:
            chart = data_uri(svg)
        elif svg and chart_dir is not None:
            chart_dir.mkdir(parents=True, exist_ok=True)
            (chart_dir / f"{series.id}.svg").write_text(svg, encoding="utf-8")
            chart = f"{chart_prefix}{series.id}.svg"
        views.append(SeriesView(series, chart))
    shown = [v for v in views if len(v.series.estimates) >= 2][:8] or views[:3]
    timeline = sorted((TimelineLine(t, c) for c in claims for t in c.timeline),
                      key=lambda line: (line.entry.said_on or "9999", line.entry.citation.published or ""))
    template = _environment(html).get_template("brief.html.j2" if html else "brief.md.j2")
    return template.render(picture=picture, situation=situation(picture), claims=claims, others=others,
                           series=shown, timeline=timeline,
                           actors=[a for a in picture.actors if a.statements or a.reasons])
