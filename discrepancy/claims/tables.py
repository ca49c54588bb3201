"""The front door for claim tables: read, check, normalize, in one call.

``load_claims`` is what notebooks and commands use; ``validate_claims`` is what ``discrepancy validate``
prints. Both read any number of tables and report the problems of all of them at once.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from discrepancy.claims.grammar import REVIEW, UNPARSED
from discrepancy.claims.normalize import normalize_claims, row_problems
from discrepancy.claims.problems import problem, problem_frame
from discrepancy.claims.read import read_table
from discrepancy.claims.validate import check_table
from discrepancy.errors import TableError
from discrepancy.parallel import beside

PathLike = str | os.PathLike


def _as_list(paths: PathLike | Iterable[PathLike]) -> list[Path]:
    if isinstance(paths, (str, os.PathLike)):
        return [Path(paths)]
    return [Path(p) for p in paths]


def _read_all(paths, sheet, delimiter) -> tuple[list[pd.DataFrame], list[pd.DataFrame]]:
    frames, problem_tables = [], []
    for path in _as_list(paths):
        try:
            frame = read_table(path, sheet=sheet, delimiter=delimiter)
        except TableError as e:
            problem_tables.append(e.problems)
            continue
        frames.append(frame)
        problem_tables.append(check_table(frame))
    return frames, problem_tables


def _ids_across_tables(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """claim_ids that two tables share (within one table, validation already reports them)."""
    rows = []
    if len(frames) > 1:
        ids = pd.concat(
            [f[["claim_id", "input_file", "input_row"]] for f in frames if "claim_id" in f.columns], ignore_index=True
        )
        shared = ids[ids.groupby("claim_id")["input_file"].transform("nunique") > 1]
        files = shared.groupby("claim_id")["input_file"].agg(lambda s: sorted(set(s)))
        for r in shared.drop_duplicates(["claim_id", "input_file"]).itertuples(index=False):  # linear, one per file
            others = [f for f in files[r.claim_id] if f != r.input_file]
            rows.append(
                problem(r.input_file, r.input_row, "claim_id", r.claim_id,
                        f"claim_id also used in {', '.join(others)}", "fatal")
            )  # fmt: skip
    return problem_frame(rows)


def validate_claims(
    paths: PathLike | Iterable[PathLike], *, sheet: str | int | None = None, delimiter: str | None = None
) -> pd.DataFrame:
    """The problem table of one or more claim tables: every problem, fatal or not. Empty when valid.

    Columns: file, row (as in the file; the header is row 1), column, value, problem, severity
    (fatal: the table cannot be used; error: the row is kept and marked; warning: worth a look).
    """
    frames, problem_tables = _read_all(paths, sheet, delimiter)
    problem_tables.append(_ids_across_tables(frames))
    for frame in frames:
        if "claim_id" not in frame.columns:
            continue
        normalized = normalize_claims(frame)
        problem_tables.append(_value_problems(normalized))
    combined = [t for t in problem_tables if len(t)]
    return problem_frame(pd.concat(combined, ignore_index=True) if combined else [])


def _value_problems(normalized: pd.DataFrame) -> pd.DataFrame:
    """A problem for each value text that could not be read or needs review, and a warning for each row whose value
    columns disagree with its text: built column by column (a table with 83,000 rows to review spent 1.6 s on them
    one at a time)."""
    has_text = "value_text" in normalized.columns
    # the few columns read of the few rows named, not every column of the table's rows (a copy of them all)
    named = normalized[["input_file", "input_row", "parse_status", "parse_note", *(["value_text"] if has_text else [])]]
    texts = named["value_text"].fillna("") if has_text else pd.Series("", index=named.index, dtype="str")
    doubtful = named[named["parse_status"].isin([UNPARSED, REVIEW]) & (texts.str.strip() != "")]
    what = np.where(
        doubtful["parse_status"] == UNPARSED, "cannot be read as a number: ", "needs review (fill value/low/high): "
    )
    unread = _problems_of(doubtful, "value_text", texts[doubtful.index], what + doubtful["parse_note"], "error")
    disagree = named[named["parse_note"].str.contains("disagree", regex=False).fillna(False).astype(bool)]
    warned = _problems_of(disagree, "value", texts[disagree.index], disagree["parse_note"], "warning")
    return problem_frame(pd.concat([unread, warned], ignore_index=True))


def _problems_of(rows: pd.DataFrame, column: str, values: pd.Series, texts, severity: str) -> pd.DataFrame:
    """The problem columns for these rows of a normalized table, one problem each."""
    return pd.DataFrame(
        {
            "file": rows["input_file"].to_numpy(),
            "row": rows["input_row"].to_numpy(),
            "column": column,
            "value": values.to_numpy(),
            "problem": np.asarray(texts, dtype=object),
            "severity": severity,
        }
    )


def load_claims_with_problems(
    paths: PathLike | Iterable[PathLike],
    *,
    sheet: str | int | None = None,
    delimiter: str | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`load_claims` and the problem table of the tables it read (non-fatal problems only).

    The tables are checked while their claims are normalized, on a second thread for large tables (both are
    mostly Arrow kernels, which release the GIL: 1.6 s -> 1.3 s for 1,000,000 claims; discrepancy.parallel);
    the problems then fill each row's ``row_problems``. A table too broken to normalize has fatal problems, and
    they are what is raised."""
    slots: list[pd.DataFrame | None] = []  # per table, in order: its reading's problems, or None until checked
    frames: list[pd.DataFrame] = []
    for path in _as_list(paths):
        try:
            frames.append(read_table(path, sheet=sheet, delimiter=delimiter))
            slots.append(None)
        except TableError as e:
            slots.append(e.problems)
    normalized, failure = None, None
    with beside(sum(len(f) for f in frames), "check") as pool:
        checking = pool.submit(lambda: [check_table(f) for f in frames])
        if frames:
            try:
                normalized = normalize_claims(pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0])
            except Exception as e:  # raised below unless the checks find the table unusable
                failure = e
        checked = iter(checking.result())
    problem_tables = [next(checked) if slot is None else slot for slot in slots]
    problem_tables.append(_ids_across_tables(frames))
    nonempty = [t for t in problem_tables if len(t)]
    problems = problem_frame(pd.concat(nonempty, ignore_index=True) if nonempty else [])
    fatal = problems[problems["severity"] == "fatal"]
    if len(fatal) or not frames:
        raise TableError(fatal.reset_index(drop=True) if len(fatal) else problems)
    if failure is not None:
        raise failure
    normalized["row_problems"] = row_problems(normalized, problems)
    all_problems = pd.concat([problems, _value_problems(normalized)], ignore_index=True)
    return normalized, problem_frame(all_problems.drop_duplicates())


def load_claims(
    paths: PathLike | Iterable[PathLike],
    *,
    sheet: str | int | None = None,
    delimiter: str | None = None,
) -> pd.DataFrame:
    """Read, check and normalize one or more claim tables into one DataFrame.

    Raises :class:`TableError` listing every fatal problem of every table (an unreadable file, a missing
    required column, duplicate claim ids). Row problems keep their rows: ``row_problems`` says what is
    wrong and ``parse_status`` says whether the value was read. :func:`load_claims_with_problems` also
    returns the problem table.
    """
    return load_claims_with_problems(paths, sheet=sheet, delimiter=delimiter)[0]
