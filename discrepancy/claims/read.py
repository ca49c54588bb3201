"""Reading claim tables from CSV, XLSX, Parquet and JSON into one shape: text columns, canonical names.

Every reader returns the table's cells as text (numbers are read by validation and normalization, so a
cell is never silently reinterpreted), column names trimmed and lower-cased, unknown columns kept, plus
``input_file`` and ``input_row`` (the row number as in the file: the header is row 1; for JSON, the
object's position in the list, from 1). Problems that make a file unusable raise :class:`TableError`
listing all of them. Files are only ever read.
"""

from __future__ import annotations

import csv
import io
import json
import math
import mmap
import os
import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from discrepancy.claims.problems import problem, problem_frame
from discrepancy.claims.schema import COLUMNS, LOAD_COLUMNS
from discrepancy.errors import TableError
from discrepancy.parallel import beside
from discrepancy.paths import display_path

READERS = {
    ".csv": "csv",
    ".txt": "csv",
    ".tsv": "csv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".json": "json",
}
_OTHER_DELIMITERS = {";": "semicolon", "\t": "tab", "|": "pipe"}
#: Most columns a claim table may have (the contract has 18; analysts add a few of their own). A header of
#: 1,000,000 columns once took 13.6 GB to read.
MAX_COLUMNS = 1_000
#: Longest cell read (characters). A claim's quote is a short excerpt; a 100,000-character subject once made
#: the engine copy gigabytes and one chart take 24 s. A longer cell refuses the table, naming the cell.
MAX_CELL_CHARS = 10_000
#: bytes Arrow parses per block, a block per thread: 4 MB read a 400 MB table in half the time 16 MB did. A row
#: longer than a block (one huge cell, refused after the read with its row named) is read in one block.
BLOCK_BYTES = 1 << 22
#: a CSV file this large is mapped into memory instead of read into a bytes object: reading 400 MB cost 0.5 to
#: 0.9 s of a 5 s load, mapping it nothing (the pages are read as Arrow parses them). The one cost: a file that
#: another program cuts short while it is being read stops the process (SIGBUS) instead of raising TableError;
#: the mapping is read-only, so the file itself is never changed
MAP_BYTES = 1 << 25


def _fatal(file: str, row, column: str, value, text: str) -> TableError:
    return TableError(problem_frame([problem(file, row, column, value, text, "fatal")]))


def read_table(
    path: str | os.PathLike, *, sheet: str | int | None = None, delimiter: str | None = None
) -> pd.DataFrame:
    """Read one claim table as text cells with canonical column names. Raises TableError."""
    p = Path(path)
    name = display_path(p)
    if delimiter is not None and (len(delimiter) != 1 or delimiter in '\r\n"' or delimiter.isalnum()):
        raise _fatal(
            name, None, "", delimiter, f"--delimiter takes one character such as ';' or a tab, not {delimiter!r}"
        )
    if "\x00" in str(p):
        raise _fatal(name.replace("\x00", "\\0"), None, "", "", "is not a valid file name (it holds a NUL character)")
    if not p.exists():
        raise _fatal(name, None, "", "", "file not found")
    if p.is_dir():
        raise _fatal(name, None, "", "", "is a folder, not a claim table")
    kind = READERS.get(p.suffix.lower())
    if kind is None:
        raise _fatal(name, None, "", p.suffix, f"unknown file type {p.suffix!r}: use .csv, .xlsx, .parquet or .json")
    try:
        data = _mapped(p) if kind == "csv" and p.stat().st_size >= max(MAP_BYTES, 1) else p.read_bytes()
    except OSError as e:
        raise _fatal(name, None, "", "", f"cannot be read: {e.strerror or e}") from e
    if not data or _blank(data):
        raise _fatal(name, None, "", "", "file is empty: a claim table needs a header row and at least one claim")
    header_row = 1  # the header's row number (a CSV's blank lines before it are rows a spreadsheet shows)
    if kind == "csv":
        frame, numbers, header_row = _read_csv(data, name, delimiter or ("\t" if p.suffix.lower() == ".tsv" else None))
    elif kind == "xlsx":
        frame, rows = _read_xlsx(data, name, sheet)
        numbers = pd.Index(rows)
    else:  # a Parquet or JSON row's number: its position, from 1
        frame = _read_parquet(data, name) if kind == "parquet" else _read_json(data, name)
        numbers = pd.RangeIndex(1, 1 + len(frame))
    if len(frame.columns) > MAX_COLUMNS:
        raise _too_wide(name, len(frame.columns))
    _refuse_header_below(frame, name, numbers, header_row)
    frame = _canonical_columns(frame, name, header_row)
    if kind == "csv":
        frame = _without_formula_guards(frame)
    frame, numbers = _without_empty_rows(frame, numbers)
    _refuse_long_cells(frame, name, numbers)
    if frame.empty:
        raise _fatal(name, None, "", "", "has a header but no rows: a claim table needs at least one claim")
    frame["input_file"] = name
    frame["input_row"] = numbers
    return frame


