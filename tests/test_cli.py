"""The command line: exit codes, messages naming file, row and column, and no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

from discrepancy.cli import run
from tests.helpers import BAD_TABLES, HEADER, sha256, write_csv


def test_validate_valid_table_exits_0(good_csv, capsys):
    assert run(["validate", str(good_csv)]) == 0
    assert "valid" in capsys.readouterr().out


@pytest.mark.parametrize("name, data, row, column, words", BAD_TABLES)
def test_validate_bad_table_exits_2_with_a_message_and_leaves_the_file(
    tmp_path, capsys, name, data, row, column, words
):
    path = tmp_path / name
    path.write_bytes(data)
    before = sha256(path)
    assert run(["validate", str(path)]) == 2
    out = capsys.readouterr()
    text = out.out + out.err
    assert name in text and words in text
    if row is not None:
        assert f"  {row}  " in text
    assert "Traceback" not in text
    assert sha256(path) == before


def test_validate_reports_all_tables_and_rows(tmp_path, good_csv, capsys):
    bad = write_csv(tmp_path / "bad.csv", [["x", "IS", "m", "30", "S", "2015-13"], ["y", "IS", "m", "?", "S", "2015"]])
    assert run(["validate", str(good_csv), str(bad), "--format", "json"]) == 2
    report = json.loads(capsys.readouterr().out)
    assert report["valid"] is False
    assert {(p["row"], p["column"]) for p in report["problems"]} == {(2, "claim_date"), (3, "value_text")}


def test_normalize_writes_each_format(tmp_path, good_csv):
    for suffix in (".csv", ".parquet", ".json"):
        out = tmp_path / f"n{suffix}"
        assert run(["normalize", str(good_csv), "-o", str(out)]) == 0
        frame = (
            pd.read_csv(out)
            if suffix == ".csv"
            else pd.read_parquet(out)
            if suffix == ".parquet"
            else pd.read_json(out)
        )
        assert list(frame["value"]) == [30000, 200000]
        assert list(frame["qualifier"]) == ["approx", "approx"]


def test_normalize_refuses_to_overwrite_its_input(good_csv, capsys):
    before = sha256(good_csv)
    assert run(["normalize", str(good_csv), "-o", str(good_csv)]) == 2
    assert "never modified" in capsys.readouterr().err
    assert sha256(good_csv) == before


def test_normalize_strict_exits_2_when_rows_need_review(tmp_path):
    table = write_csv(tmp_path / "t.csv", [["a", "IS", "m", "who knows", "S", "2015"]])
    assert run(["normalize", str(table), "-o", str(tmp_path / "o.csv")]) == 0
    assert run(["normalize", str(table), "-o", str(tmp_path / "o.csv"), "--strict"]) == 2
    assert pd.read_csv(tmp_path / "o.csv")["parse_status"].tolist() == ["unparsed"]


def test_problem_table_escapes_control_characters(tmp_path, capsys):
    table = write_csv(tmp_path / "t.csv", [["a", "IS", "m", "\x1b]gone", "S", "2015"]], HEADER)
    run(["validate", str(table)])
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\\x1b" in out


def test_python_dash_m_runs_the_same_command(good_csv):
    done = subprocess.run(
        [sys.executable, "-m", "discrepancy", "validate", str(good_csv)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "valid" in done.stdout


def test_compare_json_is_written_as_to_json_makes_it(tmp_path, good_csv, capsys):
    """`compare --format json` streams the document as it is made, to a file or to standard output: the bytes
    of the library's to_json in UTF-8."""
    from discrepancy import compare, load_claims

    expected = compare(load_claims(good_csv)).to_json().encode("utf-8")
    out = tmp_path / "c.json"
    assert run(["compare", str(good_csv), "--format", "json", "-o", str(out)]) == 0
    assert out.read_bytes() == expected
    capsys.readouterr()
    assert run(["compare", str(good_csv), "--format", "json"]) == 0
    assert capsys.readouterr().out.encode("utf-8") == expected


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_compare_formats(tmp_path, good_csv, capsys, fmt):
    assert run(["compare", str(good_csv), "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "json":
        data = json.loads(out)
        assert data["groups"][0]["severity"] == "extreme" and data["parameters"]["window_days"] is None
    elif fmt == "csv":
        assert out.startswith("group_id,subject,metric,geography,unit,n_claims")
    else:
        assert "differ 6.7-fold" in out


def test_compare_writes_the_chosen_table_and_refuses_bad_tables(tmp_path, good_csv, capsys):
    out = tmp_path / "pairs.csv"
    assert run(["compare", str(good_csv), "--format", "csv", "--table", "pairs", "-o", str(out), "--window", "30"]) == 0
    assert pd.read_csv(out)["ratio"].round(2).tolist() == [6.67]
    bad = tmp_path / "bad.csv"
    bad.write_text("claim_id;subject\n")
    assert run(["compare", str(bad)]) == 2
    assert "semicolons" in capsys.readouterr().err


def test_compare_csv_on_stdout_quotes_carriage_returns(tmp_path, capsys):
    """Issue 10: CSV on standard output left a bare CR unquoted, so a spreadsheet started a new row with a formula."""
    import csv

    path = tmp_path / "t.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")  # quotes the CR inside the subject
        w.writerow(["claim_id", "subject", "metric", "value_text", "source", "claim_date"])
        w.writerow(["a", "S\r=HYPERLINK(1)", "m", "30,000", "src", "2015"])
        w.writerow(["b", "S\r=HYPERLINK(1)", "m", "60,000", "s2", "2015"])
    assert run(["compare", str(path), "--format", "csv", "--table", "claims"]) == 0
    out = capsys.readouterr().out
    assert '"S\r=HYPERLINK(1)"' in out
    assert "\r=HYPERLINK" not in out.replace('"S\r=HYPERLINK(1)"', "")


@pytest.mark.parametrize(
    "data, exit_code",
    [
        pytest.param(
            b"claim_id,subject,metric,value_text,source,claim_date\ra,S,m,30,src,2015\r", 0, id="CR-only lines"
        ),
        pytest.param(
            b"claim_id,subject,metric,value_text,source,claim_date\na,S\r=X,m,30,src,2015\n", 2, id="bare CR in a value"
        ),
    ],
)
def test_carriage_returns_in_a_table_load_or_give_a_problem_never_an_internal_error(tmp_path, capsys, data, exit_code):
    path = tmp_path / "t.csv"
    path.write_bytes(data)
    assert run(["validate", str(path)]) == exit_code
    assert "internal error" not in capsys.readouterr().err


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["--tolerance", "nan"], id="tolerance nan"),
        pytest.param(["--tolerance", "1"], id="tolerance 1"),
        pytest.param(["--window", str(10**20)], id="window 1e20"),
        pytest.param(["--window", "-1"], id="negative window"),
        pytest.param(["--thresholds", "5", "2", "1.25"], id="falling thresholds"),
        pytest.param(["--thresholds", "1.25", "inf", "nan"], id="non-finite thresholds"),
    ],
)
def test_compare_refuses_parameters_outside_their_range_with_exit_2(good_csv, capsys, args):
    """Issue 10: --tolerance nan and --window 1e20 ended in "internal error" (exit 3)."""
    assert run(["compare", str(good_csv), *args]) == 2
    assert "internal error" not in capsys.readouterr().err


