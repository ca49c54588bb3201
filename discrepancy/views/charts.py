"""Figures for the notebooks, drawn from the engine's tables.

The report's charts (the overview, the forest of each group, who runs high or low, claims over time, a
source's claims) are drawn as SVG text (views/svg.py): milliseconds each, the same bytes for the same data,
their labels text a reader can select. The deep dive's heat map is a matplotlib figure, drawn with a fixed
font and size. Claim text in a label is data, never markup or mathtext.
"""

from __future__ import annotations

import base64
import datetime as dt
import math
import textwrap

import numpy as np
import pandas as pd

from discrepancy.claims import readable
from discrepancy.claims.grammar import APPROX, AT_LEAST, AT_MOST, RANGE, VAGUE
from discrepancy.claims.readable import esc
from discrepancy.engine.frames import iter_rows
from discrepancy.logscale import log2
from discrepancy.views import svg
from discrepancy.views.svg import INCH, Canvas, Frame, Scale

SOURCE_TYPE_COLOURS = {
    "government": "#1f77b4",
    "intelligence": "#9467bd",
    "military": "#2ca02c",
    "international_org": "#17becf",
    "ngo": "#bcbd22",
    "academic": "#8c564b",
    "media": "#7f7f7f",
    "party_to_conflict": "#d62728",
    "unattributed": "#ff7f0e",
    "": "#444444",
}
# The heat map's matplotlib settings, applied while it is drawn (no global state for the notebook's own
# figures). text.parse_math off: claim text is data, and "$$" or "$x^2$" in a source name must print as it
# is, never be parsed as mathtext (which made every report on such a table fail).
MATPLOTLIB_SETTINGS = {"font.family": "DejaVu Sans", "svg.hashsalt": "discrepancy", "figure.dpi": 80,
                       "text.parse_math": False}  # fmt: skip


def source_kind(value) -> str:
    """A claim's source type as the charts colour it and their legends and the report's key name it: case
    folded, missing as "" (one rule, so that a key never names a colour its chart does not draw)."""
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value).casefold()


def source_colour(kind: str) -> str:
    """The colour of a :func:`source_kind` (grey for a kind the suite does not know)."""
    return SOURCE_TYPE_COLOURS.get(kind, SOURCE_TYPE_COLOURS[""])


def _figure_html(data: bytes, alt: str, narrow: bytes | None = None) -> str:
    """The figure of a chart's SVG, with alt text; with ``narrow``, a second drawing that screens 640 px wide
    or less show instead (print and wider screens show ``data``)."""
    img = f"<img alt='{esc(clip(alt, 300))}' src='data:image/svg+xml;base64,{base64.b64encode(data).decode('ascii')}'>"
    if narrow is None:
        return f"<figure class='dq-chart'>{img}</figure>"
    small = base64.b64encode(narrow).decode("ascii")
    source = f"<source media='(max-width: 640px)' srcset='data:image/svg+xml;base64,{small}'>"
    return f"<figure class='dq-chart dq-responsive'><picture>{source}{img}</picture></figure>"


class SvgChart:
    """A chart drawn as SVG text: shows itself in a notebook and a report as an HTML figure holding the SVG
    image (``display(chart)``), with alt text, at the full width of the page. ``labels`` (its rows' labels as
    drawn), ``title`` and ``legend`` (the legend's labels, or None when it has none) say what it shows."""

    def __init__(self, text: str, alt: str, *, labels=(), title: str = "", legend: list[str] | None = None):
        self.text = text
        self.alt = alt
        self.labels = list(labels)
        self.title = title
        self.legend = legend

    def svg(self) -> bytes:
        return self.text.encode("utf-8")

    def _repr_html_(self) -> str:
        return _figure_html(self.svg(), self.alt)

    def __repr__(self) -> str:
        return f"<SvgChart {len(self.labels)} rows: {self.title[:60]}>"


