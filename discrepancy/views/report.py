"""The report notebooks' sections: each function turns the engine's tables into one thing to display.

The notebooks stay thin (parameters, one call per section, prose); the choices of what to show, how
many rows and in what order live here, where they are tested. Every table goes through
:func:`html.html_table`, which escapes every cell.
"""

from __future__ import annotations

import json
import os
import platform

import numpy as np
import pandas as pd

from discrepancy.claims import readable
from discrepancy.claims.grammar import OVERRIDDEN, REVIEW, UNPARSED
from discrepancy.claims.text import fold_text
from discrepancy.engine.compare import Comparison
from discrepancy.engine.frames import iter_rows
from discrepancy.errors import NotFound
from discrepancy.paths import PROVENANCE_ENV, SUMMARY_KEY, package_version, report_path, resolve_input, sha256_file
from discrepancy.views import charts, html
from discrepancy.views.html import esc, html_table

GROUP_VIEW = ["severity", "subject", "metric", "geography", "unit", "n_claims", "n_sources", "min_value", "min_source",
              "max_value", "max_source", "spread_ratio", "consensus", "intervals_overlap", "stale", "date_span_days",
              "definitions_differ", "group_id"]  # fmt: skip
CLAIM_VIEW = ["group_id", "claim_id", "source", "source_type", "reported_by", "claim_date", "as_of", "value_text", "point", "low", "high",
              "qualifier", "unit", "method", "notes", "url", "parse_status", "parse_note", "log10_deviation", "outlier",
              "notes_engine"]  # fmt: skip
#: The sections of the discrepancy report, as (anchor, label): the anchors are the ids nbconvert and
#: JupyterLab give the notebook's markdown headings.
REPORT_SECTIONS = [
    ("Headline-findings", "Headline findings"),
    ("Why-they-differ", "Why they differ"),
    ("Groups-by-severity", "Groups by severity"),
    ("Each-group,-claim-by-claim", "Each group, claim by claim"),
    ("Who-runs-high-or-low", "Who runs high or low"),
    ("Claims-over-time", "Claims over time"),
    ("How-the-numbers-travelled", "How the numbers travelled"),
    ("Data-quality", "Data quality"),
    ("Method-notes", "Method notes"),
    ("Appendix:-the-normalized-claims", "Appendix: the normalized claims"),
    ("Provenance", "Provenance"),
]
SEVERITIES = ("extreme", "major", "minor", "consistent")
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


def _is_lineage(findings: pd.DataFrame) -> pd.Series:
    """The lineage notes among the findings: they have a section of their own, not the headline."""
    return findings["kind"].astype(str).str.startswith("lineage")


def _claim_dates(claims: pd.DataFrame) -> list[str]:
    """The claims' dates as written, oldest first (ISO dates, partial or whole, sort as text)."""
    return sorted(d for d in claims["claim_date"].astype(str) if d)


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def summary(claims: pd.DataFrame, result: Comparison) -> str:
    """One sentence of what was compared: claims, sources, subjects, dates, groups by severity, review."""
    g = result.groups
    counts = g["severity"].value_counts()
    parts = ", ".join(f"{counts.get(s, 0)} {s}" for s in SEVERITIES)
    review = int((claims["row_problems"] != "").sum())
    subjects = sorted(set(claims["subject"].astype(str)) - {""})
    about = f" about {subjects[0]}" if len(subjects) == 1 else (f" about {len(subjects)} subjects" if subjects else "")
    dates = _claim_dates(claims)
    when = f", made between {dates[0]} and {dates[-1]}" if dates and dates[0] != dates[-1] else (
        f", made on {dates[0]}" if dates else "")  # fmt: skip
    return (
        f"{_plural(len(claims), 'claim')} from {_plural(claims['source'].nunique(), 'source')}{about}{when}, in "
        f"{_plural(len(g), 'group')} of comparable claims: {parts}. {review:,} "
        f"{'row needs' if review == 1 else 'rows need'} review."
    )


