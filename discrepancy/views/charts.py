"""Figures for the notebooks, drawn from the engine's tables.

Figures are drawn on ``matplotlib.figure.Figure`` objects (not pyplot), with a fixed font and size, so the
same data gives the same image bytes. Claim text in a label is data, never markup or mathtext.
"""

from __future__ import annotations

import io

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from discrepancy.claims import readable
from discrepancy.claims.grammar import APPROX, AT_LEAST, AT_MOST, RANGE, VAGUE

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


class Chart:
    """A figure that shows itself in a notebook as PNG (``display(chart)``), the same bytes every time:
    a fixed resolution and no software or date metadata in the file."""

    def __init__(self, figure: Figure):
        self.figure = figure

    def png(self) -> bytes:
        buffer = io.BytesIO()
        self.figure.savefig(
            buffer, format="png", dpi=100, bbox_inches="tight", pad_inches=0.15, metadata={"Software": None}
        )
        return buffer.getvalue()

    def _repr_png_(self) -> bytes:
        return self.png()

    def __repr__(self) -> str:
        w, h = self.figure.get_size_inches()
        return f"<Chart {w:.1f}x{h:.1f} in>"


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


def forest_chart(claims: pd.DataFrame, group: pd.Series, *, width: float = 8.0) -> Chart:
    """One group: a row per claim, its point with its interval as a whisker, bounds as arrows, colour by
    source type, the consensus as a line; a log axis when the values span more than tenfold."""
    rows = claims.sort_values(["anchor", "claim_date", "claim_id"], na_position="first", kind="stable")
    rows, shown = _extremes(rows[rows["anchor"].notna()], MAX_CHART_ROWS)
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
        colour = SOURCE_TYPE_COLOURS.get(str(row.source_type or "").casefold(), SOURCE_TYPE_COLOURS[""])
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
    ax.set_yticks(range(len(rows)), [_label(r) for r in rows.itertuples(index=False)], fontsize=8)
    ax.set_ylim(-0.7, n - 0.3)
    ax.set_xlim(max(left, 1e-9) if log else left, right)
    ax.grid(axis="x", color="#dddddd", lw=0.6)
    ax.set_axisbelow(True)
    if not log:
        ax.ticklabel_format(axis="x", style="plain", useOffset=False)
    unit = f" ({group['unit']})" if isinstance(group.get("unit"), str) and group["unit"] else ""
    ax.set_xlabel(clip(f"{group['metric']}{unit}") + (" — log scale" if log else ""), fontsize=9)
    geography = f", {group['geography']}" if isinstance(group.get("geography"), str) and group["geography"] else ""
    ratio = group.get("spread_ratio")
    spread = f" — {readable.ratio(ratio)} spread" if ratio is not None and np.isfinite(ratio) else ""
    ax.set_title(
        clip(f"{group['subject']}: {group['metric']}{geography}") + f"{spread} [{group['severity']}]{shown}",
        fontsize=10,
        loc="left",
    )
    types = sorted({str(t or "").casefold() for t in rows["source_type"]} - {""})
    handles = [Line2D([], [], marker="o", ls="", color=SOURCE_TYPE_COLOURS.get(t, "#444444"), label=t) for t in types]
    handles += [Line2D([], [], ls="--", color="black", label="consensus (median)")]
    ax.legend(handles=handles, fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    fig.subplots_adjust(left=0.34, right=0.78, top=1 - 0.45 / (0.9 + 0.42 * n), bottom=0.55 / (0.9 + 0.42 * n))
    return Chart(fig)


def source_profile_chart(sources: pd.DataFrame, *, limit: int = 25) -> Chart:
    """Median log10 deviation from consensus per source: who runs high (right) or low (left)."""
    rows = sources[sources["median_log10_deviation"].notna()].copy()
    rows = rows.reindex(rows["median_log10_deviation"].abs().sort_values(ascending=False, kind="stable").index).head(
        limit
    )
    rows = rows.sort_values("median_log10_deviation", kind="stable")
    n = max(len(rows), 1)
    fig = Figure(figsize=(8, 0.9 + 0.32 * n))
    ax = fig.add_subplot()
    values = rows["median_log10_deviation"].to_numpy(dtype=float)
    colours = ["#b2182b" if v > 0 else "#2166ac" for v in values]
    ax.barh(range(len(rows)), values, color=colours)
    names = [clip(s, 48) for s in rows["source"].astype(str)]
    ax.set_yticks(range(len(rows)), [f"{s} (n={c})" for s, c in zip(names, rows["compared_claims"])], fontsize=8)
    ax.axvline(0, color="black", lw=0.8)
    ax.set_xlabel("median log10 deviation from the group consensus (+0.3 = twice as high)", fontsize=9)
    ax.set_title("Who runs high or low", fontsize=10, loc="left")
    ax.grid(axis="x", color="#dddddd", lw=0.6)
    ax.set_axisbelow(True)
    fig.subplots_adjust(left=0.42, right=0.97, top=1 - 0.45 / (0.9 + 0.32 * n), bottom=0.6 / (0.9 + 0.32 * n))
    return Chart(fig)


def timeline_chart(claims: pd.DataFrame, groups: pd.DataFrame, *, limit: int = 8) -> Chart:
    """Claims over time: one panel per group (the first ``limit`` groups), value against reference date."""
    chosen = groups.head(limit)
    n = max(len(chosen), 1)
    fig = Figure(figsize=(8, 1.9 * n))
    for i, group in enumerate(chosen.itertuples(index=False)):
        ax = fig.add_subplot(n, 1, i + 1)
        rows = claims[(claims["group_id"] == group.group_id) & claims["anchor"].notna()]
        dates = pd.to_datetime(rows["reference_date"].replace("", None), errors="coerce")
        for t in sorted(set(rows["source_type"].fillna("").str.casefold())):
            mask = (rows["source_type"].fillna("").str.casefold() == t).to_numpy()
            ax.scatter(
                dates[mask],
                rows["anchor"].to_numpy(dtype=float)[mask],
                s=22,
                color=SOURCE_TYPE_COLOURS.get(t, "#444444"),
                label=clip(t, 30) or "unknown",
                edgecolor="black",
                linewidth=0.4,
            )
        finite = rows["anchor"].to_numpy(dtype=float)
        if len(finite) and np.nanmax(finite) / max(np.nanmin(finite), 1e-9) > 10:
            ax.set_yscale("log")
        geography = f", {group.geography}" if isinstance(group.geography, str) and group.geography else ""
        ax.set_title(clip(f"{group.subject}: {group.metric}{geography}"), fontsize=9, loc="left")
        ax.tick_params(labelsize=7)
        ax.grid(color="#eeeeee", lw=0.6)
    fig.subplots_adjust(hspace=0.8, left=0.12, right=0.97, top=1 - 0.35 / (1.9 * n), bottom=0.5 / (1.9 * n))
    return Chart(fig)


def ratio_heatmap(claims: pd.DataFrame) -> Chart:
    """Pairwise ratios (row over column) of a group's claims that have a point, as a heat map on log2."""
    rows = claims[claims["point"].notna()].sort_values(["point", "claim_id"], kind="stable")
    rows, shown = _extremes(rows, 40)  # a cell per pair: 40 claims draw 1,600 cells
    n = max(len(rows), 1)
    points = rows["point"].to_numpy(dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        matrix = np.log2(points[:, None] / points[None, :]) if len(points) else np.zeros((1, 1))
    fig = Figure(figsize=(2.5 + 0.55 * n, 1.8 + 0.5 * n))
    ax = fig.add_subplot()
    bound = max(1.0, float(np.nanmax(np.abs(matrix)))) if matrix.size else 1.0
    image = ax.imshow(matrix, cmap="RdBu_r", vmin=-bound, vmax=bound)
    labels = [
        f"{clip(s, 28)} ({clip(d, 12)})" for s, d in zip(rows["source"].astype(str), rows["claim_date"].astype(str))
    ]
    ax.set_xticks(range(len(rows)), labels, rotation=60, ha="right", fontsize=7)
    ax.set_yticks(range(len(rows)), labels, fontsize=7)
    for i in range(len(rows)):
        for j in range(len(rows)):
            ax.text(j, i, f"{2 ** matrix[i, j]:.2g}", ha="center", va="center", fontsize=6)
    fig.colorbar(image, ax=ax, label="log2(row / column)")
    ax.set_title("How many times each claim is the other" + shown, fontsize=9, loc="left")
    fig.tight_layout()
    return Chart(fig)
