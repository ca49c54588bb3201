"""Figures for the notebooks, drawn from the engine's tables.

Figures are drawn on ``matplotlib.figure.Figure`` objects (not pyplot), with a fixed font and size, so the
same data gives the same image bytes. Claim text in a label is data, never markup or mathtext.
"""

from __future__ import annotations

import base64
import functools
import io
import math
import textwrap

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter, LogLocator, MaxNLocator, NullFormatter

from discrepancy.claims import readable
from discrepancy.claims.grammar import APPROX, AT_LEAST, AT_MOST, RANGE, VAGUE
from discrepancy.claims.readable import esc
from discrepancy.logscale import log2

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
# text.parse_math off: claim text is data, and "$$" or "$x^2$" in a source name must print as it is, never
# be parsed as mathtext (which made every report on such a table fail).
matplotlib.rcParams.update(
    {"font.family": "DejaVu Sans", "svg.hashsalt": "discrepancy", "figure.dpi": 80, "text.parse_math": False}
)


def source_kind(value) -> str:
    """A claim's source type as the charts colour it and their legends and the report's key name it: case
    folded, missing as "" (one rule, so that a key never names a colour its chart does not draw)."""
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value).casefold()


def source_colour(kind: str) -> str:
    """The colour of a :func:`source_kind` (grey for a kind the suite does not know)."""
    return SOURCE_TYPE_COLOURS.get(kind, SOURCE_TYPE_COLOURS[""])


class Chart:
    """A figure that shows itself in a notebook and a report as an HTML figure holding an SVG image
    (``display(chart)``), with alt text, at the full width of the page. The same bytes every time: no date
    or software metadata, fixed ids. ``png()`` gives the same figure as PNG."""

    def __init__(self, figure: Figure, alt: str = "chart"):
        self.figure = figure
        self.alt = alt

    def png(self) -> bytes:
        buffer = io.BytesIO()
        self.figure.savefig(
            buffer, format="png", dpi=100, bbox_inches="tight", pad_inches=0.15, metadata={"Software": None}
        )
        return buffer.getvalue()

    def svg(self) -> bytes:
        """The figure as SVG with its text as text (not paths): about a quarter of the time and a third of
        the bytes of the PNG; the same bytes every time (no date, a fixed hash salt for ids). Drawn once, at
        its own size: the charts fit their margins to their labels (:func:`fit_frame`)."""
        buffer = io.BytesIO()
        with matplotlib.rc_context({"svg.fonttype": "none"}):
            self.figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
        return buffer.getvalue()

    def _repr_html_(self) -> str:
        data = base64.b64encode(self.svg()).decode("ascii")
        return (
            f"<figure class='dq-chart'><img alt='{esc(clip(self.alt, 300))}' "
            f"src='data:image/svg+xml;base64,{data}'></figure>"
        )

    def __repr__(self) -> str:
        w, h = self.figure.get_size_inches()
        return f"<Chart {w:.1f}x{h:.1f} in>"


#: Width of every chart in inches (1,000 px at 100 dpi): the full width of the report's text column.
WIDTH = 10.0
SEVERITY_COLOURS = {"extreme": "#b2182b", "major": "#e66101", "minor": "#5e9bd1", "consistent": "#8c8c8c"}


def text_width(texts, size: float) -> float:
    """The widest of ``texts`` in inches at ``size`` points in the chart's font, from each character's advance
    (no draw, no kerning: within a few percent of matplotlib's layout, and the margins leave room for that)."""
    return max((sum(_advance(ch) for ch in str(t)) * size / 72 for t in texts), default=0.0)


