"""Logarithms the same on every machine: the C library's, value by value, with NumPy's answers at the edges."""

from __future__ import annotations

import math

import numpy as np
import pytest

from discrepancy import logscale
from discrepancy.logscale import log2, log10

EDGES = [0.0, -0.0, -5.0, np.nan, np.inf, -np.inf]


@pytest.fixture(
    autouse=True, params=[pytest.param(True, id="numpy-where-it-is-c"), pytest.param(False, id="per-value")]
)
def path(request, monkeypatch):
    """Every test on both paths: NumPy's loop where this machine allows it, and the per-value one."""
    if request.param and not logscale.NUMPY_IS_C:
        pytest.skip("NumPy's loop is not the C library's on this machine")
    monkeypatch.setattr(logscale, "NUMPY_IS_C", request.param)


@pytest.mark.parametrize(
    "fn, reference",
    [pytest.param(log10, math.log10, id="log10"), pytest.param(log2, math.log2, id="log2")],
)
@pytest.mark.parametrize(
    "values",
    [
        pytest.param([1.1, 2.5, 1e-300, 5e-324, 1.7976931348623157e308, 30000.0 / 200000.0], id="positive"),
        pytest.param([1000.0, 1e6, 0.001], id="powers-of-ten"),
        pytest.param(np.random.default_rng(3).lognormal(0, 20, 2000).tolist(), id="random-magnitudes"),
    ],
)
def test_each_value_is_the_c_librarys(fn, reference, values):
    got = fn(np.array(values))
    assert [float(v) for v in got] == [reference(v) for v in values]  # equal to the last bit


@pytest.mark.parametrize(
    "fn, numpy_fn", [pytest.param(log10, np.log10, id="log10"), pytest.param(log2, np.log2, id="log2")]
)
def test_edges_are_numpys(fn, numpy_fn):
    with np.errstate(divide="ignore", invalid="ignore"):
        expected = numpy_fn(np.array(EDGES))
    np.testing.assert_array_equal(fn(np.array(EDGES)), expected)


def test_shapes_and_scalars():
    assert log10(100.0) == 2.0 and isinstance(log10(100.0), float)
    matrix = np.array([[1.0, 10.0], [0.1, 0.0]])
    assert log10(matrix).shape == (2, 2)
    assert log10(matrix).tolist() == [[0.0, 1.0], [-1.0, -np.inf]]
    assert log10(np.array([])).shape == (0,)
