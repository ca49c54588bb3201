"""reports/index.html and reports/index.json: every report of the batch file, its status and inputs.

Both are the same bytes for the same outcome (no times, no machine paths); every name and error line
is escaped in the HTML. A report the last run did not touch (``--only``) keeps the row the previous
index gave it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from discrepancy.claims.readable import esc
from discrepancy.output import atomic_write

STATUSES = ("rendered", "unchanged", "failed", "not run")


def _row(job, outcome, previous: dict, folder: Path) -> dict:
    if outcome is None:
        row = dict(previous.get(job.name, {}))
        row.setdefault("status", "not run")
    else:
        row = {"status": outcome.status, "error": outcome.error, "inputs": outcome.inputs, "key": outcome.key}
    html = (folder.parent / job.output).resolve()
    failed = html.with_suffix(".failed.html")
    row.update(
        name=job.name,
        notebook=job.notebook,
        output=job.output,
        link=os.path.relpath(html, folder) if html.exists() else "",
        failed_link=os.path.relpath(failed, folder) if row.get("status") == "failed" and failed.exists() else "",
    )
    return {
        k: row.get(k, "")
        for k in ("name", "status", "error", "notebook", "output", "link", "failed_link", "inputs", "key")
    }


def write_index(folder: Path, jobs, outcomes: dict, previous: dict | None = None) -> tuple[Path, Path]:
    rows = [_row(job, outcomes.get(job.name), previous or {}, folder) for job in sorted(jobs, key=lambda j: j.name)]
    counts = {s: sum(r["status"] == s for r in rows) for s in STATUSES}
    payload = {"reports": rows, "counts": counts}
    text = json.dumps(payload, indent=1, sort_keys=True) + "\n"
    json_path, html_path = folder / "index.json", folder / "index.html"
    atomic_write(json_path, lambda p: p.write_text(text, encoding="utf-8"))
    page = _html(rows, counts)
    atomic_write(html_path, lambda p: p.write_text(page, encoding="utf-8"))
    return html_path, json_path


def _html(rows: list[dict], counts: dict) -> str:
    body = []
    for r in rows:
        link = f"<a href='{esc(r['link'])}'>{esc(r['name'])}</a>" if r["link"] else esc(r["name"])
        if r["failed_link"]:
            link += f" (<a href='{esc(r['failed_link'])}'>failed run</a>)"
        inputs = "<br>".join(f"{esc(p)}<br><code>{esc(h)}</code>" for p, h in sorted((r["inputs"] or {}).items()))
        body.append(
            f"<tr class='{esc(r['status'])}'><td>{link}</td><td>{esc(r['status'])}</td><td>{esc(r['error'])}</td>"
            f"<td>{esc(r['notebook'])}</td><td>{inputs}</td></tr>"
        )
    summary = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        "<title>Reports</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left;font-size:13px}"
        "tr.failed td{background:#fde0dc}code{font-size:11px}</style></head><body>"
        f"<h1>Reports</h1><p>{esc(summary)}</p><table><thead><tr><th>report</th><th>status</th><th>error</th>"
        f"<th>notebook</th><th>inputs (SHA-256)</th></tr></thead><tbody>{''.join(body)}</tbody></table></body></html>\n"
    )
