"""Frame helpers: text taken and notes placed by Arrow give the same column as Python would."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from discrepancy.engine.frames import sparse_text, take_text


@pytest.mark.parametrize(
    "values, positions",
    [
        pytest.param(["a", "b", "c"], [2, 0, 0, 1], id="repeats-and-order"),
        pytest.param(["a", None, "ç"], [1, 2], id="missing-and-unicode"),
        pytest.param(["a"], [], id="none-taken"),
    ],
)
def test_take_text(values, positions):
    column = pd.Series(values, dtype="str", index=[7, 8, 9][: len(values)])
    out = take_text(column, np.array(positions, dtype=np.int64))
    expected = pd.Series([values[p] for p in positions], dtype="str")
    pd.testing.assert_series_equal(out, expected)


@pytest.mark.parametrize(
    "n, positions, values",
    [
        pytest.param(5, [1, 3], ["x", "y"], id="some"),
        pytest.param(3, [], [], id="none"),
        pytest.param(2, [0, 1], ["'a' rules out 'b'", "z"], id="all"),
    ],
)
def test_sparse_text(n, positions, values):
    out = sparse_text(n, np.array(positions, dtype=np.int64), np.array(values, dtype=object))
    expected = [""] * n
    for p, v in zip(positions, values):
        expected[p] = v
    assert out.tolist() == expected and str(out.dtype) == "str"
