"""Provenance belongs to render: what a report is made from (the notebook and its SHA-256, the effective
parameters, each input with its SHA-256), assembled once per render and handed to the kernel in the
environment variable ``paths.PROVENANCE_ENV``; the report only displays it."""

from __future__ import annotations

from pathlib import Path

from discrepancy.paths import display_path, notebooks_dir, report_path, resolve_input, sha256_file
from discrepancy.render.parameters import Notebook, as_notebook, notebook_parameters


def provenance_payload(
    notebook: Notebook | str | Path,
    effective: dict,
    input_hashes: dict[str, str] | None = None,
    tables: dict[str, Path] | None = None,
) -> dict:
    """What a report is made from, as the render layer knows it: the notebook and its SHA-256, every
    effective parameter (file parameters shown relative to the repository, never a machine path) and each
    input file with its SHA-256. A batch job hands over what it knows already, so nothing is done twice:
    ``tables`` (given value -> resolved path) and ``input_hashes`` (given value -> SHA-256)."""
    nb = as_notebook(notebook)
    hashes, known = dict(input_hashes or {}), dict(tables or {})

    def resolved(value: str) -> Path:
        if value not in known:
            known[value] = resolve_input(value)
        return known[value]

    inputs = []
    for value in nb.input_files(effective):
        path = resolved(value)
        digest = hashes.get(value) or sha256_file(path)
        inputs.append({"path": report_path(path), "file": display_path(path), "sha256": digest})
    parameters = {
        name: report_path(resolved(value)) if nb.kinds.get(name) and isinstance(value, str) and value else value
        for name, value in effective.items()
    }
    return {"notebook": report_path(nb.path), "notebook_sha256": nb.sha256, "parameters": parameters,
            "inputs": inputs}  # fmt: skip


def parameters_of(notebook: str, namespace: dict) -> dict:
    """The values the parameters cell of ``notebook`` defines, read from the running namespace."""
    return {name: namespace.get(name) for name in notebook_parameters(notebooks_dir() / notebook)}
