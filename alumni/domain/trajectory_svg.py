"""The trajectory layout (alumni/domain/trajectory.py) as SVG markup, drawn the way the
dashboard's charts are (alumni/domain/charts.py): no script, no inline style, a <title>
and <desc> for screen readers, and a <title> on every marker for its exact words. Pure."""
from __future__ import annotations

from collections.abc import Mapping
from xml.sax.saxutils import escape, quoteattr

from alumni.domain.trajectory import Marker, TrajectoryLayout, say

AXIS_COLOUR, GRID_COLOUR, TEXT_COLOUR = "#55606e", "#e3e7ec", "#3b4552"


def _shape(marker: Marker) -> str:
    x, y, colour = marker.x, marker.y, marker.colour
    if marker.shape == "ring":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="#ffffff" stroke="{colour}" stroke-width="2">'
    if marker.shape == "triangle":
        return (f'<polygon points="{x:.1f},{y - 6:.1f} {x + 6:.1f},{y + 5:.1f} {x - 6:.1f},{y + 5:.1f}" '
                f'fill="{colour}">')
    if marker.shape == "diamond":
        return f'<polygon points="{x:.1f},{y - 6:.1f} {x + 6:.1f},{y:.1f} {x:.1f},{y + 6:.1f} {x - 6:.1f},{y:.1f}" ' \
               f'fill="{colour}">'
    if marker.shape == "square":
        return f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" fill="{colour}">'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{colour}">'


def _closing(marker: Marker) -> str:
    return "</circle>" if marker.shape in ("dot", "ring") else "</polygon>" if marker.shape in (
        "triangle", "diamond") else "</rect>"


def _strips(layout: TrajectoryLayout) -> list[str]:
    parts = ['<g class="strips" font-size="11" fill="' + TEXT_COLOUR + '" aria-hidden="true">']
    for strip in layout.strips:
        parts.append(f'<rect x="{layout.plot_left:.1f}" y="{strip.top:.1f}" '
                     f'width="{layout.plot_right - layout.plot_left:.1f}" height="{strip.bottom - strip.top:.1f}" '
                     f'fill="none" stroke="{GRID_COLOUR}"/>')
        middle = (strip.top + strip.bottom) / 2
        name_y = strip.top + 12 if strip.ticks else middle + 4
        parts.append(f'<text x="8" y="{name_y:.1f}">{escape(strip.name)}</text>')
        for words, y in strip.ticks:
            parts.append(f'<line x1="{layout.plot_left:.1f}" x2="{layout.plot_right:.1f}" y1="{y:.1f}" '
                         f'y2="{y:.1f}" stroke="{GRID_COLOUR}"/>')
            parts.append(f'<text x="{layout.plot_left - 6:.1f}" y="{y + 4:.1f}" text-anchor="end">'
                         f'{escape(words)}</text>')
    parts.append("</g>")
    return parts


def _axis(layout: TrajectoryLayout, words: Mapping[str, str] | None) -> list[str]:
    bottom = layout.strips[-1].bottom if layout.strips else layout.height
    parts = [f'<g class="axes" font-size="11" fill="{TEXT_COLOUR}" aria-hidden="true">',
             f'<line x1="{layout.plot_left:.1f}" x2="{layout.plot_right:.1f}" y1="{bottom:.1f}" y2="{bottom:.1f}" '
             f'stroke="{AXIS_COLOUR}"/>']
    for day, x in layout.x_ticks:
        parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{bottom:.1f}" y2="{bottom + 4:.1f}" '
                     f'stroke="{AXIS_COLOUR}"/>')
        parts.append(f'<text x="{x:.1f}" y="{bottom + 16:.1f}" text-anchor="middle">{day}</text>')
    parts.append(f'<text x="{(layout.plot_left + layout.plot_right) / 2:.1f}" y="{bottom + 32:.1f}" '
                 f'text-anchor="middle">{escape(say(words, "Days since discharge"))}</text>')
    top = layout.strips[0].top if layout.strips else 0
    for at, name, colour in ((layout.discharge_x, "discharge", AXIS_COLOUR), (layout.today_x, "today", "#1b2430")):
        if at is not None:
            parts.append(f'<line class="marker-{name}" x1="{at:.1f}" x2="{at:.1f}" y1="{top:.1f}" y2="{bottom:.1f}" '
                         f'stroke="{colour}" stroke-dasharray="3 3"/>')
            parts.append(f'<text x="{at - 3:.1f}" y="{top + 10:.1f}" text-anchor="end" font-size="10">'
                         f'{escape(say(words, name))}</text>')
    parts.append("</g>")
    return parts


def trajectory_svg(layout: TrajectoryLayout, chart_id: str, title: str, desc: str,
                   described_by: str | None = None, words: Mapping[str, str] | None = None) -> str:
    """The figure; `described_by` names the element (outside the SVG) that says where the
    same points are listed as a table."""
    described = f"{chart_id}-desc" + (f" {described_by}" if described_by else "")
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-trajectory" '
        f'viewBox="0 0 {layout.width} {layout.height:.0f}" role="img" aria-labelledby="{chart_id}-title" '
        f'aria-describedby="{described}" focusable="false">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>',
    ]
    parts += _strips(layout) + _axis(layout, words)
    for line in layout.lines:
        if len(line.points) > 1:
            points = " ".join(f"{x:.1f},{y:.1f}" for x, y in line.points)
            parts.append(f'<polyline class="line-{line.kind}" data-series={quoteattr(line.name)} fill="none" '
                         f'stroke="{line.colour}" stroke-width="2" points="{points}"/>')
    for marker in layout.markers:
        parts.append(f'<g class="point point-{marker.kind}">{_shape(marker)}<title>{escape(marker.words)}</title>'
                     f'{_closing(marker)}')
        if marker.text:
            parts.append(f'<text x="{marker.x + 7:.1f}" y="{marker.y + 4:.1f}" font-size="10" fill="#1b2430" '
                         f'aria-hidden="true">{escape(marker.text)}</text>')
        parts.append("</g>")
    parts.append(_legend(layout))
    parts.append("</svg>")
    return "\n".join(parts)


def _legend(layout: TrajectoryLayout) -> str:
    """The score lines' names in their colours (lanes are named at their left)."""
    parts = ['<g class="legend" font-size="11" fill="#1b2430" aria-hidden="true">']
    x, y = layout.plot_left, layout.height - 4
    for line in layout.lines:
        parts.append(f'<rect x="{x:.1f}" y="{y - 9:.1f}" width="10" height="10" fill="{line.colour}"/>')
        parts.append(f'<text x="{x + 14:.1f}" y="{y:.1f}">{escape(line.name)}</text>')
        x += 28 + 7 * len(line.name)
    parts.append("</g>")
    return "".join(parts)
