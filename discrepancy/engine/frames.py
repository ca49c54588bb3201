"""Small DataFrame helpers shared by the engine's modules."""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterator

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from discrepancy.claims.text import arrow_text
from discrepancy.parallel import beside

#: the "str" columns of a claim table (Arrow storage, NaN for missing)
TEXT_DTYPE = pd.StringDtype("pyarrow", na_value=np.nan)
#: the Arrow type the engine builds text in
TEXT = pa.large_string()


def iter_rows(frame: pd.DataFrame) -> Iterator[tuple]:
    """Rows as named tuples, read column by column: iterating Arrow-backed cells one at a time is slow."""
    Row = namedtuple("Row", list(frame.columns))
    columns = [frame[c].to_numpy(dtype=object) for c in frame.columns]
    return (Row(*values) for values in zip(*columns))


def take_text(column: pd.Series, positions: np.ndarray) -> pd.Series:
    """The text of ``column`` at ``positions``, as a "str" column, taken by Arrow (no Python object per row: a
    7x saving on 5,000,000 rows)."""
    return pd.Series(arrow_text(column).take(pa.array(positions)).to_pandas().array, dtype="str")


def sparse_text(n: int, positions: np.ndarray, values) -> pd.Series:
    """A "str" column of ``n`` rows, ``values`` at ``positions`` and "" elsewhere, built by Arrow: a column of
    notes that few rows have costs no Python object for the others."""
    return pd.Series(spread_text(n, positions, values).to_pandas().array, dtype="str")


def spread_text(n: int, positions: np.ndarray, values) -> pa.Array:
    """:func:`sparse_text` as Arrow text; ``values`` an Arrow array of text or a sequence of str."""
    indices = np.zeros(n, dtype=np.int64)
    indices[positions] = np.arange(1, len(positions) + 1)
    given = values.cast(TEXT) if isinstance(values, pa.Array) else pa.array(list(values), type=TEXT)
    return pa.concat_arrays([pa.array([""], type=TEXT), given]).take(pa.array(indices))


def notes_column(*notes: tuple) -> pd.Series:
    """A "str" column of notes: for each (mask, text) in order, the text where the mask holds, joined with "; ",
    and "" where none holds. Each row's set of notes is a bit pattern; the text of each pattern is joined once and
    taken by Arrow, no Python string per row (a third of a million claims once took a note each in a loop)."""
    if len(notes) > 16:
        raise ValueError("notes_column joins at most 16 kinds of note")
    masks = [np.asarray(mask, dtype=bool) for mask, _ in notes]
    pattern = np.zeros(len(masks[0]) if masks else 0, dtype=np.int64)
    for bit, mask in enumerate(masks):
        pattern |= mask.astype(np.int64) << bit
    texts = ["; ".join(text for bit, (_, text) in enumerate(notes) if p >> bit & 1) for p in range(1 << len(notes))]
    return pd.Series(pa.array(texts, TEXT).take(pa.array(pattern)).to_pandas().array, dtype="str")


def take_rows(frame: pd.DataFrame, positions: np.ndarray) -> pd.DataFrame:
    """``frame.take(positions)`` with a fresh index: the same frame, a large one's columns taken side by side on
    two threads (Arrow takes text without holding the GIL; taking 1,000,000 rows of 20 text columns one after
    another is memory-bound and took 2.6 s; discrepancy.parallel)."""

    def one(name):
        column = frame[name]
        if column.dtype == TEXT_DTYPE:
            return take_text(column, positions).array
        return column.array.take(positions)

    with beside(len(positions), "take", workers=2) as pool:
        arrays = list(pool.map(one, frame.columns))
    return pd.DataFrame(dict(zip(frame.columns, arrays)))


def objects(values) -> np.ndarray:
    """A sequence as a 1-d object array (strings stay Python strings, tuples are not unpacked)."""
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def join_text(*parts) -> pa.Array:
    """The texts of ``parts`` joined row by row: each part an Arrow array of text, an object array or list of str
    (all of one length), or one str for every row."""
    pieces = [
        pa.scalar(p, TEXT) if isinstance(p, str) else (p.cast(TEXT) if isinstance(p, pa.Array) else pa.array(p, TEXT))
        for p in parts
    ]
    return pc.binary_join_element_wise(*pieces, pa.scalar("", TEXT))


def text_rank(texts) -> np.ndarray:
    """The rank of each text among them, as a stable ``sort_values`` orders them: by code point, equal texts
    equal ranks (0, 1, ...), missing after all. Ranked by Arrow (UTF-8 bytes sort as code points do): the
    findings' 188,000 claim ids 0.16 s as ``pd.factorize(sort=True)`` codes, 0.10 s here."""
    arr = texts if isinstance(texts, pa.Array) else arrow_text(pd.Series(texts, dtype="str"))
    ranks = pc.rank(arr, sort_keys=[("", "ascending", "at_end")], tiebreaker="dense")
    return np.asarray(ranks).astype(np.int64) - 1


def parse_dates(texts: pd.Series, **options) -> pd.Series:
    """``pd.to_datetime(texts.replace("", None), errors="coerce", **options)``, each distinct text parsed once: a
    million claims carry a few thousand dates (0.36 s down to 0.04 s), same values, dtype and index."""
    codes, uniques = pd.factorize(texts)  # missing: -1
    parsed = pd.to_datetime(pd.Series(uniques, dtype=texts.dtype).replace("", None), errors="coerce", **options)
    values = np.append(parsed.to_numpy(), np.array(["NaT"], dtype=parsed.dtype))  # code -1 takes the last: NaT
    return pd.Series(values[codes], index=texts.index, name=texts.name)
