"""The report notebooks' sections: each function turns the engine's tables into one thing to display.

The notebooks stay thin (parameters, one call per section, prose); the choices of what to show, how
many rows and in what order live here, where they are tested. Every table goes through
:func:`html.html_table`, which escapes every cell.
"""

from __future__ import annotations

import json
import os
import platform

import matplotlib
import pandas as pd
from matplotlib.figure import Figure

from discrepancy.claims import readable
from discrepancy.claims.grammar import OVERRIDDEN, REVIEW, UNPARSED
from discrepancy.claims.text import fold_text
from discrepancy.engine.compare import Comparison
from discrepancy.errors import NotFound
from discrepancy.paths import PROVENANCE_ENV, package_version, report_path, resolve_input, sha256_file
from discrepancy.views import charts, html
from discrepancy.views.html import esc, html_table

GROUP_VIEW = ["severity", "subject", "metric", "geography", "unit", "n_claims", "n_sources", "min_value", "min_source",
              "max_value", "max_source", "spread_ratio", "consensus", "intervals_overlap", "stale", "date_span_days",
              "definitions_differ", "group_id"]  # fmt: skip
CLAIM_VIEW = ["group_id", "claim_id", "source", "source_type", "reported_by", "claim_date", "value_text", "value", "low",
              "high", "qualifier", "unit", "parse_status", "parse_note", "log10_deviation", "outlier", "notes_engine"]  # fmt: skip
APPENDIX_ROWS = 2000


def select(claims: pd.DataFrame, *, subject: str = "", metric: str = "") -> pd.DataFrame:
    """Claims about ``subject`` and of ``metric`` (folded; "" keeps all). Refuses a filter that keeps none."""
    keep = pd.Series(True, index=claims.index)
    if subject.strip():
        keep &= fold_text(claims["subject"]) == fold_text(pd.Series([subject])).iloc[0]
    if metric.strip():
        keep &= fold_text(claims["metric"]) == fold_text(pd.Series([metric])).iloc[0]
    if not keep.any():
        raise NotFound(f"no claim has subject {subject!r} and metric {metric!r}")
    return claims[keep].reset_index(drop=True)


def summary(claims: pd.DataFrame, result: Comparison) -> str:
    g = result.groups
    counts = g["severity"].value_counts()
    parts = ", ".join(f"{counts.get(s, 0)} {s}" for s in ("extreme", "major", "minor", "consistent"))
    review = int((claims["row_problems"] != "").sum())
    return (
        f"{len(claims):,} claims from {claims['source'].nunique():,} sources in {len(g):,} groups of comparable "
        f"claims: {parts}. {review} {'row needs' if review == 1 else 'rows need'} review."
    )


def data_quality_html(claims: pd.DataFrame, problems: pd.DataFrame) -> str:
    review = claims[claims["row_problems"] != ""]
    unparsed = int((claims["parse_status"] == UNPARSED).sum())
    doubtful = int((claims["parse_status"] == REVIEW).sum())
    overridden = int((claims["parse_status"] == OVERRIDDEN).sum())
    noted = claims[(claims["parse_note"].fillna("") != "") & (claims["parse_status"] == "ok")]
    head = html.paragraph(
        f"{len(review)} row(s) need review; {unparsed} value(s) could not be read; {doubtful} value(s) could be read "
        f"more than one way or broke a rule and are left out of the numbers until settled; {overridden} value(s) come from the "
        f"value/low/high columns; {len(noted)} value(s) were read with a note."
    )
    out = head
    if len(review):
        out += html_table(
            review, ["input_file", "input_row", "claim_id", "value_text", "row_problems"], caption="Rows needing review"
        )
    if len(problems):
        out += html_table(
            problems, ["file", "row", "column", "value", "severity", "problem"], max_rows=200, caption="Problems"
        )
    if len(noted) or overridden:
        notes = claims[(claims["parse_note"].fillna("") != "")]
        out += html_table(
            notes,
            ["claim_id", "value_text", "parse_status", "parse_note"],
            max_rows=200,
            caption="How values were read",
        )
    return out


