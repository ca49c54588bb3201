"""Writing normalized tables: formats by extension, formula injection guarded, atomic, inputs protected."""

from __future__ import annotations

import csv
import json

import pandas as pd
import pytest

from discrepancy import OutputError, write_table
from discrepancy.output import atomic_write, guard_formulas

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


def test_failed_write_leaves_the_previous_file_whole(tmp_path):
    target = tmp_path / "o.csv"
    target.write_text("previous")

    def half_then_fail(tmp):
        tmp.write_text("half a fi")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        atomic_write(target, half_then_fail)
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["o.csv"]


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