@functools.lru_cache(maxsize=4096)
def _advance(ch: str) -> float:
    """One character's width at 1 point, in points, in the chart's font."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextToPath

    return TextToPath().get_text_width_height_descent(ch, FontProperties(size=100), ismath=False)[0] / 100


def fit_text(text: str, size: float, inches: float, end: str = "") -> str:
    """``text`` then ``end``, with ``text`` cut (an ellipsis where it was) until the whole is at most ``inches``
    wide at ``size`` points; ``end`` is always kept whole."""
    keep = len(text)
    while keep > 1 and text_width([text[:keep] + ("…" if keep < len(text) else "") + end], size) > inches:
        keep = int(keep * 0.9)
    return (text if keep == len(text) else text[:keep].rstrip() + "…") + end


def fit_frame(fig: Figure, ax, labels, label_size: float, legend, title: str, title_size: float, *, top: float,
              bottom: float, title_end: str = "") -> None:  # fmt: skip
    """Margins measured from the text they hold, so the figure is drawn once (``bbox_inches="tight"`` draws it
    twice). ``labels`` are the axes' row labels (one per y tick): the left margin holds the widest, up to 45% of
    the width, where wider ones are cut. The right margin holds the legend beside the axes. The title is
    ``title`` then ``title_end``; when it would run off the figure, ``title`` is cut and ``title_end`` (the
    spread, the severity, what rows are shown) is kept whole."""
    width, height = fig.get_size_inches()
    room = width * 0.45 - 0.25
    if text_width(labels, label_size) > room:
        labels = [fit_text(label, label_size, room) for label in labels]
        ax.set_yticks(ax.get_yticks(), labels, fontsize=label_size)
    left = text_width(labels, label_size) + 0.25
    right = 0.15
    if legend is not None:
        size = legend.get_texts()[0].get_fontsize() if legend.get_texts() else 8
        texts = [t.get_text() for t in legend.get_texts()] + [legend.get_title().get_text()]
        em = size / 72
        right += (
            text_width(texts, size) + (legend.handlelength + legend.handletextpad + 2 * legend.borderpad + 0.5) * em
        )
        right += 0.01 * (width - left - right)
    fig.subplots_adjust(left=left / width, right=1 - right / width, top=1 - top / height, bottom=bottom / height)
    ax.set_title(fit_text(title, title_size, width - left - 0.1, title_end), fontsize=title_size, loc="left", y=1.0)


def tick_label(value: float) -> str:
    """An axis label as readers write numbers: 0, 2.5, 1,000, 250,000, 1.5 million (never 1e5 or 10^4)."""
    if value == 0 or not np.isfinite(value):
        return "0" if value == 0 else ""
    if abs(value) >= 1e6:
        return readable.number(float(value))
    if float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.3g}"


def value_axis(axis, lo: float, hi: float, log: bool) -> None:
    """Ticks on a value axis that never run together: at most six labels, thousands separators, plain
    labels on a log axis (1, 2 and 5 in each decade when the axis spans two decades or less)."""
    if log:
        decades = math.log10(max(hi, 1e-300) / max(lo, 1e-300))
        subs = (1.0,) if decades > 2.2 else (1.0, 2.0, 5.0)
        axis.set_major_locator(LogLocator(base=10, subs=subs, numticks=8))
        axis.set_minor_locator(LogLocator(base=10, subs=tuple(range(2, 10)), numticks=12))
        axis.set_minor_formatter(NullFormatter())
    else:
        axis.set_major_locator(MaxNLocator(nbins=5))
    axis.set_major_formatter(FuncFormatter(lambda v, _pos: tick_label(v)))


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


#: What the forest charts' markers mean, beside the colours of the source types: (symbol, line style or
#: marker, label), the legend's entries and the HTML key's (views/report.forest_key_html) in the same order.
FOREST_SHAPES = (
    ("┄", "--", "consensus (median)"),
    ("□", "s", "exact value"),
    ("○", "o", "approximate value"),
    ("◇", "D", "range (midpoint)"),
    ("→", ">", "bound: at least / up to (arrow)"),
)


def forest_chart(claims: pd.DataFrame, group: pd.Series, *, width: float = WIDTH, legend: bool = True) -> Chart:
    """One group: a row per claim, its point with its interval as a whisker, bounds as arrows, colour by
    source type, the consensus as a line; a log axis when the values span more than tenfold. ``legend``: the
    key beside the chart; the report draws none and shows one key above its charts instead (an HTML key,
    readable at any width, and about 13 ms less a chart)."""
    rows = claims.sort_values(["anchor", "claim_date", "claim_id"], na_position="first", kind="stable")
    rows, shown = _extremes(rows[rows["anchor"].notna()], MAX_CHART_ROWS)
    rows = rows[["anchor", "lo", "hi", "qualifier", "source_type", "source", "claim_date"]]  # narrow: cheap rows
    labels = [_label(r) for r in rows.itertuples(index=False)]
    n = max(len(rows), 1)
    fig = Figure(figsize=(width, 0.9 + 0.42 * n))
    ax = fig.add_subplot()
    finite = (
        np.concatenate([rows[c].to_numpy(dtype=float) for c in ("lo", "hi", "anchor")])
        if len(rows)
        else np.array([1.0])
    )
    finite = finite[np.isfinite(finite) & (finite > 0)]
    lo_all, hi_all = (finite.min(), finite.max()) if len(finite) else (1.0, 10.0)
    if hi_all <= lo_all * 1.02:  # one value: give it room
        lo_all, hi_all = lo_all * 0.9, hi_all * 1.1
    log = hi_all / lo_all > 10
    if log:
        ax.set_xscale("log")
    left, right = (
        (lo_all / 1.6, hi_all * 1.6)
        if log
        else (lo_all - 0.15 * (hi_all - lo_all + 1), hi_all + 0.15 * (hi_all - lo_all + 1))
    )
    for y, row in enumerate(rows.itertuples(index=False)):
        colour = source_colour(source_kind(row.source_type))
        lo = row.lo if np.isfinite(row.lo) else None
        hi = row.hi if np.isfinite(row.hi) else None
        if row.qualifier == AT_LEAST:
            ax.annotate(
                "", xy=(right, y), xytext=(row.anchor, y), arrowprops={"arrowstyle": "->", "color": colour, "lw": 1.6}
            )
            ax.plot([row.anchor], [y], marker="|", markersize=12, color=colour)
        elif row.qualifier == AT_MOST:
            ax.annotate(
                "", xy=(left, y), xytext=(row.anchor, y), arrowprops={"arrowstyle": "->", "color": colour, "lw": 1.6}
            )
            ax.plot([row.anchor], [y], marker="|", markersize=12, color=colour)
        else:
            if lo is not None and hi is not None and hi > lo:
                ax.plot([lo, hi], [y, y], color=colour, lw=2, solid_capstyle="butt")
            marker = "D" if row.qualifier in (RANGE, VAGUE) else ("o" if row.qualifier == APPROX else "s")
            ax.plot(
                [row.anchor],
                [y],
                marker=marker,
                markersize=7,
                color=colour,
                markeredgecolor="black",
                markeredgewidth=0.5,
            )
    consensus = group.get("consensus")
    if consensus is not None and np.isfinite(consensus) and consensus > 0:
        ax.axvline(consensus, color="black", ls="--", lw=1)
    ax.set_yticks(range(len(rows)), labels, fontsize=8)
    ax.set_ylim(-0.7, n - 0.3)
    ax.set_xlim(max(left, 1e-9) if log else left, right)
    ax.grid(axis="x", color="#dddddd", lw=0.6)
    ax.set_axisbelow(True)
    value_axis(ax.xaxis, max(left, 1e-9), right, log)
    unit = f" ({group['unit']})" if isinstance(group.get("unit"), str) and group["unit"] else ""
    ax.set_xlabel(clip(f"{group['metric']}{unit}") + (" — log scale" if log else ""), fontsize=9)
    geography = f", {group['geography']}" if isinstance(group.get("geography"), str) and group["geography"] else ""
    ratio = group.get("spread_ratio")
    spread = f" — {readable.ratio(ratio)} spread" if ratio is not None and np.isfinite(ratio) else ""
    title, title_end = (
        clip(f"{group['subject']}: {group['metric']}{geography}"),
        f"{spread} [{group['severity']}]{shown}",
    )
    key = None
    if legend:
        types = sorted({source_kind(t) for t in rows["source_type"]} - {""})
        handles = [Line2D([], [], marker="o", ls="", color=source_colour(t), label=t) for t in types]
        (_, dashed, consensus), *shapes, (_, arrow, bound) = FOREST_SHAPES
        handles.append(Line2D([], [], ls=dashed, color="black", label=consensus))
        handles += [
            Line2D([], [], marker=marker, ls="", color="white", markeredgecolor="black", label=label)
            for _, marker, label in shapes
        ]
        handles.append(Line2D([], [], marker=arrow, ls="-", color="black", markersize=5, label=bound))
        key = ax.legend(handles=handles, fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    fit_frame(fig, ax, labels, 8, key, title, 10, top=0.45, bottom=0.55, title_end=title_end)
    return Chart(fig, f"Claims of the group {group['group_id']}: each claim's value and interval on one axis")


def source_profile_chart(sources: pd.DataFrame, *, limit: int = 25) -> Chart:
    """Median log10 deviation from consensus per source: who runs high (right) or low (left)."""
    rows = sources[sources["median_log10_deviation"].notna()].copy()
    rows = rows.reindex(rows["median_log10_deviation"].abs().sort_values(ascending=False, kind="stable").index).head(
        limit
    )
    rows = rows.sort_values("median_log10_deviation", kind="stable")
    n = max(len(rows), 1)
    fig = Figure(figsize=(WIDTH, 1.1 + 0.32 * n))
    ax = fig.add_subplot()
    values = rows["median_log10_deviation"].to_numpy(dtype=float)
    colours = [HIGH_COLOUR if v > 0 else LOW_COLOUR for v in values]
    ax.barh(range(len(rows)), values, color=colours)
    names = [clip(s, 60) for s in rows["source"].astype(str)]
    labels = [f"{s} (n={c})" for s, c in zip(names, rows["compared_claims"])]
    ax.set_yticks(range(len(rows)), labels, fontsize=8)
    ax.axvline(0, color="black", lw=0.8)
    ax.xaxis.set_major_locator(MaxNLocator(nbins=6))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{10**v:.2g}x" if v else "consensus"))
    ax.set_xlabel("median of its claims over their group's consensus (log scale)", fontsize=9)
    ax.grid(axis="x", color="#dddddd", lw=0.6)
    ax.set_axisbelow(True)
    legend = ax.legend(
        handles=high_low_handles(), fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False
    )
    fit_frame(fig, ax, labels, 8, legend, "Who runs high or low", 10, top=0.45, bottom=0.7)
    return Chart(fig, "Each source's median claim against its groups' consensus")


HIGH_COLOUR, LOW_COLOUR = "#b2182b", "#2166ac"


def high_low_handles() -> list:
    from matplotlib.patches import Patch

    return [Patch(color=HIGH_COLOUR, label="above the consensus"), Patch(color=LOW_COLOUR, label="below the consensus")]


QUALIFIER_MARKERS = {AT_LEAST: "^", AT_MOST: "v"}


def timeline_chart(claims: pd.DataFrame, groups: pd.DataFrame, *, limit: int = 8) -> Chart:
    """Claims over time: one panel per group (the first ``limit`` groups), value against reference date, on
    one shared date axis padded to the data; "at least" and "up to" drawn as triangles pointing their way."""
    chosen = groups.head(limit)
    n = max(len(chosen), 1)
    fig = Figure(figsize=(WIDTH, 0.9 + 1.7 * n))
    shown = claims[claims["group_id"].isin(set(chosen["group_id"])) & claims["anchor"].notna()]
    all_dates = pd.to_datetime(shown["reference_date"].replace("", None), errors="coerce").dropna()
    if len(all_dates):
        first, last = all_dates.min(), all_dates.max()
        pad = max((last - first) * 0.06, pd.Timedelta(days=45))
        span = (first - pad, last + pad)
    types_seen: set[str] = set()
    qualifiers_seen: set[str] = set()
    axes = []
    for i, group in enumerate(chosen.itertuples(index=False)):
        ax = fig.add_subplot(n, 1, i + 1, sharex=axes[0] if axes else None)
        axes.append(ax)
        rows = shown[shown["group_id"] == group.group_id]
        dates = pd.to_datetime(rows["reference_date"].replace("", None), errors="coerce").to_numpy()
        values = rows["anchor"].to_numpy(dtype=float)
        kinds = rows["source_type"].fillna("").str.casefold().to_numpy()
        qualifiers = rows["qualifier"].fillna("").to_numpy()
        for t in sorted(set(kinds)):
            for q in sorted(set(qualifiers)):
                mask = (kinds == t) & (qualifiers == q)
                if not mask.any():
                    continue
                types_seen.add(t)
                qualifiers_seen.add(q)
                ax.scatter(dates[mask], values[mask], s=30, marker=QUALIFIER_MARKERS.get(q, "o"),
                           color=source_colour(t), edgecolor="black", linewidth=0.4)  # fmt: skip
        finite = values[np.isfinite(values) & (values > 0)]
        lo, hi = (finite.min(), finite.max()) if len(finite) else (1.0, 10.0)
        log = hi / max(lo, 1e-9) > 10
        if log:
            ax.set_yscale("log")
            ax.set_ylim(lo / 1.8, hi * 1.8)
        else:
            margin = 0.15 * (hi - lo) or 0.1 * abs(hi) or 1.0
            ax.set_ylim(lo - margin, hi + margin)
        value_axis(ax.yaxis, *ax.get_ylim(), log)
        bottom, top = ax.get_ylim()
        for when, value, q, t in zip(dates, values, qualifiers, kinds):  # a bound: an arrow pointing its way
            if q in (AT_LEAST, AT_MOST) and np.isfinite(value) and not pd.isna(when):
                if log:
                    end = value * (2.2 if q == AT_LEAST else 1 / 2.2)
                else:
                    end = value + (0.18 if q == AT_LEAST else -0.18) * (top - bottom)
                ax.annotate("", xy=(when, end), xytext=(when, value), annotation_clip=False,
                            arrowprops={"arrowstyle": "-|>", "color": source_colour(t), "lw": 1.2})  # fmt: skip
        geography = f", {group.geography}" if isinstance(group.geography, str) and group.geography else ""
        unit = f" ({group.unit})" if isinstance(group.unit, str) and group.unit else ""
        ax.set_title(clip(f"{group.subject}: {group.metric}{geography}{unit}"), fontsize=9, loc="left", y=1.0)
        ax.tick_params(labelsize=8)
        ax.grid(color="#eeeeee", lw=0.6)
    if len(all_dates):
        axes[0].set_xlim(*span)
    handles = [Line2D([], [], marker="o", ls="", color=source_colour(t), markeredgecolor="black",
                      label=clip(t, 30) or "source type not given") for t in sorted(types_seen)]  # fmt: skip
    for q, label in ((AT_LEAST, "at least (a floor, arrow up)"), (AT_MOST, "up to (a ceiling, arrow down)")):
        if q in qualifiers_seen:
            handles.append(Line2D([], [], marker=QUALIFIER_MARKERS[q], ls="", color="white", markeredgecolor="black",
                                  label=label))  # fmt: skip
    if handles:
        fig.legend(handles=handles, fontsize=8, loc="lower center", ncol=min(len(handles), 5), frameon=False)
    fig.subplots_adjust(
        hspace=0.75, left=0.1, right=0.98, top=1 - 0.35 / (0.9 + 1.7 * n), bottom=0.75 / (0.9 + 1.7 * n)
    )
    return Chart(fig, "Claims over time, one panel per group")


def _ratio_text(r: float) -> str:
    if not np.isfinite(r):
        return ""
    if r >= 100:
        return f"{r:,.0f}"
    return f"{r:.1f}" if r >= 10 else f"{r:.2g}"


def ratio_heatmap(claims: pd.DataFrame) -> Chart:
    """Pairwise ratios (row over column) of a group's claims that have a point, as a heat map on log2."""
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


