"""reports/index.html for readers: titles, subjects, newest claim, most severe finding, status; hashes
folded away; one index for every batch file (rows keyed by output path); files readable by a web server."""

from __future__ import annotations

import json
import os
import stat

from discrepancy.batch.config import Job
from discrepancy.batch.index import write_index
from discrepancy.batch.run import Outcome

SUMMARY = {"title": "How far <b>the</b> sources diverge", "subject": "Islamic State", "newest_claim": "2016-07",
           "top_finding": "Estimates of Islamic State members differ 6.7-fold", "top_severity": "extreme",
           "severities": {"extreme": 2}, "claims": 42}  # fmt: skip


def _job(name: str) -> Job:
    return Job(name=name, notebook="notebooks/01-discrepancy-report.ipynb", output=f"reports/{name}.html",
               parameters={"title": f"Title of {name}"})  # fmt: skip


def _outcome(name: str, summary: dict | None = None) -> Outcome:
    return Outcome(
        name, f"reports/{name}.html", "rendered", "k", {"data/claims/t.csv": "ab" * 32}, summary=summary or {}
    )


def test_the_index_reads_as_a_page_of_reports(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "one.html").write_text("x")
    html_path, _ = write_index(folder, [_job("one")], {"one": _outcome("one", SUMMARY)})
    page = html_path.read_text(encoding="utf-8")
    assert "<a href='one.html'>How far &lt;b&gt;the&lt;/b&gt; sources diverge</a>" in page
    for shown in ("about Islamic State", "newest claim 2016-07", "Estimates of Islamic State members differ 6.7-fold"):
        assert shown in page
    before_details, details = page.split("<details>", 1)
    assert "ab" * 32 not in before_details and "ab" * 32 in details  # hashes folded away


def test_a_second_batch_file_adds_its_reports_instead_of_replacing_the_first(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("one", "two", "gone"):
        (folder / f"{name}.html").write_text("x")
    write_index(folder, [_job("one"), _job("gone")], {"one": _outcome("one", SUMMARY), "gone": _outcome("gone")})
    (folder / "gone.html").unlink()
    previous = {r["output"]: r for r in json.loads((folder / "index.json").read_text())["reports"]}
    write_index(folder, [_job("two")], {"two": _outcome("two")}, previous=previous)
    rows = {r["name"]: r for r in json.loads((folder / "index.json").read_text())["reports"]}
    assert set(rows) == {"one", "two"}  # one kept from the first file; gone dropped: its report is gone
    assert rows["one"]["title"] == SUMMARY["title"] and rows["two"]["title"] == "Title of two"


def test_index_files_are_readable_by_a_web_server(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    old = os.umask(0o022)
    try:
        paths = write_index(folder, [_job("one")], {"one": _outcome("one")})
    finally:
        os.umask(old)
    for path in paths:
        assert stat.S_IMODE(path.stat().st_mode) == 0o644
