"""How a number travels: the same or a near value carried by other outlets or attributed to others.

Lineage rows pair an earlier claim with a later one on the same subject and unit, from different
documents (outlet and date), of four kinds:

- repeated: the same source, the same words, carried again;
- restated: the same source, other words for a value inside the earlier claim's interval
  (the CIA's "between 20,000 and 31,500" carried as "around 30,000");
- attribution: other sources, the same value within 2% ("at least 200,000" from a Kurdistan Region
  official, later "around 200,000" from "Iraqi authorities");
- mismatch: the same source, the same measure, values that cannot both hold and no stated as_of
  that would explain a change.

Candidates come from a sorted search on log values, so the work grows with the number of matches,
not with the square of the claims.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from discrepancy.claims.grammar import RANGE, VAGUE
from discrepancy.claims.text import fold_text, fold_unit
from discrepancy.engine.intervals import overlap
from discrepancy.engine.schema import columns
from discrepancy.limits import MAX_MISMATCH_BLOCK

LINEAGE_COLUMNS = columns("lineage")
_MAX_MATCHES = 50  # per claim: a value shared by more claims than this is too common to trace


def _col(c: pd.DataFrame, name: str) -> pd.Series:
    return c[name].fillna("").astype("str") if name in c.columns else pd.Series("", index=c.index, dtype="str")


def lineage_table(c: pd.DataFrame, tolerance: float = 0.02) -> pd.DataFrame:
    """Lineage rows from the engine's working table (claims with group_id, point, lo, hi, date)."""
    keep = ["claim_id", "group_id", "subject", "metric", "unit", "source", "source_key", "reported_by", "claim_date",
            "as_of", "value_text", "qualifier", "anchor", "lo", "hi", "date"]  # fmt: skip
    num = c.loc[c["has_numbers"] & (c["anchor"] > 0), [k for k in keep if k in c.columns]].copy()
    if len(num) < 2:
        return pd.DataFrame(columns=LINEAGE_COLUMNS)
    num["block"] = fold_text(num["subject"]) + "|" + fold_unit(_col(num, "unit"))
    num["doc"] = fold_text(_col(num, "reported_by")) + "|" + _col(num, "claim_date")
    num["text_key"] = fold_text(_col(num, "value_text"))
    num = num.reset_index(drop=True)
    pairs = pd.concat([_near_pairs(num, tolerance), _mismatch_pairs(num)], ignore_index=True)
    if pairs.empty:
        return pd.DataFrame(columns=LINEAGE_COLUMNS)
    pairs = pairs.drop_duplicates(["i", "j"])
    return _describe(num, pairs)


def _near_pairs(num: pd.DataFrame, tolerance: float) -> pd.DataFrame:
    """(i, j) where j's value lies in i's stated interval (ranges) or at i's point, within tolerance."""
    block_code = pd.factorize(num["block"])[0].astype(float)
    lp = np.log10(num["anchor"].to_numpy())
    key = block_code * 1000 + 500 + lp
    order = np.argsort(key, kind="stable")
    sorted_key = key[order]
    lo = num["lo"].to_numpy()
    hi = num["hi"].to_numpy()
    is_interval = num["qualifier"].isin([RANGE, VAGUE]).to_numpy() & np.isfinite(lo) & np.isfinite(hi) & (lo > 0)
    p = num["anchor"].to_numpy()
    span_lo = np.where(is_interval, lo, p) * (1 - tolerance)
    span_hi = np.where(is_interval, hi, p) * (1 + tolerance)
    start = np.searchsorted(sorted_key, block_code * 1000 + 500 + np.log10(span_lo), side="left")
    end = np.searchsorted(sorted_key, block_code * 1000 + 500 + np.log10(span_hi), side="right")
    counts = np.minimum(end - start, _MAX_MATCHES + 1)
    counts = np.where(end - start > _MAX_MATCHES, 0, counts)
    i = np.repeat(np.arange(len(num)), counts)
    offsets = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    j = order[np.repeat(start, counts) + offsets]
    keep = i != j
    i, j = i[keep], j[keep]
    same_source = num["source_key"].to_numpy()[i] == num["source_key"].to_numpy()[j]
    # across sources only values as stated count: a range's midpoint was never said by anyone
    stated = ~num["qualifier"].isin([RANGE, VAGUE]).to_numpy()
    near_point = (np.abs(np.log10(p[i] / p[j])) <= np.log10(1 + tolerance)) & stated[i] & stated[j]
    keep = same_source | near_point
    i, j = i[keep], j[keep]
    docs = num["doc"].to_numpy()
    keep = docs[i] != docs[j]
    return _ordered(num, i[keep], j[keep], "near")


def _mismatch_pairs(num: pd.DataFrame) -> pd.DataFrame:
    """Same source, same group, other documents, intervals apart, no differing as_of to explain it."""
    cols = ["group_id", "source_key"]
    size = num.groupby(cols)["claim_id"].transform("size")
    multi = num[(size > 1) & (size <= MAX_MISMATCH_BLOCK)]  # larger blocks would pair k^2 claims
    if multi.empty:
        return pd.DataFrame(columns=["i", "j", "how"])
    left = multi.reset_index()[["index", *cols]]
    m = left.merge(left, on=cols, suffixes=("_a", "_b"))
    m = m[m["index_a"] < m["index_b"]]
    a, b = m["index_a"].to_numpy(), m["index_b"].to_numpy()
    lo, hi = num["lo"].to_numpy(), num["hi"].to_numpy()
    apart = ~overlap(lo[a], hi[a], lo[b], hi[b])
    as_of = _col(num, "as_of").to_numpy()
    explained = (as_of[a] != "") & (as_of[b] != "") & (as_of[a] != as_of[b])
    docs = num["doc"].to_numpy()
    keep = apart & ~explained & (docs[a] != docs[b])
    return _ordered(num, a[keep], b[keep], "mismatch")


