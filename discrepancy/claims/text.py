"""Text folding: the one rule for when two spellings of a key are the same (case, surrounding and repeated
white space, and common unit spellings). Grouping, lineage, cross-unit checks and the reports all fold
with these, so "Iraq " and "iraq" are one geography everywhere."""

from __future__ import annotations

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


def _encoded(s: pd.Series) -> tuple[pa.Array, pa.DictionaryArray]:
    """``s`` as one Arrow array of large strings (null where missing), and the same dictionary-encoded."""
    arr = pa.array(s.astype("str"), from_pandas=True)
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    arr = arr.cast(pa.large_string())
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
