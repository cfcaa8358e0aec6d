"""Server-side SVG charts: line and bar charts with axes, tick labels and an accessible
<title>/<desc>, as plain markup (no script, no inline style, so the page's CSP holds and
the chart prints). Pure functions: numbers in, SVG text out."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

# Colour-blind-safe palette (Okabe-Ito), dark enough on white for 3:1 contrast.
PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#56647a", "#b08800", "#7a3e9d", "#2f6f4f")

WIDTH, HEIGHT = 640, 280
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 16, 56


@dataclass
class Series:
    name: str
    values: list[float | None]          # one per x label; None = no data (a gap)
    # What a rate is out of, one per value ("1 of 1"): read beside the rate on the point,
    # so 100% from one reply is not mistaken for 100% from a hundred.
    counts: list[str] | None = None

    def count_at(self, index: int) -> str:
        return self.counts[index] if self.counts and index < len(self.counts) else ""


@dataclass
class Chart:
    title: str
    desc: str
    labels: list[str]                   # x axis
    series: list[Series] = field(default_factory=list)
    y_label: str = ""
    y_max: float | None = None          # e.g. 100 for percentages, 5 for scores
    y_suffix: str = ""                  # e.g. "%"
    whole_numbers: bool = False         # counts: ticks 0, 1, 2 ..., never 0.2 of a message
    min_points: int = 1                 # fewer points than this: "not enough data yet"
    empty_words: str = "nothing counted yet"


# Point labels beside the dots and bars only while they stay readable.
MAX_LABELLED_POINTS = 12


def point_count(chart: Chart) -> int:
    """How many values the chart would draw (gaps are not points)."""
    return sum(value is not None for series in chart.series for value in series.values)


def not_enough_data(chart: Chart) -> str | None:
    """Why the chart is not worth drawing, in the words shown instead of it, or None.
    A line needs two points to be a trend; an axis of empty weeks says nothing."""
    drawn = point_count(chart)
    if drawn == 0:
        return f"Not enough data yet: {chart.empty_words}."
    if drawn < chart.min_points:
        what = "point" if drawn == 1 else "points"
        return (f"Not enough data yet: {drawn} {what} so far; the chart needs at least "
                f"{chart.min_points}.")
    return None


def nice_ticks(top: float, count: int = 5, whole_numbers: bool = False) -> list[float]:
    """0 .. a round number >= top, in 1/2/5 x 10^n steps; whole steps only for counts."""
    if top <= 0 or math.isnan(top):
        return [0.0, 1.0]
    raw = top / count
    if whole_numbers:
        raw = max(raw, 1.0)
    magnitude = 10 ** math.floor(math.log10(raw))
    steps = (1, 2, 5, 10) if whole_numbers else (1, 2, 2.5, 5, 10)
    step = next(m * magnitude for m in steps if m * magnitude >= raw)
    ticks, value = [], 0.0
    while value < top - 1e-9:
        ticks.append(value)
        value += step
    ticks.append(value)
    return ticks


def format_number(value: float) -> str:
    if abs(value - round(value)) < 1e-9:
        return f"{int(round(value)):,}"
    return f"{value:,.1f}"


def _open_svg(chart: Chart, chart_id: str, kind: str) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-{kind}" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" focusable="false">',
        f'<title id="{chart_id}-title">{escape(chart.title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(chart.desc)}</desc>',
    ]


def _axes(chart: Chart, ticks: list[float], x_positions: list[float]) -> list[str]:
    plot_bottom = HEIGHT - BOTTOM
    top = ticks[-1]
    parts = ['<g class="axes" font-size="11" fill="#3b4552" aria-hidden="true">']
    for tick in ticks:
        y = plot_bottom - (tick / top) * (plot_bottom - TOP) if top else plot_bottom
        parts.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e3e7ec"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">'
                     f'{escape(format_number(tick) + chart.y_suffix)}</text>')
    parts.append(f'<line x1="{LEFT}" x2="{LEFT}" y1="{TOP}" y2="{plot_bottom}" stroke="#55606e"/>')
    parts.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{plot_bottom}" y2="{plot_bottom}" stroke="#55606e"/>')
    every = max(1, math.ceil(len(chart.labels) / 12))  # at most ~12 labels fit
    # With no labels there is still one x position (the axis needs a slot), so the two may differ.
    for index, (label, x) in enumerate(zip(chart.labels, x_positions, strict=False)):
        if index % every == 0 or index == len(chart.labels) - 1 and len(chart.labels) <= 12:
            parts.append(f'<text x="{x:.1f}" y="{plot_bottom + 16}" text-anchor="middle">{escape(label)}</text>')
    if chart.y_label:
        parts.append(f'<text x="14" y="{(TOP + plot_bottom) / 2:.1f}" text-anchor="middle" '
                     f'transform="rotate(-90 14 {(TOP + plot_bottom) / 2:.1f})">{escape(chart.y_label)}</text>')
    parts.append("</g>")
    return parts


def _legend(chart: Chart) -> list[str]:
    if len(chart.series) < 2:
        return []
    parts = ['<g class="legend" font-size="11" fill="#1b2430">']
    x = LEFT
    y = HEIGHT - 14
    for index, series in enumerate(chart.series):
        colour = PALETTE[index % len(PALETTE)]
        parts.append(f'<rect x="{x}" y="{y - 9}" width="10" height="10" fill="{colour}"/>')
        parts.append(f'<text x="{x + 14}" y="{y}">{escape(series.name)}</text>')
        x += 24 + 7 * len(series.name)
    parts.append("</g>")
    return parts


def _top(chart: Chart) -> float:
    values = [v for s in chart.series for v in s.values if v is not None]
    return chart.y_max if chart.y_max is not None else max(values, default=0) or 1


def _ticks(chart: Chart) -> list[float]:
    return nice_ticks(_top(chart), whole_numbers=chart.whole_numbers)


def _point_words(chart: Chart, series: Series, index: int, value: float) -> str:
    count = series.count_at(index)
    return format_number(value) + chart.y_suffix + (f" ({count})" if count else "")


def _point_label(x: float, y: float, words: str) -> str:
    """The count beside a point, visible without hovering (hover needs a mouse); near the
    right edge it reads leftwards so it is not cut off."""
    anchor = "end" if x > WIDTH - RIGHT - 60 else "middle"
    return (f'<text class="point-label" x="{x + (4 if anchor == "end" else 0):.1f}" y="{max(y - 7, TOP + 9):.1f}" '
            f'font-size="10" fill="#1b2430" text-anchor="{anchor}" aria-hidden="true">{escape(words)}</text>')


def line_chart(chart: Chart, chart_id: str) -> str:
    """Lines with a dot per point; a None breaks the line. Each dot carries a <title>
    so hovering (or a screen reader exploring the SVG) reads the exact value."""
    ticks = _ticks(chart)
    top = ticks[-1]
    n = max(len(chart.labels), 1)
    span = WIDTH - LEFT - RIGHT
    xs = [LEFT + span * (i + 0.5) / n for i in range(n)]
    labelled = point_count(chart) <= MAX_LABELLED_POINTS
    plot_bottom = HEIGHT - BOTTOM
    parts = _open_svg(chart, chart_id, "line") + _axes(chart, ticks, xs)
    for index, series in enumerate(chart.series):
        colour = PALETTE[index % len(PALETTE)]
        segments: list[list[str]] = [[]]
        dots = []
        # A series may be shorter than the labels (a week with no rows): it stops where its values do.
        for i, (x, value, label) in enumerate(zip(xs, series.values, chart.labels, strict=False)):
            if value is None:
                segments.append([])
                continue
            y = plot_bottom - (value / top) * (plot_bottom - TOP)
            segments[-1].append(f"{x:.1f},{y:.1f}")
            words = _point_words(chart, series, i, value)
            dots.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}"><title>'
                        f'{escape(f"{series.name}, {label}: {words}")}</title></circle>')
            if labelled and series.count_at(i):
                dots.append(_point_label(x, y, words))
        parts.append(f'<g class="series" data-series={quoteattr(series.name)}>')
        for points in segments:
            if len(points) > 1:
                parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{" ".join(points)}"/>')
        parts.extend(dots)
        parts.append("</g>")
    parts += _legend(chart)
    parts.append("</svg>")
    return "\n".join(parts)


def bar_chart(chart: Chart, chart_id: str) -> str:
    """Grouped bars, one group per x label, one bar per series."""
    ticks = _ticks(chart)
    top = ticks[-1]
    n = max(len(chart.labels), 1)
    span = WIDTH - LEFT - RIGHT
    group = span / n
    xs = [LEFT + group * (i + 0.5) for i in range(n)]
    plot_bottom = HEIGHT - BOTTOM
    k = max(len(chart.series), 1)
    bar = max(group * 0.8 / k, 1)
    parts = _open_svg(chart, chart_id, "bar") + _axes(chart, ticks, xs)
    for index, series in enumerate(chart.series):
        colour = PALETTE[index % len(PALETTE)]
        parts.append(f'<g class="series" data-series={quoteattr(series.name)}>')
        for i, (value, label) in enumerate(zip(series.values, chart.labels, strict=False)):
            if value is None:
                continue
            height = (value / top) * (plot_bottom - TOP) if top else 0
            x = LEFT + group * i + group * 0.1 + bar * index
            words = _point_words(chart, series, i, value)
            parts.append(f'<rect x="{x:.1f}" y="{plot_bottom - height:.1f}" width="{bar:.1f}" '
                         f'height="{height:.1f}" fill="{colour}"><title>'
                         f'{escape(f"{series.name}, {label}: {words}")}</title></rect>')
            if series.count_at(i) and point_count(chart) <= MAX_LABELLED_POINTS:
                parts.append(_point_label(x + bar / 2, plot_bottom - height, words))
        parts.append("</g>")
    parts += _legend(chart)
    parts.append("</svg>")
    return "\n".join(parts)