def _mapped(p: Path) -> mmap.mmap:
    """The file's bytes mapped read-only: ``find``, slicing and the buffer protocol as a bytes object has them."""
    with p.open("rb") as f:
        return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)


#: the columns every claim table names (value_text: or value), by which a header is known
_HEADER_NAMES = {c.name for c in COLUMNS if c.is_required} | {"value_text", "value"}
#: rows looked at for a header below the first row (a title, a note, Excel's "sep=," line above it)
_HEADER_SEARCH_ROWS = 20


def _header_names(cells) -> set[str]:
    """The contract's required column names among ``cells`` (trimmed, case ignored)."""
    return {str(c).strip().lower() for c in cells if isinstance(c, str)} & _HEADER_NAMES


def _header_below_problem(name: str, first: list[str], first_row: int, rows) -> dict | None:
    """A fatal problem when the first row names fewer than three of the required columns and one of the next
    ``rows`` ((number, cells), the first _HEADER_SEARCH_ROWS looked at) names three or more: the header is lower
    down, below a title or a note, and every row read under the first would be misplaced."""
    if len(_header_names(first)) >= 3:
        return None
    for number, cells in rows:
        found = _header_names(cells)
        if len(found) >= 3:
            above = ", ".join(c for c in first if c.strip() and not c.lower().startswith("unnamed:"))[:60]
            return problem(name, number, "", ", ".join(str(c) for c in cells if str(c).strip())[:80],
                           f"looks like the header (it names {', '.join(sorted(found))}); row {first_row}, read as "
                           f"the header ({above!r}), does not: remove the rows above the header, which must be the "
                           "table's first row", "fatal")  # fmt: skip
    return None


def _refuse_header_below(frame: pd.DataFrame, name: str, numbers: pd.Index, header_row: int) -> None:
    """Refuse a table whose header is below its first row (a title, a note or a "sep=," line above it)."""
    head = frame.head(_HEADER_SEARCH_ROWS)
    rows = ((int(numbers[i]), list(head.iloc[i])) for i in range(len(head)))
    found = _header_below_problem(name, [str(c) for c in frame.columns], header_row, rows)
    if found is not None:
        raise TableError(problem_frame([found]))


#: the columns read as numbers and units: a formula guard's apostrophe before their text is taken off
_GUARDED_COLUMNS = ("value_text", "value", "low", "high", "unit")


def _without_formula_guards(frame: pd.DataFrame) -> pd.DataFrame:
    """The value and unit cells without the apostrophe a CSV writer puts before a cell that begins with = + - @ (a
    tab or a carriage return) so that a spreadsheet does not run it as a formula, as this suite's own CSV output does
    (discrepancy.output). Read back with it, '-3.5%' was +3.5%. Only that apostrophe is taken off; "'30,000" and
    "'s" stay as they are. Each column is looked at with one Arrow kernel; the rare column holding one is rewritten."""
    for column in _GUARDED_COLUMNS:
        if column not in frame.columns:
            continue
        cells = pa.array(frame[column], from_pandas=True)
        if not pc.any(pc.fill_null(pc.starts_with(cells, "'"), False)).as_py():
            continue
        frame[column] = frame[column].str.replace(r"^'([=+\-@\t\r])", r"\1", regex=True)
    return frame


