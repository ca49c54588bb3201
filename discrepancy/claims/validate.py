"""Checking a loaded table against the contract. The checks are generated from :data:`schema.COLUMNS`.

check_table runs them column by column, vectorised (pandera's import and machinery cost more than the
checks); ``claim_schema()`` gives the same checks as a pandera schema for analysts, and a test holds the
two to one answer. Every failure is gathered; each becomes one row of the problem table
(file, row as in the file, column, value, problem). Problems that make the table unusable (a required
column missing, a duplicate or empty claim_id) are fatal; row problems keep the row and mark it.
"""

from __future__ import annotations

import difflib
import re

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from discrepancy.claims import schema
from discrepancy.claims.dates import date_span, period_span
from discrepancy.claims.grammar import MAX_MAGNITUDE, SIGNED_UNITS
from discrepancy.claims.problems import problem, problem_frame
from discrepancy.errors import DateProblem

FATAL_COLUMNS = ("claim_id",)


def _blank(s: pd.Series) -> pd.Series:
    """Where a cell is empty or white space only (missing: not blank). An Arrow-backed column is asked without
    stripping each cell into a new string (Arrow's white space is Python's: a test holds them to each other)."""
    if isinstance(s.dtype, pd.StringDtype) and s.dtype.storage == "pyarrow":
        arr = pa.array(s)
        blank = pc.or_(pc.equal(pc.binary_length(arr), 0), pc.utf8_is_space(arr))
        return pd.Series(np.asarray(pc.fill_null(blank, False)), index=s.index)
    return s.str.strip() == ""


def _by_unique(s: pd.Series, ok) -> pd.Series:
    """Apply a per-text check once per distinct text (claim tables repeat dates and types a lot)."""
    codes, uniques = pd.factorize(s)
    results = pd.Series([ok(u) for u in uniques], dtype=bool)
    return pd.Series(results.to_numpy()[codes], index=s.index)


def _date_ok(text: str) -> bool:
    try:
        date_span(text)
        return True
    except DateProblem:
        return False


def _period_ok(text: str) -> bool:
    if not text.strip():
        return True
    try:
        period_span(text)
        return True
    except DateProblem:
        return False


def _out_of_range(s: pd.Series) -> pd.Series:
    """Numbers that parse but cannot be a claim: inf, nan, 1e309, a 400-digit integer."""
    x = pd.to_numeric(s.str.strip(), errors="coerce")
    text = s.str.strip().str.lower()
    return (x.abs() > MAX_MAGNITUDE).fillna(False) | text.isin(["nan", "+nan", "-nan"])


def _rules(column: schema.Column) -> list[tuple]:
    """The checks of one declared column: (passes, error) pairs, where passes(series) is True where a
    cell is fine. pandera runs them for analysts (claim_schema); check_table runs them directly."""
    checks = []
    if column.is_required:
        checks.append((lambda s: ~_blank(s), "is empty: the column is required"))
    if column.kind == "choice":
        allowed = set(column.allowed)
        checks.append(
            (
                lambda s: _blank(s) | s.str.strip().str.lower().isin(allowed),
                "is not one of: " + ", ".join(column.allowed),
            )
        )
    elif column.kind == "number":
        checks.append(
            (
                lambda s: _blank(s) | pd.to_numeric(s.str.strip(), errors="coerce").notna(),
                "is not a number (write digits with a decimal point and no thousands separators)",
            )
        )
        checks.append(
            (
                lambda s: _blank(s) | ~_out_of_range(s),
                f"is not a finite number of plausible size (at most {MAX_MAGNITUDE:.0e} either side of zero)",
            )
        )
    elif column.kind == "date":
        checks.append(
            (
                lambda s: _blank(s) | _by_unique(s, _date_ok),
                "is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD (or the day does not exist)",
            )
        )
    elif column.kind == "period":
        checks.append(
            (
                lambda s: _by_unique(s, _period_ok),
                "is not a date (YYYY, YYYY-MM, YYYY-MM-DD) or a period start/end",
            )
        )
    return checks


def _checks(column: schema.Column) -> list:
    import pandera.pandas as pa  # for analysts' interactive checks only: the hot path never imports pandera

    return [pa.Check(passes, error=error) for passes, error in _rules(column)]


