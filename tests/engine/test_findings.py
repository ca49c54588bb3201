"""Findings: the bulk text rules against the per-row rules they replace."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from discrepancy.claims import readable
from discrepancy.engine import findings

NAN = float("nan")


@pytest.mark.parametrize(
    "first, second",
    [
        pytest.param(
            ["2015-01-01", "2015-01-01", "2015-01-01"],
            ["2015-01-02", "2015-01-01", "2016-01-01"],
            id="full dates: one day, same, many",
        ),  # fmt: skip
        pytest.param(
            ["2015-01", "2015", "2015-01-01", "2015"], ["2015-01-01", "2016", "2015-02", "2015"], id="partial dates"
        ),  # fmt: skip
        pytest.param(
            ["", None, NAN, "2015-01-01", None],
            ["2015-01-01", "2015-01-01", "2015-01-01", "", NAN],
            id="blank, None and NaN",
        ),  # fmt: skip
        pytest.param(
            ["2015-13-01", "2015-02-30", "2015-01-01", "abcdefghij"],
            ["2015-01-01", "2015-03-01", "2015-99-99", "2015-01-01"],
            id="ten characters that do not read",
        ),  # fmt: skip
        pytest.param(
            ["2015-01-01 ", "２０１５-01-01", "2015-01-01"],
            ["2015-01-01", "2015-01-01", " 2015-01-01"],
            id="white space and non-ASCII digits",
        ),  # fmt: skip
    ],
)
def test_pair_dates_bulk_is_the_per_row_rule(first, second):
    a, b = np.array(first, dtype=object), np.array(second, dtype=object)
    expected = [findings._pair_dates(x, y) for x, y in zip(a.tolist(), b.tolist())]
    assert findings._pair_dates_bulk(a, b).tolist() == expected


@pytest.mark.parametrize(
    "values, rule",
    [
        pytest.param(np.array([2.5, NAN, 1.0, -0.0, 0.0, 250.0, np.inf, 2.5]), readable.ratio, id="ratios"),
        pytest.param(
            np.array(["Iraq", " ", None, NAN, "", "Iraq", "Zürich"], dtype=object), findings._where, id="geographies"
        ),  # fmt: skip
        pytest.param(np.array([None, NAN, "", "x"], dtype=object), lambda v: str(v or ""), id="None apart from NaN"),
    ],
)
def test_per_distinct_is_the_rule_of_each_value(values, rule):
    assert findings._per_distinct(values, rule).tolist() == [rule(v) for v in values.tolist()]


@pytest.mark.parametrize(
    "severity, spread, kind, ids",
    [
        pytest.param(
            ["major", "extreme", "note", "major", "note"],
            [0.5, 0.3, 0.0, 0.5, 0.0],
            ["group", "group", "lineage:restated", "group", "lineage:mismatch"],
            ["b", "a", "c", "a", "c"],
            id="ties on spread and kind",
        ),  # fmt: skip
        pytest.param(
            ["minor", "minor", "minor", "weird"],
            [NAN, 0.2, 0.2, 1.0],
            ["k", "k", "k", "k"],
            ["é", "e", "E", "x"],
            id="missing spread, unknown severity, non-ASCII ids",
        ),  # fmt: skip
        pytest.param(
            [None, "major", "major", None, "note"],
            [0.1, 0.1, 0.1, 0.1, 0.1],
            ["k", None, "j", "k", None],
            ["a", "b", "c", "d", "e"],
            id="missing severity and kind last",
        ),  # fmt: skip
    ],
)
def test_finding_order_is_the_stable_sort(severity, spread, kind, ids):
    out = {"severity": np.array(severity, dtype=object), "_spread": np.array(spread, dtype=object),
           "kind": np.array(kind, dtype=object), "claim_ids": np.array(ids, dtype=object)}  # fmt: skip
    frame = pd.DataFrame({k: v for k, v in out.items()})
    frame["_spread"] = frame["_spread"].astype(float)
    frame["_order"] = frame["severity"].map(findings._ORDER)
    expected = frame.sort_values(
        ["_order", "_spread", "kind", "claim_ids"], ascending=[True, False, True, True], kind="stable"
    ).index.tolist()
    coded = [pd.factorize(out[k], use_na_sentinel=False) for k in ("severity", "kind")]  # as findings_from_parts
    assert findings._finding_order(out, *coded).tolist() == expected


def _by_groupby(pairs: pd.DataFrame) -> dict:
    """What the findings read from the pairs, by pandas' groupby of the text ids (the rule ruled_out keeps)."""
    bad = pairs.loc[pairs["bound_contradiction"], ["group_id", "note"]]
    g = bad.groupby("group_id", sort=False)["note"]
    return dict(zip(g.size().index, zip(g.size().tolist(), g.first().tolist())))


@pytest.mark.parametrize(
    "group_id, bound, note",
    [
        pytest.param(["g2", "g1", "g2", "g1", "g2"], [True] * 5, ["a", "b", "c", "d", "e"],
                     id="two groups interleaved"),
        pytest.param(["g1", "g1", "g1"], [False, True, True], ["x", "y", "z"], id="a pair no bound rules out"),
        pytest.param(["g1", "g1", "g2"], [True, True, True], [None, "later", None],
                     id="a missing note skipped, a group with none"),
        pytest.param(["g1", None, "g1"], [True, True, True], ["a", "b", "c"], id="a missing group id"),
        pytest.param(["g1", "g2"], [False, False], ["a", "b"], id="no bound contradiction"),
    ],
)  # fmt: skip
def test_ruled_out_counts_and_first_notes_as_groupby(group_id, bound, note):
    pairs = pd.DataFrame({"group_id": pd.Series(group_id, dtype="str"), "bound_contradiction": bound,
                          "note": pd.Series(note, dtype="str")})  # fmt: skip
    got = {k: (int(n), None if not isinstance(f, str) else f) for k, (n, f) in findings.ruled_out(pairs).items()}
    expected = {k: (n, None if not isinstance(f, str) else f) for k, (n, f) in _by_groupby(pairs).items()}
    assert got == expected
    assert list(got) == list(expected)  # in the order the pairs first name each group
