"""Kernels started ahead of their reports (issue 13, "kernels paid once"): a report rendered in one gives the
bytes of a cold render, a failure writes the same failure files, and no kernel or socket folder outlives
its batch, its report or its process.

Uses a throwaway copy of the repository (DISCREPANCY_ROOT) with the real notebooks, data and reports.yaml.
Marked slow: these start kernels."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from discrepancy import OutputError, RenderError
from discrepancy.batch.config import load_batch
from discrepancy.batch.run import _kernels_ahead, run_batch
from discrepancy.render.kernels import WARM_IMPORTS, KernelPool, warm_imports
from discrepancy.render.parameters import Notebook
from discrepancy.render.run import render_notebook
from tests.helpers import ROOT

pytestmark = pytest.mark.slow

#: one job of the default batch per notebook (01, 03 and 02)
JOBS = ["islamic-state", "islamic-state-source-cia", "islamic-state-group-g-88ee6c23"]


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    root = tmp_path_factory.mktemp("repo")
    for folder in ("notebooks", "data"):
        shutil.copytree(ROOT / folder, root / folder)
    shutil.copy(ROOT / "reports.yaml", root / "reports.yaml")
    (root / "reports").mkdir()
    previous = os.environ.get("DISCREPANCY_ROOT")
    os.environ["DISCREPANCY_ROOT"] = str(root)
    yield root
    if previous is None:
        os.environ.pop("DISCREPANCY_ROOT", None)
    else:
        os.environ["DISCREPANCY_ROOT"] = previous


@pytest.fixture(scope="module")
def jobs(repo):
    by_name = {j.name: j for j in load_batch(repo / "reports.yaml")}
    return [by_name[name] for name in JOBS]


@pytest.fixture(scope="module")
def cold(repo, jobs):
    """The chosen jobs rendered as `discrepancy render` renders them: each in a kernel started for it."""
    out = repo / "cold"
    for job in jobs:
        render_notebook(repo / job.notebook, out / Path(job.output).name, job.parameters)
    return out


def _same_bytes(a: Path, b: Path) -> None:
    for suffix in (".html", ".ipynb"):
        assert a.with_suffix(suffix).read_bytes() == b.with_suffix(suffix).read_bytes(), f"{b.name}: {suffix}"


class Spy:
    """Wraps a pool's take: records each kernel handed out (its process id and socket folder)."""

    def __init__(self, pool: KernelPool):
        self.taken: list[tuple[int, str]] = []
        self._take = pool.take
        pool.take = self

    def __call__(self, cwd, provenance, *imports):
        km = self._take(cwd, provenance, *imports)
        assert km is not None, "no kernel started ahead was handed out"
        self.taken.append((km.provisioner.pid, km._socket_dir))
        return km


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"


def test_a_batch_renders_the_bytes_of_cold_renders(repo, jobs, cold):
    """The default batch's jobs, one per notebook, in one worker (so in kernels started ahead), give the
    bytes of `discrepancy render` (a kernel started for each report)."""
    outcomes = run_batch(repo / "reports.yaml", workers=1, only=JOBS, force=True, quiet=True)
    assert [o.status for o in outcomes] == ["rendered"] * len(JOBS), [o.error for o in outcomes]
    for job in jobs:
        _same_bytes(cold / Path(job.output).name, repo / job.output)


def test_a_report_in_a_kernel_started_ahead_has_the_bytes_of_a_cold_render(repo, jobs, cold):
    pool = KernelPool()
    spy = Spy(pool)
    try:
        for job in jobs:
            pool.fill(repo / "notebooks", 2)  # this report's kernel and the next one's, as a batch worker does
            render_notebook(repo / job.notebook, repo / "warm" / Path(job.output).name, job.parameters, kernels=pool)
            _same_bytes(cold / Path(job.output).name, repo / "warm" / Path(job.output).name)
    finally:
        pool.close()
    assert len(spy.taken) == len(jobs) and len({pid for pid, _ in spy.taken}) == len(jobs)  # one kernel each
    for pid, folder in spy.taken:
        assert _gone(pid) and not Path(folder).exists()


def test_a_render_that_starts_its_kernel_ahead_has_the_bytes_of_a_cold_render(repo, jobs, cold):
    """`discrepancy render` starts its kernel once the inputs are checked (start_ahead): same bytes, and the
    kernel and its folder are gone when the render returns."""
    before = set(Path(tempfile.gettempdir()).glob(".dq-kernel-*"))
    for job in jobs:
        out = repo / "ahead" / Path(job.output).name
        render_notebook(repo / job.notebook, out, job.parameters, start_ahead=True)
        _same_bytes(cold / Path(job.output).name, out)
    assert sorted(set(Path(tempfile.gettempdir()).glob(".dq-kernel-*")) - before) == []