def _without_empty_rows(frame: pd.DataFrame, numbers: pd.Index) -> tuple[pd.DataFrame, pd.Index]:
    """The rows that hold something, and their numbers: a row whose every cell is empty or white space (a CSV
    line of bare commas, as a spreadsheet exports the formatted rows below its claims) holds no claim and is left
    out, as a blank line is; the rows after it keep their numbers. Its first cell picks the few rows to look at."""
    if not len(frame) or not len(frame.columns):
        return frame, numbers
    first = pa.array(frame.iloc[:, 0], from_pandas=True)
    if not pa.types.is_string(first.type) and not pa.types.is_large_string(first.type):
        first = pc.cast(first, pa.large_string())
    maybe = pc.or_kleene(pc.equal(pc.binary_length(first), 0), pc.utf8_is_space(first))
    at = np.flatnonzero(pc.fill_null(maybe, True).to_numpy(zero_copy_only=False))
    if not len(at):
        return frame, numbers
    cells = frame.iloc[at].astype("str").fillna("")
    empty = at[cells.apply(lambda column: column.str.strip().eq("")).all(axis=1).to_numpy()]
    if not len(empty):
        return frame, numbers
    keep = np.setdiff1d(np.arange(len(frame)), empty, assume_unique=True)
    return frame.iloc[keep].reset_index(drop=True), numbers[keep]


def _blank(data: bytes | mmap.mmap) -> bool:
    """Whether the file holds only white space (a large one: its first MB decides unless that is blank too)."""
    if isinstance(data, bytes):
        return data.isspace()
    return bytes(data[: 1 << 20]).isspace() and bytes(data).isspace()


def _refuse_long_cells(frame: pd.DataFrame, name: str, numbers: pd.Index) -> None:
    """Refuse cells too long to be a claim's (``numbers``: each row's number in the file)."""
    problems = []
    for column in frame.columns:
        for i, n in _long_cells(frame[column])[:MAX_LONG_CELLS_NAMED]:
            problems.append(
                problem(name, int(numbers[i]), column, f"{n:,} characters",
                        f"cell holds {n:,} characters; a claim table cell holds at most "
                        f"{MAX_CELL_CHARS:,} (keep a short excerpt in quote, the source in url)", "fatal")
            )  # fmt: skip
    if problems:
        raise TableError(problem_frame(problems))


MAX_LONG_CELLS_NAMED = 20


def _long_cells(column: pd.Series) -> list[tuple[int, int]]:
    """(position, characters) of each cell longer than MAX_CELL_CHARS. A cell has at least as many UTF-8 bytes
    as characters, so the byte lengths Arrow keeps (no decoding) pick the few cells whose characters are
    counted: a 400 MB table is checked in 0.02 s instead of 0.25 s."""
    try:
        arr = pa.array(column, from_pandas=True)
        long_bytes = np.flatnonzero(np.asarray(pc.fill_null(pc.binary_length(arr), 0)) > MAX_CELL_CHARS)
    except (pa.ArrowException, TypeError):  # not text alone: count characters everywhere
        long_bytes = np.arange(len(column))
    if not len(long_bytes):
        return []
    lengths = column.iloc[long_bytes].astype("str").str.len().fillna(0).to_numpy()
    return [(int(i), int(n)) for i, n in zip(long_bytes, lengths) if n > MAX_CELL_CHARS]


def _too_wide(name: str, n: int) -> TableError:
    return _fatal(name, 1, "", f"{n:,} columns", f"header has {n:,} columns; a claim table has at most {MAX_COLUMNS:,}")


def _refuse_nul(data: bytes, name: str) -> None:
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data[:nul].count(b"\n") + 1
        raise _fatal(
            name,
            line,
            "",
            "00",
            f"is not a text file (it holds NUL bytes, the first at line {line}): save the table as UTF-8 CSV",
        )


