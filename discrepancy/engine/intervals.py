"""The numbers a claim stands for: its point and the interval it allows.

- point: the value; for a claim with no value, the midpoint of its interval. A bound alone
  ("at least 200,000") has no point: it takes part in overlaps and contradictions, not in spreads and
  medians; its bound is kept as ``anchor`` (what lineage matches on).
- interval: exact -> [v, v]; approx -> [v (1 - tol), v (1 + tol)]; range and vague -> [low, high];
  at_least -> [low, +inf); at_most -> (-inf, high].
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from discrepancy.claims.grammar import APPROX
from discrepancy.limits import DEFAULT_TOLERANCE


def points_and_intervals(claims: pd.DataFrame, tolerance: float = DEFAULT_TOLERANCE) -> pd.DataFrame:
    """Columns point, anchor, lo, hi, bound_only for each claim (NaN anchor: the claim has no numbers)."""
    value = claims["value"].to_numpy(dtype=float)
    low = claims["low"].to_numpy(dtype=float)
    high = claims["high"].to_numpy(dtype=float)
    midpoint = (low + high) / 2
    bound_only = np.isnan(value) & (np.isnan(low) ^ np.isnan(high))
    anchor = np.where(
        ~np.isnan(value), value, np.where(~np.isnan(midpoint), midpoint, np.where(np.isnan(low), high, low))
    )
    point = np.where(bound_only, np.nan, anchor)
    # compared in place, no Python object per claim
    approx = (claims["qualifier"] == APPROX).to_numpy(dtype=bool, na_value=False)
    has_bounds = ~np.isnan(low) | ~np.isnan(high)
    # a stated interval (a range, a bound, a point with its CI) is the claim's interval
    lo = np.where(has_bounds, np.where(np.isnan(low), -np.inf, low), np.where(approx, point * (1 - tolerance), point))
    hi = np.where(has_bounds, np.where(np.isnan(high), np.inf, high), np.where(approx, point * (1 + tolerance), point))
    return pd.DataFrame(
        {"point": point, "anchor": anchor, "lo": lo, "hi": hi, "bound_only": bound_only}, index=claims.index
    )


def overlap(lo_a, hi_a, lo_b, hi_b):
    """Whether two intervals share a point (element-wise)."""
    return np.maximum(lo_a, lo_b) <= np.minimum(hi_a, hi_b)


def unmeasured_spread(lowest: np.ndarray, highest: np.ndarray) -> np.ndarray:
    """Groups whose lowest point is zero or below and whose highest is above it: no ratio measures them."""
    lowest, highest = np.asarray(lowest, dtype=float), np.asarray(highest, dtype=float)
    return (lowest <= 0) & (highest > lowest)
