"""Rendering a notebook into a reproducible, self-contained HTML report (papermill, then nbconvert).

- The kernel is this Python (``sys.executable``) over IPC sockets in a private folder (render/kernels.py),
  started for the report, or started ahead of it by a batch worker: the same bytes either way.
- Parameters are checked against the notebook's ``parameters`` cell before anything runs.
- Same inputs, same bytes: papermill's and nbclient's timings, paths and the injected cell's random id
  are removed or fixed; charts are SVG text with fixed coordinates; the HTML title comes from the parameters.
- Self-contained: the template fetches nothing (no CDN scripts or fonts); a Content-Security-Policy
  forbids scripts, so hostile text in a claim cannot run.
- Failures keep what happened: OUT.failed.ipynb and OUT.failed.html, an error naming the cell, and the
  last good OUT.html left as it was (every write goes to a temporary file that is renamed into place).
"""

from __future__ import annotations

import copy
import functools
import json
import os
import re
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from discrepancy.errors import CellError, NotebookParameterError
from discrepancy.files import atomic_write, refuse_input_overwrite
from discrepancy.limits import DEFAULT_TIMEOUT
from discrepancy.paths import PROVENANCE_ENV, SUMMARY_KEY, resolve_input, sweep_stale
from discrepancy.render.kernels import KERNEL_NAME, KernelPool, kernel_manager_class, shut_down, warm_imports
from discrepancy.render.lookups import check_lookups
from discrepancy.render.parameters import Notebook, as_notebook, check_parameters, load_parameters_file
from discrepancy.render.provenance import provenance_payload

TEMPLATES = Path(__file__).resolve().parent / "templates"
INJECTED_CELL_ID = "injected-parameters"
FAILED_CELL_ID = "render-failed"  # the banner a failure file opens with
PAPERMILL_ERROR_TAG = "papermill-error-cell-tag"  # papermill.execute.ERROR_MARKER_TAG
_PAPERMILL_KEEP = ("parameters", "default_parameters")


@dataclass(frozen=True)
class Rendered:
    html: Path
    notebook: Path
    parameters: dict
    #: what the notebook said of itself for the index (title, subject, newest claim, top finding), if anything
    summary: dict = field(default_factory=dict)


def scrub(nb) -> None:
    """Remove what differs between two runs of the same inputs (in place)."""
    meta = nb.get("metadata", {})
    pm = meta.get("papermill")
    if isinstance(pm, dict):
        meta["papermill"] = {k: pm[k] for k in _PAPERMILL_KEEP if k in pm}
    errors = 0
    for cell in nb.get("cells", []):
        cell_meta = cell.get("metadata", {})
        cell_meta.pop("execution", None)
        cell_meta.pop("papermill", None)
        tags = cell_meta.get("tags", [])
        if "injected-parameters" in tags:
            cell["id"] = INJECTED_CELL_ID
        elif PAPERMILL_ERROR_TAG in tags:  # the cells papermill adds where a run failed: random ids otherwise
            errors += 1
            cell["id"] = f"papermill-error-{errors}"


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


@functools.lru_cache(maxsize=4)
def _exporter(with_code: bool, embed_images: bool = False):
    """The HTML exporter, made once per process: its templates compile once (0.2 s), not once per report."""
    from nbconvert import HTMLExporter
    from nbconvert.exporters.templateexporter import TemplateExporter
    from nbconvert.filters.highlight import Highlight2HTML
    from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

    class ReportExporter(HTMLExporter):
        """HTMLExporter without its last step, which parses the whole page with BeautifulSoup to add alt text
        and tabindex attributes (0.5 s of a 4 s report, most of it importing soupsieve and parsing a page
        we wrote ourselves): :func:`_accessible` adds the same attributes to the template's markup."""

        def from_notebook_node(self, nb, resources=None, **kw):
            langinfo = nb.metadata.get("language_info", {})
            lexer = langinfo.get("pygments_lexer", langinfo.get("name", None))
            highlight = self.filters.get("highlight_code", Highlight2HTML(pygments_lexer=lexer, parent=self))
            self.register_filter("highlight_code", highlight)
            resources = self._init_resources(resources)
            data_types = WidgetsDataTypeFilter(notebook_metadata=self._nb_metadata, parent=self, resources=resources)
            self.register_filter("filter_data_type", data_types)
            html, resources = TemplateExporter.from_notebook_node(self, nb, resources, **kw)
            return _accessible(html), resources

    return ReportExporter(
        template_name="report",
        extra_template_basedirs=[str(TEMPLATES)],
        exclude_input=not with_code,
        exclude_input_prompt=not with_code,
        exclude_output_prompt=not with_code,
        embed_images=embed_images,
    )


