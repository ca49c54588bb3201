"""Why claims may differ: the explanations table, on SYNTHETIC tables built for each candidate."""

from __future__ import annotations

import json

import pytest

from discrepancy import compare
from discrepancy.engine.explain import KINDS
from discrepancy.engine.schema import columns
from tests.helpers import claims_frame

LOW = {"claim_id": "low", "value_text": "around 30,000", "source": "Agency A"}
HIGH = {"claim_id": "high", "value_text": "around 200,000", "source": "Ministry B"}


def _explain(*rows):
    result = compare(claims_frame(*rows))
    return result, result.explanations


@pytest.mark.parametrize(
    "rows, kind, ids, words",
    [
        pytest.param(
            [{**LOW, "claim_date": "2014-01-10"}, {**HIGH, "claim_date": "2015-06-01"}],
            "dates_apart",
            "low;high",
            ["at least 507 days apart", "the later figure is the higher"],
            id="time apart, later higher",
        ),
        pytest.param(
            [{**LOW, "claim_date": "2016-01-10"}, {**HIGH, "as_of": "2014-03"}],
            "dates_apart",
            "low;high",
            ["refers to 2016-01-10", "to 2014-03", "the later figure is the lower"],
            id="time apart, as_of, later lower",
        ),
        pytest.param(
            [{**LOW, "method": "counted bodies in morgues"}, {**HIGH, "method": "survey extrapolation"}],
            "method_differs",
            "high;low",
            ["The stated methods differ", "Agency A: 'counted bodies in morgues'"],
            id="method differs",
        ),
        pytest.param(
            [{**LOW, "method": "civilians only"}, HIGH],
            "method_differs",
            "high;low",
            ["civilians only (Agency A)"],
            id="civilians only against all",
        ),
        pytest.param(
            [LOW, {**HIGH, "source_type": "party_to_conflict"}],
            "interested_party",
            "high",
            ["Ministry B is a party to the conflict"],
            id="party to the conflict",
        ),
        pytest.param(
            [
                LOW,
                {**HIGH, "value_text": "at least 200,000"},
                {"claim_id": "mid", "value_text": "250,000", "source": "C"},
            ],
            "bound_vs_point",
            "high",
            ["states a floor (at least 200,000)"],
            id="a bound against points",
        ),
        pytest.param(
            [
                {**LOW, "source": "Agency A", "claim_date": "2015-01-01"},
                {**HIGH, "source": "Agency A", "claim_date": "2015-01-20"},
            ],
            "revision",
            "low;high",
            [
                "Agency A revised its own figure",
                "around 30,000 (2015-01-01); then around 200,000 (2015-01-20)",
                "the spread is a revision, not sources disagreeing",
            ],  # fmt: skip
            id="one source revising its figure",
        ),
        pytest.param(
            [{**LOW, "value_text": "1.2"}, {**HIGH, "value_text": "1,200,000"}],
            "scale",
            "low;high",
            ["differ by almost exactly a million times", "one may be written in another scale"],
            id="a spread of a million times",
        ),
        pytest.param(
            [{**LOW, "value_text": "30"}, {**HIGH, "value_text": "30,500"}],
            "scale",
            "low;high",
            ["almost exactly a thousand times"],
            id="a rounded figure a thousand times another",
        ),
        pytest.param(
            [LOW, HIGH],
            "none",
            "high;low",
            ["No difference in the table explains the 6.7-fold spread"],
            id="nothing explains it",
        ),
    ],
)
def test_each_candidate_is_found_with_the_claims_it_concerns(rows, kind, ids, words):
    _, table = _explain(*rows)
    found = table[table["kind"] == kind]
    assert len(found) == 1, table.to_string()
    row = found.iloc[0]
    assert row["claim_ids"] == ids
    for w in words:
        assert w in row["text"], row["text"]
    if kind != "none":
        assert "none" not in set(table["kind"])


def test_dates_that_may_overlap_are_not_called_apart():
    """A claim dated "2015" and one of 2015-11-10 may refer to the same day: no "days apart" is claimed."""
    _, table = _explain({**LOW, "claim_date": "2015"}, {**HIGH, "claim_date": "2015-11-10"})
    assert "dates_apart" not in set(table["kind"])


def test_only_major_and_extreme_groups_are_explained_and_kinds_keep_their_order():
    result, table = _explain(
        {**LOW, "claim_date": "2014-01-10", "source_type": "party_to_conflict", "method": "m1"},
        {**HIGH, "claim_date": "2015-06-01", "method": "m2"},
        {"claim_id": "x", "value_text": "100", "source": "P", "metric": "other"},
        {"claim_id": "y", "value_text": "110", "source": "Q", "metric": "other"},
    )
    explained = set(table["group_id"])
    severe = set(result.groups.loc[result.groups["severity"].isin(["major", "extreme"]), "group_id"])
    assert explained == severe and len(severe) == 1
    assert list(table["kind"]) == sorted(table["kind"], key=KINDS.index)
    assert list(table.columns) == columns("explanations")
    assert json.loads(result.to_json())["explanations"][0]["group_id"] in severe


