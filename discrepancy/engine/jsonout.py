"""The comparison as one JSON document (``Comparison.to_json``): byte for byte what ``json.dumps`` writes of
every table's :func:`records` (keys sorted, ``indent=1``, ``ensure_ascii=False``), written column by column.

Each column's cells are written as JSON in bulk, a chunk of rows at a time: integers and most floats by Arrow
(the digits Python's repr writes; the other floats by repr, each distinct value once), text quoted by Arrow
with the few cells that hold a control character escaped by ``json.dumps`` itself; then Arrow joins each
row's lines. No dict is built per row, so a pairs table of 5,000,000 rows costs seconds, not minutes; a large
table's chunks are made two at a time on two threads and written in order. A table with a column kind not known here (dates, lists, mixed
objects, repeated column names) is written the old way, through ``records`` and ``json.dumps``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from typing import BinaryIO

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from discrepancy.claims.text import as_arrow, text_bytes, text_offsets
from discrepancy.floattext import float_text
from discrepancy.parallel import beside, in_order

_TEXT = pa.large_string()
_OPTIONS = {"sort_keys": True, "ensure_ascii": False, "indent": 1, "allow_nan": False}
#: rows written at once: bounds what is held beside the output (a chunk of the claims table is about 150 MB)
CHUNK_ROWS = 1 << 17
#: the control characters, which json.dumps escapes as \n or \u001f (the quote and backslash it escapes too)
_CONTROL = r"[\x00-\x1f]"

#: one column's JSON values for rows [start, stop), as an Arrow large_string array without nulls
Cells = Callable[[int, int], pa.Array]


def comparison_json(tables: dict[str, pd.DataFrame], parameters: dict) -> str:
    """The comparison's JSON (``Comparison.to_json``): one object of ``tables`` (each a list of row objects,
    keys sorted) and ``parameters``, keys sorted, indent 1, a final newline; the bytes json.dumps writes of
    ``records`` of each table."""
    return "".join(part if isinstance(part, str) else "".join(_decoded(*part)) for part in _pieces(tables, parameters))


def write_comparison_json(tables: dict[str, pd.DataFrame], parameters: dict, stream: BinaryIO) -> None:
    """:func:`comparison_json` written to ``stream`` in UTF-8 as it is made, the rows of a large table as Arrow
    wrote them: no copy of the whole document is held (2.7 GB for the 1M benchmark table, which as one str took
    34 s to build and as much memory again to encode)."""
    for part in _pieces(tables, parameters):
        stream.write(part.encode("utf-8") if isinstance(part, str) else _bytes(*part))


def _pieces(tables: dict[str, pd.DataFrame], parameters: dict) -> Iterator[str | tuple[pa.Array, bool]]:
    """The document end to end: text, and (lines, last) for each chunk of a table's rows written by Arrow."""
    payload = {**tables, "parameters": parameters}
    yield "{\n"
    for i, key in enumerate(sorted(payload)):
        yield f" {json.dumps(key, ensure_ascii=False)}: "
        if key == "parameters":
            yield _nested(payload[key])
        else:
            yield from _table_pieces(payload[key])
        yield ",\n" if i < len(payload) - 1 else "\n"
    yield "}\n"


def records(frame: pd.DataFrame) -> list[dict]:
    """The rows of ``frame`` as dicts of Python values, as the JSON holds them: numpy scalars as Python's, NaN
    and missing as None, an infinite float as the string "inf" or "-inf". The slow way, kept for the column
    kinds written in bulk nowhere else, and as the rule the bulk writer follows."""
    out = []
    for row in frame.to_dict("records"):
        clean = {}
        for k, v in row.items():
            if isinstance(v, (np.bool_, bool)):
                v = bool(v)
            elif isinstance(v, (np.integer,)):
                v = int(v)
            elif isinstance(v, (float, np.floating)):
                v = None if math.isnan(v) else (str(v) if math.isinf(v) else float(v))
            elif v is pd.NA or v is None:
                v = None
            clean[str(k)] = v
        out.append(clean)
    return out


def _nested(value) -> str:
    """``value`` as json.dumps writes it one level down the document (every line after the first indented
    one more space; JSON text never holds a raw line break, so this is exact)."""
    return json.dumps(value, **_OPTIONS).replace("\n", "\n ")


