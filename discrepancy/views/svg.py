"""Charts drawn as SVG text: a canvas of lines, markers and labels, axes with plain tick labels, a legend.

The report's charts are rows of values on one axis; drawn here as text they take milliseconds, where
matplotlib took about 0.1 s a chart, most of it making and drawing tick objects. The same data give the same
bytes: coordinates are written with two decimals, nothing depends on the clock, the machine or a font
installed. Sizes are in points (72 to the inch), as matplotlib's SVG is; labels are text (the reader's
browser draws them in DejaVu Sans or the nearest sans-serif), and their widths are estimated from DejaVu
Sans' advances (``fontwidths.py``), which is wider than most fonts a browser falls back on.

Claim text is data: every text is escaped here, and an SVG shown as an image runs no script.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from discrepancy.claims import readable
from discrepancy.claims.readable import esc
from discrepancy.views.fontwidths import WIDTHS

FONT = "DejaVu Sans, Bitstream Vera Sans, Verdana, sans-serif"
INCH = 72.0  # points to the inch
GRID = "#dddddd"


def num(value: float) -> str:
    """A coordinate as written: two decimals at most, no trailing zeros, never "-0"."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _advance(ch: str) -> float:
    width = WIDTHS.get(ord(ch))
    if width is not None:
        return width / 1000
    if unicodedata.combining(ch):
        return 0.0
    return 1.0 if unicodedata.east_asian_width(ch) in ("W", "F") else 0.7  # wider than DejaVu's mean: margins hold


def text_width(texts: Iterable[object], size: float) -> float:
    """The widest of ``texts`` in points at ``size`` points, from DejaVu Sans' advances (no kerning)."""
    return max((sum(_advance(ch) for ch in str(t)) * size for t in texts), default=0.0)


def fit_text(text: str, size: float, room: float, end: str = "") -> str:
    """``text`` then ``end``, ``text`` cut (an ellipsis where it was) until the whole is at most ``room`` points
    wide at ``size`` points; ``end`` is always kept whole."""
    keep = len(text)
    while keep > 1 and text_width([text[:keep] + ("…" if keep < len(text) else "") + end], size) > room:
        keep = int(keep * 0.9)
    return (text if keep == len(text) else text[:keep].rstrip() + "…") + end