def test_the_stripped_characters_are_those_python_strips():
    from discrepancy.engine.explain import STRIPPED

    assert STRIPPED == "".join(chr(i) for i in range(0x110000) if chr(i).isspace())


CELLS = ["x", " x ", "\u3000x\u2028", "a  b", "", "\tx\n", "é ", "ﬁ", None]


@pytest.mark.parametrize("repeated", [pytest.param(True, id="read-per-distinct"), pytest.param(False, id="per-cell")])
def test_cells_read_in_bulk_as_the_per_claim_rule_reads_them(repeated):
    """The bulk reading of the explanations (codes of distinct texts, or Arrow) gives each cell the text the
    per-claim rule (_as_text) gives."""
    import pandas as pd

    from discrepancy.engine.explain import _arrow_texts, _as_text, _coded

    column = pd.Series(CELLS * 3, dtype="str")
    if repeated:
        codes, distinct = _coded(column)
        read = distinct[codes].tolist()
    else:
        read = _arrow_texts(column).to_pylist()
    assert read == [_as_text(v) for v in column.tolist()]


def test_civilian_scope_found_in_bulk_as_python_casefold_finds_it():
    import pandas as pd

    from discrepancy.engine.explain import _civilian

    cells = [
        "Civilians only",
        "CIVILIAN deaths",
        "ＣＩＶＩＬＩＡＮ",
        "CİVİLİAN",
        "military",
        "civil ian",
        None,
        "Zivil, civilian",
    ]
    column = pd.Series(cells, dtype="str")
    expected = [v is not None and "civilian" in v.strip().casefold() for v in cells]
    assert _civilian(column).tolist() == expected


EDGE_CELLS = [
    *CELLS,
    *(c + "x" + c for c in "\x1c\x85\u2000\u205f\u3000\u200b\ufeff"),
    "\u2028",
    "x" + "\u2029" * 3,
    "é",
]


@pytest.mark.parametrize(
    "rows",
    [pytest.param(None, id="all rows"), pytest.param([8, 0, 3, 3, len(EDGE_CELLS) - 1], id="some rows, repeated")],
)
def test_cells_read_by_arrow_as_the_per_claim_rule_reads_them(rows):
    """Arrow strips the characters Python's str.strip strips, no more (a zero-width space stays)."""
    import numpy as np
    import pandas as pd

    from discrepancy.engine.explain import _arrow_texts, _as_text

    column = pd.Series(EDGE_CELLS, dtype="str")
    at = np.arange(len(column)) if rows is None else np.array(rows)
    got = _arrow_texts(column, None if rows is None else at).to_pylist()
    assert got == [_as_text(v) for v in column.iloc[at].tolist()]


@pytest.mark.parametrize("dtype", [pytest.param("str", id="text"), pytest.param(object, id="objects")])
def test_coded_cells_hold_equal_codes_for_equal_texts_in_sorted_order(dtype):
    import pandas as pd

    from discrepancy.engine.explain import _as_text, _coded

    column = pd.Series(["b", " b", "a", None, "", "b\t", "ä", "a"], dtype=dtype)
    codes, distinct = _coded(column)
    assert distinct[codes].tolist() == [_as_text(v) for v in column.tolist()]
    assert distinct.tolist() == sorted(set(distinct.tolist()))


@pytest.mark.parametrize(
    "key, values, expected",
    [
        pytest.param([0, 0, 1, 1, 2], [1.0, 2.0, 3.0, 3.0, 4.0], [True, False, False], id="floats"),
        pytest.param([0, 0], [0.0, -0.0], [False], id="zero and minus zero: one point"),
        pytest.param([1, 1], [5, 7], [False, True, False], id="integer codes, keys without rows"),
    ],
)
def test_spans_tell_the_keys_that_hold_two_different_values(key, values, expected):
    import numpy as np

    from discrepancy.engine.explain import _spans

    assert _spans(np.array(key), np.array(values), len(expected)).tolist() == expected


def test_a_revision_needs_two_points_at_two_dates():
    """A source's two claims at one point are no revision; two points at two dates are."""
    rows = [
        {**LOW, "source": "A", "claim_date": "2015-01-01"},
        {**HIGH, "source": "A", "claim_date": "2015-03-01"},
        {"claim_id": "again", "value_text": "around 200,000", "source": "B", "claim_date": "2015-01-01"},
        {"claim_id": "again2", "value_text": "around 200,000", "source": "B", "claim_date": "2015-06-01"},
    ]
    _, table = _explain(*rows)
    revisions = table[table["kind"] == "revision"]
    assert revisions["claim_ids"].tolist() == ["low;high"]