_DIV = re.compile(r"<div\b[^<>]*>")
_CLASS = re.compile(r'\sclass="([^"<>]*)"')
_FOCUSABLE = {"jp-OutputArea-output", "jp-Cell-inputWrapper"}  # nbconvert makes these reachable by keyboard
_IMG_WITHOUT_ALT = re.compile(r"<img\b(?![^<>]*\salt=)")
NO_ALT = "No description has been provided for this image"  # nbconvert's words


def _accessible(html: str) -> str:
    """What nbconvert's HTMLExporter adds to a page: tabindex="0" on each output and input (so a keyboard
    reaches and scrolls them) and alt text on an image without any. The page's markup is the template's;
    claim text in it is escaped, so no "<div" or "<img" of a claim's is touched."""

    def focusable(match: re.Match) -> str:
        tag = match.group(0)
        found = _CLASS.search(tag)
        if found is None or not _FOCUSABLE & set(found.group(1).split()) or " tabindex=" in tag:
            return tag
        return tag[:-1] + ' tabindex="0">'

    return _IMG_WITHOUT_ALT.sub(f'<img alt="{NO_ALT}"', _DIV.sub(focusable, html))


def _warm(exporter) -> None:
    """Convert a small notebook with ``exporter``: its first conversion compiles the templates and makes the
    markdown renderer (0.1-0.2 s), which the report's conversion then need not. Done while the report's kernel is
    still starting; the report's page is the same either way (tested)."""
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

    html = new_output("display_data", data={"text/html": "<p>a</p>", "text/plain": "a"})
    cells = [new_markdown_cell("# a\n\n*b* `c`\n\n| d | e |\n|---|---|\n| 1 | 2 |"), new_code_cell("f", outputs=[html])]
    exporter.from_notebook_node(new_notebook(cells=cells), resources={"metadata": {"name": "warm"}})


def _links_images(nb) -> bool:
    """Whether a markdown cell shows an image (``![..](..)``, ``<img``, an attachment): nbconvert then embeds
    it, so the page stays self-contained. Outputs carry their images already (charts are data: URIs), and
    embedding parses the whole page with BeautifulSoup: about 0.5 s of a report's 4 s, for nothing."""
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "markdown":
            source = cell.get("source", "")
            source = "".join(source) if isinstance(source, list) else source
            if cell.get("attachments") or "![" in source or "<img" in source.lower():
                return True
    return False


def to_html(nb, title: str, *, with_code: bool) -> str:
    exporter = _exporter(with_code, _links_images(nb))
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
        nb.cells.insert(0, nbformat.v4.new_markdown_cell(f"**This render failed: {why}.**", id=FAILED_CELL_ID))
    scrub(nb)
    text = nbformat.writes(nb)
    atomic_write(failed_nb, lambda p: p.write_text(text, encoding="utf-8"))
    page = to_html(nb, f"FAILED: {title}", with_code=True)
    atomic_write(failed_html, lambda p: p.write_text(page, encoding="utf-8"))