class Chart:
    """A matplotlib figure that shows itself as :class:`SvgChart` does. The same bytes every time: no date
    or software metadata, fixed ids. ``png()`` gives the same figure as PNG."""

    def __init__(self, figure, alt: str = "chart"):
        self.figure = figure
        self.alt = alt

    def png(self) -> bytes:
        import io

        buffer = io.BytesIO()
        self.figure.savefig(
            buffer, format="png", dpi=100, bbox_inches="tight", pad_inches=0.15, metadata={"Software": None}
        )
        return buffer.getvalue()

    def svg(self) -> bytes:
        """The figure as SVG with its text as text (not paths); the same bytes every time (no date, a fixed
        hash salt for ids)."""
        import io

        import matplotlib

        buffer = io.BytesIO()
        with matplotlib.rc_context({**MATPLOTLIB_SETTINGS, "svg.fonttype": "none"}):
            self.figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
        return buffer.getvalue()

    def _repr_html_(self) -> str:
        return _figure_html(self.svg(), self.alt)

    def __repr__(self) -> str:
        w, h = self.figure.get_size_inches()
        return f"<Chart {w:.1f}x{h:.1f} in>"


#: Width of every chart in inches (720 points): the full width of the report's text column.
WIDTH = 10.0
SEVERITY_COLOURS = {"extreme": "#b2182b", "major": "#e66101", "minor": "#5e9bd1", "consistent": "#8c8c8c"}
HIGH_COLOUR, LOW_COLOUR = "#b2182b", "#2166ac"
HIGH_LOW = [("patch", HIGH_COLOUR, "above the consensus"), ("patch", LOW_COLOUR, "below the consensus")]
#: Longest text drawn in a chart label or title (the full text stays in the tables); most rows drawn in one
#: chart. A 100,000-character subject once made one chart take 24 s and 893 MB.
MAX_LABEL_CHARS = 80
MAX_CHART_ROWS = 60


def clip(text: object, limit: int = MAX_LABEL_CHARS) -> str:
    """Text for a chart: at most ``limit`` characters, an ellipsis where it was cut."""
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _label(row) -> str:
    return f"{clip(row.source, 42)} ({clip(row.claim_date, 12)})"


def _extremes(rows: pd.DataFrame, limit: int) -> tuple[pd.DataFrame, str]:
    """At most ``limit`` rows of a sorted frame: its lowest and highest halves, and a note saying so."""
    if len(rows) <= limit:
        return rows, ""
    half = limit // 2
    return pd.concat([rows.head(half), rows.tail(half)]), f" (the {half} lowest and {half} highest of {len(rows):,})"


def _finite(value) -> bool:
    """Whether a cell is a finite number (not None, NaN, pd.NA or infinite)."""
    return isinstance(value, (int, float, np.floating, np.integer)) and math.isfinite(value)


#: Width of the charts drawn for narrow screens, in inches (a phone's width at a readable size), and the height
#: of a row there: its label on a line of its own, its marks under it.
NARROW_WIDTH = 4.2
NARROW_ROW = 0.5


