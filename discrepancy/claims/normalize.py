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
import re

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from discrepancy.claims.dates import date_span, period_span
from discrepancy.claims.fastparse import parse_values
from discrepancy.claims.grammar import (
    APPROX,
    AT_LEAST,
    AT_MOST,
    CURRENCIES,
    CURRENCY_WORDS,
    EXACT,
    FALL_NOTE,
    MAX_MAGNITUDE,
    MULTIPLE,
    OK,
    OVERRIDDEN,
    RANGE,
    REVIEW,
    UNPARSED,
    VAGUE,
)
from discrepancy.claims.text import UNIT_SPELLINGS
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
    notes = _Notes(parsed["parse_note"])  # the readers' notes, looked in by the table's own checks below
    _ambiguous_commas(parsed, texts, notes)
    _falls_the_metric_does_not_name(parsed, texts, out["metric"] if "metric" in out.columns else None, notes)
    if "unit" in out.columns:
        _units_that_disagree(parsed, texts, out["unit"])
    ev, el, eh = (_numbers(out, c) for c in ("value", "low", "high"))
    explicit = np.flatnonzero(~(np.isnan(ev) & np.isnan(el) & np.isnan(eh)))
    if len(explicit):
        _apply_overrides(parsed, explicit, ev, el, eh)
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


def _apply_overrides(parsed: pd.DataFrame, rows: np.ndarray, ev, el, eh) -> None:
    """Explicit value/low/high cells replace what the text says; the note keeps what it said."""
    for i in rows:
        p_value, p_low, p_high = (parsed[c].iat[i] for c in ("value", "low", "high"))
        p_q, status, old_note = parsed["qualifier"].iat[i], parsed["parse_status"].iat[i], parsed["parse_note"].iat[i]
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
            _describe(p_value, p_low, p_high, p_q)
            if status == OK
            else ("something in doubt" if status == REVIEW else "unreadable")
        )
        given = ", ".join(
            f"{name} {_fmt(x)}" for name, x in (("value", ev[i]), ("low", lo), ("high", hi)) if not np.isnan(x)
        )
        parts = [f"numbers from the {given} column{'s' if ',' in given else ''}; value_text reads {stated}"]
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
            v = lo = hi = np.nan
            q = None
        for column, x in (("value", v), ("low", lo), ("high", hi)):
            parsed.iloc[i, parsed.columns.get_loc(column)] = x
        parsed.iloc[i, parsed.columns.get_loc("qualifier")] = q
        parsed.iloc[i, parsed.columns.get_loc("parse_status")] = REVIEW if broken else OVERRIDDEN
        parsed.iloc[i, parsed.columns.get_loc("parse_note")] = "; ".join(parts)


#: a metric that names a fall holds the size of one as said ("territory lost": 12 for "shrunk by 12 percent")
_FALL_METRIC = re.compile(
    r"\b(?:lost|loss|losses|falls?|declines?|drops?|decreases?|reductions?|cuts?|contractions?|shrinkage|shrunk)\b"
)


class _Notes:
    """The readers' notes (parse_note as it was read), searched once per distinct note among the rows that have
    one: most rows have none, and the rest share a few notes ("approximate, from below"). Searching every row cost
    25 ms a word for the million rows of the benchmark table."""

    def __init__(self, column: pd.Series):
        notes = _arrow_text(column)
        self.rows = np.flatnonzero(_np(pc.fill_null(pc.greater(pc.binary_length(notes), 0), False)))
        encoded = notes.take(pa.array(self.rows)).dictionary_encode()
        self.distinct, self.codes = encoded.dictionary, encoded.indices.to_numpy(zero_copy_only=False)

    def rows_with(self, words: str) -> np.ndarray:
        """The rows whose note holds ``words``."""
        return self.rows[_np(pc.match_substring(self.distinct, words))[self.codes]]


def _ok_rows_noted(parsed: pd.DataFrame, notes: _Notes, words: str) -> np.ndarray:
    """The rows read ``ok`` whose note holds ``words``."""
    rows = notes.rows_with(words)
    return rows[(parsed["parse_status"].iloc[rows] == OK).to_numpy(dtype=bool, na_value=False)]


def _falls_the_metric_does_not_name(
    parsed: pd.DataFrame, texts: pd.Series, metric: pd.Series | None, notes: _Notes
) -> None:
    """A value text that states a fall by its size ("contracted 4.8%", the grammar's FALL_NOTE) under a metric that
    does not name a fall ("GDP growth", where the same fall is written -4.8): sent to review, since the sign the
    metric holds it with is not known. Under "territory lost" the size is what the metric holds: read as said."""
    rows, checks = [], []
    for i in _ok_rows_noted(parsed, notes, FALL_NOTE).tolist():
        name = metric.iat[i] if metric is not None else None
        name = name if isinstance(name, str) else ""
        if _FALL_METRIC.search(name.lower()):
            continue
        shown = f"the metric '{name}'" if name.strip() else "no metric"
        rows.append(i)
        checks.append(
            f"check: '{texts.iat[i]}' states a fall by its size, and {shown} does not say whether a fall is written "
            "as a positive or a negative number (name the metric as a fall, such as 'territory lost', or give the "
            "signed number in the value column)"
        )
    _withhold(parsed, np.array(rows, dtype=np.int64), checks)