def _execute(
    source: Notebook,
    run: Path,
    checked: dict,
    timeout: int,
    base: Path,
    kernels: KernelPool | None,
    provenance: str,
    stopping: list[threading.Thread],
) -> None:
    """Run the notebook into ``run`` with papermill, in its own folder: in a kernel taken from ``kernels``
    (started ahead, ``provenance`` handed over), else in a kernel started now under ``base``. nbclient shuts
    down the kernels it starts, not one it is given: that one is shut down here, however the run ended, in a
    thread added to ``stopping`` (the caller joins it once the report is written: killing and reaping a
    kernel takes a tenth of a second, which the report need not wait for)."""
    import papermill

    cwd = source.path.resolve().parent
    node = source.node()  # the text read once, not the file again; read (and validated) before the kernel is ready
    km = kernels.take(cwd, provenance, warm_imports(source)) if kernels is not None else None
    try:
        papermill.execute_notebook(
            node,
            str(run),
            parameters=checked,
            kernel_name=KERNEL_NAME,
            language="python",
            progress_bar=False,
            log_output=False,
            cwd=str(cwd),
            km=km,  # None: nbclient starts a kernel with kernel_manager_class
            kernel_manager_class=kernel_manager_class(base),
            record_timing=False,
            execution_timeout=timeout,
            request_save_on_cell_execute=False,  # saved once, at the end or when a cell fails
            shutdown_kernel="immediate",  # the report is done: no graceful kernel shutdown to wait for
            autosave_cell_every=0,
        )
    finally:
        if km is not None:
            stopping.append(threading.Thread(target=shut_down, args=(km,), name="dq-kernel-stop"))
            stopping[-1].start()


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
    kernels: KernelPool | None = None,
    start_ahead: bool = False,
) -> Rendered:
    """Execute ``notebook`` with ``parameters`` in a fresh kernel and write OUT.html and OUT.ipynb.

    On failure writes OUT.failed.ipynb and OUT.failed.html, leaves OUT.html as it was and raises
    :class:`RenderError` naming the failing cell and error. A cell running past ``timeout`` seconds, or a
    kernel that dies (out of memory, killed), is a failure of the same kind: the failure files say why.

    ``notebook`` is a path or a :class:`Notebook` read already (a batch job's); a batch job also hands over
    its input tables resolved (``tables``: given value -> path) and hashed (``input_hashes``), so the notebook
    is read once and each table resolved and hashed once per job, and ``kernels``, its worker's kernels started
    ahead: the report runs in one of them when one is ready, with the same bytes as in a kernel of its own.
    ``start_ahead`` (the ``render`` command's): once the inputs are checked, this report's kernel starts and
    imports in the background while this process imports papermill and nbconvert; without it the kernel
    starts when papermill asks for it.
    """
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
    own = None
    if kernels is None and start_ahead:  # checked: this report's kernel starts while papermill is imported
        kernels = own = KernelPool()
        own.fill(notebook.resolve().parent, 1, warm_imports(source))
    try:
        return _render(source, out_html, checked, effective, known, with_code, timeout, input_hashes, kernels)
    finally:
        if own is not None:
            own.close()


def _render(
    source: Notebook,
    out_html: Path,
    checked: dict,
    effective: dict,
    known: dict,
    with_code: bool,
    timeout: int,
    input_hashes: dict[str, str] | None,
    kernels: KernelPool | None,
) -> Rendered:
    """render_notebook once its inputs are checked: run the notebook, then write OUT.ipynb and OUT.html (each
    whole or not at all) and remove an earlier failure's files; on failure write OUT.failed.* and raise
    CellError. A kernel taken from ``kernels`` is stopped in a thread while the report is written, and joined
    before this returns, whatever happened."""
    import nbformat
    from papermill.exceptions import PapermillExecutionError

    notebook = source.path
    out_nb = out_html.with_suffix(".ipynb")
    failed_nb = out_html.with_suffix(".failed.ipynb")
    failed_html = out_html.with_suffix(".failed.html")
    fd, tmp = tempfile.mkstemp(prefix=f".{out_html.stem}.", suffix=".run.ipynb", dir=out_html.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    title = _title(notebook, effective)
    payload = json.dumps(provenance_payload(source, effective, input_hashes, known), sort_keys=True, default=str)
    exporter = _exporter(with_code, _links_images(json.loads(source.text)))  # made while a kernel started ahead starts
    if kernels is not None and kernels.starting():  # time this process would spend waiting for it
        _warm(exporter)
    previous = os.environ.get(PROVENANCE_ENV)
    os.environ[PROVENANCE_ENV] = payload  # a kernel started now inherits it (one render per process at a time)
    stopping: list[threading.Thread] = []
    try:
        try:
            _execute(source, tmp_path, checked, timeout, out_html.parent, kernels, payload, stopping)
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
        scrub(nb)
        text = nbformat.writes(nb)
        page = to_html(nb, title, with_code=with_code)
        atomic_write(out_nb, lambda p: p.write_text(text, encoding="utf-8"))
        atomic_write(out_html, lambda p: p.write_text(page, encoding="utf-8"))
        failed_nb.unlink(missing_ok=True)
        failed_html.unlink(missing_ok=True)
        return Rendered(out_html, out_nb, effective, summary_of(nb))
    finally:
        tmp_path.unlink(missing_ok=True)
        if previous is None:
            os.environ.pop(PROVENANCE_ENV, None)
        else:
            os.environ[PROVENANCE_ENV] = previous
        for thread in stopping:  # the kernel is gone before the render returns
            thread.join()
