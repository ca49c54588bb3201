"""HTML for the notebooks: tables, headings, paragraphs and finding lists built from the engine's tables.

Claim text is untrusted. Everything here that puts text into HTML escapes it (``html.escape``), and no
function here ever turns claim text into markup, a link or a script.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pandas as pd

from discrepancy.claims import readable
from discrepancy.claims.readable import esc

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
