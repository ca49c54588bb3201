"""The problem table: every problem with a claim table, one row each, reported all at once."""

from __future__ import annotations

import pandas as pd

PROBLEM_COLUMNS = ("file", "row", "column", "value", "problem", "severity")


def problem(file: str, row: int | None, column: str, value: object, text: str, severity: str = "error") -> dict:
    """One problem as a row of the problem table. ``row`` is the row number as in the file (header = 1)."""
    return {
        "file": file,
        "row": row,
        "column": column,
        "value": "" if value is None else str(value),
        "problem": text,
        "severity": severity,
    }


def problem_frame(rows: list[dict] | pd.DataFrame) -> pd.DataFrame:
    """Problems as a DataFrame, in file and row order, with an integer row column (missing: <NA>). ``rows``: problem
    dicts, or a frame with the problem columns (many problems are built column by column: 83,000 of them as dicts
    cost a second)."""
    if isinstance(rows, pd.DataFrame) and len(rows):
        frame = rows[list(PROBLEM_COLUMNS)].astype({c: "str" for c in PROBLEM_COLUMNS if c != "row"})
    else:
        frame = pd.DataFrame([] if isinstance(rows, pd.DataFrame) else rows, columns=list(PROBLEM_COLUMNS))
    frame["row"] = frame["row"].astype("Int64")
    if len(frame):
        frame = frame.sort_values(["file", "row", "column"], na_position="first", kind="stable")
    return frame.reset_index(drop=True)


def has_errors(problems: pd.DataFrame) -> bool:
    return bool((problems["severity"] == "error").any())