@pytest.mark.parametrize(
    "parameters, output, error",
    [
        pytest.param({"top_n": "many"}, "r.html", "top_n", id="a bad parameter"),
        pytest.param({}, "SOURCE", "refused as an output", id="an output over the notebook"),
    ],
)
def test_a_refused_render_starts_no_kernel(repo, monkeypatch, parameters, output, error):
    started = []
    monkeypatch.setattr(KernelPool, "fill", lambda self, *a, **k: started.append(a))
    notebook = repo / "notebooks" / "01-discrepancy-report.ipynb"
    out = notebook.with_suffix(".html") if output == "SOURCE" else repo / "refused" / output
    with pytest.raises(RenderError if output != "SOURCE" else OutputError, match=error):
        render_notebook(notebook, out, parameters, start_ahead=True)
    assert started == []


def _failing_notebook(path: Path) -> Path:
    import nbformat

    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell("seconds = 0\ndie = False\nfail = False")
    params.metadata["tags"] = ["parameters"]
    body = "import os, signal, time\nif die:\n    os.kill(os.getpid(), signal.SIGKILL)\nif fail:\n    1 / 0\ntime.sleep(seconds)"
    nb.cells = [params, nbformat.v4.new_code_cell(body)]
    nbformat.write(nb, path)
    return path


@pytest.mark.parametrize(
    "parameters, timeout",
    [
        pytest.param({"fail": True}, 60, id="failing cell"),
        pytest.param({"seconds": 60}, 3, id="cell past the timeout"),
        pytest.param({"die": True}, 60, id="kernel killed"),
    ],
)
def test_a_failure_in_a_kernel_started_ahead_writes_the_failure_files_of_a_cold_render(tmp_path, parameters, timeout):
    notebook = _failing_notebook(tmp_path / "failing.ipynb")
    errors = {}
    for how in ("cold", "warm"):
        pool = KernelPool() if how == "warm" else None
        spy = Spy(pool) if pool else None
        if pool:
            pool.fill(tmp_path, 1, warm_imports(Notebook.read(notebook)))  # imports nothing ahead
        try:
            with pytest.raises(RenderError) as err:
                render_notebook(notebook, tmp_path / how / "r.html", parameters, timeout=timeout, kernels=pool)
        finally:
            if pool:
                pool.close()
        errors[how] = str(err.value).replace(str(tmp_path / how), "OUT")
        assert not (tmp_path / how / "r.html").exists()
        if spy:
            ((pid, folder),) = spy.taken
            assert _gone(pid) and not Path(folder).exists()
        for where in (tmp_path / how, Path(tempfile.gettempdir())):  # a dead kernel's too (nbclient left it)
            assert list(where.glob(f".dq-kernel-{os.getpid()}-*")) == []
    assert errors["cold"] == errors["warm"]
    for suffix in (".failed.html", ".failed.ipynb"):
        cold, warm = (_without_added_cell_ids(tmp_path / how / f"r{suffix}", notebook) for how in ("cold", "warm"))
        assert cold == warm


def test_a_notebook_that_does_not_import_the_package_gets_a_kernel_that_has_not(tmp_path):
    """The package changes matplotlib's settings when imported: a kernel started ahead for another notebook
    imports nothing, so that notebook sees what it would see in a cold kernel."""
    import nbformat

    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell("x = 1")
    params.metadata["tags"] = ["parameters"]
    nb.cells = [
        params,
        nbformat.v4.new_code_cell("import sys\nprint(sorted({'discrepancy', 'pandas'} & set(sys.modules)))"),
    ]
    notebook = tmp_path / "plain.ipynb"
    nbformat.write(nb, notebook)
    assert warm_imports(Notebook.read(notebook)) == ()
    assert warm_imports(Notebook.read(ROOT / "notebooks" / "01-discrepancy-report.ipynb")) == WARM_IMPORTS
    pool = KernelPool()
    spy = Spy(pool)
    try:
        pool.fill(tmp_path, 1, warm_imports(Notebook.read(notebook)))
        render_notebook(notebook, tmp_path / "warm" / "r.html", kernels=pool)
    finally:
        pool.close()
    assert len(spy.taken) == 1
    render_notebook(notebook, tmp_path / "cold" / "r.html")
    _same_bytes(tmp_path / "cold" / "r.html", tmp_path / "warm" / "r.html")
    out = nbformat.read(tmp_path / "warm" / "r.ipynb", as_version=4).cells[-1].outputs[0]["text"]
    assert out.strip() == "[]"


@pytest.mark.parametrize(
    "code, imports",
    [
        pytest.param("from discrepancy import report, views", WARM_IMPORTS, id="the views, as the reports do"),
        pytest.param("import discrepancy.views.report", WARM_IMPORTS, id="the views by their module"),
        pytest.param("import discrepancy as dq\ndq.load_claims", ("discrepancy",), id="the package only"),
        pytest.param("from discrepancy.claims import load_claims", ("discrepancy",), id="a subpackage"),
        pytest.param("import pandas\n# from discrepancy import views", (), id="neither (a comment is no import)"),
    ],
)
def test_a_kernel_started_ahead_imports_what_its_notebook_imports(tmp_path, code, imports):
    """The views set matplotlib's settings when imported: a notebook that does not import them gets a kernel
    without them."""
    import nbformat

    params = nbformat.v4.new_code_cell("x = 1")
    params.metadata["tags"] = ["parameters"]
    nbformat.write(nbformat.v4.new_notebook(cells=[params, nbformat.v4.new_code_cell(code)]), tmp_path / "n.ipynb")
    assert warm_imports(Notebook.read(tmp_path / "n.ipynb")) == imports


