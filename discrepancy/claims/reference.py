"""Cited reference tables (data/reference/): the figures the cross-unit checks set claims beside, such as a
country's area in km2. Read here, in the claims layer, so the engine is handed a table and reads no file."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from discrepancy.claims.text import fold_text
from discrepancy.errors import DiscrepancyError, NotFound
from discrepancy.paths import data_dir

REFERENCE_COLUMNS = ("geography", "quantity", "value", "unit", "source", "url")


def load_reference(reference: pd.DataFrame | str | Path | None) -> pd.DataFrame:
    """The reference table: given, read from a path, or data/reference/geography.csv (empty if absent)."""
    if isinstance(reference, pd.DataFrame):
        ref = reference
    else:
        path = Path(reference) if reference is not None else data_dir() / "reference" / "geography.csv"
        if not path.exists():
            if reference is not None:
                raise NotFound(f"{reference}: reference table not found")
            return pd.DataFrame(columns=list(REFERENCE_COLUMNS))
        ref = pd.read_csv(path, dtype={"geography": "str", "quantity": "str", "source": "str"}, keep_default_na=False)
    missing = [c for c in REFERENCE_COLUMNS if c not in ref.columns]
    if missing:
        raise DiscrepancyError(f"reference table lacks columns: {', '.join(missing)}")
    ref = ref.copy()
    ref["key"] = fold_text(ref["geography"])
    ref["value"] = pd.to_numeric(ref["value"], errors="coerce")
    return ref