class Canvas:
    """An SVG picture ``width`` by ``height`` points, drawn in the order of the calls."""

    def __init__(self, width: float, height: float):
        self.width, self.height = width, height
        self.parts: list[str] = []

    def line(self, x1, y1, x2, y2, colour="#000000", width=1.0, *, dash: str = "", opacity: float = 1.0,
             cap: str = "butt") -> None:  # fmt: skip
        extra = f' stroke-dasharray="{dash}"' if dash else ""
        extra += f' stroke-opacity="{num(opacity)}"' if opacity < 1 else ""
        extra += f' stroke-linecap="{cap}"' if cap != "butt" else ""
        self.parts.append(
            f'<line x1="{num(x1)}" y1="{num(y1)}" x2="{num(x2)}" y2="{num(y2)}" stroke="{colour}" '
            f'stroke-width="{num(width)}"{extra}/>'
        )

    def path(self, d: str, colour="#000000", width=1.0) -> None:
        """Many strokes of one colour as one path (``d`` from :func:`segments`)."""
        if d:
            self.parts.append(f'<path d="{d}" stroke="{colour}" stroke-width="{num(width)}" fill="none"/>')

    def rect(self, x, y, w, h, fill: str) -> None:
        self.parts.append(f'<rect x="{num(x)}" y="{num(y)}" width="{num(w)}" height="{num(h)}" fill="{fill}"/>')

    def polygon(
        self, points: Sequence[tuple[float, float]], fill: str, edge: str = "", edge_width: float = 0.0
    ) -> None:
        stroke = f' stroke="{edge}" stroke-width="{num(edge_width)}"' if edge and edge_width else ""
        coords = " ".join(f"{num(x)},{num(y)}" for x, y in points)
        self.parts.append(f'<polygon points="{coords}" fill="{fill}"{stroke}/>')

    def marker(self, kind: str, x: float, y: float, size: float, fill: str, edge: str = "#000000",
               edge_width: float = 0.5) -> None:  # fmt: skip
        """A marker ``size`` points across centred on (x, y): "o" circle, "s" square, "D" diamond, "^" and "v"
        triangles, "|" a vertical bar, ">" a right-pointing triangle."""
        r = size / 2
        stroke = f' stroke="{edge}" stroke-width="{num(edge_width)}"' if edge and edge_width else ""
        if kind == "o":
            self.parts.append(f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(r)}" fill="{fill}"{stroke}/>')
        elif kind == "s":
            s = r * 0.85
            self.parts.append(
                f'<rect x="{num(x - s)}" y="{num(y - s)}" width="{num(2 * s)}" height="{num(2 * s)}" fill="{fill}"{stroke}/>'
            )
        elif kind == "D":
            self.polygon([(x, y - r), (x + r, y), (x, y + r), (x - r, y)], fill, edge, edge_width)
        elif kind == "^":
            self.polygon([(x, y - r), (x + r, y + r * 0.8), (x - r, y + r * 0.8)], fill, edge, edge_width)
        elif kind == "v":
            self.polygon([(x, y + r), (x + r, y - r * 0.8), (x - r, y - r * 0.8)], fill, edge, edge_width)
        elif kind == ">":
            self.polygon([(x + r, y), (x - r * 0.8, y - r), (x - r * 0.8, y + r)], fill, edge, edge_width)
        elif kind == "|":
            self.line(x, y - r, x, y + r, fill, 1.5)
        else:
            raise ValueError(f"unknown marker {kind!r}")

    def arrow(self, x1, y1, x2, y2, colour: str, width: float = 1.2, *, head: float = 6.0) -> None:
        """A line from (x1, y1) with a filled triangular head at (x2, y2)."""
        length = math.hypot(x2 - x1, y2 - y1)
        if length < 1e-9:
            return
        ux, uy = (x2 - x1) / length, (y2 - y1) / length
        back = min(head, length)
        bx, by = x2 - ux * back, y2 - uy * back
        wing = back * 0.45
        self.line(x1, y1, bx, by, colour, width)
        self.polygon([(x2, y2), (bx - uy * wing, by + ux * wing), (bx + uy * wing, by - ux * wing)], colour)

    def text(self, x: float, y: float, text: object, size: float, *, anchor: str = "start", colour: str = "",
             middle: bool = False, rotate: bool = False) -> None:  # fmt: skip
        """``text`` (escaped) with its baseline at ``y``, or centred on ``y`` when ``middle``; ``anchor`` is
        "start", "middle" or "end" of the text at ``x``; ``rotate`` turns it a quarter to read upwards."""
        if middle:
            y += size * 0.35
        attrs = f'x="{num(x)}" y="{num(y)}" font-size="{num(size)}"'
        if anchor != "start":
            attrs += f' text-anchor="{anchor}"'
        if colour:
            attrs += f' fill="{colour}"'
        if rotate:
            attrs += f' transform="rotate(-90 {num(x)} {num(y)})"'
        self.parts.append(f"<text {attrs}>{esc(text)}</text>")

    def svg(self) -> str:
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{num(self.width)}pt" height="{num(self.height)}pt" '
            f'viewBox="0 0 {num(self.width)} {num(self.height)}" font-family="{FONT}">'
            f'<rect width="100%" height="100%" fill="#ffffff"/>' + "".join(self.parts) + "</svg>"
        )


def segments(lines: Iterable[tuple[float, float, float, float]]) -> str:
    """Path data for many separate strokes (x1, y1, x2, y2)."""
    return "".join(f"M{num(a)} {num(b)}L{num(c)} {num(d)}" for a, b, c, d in lines)


def tick_label(value: float) -> str:
    """An axis label as readers write numbers: 0, 2.5, 1,000, 250,000, 1.5 million (never 1e5 or 10^4)."""
    if value == 0 or not math.isfinite(value):
        return "0" if value == 0 else ""
    if abs(value) >= 1e6:
        return readable.number(float(value))
    if float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.3g}"


def nice_ticks(lo: float, hi: float, bins: int = 5) -> list[float]:
    """At most ``bins`` + 1 round values from ``lo`` to ``hi``: steps of 1, 2, 2.5 or 5 times a power of ten."""
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
        return [lo] if math.isfinite(lo) else []
    magnitude = 10.0 ** math.floor(math.log10((hi - lo) / bins))
    for m in (1, 2, 2.5, 5, 10, 20):
        step = m * magnitude
        first, last = math.ceil(lo / step - 1e-9), math.floor(hi / step + 1e-9)
        if last - first <= bins:
            break
    return [round(k * step, 12) + 0.0 for k in range(first, last + 1)]


