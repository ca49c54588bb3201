"""Text folding: the one rule for when two spellings of a key are the same (case, surrounding and repeated
white space, and common unit spellings). Grouping, lineage, cross-unit checks and the reports all fold
with these, so "Iraq " and "iraq" are one geography everywhere."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

UNIT_SPELLINGS = {
    "%": "percent",
    "per cent": "percent",
    "percent": "percent",
    "pct": "percent",
    "percentage": "percent",
    "km2": "km2",
    "km²": "km2",
    "sq km": "km2",
    "sq. km": "km2",
    "square km": "km2",
    "square kilometres": "km2",
    "square kilometers": "km2",
    "person": "people",
    "persons": "people",
    "people": "people",
}


def as_arrow(values) -> pa.Array:
    """``values`` (a Series, a numpy array, a list) as one Arrow array in one chunk, missing values null."""
    arr = pa.array(values, from_pandas=True)
    return arr.combine_chunks() if isinstance(arr, pa.ChunkedArray) else arr


def text_offsets(arr: pa.Array) -> np.ndarray:
    """Where each cell of a large_string array begins in its data buffer, and where the last ends (len(arr) + 1
    offsets, read in place): the bytes of cells i..j are ``arr.buffers()[2][offsets[i]:offsets[j + 1]]``."""
    return np.frombuffer(arr.buffers()[1], dtype=np.int64)[arr.offset : arr.offset + len(arr) + 1]


def text_bytes(arr: pa.Array) -> memoryview:
    """The UTF-8 bytes of every cell of a large_string array, end to end, where Arrow wrote them (no copy): lines
    joined by Arrow go out as they are."""
    data = arr.buffers()[2]
    if data is None:  # no bytes at all
        return memoryview(b"")
    offsets = text_offsets(arr)
    return memoryview(data)[int(offsets[0]) : int(offsets[-1])]


def arrow_text(column: pd.Series) -> pa.Array:
    """A column's text (``astype("str")``) as one Arrow array of large strings in one chunk, missing values null:
    how the engine's bulk paths read a text column."""
    return as_arrow(column.astype("str")).cast(pa.large_string())


def _encoded(s: pd.Series) -> tuple[pa.Array, pa.DictionaryArray]:
    """``s`` as :func:`arrow_text`, and the same dictionary-encoded."""
    arr = arrow_text(s)
    return arr, pc.dictionary_encode(arr)


def _fold(arr: pa.Array) -> pa.Array:
    return pc.replace_substring_regex(pc.utf8_lower(pc.utf8_trim_whitespace(arr)), r"\s+", " ")


def _series(rows: pa.Array, index: pd.Index) -> pd.Series:
    return pd.Series(pc.fill_null(rows, "").to_pandas().array, index=index, dtype="str")


def fold_text(s: pd.Series) -> pd.Series:
    """Case, surrounding and repeated white space folded away; missing becomes "". Each distinct text is folded
    once (Arrow kernels) and every row takes its own, unless nearly every row is distinct."""
    arr, encoded = _encoded(s)
    if 2 * len(encoded.dictionary) > len(arr):
        return _series(_fold(arr), s.index)
    return _series(_fold(encoded.dictionary).take(encoded.indices), s.index)


def fold_unit(s: pd.Series) -> pd.Series:
    """:func:`fold_text`, then the common spellings of a unit as one ("%", "per cent" -> "percent"), looked up
    once per distinct text."""
    _, encoded = _encoded(s)
    folded = [UNIT_SPELLINGS.get(u, u) for u in _fold(encoded.dictionary).to_pylist()]
    return _series(pa.array(folded, type=pa.large_string()).take(encoded.indices), s.index)


def text_codes(column: pd.Series, fold: Callable[[pd.Series], pd.Series] | None = None) -> tuple[np.ndarray, list]:
    """For each cell, a code of its text (missing read as "", then ``fold`` applied when given, such as
    :func:`fold_text` or :func:`fold_unit`) and the text of each code: equal codes for equal texts. Each distinct
    text is read (and folded) once, and no text is hashed per row."""
    encoded = pc.dictionary_encode(arrow_text(column))
    distinct = pd.Series([*encoded.dictionary.to_pylist(), ""], dtype="str")  # the last one stands for missing
    if fold is not None:
        distinct = fold(distinct)
    codes, texts = pd.factorize(distinct)
    at = pc.fill_null(encoded.indices, len(distinct) - 1).to_numpy(zero_copy_only=False)
    return codes[at], texts.tolist()
