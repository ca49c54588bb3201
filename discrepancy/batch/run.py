"""Rendering many reports: in parallel, cached by their inputs, one lock per reports folder, on Dask if asked.

- Each report has a key: the SHA-256 of its notebook, every table it reads (its ``*_path`` parameters
  and the reference tables), its parameters and the package (version and source). The key is kept
  beside the report (``NAME.meta.json``); a report whose key has not changed is left as it is and no
  kernel is started for it, unless ``force``.
- Reports render in worker processes (or on Dask workers), each in its own kernel, into a private
  temporary folder; a worker process starts the next report's kernel while the current report runs
  (render/kernels.py); the files come back to this process, which writes every one atomically (temporary
  file, then rename). A run killed at any moment leaves each report the old one or the new one.
- One failing report never stops the others. ``reports/index.html`` and ``index.json`` list every
  report with its status, its error line when it failed, its input hashes and a link; both are the same
  bytes for the same outcome.
- A lock (``reports/.batch.lock``, ``flock``) keeps two runs from writing at once; the operating system
  releases it when a run dies, so a killed run never leaves it stuck.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import multiprocessing
import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from discrepancy.batch.config import Job, load_batch
from discrepancy.batch.index import write_index
from discrepancy.errors import BatchLocked, NotFound, RenderError
from discrepancy.files import atomic_write
from discrepancy.limits import DEFAULT_TIMEOUT
from discrepancy.paths import (
    package_version,
    private_tmp,
    repo_root,
    reports_dir,
    resolve_input,
    sha256_file,
    sweep_stale,
)

LOCK_NAME = ".batch.lock"


@dataclass
class Outcome:
    name: str
    output: str
    status: str  # rendered | unchanged | failed
    key: str
    inputs: dict = field(default_factory=dict)
    error: str = ""
    seconds: float = 0.0
    files: dict = field(default_factory=dict)  # relative path -> bytes, written by the coordinator
    summary: dict = field(default_factory=dict)  # what the report said of itself, for the index


# --------------------------------------------------------------------------- keys


#: the discrepancy package's folder (this module lies in its batch/ folder; the digest once read only that folder,
#: so a change to the engine or a notebook's views left every report "unchanged")
PACKAGE_ROOT = Path(__file__).resolve().parents[1]


def _package_digest(package: Path = PACKAGE_ROOT) -> str:
    """The package's own code, every module of every folder: a change to it re-renders, even without a new version
    number."""
    digest = hashlib.sha256(package_version().encode())
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".j2", ".json"):
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def input_hashes(job: Job, known: dict[str, str] | None = None) -> dict[str, str]:
    """SHA-256 of every table the report reads (its input parameters, resolved when the batch file was
    checked) and of the reference tables. ``known`` (path -> SHA-256) is shared by the jobs of one run, so a
    table that several reports read is hashed once."""
    known = {} if known is None else known
    paths = {p: job.tables.get(p) or str(resolve_input(p)) for p in job.input_paths()}
    reference = repo_root() / "data" / "reference"
    if reference.is_dir():
        paths |= {p.relative_to(repo_root()).as_posix(): str(p) for p in reference.glob("*.csv")}
    out = {}
    for given in sorted(paths):
        path = paths[given]
        if path not in known:
            known[path] = sha256_file(path)
        out[given] = known[path]
    return out


def job_key(job: Job, inputs: dict[str, str], package: str) -> str:
    payload = {
        "notebook": job.notebook,
        "notebook_sha256": job.source.sha256 if job.source else sha256_file(resolve_input(job.notebook)),
        "inputs": inputs,
        "parameters": job.parameters,
        "package": package,
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


def meta_path(output: str) -> Path:
    return resolve_input(output).with_suffix(".meta.json")


def _stored_summary(job: Job) -> dict:
    try:
        summary = json.loads(meta_path(job.output).read_text(encoding="utf-8")).get("summary")
    except (FileNotFoundError, json.JSONDecodeError):
        return {}
    return summary if isinstance(summary, dict) else {}


def _stored_key(job: Job) -> str | None:
    try:
        return json.loads(meta_path(job.output).read_text(encoding="utf-8")).get("key")
    except (FileNotFoundError, json.JSONDecodeError):
        return None


# --------------------------------------------------------------------------- one job (runs in a worker)


def render_job(
    job: Job, key: str, inputs: dict[str, str], timeout: int = DEFAULT_TIMEOUT, ahead: int | None = None
) -> Outcome:
    """Render one report in a private folder and bring its files back. Never raises for a render failure.

    Runs in a worker process or on a Dask worker: paths are taken from that machine's repository root.
    ``ahead``: in a worker process of the local pool, how many kernels to start now for the reports this
    worker will likely render next, besides this report's own (started while the previous one ran, or now,
    while this worker imports papermill); None (Dask) starts no kernel ahead.
    """
    start = time.perf_counter()
    kernels = None
    if ahead is not None:
        from discrepancy.render.kernels import warm_imports, worker_pool
        from discrepancy.render.parameters import as_notebook

        kernels = worker_pool()
        try:
            source = job.source or as_notebook(resolve_input(job.notebook))
        except (RenderError, NotFound):  # unreadable: the render below reports it as this report's failure
            source = None
        if source is not None:
            kernels.fill(source.path.resolve().parent, 1 + ahead, warm_imports(source))
    from discrepancy.render.run import render_notebook

    folder = private_tmp(resolve_input(job.output).parent, "batch")  # swept by the next run if this one is killed
    try:
        tmp = str(folder)
        out = Path(tmp) / Path(job.output).name
        summary: dict = {}
        try:
            rendered = render_notebook(
                job.source or resolve_input(job.notebook),
                out,
                job.parameters,
                timeout=timeout,
                input_hashes=inputs,
                # on a Dask worker of another machine the batch machine's paths may not exist: resolve there
                tables={v: p for v, p in job.tables.items() if Path(p).is_file()},
                kernels=kernels,
            )
            status, error, summary = "rendered", "", rendered.summary
        except RenderError as e:
            status, error = "failed", str(e).replace(tmp, "(worker)")
        except Exception as e:  # a worker must report, not die: the other reports go on
            status, error = "failed", f"{type(e).__name__}: {e}"
        stem = Path(job.output).with_suffix("")
        files = {}
        for suffix in (".html", ".ipynb", ".failed.html", ".failed.ipynb"):
            produced = Path(tmp) / (Path(job.output).stem + suffix)
            if produced.exists():
                files[f"{stem.as_posix()}{suffix}"] = produced.read_bytes()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return Outcome(job.name, job.output, status, key, inputs, error.splitlines()[0] if error else "",
                   time.perf_counter() - start, files, summary)  # fmt: skip


# --------------------------------------------------------------------------- the run


class ReportsLock:
    def __init__(self, folder: Path, wait: bool):
        self.path = folder / LOCK_NAME
        self.wait = wait
        self.handle = None

    def __enter__(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.handle = open(self.path, "a+")
        try:
            fcntl.flock(self.handle, fcntl.LOCK_EX | (0 if self.wait else fcntl.LOCK_NB))
        except BlockingIOError:
            self.handle.seek(0)
            holder = self.handle.read().strip() or "another process"
            self.handle.close()
            raise BatchLocked(f"{self.path.parent}: another batch run ({holder}) is writing these reports; "
                              "try again later or pass --wait") from None  # fmt: skip
        self.handle.seek(0)
        self.handle.truncate()
        self.handle.write(f"pid {os.getpid()}\n")
        self.handle.flush()
        return self

    def __exit__(self, *exc):
        self.handle.seek(0)
        self.handle.truncate()
        fcntl.flock(self.handle, fcntl.LOCK_UN)
        self.handle.close()


def _clean_stale_temporaries(folder: Path) -> None:
    """Temporary files a killed run left behind (never a report: those are only ever renamed into place), and
    the private folders (renders, kernel sockets and connection files) of processes that no longer run."""
    for tmp in folder.glob(".*.tmp"):
        tmp.unlink(missing_ok=True)
    for sub in [folder, *(p for p in folder.rglob("*") if p.is_dir() and not p.name.startswith(".dq-"))]:
        sweep_stale(sub)
    sweep_stale(tempfile.gettempdir())


def _watch_parent(parent: int) -> None:
    """Run in each worker process: exit at once when the batch process that started it is gone (killed with
    -9, say), instead of waiting on its pipe for ever. The worker's kernel then exits by its own parent poller."""

    def watch() -> None:
        while True:
            if os.getppid() != parent:
                os._exit(1)
            time.sleep(0.5)

    threading.Thread(target=watch, name="dq-parent-watch", daemon=True).start()


