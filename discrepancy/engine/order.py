"""Row orders found on number columns alone: sorting by several keys, and the first row of each group.

Both give what a stable ``sort_values`` on the same keys gives (missing values last, -0.0 equal to 0.0), but
each key is ranked once and the ranks are packed into one 64-bit integer, so a single sort replaces a
multi-key ``lexsort`` (3x faster on 1,000,000 rows); keys too many to pack fall back to ``lexsort``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow.compute as pc

from discrepancy.claims.text import arrow_text

_PACKED_LIMIT = 1 << 62  # the product of the keys' sizes must stay below this to pack them in an int64
_DIRECT_LIMIT = 1 << 40  # a key of non-negative integers below this is its own rank


def dense_rank(values) -> tuple[np.ndarray, int]:
    """Each value's rank among the key's distinct values (-0.0 equal to 0.0), and how many ranks there can be,
    n: a missing value (NaN, NaT) ranks n - 1, after every value. A key of small non-negative integers (codes)
    is returned as it is."""
    values = np.asarray(values)
    kind = values.dtype.kind
    if kind == "b":
        return values.astype(np.int64), 2
    if kind in "iu" and len(values):
        low, high = int(values.min()), int(values.max())
        if low >= 0 and high < _DIRECT_LIMIT:
            return values.astype(np.int64, copy=False), high + 1
    missing = np.isnat(values) if kind == "M" else None
    if kind == "M":  # NaT takes a date of the column for the hashing (so it adds no rank), then -1
        values = values.view("i8")
        if missing.any():
            values = np.where(missing, values[~missing][0] if not missing.all() else 0, values)
    elif kind == "f":
        values = values + 0.0  # -0.0 becomes 0.0, as a sort sees them
    codes, uniques = pd.factorize(values)  # hashing, no sort of the rows; NaN gets -1
    if missing is not None:
        codes = np.where(missing, -1, codes)
    rank = np.empty(len(uniques) + 1, dtype=np.int64)
    rank[np.argsort(np.asarray(uniques))] = np.arange(len(uniques))  # distinct values: any sort is stable
    rank[-1] = len(uniques)  # code -1 (NaN): after every value
    return rank[codes], len(uniques) + 1


def packed(*keys) -> np.ndarray | None:
    """One int64 per row that sorts as ``keys`` do (the first the most significant), or None when the keys
    have too many distinct values to pack."""
    ranked = [dense_rank(k) for k in keys]
    size = 1
    for _, n in ranked:
        size *= max(n, 1)
    if size >= _PACKED_LIMIT:
        return None
    key = np.zeros(len(ranked[0][0]) if ranked else 0, dtype=np.int64)
    for codes, n in ranked:
        key = key * n + codes
    return key


def _lexsort(keys) -> np.ndarray:
    arrays = []
    for key in keys:
        values = np.asarray(key)
        if values.dtype.kind == "M":  # NaT last, as sort_values puts it
            values = np.where(np.isnat(values), np.iinfo(np.int64).max, values.view("i8"))
        arrays.append(values)
    return np.lexsort(arrays[::-1])


def stable_order(*keys) -> np.ndarray:
    """Row positions that sort by ``keys`` (the first the most significant), ascending and stable."""
    key = packed(*keys)
    if key is None:
        return _lexsort(keys)
    order = np.argsort(key)  # quicksort: 3x a stable sort's speed, and the same order when no two keys are equal
    ranked = key[order]
    if np.any(ranked[1:] == ranked[:-1]):  # a tie: the stable sort decides it
        order = np.argsort(key, kind="stable")
    return order


def first_rows(codes, *keys) -> np.ndarray:
    """For each distinct value of ``codes`` (non-negative integers), ascending, the position of its first row in
    the order of ``keys`` (ties: the earlier row): ``stable_order(codes, *keys)``'s first row of each code, found
    with a minimum per code instead of a sort."""
    codes = np.asarray(codes).astype(np.int64, copy=False)
    if not len(codes):
        return np.array([], dtype=np.int64)
    key = packed(*keys)
    if key is None:
        order = _lexsort((codes, *keys))
        sorted_codes = codes[order]
        return order[np.r_[True, sorted_codes[1:] != sorted_codes[:-1]]]
    if int(codes.max()) >= 2 * len(codes):  # sparse codes: number them 0, 1, ... in the same order
        codes = np.unique(codes, return_inverse=True)[1].reshape(-1)
    least = pd.Series(key).groupby(codes, sort=False).min()
    best = np.full(int(codes.max()) + 1, np.iinfo(np.int64).max, dtype=np.int64)
    best[least.index.to_numpy()] = least.to_numpy()
    candidates = np.flatnonzero(key == best[codes])  # each code's least key, on one row or on tied rows
    _, first = np.unique(codes[candidates], return_index=True)  # the earliest candidate row of each code
    return candidates[first]


def text_order_codes(texts: pd.Series) -> np.ndarray:
    """Each text's rank in code point order (equal texts one rank, missing ones before every text): the order
    ``pd.factorize(texts, sort=True)`` codes give, ranked by Arrow (UTF-8 bytes sort as code points do), 0.15 s
    against 0.35 s for 1,000,000 distinct claim ids."""
    ranks = pc.rank(arrow_text(texts), sort_keys=[("", "ascending", "at_start")], tiebreaker="dense")
    return np.asarray(ranks).astype(np.int64)