def overview_html(claims: pd.DataFrame, result: Comparison) -> str:
    """The first screen under the title: what was compared, in one sentence, and the overview chart."""
    wide = charts.overview_chart(result.groups, result.claims)
    narrow = charts.overview_chart(result.groups, result.claims, narrow=True)  # a phone's: no sideways scroll
    return f"<p class='dq-lede'>{esc(summary(claims, result))}</p>{charts.Responsive(wide, narrow)._repr_html_()}"


def summary_record(title: str, claims: pd.DataFrame, result: Comparison) -> dict:
    """What the reports index shows of a report: its title, subject, newest claim, most severe finding."""
    subjects = sorted(set(claims["subject"].astype(str)) - {""})
    dates = _claim_dates(claims)
    top = result.findings[~_is_lineage(result.findings)].head(1)
    counts = result.groups["severity"].value_counts()
    return {
        "title": str(title),
        "subject": "; ".join(subjects[:3]) + (f" and {len(subjects) - 3} more" if len(subjects) > 3 else ""),
        "newest_claim": dates[-1] if dates else "",
        "claims": int(len(claims)),
        "severities": {s: int(counts.get(s, 0)) for s in SEVERITIES},
        "top_finding": str(top["text"].iloc[0]) if len(top) else "",
        "top_severity": str(top["severity"].iloc[0]) if len(top) else "",
    }


class FirstScreen:
    """A report's first screen as a display object: its HTML, and the report's summary record in the
    output's metadata, which render hands to the reports index."""

    def __init__(self, html_text: str, summary: dict):
        self.html = html_text
        self.summary = summary

    def _repr_html_(self):
        return self.html, {SUMMARY_KEY: self.summary}

    def __repr__(self) -> str:  # the text/plain of the output: no memory address, same bytes every run
        return f"<first screen: {self.summary['title']}>"


def first_screen(title: str, claims: pd.DataFrame, result: Comparison) -> FirstScreen:
    """01's first screen: the title, one sentence of what was compared, the overview chart."""
    return FirstScreen(html.heading(title) + overview_html(claims, result), summary_record(title, claims, result))


def _newest(claims: pd.DataFrame) -> str:
    dates = _claim_dates(claims)
    return dates[-1] if dates else ""


def group_screen(title: str, group: pd.Series, members: pd.DataFrame) -> FirstScreen:
    """02's first screen: the title and the group in one sentence (and its summary for the index)."""
    text = group_summary(group)
    record = {"title": str(title), "subject": _group_label(group["subject"], group["metric"], group["geography"],
              group["unit"]), "newest_claim": _newest(members), "claims": int(len(members)),
              "top_finding": text, "top_severity": str(group["severity"])}  # fmt: skip
    return FirstScreen(html.heading(title) + html.paragraph(text), record)


def source_screen(title: str, profile: pd.Series, own: pd.DataFrame) -> FirstScreen:
    """03's first screen: the title and the source in one sentence (and its summary for the index)."""
    text = source_summary(profile, own)
    record = {"title": str(title), "subject": str(profile["source"]), "newest_claim": _newest(own),
              "claims": int(len(own)), "top_finding": text, "top_severity": ""}  # fmt: skip
    return FirstScreen(html.heading(title) + html.paragraph(text), record)


def severity_note(result: Comparison) -> str:
    """What the severities mean, with the thresholds this comparison used."""
    minor, major, extreme = result.parameters["thresholds"]
    return html.paragraph(
        f"The most severe come first: extreme means the highest estimate is {extreme:g} times the lowest or more, "
        f"major {major:g} to {extreme:g} times, minor {minor:g} to {major:g} times; groups whose stated intervals "
        "overlap are consistent whatever their spread. Each finding has a link of its own and a line to cite it by."
    )


def headline_findings_html(result: Comparison, title: str, claims: pd.DataFrame, limit: int = 25) -> str:
    """The findings about groups and cross-unit checks (lineage notes have a section of their own), each
    with its anchor and a "cite this" line naming the report, the finding and the data table's hash."""
    findings = result.findings[~_is_lineage(result.findings)]
    return severity_note(result) + html.findings_html(
        findings, limit=limit, cite_title=title, table_sha256=table_sha256(claims)
    )


