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
