"""Small DataFrame helpers shared by the engine's modules."""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterator

import pandas as pd


def iter_rows(frame: pd.DataFrame) -> Iterator[tuple]:
    """Rows as named tuples, read column by column: iterating Arrow-backed cells one at a time is slow."""
    Row = namedtuple("Row", list(frame.columns))
    columns = [frame[c].to_numpy(dtype=object) for c in frame.columns]
    return (Row(*values) for values in zip(*columns))
