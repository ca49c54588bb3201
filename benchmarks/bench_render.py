"""The default report's render time beside the floor: an empty notebook through the same path, same run.

Both go through discrepancy.render.render_notebook (papermill in a fresh kernel, then nbconvert).
Target (issue 4): the default report within 1.5x of the floor.
Run: make bench (or python benchmarks/bench_render.py).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import nbformat
from common import record
from nbformat.v4 import new_code_cell, new_notebook

from discrepancy.paths import notebooks_dir
from discrepancy.render.run import render_notebook


def _timed(notebook: Path, out: Path, repeat: int = 3) -> float:
    times = []
    for i in range(repeat):
        start = time.perf_counter()
        render_notebook(notebook, out.with_name(f"{out.stem}-{i}.html"))
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        empty = tmp / "empty.ipynb"
        cell = new_code_cell("title = 'empty'")
        cell.metadata["tags"] = ["parameters"]
        nbformat.write(new_notebook(cells=[cell]), empty)
        floor = _timed(empty, tmp / "empty.html")
        report = _timed(notebooks_dir() / "01-discrepancy-report.ipynb", tmp / "report.html")
        size = (tmp / "report-0.html").stat().st_size
    figures = {
        "empty_notebook_render_s": round(floor, 2),
        "default_report_render_s": round(report, 2),
        "report_over_floor": round(report / floor, 2),
        "default_report_html_bytes": size,
        "target_report_over_floor": 1.5,
    }
    figures["target_met"] = figures["report_over_floor"] <= 1.5
    record("render", figures)
    return figures


if __name__ == "__main__":
    main()
