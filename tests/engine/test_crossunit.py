"""Cross-unit checks against the cited reference table."""

from __future__ import annotations

import pandas as pd
import pytest

from discrepancy import DiscrepancyError, compare
from discrepancy.claims.reference import load_reference
from tests.helpers import claims_frame

REFERENCE = pd.DataFrame(
    {
        "geography": ["Iraq", "Syria", "Afghanistan"],
        "quantity": ["area", "area", "provinces"],
        "value": [438317, 185180, 34],
        "unit": ["km2", "km2", "provinces"],
        "source": ["Ref", "Ref", "Ref"],
        "url": ["u", "u", "u"],
    }
)


def _share(cid, text, geo, date="2015-10-22", source="TASS"):
    return {"claim_id": cid, "value_text": text, "geography": geo, "metric": "territory share", "unit": "percent",
            "claim_date": date, "source": source, "reported_by": "R"}  # fmt: skip


def _area(cid, text, date="2015-12-21"):
    return {"claim_id": cid, "value_text": text, "geography": "Iraq and Syria", "metric": "territory area", "unit": "km2",
            "claim_date": date, "source": "IHS"}  # fmt: skip


def test_share_larger_than_the_whole_contradicts():
    r = compare(claims_frame(_share("iq", "around 40%", "Iraq"), _area("ihs", "78,000 km2")), reference=REFERENCE)
    row = r.cross_unit[r.cross_unit["check"] == "part of area"].iloc[0]
    assert row.verdict == "contradicts"
    assert row.as_km2 == pytest.approx(0.40 * 438317)
    assert any(f.startswith("Cannot both be true") for f in r.findings["text"])


def test_shares_of_every_country_are_added_up():
    r = compare(
        claims_frame(_share("iq", "10%", "Iraq"), _share("sy", "10%", "Syria"), _area("ihs", "62,000 km2")),
        reference=REFERENCE,
    )
    total = r.cross_unit[r.cross_unit["check"] == "shares of area"].iloc[0]
    assert total.as_km2 == pytest.approx(0.1 * (438317 + 185180))
    assert total.verdict == "consistent" and total.claim_id == "iq;sy"


def test_claims_far_apart_in_time_are_not_set_side_by_side():
    r = compare(
        claims_frame(_share("iq", "40%", "Iraq", date="2014-01-01"), _area("ihs", "78,000 km2", date="2016-07-04")),
        reference=REFERENCE,
    )
    assert r.cross_unit.empty


@pytest.mark.parametrize("text, verdict", [("25 of 34", "consistent"), ("25 of 33", "contradicts")])
def test_denominator_against_reference(text, verdict):
    r = compare(
        claims_frame({"claim_id": "p", "value_text": text, "geography": "Afghanistan", "unit": "provinces"}),
        reference=REFERENCE,
    )
    assert r.cross_unit.iloc[0]["verdict"] == verdict


def test_reference_table_must_have_its_columns(tmp_path):
    bad = tmp_path / "ref.csv"
    bad.write_text("geography,value\nIraq,1\n")
    with pytest.raises(DiscrepancyError, match="lacks columns"):
        load_reference(bad)
    with pytest.raises(DiscrepancyError, match="not found"):
        load_reference(tmp_path / "nope.csv")


def test_default_reference_rows_are_cited():
    ref = load_reference(None)
    assert len(ref) and (ref["source"].str.strip() != "").all() and ref["url"].str.startswith("http").all()


@pytest.mark.parametrize(
    "claims, stale_days, parts, sums",
    [
        pytest.param(
            [_share("iq", "40%", "Iraq", date="2015-01-01"), _area("ihs", "78,000 km2", date="2015-12-31")],
            364,
            ["iq"],
            [],
            id="364-days-apart-within-364",
        ),  # fmt: skip
        pytest.param(
            [_share("iq", "40%", "Iraq", date="2015-01-01"), _area("ihs", "78,000 km2", date="2015-12-31")],
            363,
            [],
            [],
            id="364-days-apart-beyond-363",
        ),  # fmt: skip
        pytest.param(
            [
                _share("iq", "10%", "Iraq"),
                _share("sy", "10%", "Syria"),
                _share("iq2", "20%", "Iraq", source="RIA"),
                _share("sy2", "30%", "Syria", source="RIA"),
                _area("ihs", "62,000 km2"),
            ],
            365,
            ["iq", "iq2", "sy", "sy2"],
            ["iq2;sy2", "iq;sy"],
            id="two-documents-added-apart",
        ),  # fmt: skip
        pytest.param(
            [_share("iq", "10%", "Iraq"), _share("sy", "10%", "Syria", date="2015-10-23"), _area("ihs", "62,000 km2")],
            365,
            ["iq", "sy"],
            [],
            id="another-day-another-document",
        ),
        pytest.param(
            [
                _share("iq", "10%", "Iraq"),
                _share("iq3", "12%", "Iraq"),
                _share("sy", "10%", "Syria"),
                _area("ihs", "62,000 km2"),
            ],
            365,
            ["iq", "iq3", "sy"],
            [],
            id="a-country-twice-no-sum",
        ),  # fmt: skip
    ],
)
def test_which_shares_are_set_beside_an_area_and_which_are_added_up(claims, stale_days, parts, sums):
    r = compare(claims_frame(*claims), reference=REFERENCE, stale_days=stale_days)
    cross = r.cross_unit
    assert sorted(cross.loc[cross["check"] == "part of area", "claim_id"]) == parts
    assert sorted(cross.loc[cross["check"] == "shares of area", "claim_id"]) == sums