class RowChart:
    """A chart of one row per item left to right on a value axis: the canvas, the axes box sized to hold the
    row labels on its left (each cut to at most 45% of the width) and the legend on its right, the title
    above it cut to the width, keeping ``title_end`` whole. ``narrow``: the same at :data:`NARROW_WIDTH`, each
    row's label on a line above its marks, the legend under the axis. Rows run from the bottom up, or from the
    top down with ``first_on_top``; ``pad`` rows of room beyond the first and last (wide charts)."""

    def __init__(self, rows: int, labels: list[str], title: str, *, row_height: float, base: float, top: float,
                 bottom: float, legend: list[svg.Entry] | None = None, legend_title: str = "",
                 legend_size: float = 7, title_end: str = "", width: float = WIDTH, narrow: bool = False,
                 first_on_top: bool = False, pad: float = 0.5):  # fmt: skip
        self.n, self.narrow, self.first_on_top = rows, narrow, first_on_top
        self.legend, self.legend_title, self.legend_size = legend, legend_title, legend_size
        if narrow:
            w, step = NARROW_WIDTH * INCH, NARROW_ROW * INCH
            # a title too long for the width takes two lines: what is measured, then the spread and severity
            self.title_lines = [title + title_end]
            if svg.text_width(self.title_lines, 10) > w - 16:
                self.title_lines = [svg.fit_text(title, 10, w - 16), svg.fit_text(title_end.strip(" —"), 10, w - 16)]
            top = top * INCH + 13 * (len(self.title_lines) - 1)
            key_rows = math.ceil(len(legend) / 2) if legend else 0
            h = top + rows * step + 0.62 * INCH + key_rows * legend_size * 1.6
            self.frame = Frame(Canvas(w, h), 8, top, w - 8, top + rows * step)
            self.labels = [svg.fit_text(label, 8.5, w - 22) for label in labels]
            self.title = " ".join(self.title_lines)
            self.band = 10.0
            return
        w, h = width * INCH, (base + row_height * rows) * INCH
        room = w * 0.45 - 18
        if svg.text_width(labels, 8) > room:
            labels = [svg.fit_text(label, 8, room) for label in labels]
        left = svg.text_width(labels, 8) + 18
        right = 10.8
        if legend:
            right += svg.legend_width(legend, legend_size, legend_title) + 0.01 * (w - left)
        self.frame = Frame(Canvas(w, h), left, top * INCH, w - right, h - bottom * INCH)
        self.labels = labels
        self.title = svg.fit_text(title, 10, w - left - 7, title_end)
        f = self.frame
        ends = (f.top, f.bottom) if first_on_top else (f.bottom, f.top)
        self._rows = Scale(-pad, rows - 1 + pad, *ends)
        self.band = 0.8 * abs(self._rows(0) - self._rows(1))

    def _slot(self, i: int) -> float:
        """The top of row ``i``'s band in a narrow chart."""
        k = i if self.first_on_top else self.n - 1 - i
        return self.frame.top + k * NARROW_ROW * INCH

    def y(self, i: int) -> float:
        """Where row ``i``'s marks go."""
        return self._slot(i) + 24 if self.narrow else self._rows(i)

    def x_axis(self, scale: Scale, label: str, **options) -> None:
        """The value axis: at most five labelled ticks on a narrow chart."""
        f = self.frame
        if self.narrow:
            options.setdefault("most", 5)
            label = svg.fit_text(label, 9, f.canvas.width - 16)
        f.x_axis(scale, label, **options)

    def finish(self, alt: str) -> SvgChart:
        """The row labels, the box, the title and the legend over what was drawn: the chart."""
        f, c = self.frame, self.frame.canvas
        f.box()
        if self.narrow:
            for i in range(1, self.n):
                c.line(f.left, f.top + i * NARROW_ROW * INCH, f.right, f.top + i * NARROW_ROW * INCH, "#eeeeee", 0.6)
            for i, label in enumerate(self.labels):
                c.text(f.left + 3, self._slot(i) + 11, label, 8.5)
            if self.legend:
                svg.legend_row(c, self.legend, c.width / 2, f.bottom + 0.55 * INCH, self.legend_size, 2)
        else:
            f.row_labels(self.y, self.labels)
            if self.legend:
                svg.legend(c, self.legend, f.right + 0.01 * (f.right - f.left) + 4, f.top, self.legend_size,
                           self.legend_title)  # fmt: skip
        for k, line in enumerate(self.title_lines if self.narrow else [self.title]):
            c.text(f.left, f.top - 6 - 13 * (len(self.title_lines) - 1 - k if self.narrow else 0), line, 10)
        legend = [label for _, _, label in self.legend] if self.legend else None
        return SvgChart(c.svg(), alt, labels=self.labels, title=self.title, legend=legend)


class Responsive:
    """A chart drawn twice, for wide screens and print (``wide``) and for screens 640 px wide or less
    (``narrow``): shows itself as one figure that picks its drawing (``display(figure)``)."""

    def __init__(self, wide: SvgChart, narrow: SvgChart):
        self.wide, self.narrow = wide, narrow

    def svg(self) -> bytes:
        return self.wide.svg()

    def _repr_html_(self) -> str:
        return _figure_html(self.wide.svg(), self.wide.alt, self.narrow.svg())

    def __repr__(self) -> str:
        return f"<Responsive {self.wide!r}>"


#: What the forest charts' markers mean, beside the colours of the source types: (symbol, marker, label), the
#: legend's entries and the HTML key's (views/report.forest_key_html) in the same order.
FOREST_SHAPES = (
    ("┄", "dashed", "consensus (median)"),
    ("□", "s", "exact value"),
    ("○", "o", "approximate value"),
    ("◇", "D", "range (midpoint)"),
    ("→", "arrow", "bound: at least / up to (arrow)"),
)


