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
import re
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from discrepancy.claims.text import arrow_text, text_bytes, text_offsets
from discrepancy.errors import OutputError
from discrepancy.files import atomic_write, refuse_input_overwrite
from discrepancy.floattext import float_text
from discrepancy.parallel import beside

__all__ = [
    "FORMATS",
    "atomic_write",
    "csv_bytes",
    "csv_parts",
    "csv_text",
    "guard_formulas",
    "refuse_input_overwrite",
    "write_table",
]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMATS = {".csv": "csv", ".parquet": "parquet", ".pq": "parquet", ".json": "json"}


def csv_text(frame: pd.DataFrame) -> str:
    """The CSV text of a frame as every command writes it: formula-guarded, CRLF lines, and every cell that
    holds a carriage return or line feed quoted (a bare CR would otherwise start a new spreadsheet row)."""
    return csv_bytes(frame).decode("utf-8")


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """:func:`csv_text` as UTF-8 bytes, written by Arrow kernels: the bytes pandas' ``to_csv`` (QUOTE_MINIMAL)
    writes of :func:`guard_formulas`' copy, at a fraction of its time (the formula guard applied by the same
    kernels, a column at a time). A frame with a column kind it does not know, of one column (where the csv
    module quotes an empty row), or holding a NUL character anywhere, is written by pandas."""
    return b"".join(csv_parts(frame))


