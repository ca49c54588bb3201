"""Turning each stated value into numbers: value, low, high, qualifier, denominator, parse_status, parse_note.

Explicit ``value``, ``low`` and ``high`` cells override what value_text says (parse_status "overridden");
a text that cannot be read keeps its row with parse_status "unparsed" and a note; a text that can be read
more than one way, or whose reading breaks a rule of :mod:`discrepancy.grammar`, keeps its row with
parse_status "review", its numbers withheld and a note saying what is in doubt. A table that writes
decimal commas anywhere ("1,5 million") makes its "1,234" ambiguous: such rows go to review too. Also adds
``reference_date`` (the end of as_of when given, else the first day of claim_date: the date a claim's
estimate is compared by) and ``row_problems`` (every validation problem of the row, "" when none).
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pyarrow as pa

from discrepancy.claims.dates import date_span, period_span
from discrepancy.claims.doubts import describe, doubt_readings, fmt, set_rows
from discrepancy.claims.fastparse import parse_values
from discrepancy.claims.grammar import (
    APPROX,
    AT_LEAST,
    AT_MOST,
    DOTTED_THOUSANDS,
    EXACT,
    MAX_MAGNITUDE,
    OK,
    OVERRIDDEN,
    RANGE,
    REVIEW,
    UNPARSED,
    dotted_doubt,
)
from discrepancy.errors import DateProblem


def _numbers(frame: pd.DataFrame, column: str) -> np.ndarray:
    if column not in frame.columns:
        return np.full(len(frame), np.nan)
    column_values = frame[column]
    if pd.api.types.is_numeric_dtype(column_values):
        x = column_values.to_numpy(dtype=float)
        return np.where(np.abs(x) <= MAX_MAGNITUDE, x, np.nan)
    blank = column_values.fillna("").str.strip() == ""
    if blank.all():
        return np.full(len(frame), np.nan)
    x = pd.to_numeric(column_values.where(~blank, None), errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    return np.where(np.abs(x) <= MAX_MAGNITUDE, x, np.nan)  # inf, nan, 1e309: a row problem, not a number


def _reference_dates(frame: pd.DataFrame) -> pd.Series:
    def ref(claim_date: str, as_of: str) -> str:
        try:
            if as_of.strip():
                return period_span(as_of)[1].isoformat()
            return date_span(claim_date)[0].isoformat()
        except DateProblem:
            return ""

    def codes(column: str) -> tuple[np.ndarray, list[str]]:
        """Each row's code of its text in ``column`` and the distinct texts (a missing column: all blank)."""
        if column not in frame.columns:
            return np.zeros(len(frame), dtype=np.int64), [""]
        found, distinct = pd.factorize(frame[column].fillna(""))
        return found.astype(np.int64), list(distinct)  # as Python strings: read once per pair below

    claim_codes, claim_uniques = codes("claim_date")
    as_of_codes, as_of_uniques = codes("as_of")
    width = len(as_of_uniques) + 1
    if len(as_of_uniques) == 1:  # one as_of for all (none given, mostly): the pairs are the claim dates' codes
        pair_codes, pairs = claim_codes, np.arange(len(claim_uniques), dtype=np.int64) * width
    else:
        pair_codes, pairs = pd.factorize(claim_codes * width + as_of_codes)
    refs = np.array([ref(claim_uniques[p // width], as_of_uniques[p % width]) for p in pairs.tolist()], dtype=object)
    return pd.Series(pd.array(refs, dtype="str").take(pair_codes), index=frame.index)


def normalize_claims(frame: pd.DataFrame, problems: pd.DataFrame | None = None) -> pd.DataFrame:
    """A copy of a loaded claim table with the normalized columns added (the input is not changed).

    ``problems``: the table's problem table (from validation); its row problems fill ``row_problems``.
    """
    out = frame.copy(deep=False)  # copy-on-write (pandas 3): the input stays as it was, uncopied
    index = out.index
    texts = out["value_text"] if "value_text" in out.columns else pd.Series("", index=index, dtype="str")
    parsed = parse_values(texts).set_axis(index)
    doubt_readings(parsed, out, texts)  # what the row's other columns and the table's other rows leave in doubt
    ev, el, eh = (_numbers(out, c) for c in ("value", "low", "high"))
    explicit = np.flatnonzero(~(np.isnan(ev) & np.isnan(el) & np.isnan(eh)))
    if len(explicit):
        _apply_overrides(parsed, explicit, ev, el, eh, _dotted_cells(out, explicit))
    for column in ("value", "low", "high", "qualifier", "denominator"):
        out[column] = parsed[column]
    if "unit" in out.columns:
        stated = out["unit"].fillna("")
        out["unit"] = stated.where(stated.str.strip() != "", parsed["unit"].fillna(""))
    else:
        out["unit"] = parsed["unit"].fillna("")
    out["parse_status"] = parsed["parse_status"]
    out["parse_note"] = parsed["parse_note"]
    out["reference_date"] = _reference_dates(out)
    out["row_problems"] = row_problems(out, problems)
    return out


def _dotted_cells(frame: pd.DataFrame, rows: np.ndarray) -> list[list[str]]:
    """Per row of ``rows``, the value, low and high cells written as a number that may use a dot between thousands
    ("30.000": 30, or 30,000 as much of Europe writes it), each said in words."""
    found: list[list[str]] = [[] for _ in range(len(rows))]
    for column in ("value", "low", "high"):
        if column in frame.columns and not pd.api.types.is_numeric_dtype(frame[column]):
            cells = frame[column].iloc[rows].astype("str").str.strip()
            for k in np.flatnonzero(cells.str.fullmatch(DOTTED_THOUSANDS.pattern).fillna(False).to_numpy(dtype=bool)):
                found[k].append(f"the {column} column's {dotted_doubt(cells.iat[k])}")
    return found


def _apply_overrides(parsed: pd.DataFrame, rows: np.ndarray, ev, el, eh, dotted: list[list[str]]) -> None:
    """Explicit value/low/high cells replace what the text says; the note keeps what it said. A cell that may
    write thousands between dots (``dotted``, per row) leaves the row in review: 30 or 30,000."""
    said = {
        c: parsed[c].iloc[rows].tolist() for c in ("value", "low", "high", "qualifier", "parse_status", "parse_note")
    }
    got: dict[str, list] = {c: [] for c in ("value", "low", "high", "qualifier", "parse_status", "parse_note")}
    for k, i in enumerate(rows.tolist()):
        p_value, p_low, p_high = said["value"][k], said["low"][k], said["high"][k]
        p_q, status, old_note = said["qualifier"][k], said["parse_status"][k], said["parse_note"][k]
        v, lo, hi = ev[i], el[i], eh[i]
        if np.isnan(v) and not np.isnan(lo) and not np.isnan(hi):
            v = (lo + hi) / 2
        if not np.isnan(lo) and not np.isnan(hi):
            q = RANGE
        elif not np.isnan(lo) and np.isnan(ev[i]):
            q = AT_LEAST
        elif not np.isnan(hi) and np.isnan(ev[i]):
            q = AT_MOST
        else:
            q = p_q if p_q in (EXACT, APPROX) else EXACT
        stated = (
            describe(p_value, p_low, p_high, p_q)
            if status == OK
            else ("something in doubt" if status == REVIEW else "unreadable")
        )
        given = [f"{name} {fmt(x)}" for name, x in (("value", ev[i]), ("low", lo), ("high", hi)) if not np.isnan(x)]
        columns = "columns" if len(given) > 1 else "column"  # not by a comma: "value 31,000" is one column
        parts = [f"numbers from the {', '.join(given)} {columns}; value_text reads {stated}"]
        if status == OK and not _agrees(v, lo, hi, p_value, p_low, p_high):
            parts.append("the columns and value_text disagree: check which is right")
        if isinstance(old_note, str) and old_note:
            parts.append(old_note)
        broken = (not np.isnan(lo) and not np.isnan(hi) and lo > hi) or (
            not np.isnan(v) and ((not np.isnan(lo) and v < lo) or (not np.isnan(hi) and v > hi))
        )
        if broken:  # the columns contradict themselves: withheld, like any doubtful reading
            parts.insert(
                0, "check: the value/low/high columns contradict each other (low above high, or value outside)"
            )
        if dotted[k]:  # as value_text's "30.000" is: the dot may be a decimal point or group thousands
            parts.insert(
                0, f"check: {'; '.join(dotted[k])}: write thousands without a dot (30000) and a decimal that cannot "
                "be read so (30.0)"
            )  # fmt: skip
            broken = True
        if broken:
            v = lo = hi = np.nan
            q = None
        for column, x in (
            ("value", v),
            ("low", lo),
            ("high", hi),
            ("qualifier", q),
            ("parse_status", REVIEW if broken else OVERRIDDEN),
            ("parse_note", "; ".join(parts)),
        ):
            got[column].append(x)  # fmt: skip
    set_rows(parsed, rows, got)  # each column once (a row at a time: 31 s for 20,000 rows with a value column)


def row_problems(out: pd.DataFrame, problems: pd.DataFrame | None) -> pd.Series:
    """Each normalized claim's problems as text ("column: problem; ..."): its rows in ``problems`` (validation's
    table, fatal ones left out), then a value text that could not be read or needs review."""
    found: dict[int, list[str]] = {}
    if problems is not None and len(problems):
        rows = problems[problems["row"].notna() & (problems["severity"] != "fatal")]
        if len(rows):
            which, at = _positions(out, rows["file"], rows["row"])
            texts = (rows["column"].astype(str) + ": " + rows["problem"].astype(str)).tolist()
            for k, i in zip(which.tolist(), at.tolist()):
                found.setdefault(i, []).append(texts[k])
    status = out["parse_status"]
    unread = np.flatnonzero(status.isin([UNPARSED, REVIEW]).to_numpy(dtype=bool, na_value=False))
    what = np.where(status.iloc[unread].to_numpy(dtype=object) == UNPARSED, "cannot be read (", "needs review (")
    notes = out["parse_note"].iloc[unread].astype(str).to_numpy(dtype=object)
    unread_texts = ("value_text: " + what + notes + ")").tolist()
    alone = np.ones(len(unread), dtype=bool)  # an unread row with no other problem: its text as it is
    for k, i in enumerate(unread.tolist()):
        if i in found:
            alone[k] = False
            if unread_texts[k] not in found[i]:
                found[i].append(unread_texts[k])
    # every row's text set at once, taken by Arrow from the texts there are (a row at a time, a table with many unread
    # rows took minutes; a Python object per row, 70 ms for a million rows; a Python string per unread row, 0.2 s
    # for 83,000 of them)
    at = np.zeros(len(out), dtype=np.int64)
    at[list(found)] = np.arange(1, len(found) + 1)
    at[unread[alone]] = np.arange(len(found) + 1, len(found) + 1 + int(alone.sum()))
    listed = ["", *("; ".join(texts) for texts in found.values()), *np.asarray(unread_texts, dtype=object)[alone]]
    cells = pa.array(listed, type=pa.large_string()).take(pa.array(at))
    return pd.Series(cells.to_pandas().array, index=out.index, dtype="str")


def _positions(out: pd.DataFrame, files: pd.Series, rows: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Each (file, row) looked up in ``out``: (which of them, its position in ``out``) for every row that has it, in
    the order given (a table read twice has each key twice, and both rows take its problems). Column-wise: a
    dictionary of a million rows' keys cost 0.35 s."""
    names = np.concatenate([out["input_file"].to_numpy(object), files.to_numpy(object)]).astype(str)
    codes = np.unique(names, return_inverse=True)[1].astype(np.int64)
    span = int(max(out["input_row"].max(), rows.max())) + 1
    keys = codes[: len(out)] * span + out["input_row"].to_numpy(dtype=np.int64)
    wanted = codes[len(out) :] * span + rows.to_numpy(dtype=np.int64)
    order = np.argsort(keys, kind="stable")
    first = np.searchsorted(keys[order], wanted, "left")
    count = np.searchsorted(keys[order], wanted, "right") - first
    which = np.repeat(np.arange(len(wanted)), count)
    step = np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count)  # 0, 1, ... within each key
    return which, order[np.repeat(first, count) + step]


def _agrees(v, lo, hi, p_value, p_low, p_high) -> bool:
    """Whether explicit numbers and what the text says could be the same claim (within 1%)."""
    mine = [x for x in (v, lo, hi) if not math.isnan(x)]
    theirs_low = p_low if not math.isnan(p_low) else (p_value if not math.isnan(p_value) else -math.inf)
    theirs_high = p_high if not math.isnan(p_high) else (p_value if not math.isnan(p_value) else math.inf)
    return all(theirs_low * 0.99 <= x <= theirs_high * 1.01 for x in mine)