#: The claims' columns a forest chart reads.
FOREST_COLUMNS = ("anchor", "lo", "hi", "qualifier", "source_type", "source", "claim_date", "claim_id")


def forest_chart(claims: pd.DataFrame, group: pd.Series, *, width: float = WIDTH, legend: bool = True,
                 narrow: bool = False) -> SvgChart:  # fmt: skip
    """One group: a row per claim, its point with its interval as a whisker, bounds as arrows, colour by
    source type, the consensus as a dashed line; a log axis when the values span more than tenfold.
    ``legend``: the key beside the chart; the report draws none and shows one key above its charts instead
    (an HTML key, readable at any width). ``narrow``: drawn for a phone's width (:class:`RowChart`)."""
    return _forest_drawn(_forest_rows(claims), group, width=width, legend=legend, narrow=narrow)


def forest_pair(claims: pd.DataFrame, group: pd.Series, *, legend: bool = True) -> tuple[SvgChart, SvgChart]:
    """``forest_chart`` wide and narrow, the group's rows chosen and sorted once for both."""
    rows = _forest_rows(claims)
    return tuple(_forest_drawn(rows, group, width=WIDTH, legend=legend, narrow=narrow) for narrow in (False, True))


def _forest_rows(claims: pd.DataFrame) -> tuple[pd.DataFrame, str, list, list[str]]:
    """The claims a forest chart draws, by value, date and id (the extremes of a long group), the words saying
    how many are shown, the rows as records and their labels."""
    rows = claims[list(FOREST_COLUMNS)]  # the columns drawn only: every take below moves 8 columns, not 40
    rows = rows[rows["anchor"].notna()].sort_values(
        ["anchor", "claim_date", "claim_id"], na_position="first", kind="stable"
    )
    rows, shown = _extremes(rows, MAX_CHART_ROWS)
    table = list(iter_rows(rows))
    return rows, shown, table, [_label(r) for r in table]


def _forest_drawn(chosen: tuple, group: pd.Series, *, width: float, legend: bool, narrow: bool) -> SvgChart:
    rows, shown, table, labels = chosen
    n = max(len(rows), 1)
    values = np.concatenate([rows[c].to_numpy(dtype=float) for c in ("lo", "hi", "anchor")])
    values = values[np.isfinite(values) & (values > 0)]
    lo_all, hi_all = (float(values.min()), float(values.max())) if len(values) else (1.0, 10.0)
    if hi_all <= lo_all * 1.02:  # one value: give it room
        lo_all, hi_all = lo_all * 0.9, hi_all * 1.1
    log = hi_all / lo_all > 10
    margin = 0.15 * (hi_all - lo_all + 1)
    left, right = (max(lo_all / 1.6, 1e-9), hi_all * 1.6) if log else (lo_all - margin, hi_all + margin)
    unit = f" ({group['unit']})" if isinstance(group.get("unit"), str) and group["unit"] else ""
    geography = f", {group['geography']}" if isinstance(group.get("geography"), str) and group["geography"] else ""
    ratio = group.get("spread_ratio")
    spread = f" — {readable.ratio(ratio)} spread" if _finite(ratio) else ""
    key = None
    if legend:
        types = sorted({source_kind(t) for t in rows["source_type"]} - {""})
        key = [("o", source_colour(t), t) for t in types]
        # lines black, shapes white with a black edge: what each mark means, whatever its colour
        key += [
            (kind, "#000000" if kind in ("dashed", "arrow") else "#ffffff", label) for _, kind, label in FOREST_SHAPES
        ]
    chart = RowChart(n, labels, clip(f"{group['subject']}: {group['metric']}{geography}"), row_height=0.42,
                     base=0.9, top=0.45, bottom=0.55, legend=key, title_end=f"{spread} [{group['severity']}]{shown}",
                     width=width, narrow=narrow, pad=0.7)  # fmt: skip
    f = chart.frame
    x = Scale(left, right, f.left, f.right, log)
    chart.x_axis(x, clip(f"{group['metric']}{unit}") + (" — log scale" if log else ""))
    c = f.canvas
    for i, row in enumerate(table):
        colour = source_colour(source_kind(row.source_type))
        yy = chart.y(i)
        if log and not row.anchor > 0:  # no place on a log axis: said, not drawn at a wrong place
            c.text(f.left + 4, yy, f"{readable.number(float(row.anchor))}: zero or below, not on this log axis", 7,
                   colour="#555555", middle=True)  # fmt: skip
            continue
        if row.qualifier in (AT_LEAST, AT_MOST):
            end = f.right if row.qualifier == AT_LEAST else f.left
            c.arrow(x(row.anchor), yy, end, yy, colour, 1.6, head=7)
            c.marker("|", x(row.anchor), yy, 12, colour)
            continue
        if _finite(row.lo) and _finite(row.hi) and row.hi > row.lo:
            start = x(row.lo) if not log or row.lo > 0 else f.left  # an interval reaching zero runs off the axis
            c.line(start, yy, x(row.hi), yy, colour, 2)
        marker = "D" if row.qualifier in (RANGE, VAGUE) else ("o" if row.qualifier == APPROX else "s")
        c.marker(marker, x(row.anchor), yy, 7, colour)
    consensus = group.get("consensus")
    if _finite(consensus) and consensus > 0 and left <= consensus <= right:
        c.line(x(consensus), f.top, x(consensus), f.bottom, "#000000", 1, dash="3.7,1.6")
    return chart.finish(f"Claims of the group {group['group_id']}: each claim's value and interval on one axis")