def overview_chart(groups: pd.DataFrame, claims: pd.DataFrame, *, limit: int = MAX_CHART_ROWS) -> Chart:
    """Every compared group at a glance: one row per group of two claims or more (most severe first), its
    claims as dots on a log axis from the lowest to the highest, coloured by the group's severity; a bound
    alone is an arrow pointing its way."""
    multi = groups[groups["n_claims"] > 1]
    chosen = multi.head(limit)
    note = f" (the {limit} most severe of {len(multi):,})" if len(multi) > limit else ""
    n = max(len(chosen), 1)
    fig = Figure(figsize=(WIDTH, 0.9 + 0.34 * n))
    ax = fig.add_subplot()
    by_group = dict(tuple(claims[claims["group_id"].isin(set(chosen["group_id"]))].groupby("group_id", sort=False)))
    everything = []
    for y, group in enumerate(chosen.itertuples(index=False)):
        rows = by_group.get(group.group_id)
        if rows is None:
            continue
        colour = SEVERITY_COLOURS.get(group.severity, "#444444")
        points = rows["point"].to_numpy(dtype=float)
        points = points[np.isfinite(points) & (points > 0)]
        if len(points):
            ax.plot([points.min(), points.max()], [y, y], color=colour, lw=3, alpha=0.35, solid_capstyle="round")
            ax.plot(points, [y] * len(points), ls="", marker="o", markersize=6, color=colour, markeredgecolor="black",
                    markeredgewidth=0.4)  # fmt: skip
            everything.extend(points)
        for row in rows[rows["bound_only"].astype(bool)].itertuples(index=False):
            if np.isfinite(row.anchor) and row.anchor > 0:
                end = row.anchor * (1.5 if row.qualifier == AT_LEAST else 1 / 1.5)
                ax.annotate("", xy=(end, y), xytext=(row.anchor, y),
                            arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 1.4})  # fmt: skip
                everything.extend([row.anchor, end])
    finite = np.array(everything, dtype=float)
    lo, hi = (finite.min() / 1.8, finite.max() * 1.8) if len(finite) else (1.0, 10.0)
    ax.set_xscale("log")
    ax.set_xlim(lo, hi)
    value_axis(ax.xaxis, lo, hi, True)
    labels = []
    for g in chosen.itertuples(index=False):
        geography = f", {g.geography}" if isinstance(g.geography, str) and g.geography else ""
        unit = f" ({g.unit})" if isinstance(g.unit, str) and g.unit else ""
        labels.append(clip(f"{g.subject}: {g.metric}{geography}{unit}", 60))
    ax.set_yticks(range(len(chosen)), labels, fontsize=8)
    ax.set_ylim(n - 0.5, -0.5)  # most severe on top
    ax.grid(axis="x", color="#dddddd", lw=0.6)
    ax.set_axisbelow(True)
    ax.set_xlabel("stated values, log scale (each row in its own unit)", fontsize=9)
    handles = [Line2D([], [], marker="o", ls="", color=c, markeredgecolor="black", label=s)
               for s, c in SEVERITY_COLOURS.items() if s in set(chosen["severity"])]  # fmt: skip
    handles.append(Line2D([], [], marker=">", ls="-", color="black", markersize=5, label="a bound alone (arrow)"))
    legend = ax.legend(handles=handles, fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False,
                       title="severity", title_fontsize=8)  # fmt: skip
    fit_frame(fig, ax, labels, 8, legend, "Every compared group, most severe first", 10, top=0.45, bottom=0.6,
              title_end=note)  # fmt: skip
    return Chart(fig, "Overview: every compared group's claims on a log axis, coloured by severity")