def _write(outcome: Outcome, job: Job) -> None:
    for relative, data in outcome.files.items():
        atomic_write(resolve_input(relative), lambda p, data=data: p.write_bytes(data))
    if outcome.status == "rendered":
        stem = resolve_input(job.output).with_suffix("")
        for suffix in (".failed.html", ".failed.ipynb"):  # a report that renders again leaves no stale failure
            stem.with_name(stem.name + suffix).unlink(missing_ok=True)
        meta = {"name": job.name, "key": outcome.key, "notebook": job.notebook, "inputs": outcome.inputs,
                "parameters": job.parameters, "package_version": package_version(), "summary": outcome.summary}  # fmt: skip
        text = json.dumps(meta, indent=1, sort_keys=True, default=str) + "\n"
        atomic_write(meta_path(job.output), lambda p: p.write_text(text, encoding="utf-8"))


def _progress(total: int, quiet: bool) -> Callable[[Outcome], None]:
    if quiet or total == 0:
        return lambda outcome: None
    if sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(total=total, unit="report", file=sys.stderr)

        def tick(outcome: Outcome) -> None:
            bar.set_postfix_str(f"{outcome.name}: {outcome.status}")
            bar.update(1)
            if bar.n >= total:
                bar.close()

        return tick
    done = [0]

    def log(outcome: Outcome) -> None:
        done[0] += 1
        extra = f": {outcome.error}" if outcome.error else ""
        print(
            f"[{done[0]}/{total}] {outcome.status} {outcome.name} ({outcome.seconds:.1f} s){extra}",
            file=sys.stderr,
            flush=True,
        )

    return log