def _links(tmp_path, table):
    """Other names of one file: a symlink, a hard link, and a relative spelling through another folder."""
    import os

    sym = tmp_path / "sym.csv"
    sym.symlink_to(table)
    hard = tmp_path / "hard.csv"
    os.link(table, hard)
    (tmp_path / "sub").mkdir()
    return {"same path": str(table), "symlink": str(sym), "hard link": str(hard),
            "relative spelling": str(tmp_path / "sub" / ".." / table.name)}  # fmt: skip


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
@pytest.mark.parametrize("spelling", ["same path", "symlink", "hard link", "relative spelling"])
def test_compare_never_writes_over_an_input_table(tmp_path, good_csv, capsys, fmt, spelling):
    """Issue 10: compare TABLE -o TABLE (formats table and json) wrote over the input claim table."""
    table = tmp_path / "claims.csv"
    table.write_bytes(good_csv.read_bytes())
    before = sha256(table)
    out = _links(tmp_path, table)[spelling]
    assert run(["compare", str(table), "--format", fmt, "-o", out]) == 2
    assert "refused as an output" in capsys.readouterr().err
    assert sha256(table) == before


def test_compare_never_writes_over_the_default_data(capsys):
    from discrepancy.paths import default_claim_tables

    default = default_claim_tables()[0]
    before = sha256(default)
    assert run(["compare", "--format", "json", "-o", str(default)]) == 2
    assert "refused as an output" in capsys.readouterr().err and sha256(default) == before


@pytest.mark.parametrize("spelling", ["same path", "symlink", "hard link", "relative spelling"])
def test_normalize_and_extract_never_write_over_an_input(tmp_path, good_csv, capsys, spelling):
    table = tmp_path / "claims.csv"
    table.write_bytes(good_csv.read_bytes())
    before = sha256(table)
    out = _links(tmp_path, table)[spelling]
    assert run(["normalize", str(table), "-o", out]) == 2
    assert run(["extract", str(table), "-o", out]) == 2
    assert sha256(table) == before