def test_a_kernel_that_imported_other_modules_is_not_handed_out(tmp_path):
    pool = KernelPool()
    try:
        pool.fill(tmp_path, 1, ())
        assert pool.take(tmp_path, "{}", WARM_IMPORTS) is None  # shut down; the report starts its own
    finally:
        pool.close()


def _without_added_cell_ids(path: Path, source: Path) -> bytes:
    """A failure file's bytes with the ids of the cells the notebook does not have blanked: papermill's error
    cells and render's banner get random ids, so two failures differ there whatever kernel ran them (they
    did before kernels were started ahead)."""
    import nbformat

    known = {cell.id for cell in nbformat.read(source, as_version=4).cells}
    data = path.read_bytes()
    for cell in nbformat.read(path.with_suffix(".ipynb"), as_version=4).cells:
        if cell.id not in known and cell.id != "injected-parameters":
            data = data.replace(cell.id.encode(), b"ADDED-CELL-ID")
    return data


def _leaked_kernel_folders(before: set[Path]) -> list[Path]:
    """Kernel folders made since ``before`` by processes that no longer run (other processes on this machine
    may be rendering too: theirs are alive)."""
    pattern = re.compile(r"\.dq-kernel-(\d+)-")
    found = set(Path(tempfile.gettempdir()).glob(".dq-kernel-*")) - before
    return [f for f in found if f.exists() and _gone(int(pattern.match(f.name).group(1)))]


def test_a_kernel_started_for_no_report_is_shut_down_and_its_folder_removed(tmp_path):
    pool = KernelPool()
    pool.fill(tmp_path, 2)
    km = pool.take(tmp_path / "elsewhere", "{}")  # started in another folder than the report's: not used
    assert km is None
    left = [f.result() for _, _, f in pool._queue]
    pids, folders = [km.provisioner.pid for km in left], [km._socket_dir for km in left]
    assert len(left) == 1 and not any(_gone(pid) for pid in pids)
    pool.close()
    assert all(_gone(pid) for pid in pids) and not any(Path(f).exists() for f in folders)


def test_a_process_that_exits_shuts_down_the_kernels_it_started_ahead(tmp_path):
    """A batch worker exits at the end of the batch with its next kernel started (or starting)."""
    script = (
        "import os, sys\nfrom discrepancy.render.kernels import worker_pool\npool = worker_pool()\n"
        "pool.fill(sys.argv[1], 2)\nprint(os.getpid(), pool._queue[0][2].result().provisioner.pid)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    process, kernel = (int(word) for word in done.stdout.split()[-2:])
    time.sleep(0.5)
    assert _gone(kernel)
    assert list(Path(tempfile.gettempdir()).glob(f".dq-kernel-{process}-*")) == []


def test_a_batch_leaves_no_kernel_and_no_kernel_folder(repo):
    from tests.batch.test_run import _descendants, _processes

    before = set(Path(tempfile.gettempdir()).glob(".dq-kernel-*"))
    outcomes = run_batch(repo / "reports.yaml", workers=2, only=JOBS, force=True, quiet=True)
    assert {o.status for o in outcomes} == {"rendered"}
    procs = _processes()
    assert [p for p in _descendants(os.getpid()) if "ipykernel_launcher" in procs.get(p, (0, 0, ""))[2]] == []
    assert _leaked_kernel_folders(before) == []
    assert list((repo / "reports").rglob(".dq-*")) == []


@pytest.mark.parametrize(
    "total, workers, ahead",
    [(8, 1, [1] * 7 + [0]), (8, 2, [1] * 6 + [0, 0]), (1, 1, [0]), (3, 3, [0, 0, 0])],
)
def test_a_worker_starts_a_kernel_ahead_only_while_more_reports_wait(total, workers, ahead):
    assert [_kernels_ahead(i, total, workers) for i in range(total)] == ahead


def test_a_pool_says_whether_its_next_kernel_is_still_starting(tmp_path, monkeypatch):
    """render warms its page writer only while the report's kernel is still starting (time it would wait)."""
    import threading

    import discrepancy.render.kernels as kernels

    go = threading.Event()
    monkeypatch.setattr(kernels, "_start_warm", lambda *args: go.wait(30) and None)
    pool = KernelPool()
    try:
        assert not pool.starting()  # no kernel asked for
        pool.fill(tmp_path, 1, ())
        assert pool.starting()  # asked for, not started yet
        go.set()
        pool._queue[0][2].result(timeout=30)
        assert not pool.starting()  # started: its report would not wait
    finally:
        go.set()
        pool._queue.clear()
        pool.close()