def run_batch(
    batch_file: str | Path | None = None,
    *,
    workers: int | None = None,
    only: Iterable[str] = (),
    force: bool = False,
    scheduler: str | None = None,
    client=None,
    wait: bool = False,
    quiet: bool = False,
    allow_outside: bool = False,
    timeout: int = DEFAULT_TIMEOUT,
) -> list[Outcome]:
    """Render the reports of ``batch_file`` (default: reports.yaml at the repository root).

    workers: worker processes (default: the CPU count); scheduler / client: send the work to a Dask
    distributed cluster instead. only: render just these names. force: render even when unchanged.
    wait: wait for another run's lock instead of refusing. allow_outside: accept input tables named by an
    absolute path outside the repository. timeout: seconds one cell may run. Returns one outcome per report.
    """
    batch_file = Path(batch_file) if batch_file else repo_root() / "reports.yaml"
    jobs = load_batch(batch_file, allow_outside=allow_outside)
    only = list(only)
    if only:
        unknown = sorted(set(only) - {j.name for j in jobs})
        if unknown:
            raise NotFound(f"{batch_file}: no report named {', '.join(unknown)}")
    chosen = [j for j in jobs if not only or j.name in only]
    folder = reports_dir()
    with ReportsLock(folder, wait):
        _clean_stale_temporaries(folder)
        package = _package_digest()
        outcomes: dict[str, Outcome] = {}
        pending: list[tuple[Job, str, dict]] = []
        hashed: dict[str, str] = {}  # path -> SHA-256: each table hashed once per run
        for job in chosen:
            inputs = input_hashes(job, hashed)
            key = job_key(job, inputs, package)
            if not force and _stored_key(job) == key and resolve_input(job.output).exists():
                outcomes[job.name] = Outcome(
                    job.name, job.output, "unchanged", key, inputs, summary=_stored_summary(job)
                )
            else:
                pending.append((job, key, inputs))
        tick = _progress(len(chosen), quiet)
        for outcome in outcomes.values():
            tick(outcome)
        by_name = {j.name: j for j in chosen}
        for outcome in _execute(pending, workers, scheduler, client, timeout):
            _write(outcome, by_name[outcome.name])
            outcome.files = {}
            outcomes[outcome.name] = outcome
            tick(outcome)
        ordered = [outcomes[j.name] for j in chosen]
        write_index(folder, jobs, {o.name: o for o in ordered}, previous=_previous_index(folder))
    return ordered


def _previous_index(folder: Path) -> dict:
    """The rows of the index as it stands, keyed by output path: reports of other batch files stay listed."""
    try:
        rows = json.loads((folder / "index.json").read_text(encoding="utf-8"))["reports"]
        return {r["output"]: r for r in rows if isinstance(r, dict) and r.get("output")}
    except (FileNotFoundError, json.JSONDecodeError, KeyError, TypeError):
        return {}


def _execute(pending: list, workers: int | None, scheduler: str | None, client, timeout: int) -> Iterable[Outcome]:
    if not pending:
        return
    if client is not None or scheduler:
        yield from _execute_dask(pending, scheduler, client, timeout)
        return
    workers = min(max(1, workers or os.cpu_count() or 1), len(pending))
    context = multiprocessing.get_context("spawn")  # a clean interpreter: no inherited threads or locks
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_watch_parent, initargs=(os.getpid(),)
    ) as pool:
        futures = {
            pool.submit(render_job, job, key, inputs, timeout, _kernels_ahead(i, len(pending), workers)): job
            for i, (job, key, inputs) in enumerate(pending)
        }
        for future in as_completed(futures):
            job = futures[future]
            try:
                yield future.result()
            except Exception as e:  # the worker process itself died
                yield Outcome(job.name, job.output, "failed", "", {}, f"worker died: {type(e).__name__}: {e}")


def _kernels_ahead(index: int, total: int, workers: int) -> int:
    """Kernels the worker rendering job ``index`` of ``total`` should start for its next report: one while
    more jobs wait than the other workers can take, none for a worker's likely last job (a kernel started
    for no report is shut down when the worker exits, but costs a start-up that the other workers feel)."""
    return 1 if total - 1 - index >= workers else 0


def _execute_dask(pending: list, scheduler: str | None, client, timeout: int) -> Iterable[Outcome]:
    from distributed import Client
    from distributed import as_completed as dask_completed

    own = client is None
    if own:
        client = Client(scheduler, timeout="30s")
    try:
        futures = {}
        for job, key, inputs in pending:
            future = client.submit(
                render_job, job, key, inputs, timeout, pure=False, key=f"render-{job.name}-{key[:12]}"
            )
            futures[future] = job
        for future in dask_completed(list(futures)):
            job = futures[future]
            try:
                yield future.result()
            except Exception as e:
                yield Outcome(job.name, job.output, "failed", "", {}, f"dask worker failed: {type(e).__name__}: {e}")
    finally:
        if own:
            client.close()