def groups_html(groups: pd.DataFrame, top_n: int) -> str:
    multi = groups[groups["n_claims"] > 1]
    single = len(groups) - len(multi)
    out = html_table(multi, GROUP_VIEW, max_rows=max(top_n * 3, 30))
    if single:
        out += html.paragraph(f"{single} group(s) hold a single claim and are not compared.")
    return out


def charted_groups(result: Comparison, top_n: int) -> pd.DataFrame:
    """The groups worth a chart: two claims or more, most severe first, at most ``top_n``."""
    return result.groups[result.groups["n_claims"] > 1].head(top_n)


def forest_charts(result: Comparison, top_n: int) -> list[charts.Chart]:
    chosen = charted_groups(result, top_n)
    by_group = dict(tuple(result.claims.groupby("group_id", sort=False)))
    figures = [charts.forest_chart(by_group[g["group_id"]], g) for _, g in chosen.iterrows()]
    rest = len(result.groups[result.groups["n_claims"] > 1]) - len(chosen)
    if rest > 0:
        fig = Figure(figsize=(8, 0.6))
        fig.text(
            0.01,
            0.5,
            f"{rest:,} further groups are not charted (top_n = {top_n}); the groups table lists them.",
            fontsize=9,
        )
        figures.append(charts.Chart(fig))
    return figures


def lineage_html(lineage: pd.DataFrame) -> str:
    if lineage.empty:
        return html.paragraph("No value in these claims travels between outlets or attributions.")
    shown = lineage[lineage["kind"] != "repeated"]
    repeated = len(lineage) - len(shown)
    out = html_table(shown, ["kind", "earlier_claim_id", "later_claim_id", "note"], max_rows=100)
    if repeated:
        out += html.paragraph(f"{repeated} repetition(s) of the same words by the same source are not listed.")
    return out


def cross_unit_html(cross: pd.DataFrame) -> str:
    if cross.empty:
        return html.paragraph("No claim could be checked against the reference figures.")
    ordered = cross.sort_values(["verdict", "check"], ascending=[False, True], kind="stable")
    return html_table(ordered, ["verdict", "check", "claim_id", "compared_claim_id", "ratio", "reference_source", "note"],
                      max_rows=60, caption="Checks across units")  # fmt: skip


def method_notes_html(result: Comparison) -> str:
    p = result.parameters
    minor, major, extreme = p["thresholds"]
    window = "no window" if p["window_days"] is None else f"a window of {p['window_days']} days"
    notes = [
        "Values were read from their words (value_text) by the suite's parser; explicit value, low and high "
        "columns override it. A range stands for its midpoint; a bound alone (at least, up to) has no point and "
        "counts only in overlaps and contradictions.",
        f"Claims were grouped by subject, metric, geography and unit, with {window}.",
        f"An approximate value reaches {p['tolerance']:.0%} either side. Severity: consistent when every stated "
        f"interval shares a value or the spread is under {minor:g}; minor under {major:g}; major under {extreme:g}; "
        "extreme beyond.",
        f"Groups whose claims lie more than {p['stale_days']} days apart are marked stale.",
        "The consensus is the median point" + (" without parties to the conflict." if p["exclude_interested"] else "."),
        "Outliers: modified z-score over 3.5 on the log scale, in groups of three claims or more.",
    ]
    return "<ul>" + "".join(f"<li>{esc(n)}</li>" for n in notes) + "</ul>"


def appendix_html(result: Comparison, top_n: int) -> str:
    claims = result.claims
    if len(claims) > APPENDIX_ROWS:
        keep = set(charted_groups(result, top_n)["group_id"])
        shown = claims[claims["group_id"].isin(keep)]
        note = html.paragraph(
            f"{len(claims):,} claims: those of the {len(keep)} charted groups are listed; the normalized table "
            "(discrepancy normalize) has them all."
        )
        return note + html_table(shown, CLAIM_VIEW, max_rows=APPENDIX_ROWS)
    return html_table(claims, CLAIM_VIEW)