def log_ticks(lo: float, hi: float, most: int = 8, *, decades_only: bool = False) -> tuple[list[float], list[float]]:
    """Major ticks (1, 2 and 5 in each decade when the axis spans two decades or less, else every decade,
    every other one when they are more than ``most``) and minor ticks (2 to 9 in each decade) from ``lo`` to
    ``hi``."""
    first, last = math.floor(math.log10(lo)), math.ceil(math.log10(hi))
    subs = (1,) if decades_only or math.log10(hi / lo) > 2.2 else (1, 2, 5)
    inside = lo * (1 - 1e-9), hi * (1 + 1e-9)
    decades = [d for d in range(first, last + 1) if inside[0] <= 10.0**d <= inside[1]] or list(range(first, last + 1))
    stride = max(1, math.ceil(len(decades) / most)) if subs == (1,) else 1
    major = [s * 10.0**d for d in range(first, last + 1) if (d - decades[0]) % stride == 0 for s in subs]
    minor = [s * 10.0**d for d in range(first, last + 1) for s in range(2, 10)]
    major = [v for v in major if inside[0] <= v <= inside[1]]
    chosen = set(major)
    return major, [v for v in minor if inside[0] <= v <= inside[1] and v not in chosen]


@dataclass(frozen=True)
class Scale:
    """Values from ``lo`` to ``hi`` onto points from ``start`` to ``end`` (either way round), linear or log."""

    lo: float
    hi: float
    start: float
    end: float
    log: bool = False

    def __call__(self, value: float) -> float:
        if self.log:
            a, b, v = math.log10(self.lo), math.log10(self.hi), math.log10(value)
        else:
            a, b, v = self.lo, self.hi, value
        return self.start + (v - a) / (b - a) * (self.end - self.start)

    def ticks(self, most: int = 8) -> tuple[list[tuple[float, str]], list[float]]:
        """The labelled ticks (value, label), at most ``most`` (and six on a linear axis), and the unlabelled
        minor ones."""
        if self.log:
            major, minor = log_ticks(self.lo, self.hi, most)
            if len(major) > most:  # 1, 2 and 5 in each decade are too many here: the decades alone
                major, minor = log_ticks(self.lo, self.hi, most, decades_only=True)
        else:
            major, minor = nice_ticks(self.lo, self.hi, max(1, min(5, most - 1))), []
        return [(v, tick_label(v)) for v in major], minor