def _decode(data: bytes | mmap.mmap, name: str) -> str:
    _refuse_nul(data, name)
    try:
        return bytes(data).decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        col = e.start - (data.rfind(b"\n", 0, e.start) + 1) + 1
        bad = data[e.start : e.start + 4]
        raise _fatal(
            name,
            line,
            "",
            bad.hex(" "),
            f"is not UTF-8: byte {bad[:1].hex()} at line {line}, character {col} cannot be read "
            "(save the file as UTF-8; Latin-1 and Windows-1252 are not accepted)",
        ) from e


def _is_utf8(data: bytes) -> bool:
    """Whether ``data`` is UTF-8, checked by Arrow over the bytes in place (25x faster than decoding them in
    Python, and the same verdict: the test fuzzes both)."""
    offsets = pa.py_buffer(np.array([0, len(data)], dtype=np.int64).tobytes())
    whole = pa.Array.from_buffers(pa.large_binary(), 1, [None, offsets, pa.py_buffer(data)])
    try:
        whole.cast(pa.large_string())
    except pa.ArrowInvalid:
        return False
    return True


def _read_csv(data: bytes | mmap.mmap, name: str, delimiter: str | None) -> tuple[pd.DataFrame, pd.Index, int]:
    """The table's cells as text, each row's number as a spreadsheet shows the file (the header's row, after any
    blank lines before it, then one row per line of the file, blank or not, and one per row whose value spans
    lines), and the header's row number."""
    _refuse_nul(data, name)
    if not (isinstance(data, bytes) and data.isascii()) and not _is_utf8(data):
        # not UTF-8: the problem names the line and byte. Checked before Arrow reads: a ragged row with bytes
        # that are no UTF-8 makes Arrow's bad-row handler fail to decode it, an error nobody can catch
        # (seen by tests/test_fuzz.py when this check was dropped to save 1.5 s of a 1M-row load)
        _decode(data, name)
    start, header_row = _after_blank_lines(data)  # blank lines before the header are rows, not the header
    # the header ends at the first LF or CR (CRLF and old Mac CR-only lines): a CR is looked for before the first LF
    # only (a file without CRs was scanned to its end for one)
    lf = data.find(b"\n", start)
    cr = data.find(b"\r", start, lf) if lf >= 0 else data.find(b"\r", start)
    ends = [i for i in (lf, cr) if i >= 0]
    first_line = data[start : min(ends)] if ends else data[start:]
    try:
        header_line = first_line.decode("utf-8-sig").rstrip("\r")
    except UnicodeDecodeError:
        _decode(data, name)  # raises, naming the line and byte
        raise
    delim = delimiter or ","
    if header_line.count(delim) >= MAX_COLUMNS:
        raise _too_wide(name, header_line.count(delim) + 1)
    header = next(csv.reader([header_line], delimiter=delim), [])
    if delimiter is None and len(header) <= 1:
        for d, word in _OTHER_DELIMITERS.items():
            if d in header_line:
                raise _fatal(
                    name,
                    1,
                    "",
                    header_line[:80],
                    f"header is separated by {word}s, not commas: save the table as comma-separated CSV "
                    f"(or pass --delimiter '{d}' to read it as it is)",
                )
    ragged: list[dict] = []
    blank: list[bool] = []  # blank lines, which Arrow hands over as rows of one field (appended: threads call this)

    def on_bad_row(row) -> str:
        if row.text.strip():
            ragged.append({"expected": row.expected_columns, "actual": row.actual_columns})
        else:
            blank.append(True)
        return "skip"

    def read(block_size: int, newlines: bool) -> pa.Table:
        ragged.clear()
        blank.clear()
        return pacsv.read_csv(
            pa.BufferReader(pa.py_buffer(data).slice(start)),  # the bytes in place, not copied
            read_options=pacsv.ReadOptions(block_size=block_size),
            parse_options=pacsv.ParseOptions(
                delimiter=delim,
                newlines_in_values=newlines,
                # blank lines are rows a spreadsheet shows, so the rows after them are numbered as it numbers them
                ignore_empty_lines=False,
                invalid_row_handler=on_bad_row,
            ),
            convert_options=pacsv.ConvertOptions(
                column_types={c: pa.large_string() for c in header} if delimiter is None else None,
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
                # the file was found to be UTF-8 above, and a cell of a UTF-8 file is UTF-8: what Arrow cuts it at
                # (delimiter, quotes, line breaks) are ASCII bytes, which never occur inside a character's bytes.
                # Arrow's check of every cell again was a tenth of the read
                check_utf8=False,
            ),
        )

    try:
        table = _read_blocks(read, len(data))
        if ragged:  # rows of another length: read again as one block, breaks inside quotes allowed, to name them
            table = read(len(data) + 1, True)
    except pa.ArrowException as e:
        if "utf8" in str(e).lower():
            _decode(data, name)  # raises, naming the line and byte
        raise _fatal(name, None, "", "", f"cannot be read as CSV: {e}") from e
    if ragged:
        text = _decode(data, name)
        # a row the csv module reads as blank (a lone unclosed quotation mark: fuzzed b'...\n"\n') is still named
        raise TableError(problem_frame(_locate_ragged_rows(text, delim, name) or [_unclosed_quote(text, name)]))
    numbers = pd.RangeIndex(header_row + 1, header_row + 1 + table.num_rows)
    if len(blank) > _blank_lines_at_end(data, delim):  # blank lines between rows: the rows after them renumbered
        counted = _row_numbers(_decode(data, name), delim, table.num_rows)
        numbers = numbers if counted is None else counted
    if any(not pa.types.is_large_string(f.type) for f in table.schema):
        table = table.cast(pa.schema([(f.name, pa.large_string()) for f in table.schema]))
    # one chunk per column: the engine reorders rows many times, and taking rows from a column of a hundred
    # chunks cost 5x taking them from one. Columns are combined side by side, and read as large_string, the
    # type pandas' str columns hold, so that pandas takes them as they are instead of copying their offsets
    with beside(len(table), "combine", workers=2) as pool:
        columns = list(pool.map(lambda c: c.combine_chunks(), table.columns))
    return pa.Table.from_arrays(columns, names=table.column_names).to_pandas(), numbers, header_row


