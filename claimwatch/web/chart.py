"""Estimate charts as hand-built SVG: one colour per holder, ranges as bars.

Drawn on the server so the page needs no JavaScript and no external library;
every label is escaped, and each point links to the sentence behind it.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date

from markupsafe import Markup, escape

WIDTH, HEIGHT = 720, 300
LEFT, RIGHT, TOP, BOTTOM = 72, 48, 22, 40
LEGEND_ROW = 18
PALETTE_SIZE = 8  # colours are CSS classes .holder-0 ... .holder-7 in style.css


@dataclass(frozen=True)
class ChartPoint:
    """One figure to draw: who gives it, when, value and/or range, and where it links."""

    holder: str
    day: str | None  # ISO date, month or year
    value: float | None
    low: float | None = None
    high: float | None = None
    href: str | None = None
    label: str = ""


def first_day(value: str | None) -> date | None:
    """The first day of an ISO date, month ("2024-10") or year ("2024"); None if unreadable."""
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        numbers = [int(p) for p in parts[:3]]
        return date(numbers[0], numbers[1] if len(numbers) > 1 else 1, numbers[2] if len(numbers) > 2 else 1)
    except (ValueError, IndexError):
        return None


def estimate_chart(points: list[ChartPoint], unit: str = "") -> Markup:
    """An SVG chart of the points that have a date and a number; empty markup if none do."""
    drawable = [(first_day(p.day), _finite(p)) for p in points]
    drawable = [(d, p) for d, p in drawable if d is not None and _top(p) is not None]
    if not drawable:
        return Markup("")
    holders = list(dict.fromkeys(p.holder for _, p in drawable))
    legend_rows = math.ceil(len(holders) / 3)
    height = HEIGHT + legend_rows * LEGEND_ROW
    days = [d.toordinal() for d, _ in drawable]
    x0, x1 = min(days), max(days)
    if x0 == x1:
        x0, x1 = x0 - 1, x1 + 1
    values = [v for _, p in drawable for v in (p.value, p.low, p.high) if v is not None]
    y0, y1 = min(0.0, min(values)), max(values)
    ticks = _nice_ticks(y0, y1 + (y1 - y0) * 0.05)  # headroom, so the top point is not cut by the edge
    y1 = max(y1, ticks[-1])
    if y1 == y0:
        y1 = y0 + 1
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def sx(day: int) -> float:
        return LEFT + (day - x0) / (x1 - x0) * plot_w

    def sy(value: float) -> float:
        return TOP + plot_h - (value - y0) / (y1 - y0) * plot_h

    parts = [f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" '
             f'xmlns="http://www.w3.org/2000/svg" aria-label="{escape(_aria(unit, holders))}">']
    for tick in ticks:
        y = sy(tick)
        parts.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>')
        parts.append(f'<text class="tick" x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">'
                     f'{escape(_short_number(tick))}</text>')
    for day in _day_ticks(x0, x1):
        x = sx(day)
        parts.append(f'<text class="tick" x="{x:.1f}" y="{TOP + plot_h + 18}" text-anchor="middle">'
                     f'{date.fromordinal(day).isoformat()}</text>')
    parts.append(f'<line class="axis" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{TOP + plot_h}" y2="{TOP + plot_h}"/>')
    if unit:
        parts.append(f'<text class="unit" x="{LEFT}" y="{TOP - 8}">{escape(unit)}</text>')
    for day, point in drawable:
        colour = holders.index(point.holder) % PALETTE_SIZE
        x = sx(day.toordinal())
        parts.append(_point(point, x, sy, colour))
    for n, holder in enumerate(holders):
        lx = LEFT + (n % 3) * (plot_w / 3)
        ly = HEIGHT + (n // 3) * LEGEND_ROW
        parts.append(f'<g class="legend holder-{n % PALETTE_SIZE}"><circle cx="{lx + 5:.1f}" cy="{ly - 4}" r="5"/>'
                     f'<text x="{lx + 14:.1f}" y="{ly}">{escape(_clip(holder, 30))}</text></g>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _point(point: ChartPoint, x: float, sy, colour: int) -> str:
    title = point.label or f"{point.holder}: {_short_number(_top(point) or 0)}"
    shapes = [f"<title>{escape(title)}</title>"]
    if point.low is not None and point.high is not None:
        top, bottom = sy(point.high), sy(point.low)
        shapes.append(f'<line class="range" x1="{x:.1f}" x2="{x:.1f}" y1="{top:.1f}" y2="{bottom:.1f}"/>'
                      f'<line class="range" x1="{x - 5:.1f}" x2="{x + 5:.1f}" y1="{top:.1f}" y2="{top:.1f}"/>'
                      f'<line class="range" x1="{x - 5:.1f}" x2="{x + 5:.1f}" y1="{bottom:.1f}" y2="{bottom:.1f}"/>')
    if point.value is not None:
        shapes.append(f'<circle cx="{x:.1f}" cy="{sy(point.value):.1f}" r="5"/>')
    body = "".join(shapes)
    if point.href:
        body = f'<a href="{escape(point.href)}">{body}</a>'
    return f'<g class="point holder-{colour}">{body}</g>'


def _finite(point: ChartPoint) -> ChartPoint:
    """The point without infinite or NaN numbers, which cannot be placed on an axis."""
    def ok(value: float | None) -> float | None:
        return value if value is not None and math.isfinite(value) else None
    return replace(point, value=ok(point.value), low=ok(point.low), high=ok(point.high))


def _top(point: ChartPoint) -> float | None:
    return point.value if point.value is not None else point.high


def _nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values (1, 2, 5 x 10^n steps) covering [low, high]."""
    span = high - low or abs(high) or 1.0
    raw = span / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    start = math.floor(low / step) * step
    ticks = []
    value = start
    while value < high + step * 0.999 and len(ticks) < 12:
        ticks.append(value)
        value += step
    return ticks


def _day_ticks(x0: int, x1: int, count: int = 4) -> list[int]:
    if x1 - x0 <= 2:
        return sorted({x0, x1})
    return sorted({round(x0 + (x1 - x0) * k / count) for k in range(count + 1)})


def _short_number(value: float) -> str:
    magnitude = abs(value)
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if magnitude >= limit:
            return f"{value / limit:.3g}{suffix}"
    return f"{value:.3g}"


def _clip(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def _aria(unit: str, holders: list[str]) -> str:
    return f"Estimates of {unit or 'a quantity'} by {', '.join(holders)}"
