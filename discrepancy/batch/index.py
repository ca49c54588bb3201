"""reports/index.html and reports/index.json: one index of every report rendered into reports/, for readers.

One index for all batch files: rows are keyed by output path and merged with the index as it stands, so
a second batch file adds its reports instead of replacing the first one's (a row whose report file is
gone is dropped). Each row shows the report's title, subject, the date of its newest claim, its most
severe finding and its status; the inputs and their SHA-256 are folded into a details element. Both
files are the same bytes for the same outcome (no times, no machine paths); every text is escaped.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from discrepancy.claims.readable import esc
from discrepancy.files import atomic_write

STATUSES = ("rendered", "unchanged", "failed", "not run")
FIELDS = ("name", "status", "error", "notebook", "output", "link", "failed_link", "inputs", "key", "title", "subject",
          "newest_claim", "top_finding", "top_severity", "severities")  # fmt: skip
#: what a report says of itself: a failed report keeps showing its last good report's, never its status
SUMMARY_FIELDS = ("title", "subject", "newest_claim", "top_finding", "top_severity", "severities")


def _row(job, outcome, previous: dict, folder: Path) -> dict:
    before = dict(previous.get(job.output, {}))
    if outcome is None:
        row = before
        row.setdefault("status", "not run")
    else:
        row = {"status": outcome.status, "error": outcome.error, "inputs": outcome.inputs, "key": outcome.key}
        # a failed report keeps its last good summary; its status and error are this run's (taking the earlier
        # row's whole once showed a report that now fails as "rendered", with no error)
        summary = outcome.summary or ({} if outcome.status == "rendered" else before)
        row.update({k: v for k, v in summary.items() if k in SUMMARY_FIELDS and v is not None})
    row.setdefault("title", str(job.parameters.get("title", "") or job.name))
    html = (folder.parent / job.output).resolve()
    failed = html.with_suffix(".failed.html")
    row.update(
        name=job.name,
        notebook=job.notebook,
        output=job.output,
        link=os.path.relpath(html, folder) if html.exists() else "",
        failed_link=os.path.relpath(failed, folder) if row.get("status") == "failed" and failed.exists() else "",
    )
    return {k: row.get(k, {} if k in ("inputs", "severities") else "") for k in FIELDS}


def write_index(folder: Path, jobs, outcomes: dict, previous: dict | None = None) -> tuple[Path, Path]:
    """Write the index: this run's jobs, and the rows of earlier runs (other batch files) whose report
    still exists. ``previous``: output path -> row, from the index as it stood."""
    previous = previous or {}
    rows = {job.output: _row(job, outcomes.get(job.name), previous, folder) for job in jobs}
    for output, row in previous.items():
        if output not in rows and (folder.parent / output).exists():
            rows[output] = {k: row.get(k, {} if k in ("inputs", "severities") else "") for k in FIELDS}
    ordered = [rows[k] for k in sorted(rows)]
    counts = {s: sum(r["status"] == s for r in ordered) for s in STATUSES}
    payload = {"reports": ordered, "counts": counts}
    text = json.dumps(payload, indent=1, sort_keys=True) + "\n"
    json_path, html_path = folder / "index.json", folder / "index.html"
    atomic_write(json_path, lambda p: p.write_text(text, encoding="utf-8"))
    page = _html(ordered, counts)
    atomic_write(html_path, lambda p: p.write_text(page, encoding="utf-8"))
    return html_path, json_path


_CSS = (
    "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;line-height:1.5;"
    "max-width:64rem;margin:0 auto;padding:1.5rem 1.25rem;color:#1a1a1a}"
    "h1{font-size:1.8rem}.report{border-top:1px solid #d0d0d0;padding:0.75rem 0}"
    ".report h2{font-size:1.15rem;margin:0 0 0.25rem}.meta{color:#555;font-size:0.9rem;margin:0}"
    ".finding{margin:0.4rem 0}.status{display:inline-block;padding:0 0.4em;border-radius:3px;font-size:0.75rem;"
    "font-weight:700;text-transform:uppercase;background:#e8e8e8}.status-failed{background:#a3162a;color:#fff}"
    ".sev{font-weight:700}.sev-extreme{color:#a3162a}.sev-major{color:#b34700}"
    "details{font-size:0.8rem;color:#555}code{overflow-wrap:anywhere}a{color:#0b57d0}"
    "@media print{details{display:none}}"
)


def _html(rows: list[dict], counts: dict) -> str:
    body = []
    for r in rows:
        title = esc(r["title"] or r["name"])
        heading = f"<a href='{esc(r['link'])}'>{title}</a>" if r["link"] else title
        failed = f" · <a href='{esc(r['failed_link'])}'>the failed run</a>" if r["failed_link"] else ""
        facts = [f"<span class='status status-{esc(r['status'])}'>{esc(r['status'])}</span>"]
        if r["subject"]:
            facts.append(f"about {esc(r['subject'])}")
        if r["newest_claim"]:
            facts.append(f"newest claim {esc(r['newest_claim'])}")
        finding = (
            f"<p class='finding'><span class='sev sev-{esc(r['top_severity'])}'>{esc(r['top_severity'])}</span>: "
            f"{esc(r['top_finding'])}</p>"
            if r["top_finding"]
            else ""
        )
        error = f"<p class='finding'>{esc(r['error'])}</p>" if r["error"] else ""
        inputs = "".join(f"<li>{esc(p)}: <code>{esc(h)}</code></li>" for p, h in sorted((r["inputs"] or {}).items()))
        details = (
            f"<details><summary>made from</summary><p>{esc(r['name'])}: {esc(r['notebook'])} → {esc(r['output'])}</p>"
            f"<ul>{inputs}</ul></details>"
        )
        body.append(
            f"<section class='report'><h2>{heading}</h2><p class='meta'>{' · '.join(facts)}{failed}</p>"
            f"{finding}{error}{details}</section>"
        )
    summary = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>Reports</title><style>{_CSS}</style></head><body>"
        f"<h1>Reports</h1><p>{esc(summary)}</p>{''.join(body)}</body></html>\n"
    )