_LINE_BREAK = re.compile(rb"\r\n|\r|\n")


def _after_blank_lines(data: bytes | mmap.mmap) -> tuple[int, int]:
    """Where the first line that is not blank (empty or white space) begins, after any byte order mark, and its row
    number."""
    start, row = (3 if data[:3] == b"\xef\xbb\xbf" else 0), 1
    while True:
        found = _LINE_BREAK.search(data, start, min(len(data), start + 4096))
        if found is None or data[start : found.start()].strip():
            return start, row
        start, row = found.end(), row + 1


def _blank_lines_at_end(data: bytes | mmap.mmap, delim: str) -> int:
    """Blank lines after the last row (white space after the last line break that ends a row): they renumber
    nothing, and a file often ends with one."""
    space = b" \t\r\n".replace(delim.encode(), b"")
    end = len(data)
    while end and data[end - 1] in space:
        end -= 1
    tail = bytes(data[end:])
    breaks = list(_LINE_BREAK.finditer(tail))
    if not breaks:
        return 0  # white space ending the last row's last value
    return len(breaks) - 1 + (breaks[-1].end() < len(tail))


def _blank_fields(row: list[str], delim: str, width: int | None = None) -> bool:
    """Whether a row the csv module read is a blank line, as Arrow tells one (empty or white space only, the row
    of another width than the header's ``width``; None: the header not read yet)."""
    return len(row) != width and not delim.join(row).strip()


def _header(rows, delim: str) -> tuple[list[str], int]:
    """The header the csv module reads from ``rows`` (after blank lines), and its row number."""
    number = 0
    for number, row in enumerate(rows, start=1):
        if not _blank_fields(row, delim):
            return row, number
    return [], number


def _row_numbers(text: str, delim: str, n_rows: int) -> pd.Index | None:
    """Each row's number, blank lines counted as rows (as a spreadsheet shows the file): the slow path, for a file
    with blank lines between its rows. None if the csv module finds another count of rows than Arrow did."""
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    try:
        header, number = _header(rows, delim)
        numbers = [n for n, row in enumerate(rows, start=number + 1) if not _blank_fields(row, delim, len(header))]
    except csv.Error:
        return None
    return pd.Index(numbers) if len(numbers) == n_rows else None


