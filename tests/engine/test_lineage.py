"""Lineage: numbers that travel between outlets and attributions."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from discrepancy import compare
from discrepancy.claims.text import fold_text, fold_unit, text_codes
from discrepancy.engine import lineage
from discrepancy.engine.frames import text_rank
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


# Bulk paths against the per-row rules they replace: text keys as integer codes, ids compared by Arrow,
# same-key pairs without a merge, the final order without sort_values over text columns.

TRICKY = ["Iraq", " iraq ", "IRAQ\u00a0", None, "", "Zürich", "zürich", "a|b", "a", "b|c", "İstanbul", "ß"]


@pytest.mark.parametrize(
    "subjects, units",
    [
        pytest.param(TRICKY, ["people"] * len(TRICKY), id="folded subjects, missing, non-ASCII"),
        pytest.param(["a|b", "a", "a"], ["c", "b|c", "b|c"], id="two pairs that join to one text"),
        pytest.param(["x", "x", "x", "y"], ["%", "per cent", None, "Percent "], id="unit spellings and missing"),
    ],
)
def test_joined_codes_number_rows_as_factorize_numbers_the_pairs(subjects, units):
    """Blocks are (folded subject, folded unit) pairs: "a|b" + "c" and "a" + "b|c" are two blocks."""
    s, u = pd.Series(subjects, dtype="str"), pd.Series(units, dtype="str")
    pairs = pd.Series([repr(p) for p in zip(fold_text(s), fold_unit(u.fillna("")))])
    rows = np.arange(len(s))
    got = lineage._joined_codes(text_codes(s, fold_text), text_codes(u.fillna(""), fold_unit), rows)
    assert got.tolist() == pd.factorize(pairs)[0].tolist()
    rows = rows[::-1].copy()  # a subset in another order: numbered by first appearance among those rows
    got = lineage._joined_codes(text_codes(s, fold_text), text_codes(u.fillna(""), fold_unit), rows)
    assert got.tolist() == pd.factorize(pairs.to_numpy()[rows])[0].tolist()


@pytest.mark.parametrize(
    "ids",
    [
        pytest.param(["b", "a", "B", "é", "e", "z", "a"], id="case, non-ASCII, ties"),
        pytest.param(["x10", "x9", "x1", "x 1", "x\u00a01", "\U0001f600", "\uffff"], id="digits, spaces, astral"),
    ],
)
def test_ids_compare_as_python_compares_str(ids):
    arr = lineage.arrow_text(pd.Series(ids, dtype="str"))
    a, b = np.repeat(np.arange(len(ids)), len(ids)), np.tile(np.arange(len(ids)), len(ids))
    assert lineage._less(arr, a, b).tolist() == [ids[x] < ids[y] for x, y in zip(a, b)]


@pytest.mark.parametrize(
    "groups, sources",
    [
        pytest.param([0, 0, 1, 0, 1, 2, 0], [5, 5, 5, 5, 5, 5, 6], id="blocks interleaved, singletons"),
        pytest.param([0, -1, 0, -1], [1, 1, 1, 1], id="missing group left out"),
        pytest.param([3, 3, 3], [-1, -1, 2], id="missing source left out"),
    ],
)
def test_same_key_pairs_are_the_self_merge(groups, sources):
    frame = pd.DataFrame({"g": groups, "s": sources})
    valid = frame[(frame["g"] >= 0) & (frame["s"] >= 0)].reset_index()
    m = valid.merge(valid, on=["g", "s"], suffixes=("_a", "_b"))
    m = m[m["index_a"] < m["index_b"]]
    a, b = lineage._same_key_pairs(np.array(groups), np.array(sources))
    assert list(zip(a.tolist(), b.tolist())) == list(zip(m["index_a"], m["index_b"]))


@pytest.mark.parametrize(
    "values",
    [
        pytest.param(["b", None, "a", "é", "Z", "a", None], id="missing last, ties, non-ASCII"),
        pytest.param(["", " a", "a", "a "], id="blank and white space"),
    ],
)
def test_rank_orders_as_a_stable_sort(values):
    s = pd.Series(values, dtype="str")
    assert np.argsort(text_rank(s), kind="stable").tolist() == s.sort_values(kind="stable").index.tolist()


@pytest.mark.parametrize(
    "earlier, later",
    [
        pytest.param("1500-03-01", "2015-10-22", id="before-1677"),
        pytest.param("2015-10-22", "2600-01-01", id="after-2262"),
    ],
)
def test_earlier_and_later_outside_the_nanosecond_range(earlier, later):
    """Dates are compared in their own unit: in nanoseconds a year before 1677 or after 2262 wrapped around and
    the later claim could be called the earlier."""
    r = compare(
        claims_frame(
            {"claim_id": "second", "value_text": "around 200,000", "source": "Iraqi authorities",
             "claim_date": later, "reported_by": "TASS"},
            {"claim_id": "first", "value_text": "at least 200,000", "source": "Fuad Hussein", "metric": "fighters",
             "claim_date": earlier},
        )
    )  # fmt: skip
    assert _kinds(r) == {("attribution", "first", "second")}


@pytest.mark.parametrize(
    "has_numbers, anchor, rows",
    [
        pytest.param([True, True, True, True], [5.0, 6.0, 7.0, 8.0], [0, 1, 2, 3], id="every-claim"),
        pytest.param([True, False, True, True], [5.0, 6.0, 0.0, -1.0], [0], id="no-numbers-zero-negative-left-out"),
        pytest.param([True, True, True, True], [np.nan, 6.0, 7.0, np.nan], [1, 2], id="missing-anchor-left-out"),
    ],
)
def test_lineage_keys_are_the_claims_it_looks_at_and_their_folded_keys(has_numbers, anchor, rows):
    """The keys compare makes while the groups are formed: the claims with numbers and an anchor above zero, and
    at those rows their (subject, unit) and (outlet, claim date) as codes by folded text, and their as_of
    (fails when a claim without numbers is looked at, or a spelling of one subject is read as another)."""
    c = pd.DataFrame(
        {
            "subject": pd.Series(["Islamic State", "islamic  state ", "ISIS", "Islamic State"], dtype="str"),
            "unit": pd.Series(["people", "persons", "people", "%"], dtype="str"),
            "reported_by": pd.Series(["Reuters", "reuters", None, "Reuters"], dtype="str"),
            "claim_date": pd.Series(["2015-01-01", "2015-01-01", "2015-01-01", "2015-02-01"], dtype="str"),
            "as_of": pd.Series(["", "2014", None, "2014"], dtype="str"),
        }
    )
    keys = lineage.lineage_keys(c, np.array(has_numbers), np.array(anchor))
    assert keys.rows.tolist() == rows
    block = pd.factorize(pd.Series([("islamic state", "people"), ("islamic state", "people"), ("isis", "people"),
                                    ("islamic state", "percent")]).to_numpy()[rows])[0]  # fmt: skip
    doc = pd.factorize(pd.Series([("reuters", "2015-01-01"), ("reuters", "2015-01-01"), ("", "2015-01-01"),
                                  ("reuters", "2015-02-01")]).to_numpy()[rows])[0]  # fmt: skip
    assert keys.block.tolist() == block.tolist() and keys.doc.tolist() == doc.tolist()
    blank = keys.as_of_blank[keys.as_of]
    assert blank.tolist() == [c["as_of"].fillna("").iat[r] == "" for r in rows]
    # compare hands over the grouping's folds of subject and unit: the same keys
    from discrepancy.engine.grouping import KEY_COLUMNS, key_folds

    folds = dict(zip(KEY_COLUMNS, (fold.result() for fold in key_folds(c.assign(metric="", geography="")))))
    shared = lineage.lineage_keys(c, np.array(has_numbers), np.array(anchor), folds["subject"], folds["unit"])
    assert all(np.array_equal(a, b) for a, b in zip(shared, keys))