def factor_ticks(logs: list[float]) -> list[tuple[float, str]]:
    """Ticks at log10 deviations labelled as the factors they are ("0.5x", "2x"; "consensus" at 0), with as
    many digits as it takes for no two labels to read alike and none but the consensus to read "1x"."""
    for digits in (2, 3, 4, 6):
        labels = [f"{10**v:.{digits}g}x" if abs(v) > 1e-12 else "consensus" for v in logs]
        if len(set(labels)) == len(labels) and "1x" not in labels:
            break
    return list(zip(logs, labels))


def deviation_chart(values: np.ndarray, labels: list[str], lo: float, hi: float, *, title: str, xlabel: str,
                    alt: str, row_height: float, base: float, narrow: bool = False) -> SvgChart:  # fmt: skip
    """Bars of log10 deviations from a consensus, one a row, red above it and blue below, on an axis from
    ``lo`` to ``hi`` labelled as factors ("2x", "0.5x", "consensus")."""
    n = max(len(values), 1)
    chart = RowChart(n, labels, title, row_height=row_height, base=base, top=0.45, bottom=0.7, legend=HIGH_LOW,
                     narrow=narrow, pad=0.6)  # fmt: skip
    f = chart.frame
    x = Scale(lo, hi, f.left, f.right)
    chart.x_axis(x, xlabel, labels=factor_ticks(svg.nice_ticks(lo, hi, 4 if narrow else 6)))
    c = f.canvas
    for i, v in enumerate(values):
        a, b = sorted((x(0.0), x(v)))
        c.rect(a, chart.y(i) - chart.band / 2, b - a, chart.band, HIGH_COLOUR if v > 0 else LOW_COLOUR)
    c.line(x(0.0), f.top, x(0.0), f.bottom, "#000000", 0.8)
    return chart.finish(alt)


def source_profile_chart(sources: pd.DataFrame, *, limit: int = 25, narrow: bool = False) -> SvgChart:
    """Median log10 deviation from consensus per source: who runs high (right) or low (left)."""
    rows = sources[sources["median_log10_deviation"].notna()]
    rows = rows.reindex(rows["median_log10_deviation"].abs().sort_values(ascending=False, kind="stable").index).head(
        limit
    )
    rows = rows.sort_values("median_log10_deviation", kind="stable")
    values = rows["median_log10_deviation"].to_numpy(dtype=float)
    names = [clip(s, 60) for s in rows["source"].astype(str)]
    labels = [f"{s} (n={c})" for s, c in zip(names, rows["compared_claims"])]
    lo, hi = (min(0.0, values.min()), max(0.0, values.max())) if len(values) else (-0.05, 0.05)
    pad = 0.05 * (hi - lo) or 0.05
    return deviation_chart(values, labels, lo - pad, hi + pad, title="Who runs high or low",
                           xlabel="median of its claims over their group's consensus (log scale)",
                           alt="Each source's median claim against its groups' consensus", row_height=0.32,
                           base=1.1, narrow=narrow)  # fmt: skip


QUALIFIER_MARKERS = {AT_LEAST: "^", AT_MOST: "v"}


