"""Provenance belongs to render: what a report is made from (the notebook and its SHA-256, the effective
parameters, each input with its SHA-256), assembled once per render and handed to the kernel in the
environment variable ``paths.PROVENANCE_ENV``; the report only displays it."""

from __future__ import annotations

from pathlib import Path

from discrepancy.paths import display_path, notebooks_dir, report_path, resolve_input, sha256_file
from discrepancy.render.parameters import file_parameters, input_files, notebook_parameters


def provenance_payload(notebook: Path, effective: dict, input_hashes: dict[str, str] | None = None) -> dict:
    """What a report is made from, as the render layer knows it: the notebook and its SHA-256, every
    effective parameter (file parameters shown relative to the repository, never a machine path) and each
    input file with its SHA-256. ``input_hashes`` (path -> sha256, from a batch job) are used as given, so a
    table is hashed once per job."""
    kinds = file_parameters(notebook)
    given = dict(input_hashes or {})
    inputs = []
    for path in input_files(notebook, effective):
        resolved = resolve_input(path)
        digest = given.get(path) or sha256_file(resolved)
        inputs.append({"path": report_path(resolved), "file": display_path(resolved), "sha256": digest})
    parameters = {
        name: report_path(resolve_input(value)) if kinds.get(name) and isinstance(value, str) and value else value
        for name, value in effective.items()
    }
    return {"notebook": report_path(notebook), "notebook_sha256": sha256_file(notebook), "parameters": parameters,
            "inputs": inputs}  # fmt: skip


def parameters_of(notebook: str, namespace: dict) -> dict:
    """The values the parameters cell of ``notebook`` defines, read from the running namespace."""
    return {name: namespace.get(name) for name in notebook_parameters(notebooks_dir() / notebook)}
