"""Writing normalized tables: formats by extension, formula injection guarded, atomic, inputs protected."""

from __future__ import annotations

import csv
import io
import json

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from discrepancy import OutputError, write_table
from discrepancy.files import atomic_write
from discrepancy.output import FORMULA_STARTS, csv_bytes, guard_formulas

HOSTILE = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "plain", "a=b"]


def _frame():
    return pd.DataFrame({"quote": pd.array(HOSTILE, dtype="str"), "value": [-1.5] * len(HOSTILE)})


def test_csv_cells_that_would_run_as_formulas_get_an_apostrophe(tmp_path):
    out = write_table(_frame(), tmp_path / "o.csv")
    with out.open(newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["quote"] for r in rows] == ["'" + h for h in HOSTILE[:6]] + ["plain", "a=b"]
    assert {r["value"] for r in rows} == {"-1.5"}  # numbers stay numbers


@pytest.mark.parametrize("suffix", [".parquet", ".json"])
def test_other_formats_keep_text_exactly(tmp_path, suffix):
    out = write_table(_frame(), tmp_path / f"o{suffix}")
    back = pd.read_parquet(out) if suffix == ".parquet" else pd.DataFrame(json.loads(out.read_text()))
    assert list(back["quote"]) == HOSTILE


def test_guard_does_not_change_its_input():
    frame = _frame()
    guard_formulas(frame)
    assert list(frame["quote"]) == HOSTILE


def test_unknown_format_and_overwriting_an_input_are_refused(tmp_path):
    with pytest.raises(OutputError, match="unknown output format"):
        write_table(_frame(), tmp_path / "o.xls")
    table = tmp_path / "in.csv"
    table.write_text("keep me")
    with pytest.raises(OutputError, match="never modified"):
        write_table(_frame(), table, inputs=[table])
    assert table.read_text() == "keep me"


def test_carriage_return_cells_are_quoted_in_files_and_on_stdout(tmp_path, capsys):
    """Issue 10: CSV to standard output left a bare CR unquoted, so a spreadsheet started a new row whose first
    cell was =HYPERLINK(...), bypassing the formula guard."""
    from discrepancy.output import csv_text

    frame = pd.DataFrame({"quote": pd.array(['x\r=HYPERLINK("http://evil","y")', "a\nb", "plain"], dtype="str")})
    text = csv_text(frame)
    assert '"x\r=HYPERLINK(""http://evil"",""y"")"' in text
    assert '"a\nb"' in text
    rows = list(csv.reader(text.splitlines(keepends=True) and __import__("io").StringIO(text, newline="")))
    assert [r[0] for r in rows] == ["quote", 'x\r=HYPERLINK("http://evil","y")', "a\nb", "plain"]
    out = write_table(frame, tmp_path / "o.csv")
    assert out.read_bytes().decode("utf-8") == text


def test_written_files_take_the_umask_mode(tmp_path):
    """Issue 10: every written file was mode 0600 whatever the umask; a web server could not serve reports."""
    import os
    import stat

    old = os.umask(0o022)
    try:
        out = write_table(_frame(), tmp_path / "o.csv")
        atomic_write(tmp_path / "p.txt", lambda p: p.write_text("x"))
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "p.txt").stat().st_mode) == 0o644


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_the_csv_writer_guards_every_formula_start_guard_formulas_guards(start):
    """The CSV writer's guard is made from FORMULA_STARTS, the list guard_formulas reads: a start added to it is
    guarded in every CSV written, not only in guard_formulas' copy."""
    frame = pd.DataFrame({"s": [f"{start}1+2", f"a{start}"], "n": [1, 2]}).astype({"s": "str"})
    written = csv_bytes(frame)
    assert written == _pandas_csv(frame)
    rows = list(csv.reader(io.StringIO(written.decode(), newline="")))
    assert rows[1][0] == f"'{start}1+2" and rows[2][0] == f"a{start}"


def _pandas_csv(frame):
    """What csv_text wrote before it was written by Arrow: pandas' to_csv of the guarded frame."""
    import csv

    from discrepancy.output import guard_formulas

    return guard_formulas(frame).to_csv(index=False, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).encode()