def csv_parts(frame: pd.DataFrame) -> list[bytes | memoryview]:
    """:func:`csv_bytes` in parts, end to end (the rows' bytes where Arrow wrote them: a file is written from them
    with no copy of the whole; the 1M-claim claims table is 590 MB). A large frame's rows are joined into lines
    in two halves on two threads."""
    cells = _all_cells(frame) if len(frame.columns) > 1 else None
    if cells is None or any(c is None for c in cells):
        return [_pandas_csv(frame)]
    header = ",".join(_quoted(pa.array([str(c) for c in frame.columns], pa.large_string())).to_pylist()) + "\r\n"
    if not len(frame):
        return [header.encode("utf-8")]
    cells[-1] = pc.binary_join_element_wise(cells[-1], _text("\r\n"), _text(""))  # the line ends with the last cell
    half = -(-len(frame) // 2)
    with beside(len(frame), "csv-lines", workers=2) as pool:
        lines = list(pool.map(lambda start: _lines([c.slice(start, half) for c in cells]), range(0, len(frame), half)))
    return [header.encode("utf-8"), *(text_bytes(part) for part in lines)]


def _lines(cells: list[pa.Array]) -> pa.Array:
    return pc.binary_join_element_wise(*cells, _text(","))


def _all_cells(frame: pd.DataFrame) -> list[pa.Array | None]:
    """:func:`_csv_cells` of every column; a large frame's columns on two threads (discrepancy.parallel)."""
    with beside(len(frame), "csv", workers=2) as pool:
        return list(pool.map(_csv_cells, [frame[c] for c in frame.columns]))


def _pandas_csv(frame: pd.DataFrame) -> bytes:
    import csv

    text = guard_formulas(frame).to_csv(index=False, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    return text.encode("utf-8")


#: a cell the csv module quotes (QUOTE_MINIMAL, "," delimiter, CRLF lines)
_NEEDS_QUOTES = '[,"\r\n]'
#: a text cell guard_formulas prefixes with an apostrophe: one that starts with any of FORMULA_STARTS
_FORMULA = "^(?:" + "|".join(re.escape(start) for start in FORMULA_STARTS) + ")"


_FORMULA_BYTES = np.frombuffer("".join(FORMULA_STARTS).encode("ascii"), dtype=np.uint8)


def _any_byte(data: bytes, chars: bytes) -> bool:
    """Whether any of these ASCII characters is in ``data``, a text column's bytes end to end (``text_bytes``; the
    byte of an ASCII character never occurs inside another character's UTF-8 bytes): a regex per cell only where
    one is found (a column of 100,000 short cells: 10 ms by regex, 0.3 ms so)."""
    return any(data.find(c) >= 0 for c in chars)


def _any_first_byte(cells: pa.Array, starts: np.ndarray) -> bool:
    """Whether any cell of a large_string array begins with one of these ASCII characters (by its first byte)."""
    data = cells.buffers()[2]
    if data is None:
        return False
    offsets = text_offsets(cells)
    begins = offsets[:-1][offsets[1:] > offsets[:-1]]  # where each non-empty cell begins
    return bool(np.isin(np.frombuffer(data, dtype=np.uint8)[begins], starts).any())


def _text(value: str) -> pa.Scalar:
    return pa.scalar(value, pa.large_string())


def _quoted(cells: pa.Array, data: bytes | None = None) -> pa.Array:
    """Cells quoted where the csv module would quote them, inner quotes doubled (``data``: the cells' bytes end to
    end, when the caller has them already)."""
    if not _any_byte(bytes(text_bytes(cells)) if data is None else data, b',"\r\n'):  # the usual column
        return cells
    needs = pc.match_substring_regex(cells, _NEEDS_QUOTES)
    quoted = pc.binary_join_element_wise(_text('"'), pc.replace_substring(cells, '"', '""'), _text('"'), _text(""))
    return pc.if_else(needs, quoted, cells)


def _csv_cells(s: pd.Series) -> pa.Array | None:
    """Each cell of a column as pandas' ``to_csv`` writes it of the formula-guarded column (missing: empty),
    quoted where the csv module quotes, as Arrow large strings; None for a kind of column it does not know."""
    dtype = s.dtype
    if isinstance(dtype, pd.StringDtype):
        cells = pc.fill_null(arrow_text(s), "")
        data = bytes(text_bytes(cells))
        if b"\x00" in data:  # let the csv module decide what a NUL is: the frame goes to pandas
            return None
        if _any_first_byte(cells, _FORMULA_BYTES):  # an apostrophe before a formula adds no character to quote
            risky = pc.match_substring_regex(cells, _FORMULA)
            cells = pc.if_else(risky, pc.binary_join_element_wise(_text("'"), cells, _text("")), cells)
        return _quoted(cells, data)
    if isinstance(dtype, pd.api.extensions.ExtensionDtype):  # nullable integers and booleans: NA is empty
        if isinstance(dtype, (pd.Int64Dtype, pd.Int32Dtype)):  # Arrow writes integers' digits as str() does
            return pc.fill_null(pa.array(s.array, from_pandas=True).cast(pa.large_string()), "")
        if isinstance(dtype, pd.BooleanDtype):
            return pc.fill_null(pc.if_else(pa.array(s.array, from_pandas=True), _text("True"), _text("False")), "")
        return None
    if dtype == np.float64:  # repr's digits, "" for NaN: what values.astype(str) writes, in bulk
        return pc.fill_null(float_text(s.to_numpy()), "")
    if dtype.kind == "f":
        values = s.to_numpy()
        text = values.astype(str)
        text[np.isnan(values)] = ""
        return pa.array(text, type=pa.large_string())
    if dtype.kind in "iu":
        return pa.array(s.to_numpy()).cast(pa.large_string())
    if dtype.kind == "b":
        return pc.if_else(pa.array(s.to_numpy()), _text("True"), _text("False"))
    return None


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


def _write_parts(path: Path, parts: list[bytes | memoryview]) -> None:
    with path.open("wb") as f:
        for part in parts:
            f.write(part)


def _json_ready(frame: pd.DataFrame) -> list[dict]:
    records = frame.astype(object).where(frame.notna(), None).to_dict("records")
    for r in records:
        for k, v in r.items():
            if isinstance(v, (np.integer,)):
                r[k] = int(v)
            elif isinstance(v, (np.floating, float)):
                r[k] = float(v) if np.isfinite(v) else None  # JSON has no NaN or Infinity
    return records


def write_table(frame: pd.DataFrame, out: str | os.PathLike, *, inputs: Iterable[str | os.PathLike] = ()) -> Path:
    """Write ``frame`` to ``out`` in the format its extension names. Refuses to overwrite an input."""
    path = Path(out)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise OutputError(f"{out}: unknown output format {path.suffix!r}: use .csv, .parquet or .json")
    refuse_input_overwrite(path, inputs)
    if fmt == "csv":
        parts = csv_parts(frame)
        atomic_write(path, lambda tmp: _write_parts(tmp, parts))
    elif fmt == "parquet":
        atomic_write(path, lambda tmp: frame.to_parquet(tmp, index=False))
    else:
        text = json.dumps(_json_ready(frame), ensure_ascii=False, indent=1, sort_keys=False, allow_nan=False) + "\n"
        atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    return path
