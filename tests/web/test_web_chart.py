"""Server-drawn estimate charts: one colour per holder, ranges as bars, text escaped."""
from __future__ import annotations

import re

from claimwatch.web.chart import ChartPoint, estimate_chart, first_day


def test_points_ranges_and_legend():
    svg = str(estimate_chart([
        ChartPoint("Ministry", "2026-03-02", 40, href="#e-0"),
        ChartPoint("Red Cross", "2026-03-05", None, low=50, high=70, href="#e-1"),
        ChartPoint("Ministry", "2026-03-09", 55),
    ], "vessels"))
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert svg.count("<circle") == 2 + 2  # two values, two legend dots
    assert svg.count('class="range"') == 3  # one bar with two caps
    assert 'href="#e-1"' in svg and ">Red Cross<" in svg and ">vessels<" in svg
    assert svg.count("holder-0") == 3 and svg.count("holder-1") == 2  # two Ministry points + legend


def test_higher_values_are_drawn_higher():
    svg = str(estimate_chart([ChartPoint("A", "2026-01-01", 10), ChartPoint("A", "2026-01-02", 90)]))
    ys = [float(y) for y in re.findall(r'<circle cx="[\d.]+" cy="([\d.]+)"', svg)[:2]]
    assert ys[0] > ys[1]


def test_labels_are_escaped():
    svg = str(estimate_chart([ChartPoint("<script>x</script>", "2026-01-01", 1, label="a<b")], "m&m"))
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "m&amp;m" in svg


def test_numbers_that_cannot_be_placed_are_left_out():
    svg = str(estimate_chart([ChartPoint("A", "2026-01-01", float("inf")), ChartPoint("B", "2026-01-02", 3)]))
    assert svg.count('class="point') == 1 and "inf" not in svg


def test_nothing_to_draw_gives_nothing():
    assert str(estimate_chart([ChartPoint("A", None, 5), ChartPoint("B", "2026-01-01", None)])) == ""


def test_first_day_of_partial_dates():
    assert str(first_day("2026-03")) == "2026-03-01" and str(first_day("2026")) == "2026-01-01"
    assert first_day("soon") is None and first_day(None) is None