def provenance_html(claims: pd.DataFrame, *legacy) -> str:
    """The provenance table of a report. Rendered, it shows what the render layer handed the kernel (the
    notebook, its SHA-256, the effective parameters and the inputs with their SHA-256); run interactively in
    JupyterLab, the tables ``claims`` was read from, hashed now. (The older call,
    ``provenance_html(notebook, inputs, globals(), claims)``, still works.)"""
    if isinstance(claims, str):  # the older call: provenance_html(notebook, inputs, namespace, claims)
        # The render layer builds provenance; only this older call, made from inside a notebook, asks it here.
        from discrepancy.paths import notebooks_dir
        from discrepancy.render.provenance import parameters_of, provenance_payload

        notebook, _, namespace, claims = claims, *legacy
        payload = provenance_payload(notebooks_dir() / notebook, parameters_of(notebook, namespace))
    else:
        text = os.environ.get(PROVENANCE_ENV)
        payload = json.loads(text) if text else _interactive_payload(claims)
    counts = claims["input_file"].value_counts()
    rows = {
        item.get("file", item["path"]): int(counts.get(item.get("file", item["path"]), 0)) for item in payload["inputs"]
    }
    return html_table(provenance(payload, rows), ["kind", "name", "value"])


def _interactive_payload(claims: pd.DataFrame) -> dict:
    """Provenance of an interactive session: no render, so no notebook hash or parameters; the input tables
    as the claims name them, hashed now."""
    inputs = []
    for name in sorted(set(claims["input_file"])):
        path = resolve_input(name)
        if path.is_file():
            inputs.append({"path": report_path(path), "file": name, "sha256": sha256_file(path)})
    return {"notebook": "(run interactively, not rendered)", "notebook_sha256": "", "parameters": {}, "inputs": inputs}


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


# --------------------------------------------------------------------------- deep dive


def one_group(result: Comparison, group_id: str) -> tuple[pd.Series, pd.DataFrame]:
    groups = result.groups
    if group_id:
        match = groups[groups["group_id"] == group_id]
        if match.empty:
            raise NotFound(f"no group {group_id!r}; groups: {', '.join(groups['group_id'].head(20))}")
        group = match.iloc[0]
    else:
        multi = groups[groups["n_claims"] > 1]
        group = (multi if len(multi) else groups).iloc[0]
    members = result.claims[result.claims["group_id"] == group["group_id"]]
    return group, members


def group_summary(group: pd.Series) -> str:
    geography = f" in {group['geography']}" if group["geography"] else ""
    spread = f"spread {readable.ratio(group['spread_ratio'])}" if pd.notna(group["spread_ratio"]) else "no spread"
    return (
        f"{group['subject']}: {group['metric']}{geography} ({group['unit'] or 'no unit'}). {group['n_claims']} claims "
        f"from {group['n_sources']} sources, {spread}, {group['severity']}; consensus "
        f"{readable.number(group['consensus'])}. Group {group['group_id']}."
    )


def group_claims_html(members: pd.DataFrame) -> str:
    return html_table(members, ["claim_id", "source", "source_type", "reported_by", "claim_date", "as_of", "value_text",
                                "qualifier", "point", "log10_deviation", "quote", "url", "notes_engine"])  # fmt: skip


# --------------------------------------------------------------------------- source profile


