"""Every bound the suite keeps, as a named constant, and the rules for the comparison parameters.

A parameter is checked by the same rule wherever it comes from: the CLI's options (``--window``,
``--tolerance``, ``--thresholds``, ``--stale-days``), a notebook's parameters given to ``render`` or in
a batch file (checked before any kernel starts), and :func:`discrepancy.compare` itself. A value the
rule refuses is a user-facing error naming the parameter and the allowed range, never an internal
error in a kernel.
"""

from __future__ import annotations

import math

from discrepancy.claims.grammar import MAX_MAGNITUDE
from discrepancy.errors import ParameterError

__all__ = [
    "MAX_MAGNITUDE",
    "MAX_WINDOW_DAYS",
    "MAX_STALE_DAYS",
    "MAX_PAIRS_PER_GROUP",
    "MAX_MISMATCH_BLOCK",
    "DEFAULT_THRESHOLDS",
    "DEFAULT_STALE_DAYS",
    "DEFAULT_TOLERANCE",
    "check_comparison_parameters",
    "check_notebook_values",
]

#: Longest window or stale limit in days (about 270 years): past it a date span overflows, and no claim
#: table spans more.
MAX_WINDOW_DAYS = 100_000
MAX_STALE_DAYS = MAX_WINDOW_DAYS
#: Most pairs listed for one group (a group of 317 claims has 50,086). A larger group lists each claim with the
#: group's lowest and highest claims, marked in the note; ``compare(max_pairs=None)`` lists every pair. One
#: group of 10,000 claims once made 50 million pair rows (8 GB).
MAX_PAIRS_PER_GROUP = 50_000
#: Seconds one notebook cell may run in render and batch before the render fails (``--timeout``).
DEFAULT_TIMEOUT = 600
#: Most claims of one source in one group searched pairwise for lineage mismatches.
MAX_MISMATCH_BLOCK = 500

#: The comparison parameters' defaults, wherever they are given (the CLI's options, the notebooks' parameter
#: cells say the same, and ``compare`` itself): spread ratios where severity turns minor, major, extreme; the
#: date span past which a group is stale; how far an approximate value reaches either side.
DEFAULT_THRESHOLDS = (1.25, 2.0, 5.0)
DEFAULT_STALE_DAYS = 365
DEFAULT_TOLERANCE = 0.10


def _whole_days(name: str, value: object, *, allow_none: bool, limit: int) -> None:
    if value is None and allow_none:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not (0 <= value <= limit):
        empty = " or empty" if allow_none else ""
        raise ParameterError(f"{name} must be a whole number of days from 0 to {limit:,}{empty}, not {value!r}")


def _finite(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ParameterError(f"{name} must be a finite number, not {value!r}")
    return float(value)


def check_comparison_parameters(
    window_days: object = None,
    tolerance: object = 0.1,
    thresholds: object = (1.25, 2.0, 5.0),
    stale_days: object = 365,
) -> None:
    """Raise :class:`DiscrepancyError` naming the first parameter outside its range."""
    _whole_days("window_days", window_days, allow_none=True, limit=MAX_WINDOW_DAYS)
    if not 0 <= _finite("tolerance", tolerance) < 1:
        raise ParameterError(f"tolerance must lie in [0, 1) (0.1 is 10% either side), not {tolerance!r}")
    if not isinstance(thresholds, (list, tuple)) or len(thresholds) != 3:
        raise ParameterError(f"thresholds must be three numbers (minor, major, extreme), not {thresholds!r}")
    values = [_finite(n, t) for n, t in zip(("minor threshold", "major threshold", "extreme threshold"), thresholds)]
    if not (1 <= values[0] <= values[1] <= values[2]):
        raise ParameterError(f"thresholds must rise from at least 1: minor <= major <= extreme, not {thresholds!r}")
    _whole_days("stale_days", stale_days, allow_none=False, limit=MAX_STALE_DAYS)


#: Notebook parameters that carry a comparison rule beyond their type, checked before a kernel starts.
NOTEBOOK_RULES = ("window_days", "tolerance", "stale_days", "minor_ratio", "major_ratio", "extreme_ratio")


def check_notebook_values(values: dict) -> None:
    """The comparison rules over a notebook's effective parameters (its defaults with the given ones over them)."""
    if not set(NOTEBOOK_RULES) & set(values):
        return
    given = {k: values[k] for k in ("window_days", "tolerance", "stale_days") if k in values}
    if {"minor_ratio", "major_ratio", "extreme_ratio"} & set(values):
        given["thresholds"] = tuple(
            values.get(k, d) for k, d in (("minor_ratio", 1.25), ("major_ratio", 2.0), ("extreme_ratio", 5.0))
        )
    check_comparison_parameters(**given)
