"""A dot plot of disputed values by source, drawn as inline SVG (no script, no network).

Each value of a conflict is placed on one axis: a number at its value, a date over the span it
names ("2013" is the whole year, "October 2013" the month), a range over its ends. Each row is a
source; a precise value is a dot, a span a bar, so a reader sees at once who says what, and
which values merely fit each other.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from factbase.analysis.facts.comparators import COMPARATOR_WORDS
from factbase.analysis.facts.dates import MONTH_NAMES

WIDTH, ROW, LEFT, RIGHT, TOP = 720, 26, 120, 110, 8
COLOURS = ("#c0392b", "#2471a3", "#1e8449", "#b9770e", "#7d3c98", "#566573")
_NUMBER = re.compile(r"^\d[\d,]*(?:\.\d+)?$")
_DAYS = 365.25


@dataclass(frozen=True)
class Mark:
    """One value as one source gives it: ``lo``/``hi`` on the axis (equal for a dot)."""

    source: str
    label: str
    lo: float
    hi: float
    colour: int


def _number(text: str) -> float | None:
    words = text.split()
    while words and " ".join(words[:2]) in COMPARATOR_WORDS.values():
        words = words[2:]
    if words and words[0] in COMPARATOR_WORDS.values():
        words = words[1:]
    token = "".join(words)
    return float(token.replace(",", "")) if _NUMBER.match(token) else None


def _date(text: str) -> tuple[float, float] | None:
    parts = text.split()
    day = int(parts.pop(0)) if len(parts) == 3 and parts[0].isdigit() else None
    month = MONTH_NAMES.index(parts.pop(0)) if len(parts) == 2 and parts[0] in MONTH_NAMES else 0
    if len(parts) != 1 or not parts[0].isdigit() or len(parts[0]) != 4:
        return None
    year = float(parts[0])
    if not month:
        return year, year + 1
    start = year + (month - 1) / 12
    if day is None:
        return start, start + 1 / 12
    return start + (day - 1) / _DAYS, start + day / _DAYS


def span(kind: str, value: str) -> tuple[float, float] | None:
    """Where a value as the report writes it stands on the axis, or ``None``."""
    if kind == "number":
        n = _number(value)
        return (n, n) if n is not None else None
    if kind == "date":
        return _date(value)
    if kind == "range" and "–" in value:
        a, b = value.split("–", 1)
        lo = _number(a) if _number(a) is not None else (_date(a) or (None,))[0]
        end = _date(b)
        hi = _number(b) if _number(b) is not None else (end[1] if end else None)
        return (lo, hi) if lo is not None and hi is not None else None
    return None


def marks(kind: str, values: Sequence[tuple[str, Sequence[str]]]) -> list[Mark]:
    """One mark per (value, source), from each value's text and the sources that give it."""
    out: list[Mark] = []
    for i, (value, sources) in enumerate(values):
        where = span(kind, value)
        if where is None:
            continue
        for source in sorted(set(sources)):
            out.append(Mark(source, value, where[0], where[1], i % len(COLOURS)))
    return out


def _ticks(lo: float, hi: float, kind: str) -> list[tuple[float, str]]:
    """Axis labels: whole years for dates, five round-ish numbers otherwise."""
    if kind == "date":
        years = range(int(lo), int(hi) + 1)
        every = max(1, len(years) // 6)
        return [(float(y), str(y)) for y in years[::every]]
    step = (hi - lo) / 4 or 1.0
    as_years = kind == "range" and lo >= 1000 and hi < 3000  # "1997–2013"
    spec = ".0f" if as_years else (",.0f" if step >= 5 else ",.2f")
    return [(lo + i * step, format(lo + i * step, spec)) for i in range(5)]


def dot_plot(kind: str, values: Sequence[tuple[str, Sequence[str]]], *, title: str) -> str:
    """The SVG element, or "" when fewer than two values can be placed."""
    ms = marks(kind, values)
    if len({(m.lo, m.hi) for m in ms}) < 2:
        return ""
    sources = sorted({m.source for m in ms})
    lo, hi = min(m.lo for m in ms), max(m.hi for m in ms)
    pad = (hi - lo) * 0.08 or 1
    lo, hi = lo - pad, hi + pad
    inner = WIDTH - LEFT - RIGHT
    height = TOP + ROW * len(sources) + 30

    def x(v: float) -> float:
        return LEFT + (v - lo) / (hi - lo) * inner

    out = [
        f'<svg class="plot" xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" '
        f'height="{height}" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-label="{html.escape(title)}">',
        f"<title>{html.escape(title)}</title>",
    ]
    axis_y = TOP + ROW * len(sources)
    out.append(f'<line x1="{LEFT}" y1="{axis_y}" x2="{WIDTH - RIGHT}" y2="{axis_y}" '
               'stroke="#888"/>')  # fmt: skip
    for value, label in _ticks(lo + pad, hi - pad, kind):
        out.append(f'<text x="{x(value):.1f}" y="{axis_y + 18}" text-anchor="middle" '
                   f'font-size="11" fill="#555">{html.escape(label)}</text>')  # fmt: skip
    for row, source in enumerate(sources):
        y = TOP + ROW * row + ROW / 2
        out.append(f'<text x="{LEFT - 8}" y="{y + 4:.1f}" text-anchor="end" font-size="12">'
                   f"{html.escape(source)}</text>")  # fmt: skip
        out.append(f'<line x1="{LEFT}" y1="{y}" x2="{WIDTH - RIGHT}" y2="{y}" stroke="#eee"/>')
        for m in (m for m in ms if m.source == source):
            colour = COLOURS[m.colour]
            tip = f"<title>{html.escape(source)}: {html.escape(m.label)}</title>"
            out.append(f'<text x="{x(m.hi) + 9:.1f}" y="{y + 4:.1f}" font-size="11" '
                       f'fill="{colour}">{html.escape(m.label)}</text>')  # fmt: skip
            if m.hi - m.lo > (hi - lo) / inner * 4:
                out.append(f'<rect class="mark" x="{x(m.lo):.1f}" y="{y - 5}" '
                           f'width="{x(m.hi) - x(m.lo):.1f}" height="10" rx="3" '
                           f'fill="{colour}" fill-opacity="0.45">{tip}</rect>')  # fmt: skip
            else:
                out.append(f'<circle class="mark" cx="{x((m.lo + m.hi) / 2):.1f}" cy="{y}" '
                           f'r="6" fill="{colour}">{tip}</circle>')  # fmt: skip
    out.append("</svg>")
    return "".join(out)
