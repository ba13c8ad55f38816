"""Charts as server-drawn SVG: no script, nothing fetched, readable without colour alone.

Every chart is a plain function from numbers to markup; labels are escaped. Colour is set
with presentation attributes (``fill``), which the pages' CSP allows (it forbids inline styles).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

INK = "#39322d"
BAR = "#3b6ea5"
FAINT = "#e8e2da"
HIDDEN = "#b9b2a8"  # a bar whose number is held back (< 10)


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: int
    shown: str  # what the reader is told: the number, or "< 10"


def _svg(width: int, height: int, label: str, body: list[str]) -> Markup:
    return Markup(
        f'<svg class="stats-chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}"'
        f' xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMinYMin meet">{"".join(body)}</svg>'
    )


def _text(x: float, y: float, words: str, *, anchor: str = "start", size: int = 11, fill: str = INK) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" fill="{fill}">'
        f"{escape(words)}</text>"
    )


def heat_strip(days: Sequence[str], values: Sequence[Sequence[int]], label: str) -> Markup:
    """Rows of days, 24 hour cells each, darker for more."""
    cell, left, top = 22, 86, 18
    peak = max((v for row in values for v in row), default=0) or 1
    body = [_text(left + h * cell + cell / 2, 12, str(h), anchor="middle", size=9) for h in range(0, 24, 3)]
    for r, (day, row) in enumerate(zip(days, values, strict=True)):
        y = top + r * cell
        body.append(_text(0, y + cell * 0.7, day))
        for h, value in enumerate(row):
            fill, opacity = (FAINT, 1.0) if value == 0 else (BAR, 0.15 + 0.85 * value / peak)
            body.append(
                f'<rect x="{left + h * cell}" y="{y}" width="{cell - 2}" height="{cell - 2}" rx="3" '
                f'fill="{fill}" fill-opacity="{opacity:.2f}">'
                f"<title>{escape(day)} {h}時 {value}</title></rect>"
            )
    return _svg(left + 24 * cell, top + len(days) * cell + 4, label, body)


def columns(
    bars: Sequence[Bar], label: str, *, every: int = 1, second: Sequence[int] | None = None
) -> Markup:
    """Vertical bars (a label under every ``every``-th); ``second`` draws a darker inner series."""
    width, height, bottom = max(6, min(28, 720 // max(1, len(bars)))), 160, 40
    peak = max([b.value for b in bars] + list(second or []) + [1])
    body = [f'<line x1="0" y1="{height}" x2="{width * len(bars)}" y2="{height}" stroke="{INK}"/>']
    for i, bar in enumerate(bars):
        x = i * width
        tall = height * bar.value / peak
        body.append(
            f'<rect x="{x + 1}" y="{height - tall:.1f}" width="{width - 2}" height="{tall:.1f}" fill="{BAR}" '
            f'fill-opacity="0.45"><title>{escape(bar.label)} {escape(bar.shown)}</title></rect>'
        )
        if second is not None:
            inner = height * second[i] / peak
            body.append(
                f'<rect x="{x + 2}" y="{height - inner:.1f}" width="{width - 4}" '
                f'height="{inner:.1f}" fill="{BAR}"/>'
            )
        if i % every == 0:
            body.append(_text(x, height + 14, bar.label, size=10))
    body.append(_text(0, 10, f"最大 {peak}", size=10))
    return _svg(width * len(bars) + 40, height + bottom, label, body)


def rows_of_bars(bars: Sequence[Bar], label: str) -> Markup:
    """Horizontal bars with their numbers; a held-back number shows as a grey stub and « < 10 »."""
    left, bar_h, width = 150, 20, 360
    peak = max([b.value for b in bars if b.shown != "< 10"] + [1])
    body = [] if bars else [_text(0, 14, "まだ ありません")]
    for i, bar in enumerate(bars):
        y = i * (bar_h + 6)
        body.append(_text(0, y + 14, bar.label))
        if bar.shown == "< 10":
            body.append(f'<rect x="{left}" y="{y}" width="6" height="{bar_h}" fill="{HIDDEN}"/>')
            body.append(_text(left + 12, y + 14, "< 10", fill="#555"))
            continue
        long = width * bar.value / peak
        body.append(f'<rect x="{left}" y="{y}" width="{long:.1f}" height="{bar_h}" rx="2" fill="{BAR}"/>')
        body.append(_text(left + long + 6, y + 14, bar.shown))
    return _svg(left + width + 60, max(1, len(bars)) * (bar_h + 6), label, body)


def matrix(labels: Sequence[str], cells: Sequence[Sequence[Bar]], label: str) -> Markup:
    """From (rows) → to (columns); each cell shaded by its count and labelled with what is shown."""
    return matrix_wide(labels, labels, cells, label)


def matrix_wide(
    labels: Sequence[str], heads: Sequence[str], cells: Sequence[Sequence[Bar]], label: str
) -> Markup:
    """Rows × columns of shaded cells, each labelled with what is shown."""
    cell, left, top = 40, 96, 70
    peak = max([b.value for row in cells for b in row if b.shown != "< 10"] + [1])
    body = []
    for c, name in enumerate(heads):
        x = left + c * cell + cell / 2
        body.append(
            f'<text x="{x:.1f}" y="{top - 6}" font-size="10" fill="{INK}" '
            f'transform="rotate(-45 {x:.1f} {top - 6})">{escape(name)}</text>'
        )
    for r, (name, row) in enumerate(zip(labels, cells, strict=True)):
        y = top + r * cell
        body.append(_text(0, y + cell * 0.6, name))
        for c, bar in enumerate(row):
            x = left + c * cell
            if bar.value == 0:
                fill, opacity = FAINT, 1.0
            elif bar.shown == "< 10":
                fill, opacity = HIDDEN, 0.5
            else:
                fill, opacity = BAR, 0.2 + 0.8 * bar.value / peak
            body.append(
                f'<rect x="{x}" y="{y}" width="{cell - 2}" height="{cell - 2}" fill="{fill}" '
                f'fill-opacity="{opacity:.2f}"><title>{escape(bar.label)} {escape(bar.shown)}</title></rect>'
            )
            if bar.value:
                body.append(
                    _text(
                        x + cell / 2 - 1, y + cell * 0.58, bar.shown.replace(" ", ""), anchor="middle", size=9
                    )
                )
    return _svg(left + len(heads) * cell + 4, top + len(labels) * cell + 4, label, body)