def _read_blocks(read, size: int) -> pa.Table:
    """``read(block_size, newlines)`` as fast as the file allows: Arrow splits the file into blocks at any line
    break and parses them side by side (a third faster on a 400 MB table than splitting only between rows). A
    quoted line break where a block ends makes Arrow stop ("parser got out of sync with chunker", a test checks
    it does), and a row longer than a block cannot be split: the file is then read again as one block, line
    breaks inside quoted values allowed. One block, not blocks that respect quotes: with those, Arrow drops the
    LF of a quoted CRLF that ends a block without a word (apache/arrow#51368, open)."""
    try:
        return read(BLOCK_BYTES, False)
    except pa.ArrowInvalid as e:
        if "out of sync" not in str(e) and "straddl" not in str(e):
            raise
    return read(size + 1, True)


def _unclosed_quote(text: str, name: str) -> dict:
    """The fatal problem of a table whose ragged row the csv module does not see: the first line with an odd number of
    quotation marks (a value opened and never closed), or the table as a whole."""
    line = next((n for n, row in enumerate(text.splitlines(), start=1) if row.count('"') % 2), None)
    where = f" at line {line}" if line else ""
    return problem(name, line, "", "", f"cannot be read as CSV{where}: a row has another number of values than the "
                   "header, or a quoted value is never closed (a value with a quotation mark needs it doubled)", "fatal")  # fmt: skip


def _locate_ragged_rows(text: str, delim: str, name: str) -> list[dict]:
    """Row numbers of rows whose field count differs from the header's (the slow path, on error only)."""
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    found = []
    try:
        header, number = _header(rows, delim)
        numbered = list(enumerate(rows, start=number + 1))
    except csv.Error as e:  # a bare carriage return or line feed inside an unquoted value
        return [
            problem(name, rows.line_num, "", "", f"cannot be read as CSV at line {rows.line_num}: {e}; a line break "
                    "inside a value needs the value quoted", "fatal")
        ]  # fmt: skip
    below = _header_below_problem(name, header, number, numbered[:_HEADER_SEARCH_ROWS])
    if below is not None:  # rows of another width than a title line: the title is the problem to name
        return [below]
    for number, row in numbered:
        if not _blank_fields(row, delim, len(header)) and len(row) != len(header):
            found.append(
                problem(
                    name,
                    number,
                    "",
                    delim.join(row)[:80],
                    f"row has {len(row)} fields, the header has {len(header)}: a comma inside a value "
                    "needs the value quoted",
                    "fatal",
                )
            )
    return found