def test_render_never_writes_over_a_notebook(capsys):
    """Issue 10: render notebooks/03-source-profile.ipynb -o notebooks/03-source-profile.html wrote the executed
    notebook over the source notebook."""
    from discrepancy.paths import notebooks_dir

    source = notebooks_dir() / "03-source-profile.ipynb"
    before = sha256(source)
    assert run(["render", str(source), "-o", str(source.with_suffix(".html"))]) == 2
    assert "refused as an output" in capsys.readouterr().err
    assert sha256(source) == before
    assert not source.with_suffix(".html").exists()


@pytest.mark.parametrize(
    "name, data, words",
    [
        pytest.param(
            "wide.csv",
            (",".join(f"c{i}" for i in range(100_000)) + "\n" + "1," * 99_999 + "1\n").encode(),
            "header has 100,000 columns",
            id="header of 100,000 columns",
        ),  # fmt: skip
        pytest.param("deep.json", b"[" * 1000 + b"]" * 1000, "nests too deep", id="JSON nested 1,000 deep"),
        pytest.param(
            "bigint.json",
            b'[{"claim_id": "a", "subject": "S", "metric": "m", "value_text": '
            + b"9" * 5000
            + b', "source": "s", "claim_date": "2015"}]',
            "too large",
            id="5,000-digit integer in JSON",
        ),  # fmt: skip
    ],
)
def test_hostile_tables_give_a_problem_table_never_an_internal_error(tmp_path, capsys, name, data, words):
    """Issue 10: a CSV header of 1,000,000 columns took 13.6 GB; JSON nested 1,000 deep and a 5,000-digit integer
    ended in "internal error" (exit 3)."""
    path = tmp_path / name
    path.write_bytes(data)
    assert run(["validate", str(path)]) == 2
    err = capsys.readouterr()
    assert "internal error" not in err.err
    assert words in err.out + err.err


def test_a_cell_of_100000_characters_refuses_the_table_naming_the_cell(tmp_path, capsys):
    """Issue 10: a 100,000-character subject made one chart take 24 s and 893 MB."""
    path = write_csv(tmp_path / "t.csv", [["a", "x" * 100_000, "m", "30,000", "src", "2015"]],
                     ["claim_id", "subject", "metric", "value_text", "source", "claim_date"])  # fmt: skip
    assert run(["validate", str(path)]) == 2
    out = capsys.readouterr()
    assert "100,000 characters" in out.out + out.err and "subject" in out.out + out.err


@pytest.mark.parametrize(
    "error, code",
    [
        pytest.param("BatchLocked", 4, id="locked batch"),
        pytest.param("CellError", 1, id="failed cell"),
        pytest.param("NotebookParameterError", 2, id="refused parameter"),
        pytest.param("ParameterError", 2, id="bad option value"),
        pytest.param("BatchConfigError", 2, id="bad batch file"),
        pytest.param("NotFound", 2, id="not found"),
        pytest.param("DateProblem", 2, id="bad date"),
        pytest.param("OutputError", 2, id="refused output"),
        pytest.param("DiscrepancyError", 2, id="the base class"),
    ],
)
def test_each_error_class_has_its_exit_code_in_one_table(error, code):
    """Issue 11: errors say what failed, and the CLI maps classes to exit codes in one table (cli.EXIT_CODES)."""
    import discrepancy
    from discrepancy.cli import exit_code

    cls = getattr(discrepancy, error)
    assert issubclass(cls, discrepancy.DiscrepancyError)
    assert exit_code(cls("x")) == code


def test_render_errors_say_which_way_they_failed():
    from discrepancy import CellError, NotebookParameterError, ParameterError, RenderError

    assert issubclass(NotebookParameterError, RenderError) and issubclass(NotebookParameterError, ParameterError)
    assert issubclass(CellError, RenderError) and not issubclass(CellError, ParameterError)


