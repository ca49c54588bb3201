"""Writing tables out: CSV (guarded against formula injection), Parquet or JSON, chosen by extension.

Spreadsheet programs run a cell that begins with = + - @ (or a tab or carriage return) as a formula, so
a claim's text could run code in an analyst's spreadsheet. In CSV output every text cell that begins
with one of these gets a leading apostrophe (OWASP's advice); numbers stay numbers. Parquet and JSON
keep text exactly. Writes go to a temporary file that is renamed into place, so an interrupted write
leaves the previous file whole, and an input table is never overwritten. CSV lines end in CRLF
(RFC 4180), so a carriage return inside a value is quoted like a newline.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from discrepancy.errors import OutputError
from discrepancy.paths import protected_inputs_hit

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMATS = {".csv": "csv", ".parquet": "parquet", ".pq": "parquet", ".json": "json"}


def csv_text(frame: pd.DataFrame) -> str:
    """The CSV text of a frame as every command writes it: formula-guarded, CRLF lines, and every cell that
    holds a carriage return or line feed quoted (a bare CR would otherwise start a new spreadsheet row)."""
    import csv

    return guard_formulas(frame).to_csv(index=False, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)


def guard_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy in which text cells that a spreadsheet would run as a formula start with an apostrophe."""
    out = frame.copy()
    for column in out.columns:
        s = out[column]
        if pd.api.types.is_numeric_dtype(s) or pd.api.types.is_bool_dtype(s):
            continue
        text = s.astype("str")
        risky = text.str.startswith(FORMULA_STARTS).fillna(False).to_numpy(dtype=bool) & s.notna().to_numpy()
        if risky.any():
            values = s.astype(object).to_numpy(copy=True)
            values[risky] = ["'" + v for v in text.to_numpy(dtype=object)[risky]]
            out[column] = pd.array(values, dtype="str")
    return out


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


def _json_ready(frame: pd.DataFrame) -> list[dict]:
    records = frame.astype(object).where(frame.notna(), None).to_dict("records")
    for r in records:
        for k, v in r.items():
            if isinstance(v, (np.integer,)):
                r[k] = int(v)
            elif isinstance(v, (np.floating, float)):
                r[k] = float(v) if np.isfinite(v) else None  # JSON has no NaN or Infinity
    return records


def refuse_input_overwrite(out: str | os.PathLike, inputs: Iterable[str | os.PathLike] = ()) -> None:
    """The one check every command that writes runs first: an output is never an input table (or a link to
    one), a notebook under notebooks/ or a file under data/. Raises OutputError naming both paths."""
    if "\x00" in str(out):
        raise OutputError(f"{str(out)!r}: is not a valid file name (it holds a NUL character)")
    why = protected_inputs_hit(out, inputs)
    if why:
        raise OutputError(f"{out}: refused as an output: {why}; inputs are never modified, choose another output")


def write_table(frame: pd.DataFrame, out: str | os.PathLike, *, inputs: Iterable[str | os.PathLike] = ()) -> Path:
    """Write ``frame`` to ``out`` in the format its extension names. Refuses to overwrite an input."""
    path = Path(out)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise OutputError(f"{out}: unknown output format {path.suffix!r}: use .csv, .parquet or .json")
    refuse_input_overwrite(path, inputs)
    if fmt == "csv":
        text = csv_text(frame)
        atomic_write(path, lambda tmp: tmp.write_bytes(text.encode("utf-8")))
    elif fmt == "parquet":
        atomic_write(path, lambda tmp: frame.to_parquet(tmp, index=False))
    else:
        text = json.dumps(_json_ready(frame), ensure_ascii=False, indent=1, sort_keys=False, allow_nan=False) + "\n"
        atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    return path