def _ordered(num: pd.DataFrame, i: np.ndarray, j: np.ndarray, how: str) -> pd.DataFrame:
    """Put the earlier claim first (by reference date, then claim_id)."""
    dates = num["date"].to_numpy(dtype="datetime64[ns]")
    ids = num["claim_id"].to_numpy(dtype=object)
    di, dj = dates[i], dates[j]
    nat_i, nat_j = np.isnat(di), np.isnat(dj)
    later_first = (~nat_i & ~nat_j & (dj < di)) | (nat_i & ~nat_j) | ((di == dj) | (nat_i & nat_j)) & (ids[j] < ids[i])
    first = np.where(later_first, j, i)
    second = np.where(later_first, i, j)
    return pd.DataFrame({"i": first, "j": second, "how": how})


def _describe(num: pd.DataFrame, pairs: pd.DataFrame) -> pd.DataFrame:
    wanted = [name for name in num.columns if name not in ("lo", "hi", "date", "anchor", "block", "doc")]
    e = num[wanted].take(pairs["i"].to_numpy()).reset_index(drop=True)
    later = num[wanted].take(pairs["j"].to_numpy()).reset_index(drop=True)
    same_source = (e["source_key"] == later["source_key"]).to_numpy()
    same_text = (e["text_key"] == later["text_key"]).to_numpy()
    mismatch = (pairs["how"] == "mismatch").to_numpy()
    kind = np.where(
        mismatch, "mismatch", np.where(same_source, np.where(same_text, "repeated", "restated"), "attribution")
    )
    out = pd.DataFrame(
        {
            "kind": kind,
            "subject": e["subject"].to_numpy(),
            "earlier_claim_id": e["claim_id"].to_numpy(),
            "later_claim_id": later["claim_id"].to_numpy(),
            "earlier_source": e["source"].to_numpy(),
            "later_source": later["source"].to_numpy(),
            "earlier_reported_by": _col(e, "reported_by").to_numpy(),
            "later_reported_by": _col(later, "reported_by").to_numpy(),
            "earlier_date": _col(e, "claim_date").to_numpy(),
            "later_date": _col(later, "claim_date").to_numpy(),
            "earlier_value_text": _col(e, "value_text").to_numpy(),
            "later_value_text": _col(later, "value_text").to_numpy(),
            "earlier_metric": e["metric"].to_numpy(),
            "later_metric": later["metric"].to_numpy(),
            "same_group": (e["group_id"] == later["group_id"]).to_numpy(),
        }
    )
    out["note"] = _notes(out)
    out = out.sort_values(
        ["subject", "earlier_date", "earlier_claim_id", "later_date", "later_claim_id"], kind="stable"
    )
    return out[LINEAGE_COLUMNS].reset_index(drop=True)


def _text(values: np.ndarray) -> np.ndarray:
    """Cells as an object array of the text an f-string writes for each."""
    out = np.empty(len(values), dtype=object)
    out[:] = [v if type(v) is str else f"{v}" for v in values.tolist()]
    return out


def _notes(out: pd.DataFrame) -> np.ndarray:
    """The note of each lineage row, in words: who said what where, and how the later claim carried it."""
    r = {name: _text(out[name].to_numpy(dtype=object)) for name in out.columns if name != "same_group"}
    e_where = np.where(r["earlier_reported_by"] != "", r["earlier_reported_by"], "unknown outlet")
    e_where = e_where + ", " + r["earlier_date"]
    l_where = np.where(r["later_reported_by"] != "", r["later_reported_by"], "unknown outlet") + ", " + r["later_date"]
    same = np.array(
        [a.casefold() == b.casefold() for a, b in zip(r["earlier_metric"].tolist(), r["later_metric"].tolist())],
        dtype=bool,
    )
    measure = np.where(same, "", "; measure changed: " + r["earlier_metric"] + " -> " + r["later_metric"])
    notes = np.empty(len(out), dtype=object)
    for kind in ("repeated", "restated", "attribution", "mismatch"):
        at = np.flatnonzero(r["kind"] == kind)
        source, value = r["earlier_source"][at], r["earlier_value_text"][at]
        later_source, later_value = r["later_source"][at], r["later_value_text"][at]
        e_at, l_at, m = e_where[at], l_where[at], measure[at]
        if kind == "repeated":
            notes[at] = source + ": '" + value + "' (" + e_at + ") repeated (" + l_at + ")" + m
        elif kind == "restated":
            notes[at] = source + ": '" + value + "' (" + e_at + ") carried as '" + later_value + "' (" + l_at + ")" + m
        elif kind == "attribution":
            notes[at] = ("'" + later_value + "' attributed to " + later_source + " (" + l_at + ") matches '" + value
                         + "' from " + source + " (" + e_at + ")" + m)  # fmt: skip
        else:
            notes[at] = (source + " gave '" + value + "' (" + e_at + ") and '" + later_value + "' (" + l_at
                         + ") for the same measure")  # fmt: skip
    return notes
