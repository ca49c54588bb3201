"""Fuzzing every way in: the loader, the command line, the CSV writer, the batch file parser.

Each property says what must hold for any input: a problem table or a clean load (never another
exception); an exit code of 0, 1 or 2 with a message (never a traceback or "internal error"); CSV that
reads back to the same cells with no cell a spreadsheet would run; a batch file read or refused with
BatchConfigError. ``make test`` runs a modest budget; ``make fuzz`` a large one
(DISCREPANCY_FUZZ_EXAMPLES). All inputs are generated: SYNTHETIC.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discrepancy import BatchConfigError, TableError, validate_claims
from discrepancy.batch.config import load_batch
from discrepancy.claims.read import read_table
from discrepancy.cli import run
from discrepancy.output import FORMULA_STARTS, csv_text, guard_formulas

pytestmark = pytest.mark.filterwarnings("error")  # an exception swallowed anywhere is a failure too
EXAMPLES = int(os.environ.get("DISCREPANCY_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))

HEADER = "claim_id,subject,metric,value_text,source,claim_date"
CELLS = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["=1+1", "@SUM(A1)", "\r", "\n", '"', ",", "inf", "1e309", "-5", "9" * 40, "2015-02-30", "\ufeff"]),
)


@st.composite
def table_bytes(draw) -> bytes:
    """Mostly table-shaped bytes (a header and rows of odd cells), sometimes any bytes at all."""
    if draw(st.integers(0, 4)) == 0:
        return draw(st.binary(max_size=300))
    rows = draw(st.lists(st.lists(CELLS, min_size=0, max_size=8), max_size=5))
    sep = draw(st.sampled_from([",", ";", "\t"]))
    end = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    text = HEADER + end + end.join(sep.join(r) for r in rows) + end
    return text.encode(draw(st.sampled_from(["utf-8", "utf-16", "latin-1"])), errors="replace")


@FUZZ
@given(table_bytes(), st.sampled_from([".csv", ".json", ".tsv", ".xlsx", ".parquet"]))
def test_any_bytes_load_cleanly_or_give_a_problem_table(data, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"t{suffix}"
        path.write_bytes(data)
        try:
            read_table(path)
        except TableError as e:
            assert len(e.problems) and set(e.problems["severity"]) <= {"fatal", "error", "warning"}
        problems = validate_claims(path)  # never raises
        assert list(problems.columns) == ["file", "row", "column", "value", "problem", "severity"]
        assert path.read_bytes() == data  # inputs are never modified


ARGS = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "--format",
                "csv",
                "json",
                "table",
                "--table",
                "pairs",
                "groups",
                "nope",
                "--window",
                "-1",
                "10",
                "1e20",
                "--tolerance",
                "nan",
                "0.5",
                "2",
                "--thresholds",
                "5",
                "1",
                "--strict",
                "-o",
                "OUT",
                "TABLE",
                "BAD",
                "MISSING",
                "--stale-days",
                "--sheet",
                "x",
                "--delimiter",
                ";",
                "--date",
                "2015-13-01",
                "--exclude-interested",
                "--help",
            ]
        ),  # fmt: skip
        st.text(max_size=6),
    ),
    max_size=8,
)


@FUZZ
@given(st.sampled_from(["validate", "normalize", "compare", "extract"]), ARGS)
def test_any_command_line_exits_0_1_or_2_with_a_message_never_a_traceback(command, args):
    with tempfile.TemporaryDirectory() as tmp:
        table = Path(tmp) / "t.csv"
        table.write_text(HEADER + '\na,IS,members,"around 30,000",CIA,2015\nb,IS,members,200000,Iraq,2015\n')
        bad = Path(tmp) / "bad.csv"
        bad.write_text("claim_id;subject\nx;y\n")
        names = {"TABLE": str(table), "BAD": str(bad), "MISSING": str(Path(tmp) / "none.csv"),
                 "OUT": str(Path(tmp) / "out.csv")}  # fmt: skip
        argv = [command, *(names.get(a, a) for a in args)]
        before = table.read_bytes()
        err = io.StringIO()
        here = os.getcwd()
        os.chdir(tmp)  # a random word after -o is a file name: written here, never in the checkout
        try:
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                code = run(argv)
        finally:
            os.chdir(here)
        assert code in (0, 1, 2), (argv, code, err.getvalue())
        assert "internal error" not in err.getvalue() and "Traceback" not in err.getvalue(), argv
        assert table.read_bytes() == before


@FUZZ
@given(st.lists(st.lists(st.text(max_size=15), min_size=2, max_size=2), min_size=1, max_size=6))
def test_csv_round_trips_and_no_cell_starts_a_formula(rows):
    frame = pd.DataFrame(rows, columns=["a", "b"]).astype("str")
    text = csv_text(frame)
    back = list(csv.reader(io.StringIO(text, newline="")))
    assert back[0] == ["a", "b"] and len(back) == len(rows) + 1
    for got, want in zip(back[1:], rows):
        for cell, original in zip(got, want):
            assert not cell.startswith(FORMULA_STARTS)
            assert cell == original or (cell == "'" + original and original.startswith(FORMULA_STARTS))
    # written by Arrow kernels, byte for byte what pandas' csv writer writes
    assert text == guard_formulas(frame).to_csv(index=False, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)


YAML_PIECES = st.sampled_from(
    [
        "reports:",
        "defaults:",
        "  - ",
        "{name: x}",
        "{name: '../x'}",
        "notebook: notebooks/none.ipynb",
        "&a [1, 2]",
        "*a",
        "!!python/object/apply:os.system ['true']",
        "matrix: {a: [1, 2, 3]}",
        "parameters: {window_days: -1}",
        "output: /etc/passwd",
        "- ",
        ":",
        "[",
        "{",
        "name: '{a}'",
        "\n",
        "  ",
    ]  # fmt: skip
)


@FUZZ
@given(st.lists(st.one_of(YAML_PIECES, st.text(max_size=8)), max_size=12))
def test_any_batch_file_is_read_or_refused_with_a_message(pieces):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "reports.yaml"
        path.write_text("".join(pieces), encoding="utf-8")
        try:
            jobs = load_batch(path)
        except BatchConfigError as e:
            assert str(e)
        else:
            assert isinstance(jobs, list)
