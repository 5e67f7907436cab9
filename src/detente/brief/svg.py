"""Small hand-written SVG charts for the HTML brief (no plotting library needed).

``series_svg``: a dyad's cooperation (bars up, green) and conflict (bars down, red) per period.
``network_svg``: the signed network on a circle; green solid edges are positive, red dashed
negative, grey dotted ambivalent; stroke width grows with the edge weight.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from html import escape

from ..analysis import Bucket, Network
from ..analysis.names import display_name

COOPERATION, CONFLICT, NEUTRAL, INK = "#2e7d32", "#c62828", "#9e9e9e", "#333333"
MAX_NODES = 24


def series_svg(buckets: Sequence[Bucket], title: str, *, width: int = 520, height: int = 170):
    """A diverging bar chart of one dyad's series."""
    left, right, top, bottom = 36, 8, 22, 20
    plot_w, plot_h = width - left - right, height - top - bottom
    mid = top + plot_h / 2
    peak = max([1, *(b.cooperation for b in buckets), *(b.conflict for b in buckets)])
    scale = (plot_h / 2) / peak
    step = plot_w / max(len(buckets), 1)
    bars = []
    for i, b in enumerate(buckets):
        x = left + i * step + step * 0.1
        tip = escape(
            f"{b.start.isoformat()}: {b.cooperation} cooperative, {b.conflict} conflictual"
        )
        for count, colour, up in (
            (b.cooperation, COOPERATION, True),
            (b.conflict, CONFLICT, False),
        ):
            if count:
                h = count * scale
                y = mid - h if up else mid
                bars.append(
                    f'<rect x="{x:.1f}" y="{y:.1f}" width="{step * 0.8:.1f}" '
                    f'height="{h:.1f}" fill="{colour}"><title>{tip}</title></rect>'
                )
    labels = [
        _text(4, top + 4, f"+{peak}"),
        _text(4, top + plot_h, f"-{peak}"),
        _text(left, 14, title, weight="bold"),
    ]
    if buckets:
        labels += [
            _text(left, height - 4, buckets[0].start.isoformat()),
            _text(width - right, height - 4, buckets[-1].start.isoformat(), anchor="end"),
        ]
    axis = (
        f'<line x1="{left}" y1="{mid:.1f}" x2="{width - right}" y2="{mid:.1f}" '
        f'stroke="{INK}" stroke-width="0.5"/>'
    )
    return _svg(width, height, [axis, *bars, *labels], title)


def network_svg(net: Network, *, size: int = 440) -> str:
    """The signed network drawn on a circle (the busiest ``MAX_NODES`` actors)."""
    volume = Counter()
    for e in net.edges:
        volume[e.a] += e.events
        volume[e.b] += e.events
    nodes = sorted(n for n, _ in volume.most_common(MAX_NODES))
    width, centre, radius = size + 200, (size + 200) / 2, size / 2 - 50
    where = {
        n: (
            centre + radius * math.cos(2 * math.pi * i / max(len(nodes), 1) - math.pi / 2),
            size / 2 + 10 + radius * math.sin(2 * math.pi * i / max(len(nodes), 1) - math.pi / 2),
        )
        for i, n in enumerate(nodes)
    }
    heaviest = max([1, *(e.weight for e in net.edges)])
    parts = [_edge(e, where, heaviest) for e in net.edges if e.a in where and e.b in where]
    for n, (x, y) in where.items():
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{INK}"/>')
        parts.append(_node_label(x, y, centre, size / 2 + 10, display_name(n)))
    title = f"Signed network {net.since.isoformat()} to {net.until.isoformat()}"
    if len(nodes) < len(volume):
        title += f" ({len(nodes)} busiest of {len(volume)} actors)"
    parts.append(_text(8, 16, title, weight="bold"))
    return _svg(width, size + 20, parts, title)


def _node_label(x: float, y: float, cx: float, cy: float, name: str) -> str:
    """A label beside its node, pushed away from the circle's centre."""
    if abs(x - cx) < 1:
        return _text(x, y - 10 if y < cy else y + 18, name, anchor="middle")
    if x > cx:
        return _text(x + 9, y + 4, name)
    return _text(x - 9, y + 4, name, anchor="end")


def _edge(e, where, heaviest: int) -> str:
    (x1, y1), (x2, y2) = where[e.a], where[e.b]
    colour = COOPERATION if e.sign > 0 else CONFLICT if e.sign < 0 else NEUTRAL
    dash = (
        "" if e.sign > 0 else ' stroke-dasharray="6 4"' if e.sign < 0 else ' stroke-dasharray="2 3"'
    )
    width = 1 + 5 * e.weight / heaviest
    tip = escape(
        f"{display_name(e.a)} - {display_name(e.b)}: net {e.net_cooperation:+d} "
        f"over {e.events} events"
    )
    return (
        f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}" '
        f'stroke-width="{width:.1f}"{dash}><title>{tip}</title></line>'
    )


def _text(x: float, y: float, text: str, *, anchor: str = "start", weight: str = "normal"):
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="11" text-anchor="{anchor}" '
        f'font-weight="{weight}" fill="{INK}">{escape(text)}</text>'
    )


def _svg(width: int, height: int, parts: list[str], label: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}" '
        'font-family="sans-serif">' + "".join(parts) + "</svg>"
    )
