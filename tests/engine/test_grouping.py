"""Grouping: the group of each claim found on integer codes (no text joined per row), the same as the rule read
claim by claim."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from discrepancy.engine.grouping import _key_codes, _window_parts, assign_groups


def _windows_one_by_one(codes, dates, window_days):
    """The rule as written in the schema: per key, in date order, a new window past window_days from the first
    claim of the current one; undated claims -1."""
    part = np.where(dates.isna().to_numpy(), -1, 0)
    frame = pd.DataFrame({"key": codes, "date": dates}).dropna().sort_values(["key", "date"], kind="stable")
    limit = pd.Timedelta(days=window_days)
    for _, block in frame.groupby("key"):
        window, start = 0, block["date"].iloc[0]
        for i, d in zip(block.index, block["date"]):
            if d - start > limit:
                window, start = window + 1, d
            part[i] = window
    return part


@pytest.mark.parametrize("seed", [pytest.param(s, id=f"seed-{s}") for s in range(3)])
@pytest.mark.parametrize("window_days", [pytest.param(0, id="same-day"), pytest.param(30, id="month"),
                                         pytest.param(10_000, id="wider-than-all")])  # fmt: skip
def test_windows_match_the_rule_claim_by_claim(seed, window_days):
    rng = np.random.default_rng(seed)
    n = 400
    codes = rng.integers(0, 7, n)
    days = pd.to_datetime("2014-01-01") + pd.to_timedelta(rng.integers(0, 400, n), unit="D")
    dates = pd.Series(days).where(rng.random(n) > 0.15)
    assert (_window_parts(codes, dates, window_days) == _windows_one_by_one(codes, dates, window_days)).all()


@pytest.mark.parametrize(
    "columns",
    [
        pytest.param([["a", "a", "b", "a"], ["x", "x", "x", "y"]], id="two-columns"),
        pytest.param([["a|b", "a"], ["c", "b|c"]], id="separator-inside-a-value"),
        pytest.param([["", "", "q"], ["", "", ""]], id="blanks"),
        pytest.param([[f"c{p}-{i * p % 10000}" for i in range(20000)] for p in (1, 3, 7, 9, 11)],
                     id="too-many-to-pack-in-one-number"),
    ],
)  # fmt: skip
def test_key_codes_number_keys_as_factorizing_the_whole_key(columns):
    keys = [pd.factorize(pd.Series(c, dtype="str"))[0] for c in columns]
    codes, first = _key_codes(keys)
    tuples = list(zip(*columns))
    expected = pd.factorize(pd.Series([repr(t) for t in tuples]))[0]
    assert codes.tolist() == expected.tolist()
    assert [tuples[i] for i in first] == list(dict.fromkeys(tuples))


def test_a_separator_inside_a_value_never_merges_two_keys():
    """'a|b' + 'c' and 'a' + 'b|c' join to the same text; they are different keys and stay two groups."""
    claims = pd.DataFrame({"subject": ["a|b", "a"], "metric": ["c", "b|c"], "geography": ["", ""], "unit": ["", ""],
                           "reference_date": ["", ""]})  # fmt: skip
    out = assign_groups(claims)
    assert out["group_id"].nunique() == 2


@pytest.mark.parametrize("unit", [pytest.param("us", id="microseconds"), pytest.param("s", id="seconds")])
def test_windows_of_dates_outside_the_nanosecond_range(unit):
    """Years before 1677 or after 2262 do not fit in nanoseconds: counted in their own unit, they keep their order
    (converted to nanoseconds they wrapped around, and 1500 and 2600 landed in the wrong windows)."""
    dates = pd.Series(pd.to_datetime(["1500-01-01", "1500-06-01", "2015-01-01", "2600-01-01", None],
                                     format="%Y-%m-%d")).astype(f"datetime64[{unit}]")  # fmt: skip
    codes = np.zeros(len(dates), dtype=np.int64)
    assert _window_parts(codes, dates, 30).tolist() == [0, 1, 2, 3, -1]
    assert _window_parts(codes, dates, 200).tolist() == [0, 0, 1, 2, -1]


@pytest.mark.parametrize(
    "digests, ids",
    [
        pytest.param(["aaaaaaaa1111111122", "bbbbbbbb2222222233"], ["aaaaaaaa", "bbbbbbbb"], id="no clash"),
        pytest.param(
            ["aaaaaaaa1111111122", "aaaaaaaa2222222233", "cccccccc3333333344"],
            ["aaaaaaaa11111111", "aaaaaaaa22222222", "cccccccc"],
            id="two of three clash",
        ),  # fmt: skip
        pytest.param(
            ["aaaaaaaa1111111122", "aaaaaaaa1111111133", "cccccccc3333333344"],
            ["aaaaaaaa1111111122", "aaaaaaaa1111111133", "cccccccc3333333344"],
            id="64 bits clash too",
        ),  # fmt: skip
    ],
)
def test_short_ids_lengthen_only_where_they_clash(monkeypatch, digests, ids):
    import discrepancy.engine.grouping as grouping

    by_key = dict(zip(["k0", "k1", "k2"], digests))
    monkeypatch.setattr(grouping, "_digest", by_key.__getitem__)
    assert grouping._short_ids(list(by_key)).tolist() == ids


@pytest.mark.parametrize("window_days", [pytest.param(None, id="no-window"), pytest.param(30, id="window")])
def test_the_claims_given_are_not_changed(window_days):
    """assign_groups adds its columns to a shallow copy (copy-on-write): the caller's frame keeps its columns and
    cells."""
    claims = pd.DataFrame(
        {"subject": ["IS", "is ", "Taliban"], "metric": ["members"] * 3, "geography": ["Iraq"] * 3,
         "unit": ["people", "persons", "%"], "reference_date": ["2015-01-01", "2015-06-01", ""]}, dtype="str"
    )  # fmt: skip
    before = claims.copy()
    out = assign_groups(claims, window_days)
    out.loc[0, "subject"] = "changed"
    pd.testing.assert_frame_equal(claims, before)
    assert "group_id" in out.columns and "group_id" not in claims.columns


@pytest.mark.parametrize("seed", [pytest.param(s, id=f"seed-{s}") for s in range(3)])
@pytest.mark.parametrize("window_days", [pytest.param(None, id="no-window"), pytest.param(30, id="month-windows")])
def test_group_codes_number_the_groups_assign_groups_forms_in_id_order(seed, window_days):
    """compare groups on group_codes' numbers: claims share a number exactly when assign_groups gives them one
    group_id, and the numbers follow the ids' sorted order."""
    from discrepancy.engine.grouping import group_codes

    rng = np.random.default_rng(seed)
    n = 400
    days = pd.Timestamp("2015-01-01") + pd.to_timedelta(rng.integers(0, 400, n), unit="D")
    claims = pd.DataFrame(
        {"subject": rng.choice(["IS", " is", "ISIS", "Taliban", "a|b"], n), "metric": rng.choice(["m", "M "], n),
         "geography": rng.choice(["Iraq", "", "Syria"], n), "unit": rng.choice(["%", "per cent", "people"], n),
         "reference_date": np.where(rng.random(n) < 0.1, "", days.strftime("%Y-%m-%d"))}, dtype="str"
    )  # fmt: skip
    ids = assign_groups(claims, window_days)["group_id"]
    codes, labels = group_codes(claims, window_days)
    assert labels.tolist() == sorted(set(ids))
    assert labels.to_numpy()[codes].tolist() == ids.tolist()