def claim_schema():
    """The pandera schema generated from the declaration (for analysts: ``claim_schema().validate(frame)``):
    required columns must exist; unknown kept. check_table runs the same checks without pandera."""
    import pandera.pandas as pa

    return pa.DataFrameSchema(
        {
            c.name: pa.Column(
                "str",
                checks=_checks(c),
                required=c.is_required and c.name != "value_text",
                unique=c.unique,
                nullable=False,
                coerce=False,
            )
            for c in schema.COLUMNS
        },
        strict=False,
    )


def check_table(frame: pd.DataFrame) -> pd.DataFrame:
    """Every problem of a loaded table (see :mod:`discrepancy.claims.read`) as a problem table.

    Columns: file, row, column, value, problem, severity; ``fatal`` problems have severity "fatal".
    """
    return _problem_table(frame, _column_problems)


def check_table_with_pandera(frame: pd.DataFrame) -> pd.DataFrame:
    """The same problem table with the column checks run by pandera's schema (claim_schema), for analysts
    and for the test that holds the two to one answer."""
    return _problem_table(frame, _pandera_problems)


def _problem_table(frame: pd.DataFrame, column_problems) -> pd.DataFrame:
    file = frame["input_file"].iloc[0] if len(frame) else ""
    return problem_frame([*column_problems(frame, file), *_cross_column_problems(frame, file)])


def _pandera_problems(frame: pd.DataFrame, file: str) -> list[dict]:
    from pandera.errors import SchemaErrors

    try:
        claim_schema().validate(frame, lazy=True)
    except SchemaErrors as err:
        return _from_pandera(err.failure_cases, frame, file)
    return []


def _column_problems(frame: pd.DataFrame, file: str) -> list[dict]:
    """The declared column checks run directly, column by column (vectorised, no pandera on the hot path:
    its import and its per-check machinery cost more than the checks)."""
    out: list[dict] = []
    rows = frame["input_row"].to_numpy() if "input_row" in frame.columns else None
    present = [c for c in frame.columns if isinstance(c, str)]
    for column in schema.COLUMNS:
        name = column.name
        if name not in frame.columns:
            if column.is_required and name != "value_text":
                out.append(problem(file, 1, name, "", "required column is missing from the header"
                                   + did_you_mean(name, present), "fatal"))  # fmt: skip
            continue
        s = frame[name]
        if not pd.api.types.is_string_dtype(s) or s.dtype == object and not s.map(type).eq(str).all():
            out.append(problem(file, None, name, "", f"column holds {s.dtype}, not text", "fatal"))
            continue
        severity = "fatal" if name in FATAL_COLUMNS else "error"
        for passes, error in _rules(column):
            bad = ~passes(s).fillna(False).to_numpy(dtype=bool)
            for i in bad.nonzero()[0]:
                out.append(problem(file, int(rows[i]) if rows is not None else None, name, s.iat[i], error, severity))
        if column.unique and len(s.unique()) < len(s):  # as many distinct ids as rows: none repeats (half the time)
            repeated = s[s.duplicated(keep=False)]
            if len(repeated):
                out.extend(_duplicate_problems(frame, name, set(repeated), file))
    return out


