"""Batch rendering: parallel, cached, isolated failures, one writer at a time, Dask, kill-safe.

Uses a throwaway repository (DISCREPANCY_ROOT) with a small notebook so that each render is quick;
the tables are SYNTHETIC. Marked slow: these start kernels."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from discrepancy.batch.run import BatchLocked, ReportsLock, run_batch
from discrepancy.cli import run
from tests.helpers import write_csv

pytestmark = pytest.mark.slow


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def repo(tmp_path, monkeypatch, good_rows):
    params = new_code_cell('claims_path = "data/claims/a.csv"\ntitle = "quick"\nsleep_seconds = 0.0')
    params.metadata["tags"] = ["parameters"]
    body = new_code_cell(
        "import time\nfrom IPython.display import HTML, display\nimport discrepancy as dq\nfrom discrepancy import views\n"
        "claims = dq.load_claims(dq.paths.resolve_input(claims_path))\ntime.sleep(sleep_seconds)\n"
        "display(HTML(views.heading(title) + views.paragraph(f'{len(claims)} claims')))"
    )
    nb = new_notebook(cells=[params, body])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    (tmp_path / "notebooks").mkdir()
    nbformat.write(nb, tmp_path / "notebooks" / "quick.ipynb")
    claims = tmp_path / "data" / "claims"
    claims.mkdir(parents=True)
    write_csv(claims / "a.csv", good_rows)
    write_csv(claims / "b.csv", good_rows[:1])
    (claims / "broken.csv").write_text("claim_id;subject;metric\nx;y;z\n")
    (tmp_path / "reports").mkdir()
    monkeypatch.setenv("DISCREPANCY_ROOT", str(tmp_path))
    return tmp_path


def _batch(repo: Path, entries: list[str]) -> Path:
    path = repo / "reports.yaml"
    path.write_text("defaults: {notebook: notebooks/quick.ipynb}\nreports:\n" + "".join(f"  - {e}\n" for e in entries))
    return path


SIX = [
    "{name: r1, parameters: {claims_path: data/claims/a.csv, title: one}}",
    "{name: r2, parameters: {claims_path: data/claims/a.csv, title: two}}",
    "{name: r3, parameters: {claims_path: data/claims/b.csv, title: three}}",
    "{name: r4, parameters: {claims_path: data/claims/b.csv, title: four}}",
    "{name: r5, parameters: {claims_path: data/claims/a.csv, title: '<script>five</script>'}}",
    "{name: bad, parameters: {claims_path: data/claims/broken.csv}}",
]


def test_one_broken_table_fails_its_report_only(repo, capsys):
    batch = _batch(repo, SIX)
    assert run(["batch", str(batch), "--workers", "2"]) == 1
    out = capsys.readouterr().out
    assert "5 rendered, 0 unchanged, 1 failed" in out
    assert "semicolons" in out.split("bad", 1)[1].splitlines()[0]
    index = json.loads((repo / "reports" / "index.json").read_text())
    status = {r["name"]: r for r in index["reports"]}
    assert [status[n]["status"] for n in ("r1", "r2", "r3", "r4", "r5")] == ["rendered"] * 5
    assert status["bad"]["status"] == "failed" and "semicolons" in status["bad"]["error"]
    assert status["bad"]["failed_link"] == "bad.failed.html" and status["r1"]["link"] == "r1.html"
    html = (repo / "reports" / "index.html").read_text()
    assert "semicolons" in html and "<a href='r1.html'>one</a>" in html and "<script>" not in html
    assert "&lt;script&gt;five&lt;/script&gt;" in html  # a title is text
    assert not (repo / "reports" / "bad.html").exists() and (repo / "reports" / "bad.failed.html").exists()


def test_unchanged_inputs_start_no_kernel_and_a_changed_table_rerenders_its_reports(repo, monkeypatch):
    batch = _batch(repo, SIX[:4])
    first = run_batch(batch, workers=2, quiet=True)
    assert {o.status for o in first} == {"rendered"}
    index_before = (repo / "reports" / "index.json").read_bytes()

    import discrepancy.batch.run as batch_module

    def no_pool(*args, **kwargs):
        raise AssertionError("a worker pool (and so a kernel) was started")

    monkeypatch.setattr(batch_module, "ProcessPoolExecutor", no_pool)
    again = run_batch(batch, workers=2, quiet=True)
    assert {o.status for o in again} == {"unchanged"}
    monkeypatch.undo()
    monkeypatch.setenv("DISCREPANCY_ROOT", str(repo))
    write_csv(repo / "data" / "claims" / "b.csv", [["z", "Islamic State", "members", "70,000", "S", "2015"]])
    changed = {o.name: o.status for o in run_batch(batch, workers=2, quiet=True)}
    assert changed == {"r1": "unchanged", "r2": "unchanged", "r3": "rendered", "r4": "rendered"}
    forced = {o.status for o in run_batch(batch, workers=2, quiet=True, force=True, only=["r1"])}
    assert forced == {"rendered"}
    assert index_before  # the index was written on every run


def test_the_package_digest_covers_every_module_of_the_package(tmp_path):
    """A report is rendered again when any of the package's code changes, not only the batch folder's: the digest
    reads the package's own folder (the one holding its __init__.py) and every module below it."""
    import shutil

    import discrepancy
    from discrepancy.batch.run import PACKAGE_ROOT, _package_digest

    assert PACKAGE_ROOT == Path(discrepancy.__file__).resolve().parent
    copy = tmp_path / "discrepancy"
    shutil.copytree(PACKAGE_ROOT, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = _package_digest(copy)
    assert _package_digest(copy) == before  # the same code, the same digest
    for module in ("engine/compare.py", "claims/fastparse.py", "views/report.py", "cli.py"):
        path = copy / module
        text = path.read_bytes()
        path.write_bytes(text + b"\n# changed\n")
        assert _package_digest(copy) != before, module
        path.write_bytes(text)
    assert _package_digest(copy) == before


def test_index_is_reproducible(repo):
    batch = _batch(repo, SIX[:2])
    run_batch(batch, workers=1, quiet=True)
    one = (repo / "reports" / "index.html").read_bytes(), (repo / "reports" / "index.json").read_bytes()
    run_batch(batch, workers=1, quiet=True, force=True)
    two = (repo / "reports" / "index.html").read_bytes(), (repo / "reports" / "index.json").read_bytes()
    assert one == two
    assert str(repo) not in one[0].decode()


def test_a_second_run_is_refused_while_the_first_holds_the_lock(repo, capsys):
    batch = _batch(repo, SIX[:1])
    with ReportsLock(repo / "reports", wait=False):
        with pytest.raises(BatchLocked, match="another batch run"):
            run_batch(batch, quiet=True)
        assert run(["batch", str(batch)]) == 4
    assert "pass --wait" in capsys.readouterr().err
    # a lock file left by a dead run holds nothing: the next run proceeds
    (repo / "reports" / ".batch.lock").write_text("pid 999999\n")
    assert {o.status for o in run_batch(batch, quiet=True)} == {"rendered"}


def test_dask_renders_the_same_bytes_as_the_local_path(repo):
    from distributed import Client, LocalCluster

    batch = _batch(repo, SIX[:2] + SIX[5:])
    local = run_batch(batch, workers=2, quiet=True)
    local_bytes = {o.name: _sha(repo / o.output) for o in local if o.status == "rendered"}
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        remote = run_batch(batch, client=client, force=True, quiet=True)
    assert {o.name: o.status for o in remote} == {"r1": "rendered", "r2": "rendered", "bad": "failed"}
    assert "semicolons" in {o.name: o for o in remote}["bad"].error
    assert {o.name: _sha(repo / o.output) for o in remote if o.status == "rendered"} == local_bytes


def test_a_killed_batch_leaves_every_report_whole(repo):
    batch = _batch(repo, ["{name: fast, parameters: {title: fast}}", "{name: slow, parameters: {title: slow}}"])
    run_batch(batch, workers=1, quiet=True)  # the previous good reports
    before = {n: _sha(repo / "reports" / f"{n}.html") for n in ("fast", "slow")}
    batch = _batch(
        repo, ["{name: fast, parameters: {title: fast}}", "{name: slow, parameters: {title: slow, sleep_seconds: 60}}"]
    )
    write_csv(repo / "data" / "claims" / "a.csv", [["k", "Islamic State", "members", "1,000", "S", "2016"]])
    env = {**os.environ, "DISCREPANCY_ROOT": str(repo)}
    proc = subprocess.Popen([sys.executable, "-m", "discrepancy", "batch", str(batch), "--workers", "1"], env=env,
                            start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.time() + 120
    while time.time() < deadline and _sha(repo / "reports" / "fast.html") == before["fast"]:
        time.sleep(0.2)
    time.sleep(2)  # the slow report is rendering now
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    fast = (repo / "reports" / "fast.html").read_text()
    assert _sha(repo / "reports" / "fast.html") != before["fast"] and fast.rstrip().endswith("</html>")
    assert _sha(repo / "reports" / "slow.html") == before["slow"]
    leftovers = [p.name for p in (repo / "reports").iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    for path in (repo / "reports").glob("*.json"):
        json.loads(path.read_text())  # whole, not half written


def _processes() -> dict[int, tuple[int, int, str]]:
    """pid -> (parent pid, process group, command line) of every process, from /proc."""
    out = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            if stat[0] != "Z":
                out[int(entry.name)] = (int(stat[1]), int(stat[2]), cmd)
    return out


def _descendants(pid: int) -> set[int]:
    """The processes started, directly or not, by ``pid`` (by parent links, and by process group)."""
    procs = _processes()
    found = {p for p, (_, group, _) in procs.items() if group == pid}
    frontier = {pid} | found
    while frontier:
        frontier = {p for p, (parent, _, _) in procs.items() if parent in frontier and p not in found}
        found |= frontier
    return found - {pid}


def test_kill_9_of_the_batch_process_leaves_no_process_and_the_next_run_no_temporary(repo):
    """Issue 10: kill -9 of `discrepancy batch` left its worker processes alive for good (reparented to init,
    blocked on a pipe), and killing the group leaked temporary folders and kernel connection files."""
    import tempfile

    batch = _batch(repo, ["{name: slow, parameters: {title: slow, sleep_seconds: 120}}"])
    env = {**os.environ, "DISCREPANCY_ROOT": str(repo)}
    proc = subprocess.Popen([sys.executable, "-m", "discrepancy", "batch", str(batch), "--workers", "1"], env=env,
                            start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.time() + 120
    group: set[int] = set()
    while time.time() < deadline:
        group = _descendants(proc.pid)
        if any("ipykernel_launcher" in _processes().get(p, (0, 0, ""))[2] for p in group):
            break
        time.sleep(0.3)
    procs = _processes()
    assert any("ipykernel_launcher" in procs.get(p, (0, 0, ""))[2] for p in group), "the kernel never started"
    time.sleep(1)
    os.kill(proc.pid, signal.SIGKILL)  # the batch process alone, as `kill -9 PID` does
    proc.wait()
    time.sleep(5)
    alive = group & set(_processes())
    assert alive == set(), f"still running 5 s later: {alive}"
    assert list((repo / "reports").glob(".dq-*")), "the killed run left its private folder (the next run sweeps it)"
    run_batch(_batch(repo, ["{name: fast, parameters: {title: fast}}"]), workers=1, quiet=True)
    assert [p.name for p in (repo / "reports").rglob(".dq-*")] == []
    assert [p.name for p in (repo / "reports").iterdir() if p.name.endswith(".tmp")] == []
    for pid in group | {proc.pid}:
        assert not list(Path(tempfile.gettempdir()).glob(f".dq-*-{pid}-*")), "a kernel folder of the killed run"


def test_a_report_that_renders_again_leaves_no_stale_failure(repo):
    """Issue 10: a failed report's NAME.failed.html/.ipynb stayed in reports/ after the report later rendered."""
    batch = _batch(repo, ["{name: flaky, parameters: {claims_path: data/claims/broken.csv}}"])
    (outcome,) = run_batch(batch, workers=1, quiet=True)
    assert outcome.status == "failed"
    failed = [repo / "reports" / "flaky.failed.html", repo / "reports" / "flaky.failed.ipynb"]
    assert all(p.exists() for p in failed)
    batch = _batch(repo, ["{name: flaky, parameters: {claims_path: data/claims/a.csv}}"])
    (outcome,) = run_batch(batch, workers=1, quiet=True)
    assert outcome.status == "rendered"
    assert not any(p.exists() for p in failed)


def test_a_report_that_rendered_before_and_fails_now_is_listed_as_failed(repo):
    """The index took a failed report's earlier row whole, status included: a report that had rendered and
    now failed was listed as rendered, with no error. It keeps its last good summary and link only."""
    (outcome,) = run_batch(_batch(repo, ["{name: r1, parameters: {title: one}}"]), workers=1, quiet=True)
    assert outcome.status == "rendered"
    broken = "{name: r1, parameters: {title: one, claims_path: data/claims/broken.csv}}"
    (outcome,) = run_batch(_batch(repo, [broken]), workers=1, quiet=True)
    assert outcome.status == "failed"
    (row,) = json.loads((repo / "reports" / "index.json").read_text())["reports"]
    assert row["status"] == "failed" and "semicolons" in row["error"]
    assert row["title"] == "one" and row["link"] == "r1.html" and row["failed_link"] == "r1.failed.html"
