"""HTML for the notebooks: tables, headings, paragraphs, finding lists and links built from the engine's tables.

Claim text is untrusted. Everything here that puts text into HTML escapes it (``html.escape``), and no
function here ever turns claim text into markup or a script. A URL becomes a link only when it is http or
https (any other scheme, ``javascript:`` included, stays text), and links carry
``rel="noopener noreferrer nofollow"``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import numpy as np
import pandas as pd

from discrepancy.claims import readable
from discrepancy.claims.readable import esc
from discrepancy.engine.frames import iter_rows

#: Column labels as readers read them; a column not listed shows its own name.
COLUMN_LABELS = {
    "severity": "Severity", "subject": "Subject", "metric": "Measure", "geography": "Where", "unit": "Unit",
    "n_claims": "Claims", "n_sources": "Sources", "min_value": "Lowest", "min_source": "Lowest: source",
    "max_value": "Highest", "max_source": "Highest: source", "spread_ratio": "Spread (highest ÷ lowest)",
    "consensus": "Consensus (median)", "intervals_overlap": "Intervals overlap", "stale": "Dates far apart",
    "date_span_days": "Days spanned", "definitions_differ": "Methods differ", "group_id": "Group",
    "claim_id": "Claim", "source": "Source", "source_type": "Source type", "reported_by": "Reported by",
    "claim_date": "Date", "as_of": "Refers to", "value_text": "As stated", "value": "Value", "low": "Low",
    "high": "High", "qualifier": "Qualifier", "point": "Point", "parse_status": "Read as", "parse_note": "Reading note",
    "log10_deviation": "Distance from consensus (log10)", "outlier": "Outlier", "notes_engine": "Engine notes",
    "notes": "Analyst's notes", "method": "Method", "url": "Link", "quote": "Quote", "input_file": "File",
    "input_row": "Row", "row_problems": "Problems", "kind": "Kind", "earlier_claim_id": "Earlier claim",
    "later_claim_id": "Later claim", "note": "Note", "verdict": "Verdict", "check": "Check",
    "compared_claim_id": "Compared with", "ratio": "Ratio", "reference_source": "Reference",
    "claims": "Claims", "groups": "Groups", "compared_claims": "Compared claims",
    "median_log10_deviation": "Median distance from consensus (log10)", "tendency": "Runs",
    "confidence": "Confidence", "extraction_note": "What to check", "file": "File", "row": "Row",
    "column": "Column", "problem": "Problem", "name": "Name", "text": "Text", "claim_ids": "Claims",
}  # fmt: skip
LINK_REL = "noopener noreferrer nofollow"
_WEB_URL = re.compile(r"https?://[^\s<>\"'`]+", re.I)


def link(url: object, text: object | None = None) -> str:
    """A link that opens, for an http or https URL only; anything else (``javascript:``, ``data:``, a
    bare word) stays escaped text."""
    value = "" if url is None or (isinstance(url, float) and math.isnan(url)) else str(url).strip()
    if not _WEB_URL.fullmatch(value):
        return esc(value)
    shown = esc(text if text is not None else value)
    return f"<a href='{esc(value)}' rel='{LINK_REL}'>{shown}</a>"


def links(value: object) -> str:
    """A cell of one URL or several (separated by ';' or spaces): each http(s) URL a link, the rest text."""
    text = "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value)
    return "".join(link(part) if _WEB_URL.fullmatch(part) else esc(part) for part in re.split(r"(\s*;\s*|\s+)", text))


def _cell(value: object, column: str = "") -> str:
    if column == "url":
        return links(value)
    if isinstance(value, (bool, np.bool_)):
        return "yes" if value else "no"
    if isinstance(value, (float, np.floating)):
        if math.isnan(value):
            return ""
        return esc(readable.number(float(value)) if abs(value) >= 1000 or float(value).is_integer() else f"{value:.3g}")
    return esc(value)


def label(column: str) -> str:
    return COLUMN_LABELS.get(column, column)


def html_table(
    frame: pd.DataFrame,
    columns: Sequence[str] | None = None,
    *,
    max_rows: int | None = None,
    caption: str = "",
    row_ids: Sequence[str] | None = None,
) -> str:
    """An HTML table of ``frame`` with readable column labels and every cell escaped (URLs as safe links),
    in a box that scrolls sideways when it is wider than the page; a note says how many rows were left out.
    ``row_ids``: an anchor id per row (escaped)."""
    columns = [c for c in (columns or list(frame.columns)) if c in frame.columns]
    shown = frame if max_rows is None else frame.head(max_rows)
    head = "".join(f"<th scope='col'>{esc(label(c))}</th>" for c in columns)
    ids = list(row_ids)[: len(shown)] if row_ids is not None else [None] * len(shown)
    body = (
        "".join(
            (f"<tr id='{esc(rid)}'>" if rid else "<tr>")
            + "".join(f"<td>{_cell(v, c)}</td>" for v, c in zip(row, columns))
            + "</tr>"
            for rid, row in zip(ids, zip(*[shown[c].to_numpy(dtype=object) for c in columns]))
        )
        if len(shown) and columns
        else ""
    )
    more = len(frame) - len(shown)
    note = f"<p class='dq-more'>{more:,} more {'row' if more == 1 else 'rows'} not shown.</p>" if more > 0 else ""
    cap = f"<caption>{esc(caption)}</caption>" if caption else ""
    return (
        f"<div class='dq-scroll'><table class='dq-table'>{cap}<thead><tr>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table></div>{note}"
    )


def heading(text: str, level: int = 1, anchor: str = "") -> str:
    ident = f" id='{esc(anchor)}'" if anchor else ""
    return f"<h{level}{ident}>{esc(text)}</h{level}>"


def finding_anchor(kind: str, group_id: str, rank: object) -> str:
    """The stable anchor of a finding: ``finding-<group_id>`` for a group's finding (the same in every
    report of the same table), ``finding-<kind>-<rank>`` for the others."""
    return f"finding-{group_id}" if group_id else f"finding-{re.sub(r'[^a-z0-9]+', '-', str(kind).lower())}-{rank}"


def findings_html(
    findings: pd.DataFrame, limit: int | None = None, *, cite_title: str = "", table_sha256: str = ""
) -> str:
    """The findings as an ordered list, most severe first, each marked with its severity, with a stable
    anchor and, when ``cite_title`` is given, a "cite this" line (report title, finding, the data table's
    SHA-256 prefix)."""
    if findings.empty:
        return "<p>No two sources disagree beyond the thresholds.</p>"
    shown = findings if limit is None else findings.head(limit)
    items = []
    for i, r in enumerate(iter_rows(shown), start=1):
        rank = getattr(r, "rank", i)
        anchor = finding_anchor(getattr(r, "kind", "finding"), getattr(r, "group_id", ""), rank)
        cite = ""
        if cite_title:
            data = f"; data table SHA-256 {table_sha256[:12]}" if table_sha256 else ""
            cite = (
                f"<p class='dq-cite'>Cite this: “{esc(cite_title)}”, finding {esc(rank)} "
                f"(<a href='#{esc(anchor)}'>#{esc(anchor)}</a>){esc(data)}.</p>"
            )
        items.append(
            f"<li id='{esc(anchor)}'><span class='dq-sev dq-sev-{esc(r.severity)}'>{esc(r.severity)}</span> "
            f"{esc(r.text)}{cite}</li>"
        )
    more = len(findings) - len(shown)
    tail = (
        f"<p>{more:,} further {'finding is' if more == 1 else 'findings are'} in the tables below.</p>"
        if more > 0
        else ""
    )
    return f"<ol class='dq-findings'>{''.join(items)}</ol>{tail}"


def contents(entries: Sequence[tuple[str, str]]) -> str:
    """A table of contents: (anchor, label) pairs."""
    items = "".join(f"<li><a href='#{esc(a)}'>{esc(t)}</a></li>" for a, t in entries)
    return f"<nav class='dq-toc' aria-label='Contents'><p><strong>Contents</strong></p><ol>{items}</ol></nav>"


def paragraph(text: str) -> str:
    return f"<p>{esc(text)}</p>"


class Note:
    """A paragraph that shows itself as HTML in a notebook and a report (``display(Note(text))``)."""

    def __init__(self, text: str):
        self.text = text

    def _repr_html_(self) -> str:
        return paragraph(self.text)

    def __repr__(self) -> str:
        return self.text
