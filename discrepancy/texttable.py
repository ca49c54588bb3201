"""A table as aligned text for a terminal: what pandas' ``to_string(index=False)`` writes, made faster.

pandas formats a column cell by cell in Python (the groups of 1,000,000 claims, 100,000 rows: 5 s). How a cell
is written depends only on its value and on the set of values in its column (the width every cell is padded
to, and for numbers the digits and notation they share), never on how often a value occurs or where. So each
column's distinct values are written by pandas itself, as a table of their own, and each row takes its cells
from them: the same text, with each distinct value formatted once (the groups above: 1.4 s). A float column's
distinct values are written here by pandas' own rules (each value to ``display.precision`` digits, the trailing
zeros every number shares trimmed, scientific notation when a value is too small to show or a long one too
large), which pandas applies one pass at a time (100,000 values: 0.4 s), and a text column's, when every cell is
printable, right-justified as pandas does; tests hold the two to each other.

Claim text is untrusted: :func:`escaped_cells` shows the control characters of a table's text as escapes before
it reaches a terminal, and the findings' lines (:func:`numbered_utf8`) are escaped and cut as ``printable`` does.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from discrepancy.claims.text import arrow_text, text_bytes
from discrepancy.engine.frames import join_text
from discrepancy.terminal import escaped, printable


def frame_text(frame: pd.DataFrame) -> str:
    """``frame.to_string(index=False)``, under the display options in force, the same text."""
    if frame.empty or len(frame) < 2 or frame.columns.has_duplicates:
        return frame.to_string(index=False)
    headers, columns = [], []
    for position in range(frame.shape[1]):
        column = frame.iloc[:, [position]]
        codes, firsts = _distinct(column.iloc[:, 0])
        distinct = column.iloc[firsts, 0]
        lines = (
            _float_lines(distinct) or _text_lines(distinct) or column.iloc[firsts].to_string(index=False).split("\n")
        )
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
    has_large = bool((magnitudes > 1e6).any())
    has_small = bool(((magnitudes < 10 ** (-digits)) & (magnitudes > 0)).any())
    fixed, scientific = f".{digits}f", f".{digits}e"  # format(v, spec): half the time of an f-string's nested spec
    too_long = False
    if not has_small:  # a value too small to show: scientific notation, whatever the fixed cells would be
        cells = [format(v, fixed) if v == v else "NaN" for v in numbers]
        trim = digits
        for cell, is_finite in zip(cells, finite):  # the zeros every number's cell ends in (rstrip stops at the
            if is_finite:  # decimal point); a cell without one: look no further
                trim = min(trim, len(cell) - len(cell.rstrip("0")))
                if not trim:
                    break
        if trim:
            cells = [cell[:-trim] if is_finite else cell for cell, is_finite in zip(cells, finite)]
        if trim == digits:  # only then may a number's cell end in its decimal point
            cells = [cell + "0" if cell[-1] == "." else cell for cell in cells]
        too_long = max(map(len, cells)) > digits + 6
    if has_small or (too_long and has_large):
        cells = [format(v, scientific) if v == v else "NaN" for v in numbers]
    header = " " + name  # pandas leaves a space before a numeric column's label
    width = max(len(header), max(map(len, cells)))
    limit = pd.get_option("display.max_colwidth")
    if limit is not None and width > limit:
        return None
    return [header.rjust(width), *(cell.rjust(width) for cell in cells)]


def _text_lines(column: pd.Series) -> list[str] | None:
    """The lines ``column.to_frame().to_string(index=False)`` writes for a text column (header first): each cell
    and the label right-justified to the widest of them (pandas writes a cell as it is when it is printable,
    measures it by ``len`` unless ``display.unicode.east_asian_width`` is set, and does not cut it in
    ``to_string``). None when this is not a case written here (a missing or unprintable cell, a label that is not
    plain text, display options changed from their defaults): pandas writes those itself. The groups' 33,000
    distinct subjects of the 1M table: 0.2 s through pandas."""
    name = column.name
    if (
        not isinstance(column.dtype, pd.StringDtype)
        or not isinstance(name, str)
        or not (name.isascii() and name.isprintable())
        or pd.get_option("display.unicode.east_asian_width")
        or pd.get_option("display.colheader_justify") != "right"
        or column.isna().any()
    ):
        return None
    cells = column.tolist()
    if not all(cell.isprintable() for cell in cells):  # a tab or line break pandas escapes, a control character
        return None
    width = max(len(name), max(map(len, cells)))
    return [name.rjust(width), *(cell.rjust(width) for cell in cells)]


def escaped_cells(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every unprintable character of its text cells escaped (ESC as "\\x1b"), for a terminal or a
    text file: claim text is untrusted, and a terminal acts on the control sequences in it. pandas writes a tab,
    a carriage return and a line feed escaped already, the same way; other cells are unchanged, and so is a
    frame without such characters (the same object)."""
    changed = {}
    for position in range(frame.shape[1]):
        column = frame.iloc[:, position]
        if isinstance(column.dtype, pd.StringDtype):
            odd, cells = _not_plain(column)
        elif column.dtype == object:
            odd, cells = np.arange(len(column)), column.tolist()
        else:
            continue
        fix = [k for k, t in enumerate(cells) if type(t) is str and not t.isprintable()]
        if fix:
            values = column.copy()
            values.iloc[odd[fix]] = [escaped(cells[k]) for k in fix]
            changed[position] = values
    if not changed:
        return frame
    out = frame.copy(deep=False)
    for position, values in changed.items():
        out.isetitem(position, values)
    return out


