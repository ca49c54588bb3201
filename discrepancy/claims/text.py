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


def fold_text(s: pd.Series) -> pd.Series:
    """Case, surrounding and repeated white space folded away; missing becomes "" (Arrow kernels)."""
    arr = pa.array(s.astype("str"), from_pandas=True)
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    arr = pc.fill_null(arr.cast(pa.large_string()), "")
    arr = pc.replace_substring_regex(pc.utf8_lower(pc.utf8_trim_whitespace(arr)), r"\s+", " ")
    return pd.Series(arr.to_pandas().array, index=s.index, dtype="str")


def fold_unit(s: pd.Series) -> pd.Series:
    folded = fold_text(s)
    return folded.map(lambda u: UNIT_SPELLINGS.get(u, u)).astype("str")