@pytest.mark.parametrize(
    "columns",
    [
        pytest.param({"f": [1.5, float("nan"), 3.0, 1e-5, 1e20, -0.0, 0.1 + 0.2], "n": range(7)}, id="floats-and-ints"),
        pytest.param({"s": ["a", None, "b,c", 'q"r', "l\nm", "cr\rx", ""], "n": range(7)}, id="text-that-needs-quotes"),
        pytest.param({"s": ["=1+2", "+x", "-3", "@a", "\tt", "\rr", " x ", "ok", "'=", None],
                      "b": [True, False] * 5},
                     id="formulas-and-bools"),
        pytest.param({"i": pd.array([1, None, 3], dtype="Int64"), "nb": pd.array([True, None, False], dtype="boolean")},
                     id="nullable"),
        pytest.param({"f": [float("inf"), -float("inf"), 5e-324, 1.7976931348623157e308, 9999999999999998.0, 1e16,
                            1e-4, 9.999e-5, 2.0**53 + 1, -123.0], "i": [-(2**63), 2**63 - 1, 0, -1, 7, 8, 9, 10, 11, 12]},
                     id="float-and-integer-extremes"),
        pytest.param({"f": np.random.default_rng(5).lognormal(0, 25, 2000) * np.where(np.arange(2000) % 3, 1, -1),
                      "u": np.arange(2000, dtype=np.uint64), "g": np.arange(2000, dtype=np.float32) / 7},
                     id="floats-of-every-magnitude-unsigned-and-float32"),
        pytest.param({"i": pd.array([-5, None, 2**40], dtype="Int64"), "j": pd.array([1, 2, None], dtype="Int32")},
                     id="nullable-integers"),
        pytest.param({"a,b": ["x", "y"], 'q"': [1, 2]}, id="header-needs-quotes"),
        pytest.param({"s": ["a,b", "=x", "plain", 'q"', None, "-1"] * 10_000, "f": np.arange(60_000) / 7,
                      "n": np.arange(60_000), "b": [True, False] * 30_000}, id="large-frame-on-two-threads"),
        pytest.param({"s": ["", "", "é", "a", "b", "漢字=", "☃", "-é", "x", "y,z"], "n": range(10)},
                     id="unicode-a-formula-and-a-comma-past-empty-and-plain-cells"),
        pytest.param({"s": ["plain", "ü", "", "☃=", "a-b", "c@", "é\t"], "n": range(7)},
                     id="formula-characters-only-inside-cells"),
        pytest.param({"s": ["x", "y"]}, id="one-column-pandas-path"),
        pytest.param({"s": ["x\x00y", "z"], "n": [1, 2]}, id="nul-pandas-path"),
        pytest.param({"s": pd.Series([], dtype="str"), "n": pd.Series([], dtype="int64")}, id="no-rows"),
        pytest.param({"s": ["é", "☃", "漢字"], "d": pd.to_datetime(["2015-01-01", None, "2016-02-03"])},
                     id="unicode-and-dates-pandas-path"),
    ],
)  # fmt: skip
def test_csv_bytes_are_the_bytes_pandas_writes(columns):
    """CSV is written by Arrow kernels for speed, byte for byte what pandas' to_csv writes (QUOTE_MINIMAL, CRLF)."""
    from discrepancy.output import csv_bytes

    frame = pd.DataFrame({k: (pd.array(v, dtype="str") if k == "s" and isinstance(v, list) else v)
                          for k, v in columns.items()})  # fmt: skip
    assert csv_bytes(frame) == _pandas_csv(frame)


@pytest.mark.parametrize(
    ("cells", "start", "expected_any", "expected_first"),
    [
        pytest.param(["ab", "", "c"], 0, False, False, id="plain"),
        pytest.param(["ab", "", "c,d"], 0, True, False, id="a-comma-inside"),
        pytest.param(["ab", "", "=c"], 0, False, True, id="a-formula-start"),
        pytest.param(["=a,", "bc", "d"], 1, False, False, id="both-in-a-cell-before-the-slice"),
        pytest.param(["bc", "d", "-,"], 0, True, True, id="both-in-the-last-cell"),
        pytest.param(["", ""], 0, False, False, id="only-empty-cells"),
        pytest.param(["é☃", "漢字"], 0, False, False, id="multibyte-characters-hold-no-ascii-byte"),
        pytest.param(["x\r", "y"], 0, True, False, id="a-carriage-return-inside"),
    ],
)
def test_bytes_looked_for_in_a_text_array(cells, start, expected_any, expected_first):
    """The writer's quick look: any quote-worthy character in any cell, any cell starting a formula; a slice's own
    cells only (the bytes of the cells it leaves out are not looked at)."""
    from discrepancy.claims.text import text_bytes
    from discrepancy.output import _FORMULA_BYTES, _any_byte, _any_first_byte

    arr = pa.array(cells, pa.large_string()).slice(start)
    assert _any_byte(bytes(text_bytes(arr)), b',"\r\n') is expected_any
    assert _any_first_byte(arr, _FORMULA_BYTES) is expected_first


@pytest.mark.parametrize("rows", [pytest.param(1, id="one-row"), pytest.param(2, id="two-rows"),
                                  pytest.param(7, id="odd-rows")])  # fmt: skip
@pytest.mark.parametrize("threads", [pytest.param(False, id="inline"), pytest.param(True, id="halves-on-threads")])
def test_csv_parts_are_the_bytes_pandas_writes_in_order(tmp_path, monkeypatch, rows, threads):
    """The rows are joined into lines in two halves (on two threads for a large frame) and written from where Arrow
    wrote them: end to end, the file, csv_bytes and pandas' to_csv agree; a NUL in the last row's text still
    sends the frame to pandas."""
    import discrepancy.parallel as parallel
    from discrepancy.output import csv_parts

    monkeypatch.setattr(parallel, "PARALLEL_ROWS", 1 if threads else 10**9)
    frame = pd.DataFrame(
        {"s": pd.array([f"r{i},x" if i % 3 else f"=r{i}" for i in range(rows)], dtype="str"),
         "f": np.arange(rows) / 3, "n": np.arange(rows)}
    )  # fmt: skip
    parts = csv_parts(frame)
    assert b"".join(parts) == csv_bytes(frame) == _pandas_csv(frame)
    write_table(frame, tmp_path / "t.csv")
    assert (tmp_path / "t.csv").read_bytes() == _pandas_csv(frame)
    frame.loc[rows - 1, "s"] = "nul\x00here"
    assert csv_bytes(frame) == _pandas_csv(frame)