def date_ticks(first: dt.date, last: dt.date, most: int = 8) -> list[tuple[dt.date, str]]:
    """Dates from ``first`` to ``last`` at the finest round step giving at most ``most`` ticks: days, weeks,
    months (1, 2, 3 or 6), years (1, 2, 5, 10 ...); labelled 2015-04-12, 2015-04 or 2015."""
    days = (last - first).days
    for step in (1, 2, 7, 14) if days <= 62 else ():  # longer: months or years read better
        if days // step + 1 <= most:
            return [(d, d.isoformat()) for d in (first + dt.timedelta(days=k * step) for k in range(days // step + 1))]
    start = first.year * 12 + first.month - 1 + (first.day > 1)  # months since year 0, the first on or after
    end = last.year * 12 + last.month - 1
    for step in (1, 2, 3, 6):
        months = range(-(-start // step) * step, end + 1, step)
        if len(months) <= most:
            return [(dt.date(m // 12, m % 12 + 1, 1), f"{m // 12}-{m % 12 + 1:02d}") for m in months]
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000):
        years = range(-(-(first.year + (start % 12 > 0)) // step) * step, last.year + 1, step)
        if len(years) <= most:
            break
    return [(dt.date(y, 1, 1), str(y)) for y in years]


@dataclass
class Frame:
    """A chart's axes box on a canvas: left, top, right, bottom in points."""

    canvas: Canvas
    left: float
    top: float
    right: float
    bottom: float

    def box(self) -> None:
        """The axes' frame, drawn last, over the data."""
        c = self.canvas
        c.parts.append(
            f'<rect x="{num(self.left)}" y="{num(self.top)}" width="{num(self.right - self.left)}" '
            f'height="{num(self.bottom - self.top)}" fill="none" stroke="#000000" stroke-width="0.8"/>'
        )

    def x_axis(self, scale: Scale, label: str = "", *, size: float = 8, label_size: float = 9, grid: str = GRID,
               labels: Sequence[tuple[float, str]] | None = None, most: int = 8) -> None:  # fmt: skip
        """Ticks and labels under the box (at most ``most``), grid lines across it, and the axis label under them."""
        c = self.canvas
        major, minor = scale.ticks(most) if labels is None else (list(labels), [])
        xs = [scale(v) for v, _ in major]
        if grid:
            c.path(segments((x, self.top, x, self.bottom) for x in xs), grid, 0.6)
        c.path(segments((x, self.bottom, x, self.bottom + 3.5) for x in xs), "#000000", 0.8)
        c.path(segments((scale(v), self.bottom, scale(v), self.bottom + 2) for v in minor), "#000000", 0.6)
        for x, (_, text) in zip(xs, major):
            c.text(x, self.bottom + 5 + size, text, size, anchor="middle")
        if label:
            c.text((self.left + self.right) / 2, self.bottom + 9 + size + label_size * 1.2, label, label_size,
                   anchor="middle")  # fmt: skip

    def y_axis(self, scale: Scale, *, size: float = 8, grid: str = GRID) -> None:
        """Value ticks and labels left of the box, grid lines across it."""
        c = self.canvas
        major, minor = scale.ticks(max(2, int((self.bottom - self.top) / (size * 2.2)) + 1))  # labels never touch
        ys = [scale(v) for v, _ in major]
        if grid:
            c.path(segments((self.left, y, self.right, y) for y in ys), grid, 0.6)
        c.path(segments((self.left - 3.5, y, self.left, y) for y in ys), "#000000", 0.8)
        c.path(segments((self.left - 2, scale(v), self.left, scale(v)) for v in minor), "#000000", 0.6)
        for y, (_, text) in zip(ys, major):
            c.text(self.left - 5, y, text, size, anchor="end", middle=True)

    def row_labels(self, rows: Callable[[int], float], labels: Sequence[str], size: float = 8) -> None:
        """One label per row left of the box, with its tick (``rows``: where row i is)."""
        c = self.canvas
        ys = [rows(i) for i in range(len(labels))]
        c.path(segments((self.left - 3.5, y, self.left, y) for y in ys), "#000000", 0.8)
        for y, text in zip(ys, labels):
            c.text(self.left - 5, y, text, size, anchor="end", middle=True)


#: A legend entry: (kind, colour, label) where kind is a marker ("o", "s", "D", "^", "v", ">"), "line",
#: "dashed", "arrow" (a line with a head) or "patch" (a filled square); white markers have a black edge.
Entry = tuple[str, str, str]


def _entry_symbol(c: Canvas, kind: str, colour: str, x: float, y: float, size: float) -> None:
    """An entry's symbol in a box 2 em wide from ``x``, centred on ``y``."""
    w = 2 * size
    if kind == "line":
        c.line(x, y, x + w, y, colour, 1.5)
    elif kind == "dashed":
        c.line(x, y, x + w, y, colour, 1.0, dash="3.7,1.6")
    elif kind == "arrow":
        c.arrow(x, y, x + w, y, colour, 1.2, head=size * 0.8)
    elif kind == "patch":
        c.rect(x + size * 0.2, y - size * 0.35, w - size * 0.4, size * 0.7, colour)
    else:
        c.marker(kind, x + w / 2, y, size * 0.85, colour, "#000000", 0.5)


def legend_width(entries: Sequence[Entry], size: float, title: str = "") -> float:
    """Points a vertical legend takes beside the axes."""
    return text_width([e[2] for e in entries] + [title], size) + 3.2 * size


def legend(c: Canvas, entries: Sequence[Entry], x: float, y: float, size: float, title: str = "") -> None:
    """A vertical legend from the top-left (x, y): a title, then one entry a line."""
    step = size * 1.6
    if title:
        c.text(x, y + size, title, size)
        y += step
    for kind, colour, label in entries:
        _entry_symbol(c, kind, colour, x, y + size * 0.6, size)
        c.text(x + 2.6 * size, y + size * 0.6, label, size, middle=True)
        y += step


def legend_row(c: Canvas, entries: Sequence[Entry], centre: float, y: float, size: float, columns: int) -> float:
    """A legend in ``columns`` columns centred on ``centre`` from ``y`` (the top); returns its height."""
    columns = max(1, min(columns, len(entries)))
    widths = [text_width([e[2] for e in entries[k::columns]], size) + 4.0 * size for k in range(columns)]
    starts = [centre - sum(widths) / 2 + sum(widths[:k]) for k in range(columns)]
    rows = math.ceil(len(entries) / columns)
    for i, (kind, colour, label) in enumerate(entries):
        x, yy = starts[i % columns], y + (i // columns) * size * 1.6 + size * 0.6
        _entry_symbol(c, kind, colour, x, yy, size)
        c.text(x + 2.6 * size, yy, label, size, middle=True)
    return rows * size * 1.6