def _days(dates: pd.Series) -> np.ndarray:
    """Reference dates as days since 1970 (NaN where missing or unreadable)."""
    parsed = pd.to_datetime(dates.replace("", None), errors="coerce")
    return (parsed - pd.Timestamp("1970-01-01")).dt.total_seconds().to_numpy(dtype=float) / 86400


def timeline_chart(claims: pd.DataFrame, groups: pd.DataFrame, *, limit: int = 8, narrow: bool = False) -> SvgChart:
    """Claims over time: one panel per group (the first ``limit`` groups), value against reference date, on
    one shared date axis padded to the data; "at least" and "up to" drawn as triangles pointing their way,
    with an arrow. ``narrow``: drawn at :data:`NARROW_WIDTH` (fewer date labels, the key in two columns)."""
    chosen = groups.head(limit)
    n = max(len(chosen), 1)
    shown = claims[claims["group_id"].isin(set(chosen["group_id"])) & claims["anchor"].notna()]
    top_margin, bottom_margin = 0.35 * INCH, 0.75 * INCH
    if narrow:  # the key in two columns under the panels: room for every kind of source and both bounds
        bottom_margin = 30 + math.ceil((shown["source_type"].fillna("").str.casefold().nunique() + 2) / 2) * 8 * 1.6
    w = (NARROW_WIDTH if narrow else WIDTH) * INCH
    h = (0.9 + 1.7 * n) * INCH - 0.75 * INCH + bottom_margin
    c = Canvas(w, h)
    days = _days(shown["reference_date"])
    known = days[np.isfinite(days)]
    epoch = dt.date(1970, 1, 1)
    if len(known):
        first, last = float(known.min()), float(known.max())
        pad = max((last - first) * 0.06, 45.0)
        span = (first - pad, last + pad)
    else:
        span = (0.0, 365.0)
    left, right = (46.0, w - 8) if narrow else (0.1 * w, 0.98 * w)
    panel = (h - top_margin - bottom_margin) / (n + 0.75 * (n - 1))  # matplotlib's hspace of 0.75
    x = Scale(span[0], span[1], left, right)
    first_tick = epoch + dt.timedelta(days=math.ceil(span[0]))
    last_tick = epoch + dt.timedelta(days=math.floor(span[1]))
    date_ticks = [((d - epoch).days, text) for d, text in svg.date_ticks(first_tick, last_tick, 4 if narrow else 8)]
    types_seen: set[str] = set()
    qualifiers_seen: set[str] = set()
    for i, group in enumerate(iter_rows(chosen[["group_id", "subject", "metric", "geography", "unit"]])):
        top = top_margin + i * panel * 1.75
        f = Frame(c, left, top, right, top + panel)
        mask = (shown["group_id"] == group.group_id).to_numpy()
        when = days[mask]
        values = shown["anchor"].to_numpy(dtype=float)[mask]
        kinds = shown["source_type"].fillna("").str.casefold().to_numpy()[mask]
        qualifiers = shown["qualifier"].fillna("").to_numpy()[mask]
        finite = values[np.isfinite(values) & (values > 0)]
        lo, hi = (float(finite.min()), float(finite.max())) if len(finite) else (1.0, 10.0)
        log = hi / max(lo, 1e-9) > 10
        if log:
            bottom, top_value = lo / 1.8, hi * 1.8
        else:
            margin = 0.15 * (hi - lo) or 0.1 * abs(hi) or 1.0
            bottom, top_value = lo - margin, hi + margin
        y = Scale(bottom, top_value, f.bottom, f.top, log)
        f.x_axis(x, "", grid="#eeeeee", labels=date_ticks)
        f.y_axis(y, grid="#eeeeee")
        for t in sorted(set(kinds)):
            for q in sorted(set(qualifiers)):
                picked = (kinds == t) & (qualifiers == q) & np.isfinite(when) & np.isfinite(values)
                if log:
                    picked &= values > 0
                if not picked.any():
                    continue
                types_seen.add(t)
                qualifiers_seen.add(q)
                for d, v in zip(when[picked], values[picked]):
                    if q in (AT_LEAST, AT_MOST):  # a bound: an arrow pointing its way
                        if log:
                            end = v * (2.2 if q == AT_LEAST else 1 / 2.2)
                        else:
                            end = v + (0.18 if q == AT_LEAST else -0.18) * (top_value - bottom)
                        c.arrow(x(d), y(v), x(d), y(end), source_colour(t), 1.2)
                    c.marker(QUALIFIER_MARKERS.get(q, "o"), x(d), y(v), 6, source_colour(t), "#000000", 0.4)
        f.box()
        geography = f", {group.geography}" if isinstance(group.geography, str) and group.geography else ""
        unit = f" ({group.unit})" if isinstance(group.unit, str) and group.unit else ""
        undated = int((~np.isfinite(when) & np.isfinite(values)).sum())
        below = int((np.isfinite(when) & (values <= 0)).sum()) if log else 0
        missing = "".join(  # what is not drawn is said, so no absence reads as agreement
            [f"; {undated} undated, not drawn" if undated else "", f"; {below} at zero or below, off the log scale" if below else ""]
        )  # fmt: skip
        c.text(left, top - 6, svg.fit_text(clip(f"{group.subject}: {group.metric}{geography}{unit}"), 9, right - left,
                                           missing), 9)  # fmt: skip
    entries: list[svg.Entry] = [("o", source_colour(t), clip(t, 30) or "source type not given")
                                for t in sorted(types_seen)]  # fmt: skip
    for q, label in ((AT_LEAST, "at least (a floor, arrow up)"), (AT_MOST, "up to (a ceiling, arrow down)")):
        if q in qualifiers_seen:
            entries.append((QUALIFIER_MARKERS[q], "#ffffff", label))
    if entries:
        at = h - bottom_margin + 24 if narrow else h - 0.4 * INCH
        svg.legend_row(c, entries, w / 2, at, 8, min(len(entries), 2 if narrow else 5))
    titles = [f"{g.subject}: {g.metric}" for g in iter_rows(chosen[["subject", "metric"]])]
    return SvgChart(c.svg(), "Claims over time, one panel per group", labels=titles, title="Claims over time",
                    legend=[e[2] for e in entries] or None)  # fmt: skip