#: signs the grammar keeps as they are printed, and the currencies each may stand for
_SIGN_CURRENCIES = {
    "$": {"USD", "AUD", "CAD", "NZD", "HKD"},
    "Rs": {"INR", "PKR", "LKR", "NPR"},
    "Sh": {"KES", "UGX", "TZS"},
}
#: a unit column's spellings of the units a value text can give, longest first: the grammar's name of each
_UNIT_SPELLINGS = sorted(
    {
        **{k: "percent" for k in ("%", "percent", "per cent", "pct", "percentage")},
        **{k: "percentage points" for k in ("percentage points", "percentage point", "pp", "pts", "points")},
        **{k: "km2" for k, v in UNIT_SPELLINGS.items() if v == "km2"},
        **{k: MULTIPLE for k in ("times", "fold", "x", "multiple", "ratio")},
        **{k.lower(): v for k, v in CURRENCIES.items()},
        **{k.lower(): v for k, v in CURRENCY_WORDS.items()},
        **{v.lower(): v for v in CURRENCIES.values()},
    }.items(),
    key=lambda kv: -len(kv[0]),
)


def _unit_name(stated: str) -> str:
    """A unit column's cell as the grammar names the unit it begins with ("% of GDP": percent, "US dollars
    (2015)": USD, "km²": km2), else the cell folded."""
    folded = " ".join(stated.replace("\u00b2", "2").lower().split())
    for spelling, name in _UNIT_SPELLINGS:
        if folded == spelling or (folded.startswith(spelling) and not folded[len(spelling)].isalnum()):
            return name
    return folded


def units_agree(text_unit: str, stated: str) -> bool:
    """Whether the unit a value text gives (the grammar's name: percent, km2, times, USD, $, ...) agrees with the
    unit column's cell: the same unit, percent beside percentage points (often printed alike), or a sign beside
    a currency it may stand for ("$" beside USD)."""
    a, b = text_unit, _unit_name(stated)
    if a == b or {a, b} == {"percent", "percentage points"}:
        return True
    return b in _SIGN_CURRENCIES.get(a, ()) or a in _SIGN_CURRENCIES.get(b, ())