def one_source(result: Comparison, source: str) -> tuple[pd.Series, pd.DataFrame]:
    sources = result.sources
    if source:
        match = sources[fold_text(sources["source"]) == fold_text(pd.Series([source])).iloc[0]]
        if match.empty:
            raise NotFound(f"no source {source!r}; sources: {', '.join(sources['source'].head(20))}")
        profile = match.iloc[0]
    else:
        profile = sources.sort_values(
            ["compared_claims", "claims", "source"], ascending=[False, False, True], kind="stable"
        ).iloc[0]
    own = result.claims[fold_text(result.claims["source"]) == fold_text(pd.Series([profile["source"]])).iloc[0]]
    return profile, own


def source_summary(profile: pd.Series, own: pd.DataFrame) -> str:
    dev = profile["median_log10_deviation"]
    tendency = (
        f"its claims sit at a median of {10**dev:.2f} times their groups' consensus ({profile['tendency']})"
        if pd.notna(dev)
        else "none of its claims can be set against another source's"
    )
    return f"{profile['source']}: {profile['claims']} claims in {profile['groups']} groups; {tendency}."


def source_claims_html(own: pd.DataFrame) -> str:
    return html_table(own, ["group_id", "claim_id", "subject", "metric", "geography", "claim_date", "value_text", "point",
                            "log10_deviation", "outlier", "reported_by", "url"])  # fmt: skip


def source_deviation_chart(own: pd.DataFrame, profile: pd.Series) -> charts.Chart:
    rows = own[own["log10_deviation"].notna()].sort_values(["log10_deviation", "claim_id"], kind="stable")
    n = max(len(rows), 1)
    fig = Figure(figsize=(8, 0.9 + 0.35 * n))
    ax = fig.add_subplot()
    values = rows["log10_deviation"].to_numpy(dtype=float)
    ax.barh(range(len(rows)), values, color=["#b2182b" if v > 0 else "#2166ac" for v in values])
    ax.set_yticks(range(len(rows)), [f"{m} ({d})" for m, d in zip(rows["metric"], rows["claim_date"])], fontsize=8)
    ax.axvline(0, color="black", lw=0.8)
    ax.set_xlabel("log10 deviation from the group consensus", fontsize=9)
    ax.set_title(f"{profile['source']}: each claim against its group", fontsize=10, loc="left")
    fig.subplots_adjust(left=0.35, right=0.97, top=1 - 0.45 / (0.9 + 0.35 * n), bottom=0.6 / (0.9 + 0.35 * n))
    return charts.Chart(fig)


def source_lineage(lineage: pd.DataFrame, source: str) -> pd.DataFrame:
    key = fold_text(pd.Series([source])).iloc[0]
    if lineage.empty:
        return lineage
    return lineage[(fold_text(lineage["earlier_source"]) == key) | (fold_text(lineage["later_source"]) == key)]


# --------------------------------------------------------------------------- claim intake


def article_html(text: str, draft: pd.DataFrame) -> str:
    """The article with every drafted number highlighted in its sentence (all text escaped)."""
    marks: list[tuple[int, int, str]] = []
    for claim_id, value_text, quote in zip(draft["claim_id"], draft["value_text"], draft["quote"]):
        at = text.find(quote)
        start = text.find(value_text, at if at >= 0 else 0)
        if start >= 0:
            marks.append((start, start + len(value_text), claim_id))
    marks.sort()
    out, pos = [], 0
    for start, end, claim_id in marks:
        if start < pos:
            continue
        out.append(esc(text[pos:start]))
        out.append(f"<mark title='{esc(claim_id)}'>{esc(text[start:end])}</mark>")
        pos = end
    out.append(esc(text[pos:]))
    body = "".join(out).replace("\n", "<br>")
    return f"<div style='border:1px solid #ccc;padding:8px;font-size:13px;max-width:60em'>{body}</div>"


def draft_html(draft: pd.DataFrame) -> str:
    ordered = draft.sort_values(["confidence", "claim_id"], ascending=[True, True], kind="stable")
    return html_table(ordered, ["confidence", "value_text", "source", "source_type", "subject", "metric", "geography",
                                "unit", "claim_date", "reported_by", "extraction_note", "claim_id"])  # fmt: skip
