"""Writing files safely, for every command that writes: an output is never an input, and a write is whole
or not at all (a temporary file in the same folder, renamed into place). Light on purpose: the render
command uses it before any table library is loaded; writing tables is output.py."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from discrepancy.errors import OutputError
from discrepancy.paths import protected_inputs_hit


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(path: Path, write) -> None:
    """Call ``write(tmp_path)``, then rename the temporary file onto ``path`` (same folder, same disk)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a written file gets the mode the umask gives
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def refuse_input_overwrite(out: str | os.PathLike, inputs: Iterable[str | os.PathLike] = ()) -> None:
    """The one check every command that writes runs first: an output is never an input table (or a link to
    one), a notebook under notebooks/ or a file under data/. Raises OutputError naming both paths."""
    if "\x00" in str(out):
        raise OutputError(f"{str(out)!r}: is not a valid file name (it holds a NUL character)")
    why = protected_inputs_hit(out, inputs)
    if why:
        raise OutputError(f"{out}: refused as an output: {why}; inputs are never modified, choose another output")


def claim_table_header(path: str | os.PathLike) -> bool:
    """Whether an existing file is a claim table as analysts write one: a CSV (.csv, .tsv, .txt) whose header
    names every required column of the contract and no ``parse_status`` (the normalized tables this tool writes
    carry that column; its other outputs lack required columns)."""
    import csv

    from discrepancy.claims.schema import COLUMNS

    p = Path(path)
    if p.suffix.lower() not in (".csv", ".tsv", ".txt") or not p.is_file():
        return False
    try:
        with p.open("rb") as f:
            first = f.readline(1 << 16).decode("utf-8-sig", errors="replace").rstrip("\r\n")
    except OSError:
        return False
    header = {
        h.strip().lower() for h in next(csv.reader([first], delimiter="\t" if p.suffix.lower() == ".tsv" else ","), [])
    }
    required = {c.name for c in COLUMNS if c.is_required}
    return required <= header and "parse_status" not in header


def refuse_claim_table_overwrite(out: str | os.PathLike) -> None:
    """For the commands that read claim tables (compare, normalize): their output never replaces a claim table,
    an input of this run or not. ``compare -o claims.csv`` with the table left out once compared the default
    tables and wrote the findings over claims.csv (found by the fuzz test)."""
    if claim_table_header(out):
        raise OutputError(
            f"{out}: refused as an output: it is a claim table (its header names the contract's required columns);"
            " an output never replaces a claim table: name it as an input, or choose another output"
        )
