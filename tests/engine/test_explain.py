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
    """The bulk reading of the explanations (Arrow) gives each cell the text the per-claim rule (_as_text) gives."""
    import pandas as pd

    from discrepancy.engine.explain import _as_text, _texts

    column = pd.Series(CELLS * 3, dtype="str")
    assert _texts(column, repeated).tolist() == [_as_text(v) for v in column.tolist()]


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