def contents_html(sections: list[tuple[str, str]] | None = None) -> str:
    return html.contents(sections or REPORT_SECTIONS)


def _group_label(subject: object, metric: object, geography: object, unit: object) -> str:
    """'Islamic State: fighters, Iraq (people)'."""
    where = f", {geography}" if isinstance(geography, str) and geography else ""
    of = f" ({unit})" if isinstance(unit, str) and unit else ""
    return f"{subject}: {metric}{where}{of}"


def explanations_html(result: Comparison) -> str:
    """For each major or extreme group, the differences in the table that could explain its spread."""
    table = result.explanations
    if table.empty:
        return html.paragraph("No group has a major or extreme spread.")
    groups = result.groups.set_index("group_id")
    out = []
    for group_id, rows in table.groupby("group_id", sort=False):
        g = groups.loc[group_id]
        anchor = f"why-{group_id}"
        label = _group_label(g["subject"], g["metric"], g["geography"], g["unit"])
        ratio = readable.ratio(float(g["spread_ratio"])) if pd.notna(g["spread_ratio"]) else "no"
        items = "".join(
            f"<li><strong>{esc(KIND_LABELS.get(r.kind, r.kind))}</strong>: {esc(r.text)} "
            f"<span class='dq-ids'>(claims {esc(r.claim_ids.replace(';', ', '))})</span></li>"
            for r in iter_rows(rows[["kind", "text", "claim_ids"]])
        )
        out.append(
            f"<section class='dq-why' id='{esc(anchor)}'><h3>{esc(label)}: {esc(ratio)} spread, {esc(g['severity'])}"
            f" <a class='dq-small' href='#finding-{esc(group_id)}'>(finding)</a></h3><ul>{items}</ul></section>"
        )
    intro = html.paragraph(
        "Candidates only: differences the table holds that could explain a spread. Check each against the sources "
        "before writing that sources disagree."
    )
    return intro + "".join(out)


def group_explanations_html(result: Comparison, group_id: str) -> str:
    """Why one group's claims may differ (the deep dive): its candidates, or why there are none."""
    rows = result.explanations[result.explanations["group_id"] == group_id]
    if rows.empty:
        return html.paragraph(
            "Why they differ: the spread of this group is not major or extreme, so no explanation is listed."
        )
    items = "".join(
        f"<li><strong>{esc(KIND_LABELS.get(r.kind, r.kind))}</strong>: {esc(r.text)}</li>"
        for r in iter_rows(rows[["kind", "text"]])
    )
    return f"<p><strong>Why they may differ</strong> (candidates to check):</p><ul>{items}</ul>"


KIND_LABELS = {
    "scale": "A figure possibly in another scale",
    "revision": "One source revised its figure",
    "dates_apart": "Different dates",
    "period_differs": "Different periods",
    "method_differs": "Different methods or definitions",
    "interested_party": "An interested party",
    "bound_vs_point": "A bound, not an estimate",
    "lineage": "A figure carried under another name",
    "none": "Nothing in the table explains it",
}


