"""Which claims measure the same thing (shared/claims-schema.md, "Comparable claims").

Claims are comparable when subject, metric, geography and unit agree after folding case, surrounding
and repeated white space and common unit spellings. A different metric, geography or unit never joins
a group. Dates split a group only when a window is given: claims are taken in date order and a new
group starts when a claim lies more than ``window_days`` after the first claim of the current one.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd

from discrepancy.claims.text import fold_text, fold_unit

KEY_COLUMNS = ("subject", "metric", "geography", "unit")


SHORT_ID_HEX = 8  # "g-88ee6c23": short enough to type, and what every earlier report used
LONG_ID_HEX = 16  # used for every key whose short id another key in the same table shares


def _digest(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def _short_ids(uniques: np.ndarray) -> np.ndarray:
    """One id per distinct key: its short hash, or a longer one where two keys would share it. Keys never merge:
    grouping is on the full key, and an id is only its label."""
    digests = [_digest(u) for u in uniques]
    short = np.array([d[:SHORT_ID_HEX] for d in digests], dtype=object)
    if len(set(short)) < len(short):  # a clash: every key in it gets a longer id
        counts = pd.Series(short).value_counts()
        for i in np.flatnonzero(pd.Series(short).map(counts).to_numpy() > 1):
            short[i] = digests[i][:LONG_ID_HEX]
        if len(set(short)) < len(short):  # a 64-bit clash too: the whole digest
            short = np.array(digests, dtype=object)
    return short


def _label(digest: str, part: int) -> str:
    if part < 0:
        return f"g-{digest}-undated"
    return f"g-{digest}" if part == 0 else f"g-{digest}-w{part + 1}"


def assign_groups(claims: pd.DataFrame, window_days: int | None = None) -> pd.DataFrame:
    """A copy of ``claims`` with ``group_key`` (the folded subject|metric|geography|unit) and ``group_id``.

    group_id is stable: a hash of the folded key, so the same claims get the same id in every run and
    in every table they appear in (a key whose 8-digit hash another key of the table shares gets 16 digits
    instead: two keys never share an id). With a window, later windows of one key add "-w2", "-w3", ...,
    and claims without a usable date form their own "-undated" group instead of joining a window.
    """
    out = claims.copy()
    keys = [
        fold_text(out[c]) if c in out.columns else pd.Series("", index=out.index, dtype="str") for c in KEY_COLUMNS[:3]
    ]
    keys.append(fold_unit(out["unit"]) if "unit" in out.columns else pd.Series("", index=out.index, dtype="str"))
    out["group_key"] = keys[0].str.cat(keys[1:], sep="|")
    part = np.zeros(len(out), dtype=np.int64)
    if window_days is not None and len(out):
        part = _window_parts(
            out["group_key"], pd.to_datetime(out["reference_date"].replace("", None), errors="coerce"), window_days
        )
    codes, uniques = pd.factorize(out["group_key"])
    if len(out):
        digests = _short_ids(np.asarray(uniques, dtype=object))
        ids = np.array([_label(d, 0) for d in digests], dtype=object)[codes]
    else:
        ids = np.array([], dtype=object)
    for i in np.flatnonzero(part != 0):
        ids[i] = _label(digests[codes[i]], int(part[i]))
    out["group_id"] = pd.array(ids, dtype="str")
    return out


def _window_parts(keys: pd.Series, dates: pd.Series, window_days: int) -> np.ndarray:
    """Window number of each claim within its key: a new window starts past ``window_days`` from the
    first claim of the current one. Claims without a usable date get -1: they are compared with none of the
    dated ones (an invalid date once put a claim beside unrelated ones and into their findings)."""
    part = np.where(dates.isna().to_numpy(), -1, 0).astype(np.int64)
    frame = pd.DataFrame({"key": keys.to_numpy(), "date": dates.to_numpy()}, index=np.arange(len(keys)))
    dated = frame[frame["date"].notna()].sort_values(["key", "date"], kind="stable")
    limit = pd.Timedelta(days=window_days)
    for _, block in dated.groupby("key", sort=False):
        if len(block) < 2 or block["date"].iloc[-1] - block["date"].iloc[0] <= limit:
            continue
        window, start = 0, block["date"].iloc[0]
        for i, d in zip(block.index, block["date"]):
            if d - start > limit:
                window, start = window + 1, d
            part[i] = window
    return part
