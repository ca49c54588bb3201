"""Row problems keep their rows and are all reported, each with file, row, column and value."""

from __future__ import annotations

import pandas as pd
import pytest

from discrepancy import load_claims, validate_claims
from tests.helpers import write_csv

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
    # issue 10, wrong results: numbers that are not finite or plausible, and columns that contradict themselves
    pytest.param({"value": "inf"}, "value", "finite", id="value inf"),
    pytest.param({"value": "1e309"}, "value", "finite", id="value 1e309"),
    pytest.param({"value": "9" * 400}, "value", "finite", id="value of 400 digits"),
    pytest.param({"low": "nan"}, "low", "finite", id="low nan"),
    pytest.param({"value": "-5"}, "value", "negative", id="negative count in the value column"),
    pytest.param({"value": "50", "low": "10", "high": "20"}, "value", "outside its interval", id="value above high"),
    pytest.param({"value_text": "5,000 or 6,000"}, "value_text", "needs review", id="doubtful value text"),
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


@pytest.mark.parametrize(
    "change",
    [
        pytest.param({"value": "inf"}, id="inf"),
        pytest.param({"value": "1e309"}, id="1e309"),
        pytest.param({"value": "9" * 400}, id="400 digits"),
        pytest.param({"low": "40", "high": "30"}, id="reversed bounds in the columns"),
        pytest.param({"value": "50", "low": "10", "high": "20"}, id="value outside the columns' interval"),
    ],
)
def test_impossible_numbers_never_reach_the_engine_or_json(tmp_path, change):
    """value "inf" once validated and normalize wrote the non-JSON token Infinity; now the row is withheld."""
    import json
    import math

    from discrepancy import compare
    from discrepancy.output import write_table

    bad = dict(zip(HEADER, GOOD)) | {"claim_id": "bad"} | change
    path = write_csv(tmp_path / "t.csv", [GOOD, [bad[c] for c in HEADER]], HEADER)
    claims = load_claims(path)
    row = claims.set_index("claim_id").loc["bad"]
    for column in ("value", "low", "high"):
        assert not (isinstance(row[column], float) and math.isinf(row[column]))
    assert row["parse_status"] in ("review", "ok") and row["row_problems"]
    out = write_table(claims, tmp_path / "n.json")
    text = out.read_text(encoding="utf-8")
    assert "Infinity" not in text and "NaN" not in text
    json.loads(text)
    payload = compare(claims).to_json()
    assert "Infinity" not in payload and "unboundedly" not in payload


@pytest.mark.parametrize(
    "header, missing, suggested",
    [
        pytest.param("Claim ID", "claim_id", "claim id", id="spaces and case"),
        pytest.param("claim-date", "claim_date", "claim-date", id="a hyphen"),
        pytest.param("VALUE_TEXT.", "value_text", "value_text.", id="punctuation"),
        pytest.param("sourse", "source", "sourse", id="a close spelling"),
    ],
)
def test_a_required_column_under_another_spelling_gets_did_you_mean(tmp_path, header, missing, suggested):
    from discrepancy import TableError, load_claims

    names = {"claim_id": "claim_id", "subject": "subject", "metric": "metric", "value_text": "value_text",
             "source": "source", "claim_date": "claim_date"}  # fmt: skip
    names[missing] = header
    path = tmp_path / "t.csv"
    path.write_text(",".join(names.values()) + "\na,IS,members,30000,CIA,2015-01-01\n", encoding="utf-8")
    with pytest.raises(TableError) as e:
        load_claims(path)
    problems = e.value.problems
    row = problems[problems["column"] == missing].iloc[0]
    assert f"did you mean {suggested!r}?" in row["problem"]


TABLES_FOR_BOTH = {
    "good": "claim_id,subject,metric,value_text,source,claim_date\na,IS,members,30000,CIA,2015-01-01\n",
    "every column problem": (
        "claim_id,subject,metric,value_text,source,claim_date,source_type,value,low,high,as_of,unit\n"
        ",IS,members,30000,CIA,2015-13-01,spy,abc,1e400,nan,2015/01,people\n"
        "b,,members,,CIA,2015-02-30,intelligence,-5,10,3,2015-01/2014-01,people\n"
        "b,IS,,x,,2015,INTELLIGENCE,1e19,,inf,2016-02-29,percent\n"
        "c,IS,m,  ,S,  ,media,  ,  ,  ,  ,\n"
    ),
    "missing columns": "claim_id,Subject Name,metric,value_text\na,IS,m,1\n",
    "duplicates": "claim_id,subject,metric,value_text,source,claim_date\n"
    + "x,s,m,1,S,2015\n" * 5
    + "y,s,m,1,S,2015\n",
}


@pytest.mark.parametrize("name", list(TABLES_FOR_BOTH))
def test_the_direct_checks_give_what_pandera_gives(tmp_path, name):
    """check_table runs the declared checks without pandera; claim_schema (pandera) must agree, row by row."""
    from discrepancy.claims.read import read_table
    from discrepancy.claims.validate import check_table, check_table_with_pandera

    path = tmp_path / f"{name.replace(' ', '-')}.csv"
    path.write_text(TABLES_FOR_BOTH[name], encoding="utf-8")
    frame = read_table(path)
    fast, slow = check_table(frame), check_table_with_pandera(frame)
    key = ["file", "row", "column", "problem"]
    pd.testing.assert_frame_equal(
        fast.sort_values(key).reset_index(drop=True), slow.sort_values(key).reset_index(drop=True)
    )
    if name != "good":
        assert len(fast)


@pytest.mark.parametrize("dtype", [pytest.param("str", id="arrow-text"), pytest.param(object, id="python-objects")])
def test_blank_is_empty_or_white_space_as_python_strips_it(dtype):
    """A cell is blank where Python's strip() leaves nothing, for every code point alone and doubled; the Arrow
    path asks without stripping. Missing cells are not blank (a missing column is reported apart)."""
    from discrepancy.claims.validate import _blank

    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    cells = chars + [c * 2 for c in chars] + ["", " a ", "a\u3000", None]
    got = _blank(pd.Series(cells, dtype=dtype)).tolist()
    assert got == [c is not None and c.strip() == "" for c in cells]
