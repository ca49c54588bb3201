"""A spread that is almost exactly a power of ten a scale word names (a thousand, a lakh, a million, a crore, a
billion, a trillion): the mark of one figure written in another scale ("1.2" in a table in millions beside
"1,200,000"; a table in thousands merged with one in units), more often than of sources that disagree by that much.
A hundred times is one only in percent: a share written as a fraction ("0.3" beside "30%"). The findings and the
explanations say so, so that such a spread is never reported as certain."""

from __future__ import annotations

import numpy as np

from discrepancy.claims.text import fold_unit
from discrepancy.logscale import log10

#: the powers of ten a scale word names, and the words
SCALE_POWERS = {3: "a thousand", 5: "a lakh (100,000)", 6: "a million", 7: "a crore (10 million)", 9: "a billion",
                12: "a trillion"}  # fmt: skip
#: how close to the power a ratio must lie (relative): rounded figures ("1.2" beside "1,187,000") still count
TOLERANCE = 0.02


def scale_slip(ratio, units=None) -> np.ndarray:
    """Per spread ratio (highest over lowest; NaN where none), the power of ten of SCALE_POWERS it lies within
    TOLERANCE of, else 0; and 2 for a hundred in a group whose unit (``units``: the groups' unit column) is percent:
    a share written as a fraction ("0.3" beside "30%")."""
    ratio = np.asarray(ratio, dtype=float)
    powers = np.array(list(SCALE_POWERS))
    percent = np.zeros(len(ratio), dtype=bool) if units is None else (fold_unit(units) == "percent").to_numpy()
    out = np.zeros(len(ratio), dtype=np.int64)
    measured = np.flatnonzero(np.isfinite(ratio) & (ratio > 1))
    if not len(measured):
        return out
    power = log10(ratio[measured])
    nearest = np.rint(power).astype(np.int64)
    close = np.abs(power - nearest) <= np.log10(1 + TOLERANCE)
    named = np.isin(nearest, powers) | ((nearest == 2) & percent[measured])
    out[measured[close & named]] = nearest[close & named]
    return out


def slip_text(power: int) -> str:
    """The sentence that says a spread may be a figure written in another scale."""
    if power == 2:
        return (
            "The lowest and highest figures differ by almost exactly a hundred times: one may be a share written as a "
            "fraction (0.3 for 30%); check before citing the spread."
        )
    return (
        f"The lowest and highest figures differ by almost exactly {SCALE_POWERS[power]} times: one may be written in "
        "another scale (a table in thousands or millions beside full figures); check the scale before citing the "
        "spread."
    )