def _not_plain(column: pd.Series, width: int | None = None) -> tuple[np.ndarray, list]:
    """The positions of a text column's cells that are not printable ASCII (space to tilde: what str.isprintable
    passes in ASCII) or are longer than ``width`` bytes (in ASCII a byte is a character), or are missing, and
    those cells: what Python must look at (accents and dashes mostly, to be left as they are)."""
    cells = arrow_text(column)
    plain = pc.ascii_is_printable(cells)
    if width is not None:
        plain = pc.and_(plain, pc.less_equal(pc.binary_length(cells), width))
    odd = np.flatnonzero(~pc.fill_null(plain, False).to_numpy(zero_copy_only=False))
    return odd, column.iloc[odd].tolist()


def numbered_utf8(rank: pd.Series, severity: pd.Series, text: pd.Series, width: int) -> bytes:
    """One line per row, ``f"{rank:>3}. [{severity}] {printable(text, width)}"``, each ending in a line break, as
    UTF-8: the findings as compare writes them (decoded, the lines of 1,000,000 claims' findings made a 110 MB str
    once a text had a dash or an accent, encoded again on the way out). Joined by Arrow
    (188,000 findings: 0.44-0.57 s as Python f-strings and a check of each text, 0.21-0.27 s here); a text that
    needs escaping or cutting (or is missing) goes through :func:`printable` as before, and so do all of them when
    a rank is not a whole number. Every character a terminal acts on is escaped (ESC too)."""
    if not len(text):
        return b""
    if rank.dtype.kind not in "iu" or not isinstance(severity.dtype, pd.StringDtype) or severity.isna().any():
        return "".join(
            f"{r:>3}. [{s}] {printable(t, width)}\n" for r, s, t in zip(rank.tolist(), severity.tolist(), text.tolist())
        ).encode("utf-8")
    cells = arrow_text(text)
    odd, texts = _not_plain(text, width)  # changed only where they must be
    changed = [k for k, t in enumerate(texts) if not (type(t) is str and t.isprintable() and len(t) <= width)]
    if changed:
        shown = pa.array([printable(texts[k], width) for k in changed], type=pa.large_string())
        at = np.arange(len(cells))
        at[odd[changed]] = len(cells) + np.arange(len(changed))
        cells = pa.concat_arrays([cells, shown]).take(pa.array(at))
    numbers = pc.utf8_lpad(pc.cast(pa.array(rank.to_numpy()), pa.large_string()), width=3)
    lines = join_text(numbers, ". [", arrow_text(severity), "] ", cells, "\n")
    return text_bytes(lines).tobytes()