def _units_that_disagree(parsed: pd.DataFrame, texts: pd.Series, stated: pd.Series) -> None:
    """A value text whose unit is not the unit column's ("30%" under "people", "€3bn" under "USD", "2.5 times" under
    "people"): two readings, and the stated unit does not settle which holds. Sent to review; each distinct pair of
    units looked at once."""
    # the rows whose text states a unit, found on Arrow's lengths (most texts state none), then only those read
    rows = np.flatnonzero(_np(pc.fill_null(pc.greater(pc.binary_length(_arrow_text(parsed["unit"])), 0), False)))
    text_unit = parsed["unit"].iloc[rows].astype("str")
    given = stated.iloc[rows].fillna("").astype("str")
    ok = (given.str.strip() != "").to_numpy(dtype=bool) & (parsed["parse_status"].iloc[rows] == OK).to_numpy(
        dtype=bool, na_value=False
    )
    rows, text_unit, given = rows[ok], text_unit[ok], given[ok]
    if not len(rows):
        return
    (a_codes, a_names), (b_codes, b_names) = pd.factorize(text_unit), pd.factorize(given)
    pairs, codes = np.unique(a_codes * len(b_names) + b_codes, return_inverse=True)  # each pair of units once
    agree = [units_agree(a_names[p // len(b_names)], b_names[p % len(b_names)]) for p in pairs.tolist()]
    disagree = ~np.array(agree, dtype=bool)[codes.reshape(-1)]
    checks = [
        f"check: '{text}' states {'a multiple' if a == MULTIPLE else f'its unit as {a}'}, and the unit column says "
        f"'{b}'"
        for text, a, b in zip(
            texts.iloc[rows[disagree]].tolist(), text_unit[disagree].tolist(), given[disagree].tolist()
        )
    ]
    _withhold(parsed, rows[disagree], checks)


def _withhold(parsed: pd.DataFrame, rows: np.ndarray, checks: list[str]) -> None:
    """The rows (positions) sent to review: their numbers withheld, each note its check and what it was read as.
    Each column set once for all the rows (a row at a time, a table with thousands of them took minutes)."""
    if not len(rows):
        return
    numbers = {c: parsed[c].to_numpy(dtype=float, na_value=np.nan)[rows] for c in ("value", "low", "high")}
    qualifiers = parsed["qualifier"].iloc[rows].tolist()
    notes = [
        f"{check}; read as {_describe(v, lo, hi, q)}"
        for check, v, lo, hi, q in zip(checks, *(numbers[c].tolist() for c in ("value", "low", "high")), qualifiers)
    ]
    for column in ("value", "low", "high", "denominator"):
        values = parsed[column].to_numpy(dtype=float, na_value=np.nan, copy=True)
        values[rows] = np.nan
        parsed[column] = values
    mask = np.zeros(len(parsed), dtype=bool)
    mask[rows] = True
    order = np.argsort(rows, kind="stable")  # replace_with_mask takes the replacements in row order
    for column, new in (("qualifier", None), ("parse_status", REVIEW), ("parse_note", notes)):
        cells = pa.array(parsed[column].array, from_pandas=True)
        if isinstance(cells, pa.ChunkedArray):
            cells = cells.combine_chunks()
        given = pa.array([new] * len(rows) if not isinstance(new, list) else [new[k] for k in order], cells.type)
        filled = pc.replace_with_mask(cells, pa.array(mask), given)
        parsed[column] = pd.Series(filled.to_pandas().array, index=parsed.index, dtype=parsed[column].dtype)


_DECIMAL_COMMA_NOTE = "read with a decimal comma"
_COMMA_GROUP = r"(?:^|[^\d.,])\d{1,3},\d{3}(?:[^\d.,]|$)"  # 1,234 (a comma before three digits, nothing more)


def _ambiguous_commas(parsed: pd.DataFrame, texts: pd.Series, notes: _Notes) -> None:
    """Where a table writes decimal commas ("1,5 million"), its "1,234" may be 1.234: send those to review."""
    decimal = notes.rows_with(_DECIMAL_COMMA_NOTE)
    if not len(decimal):
        return
    example = texts.iat[int(decimal[0])]
    strings = pa.array(
        [t if isinstance(t, str) else None for t in texts.to_numpy(dtype=object, na_value=None)], type=pa.string()
    )
    grouped = _np(pc.fill_null(pc.match_substring_regex(strings, _COMMA_GROUP), False))
    rows = np.flatnonzero(grouped & (parsed["parse_status"] == OK).to_numpy(dtype=bool, na_value=False))
    check = (
        f"check: the table writes decimal commas elsewhere ('{example}'), so a comma before three digits may be a "
        "decimal comma here"
    )
    _withhold(parsed, rows, [check] * len(rows))


def _arrow_text(column: pd.Series) -> pa.Array:
    """A text column as an Arrow string array (zero-copy when pandas already keeps it in Arrow)."""
    if isinstance(column.dtype, pd.StringDtype) and column.dtype.storage == "pyarrow":
        return pa.array(column.array).cast(pa.string())
    return pa.array(column.to_numpy(dtype=object, na_value=None), type=pa.string())


def _np(array) -> np.ndarray:
    return np.asarray(array.to_numpy(zero_copy_only=False), dtype=bool)


def row_problems(out: pd.DataFrame, problems: pd.DataFrame | None) -> pd.Series:
    """Each normalized claim's problems as text ("column: problem; ..."): its rows in ``problems`` (validation's
    table, fatal ones left out), then a value text that could not be read or needs review."""
    found: dict[int, list[str]] = {}
    if problems is not None and len(problems):
        rows = problems[problems["row"].notna() & (problems["severity"] != "fatal")]
        if len(rows):
            where = {(f, int(r)): i for i, (f, r) in enumerate(zip(out["input_file"], out["input_row"]))}
            for p in rows.itertuples(index=False):
                i = where.get((p.file, int(p.row)))
                if i is not None:
                    found.setdefault(i, []).append(f"{p.column}: {p.problem}")
    status = out["parse_status"]
    unread = np.flatnonzero(status.isin([UNPARSED, REVIEW]).to_numpy(dtype=bool, na_value=False))
    for i, state, note in zip(unread.tolist(), status.iloc[unread].tolist(), out["parse_note"].iloc[unread].tolist()):
        what = "cannot be read" if state == UNPARSED else "needs review"
        text = f"value_text: {what} ({note})"
        if text not in found.get(i, []):
            found.setdefault(i, []).append(text)
    # every row's text set at once, taken by Arrow from the few texts there are (a row at a time, a table with many
    # unread rows took minutes; a Python object per row, 70 ms for a million rows)
    at = np.zeros(len(out), dtype=np.int64)
    at[list(found)] = np.arange(1, len(found) + 1)
    cells = pa.array(["", *("; ".join(texts) for texts in found.values())], type=pa.large_string()).take(pa.array(at))
    return pd.Series(cells.to_pandas().array, index=out.index, dtype="str")


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.6g}"


def _describe(value, low, high, qualifier) -> str:
    if qualifier in (RANGE, VAGUE):
        return f"{_fmt(low)} to {_fmt(high)} ({qualifier})"
    if qualifier == AT_LEAST:
        return f"at least {_fmt(low)}"
    if qualifier == AT_MOST:
        return f"at most {_fmt(high)}"
    return f"{_fmt(value)} ({qualifier})"


def _agrees(v, lo, hi, p_value, p_low, p_high) -> bool:
    """Whether explicit numbers and what the text says could be the same claim (within 1%)."""
    mine = [x for x in (v, lo, hi) if not math.isnan(x)]
    theirs_low = p_low if not math.isnan(p_low) else (p_value if not math.isnan(p_value) else -math.inf)
    theirs_high = p_high if not math.isnan(p_high) else (p_value if not math.isnan(p_value) else math.inf)
    return all(theirs_low * 0.99 <= x <= theirs_high * 1.01 for x in mine)