def _folded_name(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", name.casefold())


def did_you_mean(wanted: str, present: list[str]) -> str:
    """'; did you mean 'claim id'?' when a header differs from ``wanted`` only by spaces, case or
    punctuation ("Claim ID" for claim_id), or is a close spelling; else ''."""
    same = [c for c in present if _folded_name(c) == _folded_name(wanted) and c != wanted]
    close = same or difflib.get_close_matches(wanted, present, n=1, cutoff=0.8)
    return f"; did you mean {close[0]!r}?" if close else ""


def _from_pandera(cases: pd.DataFrame, frame: pd.DataFrame, file: str) -> list[dict]:
    out = []
    duplicated: dict[str, set] = {}
    for case in cases.itertuples(index=False):
        column = case.column if isinstance(case.column, str) else ""
        check = str(case.check)
        index = case.index
        if check == "column_in_dataframe":
            missing = str(case.failure_case)
            out.append(problem(file, 1, missing, "", "required column is missing from the header" +
                               did_you_mean(missing, [c for c in frame.columns if isinstance(c, str)]), "fatal"))  # fmt: skip
            continue
        row = int(frame["input_row"].iloc[int(index)]) if index is not None and index == index else None
        value = case.failure_case
        if check == "field_uniqueness":
            duplicated.setdefault(column, set()).add(value)
            continue
        if check.startswith("dtype("):
            out.append(problem(file, row, column, "", f"column holds {value}, not text", "fatal"))
            continue
        severity = "fatal" if column in FATAL_COLUMNS else "error"
        out.append(problem(file, row, column, value, check, severity))
    for column, values in duplicated.items():
        out.extend(_duplicate_problems(frame, column, values, file))
    return out


#: Rows named in the message of one duplicated id; the count says how many there are in all.
MAX_ROWS_NAMED = 10


def _duplicate_problems(frame: pd.DataFrame, column: str, values: set, file: str) -> list[dict]:
    """One problem per duplicated id, at its first repeat, with its count and first rows: linear in the table
    (5,000 rows sharing one id once listed every row in every one of 5,000 problems)."""
    dup = frame.loc[frame[column].isin(values), [column, "input_row"]]
    out = []
    for value, rows in dup.groupby(column, sort=True)["input_row"]:
        listed = rows.head(MAX_ROWS_NAMED).tolist()
        more = f" and {len(rows) - len(listed):,} more" if len(rows) > len(listed) else ""
        where = ", ".join(str(r) for r in listed) + more
        out.append(
            problem(file, int(listed[1]), column, value,
                    f"{column} appears more than once ({len(rows):,} times: rows {where}): ids must be unique", "fatal")
        )  # fmt: skip
    return out


def _finite(column: pd.Series) -> pd.Series:
    x = pd.to_numeric(column.str.strip(), errors="coerce")
    return x.where(x.abs() <= MAX_MAGNITUDE)


def _cross_column_problems(frame: pd.DataFrame, file: str) -> list[dict]:
    """Checks that span columns: a value stated one way or another; low not above high."""
    out = []
    has_text = "value_text" in frame.columns
    has_value = "value" in frame.columns
    if not has_text and not has_value:
        return [
            problem(
                file,
                1,
                "value_text",
                "",
                "required column is missing: give value_text or value"
                + did_you_mean("value_text", [c for c in frame.columns if isinstance(c, str)]),
                "fatal",
            )
        ]
    blank_text = _blank(frame["value_text"]) if has_text else pd.Series(True, index=frame.index)
    blank_value = _blank(frame["value"]) if has_value else pd.Series(True, index=frame.index)
    blank_bounds = pd.Series(True, index=frame.index)
    for c in ("low", "high"):
        if c in frame.columns:
            blank_bounds &= _blank(frame[c])
    for i in frame.index[blank_text & blank_value & blank_bounds]:
        out.append(problem(file, int(frame.at[i, "input_row"]), "value_text", "", "no value: give value_text or value"))
    numbers = {c: _finite(frame[c]) for c in ("value", "low", "high") if c in frame.columns}
    unit = frame["unit"].str.strip() if "unit" in frame.columns else pd.Series("", index=frame.index)
    counts = ~unit.isin(SIGNED_UNITS)
    for c, x in numbers.items():
        for i in frame.index[(x < 0) & counts]:
            out.append(
                problem(file, int(frame.at[i, "input_row"]), c, frame.at[i, c],
                        f"is negative, but unit '{unit.at[i]}' counts things: a count cannot be below zero")
            )  # fmt: skip
    if "value" in numbers:
        for bound, outside in (("low", lambda v, b: v < b), ("high", lambda v, b: v > b)):
            if bound in numbers:
                for i in frame.index[outside(numbers["value"], numbers[bound])]:
                    out.append(
                        problem(file, int(frame.at[i, "input_row"]), "value", frame.at[i, "value"],
                                f"value lies outside its interval ({bound} {frame.at[i, bound]})")
                    )  # fmt: skip
    if "low" in frame.columns and "high" in frame.columns:
        low = numbers["low"]
        high = numbers["high"]
        for i in frame.index[low > high]:
            out.append(
                problem(
                    file,
                    int(frame.at[i, "input_row"]),
                    "low",
                    frame.at[i, "low"],
                    f"low is above high ({frame.at[i, 'high']})",
                )
            )
    return out