def _table_pieces(frame: pd.DataFrame) -> Iterator[str | tuple[pa.Array, bool]]:
    """The JSON list of the rows of ``frame`` (as ``records`` reads them): text, and its rows written in chunks
    of CHUNK_ROWS rows as (lines, last); the old way when a column is of a kind not known here."""
    if not len(frame):
        yield "[]"
        return
    columns = _columns(frame)
    if columns is None:
        yield _nested(records(frame))
        return
    heads = [f"{json.dumps(k, ensure_ascii=False)}: " for k, _ in columns]
    glue = [f"  {{\n   {heads[0]}", *(f",\n   {h}" for h in heads[1:]), "\n  },\n"]

    def rows(start: int) -> tuple[pa.Array, bool]:
        stop = min(start + CHUNK_ROWS, len(frame))
        pieces = [_scalar(glue[0])]
        for (_, cells), after in zip(columns, glue[1:]):
            pieces += [cells(start, stop), _scalar(after)]
        return pc.binary_join_element_wise(*pieces, _scalar("")), stop == len(frame)

    yield "[\n"
    # a large table's chunks made two at a time on two threads (Arrow's kernels release the GIL), written in order:
    # the 1M benchmark's tables 12 s -> 7 s; at most two chunks made ahead of the one being written
    with beside(len(frame), "json", workers=2) as pool:
        yield from in_order(pool, rows, range(0, len(frame), CHUNK_ROWS))
    yield "\n ]"


def _bytes(lines: pa.Array, last: bool) -> memoryview:
    """The UTF-8 bytes of all ``lines`` (a large_string array without nulls), end to end, where Arrow wrote them.
    ``last``: the table's last rows, whose last line ends without ",\\n"."""
    if lines.null_count:
        raise ValueError("a JSON row came out null")  # a bug here, never the data
    data = text_bytes(lines)
    return data[: len(data) - 2] if last else data


def _decoded(lines: pa.Array, last: bool) -> list[str]:
    """The text of all ``lines`` (a large_string array without nulls), end to end, as a few str: the runs of
    ASCII rows decoded at once, the others apart, so that the slow decoding of wider characters is paid for
    those rows only. ``last``: the table's last rows, whose last line ends without ",\\n"."""
    if lines.null_count:
        raise ValueError("a JSON row came out null")  # a bug here, never the data
    offsets = text_offsets(lines)
    data = memoryview(lines.buffers()[2])
    ascii_rows = pc.string_is_ascii(lines).to_numpy(zero_copy_only=False)
    cuts = np.flatnonzero(ascii_rows[1:] != ascii_rows[:-1]) + 1
    bounds = offsets[np.r_[0, cuts, len(lines)]].tolist()
    bounds[-1] -= 2 if last else 0
    return [str(data[a:b], "utf-8") for a, b in zip(bounds[:-1], bounds[1:])]


def _scalar(text: str) -> pa.Scalar:
    return pa.scalar(text, _TEXT)


def _columns(frame: pd.DataFrame) -> list[tuple[str, Cells]] | None:
    """(key, cells) of each column in key order, key the column name as ``str``, as ``records`` names it;
    None when a column kind is not known here or two columns have one key."""
    keys = [str(k) for k in frame.columns]
    if not keys or len(set(keys)) != len(keys):
        return None
    columns = []
    for key, (_, series) in sorted(zip(keys, frame.items()), key=lambda item: item[0]):
        try:
            cells = _cells(series)
        except (pa.ArrowException, UnicodeError):  # text Arrow cannot hold (a lone surrogate)
            return None
        if cells is None:
            return None
        columns.append((key, cells))
    return columns


def _cells(series: pd.Series) -> Cells | None:
    """How to write the JSON values of one column, as ``records`` then json.dumps write them; None for a
    kind not known here."""
    dtype, array = series.dtype, series.array
    if isinstance(dtype, pd.StringDtype):
        return _chunked(as_arrow(series).cast(_TEXT), _strings)
    if isinstance(dtype, np.dtype) and dtype.kind == "O":
        return _objects(series)
    if isinstance(dtype, np.dtype) and dtype.kind == "b" or isinstance(array, pd.arrays.BooleanArray):
        return _chunked(as_arrow(series), _booleans)
    if isinstance(dtype, np.dtype) and dtype.kind in "iu" or isinstance(array, pd.arrays.IntegerArray):
        return _chunked(as_arrow(series), _integers)
    if isinstance(dtype, np.dtype) and dtype.kind == "f" or isinstance(array, pd.arrays.FloatingArray):
        values = np.ascontiguousarray(series.to_numpy(dtype=np.float64, na_value=np.nan))
        return lambda start, stop: _floats(values[start:stop])
    return None


