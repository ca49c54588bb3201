"""Row problems keep their rows and are all reported, each with file, row, column and value."""

from __future__ import annotations

import pytest

from discrepancy import load_claims, validate_claims

from .conftest import write_csv

HEADER = [
    "claim_id",
    "subject",
    "metric",
    "value_text",
    "value",
    "low",
    "high",
    "source",
    "source_type",
    "claim_date",
    "as_of",
]
GOOD = ["ok", "IS", "members", "around 30,000", "", "", "", "CIA", "intelligence", "2015-10-22", ""]

ROW_PROBLEMS = [
    pytest.param({"claim_date": "2015-02-30"}, "claim_date", "does not exist", id="impossible day"),
    pytest.param({"claim_date": "22/10/2015"}, "claim_date", "YYYY", id="wrong date form"),
    pytest.param({"claim_date": ""}, "claim_date", "required", id="missing date"),
    pytest.param({"as_of": "2015-13"}, "as_of", "period", id="bad month in as_of"),
    pytest.param({"as_of": "2016/2015"}, "as_of", "period", id="period ends before it starts"),
    pytest.param({"source_type": "spy"}, "source_type", "one of", id="unknown source_type"),
    pytest.param({"source": "  "}, "source", "required", id="blank source"),
    pytest.param({"value": "30,000"}, "value", "not a number", id="value with separators"),
    pytest.param({"low": "40", "high": "30"}, "low", "above high", id="low above high"),
    pytest.param({"value_text": "unknown"}, "value_text", "cannot be read", id="unparsed value"),
    pytest.param({"value_text": ""}, "value_text", "no value", id="no value at all"),
]


@pytest.mark.parametrize("change, column, words", ROW_PROBLEMS)
def test_row_problem_is_reported_and_row_kept(tmp_path, change, column, words):
    bad = dict(zip(HEADER, GOOD)) | {"claim_id": "bad"} | change
    path = write_csv(tmp_path / "t.csv", [GOOD, [bad[c] for c in HEADER]], HEADER)
    problems = validate_claims(path)
    hit = problems[(problems["column"] == column) & problems["problem"].str.contains(words)]
    assert len(hit) == 1, problems.to_string()
    assert hit.iloc[0]["row"] == 3 and hit.iloc[0]["severity"] == "error"
    assert hit.iloc[0]["value"] == bad.get(column, "")
    claims = load_claims(path)
    assert list(claims["claim_id"]) == ["ok", "bad"]
    assert claims.loc[0, "row_problems"] == ""
    assert column in claims.loc[1, "row_problems"]


def test_every_row_problem_is_reported_at_once(tmp_path):
    rows = [GOOD]
    for i, (change, _, _) in enumerate(p.values for p in ROW_PROBLEMS):
        bad = dict(zip(HEADER, GOOD)) | {"claim_id": f"bad{i}"} | change
        rows.append([bad[c] for c in HEADER])
    problems = validate_claims(write_csv(tmp_path / "t.csv", rows, HEADER))
    assert set(problems["row"]) == set(range(3, 3 + len(ROW_PROBLEMS)))


def test_valid_table_has_no_problems(good_csv):
    assert validate_claims(good_csv).empty


def test_explicit_value_disagreeing_with_text_is_a_warning(tmp_path):
    row = dict(zip(HEADER, GOOD)) | {"value": "300000"}
    problems = validate_claims(write_csv(tmp_path / "t.csv", [[row[c] for c in HEADER]], HEADER))
    assert list(problems["severity"]) == ["warning"]
    assert "disagree" in problems.iloc[0]["problem"]
