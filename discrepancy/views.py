"""What the notebooks show: figures and HTML-safe tables built from the engine's tables.

Claim text is untrusted. Everything here that puts text into HTML escapes it (``html.escape``), and no
function here ever turns claim text into markup, a link or a script. Figures are drawn on
``matplotlib.figure.Figure`` objects (not pyplot), with a fixed font and size, so the same data gives
the same PNG bytes. Views never execute notebooks and never compare claims themselves.
"""

from __future__ import annotations

import io
import math
import platform
from collections.abc import Sequence

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from . import readable
from .grammar import APPROX, AT_LEAST, AT_MOST, RANGE, VAGUE
from .paths import notebooks_dir, package_version
from .readable import esc

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


# --------------------------------------------------------------------------- HTML


def _cell(value: object) -> str:
    if isinstance(value, (bool, np.bool_)):
        return "yes" if value else "no"
    if isinstance(value, (float, np.floating)):
        if math.isnan(value):
            return ""
        return esc(readable.number(float(value)) if abs(value) >= 1000 or float(value).is_integer() else f"{value:.3g}")
    return esc(value)


def html_table(
    frame: pd.DataFrame, columns: Sequence[str] | None = None, *, max_rows: int | None = None, caption: str = ""
) -> str:
    """A plain HTML table of ``frame`` with every cell escaped; a note says how many rows were left out."""
    columns = [c for c in (columns or list(frame.columns)) if c in frame.columns]
    shown = frame if max_rows is None else frame.head(max_rows)
    head = "".join(f"<th>{esc(c)}</th>" for c in columns)
    body = (
        "".join(
            "<tr>" + "".join(f"<td>{_cell(v)}</td>" for v in row) + "</tr>"
            for row in zip(*[shown[c].to_numpy(dtype=object) for c in columns])
        )
        if len(shown) and columns
        else ""
    )
    more = len(frame) - len(shown)
    note = f"<p class='dq-more'>{more:,} more row{'s' if more != 1 else ''} not shown.</p>" if more > 0 else ""
    cap = f"<caption>{esc(caption)}</caption>" if caption else ""
    return f"<table class='dq-table'>{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{note}"


def heading(text: str, level: int = 1) -> str:
    return f"<h{level}>{esc(text)}</h{level}>"


def findings_html(findings: pd.DataFrame, limit: int | None = None) -> str:
    """The findings as an ordered list, most severe first, each marked with its severity."""
    if findings.empty:
        return "<p>No two sources disagree beyond the thresholds.</p>"
    shown = findings if limit is None else findings.head(limit)
    items = "".join(
        f"<li><strong>[{esc(sev)}]</strong> {esc(text)}</li>"
        for sev, text in zip(shown["severity"].to_numpy(dtype=object), shown["text"].to_numpy(dtype=object))
    )
    more = len(findings) - len(shown)
    tail = f"<p>{more:,} further findings are in the tables below.</p>" if more > 0 else ""
    return f"<ol class='dq-findings'>{items}</ol>{tail}"


def paragraph(text: str) -> str:
    return f"<p>{esc(text)}</p>"


# --------------------------------------------------------------------------- figures


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


# --------------------------------------------------------------------------- provenance


def provenance(payload: dict, rows: dict | None = None) -> pd.DataFrame:
    """What a report was made from, as a table: the notebook and its SHA-256, each input with its SHA-256 and
    row count, every parameter, and the versions of the software. ``payload`` is what render hands the kernel
    (notebooks.provenance_payload); ``rows``: input file -> rows read."""
    from importlib.metadata import version

    records = [("notebook", payload["notebook"], payload["notebook_sha256"])]
    for item in payload["inputs"]:
        count = (rows or {}).get(item.get("file", item["path"]))
        rows_text = f"; {count:,} rows" if count is not None else ""
        records.append(("input", item["path"], f"sha256 {item['sha256']}{rows_text}"))
    for name in sorted(payload["parameters"]):
        records.append(("parameter", name, repr(payload["parameters"][name])))
    versions = {
        "discrepancy": package_version(),
        "python": platform.python_version(),
        "pandas": pd.__version__,
        "matplotlib": matplotlib.__version__,
        "papermill": version("papermill"),  # importing papermill in the kernel would cost seconds
    }
    records.extend(("version", k, v) for k, v in versions.items())
    return pd.DataFrame(records, columns=["kind", "name", "value"])


def parameters_of(notebook: str, namespace: dict) -> dict:
    """The values the parameters cell of ``notebook`` defines, read from the running namespace."""
    from .notebooks import notebook_parameters

    return {name: namespace.get(name) for name in notebook_parameters(notebooks_dir() / notebook)}