def _cell_text(v) -> str:
    """A spreadsheet or Parquet cell as text: dates as ISO dates, whole numbers without '.0'."""
    if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NaT:
        return ""
    if isinstance(v, (datetime, pd.Timestamp)):
        return v.date().isoformat() if (v.hour, v.minute, v.second) == (0, 0, 0) else v.isoformat()
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _as_text(frame: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame({str(c): frame[c].map(_cell_text, na_action=None) for c in frame.columns})
    return out.astype("str") if len(out.columns) else out


def _read_xlsx(data: bytes, name: str, sheet: str | int | None) -> tuple[pd.DataFrame, np.ndarray]:
    """The sheet's cells as text, and each row's number in the sheet."""
    try:
        frame = pd.read_excel(
            io.BytesIO(data), sheet_name=0 if sheet is None else sheet, dtype=object, engine="openpyxl"
        )
    except ValueError as e:
        raise _fatal(name, None, "", sheet, f"cannot read the sheet: {e}") from e
    except Exception as e:  # openpyxl raises many types for a broken file
        raise _fatal(name, None, "", "", f"cannot be read as XLSX: {e}") from e
    percent = _percent_cells(data, sheet, frame.shape)
    text = _as_text(frame)
    for i, j in percent:  # the text the sheet shows: a percent-formatted 0.3 reads "30%", never 0.3
        text.iat[i, j] = _percent_text(frame.iat[i, j])
    # blank rows left out (formatted-but-empty ones at the end, gaps between claims), each row keeping its number in
    # the sheet (the header is row 1): a problem names the row the analyst sees
    keep = np.flatnonzero(frame.notna().any(axis=1).to_numpy())
    return text.iloc[keep].set_axis(range(len(keep)), axis=0), keep + 2


def _percent_cells(data: bytes, sheet: str | int | None, shape: tuple[int, int]) -> list[tuple[int, int]]:
    """(row, column) in the frame pd.read_excel made of the sheet (its first row the header) of each number cell
    formatted as a percent: Excel holds 30% as 0.3 and shows "30%", and pandas gives the 0.3."""
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        ws = book[sheet] if isinstance(sheet, str) else book.worksheets[sheet or 0]
        found = []
        for i, row in enumerate(ws.iter_rows(min_row=2, max_row=shape[0] + 1, max_col=shape[1])):
            for j, cell in enumerate(row):
                value = getattr(cell, "value", None)
                if (isinstance(value, (int, float)) and not isinstance(value, bool)
                        and "%" in (getattr(cell, "number_format", "") or "")):  # fmt: skip
                    found.append((i, j))
        return found
    finally:
        book.close()


def _percent_text(value: float) -> str:
    """A percent cell's number as the sheet shows it, without binary noise: 0.3 -> "30%", 0.125 -> "12.5%"."""
    digits = format(Decimal(repr(float(value))).scaleb(2), "f")
    return (digits.rstrip("0").rstrip(".") if "." in digits else digits) + "%"


def _read_parquet(data: bytes, name: str) -> pd.DataFrame:
    try:
        frame = pd.read_parquet(io.BytesIO(data))
    except Exception as e:
        raise _fatal(name, None, "", "", f"cannot be read as Parquet: {e}") from e
    return _as_text(frame)


def _read_json(data: bytes, name: str) -> pd.DataFrame:
    text = _decode(data, name)
    try:
        rows = json.loads(text, parse_int=_json_int)
    except json.JSONDecodeError as e:
        raise _fatal(name, e.lineno, "", "", f"is not valid JSON: {e.msg} at line {e.lineno}, column {e.colno}") from e
    except RecursionError as e:  # "[[[[...": a claim table is a list of flat row objects
        raise _fatal(name, None, "", "", "JSON nests too deep to be a claim table (a list of flat row objects)") from e
    if not isinstance(rows, list):
        raise _fatal(name, None, "", type(rows).__name__, "JSON claim table must be a list of row objects")
    bad = [
        problem(name, i, "", type(r).__name__, "item is not a row object ({...})", "fatal")
        for i, r in enumerate(rows, start=1)
        if not isinstance(r, dict)
    ]
    if bad:
        raise TableError(problem_frame(bad))
    frame = pd.DataFrame.from_records(rows)
    return _as_text(frame.astype(object).where(frame.notna(), None))


def _json_int(digits: str) -> object:
    """A JSON integer: as a number when it fits in a float's exact range, else kept as its digits (text), so a
    5,000-digit integer becomes a cell validation refuses rather than an error in int()."""
    return int(digits) if len(digits) <= 18 else digits


def _canonical_columns(frame: pd.DataFrame, name: str, header_row: int = 1) -> pd.DataFrame:
    """Trim and lower-case the column names; refuse duplicates, blanks and reserved names (``header_row``: the
    header's row number, which the problems name)."""
    canonical = [str(c).strip().lower() for c in frame.columns]
    problems = []
    seen: dict[str, str] = {}
    for original, c in zip(frame.columns, canonical):
        if not c or c.startswith("unnamed:"):
            problems.append(problem(name, header_row, str(original), original, "column has no name", "fatal"))
        elif c in seen:
            problems.append(
                problem(name, header_row, c, original, f"column appears twice (also as {seen[c]!r})", "fatal")
            )
        elif c in LOAD_COLUMNS:
            problems.append(
                problem(name, header_row, c, original, "column name is reserved: the suite adds it on load", "fatal")
            )
        seen.setdefault(c, str(original))
    if problems:
        raise TableError(problem_frame(problems))
    frame.columns = canonical
    return frame
