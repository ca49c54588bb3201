"""Which claims measure the same thing (shared/claims-schema.md, "Comparable claims").

Claims are comparable when subject, metric, geography and unit agree after folding case, surrounding
and repeated white space and common unit spellings. A different metric, geography or unit never joins
a group. Dates split a group only when a window is given: claims are taken in date order and a new
group starts when a claim lies more than ``window_days`` after the first claim of the current one.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from discrepancy.claims.text import fold_text, fold_unit, text_codes
from discrepancy.engine.frames import parse_dates, take_text
from discrepancy.parallel import Step

KEY_COLUMNS = ("subject", "metric", "geography", "unit")


SHORT_ID_HEX = 8  # "g-88ee6c23": short enough to type, and what every earlier report used
LONG_ID_HEX = 16  # used for every key whose short id another key in the same table shares


def _digest(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def _short_ids(uniques: np.ndarray) -> np.ndarray:
    """One id per distinct key: its short hash, or a longer one where two keys would share it. Keys never merge:
    grouping is on the full key, and an id is only its label. (100,000 keys of 32 bits share one about as often
    as not: the clash is looked up by a count, not a table.)"""
    digests = [_digest(u) for u in uniques]
    short = [d[:SHORT_ID_HEX] for d in digests]
    if len(set(short)) < len(short):  # a clash: every key in it gets a longer id
        counts = Counter(short)
        short = [d[:LONG_ID_HEX] if counts[s] > 1 else s for s, d in zip(short, digests)]
        if len(set(short)) < len(short):  # a 64-bit clash too: the whole digest
            short = digests
    return np.array(short, dtype=object)


def _label(digest: str, part: int) -> str:
    if part < 0:
        return f"g-{digest}-undated"
    return f"g-{digest}" if part == 0 else f"g-{digest}-w{part + 1}"


def assign_groups(claims: pd.DataFrame, window_days: int | None = None) -> pd.DataFrame:
    """A copy of ``claims`` with ``group_key`` (the folded subject|metric|geography|unit, a "|" or "\\" inside a
    value escaped with "\\") and ``group_id``.

    group_id is stable: a hash of the folded key, so the same claims get the same id in every run and
    in every table they appear in (a key whose 8-digit hash another key of the table shares gets 16 digits
    instead: two keys never share an id). With a window, later windows of one key add "-w2", "-w3", ...,
    and claims without a usable date form their own "-undated" group instead of joining a window.
    """
    out = claims.copy(deep=False)  # copy-on-write (pandas 3): the caller's frame stays as it was, uncopied
    codes, keys = key_codes_and_keys(out)
    out["group_key"] = pd.Series(keys.take(pa.array(codes)).to_pandas().array, index=out.index, dtype="str")
    group, ids = _groups_of_keys(out, codes, keys, window_days)
    out["group_id"] = take_text(ids, group).set_axis(out.index)
    return out


def group_codes(claims: pd.DataFrame, window_days: int | None = None) -> tuple[np.ndarray, pd.Series]:
    """Each claim's group as :func:`assign_groups` forms it, given as a number 0, 1, ... in the order of the
    group ids, and the group ids in that order (a "str" Series): what the engine groups and sorts on, with no
    key or id written per claim."""
    codes, keys = key_codes_and_keys(claims)
    return _groups_of_keys(claims, codes, keys, window_days)


def key_folds(claims: pd.DataFrame) -> list[Step]:
    """The key columns' codes and folded texts (``text_codes``), one Step per column in KEY_COLUMNS' order: a
    thread that forms the groups takes them from the first while another takes them from the last
    (discrepancy.parallel.Step: none is made twice)."""
    blank = pd.Series("", index=claims.index, dtype="str")
    return [
        Step(text_codes, claims[c] if c in claims.columns else blank, fold_unit if c == "unit" else fold_text)
        for c in KEY_COLUMNS
    ]


def key_codes_and_keys(claims: pd.DataFrame, folds: list[Step] | None = None) -> tuple[np.ndarray, pa.Array]:
    """Each claim's key as a code (numbered 0, 1, ... in order of first appearance), and each code's key: the folded
    columns escaped and joined once per key, by Arrow. Without a window the codes are the groups, numbered otherwise
    than by their ids (:func:`numbered_groups` gives each code's place among the ids)."""
    folded = [fold.result() for fold in (folds if folds is not None else key_folds(claims))]
    codes, first = _key_codes([column_codes for column_codes, _ in folded])
    at = np.array(first, dtype=np.int64)
    parts = [_escaped(pa.array(texts, type=pa.large_string()).take(pa.array(column_codes[at])))
             for column_codes, texts in folded]  # fmt: skip
    return codes, pc.binary_join_element_wise(*parts, pa.scalar("|", pa.large_string()))


def _groups_of_keys(claims: pd.DataFrame, codes: np.ndarray, keys: pa.Array, window_days: int | None):
    """Each claim's group (a key, or a key's window) as a number in the order of the group ids, and the ids."""
    group, rank, ids = numbered_groups(claims, codes, keys, window_days)
    return rank[group], ids


def numbered_groups(
    claims: pd.DataFrame, codes: np.ndarray, keys: pa.Array, window_days: int | None
) -> tuple[np.ndarray, np.ndarray, pd.Series]:
    """Each claim's group (a key, or a key's window) numbered 0, 1, ... in order of first appearance (without a
    window: ``codes`` themselves), each such number's place among the group ids sorted, and the ids sorted."""
    if not len(claims):
        return np.array([], dtype=np.int64), np.array([], dtype=np.int64), pd.Series([], dtype="str")
    digests = _short_ids(np.array(keys.to_pylist(), dtype=object))
    part = np.zeros(len(claims), dtype=np.int64)
    if window_days is not None:
        part = _window_parts(codes, parse_dates(claims["reference_date"]), window_days)
    if (part != 0).any():  # windows: one label per key and window, written once
        group = pd.factorize(codes * (int(part.max()) + 2) + (part + 1))[0]
        labels = [_label(digests[codes[i]], int(part[i])) for i in _first_rows(group)]
    else:
        group, labels = codes, ["g-" + d for d in digests.tolist()]  # _label(d, 0) of each, without a call each
    # ids are distinct (keys never share a digest; a key's windows differ by suffix): sorted, they number the groups.
    # Sorted by Arrow, on the UTF-8 bytes: the order of Python's str comparison (code points), a fifth of its time
    texts = pa.array(labels, type=pa.large_string())
    order = pc.sort_indices(texts).to_numpy()
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    return group, rank, pd.Series(texts.take(pa.array(order)).to_pandas().array, dtype="str")


def _escaped(texts: pa.Array) -> pa.Array:
    """A key column's texts with the separator escaped ("\\" as "\\\\", then "|" as "\\|"), so "a|b" + "c" and
    "a" + "b|c" stay two keys (they were one group once); text without "|" or "\\" is unchanged, and so is its
    group id."""
    return pc.replace_substring(pc.replace_substring(texts, "\\", "\\\\"), "|", "\\|")


def _key_codes(keys: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Each row's code for its whole key (the columns of ``keys`` together, each given as codes: one per distinct
    value of the column), numbered in order of first appearance as ``pd.factorize`` numbers the joined text, and
    the row where each key first appears: the columns' codes are packed into one number per row and hashed once
    (combined a column at a time when they do not fit in 62 bits), so no text is joined per row."""
    parts = [np.asarray(part, dtype=np.int64) for part in keys]
    sizes = [int(part.max()) + 2 if len(part) else 1 for part in parts]
    if math.prod(sizes) < 1 << 62:  # every column's code packed into one number, hashed once
        packed = np.zeros(len(parts[0]), dtype=np.int64)
        for part, size in zip(parts, sizes):
            packed = packed * size + part
        codes = pd.factorize(packed)[0]
    else:
        codes = np.zeros(len(parts[0]), dtype=np.int64)
        for part, size in zip(parts, sizes):
            codes = pd.factorize(codes * size + part)[0]
    return codes, _first_rows(codes)


def _first_rows(codes: np.ndarray) -> list[int]:
    """The row where each of the codes 0, 1, ... first appears."""
    first = np.full(int(codes.max()) + 1 if len(codes) else 0, len(codes), dtype=np.int64)
    np.minimum.at(first, codes, np.arange(len(codes)))
    return first.tolist()


def _window_parts(codes: np.ndarray, dates: pd.Series, window_days: int) -> np.ndarray:
    """Window number of each claim within its key (``codes``): a new window starts past ``window_days`` from
    the first claim of the current one. Claims without a usable date get -1: they are compared with none of the
    dated ones (an invalid date once put a claim beside unrelated ones and into their findings). Only the keys
    whose dates span more than the window are walked claim by claim, in date order."""
    missing = dates.isna().to_numpy()
    part = np.where(missing, -1, 0).astype(np.int64)
    dated = np.flatnonzero(~missing)
    if not len(dated):
        return part
    moments = dates.to_numpy()[dated]  # in the dates' own unit: years before 1677 or after 2262 overflow in ns
    unit = np.datetime_data(moments.dtype)[0]
    when = moments.view(np.int64)
    key = codes[dated]
    order = np.lexsort((when, key))
    key, when, rows = key[order], when[order], dated[order]
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    ends = np.r_[starts[1:], len(key)]
    limit = int(np.timedelta64(window_days, "D").astype(f"timedelta64[{unit}]").astype(np.int64))
    walked = np.flatnonzero(when[ends - 1] - when[starts] > limit)  # the other keys lie within one window
    at, windows = [], []
    for start, end in zip(starts[walked].tolist(), ends[walked].tolist()):
        window, first = 0, when[start]
        for i, moment in enumerate(when[start:end].tolist(), start):
            if moment - first > limit:
                window, first = window + 1, moment
            at.append(i)
            windows.append(window)
    part[rows[np.array(at, dtype=np.int64)]] = windows
    return part
