"""Frame helpers: text taken and notes placed by Arrow give the same column as Python would."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy.engine import frames
from discrepancy.engine.frames import notes_column, parse_dates, sparse_text, take_text


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


@pytest.mark.parametrize(
    "positions",
    [
        pytest.param([2, 0, 1, 2], id="reordered-and-repeated"),
        pytest.param([], id="no-rows"),
        pytest.param([1], id="one-row"),
    ],
)
def test_take_rows_is_pandas_take(positions):
    """Columns taken side by side on threads give the frame pandas' take gives: values, dtypes, order, index."""
    from discrepancy.engine.frames import take_rows

    frame = pd.DataFrame(
        {
            "text": pd.array(["x", None, "ç"], dtype="str"),
            "float": [1.5, np.nan, -0.0],
            "nullable": pd.array([1, None, 3], dtype="Int64"),
            "flag": [True, False, True],
            "date": pd.to_datetime(["2015-01-01", None, "1500-06-01"], format="%Y-%m-%d"),
            "mixed": ["o", 1, None],
            "string": pd.array(["p", None, "q"], dtype="string[pyarrow]"),
        },
        index=[7, 8, 9],
    )
    at = np.array(positions, dtype=np.int64)
    pd.testing.assert_frame_equal(take_rows(frame, at), frame.take(at).reset_index(drop=True))


@pytest.mark.parametrize(
    "parts, expected",
    [
        pytest.param((["a", "b"], " = ", np.array(["1", "2"], dtype=object)), ["a = 1", "b = 2"], id="list-str-array"),
        pytest.param(("'", pa.array(["x", "ý"]), "'"), ["'x'", "'ý'"], id="arrow-string-cast"),
        pytest.param(([], "-"), [], id="no-rows"),
    ],
)
def test_join_text_joins_each_row_whatever_the_parts_are(parts, expected):
    from discrepancy.engine.frames import join_text

    assert join_text(*parts).to_pylist() == expected


@pytest.mark.parametrize(
    "texts",
    [
        pytest.param(["2015-10-22", "", "2014-01-01", "2015-10-22"], id="repeats-and-blank"),
        pytest.param(["", ""], id="all-blank"),
        pytest.param([], id="empty"),
        pytest.param(["2015-10-22", None, "x"], id="missing-and-unreadable"),
        pytest.param(["1500-01-01", "2015-01-01", "3000-01-01"], id="outside-nanoseconds"),
        pytest.param(["2015-13-01", "2015-01-01"], id="impossible-month"),
    ],
)
@pytest.mark.parametrize("options", [pytest.param({"format": "%Y-%m-%d"}, id="iso"), pytest.param({}, id="inferred")])
def test_parse_dates_is_to_datetime(texts, options):
    column = pd.Series(texts, dtype="str", index=range(5, 5 + len(texts)), name="reference_date")
    expected = pd.to_datetime(column.replace("", None), errors="coerce", **options)
    pd.testing.assert_series_equal(parse_dates(column, **options), expected)


@pytest.mark.parametrize(
    "masks",
    [
        pytest.param([[True, False, False], [True, True, False]], id="first-row-both-last-none"),
        pytest.param([[False, False], [False, False]], id="no-row-has-a-note"),
        pytest.param([[True, True, True, False]] * 5, id="five-kinds"),
        pytest.param([[]], id="no-rows"),
    ],
)
def test_notes_column_joins_each_rows_notes_in_order(masks):
    texts = [f"note {k}; with 'quotes'" if k == 1 else f"note {k}" for k in range(len(masks))]
    out = notes_column(*[(np.array(m, dtype=bool), t) for m, t in zip(masks, texts)])
    expected = ["; ".join(t for m, t in zip(masks, texts) if m[i]) for i in range(len(masks[0]))]
    pd.testing.assert_series_equal(out, pd.Series(expected, dtype="str"))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text(max_size=6), st.sampled_from(["a", "é", "Z", "", " a"])), max_size=30))
def test_text_rank_is_the_sorted_factorize_codes(values):
    """Arrow's dense rank gives each text the code ``pd.factorize(sort=True)`` gives it (code point order),
    missing texts the rank after all: from a Series, a list and an Arrow array alike."""
    s = pd.Series(values, dtype="str")
    codes, uniques = pd.factorize(s, sort=True)
    expected = np.where(codes < 0, len(uniques), codes).tolist()
    assert frames.text_rank(s).tolist() == expected
    assert frames.text_rank(values).tolist() == expected
    assert frames.text_rank(pa.array(values, type=pa.large_string())).tolist() == expected
