"""Numbers, dates and text as readers see them in findings and reports."""

from __future__ import annotations

import html
import math


def esc(value: object) -> str:
    """Text for HTML: escaped (quotes too), missing values as an empty string."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    try:
        import pandas as pd

        if value is pd.NA:
            return ""
    except ImportError:  # pragma: no cover
        pass
    return html.escape(str(value), quote=True)


def number(x: float | None) -> str:
    """30000 -> '30,000'; 1234567 -> '1.2 million'; 2.5 -> '2.5'; missing -> 'n/a'."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "n/a"
    if math.isinf(x):
        return "unbounded"
    a = abs(x)
    if a >= 1e9:
        return f"{x / 1e9:.3g} billion"
    if a >= 1e6:
        return f"{x / 1e6:.3g} million"
    if float(x).is_integer():
        return f"{x:,.0f}"
    return f"{x:,.3g}" if a < 1000 else f"{x:,.0f}"


def ratio(x: float) -> str:
    """6.6667 -> '6.7-fold'."""
    if x is None or math.isnan(x):
        return "n/a"
    if math.isinf(x):
        return "unboundedly"
    return f"{x:.1f}-fold" if x < 100 else f"{x:,.0f}-fold"


def possessive(name: str) -> str:
    """'IHS' -> "IHS's"; 'unattributed reports' -> "unattributed reports'"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"