def _ratio_text(r: float) -> str:
    if not np.isfinite(r):
        return ""
    if r >= 100:
        return f"{r:,.0f}"
    return f"{r:.1f}" if r >= 10 else f"{r:.2g}"


def ratio_heatmap(claims: pd.DataFrame) -> Chart:
    """Pairwise ratios (row over column) of a group's claims that have a point, as a heat map on log2 (a
    matplotlib figure, drawn with the suite's font and settings)."""
    import matplotlib

    with matplotlib.rc_context(MATPLOTLIB_SETTINGS):
        return _heatmap(claims)


def _heatmap(claims: pd.DataFrame) -> Chart:
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    rows = claims[claims["point"].notna()].sort_values(["point", "claim_id"], kind="stable")
    rows, shown = _extremes(rows, 40)  # a cell per pair: 40 claims draw 1,600 cells
    n = max(len(rows), 1)
    points = rows["point"].to_numpy(dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratios = points[:, None] / points[None, :]
    matrix = log2(ratios) if len(points) else np.zeros((1, 1))
    side = min(WIDTH, 3.5 + 0.6 * n)
    fig = Figure(figsize=(side + 1.5, 2.5 + 0.5 * n))
    ax = fig.add_subplot()
    bound = max(1.0, float(np.nanmax(np.abs(matrix)))) if matrix.size else 1.0
    image = ax.imshow(matrix, cmap="RdBu_r", vmin=-bound, vmax=bound)
    labels = [
        textwrap.fill(f"{clip(s, 60)} ({d})", 24)
        for s, d in zip(rows["source"].astype(str), rows["claim_date"].astype(str).str.slice(0, 12))
    ]
    ax.set_xticks(range(len(rows)), labels, rotation=90, fontsize=7)
    ax.set_yticks(range(len(rows)), labels, fontsize=7)
    cell_font = 7 if n <= 12 else 5
    for i in range(len(rows)):
        for j in range(len(rows)):
            dark = abs(matrix[i, j]) / bound > 0.55
            ax.text(j, i, _ratio_text(ratios[i, j]), ha="center", va="center", fontsize=cell_font,
                    color="white" if dark else "black")  # fmt: skip
    bar = fig.colorbar(image, ax=ax, label="row over column")
    bar.ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: _ratio_text(2**v) + "x"))
    ax.set_title("How many times each claim is the other" + shown, fontsize=9, loc="left")
    fig.tight_layout()
    return Chart(fig, "Pairwise ratios of the group's claims")


