"""Lineage: numbers that travel between outlets and attributions."""

from __future__ import annotations

from discrepancy import compare
from tests.helpers import claims_frame


def _kinds(result) -> set[tuple[str, str, str]]:
    return {(r.kind, r.earlier_claim_id, r.later_claim_id) for r in result.lineage.itertuples()}


def test_same_figure_under_another_attribution():
    r = compare(
        claims_frame(
            {
                "claim_id": "krg",
                "value_text": "at least 200,000",
                "source": "Fuad Hussein",
                "metric": "fighters",
                "claim_date": "2014-11-16",
            },
            {
                "claim_id": "tass",
                "value_text": "around 200,000",
                "source": "Iraqi authorities",
                "claim_date": "2015-10-22",
                "reported_by": "TASS",
            },
        )
    )
    assert _kinds(r) == {("attribution", "krg", "tass")}
    assert "measure changed: fighters -> members" in r.lineage.iloc[0]["note"]


def test_range_restated_as_a_point_by_the_same_source():
    r = compare(
        claims_frame(
            {
                "claim_id": "cia14",
                "value_text": "between 20,000 and 31,500",
                "source": "CIA",
                "claim_date": "2014-09-11",
            },
            {"claim_id": "cia15", "value_text": "around 30,000", "source": "CIA", "claim_date": "2015-10-22"},
        )
    )
    assert _kinds(r) == {("restated", "cia14", "cia15")}


def test_repeated_words_and_the_same_document_are_told_apart():
    r = compare(
        claims_frame(
            {
                "claim_id": "a",
                "value_text": "around 30,000",
                "source": "CIA",
                "claim_date": "2015-09-29",
                "reported_by": "TASS",
            },
            {
                "claim_id": "b",
                "value_text": "Around 30,000",
                "source": "CIA",
                "claim_date": "2015-10-22",
                "reported_by": "TASS",
            },
            {
                "claim_id": "c",
                "value_text": "30,000",
                "source": "Other",
                "claim_date": "2015-10-22",
                "reported_by": "TASS",
            },
        )
    )
    # b and c stand in the same document: not lineage of each other
    assert _kinds(r) == {("repeated", "a", "b"), ("attribution", "a", "c")}


def test_a_range_midpoint_is_not_a_stated_figure():
    r = compare(
        claims_frame(
            {"claim_id": "a", "value_text": "18,000 to 22,000", "source": "A"},
            {"claim_id": "b", "value_text": "20,000", "source": "B", "claim_date": "2016-01-01"},
        )
    )
    assert r.lineage.empty


def test_same_source_giving_values_that_cannot_both_hold():
    r = compare(
        claims_frame(
            {"claim_id": "a", "value_text": "10,000", "source": "Ministry", "claim_date": "2015-01-01"},
            {"claim_id": "b", "value_text": "50,000", "source": "Ministry", "claim_date": "2015-03-01"},
        )
    )
    assert _kinds(r) == {("mismatch", "a", "b")}


def test_stated_as_of_dates_explain_a_change():
    r = compare(
        claims_frame(
            {"claim_id": "a", "value_text": "82,940", "source": "IHS", "as_of": "2015-06", "claim_date": "2015-07-28"},
            {
                "claim_id": "b",
                "value_text": "78,000",
                "source": "IHS",
                "as_of": "2015-12-14",
                "claim_date": "2015-12-21",
            },
        )
    )
    assert r.lineage.empty


def test_unrelated_values_are_not_lineage():
    r = compare(
        claims_frame(
            {"claim_id": "a", "value_text": "30,000", "source": "A"},
            {"claim_id": "b", "value_text": "45,000", "source": "B", "claim_date": "2016-01-01"},
        )
    )
    assert r.lineage.empty
