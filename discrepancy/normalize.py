"""Turning each stated value into numbers: value, low, high, qualifier, denominator, parse_status, parse_note.

Explicit ``value``, ``low`` and ``high`` cells override what value_text says (parse_status "overridden");
a text that cannot be read keeps its row with parse_status "unparsed" and a note. Also adds
``reference_date`` (the end of as_of when given, else the first day of claim_date: the date a claim's
estimate is compared by) and ``row_problems`` (every validation problem of the row, "" when none).
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from .dates import DateProblem, date_span, period_span
from .values import parse_value

_PARSED = ("value", "low", "high", "qualifier", "denominator", "unit", "parse_status", "parse_note")


def _numbers(frame: pd.DataFrame, column: str) -> np.ndarray:
    if column not in frame.columns:
        return np.full(len(frame), np.nan)
    return pd.to_numeric(frame[column].astype("str").str.strip(), errors="coerce").to_numpy(dtype=float)


def _parse_unique(texts: pd.Series) -> pd.DataFrame:
    """parse_value once per distinct text, spread back over the rows."""
    codes, uniques = pd.factorize(texts, use_na_sentinel=False)
    parsed = [parse_value(u) for u in uniques]
    table = pd.DataFrame(
        {
            "value": np.array([p.value if p.value is not None else np.nan for p in parsed], dtype=float),
            "low": np.array([p.low if p.low is not None else np.nan for p in parsed], dtype=float),
            "high": np.array([p.high if p.high is not None else np.nan for p in parsed], dtype=float),
            "denominator": np.array([p.denominator if p.denominator is not None else np.nan for p in parsed], dtype=float),
            "qualifier": pd.array([p.qualifier for p in parsed], dtype="str"),
            "unit": pd.array([p.unit for p in parsed], dtype="str"),
            "parse_status": pd.array([p.status for p in parsed], dtype="str"),
            "parse_note": pd.array([p.note for p in parsed], dtype="str"),
        }
    )
    return table.take(codes).reset_index(drop=True)


def _reference_dates(frame: pd.DataFrame) -> pd.Series:
    def ref(claim_date: str, as_of: str) -> str:
        try:
            if as_of.strip():
                return period_span(as_of)[1].isoformat()
            return date_span(claim_date)[0].isoformat()
        except DateProblem:
            return ""

    claim = frame["claim_date"].astype("str") if "claim_date" in frame.columns else pd.Series("", index=frame.index)
    as_of = frame["as_of"].astype("str") if "as_of" in frame.columns else pd.Series("", index=frame.index)
    pairs = claim.str.cat(as_of, sep="\x1f")
    codes, uniques = pd.factorize(pairs)
    values = np.array([ref(*u.split("\x1f", 1)) for u in uniques], dtype=object)
    return pd.Series(values[codes], index=frame.index, dtype="str")


def normalize_claims(frame: pd.DataFrame, problems: pd.DataFrame | None = None) -> pd.DataFrame:
    """A copy of a loaded claim table with the normalized columns added (the input is not changed).

    ``problems``: the table's problem table (from validation); its row problems fill ``row_problems``.
    """
    out = frame.copy()
    n = len(out)
    texts = out["value_text"].astype("str") if "value_text" in out.columns else pd.Series([""] * n, dtype="str")
    parsed = _parse_unique(texts.reset_index(drop=True))
    ev, el, eh = (_numbers(out, c) for c in ("value", "low", "high"))
    explicit = ~(np.isnan(ev) & np.isnan(el) & np.isnan(eh))

    value = parsed["value"].to_numpy().copy()
    low = parsed["low"].to_numpy().copy()
    high = parsed["high"].to_numpy().copy()
    qualifier = parsed["qualifier"].to_numpy(dtype=object).copy()
    status = parsed["parse_status"].to_numpy(dtype=object).copy()
    note = parsed["parse_note"].to_numpy(dtype=object).copy()

    for i in np.flatnonzero(explicit):
        p_value, p_low, p_high, p_q = value[i], low[i], high[i], qualifier[i]
        v, lo, hi = ev[i], el[i], eh[i]
        if np.isnan(v) and not np.isnan(lo) and not np.isnan(hi):
            v = (lo + hi) / 2
        if not np.isnan(lo) and not np.isnan(hi):
            q = "range"
        elif not np.isnan(lo) and np.isnan(ev[i]):
            q = "at_least"
        elif not np.isnan(hi) and np.isnan(ev[i]):
            q = "at_most"
        else:
            q = p_q if p_q in ("exact", "approx") else "exact"
        stated = _describe(p_value, p_low, p_high, p_q) if status[i] == "ok" else "unreadable"
        given = ", ".join(f"{name} {_fmt(x)}" for name, x in (("value", ev[i]), ("low", lo), ("high", hi)) if not np.isnan(x))
        parts = [f"numbers from the {given} column{'s' if given.count(',') else ''}; value_text reads {stated}"]
        if status[i] == "ok" and not _agrees(v, lo, hi, p_value, p_low, p_high):
            parts.append("the columns and value_text disagree: check which is right")
        value[i], low[i], high[i], qualifier[i], status[i] = v, lo, hi, q, "overridden"
        note[i] = "; ".join(parts + ([note[i]] if note[i] else []))

    out["value"] = value
    out["low"] = low
    out["high"] = high
    out["qualifier"] = pd.array(qualifier, dtype="str")
    out["denominator"] = parsed["denominator"].to_numpy()
    if "unit" not in out.columns:
        out["unit"] = ""
    unit = out["unit"].astype("str").to_numpy(dtype=object)
    parsed_unit = parsed["unit"].to_numpy(dtype=object)
    fill = (pd.Series(unit).str.strip() == "").to_numpy() & pd.notna(parsed_unit)
    unit[fill] = parsed_unit[fill]
    out["unit"] = pd.array(unit, dtype="str")
    out["parse_status"] = pd.array(status, dtype="str")
    out["parse_note"] = pd.array(note, dtype="str")
    out["reference_date"] = _reference_dates(out).to_numpy()
    out["row_problems"] = _row_problems(out, problems)
    return out


def _row_problems(out: pd.DataFrame, problems: pd.DataFrame | None) -> np.ndarray:
    result = np.full(len(out), "", dtype=object)
    keyed: dict[tuple[str, int], list[str]] = {}
    if problems is not None and len(problems):
        rows = problems[problems["row"].notna() & (problems["severity"] != "fatal")]
        for p in rows.itertuples(index=False):
            keyed.setdefault((p.file, int(p.row)), []).append(f"{p.column}: {p.problem}")
    unparsed = (out["parse_status"] == "unparsed").to_numpy()
    files = out["input_file"].to_numpy(dtype=object) if "input_file" in out.columns else np.full(len(out), "")
    row_numbers = out["input_row"].to_numpy() if "input_row" in out.columns else np.arange(len(out))
    if keyed:
        for i, (f, r) in enumerate(zip(files, row_numbers)):
            found = keyed.get((f, int(r)))
            if found:
                result[i] = "; ".join(found)
    for i in np.flatnonzero(unparsed):
        text = f"value_text: cannot be read ({out['parse_note'].iat[i]})"
        if text not in result[i]:
            result[i] = f"{result[i]}; {text}" if result[i] else text
    return pd.array(result, dtype="str")


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.6g}"


def _describe(value, low, high, qualifier) -> str:
    if qualifier in ("range", "vague"):
        return f"{_fmt(low)} to {_fmt(high)} ({qualifier})"
    if qualifier == "at_least":
        return f"at least {_fmt(low)}"
    if qualifier == "at_most":
        return f"at most {_fmt(high)}"
    return f"{_fmt(value)} ({qualifier})"


def _agrees(v, lo, hi, p_value, p_low, p_high) -> bool:
    """Whether explicit numbers and what the text says could be the same claim (within 1%)."""
    mine = [x for x in (v, lo, hi) if not math.isnan(x)]
    theirs_low = p_low if not math.isnan(p_low) else (p_value if not math.isnan(p_value) else -math.inf)
    theirs_high = p_high if not math.isnan(p_high) else (p_value if not math.isnan(p_value) else math.inf)
    return all(theirs_low * 0.99 <= x <= theirs_high * 1.01 for x in mine)
