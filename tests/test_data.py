"""The default data: valid, cited, and read as the seed article states it."""

from __future__ import annotations

import pytest

from discrepancy import load_claims, validate_claims
from discrepancy.paths import default_claim_tables

TABLES = default_claim_tables()


def test_there_are_default_tables():
    assert TABLES


@pytest.mark.parametrize("table", TABLES, ids=lambda p: p.name)
def test_default_table_is_valid(table):
    problems = validate_claims(table)
    assert problems.empty, problems.to_string()


@pytest.mark.parametrize("table", TABLES, ids=lambda p: p.name)
def test_every_claim_is_cited(table):
    claims = load_claims(table)
    for column in ("source", "claim_date", "reported_by", "url", "quote"):
        missing = claims.loc[claims[column].str.strip() == "", "claim_id"].tolist()
        assert not missing, f"{column} missing for {missing}"


@pytest.mark.parametrize(
    "claim_id, value, low, high, qualifier, denominator",
    [
        pytest.param("is-members-cia-2015-10-22", 30000, None, None, "approx", None, id="around 30,000"),
        pytest.param("is-members-iraq-2015-10-22", 200000, None, None, "approx", None, id="around 200,000"),
        pytest.param("is-provinces-mfa-2015-10-22", 25, None, None, "exact", 34, id="25 out of 34"),
        pytest.param("is-fighters-cia-2014-09-11", 25750, 20000, 31500, "range", None, id="between 20,000 and 31,500"),
    ],
)
def test_seed_claims_normalize_as_stated(claim_id, value, low, high, qualifier, denominator):
    claims = load_claims(TABLES).set_index("claim_id")
    row = claims.loc[claim_id]
    for column, want in (("value", value), ("low", low), ("high", high), ("denominator", denominator)):
        assert (row[column] != row[column]) if want is None else row[column] == want, column
    assert row["qualifier"] == qualifier


def test_default_data_compares_as_the_seed_says():
    from discrepancy import compare

    result = compare(load_claims(TABLES))
    groups = result.groups
    members = groups[groups["claim_ids"].str.contains("is-members-cia-2015-10-22")].iloc[0]
    assert "is-members-iraq-2015-10-22" in members["claim_ids"]
    assert members["spread_ratio"] >= 6.6 and members["severity"] == "extreme"
    provinces = groups[groups["claim_ids"].str.contains("is-provinces-mfa-2015-10-22")].iloc[0]
    assert "is-provinces-un-2015-09-25" in provinces["claim_ids"] and provinces["severity"] == "consistent"
    top = result.findings.iloc[0]["text"]
    assert top.startswith(
        "Estimates of Islamic State members differ 6.7-fold: US Central Intelligence Agency, around 30,000"
    )
    lineage = {(r.kind, r.earlier_claim_id, r.later_claim_id) for r in result.lineage.itertuples()}
    assert ("attribution", "is-fighters-krg-2014-11-16", "is-members-iraq-2015-10-22") in lineage
    assert ("restated", "is-fighters-cia-2014-09-11", "is-members-cia-2015-10-22") in lineage
    cross = result.cross_unit
    forty = cross[
        (cross["value_text"] == "around 40% of the Iraqi territory")
        & (cross["compared_claim_id"] == "is-territory-area-ihs-2015-12-21")
    ]
    assert (forty["verdict"] == "contradicts").all() and len(forty)
