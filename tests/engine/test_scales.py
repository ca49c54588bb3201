"""A spread of almost exactly a power of ten a scale word names: the mark of a figure written in another scale."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from discrepancy import compare
from discrepancy.engine.scales import scale_slip
from tests.helpers import claims_frame


@pytest.mark.parametrize(
    "ratio, power",
    [
        pytest.param(1000.0, 3, id="a thousand"),
        pytest.param(1e6, 6, id="a million"),
        pytest.param(1.2e6 / 1.187, 6, id="rounded: 1.2 against 1,187,000"),
        pytest.param(1.03e6, 0, id="3% off a million: no"),
        pytest.param(1e5, 5, id="a lakh"),
        pytest.param(1e7, 7, id="a crore"),
        pytest.param(1e9, 9, id="a billion"),
        pytest.param(1e12, 12, id="a trillion"),
        pytest.param(1e4, 0, id="ten thousand: no scale word names it"),
        pytest.param(100.0, 0, id="a hundred: too common a real spread"),
        pytest.param(6.7, 0, id="a spread of sources that disagree"),
        pytest.param(1.0, 0, id="no spread"),
        pytest.param(math.nan, 0, id="no ratio"),
        pytest.param(math.inf, 0, id="unbounded"),
        pytest.param(0.001, 0, id="below one (never a spread ratio)"),
    ],
)
def test_a_ratio_near_a_scale_power_is_found(ratio, power):
    assert scale_slip([ratio]).tolist() == [power]


@pytest.mark.parametrize(
    "unit, power",
    [
        pytest.param("%", 2, id="percent: a share written as a fraction"),
        pytest.param("per cent", 2, id="per cent"),
        pytest.param("people", 0, id="a count: a hundred times is a real spread"),
        pytest.param("", 0, id="no unit"),
    ],
)
def test_a_hundred_times_is_a_slip_in_percent_only(unit, power):
    assert scale_slip([100.0, 1000.0], pd.Series([unit, unit], dtype="str")).tolist() == [power, 3]


@pytest.mark.parametrize(
    "low, high, said",
    [
        pytest.param("1.2", "1,200,000", True, id="1.2 (in millions) beside 1,200,000: said"),
        pytest.param("around 30,000", "around 200,000", False, id="sources that disagree: nothing said"),
        pytest.param("0.3", "30%", True, id="a share as a fraction beside a percent (unit %)"),
    ],
)
def test_a_spread_of_a_scale_power_is_said_in_its_finding(low, high, said):
    """A finding over a spread of almost exactly a million times must not read as certain."""
    r = compare(
        claims_frame(
            {"claim_id": "a", "value_text": low, "source": "Office A", "unit": "%" if high.endswith("%") else ""},
            {"claim_id": "b", "value_text": high, "source": "Office B", "unit": "%" if high.endswith("%") else ""},
        )
    )
    (text,) = r.findings["text"].tolist()
    assert ("one may be" in text and "before citing the spread" in text) is said, text
