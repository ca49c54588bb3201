"""One straight road per input: in one batch job the claim table is resolved once and hashed once, and the
notebook is read once, in the batch process (the kernel then reads the table once, to load it).

Counted on a real run of `run_batch` with the default notebook and data, copied into a throwaway
repository; the worker pool is replaced by an in-process one so every call can be seen."""

from __future__ import annotations

import builtins
import io
import shutil
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import discrepancy.batch.run as batch_run
from discrepancy import paths
from tests.helpers import ROOT

pytestmark = pytest.mark.slow

NOTEBOOK = "01-discrepancy-report.ipynb"
TABLE = "islamic_state_2014_2016.csv"


class InProcessPool(ThreadPoolExecutor):
    """The worker pool, run in this process (a thread) so that its calls are counted."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=()):
        super().__init__(max_workers=max_workers)


@pytest.fixture
def repo(tmp_path, monkeypatch):
    (tmp_path / "notebooks").mkdir()
    shutil.copy(ROOT / "notebooks" / NOTEBOOK, tmp_path / "notebooks")
    shutil.copytree(ROOT / "data", tmp_path / "data")
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports.yaml").write_text(
        f"reports:\n  - name: one\n    notebook: notebooks/{NOTEBOOK}\n"
        f"    parameters: {{claims_path: data/claims/{TABLE}, title: One job}}\n"
    )
    monkeypatch.setenv("DISCREPANCY_ROOT", str(tmp_path))
    monkeypatch.setattr(batch_run, "ProcessPoolExecutor", InProcessPool)
    return tmp_path


def test_one_batch_job_resolves_hashes_and_reads_each_input_once(repo, monkeypatch):
    counts = {"table resolved": 0, "table opened": 0, "notebook opened": 0, "table hashed": 0}
    resolvers = {paths.resolve_input.__code__, paths.resolve_inside.__code__}
    hash_code = paths.sha256_file.__code__

    def profile(frame, event, arg):
        if event == "call" and frame.f_code in resolvers and str(frame.f_locals.get("path", "")).endswith(TABLE):
            counts["table resolved"] += 1
        if event == "call" and frame.f_code is hash_code and str(frame.f_locals.get("path", "")).endswith(TABLE):
            counts["table hashed"] += 1

    real_open = io.open

    def counting_open(file, mode="r", *args, **kwargs):
        name = str(file) if isinstance(file, (str, Path)) else ""
        if "r" in mode or mode == "rb":
            if name.endswith(TABLE):
                counts["table opened"] += 1
            elif name.endswith(NOTEBOOK):
                counts["notebook opened"] += 1
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(io, "open", counting_open)
    monkeypatch.setattr(builtins, "open", counting_open)
    sys.setprofile(profile)
    threading.setprofile(profile)
    try:
        (outcome,) = batch_run.run_batch(repo / "reports.yaml", workers=1, quiet=True)
    finally:
        sys.setprofile(None)
        threading.setprofile(None)
    assert outcome.status == "rendered", outcome.error
    # the table is opened once here, to hash it (the kernel opens it once more to load it)
    assert counts == {"table resolved": 1, "table opened": 1, "notebook opened": 1, "table hashed": 1}
    assert (repo / "reports" / "one.html").is_file()