def data_quality_html(claims: pd.DataFrame, problems: pd.DataFrame) -> str:
    review = claims[claims["row_problems"] != ""]
    unparsed = int((claims["parse_status"] == UNPARSED).sum())
    doubtful = int((claims["parse_status"] == REVIEW).sum())
    overridden = int((claims["parse_status"] == OVERRIDDEN).sum())
    noted = claims[(claims["parse_note"].fillna("") != "") & (claims["parse_status"] == "ok")]
    head = html.paragraph(
        f"{_plural(len(review), 'row needs', 'rows need')} review; {_plural(unparsed, 'value')} could not be read; "
        f"{_plural(doubtful, 'value')} could be read more than one way or broke a rule and "
        f"{'is' if doubtful == 1 else 'are'} left out of the numbers until settled; {_plural(overridden, 'value')} "
        f"{'comes' if overridden == 1 else 'come'} from the value/low/high columns; {_plural(len(noted), 'value')} "
        f"{'was' if len(noted) == 1 else 'were'} read with a note."
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
    """The groups of two claims or more as readers need them: what is measured, the lowest and highest
    claims with their sources, the spread and the severity; single-claim groups counted below."""
    multi = groups[groups["n_claims"] > 1]
    single = len(groups) - len(multi)
    view = pd.DataFrame(
        {
            "severity": multi["severity"],
            "what": [
                _group_label(*k) for k in zip(multi["subject"], multi["metric"], multi["geography"], multi["unit"])
            ],
            "n_claims": multi["n_claims"],
            "n_sources": multi["n_sources"],
            "lowest": [f"{readable.number(v)} ({s})" for v, s in zip(multi["min_value"], multi["min_source"])],
            "highest": [f"{readable.number(v)} ({s})" for v, s in zip(multi["max_value"], multi["max_source"])],
            "spread": [readable.ratio(float(r)) if pd.notna(r) else "" for r in multi["spread_ratio"]],
            "intervals_overlap": multi["intervals_overlap"],
            "stale": multi["stale"],
            "group_id": multi["group_id"],
        }
    )
    labels = {
        "what": "What is measured",
        "lowest": "Lowest (source)",
        "highest": "Highest (source)",
        "spread": "Spread",
    }
    out = html_table(view.rename(columns=labels), None, max_rows=max(top_n * 3, 30),
                     row_ids=[f"group-{g}" for g in multi["group_id"]])  # fmt: skip
    if single:
        out += html.paragraph(
            f"{_plural(single, 'group holds', 'groups hold')} a single claim and {'is' if single == 1 else 'are'} "
            "not compared."
        )
    return out


def charted_groups(result: Comparison, top_n: int) -> pd.DataFrame:
    """The groups worth a chart: two claims or more, most severe first, at most ``top_n``."""
    return result.groups[result.groups["n_claims"] > 1].head(top_n)


def forest_key_html(result: Comparison, top_n: int) -> str:
    """One key for the forest charts of :func:`forest_charts` (which draw none): the colour of each kind of
    source among their claims, then what the marks mean. Text, so it reads at any width and in print."""
    chosen = charted_groups(result, top_n)
    if chosen.empty:
        return ""
    kinds = result.claims.loc[result.claims["group_id"].isin(set(chosen["group_id"])), "source_type"]
    types = sorted({charts.source_kind(k) for k in kinds} - {""})  # named and coloured as the charts do
    items = [
        f"<span class='dq-key-item'><span style='color:{charts.source_colour(t)}'>●</span> {esc(t)}</span>"
        for t in types
    ]
    items += [f"<span class='dq-key-item'>{symbol} {esc(label)}</span>" for symbol, _, label in charts.FOREST_SHAPES]
    return f"<p class='dq-key'><strong>Key:</strong> {' '.join(items)}</p>"


def forest_charts(result: Comparison, top_n: int) -> list[charts.Responsive | html.Note]:
    """A forest chart for each group of :func:`charted_groups` (drawn wide, and narrow for a phone), without a
    legend each (the report shows :func:`forest_key_html` above them), then a line saying how many groups are
    not charted."""
    chosen = charted_groups(result, top_n)
    drawn = result.claims[result.claims["group_id"].isin(set(chosen["group_id"]))]
    by_group = dict(tuple(drawn[["group_id", *charts.FOREST_COLUMNS]].groupby("group_id", sort=False)))
    figures: list = [
        charts.Responsive(*charts.forest_pair(by_group[g["group_id"]], g, legend=False)) for _, g in chosen.iterrows()
    ]
    rest = len(result.groups[result.groups["n_claims"] > 1]) - len(chosen)
    if rest > 0:
        figures.append(
            html.Note(f"{rest:,} further groups are not charted (top_n = {top_n}); the groups table lists them.")
        )
    return figures


def source_profile_figure(result: Comparison) -> charts.Responsive:
    """Who runs high or low (:func:`charts.source_profile_chart`), drawn wide and narrow for a phone."""
    return charts.Responsive(*(charts.source_profile_chart(result.sources, narrow=k) for k in (False, True)))


def timeline_figure(result: Comparison, top_n: int) -> charts.Responsive:
    """Claims over time for the charted groups (:func:`charts.timeline_chart`, at most 8 panels), drawn wide and
    narrow for a phone."""
    chosen = charted_groups(result, top_n)
    limit = min(top_n, 8)
    return charts.Responsive(
        *(charts.timeline_chart(result.claims, chosen, limit=limit, narrow=k) for k in (False, True))
    )


def lineage_html(lineage: pd.DataFrame, findings: pd.DataFrame | None = None) -> str:
    """How the numbers travelled: the lineage notes (a figure under another source's name, restated, or a
    source contradicting itself), then the table of every link but word-for-word repetitions."""
    if lineage.empty:
        return html.paragraph("No value in these claims travels between outlets or attributions.")
    out = ""
    if findings is not None:
        notes = findings[_is_lineage(findings)]
        if len(notes):
            out += html.findings_html(notes)
    shown = lineage[lineage["kind"] != "repeated"]
    repeated = len(lineage) - len(shown)
    if len(shown):
        out += html_table(shown, ["kind", "earlier_claim_id", "later_claim_id", "note"], max_rows=100)
    if repeated:
        out += html.paragraph(
            f"{_plural(repeated, 'repetition')} of the same words by the same source {'is' if repeated == 1 else 'are'} "
            "not listed."
        )
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
        payload = current_provenance(claims)
    counts = claims["input_file"].value_counts()
    rows = {
        item.get("file", item["path"]): int(counts.get(item.get("file", item["path"]), 0)) for item in payload["inputs"]
    }
    return html_table(provenance(payload, rows), ["kind", "name", "value"])


def current_provenance(claims: pd.DataFrame) -> dict:
    """What render handed the kernel, or, run interactively, the tables ``claims`` was read from, hashed now."""
    text = os.environ.get(PROVENANCE_ENV)
    return json.loads(text) if text else _interactive_payload(claims)


def table_sha256(claims: pd.DataFrame) -> str:
    """The SHA-256 of the claim table the report was made from ("" when several or none)."""
    inputs = current_provenance(claims)["inputs"]
    return inputs[0]["sha256"] if len(inputs) == 1 else ""


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
        "matplotlib": version("matplotlib"),  # its figures are drawn in the deep dive only
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
            raise NotFound(f"no group {group_id!r}; groups: {'; '.join(map(repr, groups['group_id'].head(20)))}")
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
            raise NotFound(f"no source {source!r}; sources: {'; '.join(map(repr, sources['source'].head(20)))}")
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


def source_deviation_chart(own: pd.DataFrame, profile: pd.Series) -> charts.SvgChart:
    """Each of a source's claims against its group's consensus, as a factor (2x: twice the consensus)."""
    rows = own[own["log10_deviation"].notna()].sort_values(["log10_deviation", "claim_id"], kind="stable")
    values = rows["log10_deviation"].to_numpy(dtype=float)
    labels = [charts.clip(f"{m}, {g} ({d})" if g else f"{m} ({d})", 60)
              for m, g, d in zip(rows["metric"], rows["geography"].fillna(""), rows["claim_date"])]  # fmt: skip
    reach = max(0.05, float(np.nanmax(np.abs(values))) * 1.15) if len(values) else 0.05
    return charts.deviation_chart(values, labels, -reach, reach,
                                  title=charts.clip(f"{profile['source']}: each claim against its group"),
                                  xlabel="each claim over its group's consensus (log scale)",
                                  alt=f"Each claim of {profile['source']} against its group's consensus",
                                  row_height=0.35, base=1.1)  # fmt: skip


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
