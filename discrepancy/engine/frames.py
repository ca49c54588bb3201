"""Small DataFrame helpers shared by the engine's modules."""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd
import pyarrow as pa

from discrepancy.claims.text import arrow_text

#: the "str" columns of a claim table (Arrow storage, NaN for missing)
TEXT_DTYPE = pd.StringDtype("pyarrow", na_value=np.nan)


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


def take_rows(frame: pd.DataFrame, positions: np.ndarray) -> pd.DataFrame:
    """``frame.take(positions)`` with a fresh index: the same frame, its columns taken side by side on two
    threads (Arrow takes text without holding the GIL; taking 1,000,000 rows of 20 text columns one after another
    is memory-bound and took 2.6 s)."""

    def one(name):
        column = frame[name]
        if column.dtype == TEXT_DTYPE:
            return take_text(column, positions).array
        return column.array.take(positions)

    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="dq-take") as pool:
        arrays = list(pool.map(one, frame.columns))
    return pd.DataFrame(dict(zip(frame.columns, arrays)))
