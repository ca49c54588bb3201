"""Row orders: packed keys sort as a stable multi-key sort does, and the first row per group is the sorted one."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from discrepancy.engine import order
from discrepancy.engine.order import dense_rank, first_rows, packed, stable_order, text_order_codes

NAT = np.datetime64("NaT", "ns")
DATES = np.array(["2014-01-01", "NaT", "1999-12-31", "2014-01-01T00:00:01"], dtype="datetime64[ns]")


def _sorted_by_pandas(keys) -> np.ndarray:
    """The reference: pandas' stable sort of a frame of the keys (missing values last)."""
    frame = pd.DataFrame({f"k{i}": k for i, k in enumerate(keys)})
    return frame.sort_values(list(frame.columns), kind="stable", na_position="last").index.to_numpy()


def _first_by_pandas(codes, keys) -> np.ndarray:
    order = _sorted_by_pandas((codes, *keys))
    seen = pd.Series(np.asarray(codes)[order]).duplicated().to_numpy()
    return order[~seen]


def _keys(kind: str, n: int, rng) -> tuple:
    group = rng.integers(0, 4, n)
    number = rng.choice([0.0, -0.0, 1.5, np.nan, 2.0, -3.0, np.inf, -np.inf], n)
    date = rng.choice(DATES, n)
    unique = rng.permutation(n)
    return {
        "group-number-date-id": (group, number, date, unique),
        "group-negated-number-id": (group, -number, unique),
        "group-date-id": (group, date, unique),
        "flag-group": (rng.random(n) < 0.5, group),
        "numbers-with-ties": (number,),
        "too-wide-to-pack": (rng.integers(0, 2**45, n), rng.integers(0, 2**45, n), unique),
        "negative-integers": (rng.integers(-5, 5, n), unique),
    }[kind]


KINDS = [
    "group-number-date-id",
    "group-negated-number-id",
    "group-date-id",
    "flag-group",
    "numbers-with-ties",
    "too-wide-to-pack",
    "negative-integers",
]


@pytest.fixture(params=[pytest.param(False, id="packed"), pytest.param(True, id="lexsort")])
def unpacked(request, monkeypatch):
    """Run once packing the keys and once with packing refused (the lexsort path)."""
    if request.param:
        monkeypatch.setattr(order, "_PACKED_LIMIT", 1)


@pytest.mark.parametrize("kind", [pytest.param(k, id=k) for k in KINDS])
def test_stable_order_is_a_stable_sort(kind, unpacked):
    rng = np.random.default_rng(7)
    for n in (0, 1, 2, 5, 40, 300):
        keys = _keys(kind, n, rng)
        np.testing.assert_array_equal(stable_order(*keys), _sorted_by_pandas(keys), err_msg=f"{kind} n={n}")


@pytest.mark.parametrize(
    "kind", [pytest.param(k, id=k) for k in KINDS if k not in ("negative-integers", "numbers-with-ties")]
)
def test_first_rows_is_the_first_sorted_row_of_each_code(kind, unpacked):
    rng = np.random.default_rng(11)
    for n in (0, 1, 2, 5, 40, 300):
        codes, *keys = _keys(kind, n, rng)
        np.testing.assert_array_equal(first_rows(codes, *keys), _first_by_pandas(codes, keys), err_msg=f"n={n}")


def test_first_rows_keeps_the_earlier_row_on_a_tie():
    codes = np.array([3, 3, 1, 1, 3])
    value = np.array([2.0, 1.0, 5.0, 5.0, 1.0])
    assert first_rows(codes, value).tolist() == [2, 1]  # code 1: rows 2 and 3 tie; code 3: rows 1 and 4 tie


@pytest.mark.parametrize(
    "values, expected",
    [
        pytest.param(np.array([3.0, np.nan, -0.0, 0.0, 3.0]), [1, 2, 0, 0, 1], id="nan-last-and-signed-zero"),
        pytest.param(np.array(["2020-01-02", "NaT", "2019-05-01"], dtype="datetime64[ns]"), [1, 2, 0], id="nat-last"),
        pytest.param(np.array([5, 0, 5]), [5, 0, 5], id="codes-are-their-own-rank"),
    ],
)
def test_dense_rank(values, expected):
    rank, n = dense_rank(values)
    assert rank.tolist() == expected
    if values.dtype.kind in "fM":
        assert n - 1 == max(expected)  # a missing value takes the last rank


def test_keys_too_wide_are_not_packed():
    wide = np.array([0, 2**40 - 1], dtype=np.int64)
    assert packed(wide, wide) is None
    assert packed(np.array([1, 0]), np.array([0, 1])).tolist() == [2, 1]


@pytest.mark.parametrize("seed", [pytest.param(s, id=f"seed-{s}") for s in range(4)])
@pytest.mark.parametrize(
    "columns, ascending",
    [
        pytest.param(["gcode", "date", "crank"], [True, True, True], id="claims-order"),
        pytest.param(["gcode", "point", "latest", "crank"], [True, False, True, True], id="highest-first"),
        pytest.param(["gcode", "crank"], [True, True], id="pairs-order"),
    ],
)
def test_order_on_number_columns_is_the_stable_sort(seed, columns, ascending):
    """The engine sorts by row positions found on number columns (engine/order.py) instead of reordering
    wide frames: the same order as pandas' stable sort, missing dates last, ties kept in row order."""
    rng = np.random.default_rng(seed)
    n = 300
    dates = pd.to_datetime("2015-01-01") + pd.to_timedelta(rng.integers(0, 5, n), unit="D")
    frame = pd.DataFrame(
        {
            "gcode": rng.integers(0, 6, n),
            "date": pd.Series(dates).where(rng.random(n) > 0.2),  # about one date in five missing
            "point": rng.choice([0.0, -0.0, 1.5, 2.0, 1e6], n),
            "latest": rng.integers(1, 4, n).astype(float),
            "crank": rng.permutation(n),
        }
    )
    expected = frame.sort_values(columns, ascending=ascending, kind="stable").index.to_numpy()
    keys = [frame[c].to_numpy() if up else -frame[c].to_numpy() for c, up in zip(columns, ascending)]
    assert (stable_order(*keys) == expected).all()


@pytest.mark.parametrize(
    "texts",
    [
        pytest.param(["b", "a", "c", "a"], id="repeats"),
        pytest.param(["é", "z", "É", "Z", "ß", "€", "😀", "a"], id="code-point-order-beyond-ascii"),
        pytest.param(["b", None, "a", None], id="missing-first"),
        pytest.param([], id="empty"),
    ],
)
def test_text_order_codes_sort_as_factorize_does(texts):
    column = pd.Series(texts, dtype="str")
    codes = text_order_codes(column)
    expected = pd.factorize(column, sort=True)[0]
    assert pd.Series(codes).rank(method="dense").tolist() == pd.Series(expected).rank(method="dense").tolist()