def overview_chart(groups: pd.DataFrame, claims: pd.DataFrame, *, limit: int = MAX_CHART_ROWS,
                   narrow: bool = False) -> SvgChart:  # fmt: skip
    """Every compared group at a glance: one row per group of two claims or more (most severe first), its
    claims as dots on a log axis from the lowest to the highest, coloured by the group's severity; a bound
    alone is an arrow pointing its way. ``narrow``: the same for a phone's width, each group's name above its
    row and the key under the axis (the report offers it to screens 640 px wide or less)."""
    multi = groups[groups["n_claims"] > 1]
    chosen = multi.head(limit)
    note = f" (the {limit} most severe of {len(multi):,})" if len(multi) > limit else ""
    n = max(len(chosen), 1)
    shown = claims.loc[claims["group_id"].isin(set(chosen["group_id"])), ["group_id", "point", "bound_only", "anchor",
                                                                          "qualifier"]]  # fmt: skip
    # each group's rows as positions in the columns read once (a frame per group cost 2 ms a group, twice a report)
    at_group: dict = {}
    for k, g in enumerate(shown["group_id"].to_numpy(dtype=object).tolist()):
        at_group.setdefault(g, []).append(k)
    point = shown["point"].to_numpy(dtype=float)
    bound_only = shown["bound_only"].astype(bool).to_numpy()
    anchor, qualifier = (shown[k].to_numpy(dtype=object) for k in ("anchor", "qualifier"))
    drawn = []  # (row, colour, points, bounds as (anchor, end))
    everything = []
    for i, group in enumerate(iter_rows(chosen[["group_id", "severity"]])):
        rows = at_group.get(group.group_id)
        if rows is None:
            continue
        points = point[rows]
        points = points[np.isfinite(points) & (points > 0)]
        bounds = []
        for at in (k for k in rows if bound_only[k]):
            if _finite(anchor[at]) and anchor[at] > 0:
                bounds.append((anchor[at], anchor[at] * (1.5 if qualifier[at] == AT_LEAST else 1 / 1.5)))
                everything.extend(bounds[-1])
        everything.extend(points)
        drawn.append((i, SEVERITY_COLOURS.get(group.severity, "#444444"), points, bounds))
    finite = np.array(everything, dtype=float)
    lo, hi = (finite.min() / 1.8, finite.max() * 1.8) if len(finite) else (1.0, 10.0)
    labels = []
    for g in iter_rows(chosen[["subject", "metric", "geography", "unit"]]):
        geography = f", {g.geography}" if isinstance(g.geography, str) and g.geography else ""
        unit = f" ({g.unit})" if isinstance(g.unit, str) and g.unit else ""
        labels.append(clip(f"{g.subject}: {g.metric}{geography}{unit}", 60))
    key: list[svg.Entry] = [("o", c, s) for s, c in SEVERITY_COLOURS.items() if s in set(chosen["severity"])]
    key.append(("arrow", "#000000", "a bound alone (arrow)"))
    title, axis = "Every compared group, most severe first", "stated values, log scale (each row in its own unit)"
    alt = "Overview: every compared group's claims on a log axis, coloured by severity"
    # the most severe on top
    chart = RowChart(n, labels, title, row_height=0.34, base=0.9, top=0.45, bottom=0.6, legend=key,
                     legend_title="severity", legend_size=8, title_end=note, narrow=narrow,
                     first_on_top=True)  # fmt: skip
    f = chart.frame
    x = Scale(float(lo), float(hi), f.left, f.right, log=True)
    chart.x_axis(x, axis)
    c, y = f.canvas, chart.y
    for i, colour, points, bounds in drawn:
        if len(points):
            c.line(x(points.min()), y(i), x(points.max()), y(i), colour, 3, opacity=0.35, cap="round")
            for p in points:
                c.marker("o", x(p), y(i), 6, colour, "#000000", 0.4)
        for anchor, end in bounds:
            c.arrow(x(anchor), y(i), x(end), y(i), colour, 1.4)
    return chart.finish(alt)
