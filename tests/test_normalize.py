"""normalize_claims: parsed numbers, overrides, units, reference dates; the input left untouched."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from discrepancy import normalize_claims
from discrepancy.load import read_table

from .conftest import write_csv

HEADER = [
    "claim_id",
    "subject",
    "metric",
    "value_text",
    "value",
    "low",
    "high",
    "unit",
    "source",
    "claim_date",
    "as_of",
]


def _normalized(tmp_path, rows):
    return normalize_claims(read_table(write_csv(tmp_path / "t.csv", rows, HEADER)))


@pytest.mark.parametrize(
    "text, value, low, high, expect",
    [
        pytest.param("around 30,000", "", "", "", (30000, None, None, "approx", "ok"), id="parsed"),
        pytest.param(
            "around 30,000", "31000", "", "", (31000, None, None, "approx", "overridden"), id="value overrides"
        ),
        pytest.param(
            "in the 1 to 3,000 range",
            "",
            "1000",
            "3000",
            (2000, 1000, 3000, "range", "overridden"),
            id="bounds override",
        ),
        pytest.param("", "", "600000", "", (None, 600000, None, "at_least", "overridden"), id="low only"),
        pytest.param("", "", "", "50", (None, None, 50, "at_most", "overridden"), id="high only"),
        pytest.param("", "42", "", "", (42, None, None, "exact", "overridden"), id="value without text"),
        pytest.param("no idea", "", "", "", (None, None, None, None, "unparsed"), id="unparsed kept"),
    ],
)
def test_values_and_overrides(tmp_path, text, value, low, high, expect):
    out = _normalized(tmp_path, [["a", "IS", "m", text, value, low, high, "", "S", "2015", ""]])
    row = out.iloc[0]
    got = tuple(
        None if (isinstance(x, float) and math.isnan(x)) or x is None or x is pd.NA else x
        for x in (row["value"], row["low"], row["high"], row["qualifier"], row["parse_status"])
    )
    assert got == expect


def test_override_notes_what_the_text_says(tmp_path):
    out = _normalized(tmp_path, [["a", "IS", "m", "around 30,000", "300000", "", "", "", "S", "2015", ""]])
    assert "value_text reads 30,000 (approx)" in out.loc[0, "parse_note"]
    assert "disagree" in out.loc[0, "parse_note"]


def test_unit_from_text_fills_only_an_empty_unit(tmp_path):
    out = _normalized(
        tmp_path,
        [
            ["a", "IS", "m", "40%", "", "", "", "", "S", "2015", ""],
            ["b", "IS", "m", "40%", "", "", "", "per cent", "S", "2015", ""],
        ],
    )
    assert list(out["unit"]) == ["percent", "per cent"]


def test_reference_date_is_as_of_end_else_claim_date_start(tmp_path):
    out = _normalized(
        tmp_path,
        [
            ["a", "IS", "m", "1", "", "", "", "", "S", "2015-10", ""],
            ["b", "IS", "m", "1", "", "", "", "", "S", "2015-10-22", "2014-09"],
            ["c", "IS", "m", "1", "", "", "", "", "S", "2016", "2015-01/2015-06"],
            ["d", "IS", "m", "1", "", "", "", "", "S", "bad", ""],
        ],
    )
    assert list(out["reference_date"]) == ["2015-10-01", "2014-09-30", "2015-06-30", ""]


def test_input_frame_is_not_changed(tmp_path):
    frame = read_table(
        write_csv(tmp_path / "t.csv", [["a", "IS", "m", "30k", "", "", "", "", "S", "2015", ""]], HEADER)
    )
    before = frame.copy()
    normalize_claims(frame)
    pd.testing.assert_frame_equal(frame, before)


def test_repeated_texts_parse_alike(tmp_path):
    rows = [
        [f"r{i}", "IS", "m", text, "", "", "", "", "S", "2015", ""]
        for i, text in enumerate(["30k", "40%", "30k", "x", "40%"])
    ]
    out = _normalized(tmp_path, rows)
    assert list(out["value"].fillna(-1)) == [30000, 40, 30000, -1, 40]
    assert list(out["parse_status"]) == ["ok", "ok", "ok", "unparsed", "ok"]


def test_normalized_columns_and_their_values_are_the_declared_ones(tmp_path):
    from discrepancy import schema

    rows = [
        [f"r{i}", "IS", "m", text, "", "", "", "", "S", "2015", ""]
        for i, text in enumerate(["30k", "x", "up to 5", "tens", "5,000 or 6,000"])
    ]
    rows.append(["r9", "IS", "m", "1", "2", "", "", "", "S", "2015", ""])
    out = _normalized(tmp_path, rows)
    assert set(schema.NORMALIZED_COLUMNS) <= set(out.columns)
    assert set(out["qualifier"].dropna()) <= set(schema.QUALIFIERS)
    assert set(out["parse_status"]) == set(schema.PARSE_STATUSES)
