"""Estimate charts: each holder's figures over time, ranges as bars, the conservative figure as a line.

matplotlib with the Agg backend (no display needed); SVG for the HTML brief
(embedded as a data URI) and for files beside a Markdown brief.
"""
from __future__ import annotations

import base64
import io
from ..consolidate.records import EstimateSeries
from ..consolidate.timeline import day


def chart_svg(series: EstimateSeries) -> str | None:
    """The series as an SVG document, or None when it has fewer than two dated figures."""
    points = [(day(e.said_on), e) for e in series.estimates if day(e.said_on) and e.floor is not None]
    if len(points) < 2:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8.5, 3.2), dpi=100)
    try:
        holders = list(dict.fromkeys(e.holder for _, e in points))
        for n, holder in enumerate(holders):
            mine = [(d, e) for d, e in points if e.holder == holder]
            xs = [d for d, _ in mine]
            mids = [_middle(e) for _, e in mine]
            lows = [m - e.floor for (_, e), m in zip(mine, mids)]
            highs = [e.ceiling - m for (_, e), m in zip(mine, mids)]
            ax.errorbar(xs, mids, yerr=[lows, highs], fmt="o-" if len(mine) > 1 else "o", capsize=4,
                        label=holder, color=f"C{n % 10}")
        if series.conservative is not None:
            ax.axhline(series.conservative, linestyle="--", color="grey", linewidth=1,
                       label=f"conservative: {series.conservative:,.0f}")
        ax.set_title(series.label, fontsize=10)
        ax.set_ylabel(series.unit)
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %d"))
        ax.set_ylim(bottom=0)
        ax.grid(alpha=0.3)
        ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)  # beside, not on, the data
        fig.autofmt_xdate()
        fig.tight_layout()
        out = io.StringIO()
        fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
        return out.getvalue()
    finally:
        plt.close(fig)


def _middle(e) -> float:
    return e.value if e.value is not None else (e.floor + e.ceiling) / 2


def data_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")