def test_file_parameters_given_from_a_subfolder_are_read_and_written_there(tmp_path, monkeypatch):
    """Issue 11: `render -p draft_path` from a subfolder wrote at the repository root."""
    from discrepancy.paths import from_working_folder, notebooks_dir
    from discrepancy.render.parameters import file_parameters

    monkeypatch.chdir(tmp_path)
    (tmp_path / "article.txt").write_text("x")
    out = from_working_folder(
        file_parameters(notebooks_dir() / "00-claim-intake.ipynb"),
        {"article_path": "article.txt", "draft_path": "draft.csv", "title": "t"},
    )
    assert out == {
        "article_path": str(tmp_path / "article.txt"),
        "draft_path": str(tmp_path / "draft.csv"),
        "title": "t",
    }


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["compare", "-o", "OTHER"], id="compare-with-the-table-left-out"),
        pytest.param(["compare", "TABLE", "--format", "csv", "-o", "OTHER"], id="compare-over-another-claim-table"),
        pytest.param(["normalize", "TABLE", "-o", "OTHER"], id="normalize-over-another-claim-table"),
        pytest.param(["compare", "-o", "OTHER_TSV"], id="tab-separated-claim-table"),
    ],
)
def test_an_output_never_replaces_a_claim_table(tmp_path, good_csv, capsys, argv):
    """`compare -o claims.csv` with the table left out compared the default tables and wrote the findings over
    claims.csv (found by the fuzz test with 5,000 examples): an output never replaces a claim table."""
    table = tmp_path / "t.csv"
    table.write_bytes(good_csv.read_bytes())
    other = tmp_path / "other.csv"
    other.write_bytes(good_csv.read_bytes())
    other_tsv = tmp_path / "other.tsv"
    other_tsv.write_text(good_csv.read_text().replace(",", "\t"))
    names = {"TABLE": str(table), "OTHER": str(other), "OTHER_TSV": str(other_tsv)}
    before = {p: sha256(p) for p in (table, other, other_tsv)}
    assert run([names.get(a, a) for a in argv]) == 2
    assert "it is a claim table" in capsys.readouterr().err
    assert {p: sha256(p) for p in before} == before


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["normalize", "TABLE", "-o", "OUT"], id="normalized-table"),
        pytest.param(["compare", "TABLE", "--table", "claims", "--format", "csv", "-o", "OUT"], id="claims-table"),
        pytest.param(["compare", "TABLE", "--table", "cross_unit", "--format", "csv", "-o", "OUT"], id="cross-unit"),
        pytest.param(["compare", "TABLE", "-o", "OUT"], id="findings-text"),
    ],
)
def test_an_output_of_ours_is_replaced_on_the_next_run(tmp_path, good_csv, argv):
    """The rule refuses claim tables only: a scheduled job writes its own output again, run after run."""
    names = {"TABLE": str(good_csv), "OUT": str(tmp_path / "out.csv")}
    argv = [names.get(a, a) for a in argv]
    assert run(argv) == 0
    first = sha256(tmp_path / "out.csv")
    assert run(argv) == 0
    assert sha256(tmp_path / "out.csv") == first


def test_compare_text_is_the_same_to_a_file_to_standard_output_and_to_a_text_stream(tmp_path, capsys, monkeypatch):
    """The findings' lines are written as UTF-8 bytes where the output takes them (a file, a UTF-8 standard
    output) and as text elsewhere: the same text every way, a dash, an accent and escaped control characters in
    it (a source's ESC, in the findings; a subject's colour codes, in the findings and the groups table: claim
    text is untrusted, and a terminal acts on them)."""
    import io

    table = write_csv(tmp_path / "t.csv", [["a", "IS \x1b[31mZürich", "members", "around 30,000", "CIA", "2015-01-01"],
                                          ["b", "IS \x1b[31mZürich", "members", "200,000–250,000", "Iraq\x1b[2J", "2015-02-01"]])  # fmt: skip
    out = tmp_path / "out.txt"
    assert run(["compare", str(table), "-o", str(out)]) == 0
    written = out.read_bytes().decode("utf-8")
    assert "–" in written and "Zürich" in written and "\\x1b[2J" in written and "\x1b" not in written
    assert written.count("IS \\x1b[31mZürich") == 2  # in the finding and in the groups table
    assert run(["compare", str(table)]) == 0
    assert capsys.readouterr().out == written + "\n"  # click.echo ends the text with a line break
    piped = subprocess.run(
        [sys.executable, "-m", "discrepancy", "compare", str(table)], capture_output=True, check=True
    )
    assert piped.stdout.decode("utf-8") == written + "\n"
    text_only = io.StringIO()
    monkeypatch.setattr(sys, "stdout", text_only)
    assert run(["compare", str(table)]) == 0
    assert text_only.getvalue() == written + "\n"


@pytest.mark.parametrize(
    "encoding, expected",
    [
        pytest.param("utf-8", True, id="utf-8"),
        pytest.param("UTF8", True, id="an-alias"),
        pytest.param("latin-1", False, id="latin-1"),
        pytest.param("no-such-codec", False, id="unknown"),
        pytest.param(None, False, id="text-only"),
    ],
)
def test_the_findings_go_out_as_bytes_only_to_a_utf8_stream(encoding, expected):
    import io

    from discrepancy.cli import _utf8_bytes

    class Stream:  # what click and the CLI see of a stream: its encoding and, unless text-only, its bytes
        def __init__(self):
            self.encoding = encoding or "utf-8"
            self.buffer = io.BytesIO() if encoding else None

    assert _utf8_bytes(Stream()) is expected


def test_the_console_entry_sets_the_pool_before_the_command_runs(monkeypatch):
    import discrepancy.cli as cli

    calls = []
    monkeypatch.setattr(cli, "prefer_system_allocator", lambda: calls.append("pool"))
    monkeypatch.setattr(cli, "run", lambda argv=None: calls.append("run") or 0)
    with pytest.raises(SystemExit):
        cli.entry()
    assert calls == ["pool", "run"]
