"""A table as aligned text for a terminal: what pandas' ``to_string(index=False)`` writes, made faster.

pandas formats a column cell by cell in Python (the groups of 1,000,000 claims, 100,000 rows: 5 s). How a cell
is written depends only on its value and on the set of values in its column (the width every cell is padded
to, and for numbers the digits and notation they share), never on how often a value occurs or where. So each
column's distinct values are written by pandas itself, as a table of their own, and each row takes its cells
from them: the same text, with each distinct value formatted once (the groups above: 1.4 s).
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def frame_text(frame: pd.DataFrame) -> str:
    """``frame.to_string(index=False)``, under the display options in force, the same text."""
    if frame.empty or len(frame) < 2 or frame.columns.has_duplicates:
        return frame.to_string(index=False)
    headers, columns = [], []
    for position in range(frame.shape[1]):
        column = frame.iloc[:, [position]]
        codes, firsts = _distinct(column.iloc[:, 0])
        lines = _float_lines(column.iloc[firsts, 0]) or column.iloc[firsts].to_string(index=False).split("\n")
        if len(lines) != len(firsts) + 1:  # a header or cell written over several lines: pandas writes all of it
            return frame.to_string(index=False)
        headers.append(lines[0])
        columns.append(np.array(lines[1:], dtype=object)[codes].tolist())
    return "\n".join([" ".join(headers), *(" ".join(cells) for cells in zip(*columns))])


def _distinct(column: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Each cell's code and the position of each code's first cell. Floats are told apart by their bits: -0.0
    is written apart from 0.0, which pandas' factorize takes for one value. Text, integers and booleans by value;
    other columns (an object column may hold 1, 1.0 and True, equal values written three ways) cell by cell."""
    dtype = column.dtype
    if isinstance(dtype, np.dtype) and dtype.kind == "f":
        bits = np.ascontiguousarray(column.to_numpy()).view(f"u{dtype.itemsize}")
        _, firsts, codes = np.unique(bits, return_index=True, return_inverse=True)
        return codes.reshape(-1), firsts
    if isinstance(dtype, pd.StringDtype) or (isinstance(dtype, np.dtype) and dtype.kind in "biu"):
        codes = pd.factorize(column, use_na_sentinel=False)[0]
        _, firsts = np.unique(codes, return_index=True)
        return codes, firsts
    every = np.arange(len(column))
    return every, every


def _float_lines(column: pd.Series) -> list[str] | None:
    """The lines ``column.to_frame().to_string(index=False)`` writes for a float64 column (header first), or None
    when this is not a case written here (display options changed from their defaults, a label that is not plain
    text, a cell wider than ``display.max_colwidth``): pandas writes those itself."""
    name = column.name
    digits = pd.get_option("display.precision")
    if (
        column.dtype != np.float64
        or not isinstance(name, str)
        or not (name.isascii() and name.isprintable())
        or not 0 < digits < 17
        or pd.get_option("display.float_format") is not None
        or pd.get_option("display.chop_threshold") is not None
    ):
        return None
    values = column.to_numpy()
    magnitudes = np.abs(values)
    finite = np.isfinite(values).tolist()
    numbers = values.tolist()
    cells = [f"{v:.{digits}f}" if not v != v else "NaN" for v in numbers]
    kept = [cell for cell, is_finite in zip(cells, finite) if is_finite]  # the cells pandas takes for numbers
    if kept:
        trim = min(len(cell) - len(cell.rstrip("0")) for cell in kept)  # rstrip stops at the decimal point
        if trim:
            cells = [cell[:-trim] if is_finite else cell for cell, is_finite in zip(cells, finite)]
        cells = [cell + "0" if cell[-1] == "." else cell for cell in cells]
    too_long = max(map(len, cells)) > digits + 6
    has_large = bool((magnitudes > 1e6).any())
    has_small = bool(((magnitudes < 10 ** (-digits)) & (magnitudes > 0)).any())
    if has_small or (too_long and has_large):
        cells = [f"{v:.{digits}e}" if not v != v else "NaN" for v in numbers]
    header = " " + name  # pandas leaves a space before a numeric column's label
    width = max(len(header), max(map(len, cells)))
    limit = pd.get_option("display.max_colwidth")
    if limit is not None and width > limit:
        return None
    return [header.rjust(width), *(cell.rjust(width) for cell in cells)]