class _Unknown(Exception):
    """A cell of a kind not known here: the table is written the old way."""


def _objects(series: pd.Series) -> Cells | None:
    """The JSON values of a column of Python objects, written one by one (``_object_json``); None when one is
    of a kind not known here."""
    try:
        texts = pa.array([_object_json(v) for v in series.tolist()], type=_TEXT)
    except _Unknown:
        return None
    return _chunked(texts, lambda arr: arr)


def _object_json(v) -> str:
    """One cell as ``records`` reads it (to_dict's numpy scalars as Python's) and json.dumps writes it."""
    if isinstance(v, np.bool_ | bool):
        return "true" if v else "false"
    if isinstance(v, np.integer):
        return int.__repr__(int(v))
    if isinstance(v, float | np.floating):
        if math.isnan(v):
            return "null"
        return json.dumps(str(v)) if math.isinf(v) else float.__repr__(float(v))
    if v is None or v is pd.NA:
        return "null"
    if isinstance(v, int):
        return int.__repr__(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    raise _Unknown(type(v).__name__)


def _chunked(arr: pa.Array, write: Callable[[pa.Array], pa.Array]) -> Cells:
    """Cells that ``write`` the rows [start, stop) of ``arr``."""
    return lambda start, stop: write(arr.slice(start, stop - start))


def _booleans(arr: pa.Array) -> pa.Array:
    """true, false; null for missing."""
    return pc.fill_null(pc.if_else(arr, _scalar("true"), _scalar("false")), _scalar("null"))


def _integers(arr: pa.Array) -> pa.Array:
    """Integers in decimal (Arrow writes them as Python's repr does); null for missing."""
    return pc.fill_null(arr.cast(_TEXT), _scalar("null"))


def _floats(values: np.ndarray) -> pa.Array:
    """Floats as ``records`` and json.dumps write them: null for NaN, the strings "inf" and "-inf", the others as
    Python's repr writes them (:func:`discrepancy.floattext.float_text`)."""
    text = pc.fill_null(float_text(values), _scalar("null"))
    infinite = np.isinf(values)
    if infinite.any():
        quoted = np.where(values[infinite] > 0, '"inf"', '"-inf"')
        text = pc.replace_with_mask(text, pa.array(infinite), pa.array(quoted, type=_TEXT))
    return text


def _strings(arr: pa.Array) -> pa.Array:
    """Text as json.dumps writes it (ensure_ascii=False): quoted, the quote and the backslash escaped by
    Arrow, a cell with a control character escaped by json.dumps itself; null for missing."""
    if _needs_escape(arr):
        control = pc.fill_null(pc.match_substring_regex(arr, _CONTROL), False)
        at = np.flatnonzero(control.to_numpy(zero_copy_only=False))
        texts = [json.dumps(v, ensure_ascii=False)[1:-1] for v in arr.take(pa.array(at)).to_pylist()]
        arr = pc.replace_substring(pc.replace_substring(arr, "\\", "\\\\"), '"', '\\"')
        if len(at):
            arr = pc.replace_with_mask(arr, control, pa.array(texts, type=_TEXT))
    quoted = pc.binary_join_element_wise(_scalar('"'), arr, _scalar('"'), _scalar(""))
    return pc.fill_null(quoted, _scalar("null"))


def _needs_escape(arr: pa.Array) -> bool:
    """Whether any cell of ``arr`` (large_string) holds a character json.dumps escapes: the quote, the
    backslash or a control character, looked for in its bytes at once."""
    if not len(arr) or arr.buffers()[2] is None:
        return False
    offsets = text_offsets(arr)
    data = np.frombuffer(arr.buffers()[2], dtype=np.uint8)[offsets[0] : offsets[-1]]
    return bool(((data < 0x20) | (data == 0x22) | (data == 0x5C)).any())