@pytest.mark.parametrize(
    "share",
    [
        pytest.param("none", id="folded-by-group-codes"),
        pytest.param("reversed-first", id="folded-here-from-the-last-first"),
        pytest.param("two-threads", id="shared-with-a-thread-from-both-ends"),
    ],
)
def test_group_codes_from_key_folds_shared_between_threads(share):
    """compare folds the key columns on two threads (the grouping thread from the first, compare's from the last):
    whoever folds a column, the codes and ids are group_codes' own, and each column is folded once."""
    from concurrent.futures import ThreadPoolExecutor

    from discrepancy.engine import grouping
    from discrepancy.parallel import run_each

    rng = np.random.default_rng(7)
    n = 2_000
    claims = pd.DataFrame(
        {"subject": rng.choice(["IS", " is", "ISIS", "Taliban", "a|b", "a\\"], n), "metric": rng.choice(["m", "M "], n),
         "geography": rng.choice(["Iraq", "", "Syria"], n), "unit": rng.choice(["%", "per cent", "people", "km²"], n),
         "reference_date": ["2015-01-01"] * n}, dtype="str"
    )  # fmt: skip
    expected_codes, expected_ids = grouping.group_codes(claims)
    folds = grouping.key_folds(claims)
    assert len(folds) == len(grouping.KEY_COLUMNS)

    def grouped():  # compare's way: the keys from the shared folds, then numbered by id
        return grouping._groups_of_keys(claims, *grouping.key_codes_and_keys(claims, folds), None)

    if share == "none":
        codes, ids = grouped()
    elif share == "reversed-first":
        run_each(folds[::-1])
        codes, ids = grouped()
    else:
        with ThreadPoolExecutor(1) as pool:
            future = pool.submit(grouped)
            run_each(folds[::-1])
            codes, ids = future.result()
    assert codes.tolist() == expected_codes.tolist()
    assert ids.tolist() == expected_ids.tolist()
    for column, fold in zip(grouping.KEY_COLUMNS, folds):  # each Step holds its own column's codes
        assert (
            fold.result()[0].tolist()
            == grouping.text_codes(claims[column], grouping.fold_unit if column == "unit" else grouping.fold_text)[
                0
            ].tolist()
        )
