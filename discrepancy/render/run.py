"""Rendering a notebook into a reproducible, self-contained HTML report (papermill, then nbconvert).

- The kernel is this Python (``sys.executable``), whatever kernels the machine has registered, and it
  talks over IPC sockets in a private folder: no kernel-name surprises, no TCP port races between
  reports rendered side by side.
- Parameters are checked against the notebook's ``parameters`` cell before anything runs.
- Same inputs, same bytes: papermill's and nbclient's timings, paths and the injected cell's random id
  are removed or fixed; figures are PNG from a fixed font; the HTML title comes from the parameters.
- Self-contained: the template fetches nothing (no CDN scripts or fonts); a Content-Security-Policy
  forbids scripts, so hostile text in a claim cannot run.
- Failures keep what happened: OUT.failed.ipynb and OUT.failed.html, an error naming the cell, and the
  last good OUT.html left as it was (every write goes to a temporary file that is renamed into place).
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from discrepancy.errors import CellError, NotebookParameterError
from discrepancy.limits import DEFAULT_TIMEOUT
from discrepancy.output import atomic_write, refuse_input_overwrite
from discrepancy.paths import PROVENANCE_ENV, SUMMARY_KEY, private_tmp, resolve_input, sweep_stale
from discrepancy.render.lookups import check_lookups
from discrepancy.render.parameters import Notebook, as_notebook, check_parameters, load_parameters_file
from discrepancy.render.provenance import provenance_payload

TEMPLATES = Path(__file__).resolve().parent / "templates"
INJECTED_CELL_ID = "injected-parameters"
_PAPERMILL_KEEP = ("parameters", "default_parameters")


@dataclass(frozen=True)
class Rendered:
    html: Path
    notebook: Path
    parameters: dict
    #: what the notebook said of itself for the index (title, subject, newest claim, top finding), if anything
    summary: dict = field(default_factory=dict)


def _kernel_manager_class(base: Path):
    """An AsyncKernelManager that starts ipykernel on this interpreter over IPC sockets, its sockets and
    connection file in a private folder under ``base`` (swept by the next run if this one is killed). The
    kernel exits by itself when the process that started it dies (ipykernel's parent poller)."""
    from jupyter_client.kernelspec import KernelSpec
    from jupyter_client.manager import AsyncKernelManager

    class ProjectKernelManager(AsyncKernelManager):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            folder = private_tmp(base, "kernel")
            if len(str(folder)) > 80:  # a Unix socket path holds about 100 bytes: keep it short
                shutil.rmtree(folder, ignore_errors=True)
                folder = private_tmp(tempfile.gettempdir(), "kernel")
            self._socket_dir = str(folder)
            self.transport = "ipc"
            self.ip = os.path.join(self._socket_dir, "k")
            self.connection_file = os.path.join(self._socket_dir, "kernel.json")

        @property
        def kernel_spec(self):
            if self._kernel_spec is None:
                self._kernel_spec = KernelSpec(
                    argv=[sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                    display_name="Python 3 (discrepancy)",
                    language="python",
                    resource_dir="",
                )
            return self._kernel_spec

        async def _async_cleanup_resources(self, restart: bool = False) -> None:
            await super()._async_cleanup_resources(restart=restart)
            if not restart:
                shutil.rmtree(self._socket_dir, ignore_errors=True)

        # AsyncKernelManager binds the public name to the base method, not to an override: nbclient calls it
        # alone when the kernel has died, and so left the socket folder behind
        cleanup_resources = _async_cleanup_resources

    return ProjectKernelManager


def scrub(nb) -> None:
    """Remove what differs between two runs of the same inputs (in place)."""
    meta = nb.get("metadata", {})
    pm = meta.get("papermill")
    if isinstance(pm, dict):
        meta["papermill"] = {k: pm[k] for k in _PAPERMILL_KEEP if k in pm}
    for cell in nb.get("cells", []):
        cell_meta = cell.get("metadata", {})
        cell_meta.pop("execution", None)
        cell_meta.pop("papermill", None)
        if "injected-parameters" in cell_meta.get("tags", []):
            cell["id"] = INJECTED_CELL_ID


def summary_of(nb) -> dict:
    """The summary record a notebook's output carries in its metadata (the last one), or {}. IPython keeps
    a display's metadata under its mimetype: {"text/html": {SUMMARY_KEY: {...}}}."""
    found: dict = {}
    for cell in nb.get("cells", []):
        for output in cell.get("outputs", []):
            meta = (output.get("metadata") or {}).get("text/html")
            if isinstance(meta, dict) and isinstance(meta.get(SUMMARY_KEY), dict):
                found = dict(meta[SUMMARY_KEY])
    return found


def _title(notebook: Path, parameters: dict) -> str:
    title = parameters.get("title")
    return str(title) if isinstance(title, str) and title.strip() else notebook.stem


def to_html(nb, title: str, *, with_code: bool) -> str:
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        template_name="report",
        extra_template_basedirs=[str(TEMPLATES)],
        exclude_input=not with_code,
        exclude_input_prompt=not with_code,
        exclude_output_prompt=not with_code,
        embed_images=True,
    )
    body, _ = exporter.from_notebook_node(copy.deepcopy(nb), resources={"metadata": {"name": title}})
    return body


def _run_ended(error: Exception, timeout: int) -> str | None:
    """Why a run ended without a failing cell, or None for an error that is not about the kernel."""
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    if isinstance(error, CellTimeoutError):
        return f"a cell ran longer than the timeout ({timeout} s) and was stopped"
    if isinstance(error, DeadKernelError):
        return "the kernel died (out of memory, or killed) before the report was finished"
    return None


def _write_failure(source: Notebook, run: Path, failed_nb: Path, failed_html: Path, title: str, why: str) -> None:
    """OUT.failed.ipynb and OUT.failed.html from what the run left (or the source notebook), with a banner."""
    import nbformat

    try:
        nb = nbformat.read(run, as_version=4)
    except Exception:  # nothing was saved: show the notebook as it was asked to run
        nb = source.node()
    if why:
        nb.cells.insert(0, nbformat.v4.new_markdown_cell(f"**This render failed: {why}.**"))
    scrub(nb)
    text = nbformat.writes(nb)
    atomic_write(failed_nb, lambda p: p.write_text(text, encoding="utf-8"))
    page = to_html(nb, f"FAILED: {title}", with_code=True)
    atomic_write(failed_html, lambda p: p.write_text(page, encoding="utf-8"))


def resolve_parameters(
    notebook: Notebook | str | Path, parameters: dict | None = None, params_file: str | Path | None = None
) -> dict:
    """The file's parameters, then the given ones over them, checked against the notebook."""
    given = {}
    if params_file is not None:
        given.update(load_parameters_file(params_file))
    given.update(parameters or {})
    return check_parameters(notebook, given)


def render_notebook(
    notebook: Notebook | str | Path,
    out_html: str | Path,
    parameters: dict | None = None,
    *,
    params_file: str | Path | None = None,
    with_code: bool = False,
    timeout: int = DEFAULT_TIMEOUT,
    input_hashes: dict[str, str] | None = None,
    tables: dict[str, str] | None = None,
) -> Rendered:
    """Execute ``notebook`` with ``parameters`` in a fresh kernel and write OUT.html and OUT.ipynb.

    On failure writes OUT.failed.ipynb and OUT.failed.html, leaves OUT.html as it was and raises
    :class:`RenderError` naming the failing cell and error. A cell running past ``timeout`` seconds, or a
    kernel that dies (out of memory, killed), is a failure of the same kind: the failure files say why.

    ``notebook`` is a path or a :class:`Notebook` read already (a batch job's); a batch job also hands over
    its input tables resolved (``tables``: given value -> path) and hashed (``input_hashes``), so the notebook
    is read once and each table resolved and hashed once per job.
    """
    import nbformat
    import papermill
    from papermill.exceptions import PapermillExecutionError

    out_html = Path(out_html)
    if out_html.suffix.lower() != ".html":
        raise NotebookParameterError(f"{out_html}: the output must end in .html")
    source = as_notebook(notebook)  # the one read of the notebook
    notebook = source.path
    checked = resolve_parameters(source, parameters, params_file)
    effective = {**source.parameters, **checked}
    known = {value: Path(path) for value, path in (tables or {}).items()}
    for value in source.input_files(effective):
        if value not in known:
            known[value] = resolve_input(value)
    check_lookups(source, effective, known)  # a source or group id the table lacks: refused before a kernel
    out_nb = out_html.with_suffix(".ipynb")
    failed_nb = out_html.with_suffix(".failed.ipynb")
    failed_html = out_html.with_suffix(".failed.html")
    inputs = [notebook, *known.values()]
    for written in (out_html, out_nb, failed_nb, failed_html):
        refuse_input_overwrite(written, inputs)
    out_html.parent.mkdir(parents=True, exist_ok=True)
    sweep_stale(out_html.parent)
    sweep_stale(tempfile.gettempdir())
    fd, tmp = tempfile.mkstemp(prefix=f".{out_html.stem}.", suffix=".run.ipynb", dir=out_html.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    title = _title(notebook, effective)
    payload = json.dumps(provenance_payload(source, effective, input_hashes, known), sort_keys=True, default=str)
    previous = os.environ.get(PROVENANCE_ENV)
    os.environ[PROVENANCE_ENV] = payload  # the kernel inherits it (one render per process in a batch)
    try:
        try:
            papermill.execute_notebook(
                source.node(),  # the text read once, not the file again
                str(tmp_path),
                parameters=checked,
                kernel_name="python3",  # a label only: the kernel manager starts this interpreter
                language="python",
                progress_bar=False,
                log_output=False,
                cwd=str(notebook.resolve().parent),
                kernel_manager_class=_kernel_manager_class(out_html.parent),
                record_timing=False,
                execution_timeout=timeout,
                request_save_on_cell_execute=False,  # saved once, at the end or when a cell fails
                shutdown_kernel="immediate",  # the report is done: no graceful kernel shutdown to wait for
                autosave_cell_every=0,
            )
        except PapermillExecutionError as e:
            _write_failure(source, tmp_path, failed_nb, failed_html, title, "")
            raise CellError(
                f"{notebook}: cell {e.exec_count} failed: {e.ename}: {e.evalue} "
                f"(see {failed_html}; the last good {out_html.name} is unchanged)",
                cell=e.exec_count,
                ename=e.ename,
                evalue=e.evalue,
                failed=(failed_nb, failed_html),
            ) from None
        except Exception as e:  # a timeout or a dead kernel: no cell raised, the run itself ended
            why = _run_ended(e, timeout)
            if why is None:
                raise
            _write_failure(source, tmp_path, failed_nb, failed_html, title, why)
            raise CellError(
                f"{notebook}: {why} (see {failed_html}; the last good {out_html.name} is unchanged)",
                cell=-1,
                ename=type(e).__name__,
                evalue=why,
                failed=(failed_nb, failed_html),
            ) from None
        nb = nbformat.read(tmp_path, as_version=4)
    finally:
        tmp_path.unlink(missing_ok=True)
        if previous is None:
            os.environ.pop(PROVENANCE_ENV, None)
        else:
            os.environ[PROVENANCE_ENV] = previous
    scrub(nb)
    text = nbformat.writes(nb)
    page = to_html(nb, title, with_code=with_code)
    atomic_write(out_nb, lambda p: p.write_text(text, encoding="utf-8"))
    atomic_write(out_html, lambda p: p.write_text(page, encoding="utf-8"))
    failed_nb.unlink(missing_ok=True)
    failed_html.unlink(missing_ok=True)
    return Rendered(out_html, out_nb, effective, summary_of(nb))
