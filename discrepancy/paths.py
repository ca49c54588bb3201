"""Where things are. The one place that builds the project's paths.

The repository root is found from this package's own location and can be overridden with the
``DISCREPANCY_ROOT`` environment variable (for an installed copy used against another checkout).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

#: The environment variable through which render hands the kernel the report's provenance (JSON).
PROVENANCE_ENV = "DISCREPANCY_PROVENANCE"
#: The output metadata key under which a report's first screen gives render its summary for the index.
SUMMARY_KEY = "discrepancy_summary"


def package_version() -> str:
    """The package's version, from its installed metadata (pyproject.toml is the one place it is written)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("discrepancy")
    except PackageNotFoundError:  # a checkout used without `make setup`
        return "0+unknown"


def repo_root() -> Path:
    """The project's root folder: ``$DISCREPANCY_ROOT`` if set, else the folder holding the package."""
    override = os.environ.get("DISCREPANCY_ROOT")
    if override:
        return Path(override).resolve()
    return Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    return repo_root() / "data"


def claims_dir() -> Path:
    """Folder of the default claim tables (real, cited data)."""
    return data_dir() / "claims"


def default_claim_tables() -> list[Path]:
    """The default claim tables, sorted, so every run sees them in the same order."""
    return sorted(claims_dir().glob("*.csv"))


def notebooks_dir() -> Path:
    return repo_root() / "notebooks"


def reports_dir() -> Path:
    return repo_root() / "reports"


def resolve_input(path: str | os.PathLike) -> Path:
    """An input path as given: absolute paths stay; a relative path is taken from the repo root.

    Notebooks run with their own folder as working directory (in JupyterLab and when rendered), batch
    files name paths from the repo root: resolving from the root gives every caller the same file.
    """
    p = Path(path)
    return p if p.is_absolute() else repo_root() / p


def resolve_inside(path: str | os.PathLike, folder: str | os.PathLike) -> Path | None:
    """A path named in a batch file, taken from the repo root and resolved (links followed), or None when it
    lies outside ``folder``."""
    p = Path(path)
    resolved = (p if p.is_absolute() else repo_root() / p).resolve()
    return resolved if resolved.is_relative_to(Path(folder).resolve()) else None


def display_path(path: str | os.PathLike) -> str:
    """A path as shown to users and in reports: relative to the repo root when inside it."""
    p = Path(path)
    try:
        return p.resolve().relative_to(repo_root()).as_posix()
    except ValueError:
        return str(path)


def report_path(path: str | os.PathLike) -> str:
    """A path as a rendered report shows it: relative to the repo root when inside it, else its bare file name
    (a report never carries a machine path)."""
    p = Path(path)
    try:
        return p.resolve().relative_to(repo_root()).as_posix()
    except ValueError:
        return p.name


def sha256_file(path: str | os.PathLike) -> str:
    """The SHA-256 of a file's bytes, read in blocks: the one content hash of the suite (cache keys, provenance)."""
    import hashlib

    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def _under(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except ValueError:
        return False


def protected_inputs_hit(out: str | os.PathLike, inputs=()) -> str | None:
    """Why ``out`` may not be written ("" never returned): it is, or links to (symlink, hard link, another
    spelling), one of ``inputs``, a notebook under notebooks/, or a file under data/. None when it may."""
    target = Path(out)
    for given in inputs:
        if _same_file(target, Path(given)):
            return f"it is the input table {given}"
    for folder, what in ((notebooks_dir(), "notebooks/"), (data_dir(), "data/")):
        if _under(target, folder) or (target.exists() and any(_same_file(target, f) for f in _files(folder))):
            return f"it is under {what}, which no command writes to"
    return None


def _files(folder: Path):
    return (p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else ()


_PRIVATE = re.compile(r"\.dq-[a-z]+-(?P<pid>\d+)-")


def private_tmp(parent: str | os.PathLike, kind: str) -> Path:
    """A private temporary folder under ``parent`` (the output folder), named by this process's pid, so that a
    run killed at any moment leaves it where the next run finds and sweeps it (:func:`sweep_stale`)."""
    Path(parent).mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".dq-{kind}-{os.getpid()}-", dir=parent))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_stale(folder: str | os.PathLike) -> list[Path]:
    """Remove the private temporary folders of processes that no longer run; return what was removed."""
    removed = []
    for d in Path(folder).glob(".dq-*-*-*"):
        m = _PRIVATE.match(d.name)
        if m and d.is_dir() and not _alive(int(m.group("pid"))):
            shutil.rmtree(d, ignore_errors=True)
            removed.append(d)
    return removed


def from_working_folder(kinds: dict[str, str], values: dict[str, str]) -> dict[str, str]:
    """File parameters typed on the command line in another folder than the repository root, passed on
    absolute (notebooks read relative paths from the root): an input when it names a file from here, an
    output always (a draft asked for from a subfolder is written there, not at the root). ``kinds`` is the
    notebook's declaration (parameter -> "input" or "output")."""
    out = dict(values)
    if Path.cwd().resolve() == repo_root():
        return out
    for name, value in values.items():
        p = Path(value)
        if not value or p.is_absolute():
            continue
        if kinds.get(name) == "output" or (kinds.get(name) == "input" and p.exists()):
            out[name] = str(p.resolve())
    return out
