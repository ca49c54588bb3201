"""Logarithms that are the same on every machine.

NumPy's ``np.log10`` and ``np.log2`` take a SIMD path (Intel's SVML, within 4 units in the last place) on
processors with AVX-512 and the C library's function elsewhere, so the same claims gave a ``log10_spread``
that differed in its last digits between two machines, and a lineage tolerance or a chart's ratio could
fall on either side of its edge. These take the C library's function for every value (``math.log10``,
``math.log2``), the answer NumPy gives on machines without AVX-512: reports stay byte for byte the same
across machines, not only across runs. On an x86-64 machine without AVX-512 NumPy's loop is that function
already and is used (12x faster: 0.015 s against 0.18 s for 1,000,000 values); tests/test_logscale.py checks
both paths against ``math`` to the last bit.
"""

from __future__ import annotations

import math
import platform

import numpy as np


def _numpy_is_the_c_library() -> bool:
    """Whether NumPy's log10 and log2 loops are the C library's here: x86-64 without AVX-512 (its SVML path)."""
    try:
        from numpy._core._multiarray_umath import __cpu_features__
    except ImportError:  # another NumPy layout: take the slow path, which is right everywhere
        return False
    avx512 = any(on for name, on in __cpu_features__.items() if name.startswith("AVX512"))
    return platform.machine().lower() in ("x86_64", "amd64") and not avx512


#: take NumPy's loop (the same answers, faster) where it is the C library's
NUMPY_IS_C = _numpy_is_the_c_library()


def _each(fn, numpy_fn, values) -> np.ndarray | float:
    x = np.asarray(values, dtype=float)
    if NUMPY_IS_C:
        with np.errstate(divide="ignore", invalid="ignore"):
            out = numpy_fn(x)
        return float(out) if out.ndim == 0 else out
    out = np.full(x.shape, np.nan)
    positive = (x > 0) & np.isfinite(x)
    out[positive] = np.fromiter(map(fn, x[positive].tolist()), dtype=float, count=int(positive.sum()))
    out[x == 0] = -np.inf
    out[x == np.inf] = np.inf
    return float(out) if out.ndim == 0 else out


def log10(values) -> np.ndarray | float:
    """Base-10 logarithm of each value as ``np.log10`` gives it (0: -inf, negative or NaN: NaN), by the C
    library's ``log10``. An array (or a float for a scalar); a Series' values, without its index."""
    return _each(math.log10, np.log10, values)


def log2(values) -> np.ndarray | float:
    """Base-2 logarithm of each value, as :func:`log10` gives the base-10 one."""
    return _each(math.log2, np.log2, values)
