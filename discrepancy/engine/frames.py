"""Small DataFrame helpers shared by the engine's modules."""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterator

import numpy as np
import pandas as pd
import pyarrow as pa

from discrepancy.claims.text import arrow_text


def iter_rows(frame: pd.DataFrame) -> Iterator[tuple]:
    """Rows as named tuples, read column by column: iterating Arrow-backed cells one at a time is slow."""
    Row = namedtuple("Row", list(frame.columns))
    columns = [frame[c].to_numpy(dtype=object) for c in frame.columns]
    return (Row(*values) for values in zip(*columns))


def take_text(column: pd.Series, positions: np.ndarray) -> pd.Series:
    """The text of ``column`` at ``positions``, as a "str" column, taken by Arrow (no Python object per row: a
    7x saving on 5,000,000 rows)."""
    return pd.Series(arrow_text(column).take(pa.array(positions)).to_pandas().array, dtype="str")


def sparse_text(n: int, positions: np.ndarray, values: np.ndarray) -> pd.Series:
    """A "str" column of ``n`` rows, ``values`` at ``positions`` and "" elsewhere, built by Arrow: a column of
    notes that few rows have costs no Python object for the others."""
    indices = np.zeros(n, dtype=np.int64)
    indices[positions] = np.arange(1, len(positions) + 1)
    texts = pa.array(["", *values], type=pa.large_string())
    return pd.Series(texts.take(pa.array(indices)).to_pandas().array, dtype="str")
