"""claims/doubts.py: setting many rows of the parsed columns at once, in the rows' own order."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from discrepancy.claims.doubts import set_rows


def _parsed(n: int) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "value": np.arange(n, dtype=float),
            "qualifier": pd.array(["exact"] * n, dtype="str"),
            "parse_note": pd.array([f"note {i}" for i in range(n)], dtype="str"),
        },
        index=[f"r{i}" for i in range(n)],
    )


@pytest.mark.parametrize(
    "rows",
    [
        pytest.param([1, 3], id="in order"),
        pytest.param([4, 0, 2], id="out of order"),
        pytest.param([5], id="the last row"),
        pytest.param([], id="none"),
    ],
)
def test_set_rows_gives_each_row_its_own_cells_and_leaves_the_others(rows):
    parsed = _parsed(6)
    before = parsed.copy()
    at = np.array(rows, dtype=np.int64)
    set_rows(
        parsed, at, {"value": [100.0 + r for r in rows], "qualifier": None, "parse_note": [f"new {r}" for r in rows]}
    )
    for i in range(6):
        if i in rows:
            assert parsed["value"].iat[i] == 100.0 + i
            assert pd.isna(parsed["qualifier"].iat[i])
            assert parsed["parse_note"].iat[i] == f"new {i}"
        else:
            assert parsed.iloc[i].tolist() == before.iloc[i].tolist()
    assert parsed.dtypes.tolist() == before.dtypes.tolist() and parsed.index.equals(before.index)
