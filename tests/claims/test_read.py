"""Reading claim tables: every supported format, and every kind of bad file refused with file, row, column."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest

from discrepancy import TableError, load_claims, load_claims_with_problems, validate_claims
from discrepancy.claims.read import _percent_text, read_table
from tests.helpers import BAD_TABLES, HEADER, sha256, write_csv


@pytest.fixture(autouse=True, params=[pytest.param(False, id="read"), pytest.param(True, id="mapped")])
def mapped(request, monkeypatch):
    """Every test twice: CSV read into memory (a small file), and mapped (as a file of 32 MB or more is)."""
    import discrepancy.claims.read as read

    if request.param:
        monkeypatch.setattr(read, "MAP_BYTES", 0)
    return request.param


ROW = ["a", "Islamic State", "members", "around 30,000", "US Central Intelligence Agency", "2015-10-22"]


def _frame() -> pd.DataFrame:
    return pd.DataFrame(
        [ROW, ["b", "Islamic State", "members", "around 200,000", "Iraqi authorities", "2015"]], columns=HEADER
    )


@pytest.mark.parametrize(
    "suffix, write",
    [
        pytest.param(".csv", lambda f, p: f.to_csv(p, index=False), id="csv"),
        pytest.param(".xlsx", lambda f, p: f.to_excel(p, index=False), id="xlsx"),
        pytest.param(".parquet", lambda f, p: f.to_parquet(p, index=False), id="parquet"),
        pytest.param(".json", lambda f, p: p.write_text(json.dumps(f.to_dict("records"))), id="json"),
    ],
)
def test_every_format_loads_to_the_same_claims(tmp_path, suffix, write):
    path = tmp_path / f"claims{suffix}"
    write(_frame(), path)
    claims = load_claims(path)
    assert list(claims["claim_id"]) == ["a", "b"]
    assert list(claims["value"]) == [30000, 200000]
    assert list(claims["claim_date"]) == ["2015-10-22", "2015"]


def test_xlsx_named_sheet_and_date_cells(tmp_path):
    path = tmp_path / "claims.xlsx"
    frame = _frame()
    frame["claim_date"] = [pd.Timestamp("2015-10-22"), "2015"]
    with pd.ExcelWriter(path) as xl:
        pd.DataFrame({"x": [1]}).to_excel(xl, sheet_name="notes", index=False)
        frame.to_excel(xl, sheet_name="claims", index=False)
    claims = load_claims(path, sheet="claims")
    assert list(claims["claim_date"]) == ["2015-10-22", "2015"]
    assert list(claims["input_row"]) == [2, 3]


def _percent_sheet(path, cells: list[tuple], formats: dict[str, str]):
    """A SYNTHETIC sheet of claims of one number each (None: a blank row), cells formatted as given."""
    import openpyxl

    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["claim_id", "subject", "metric", "value_text", "unit", "source", "claim_date", "value"])
    for i, cell in enumerate(cells):
        ws.append([None] * 8 if cell is None else [f"c{i}", "X", "unemployment", *cell])
    for at, number_format in formats.items():
        ws[at].number_format = number_format
    book.save(path)
    return path


def test_a_percent_cell_reads_as_the_sheet_shows_it_and_rows_keep_their_numbers(tmp_path):
    """Excel holds 30% as 0.3: read as 0.3 under unit '%', the claim said 0.3 percent. A blank row between claims
    no longer shifts the row numbers that problems name."""
    path = _percent_sheet(
        tmp_path / "p.xlsx",
        [
            (0.3, "%", "A", "2020", None),
            None,
            (0.125, "", "B", "2020", None),
            (0.4, "%", "C", "2020", None),
            ("x", "%", "D", "2020", 0.45),
        ],  # fmt: skip
        {"D2": "0%", "D4": "0.0%", "H6": "0%"},
    )
    claims, problems = load_claims_with_problems(path)
    assert claims["value_text"].tolist() == ["30%", "12.5%", "0.4", "x"]
    assert claims["value"].tolist()[:3] == [30, 12.5, 0.4]
    assert claims["input_row"].tolist() == [2, 4, 5, 6]
    # a percent-formatted number in the value column reads "45%", which is no number: named, not taken as 0.45
    bad = problems[(problems["column"] == "value")]
    assert bad[["row", "value"]].values.tolist() == [[6, "45%"]]


@pytest.mark.parametrize(
    "number, text",
    [
        pytest.param(0.3, "30%", id="no binary noise"),
        pytest.param(0.125, "12.5%", id="a decimal"),
        pytest.param(1, "100%", id="one"),
        pytest.param(-0.05, "-5%", id="negative"),
        pytest.param(0.0001, "0.01%", id="small"),
    ],
)
def test_percent_text(number, text):
    assert _percent_text(number) == text


def test_bom_case_insensitive_names_and_extra_columns_are_kept(tmp_path):
    path = tmp_path / "claims.csv"
    path.write_bytes(
        "\ufeff CLAIM_ID ,Subject,METRIC,value_text,Source,claim_date,analyst\n"
        'a,IS,members,"around 30,000",CIA,2015-10-22,jd\n'.encode()
    )
    claims = load_claims(path)
    assert claims.loc[0, "claim_id"] == "a"
    assert claims.loc[0, "analyst"] == "jd"
    assert claims.loc[0, "value"] == 30000


def test_quoted_newline_keeps_row_numbers_as_records(tmp_path):
    path = write_csv(
        tmp_path / "c.csv",
        [["a", "IS", "members", "around\n30,000", "CIA", "2015"], ["b", "IS", "m", "x", "S", "2015-13"]],
    )
    claims = load_claims(path)
    assert list(claims["input_row"]) == [2, 3]
    assert "claim_date" in claims.loc[1, "row_problems"]


_H = ",".join(HEADER)
_A, _B, _C = "a,IS,m,30,S,2015", "b,IS,m,40,S,2015-13", "c,IS,m,50,S,2015"
_BARE = "," * (len(HEADER) - 1)


@pytest.mark.parametrize(
    "text, ids, rows",
    [
        pytest.param(f"{_H}\n{_A}\n\n{_B}\n{_C}\n", "abc", [2, 4, 5], id="blank line"),
        pytest.param(f"{_H}\r\n{_A}\r\n\r\n\r\n{_B}\r\n{_C}\r\n", "abc", [2, 5, 6], id="crlf blank lines"),
        pytest.param(f"{_H}\r{_A}\r\r{_B}\r{_C}\r", "abc", [2, 4, 5], id="cr-only blank line"),
        pytest.param(f"{_H}\n{_A}\n   \t\n{_B}\n{_C}", "abc", [2, 4, 5], id="white space line"),
        pytest.param(f"\n \n{_H}\n{_A}\n{_B}\n{_C}\n", "abc", [4, 5, 6], id="blank lines before the header"),
        pytest.param(f"\ufeff\n{_H}\n{_A}\n{_B}\n", "ab", [3, 4], id="bom then a blank line"),
        pytest.param(f"{_H}\n{_A}\n{_BARE}\n{_B}\n{_C}\n{_BARE}\n{_BARE}\n", "abc", [2, 4, 5], id="bare commas"),
        pytest.param(f"{_H}\n{_A}\n {_BARE} \n{_B}\n", "ab", [2, 4], id="bare commas and spaces"),
        pytest.param(f'{_H}\n{_A}\nq,IS,m,"1\n\n2",S,2015\n\n{_B}\n', "aqb", [2, 3, 5], id="quoted blank line"),
        pytest.param(f"{_H}\n{_A}\n{_B}\n{_C}\n\n\n", "abc", [2, 3, 4], id="blank lines at the end"),
        pytest.param(f"{_H}\n{_A}\n{_B}\n{_C}\n \n  ", "abc", [2, 3, 4], id="white space at the end"),
    ],
)
def test_blank_lines_and_empty_rows_are_rows_a_spreadsheet_numbers(tmp_path, text, ids, rows):
    """A blank line, or a row of bare commas as a spreadsheet exports its formatted empty rows, holds no claim and
    is left out, but it is a row a spreadsheet shows: the rows after it keep their numbers, and a problem names the
    row the analyst opens (row 3, not 2, once; b's bad date named a row too early)."""
    path = tmp_path / "t.csv"
    path.write_bytes(text.encode())
    claims, problems = load_claims_with_problems(path)
    assert claims["claim_id"].tolist() == list(ids)
    assert claims["input_row"].tolist() == rows
    if "b" in ids:
        b_row = rows[ids.index("b")]
        assert problems[problems["column"] == "claim_date"]["row"].tolist() == [b_row]


@pytest.mark.parametrize(
    "text, row",
    [
        pytest.param(f"{_H}\n{_A}\n\nx,IS,m,30\n", 4, id="after a blank line"),
        pytest.param(f"\n{_H}\n{_A}\nx,IS,m,30\n", 4, id="after a blank line before the header"),
    ],
)
def test_a_ragged_row_after_blank_lines_is_named_by_its_row(tmp_path, text, row):
    path = tmp_path / "t.csv"
    path.write_bytes(text.encode())
    with pytest.raises(TableError) as e:
        load_claims(path)
    assert e.value.problems["row"].tolist() == [row]
    assert "row has 4 fields" in e.value.problems["problem"].iloc[0]


def test_a_lone_unclosed_quotation_mark_is_named_by_its_line(tmp_path):
    """Found by tests/test_fuzz.py: a row of one '"' is blank to the csv module and ragged to Arrow; the table was
    refused with no problem in its problem table."""
    path = tmp_path / "t.csv"
    path.write_bytes(b'claim_id,subject,metric,value_text,source,claim_date\n"\n')
    with pytest.raises(TableError) as e:
        load_claims(path)
    assert e.value.problems["row"].tolist() == [2]
    assert "quoted value is never closed" in e.value.problems["problem"].iloc[0]


@pytest.mark.parametrize(
    "text, row, above",
    [
        pytest.param(f"Table 3. Estimates of fighters\n{_H}\n{_A}\n", 2, "Table 3. Estimates of fighters", id="title"),
        pytest.param(f"Table 3,{_BARE[1:]}\n{_H}\n{_A}\n", 2, "Table 3", id="title padded with commas"),
        pytest.param(f"sep=,\n{_H}\n{_A}\n", 2, "sep=", id="excel's separator line"),
        pytest.param(f"Claims\n\nSource: our desk\n{_H}\n{_A}\n{_B}\n", 4, "Claims", id="a note and a blank line"),
    ],
)
def test_a_header_below_a_title_is_named_not_read_as_misplaced_rows(tmp_path, text, row, above):
    """A title or note above the header made every row 'a row of 6 fields under a header of 1', or the title the
    header (its columns unnamed): one problem now names the row that holds the header and the row read instead."""
    path = tmp_path / "t.csv"
    path.write_bytes(text.encode())
    with pytest.raises(TableError) as e:
        load_claims(path)
    found = e.value.problems
    assert found["row"].tolist() == [row]
    assert "looks like the header" in found["problem"].iloc[0]
    assert f"row 1, read as the header ({above!r})" in found["problem"].iloc[0]


def test_a_header_below_a_title_in_a_sheet_is_named_by_its_row(tmp_path):
    path = tmp_path / "t.xlsx"
    with pd.ExcelWriter(path) as xl:
        pd.DataFrame([["Estimates of fighters"]]).to_excel(xl, index=False, header=False)
        pd.DataFrame([HEADER, ROW]).to_excel(xl, index=False, header=False, startrow=2)
    with pytest.raises(TableError) as e:
        load_claims(path)
    assert e.value.problems["row"].tolist() == [3]
    assert "('Estimates of fighters')" in e.value.problems["problem"].iloc[0]


def test_cells_that_happen_to_name_columns_do_not_make_a_header(tmp_path):
    """A claim whose cells name one or two columns is a claim; the header of a good table is never doubted."""
    path = tmp_path / "t.csv"
    path.write_bytes(f"{_H}\nsubject,metric,m,30,S,2015\n{_A}\n".encode())
    assert load_claims(path)["claim_id"].tolist() == ["subject", "a"]


def test_a_table_of_bare_commas_has_no_rows(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(f"{_H}\n{_BARE}\n\n{_BARE}\n".encode())
    with pytest.raises(TableError, match="no rows"):
        load_claims(path)


def test_a_tab_separated_blank_row_keeps_the_numbers(tmp_path):
    """A TSV line of one tab is a blank line (fewer fields than the header); one of every tab, a row of empty cells."""
    header = "\t".join(HEADER)
    path = tmp_path / "t.tsv"
    path.write_bytes(f"{header}\na\tIS\tm\t30\tS\t2015\n\t\n\t\t\t\t\t\nb\tIS\tm\t40\tS\t2015\n".encode())
    assert load_claims(path)["input_row"].tolist() == [2, 5]


def test_load_claims_reads_several_tables_and_refuses_shared_ids(tmp_path, good_rows):
    one = write_csv(tmp_path / "one.csv", good_rows)
    two = write_csv(tmp_path / "two.csv", [["c", "IS", "members", "70,000", "R", "2015"]])
    assert len(load_claims([one, two])) == 3
    clash = write_csv(tmp_path / "three.csv", [["a", "IS", "members", "70,000", "R", "2015"]])
    with pytest.raises(TableError) as err:
        load_claims([one, clash])
    assert set(err.value.problems["file"]) == {str(one), str(clash)}
    assert "also used in" in err.value.problems["problem"].iloc[0]


# Each bad table: (file name, bytes, row, column, words in the problem). row None: the file as a whole.


@pytest.mark.parametrize("name, data, row, column, words", BAD_TABLES)
def test_bad_table_is_refused_naming_file_row_and_column(tmp_path, name, data, row, column, words):
    path = tmp_path / name
    path.write_bytes(data)
    before = sha256(path)
    with pytest.raises(TableError) as err:
        load_claims(path)
    problems = err.value.problems
    assert problems["file"].str.endswith(name).all()
    hit = problems[problems["problem"].str.contains(words)]
    assert len(hit), problems.to_string()
    if row is None:
        assert hit["row"].isna().all(), problems.to_string()
    else:
        assert row in set(hit["row"]), problems.to_string()
    assert (hit["column"] == column).all()
    assert name in str(err.value)
    assert sha256(path) == before


def test_all_fatal_problems_are_reported_at_once(tmp_path):
    path = tmp_path / "many.csv"
    path.write_text("claim_id,subject,value_text,claim_date\na,IS,30,2015\na,IS,40,2015\n")
    with pytest.raises(TableError) as err:
        load_claims(path)
    problems = err.value.problems
    assert {"metric", "source"} <= set(problems["value"]) | set(problems["column"]) | set(problems["problem"])
    assert (problems["problem"].str.contains("more than once")).sum() == 1  # one problem per id, with its rows
    assert problems["problem"].str.contains(r"2 times: rows 2, 3").any()


def test_twenty_thousand_rows_sharing_one_id_give_one_bounded_problem(tmp_path):
    """Issue 10: 5,000 rows sharing one claim_id took 21 s and 843 MB to report (each problem listed every row);
    20,000 were killed at 10.8 GB. Now one problem names the count and the first rows (the time is measured in
    benchmarks/bench_limits.py)."""
    path = tmp_path / "dups.csv"
    path.write_text("claim_id,subject,metric,value_text,source,claim_date\n" + "same,S,m,1,src,2015\n" * 20_000)
    problems = validate_claims(path)
    dup = problems[problems["problem"].str.contains("more than once")]
    assert len(dup) == 1
    assert "20,000 times" in dup.iloc[0]["problem"] and "19,990 more" in dup.iloc[0]["problem"]
    assert len(dup.iloc[0]["problem"]) < 200


def test_delimiter_option_reads_a_semicolon_table(tmp_path):
    path = tmp_path / "semi.csv"
    path.write_text(";".join(HEADER) + "\na;IS;m;30,5;S;2015\n")
    claims = load_claims(path, delimiter=";")
    assert claims.loc[0, "value"] == 30.5


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(TableError, match="file not found"):
        read_table(tmp_path / "nope.csv")
    with pytest.raises(TableError, match="folder"):
        read_table(tmp_path)


def test_reserved_and_duplicate_column_names_are_refused(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("claim_id,Claim_ID,input_row,subject,metric,value_text,source,claim_date\na,b,1,IS,m,30,S,2015\n")
    with pytest.raises(TableError) as err:
        read_table(path)
    text = " ".join(err.value.problems["problem"])
    assert "twice" in text and "reserved" in text


@pytest.mark.parametrize(
    "cell_chars, block_bytes",
    [
        pytest.param(3_000, 1 << 10, id="row-longer-than-a-block"),
        pytest.param(50, 1 << 10, id="many-rows-many-blocks"),
    ],
)
def test_rows_across_and_longer_than_arrows_blocks(tmp_path, monkeypatch, cell_chars, block_bytes):
    """Arrow reads in blocks, one per thread: a row longer than a block is read in one block, so its long cell is
    named (row, column) rather than the file refused as unreadable; rows spread over many blocks all arrive."""
    import discrepancy.claims.read as read

    monkeypatch.setattr(read, "BLOCK_BYTES", block_bytes)
    rows = [[f"c{i}", "Islamic State", "members", f"{1000 + i}", "Source", "2015"] for i in range(40)]
    rows[3][3] = f"{'9' * cell_chars}"  # a value text as long as the cell
    path = write_csv(tmp_path / "t.csv", rows)
    frame = read_table(path)
    assert len(frame) == 40 and frame["claim_id"].tolist() == [f"c{i}" for i in range(40)]
    assert len(frame.loc[3, "value_text"]) == cell_chars


@pytest.mark.parametrize(
    "cell",
    [
        pytest.param("≈ 200 000 – Ça", id="two-and-three-byte-characters"),
        pytest.param("🙂,🙂", id="four-byte-characters-beside-a-comma"),
        pytest.param('"«quoted»"', id="quotes-beside-multibyte"),
        pytest.param("Mosul\n— 30 000", id="line-break-beside-multibyte"),
        pytest.param("é" * 600, id="cell-across-block-ends"),
    ],
)
def test_multibyte_text_is_read_whole_beside_delimiters_quotes_and_breaks(tmp_path, monkeypatch, cell):
    """Arrow does not check each cell's UTF-8 again (the whole file is checked first): every cell still arrives
    as the csv module reads it, characters whole, in blocks small enough to end inside a row."""
    import discrepancy.claims.read as read

    monkeypatch.setattr(read, "BLOCK_BYTES", 1 << 8)
    rows = [[f"c{i}", cell, "members", f"{i} {cell}", "Source", "2015"] for i in range(30)]
    path = write_csv(tmp_path / "t.csv", rows)
    with path.open(newline="", encoding="utf-8") as f:
        expected = list(csv.reader(f))[1:]
    frame = read_table(path)
    assert frame["subject"].tolist() == [r[1] for r in expected]
    assert frame["value_text"].tolist() == [r[3] for r in expected]


@pytest.mark.parametrize(
    "threads", [pytest.param(True, id="columns-combined-on-threads"), pytest.param(False, id="inline")]
)
def test_blocks_become_one_chunk_per_column_in_order(tmp_path, monkeypatch, threads):
    """The columns Arrow reads block by block are joined into one chunk each (the engine's row takes are 5x slower
    on a hundred chunks), on two threads for large tables, each column whole and in the file's order, as the
    large_string Arrow arrays that pandas' str columns hold (so pandas takes them without a copy)."""
    import pyarrow as pa

    import discrepancy.claims.read as read
    import discrepancy.parallel as parallel

    monkeypatch.setattr(read, "BLOCK_BYTES", 1 << 10)
    monkeypatch.setattr(parallel, "PARALLEL_ROWS", 1 if threads else 10**9)
    rows = [[f"c{i}", f"Subject {i % 7}", "members", f"{1000 + i:,}", f"Source {i}", "2015"] for i in range(300)]
    frame = read_table(write_csv(tmp_path / "t.csv", rows))
    assert frame["claim_id"].tolist() == [r[0] for r in rows]
    assert frame["value_text"].tolist() == [r[3] for r in rows] and frame["source"].tolist() == [r[4] for r in rows]
    for column in ("claim_id", "subject", "value_text", "source"):
        arrow = pa.array(frame[column].array)
        assert isinstance(arrow, pa.Array), column  # one chunk, not a ChunkedArray of blocks
        assert arrow.type == pa.large_string(), column


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"plain ascii", id="ascii"),
        pytest.param("Mosul, ≈ 200 000 – Ça".encode(), id="utf8"),
        pytest.param(b"\xef\xbb\xbfclaim_id", id="bom"),
        pytest.param(b"\xed\xa0\x80", id="surrogate"),
        pytest.param(b"\xc0\xaf", id="overlong"),
        pytest.param(b"\xf4\x90\x80\x80", id="past-unicode"),
        pytest.param(b"caf\xe9", id="latin-1"),
        pytest.param(b"\xe2\x82", id="cut-short"),
    ],
)
def test_utf8_check_agrees_with_python(data):
    """The fast UTF-8 check before Arrow reads must say what Python's decoder says, or a bad byte reaches
    Arrow's bad-row handler (tests/test_fuzz.py fuzzes the whole loader too)."""
    from discrepancy.claims.read import _is_utf8

    try:
        data.decode("utf-8")
        python = True
    except UnicodeDecodeError:
        python = False
    assert _is_utf8(data) == python


@pytest.mark.parametrize(
    "cells, refused",
    [
        pytest.param({(1, "subject"): "x" * 10_001}, [(3, "subject", 10_001)], id="one-ascii-cell-over"),
        pytest.param({(0, "source"): "x" * 10_000}, [], id="at-the-limit"),
        pytest.param({(0, "quote"): "é" * 10_000}, [], id="many-bytes-few-characters"),
        pytest.param({(0, "quote"): "é" * 10_001}, [(2, "quote", 10_001)], id="multibyte-over"),
        pytest.param(
            {(i % 2, "notes" if i < 2 else "url"): "y" * (10_001 + i) for i in range(4)},
            [(2, "url", 10_003), (2, "notes", 10_001), (3, "notes", 10_002), (3, "url", 10_004)],
            id="several-columns-all-named",
        ),
    ],
)
@pytest.mark.parametrize(
    "suffix, write",
    [
        pytest.param(".csv", lambda f, p: f.to_csv(p, index=False), id="csv"),
        pytest.param(".xlsx", lambda f, p: f.to_excel(p, index=False), id="xlsx"),
        pytest.param(".json", lambda f, p: p.write_text(json.dumps(f.to_dict("records"))), id="json"),
    ],
)
def test_long_cells_are_refused_by_characters_not_bytes(tmp_path, cells, refused, suffix, write):
    frame = _frame().assign(quote="", notes="", url="")
    for (row, column), text in cells.items():
        frame.loc[row, column] = text
    path = tmp_path / f"claims{suffix}"
    write(frame, path)
    if not refused:
        assert len(read_table(path)) == 2
        return
    with pytest.raises(TableError) as err:
        read_table(path)
    found = err.value.problems
    first_row = 2 if suffix != ".json" else 1
    got = sorted(
        (int(r), c, int(v.split()[0].replace(",", "")))
        for r, c, v in zip(found["row"], found["column"], found["value"])
    )
    assert got == sorted((r - 2 + first_row, c, n) for r, c, n in refused)
    assert all("characters; a claim table cell holds at most 10,000" in p for p in found["problem"])


@pytest.mark.parametrize(
    "end", [pytest.param("\n", id="lf"), pytest.param("\r\n", id="crlf"), pytest.param("\r", id="cr-only")]
)
def test_each_line_ending_reads_the_same_table(tmp_path, end):
    """The header ends at its first line break of any kind (a CR is looked for before the first LF only); a quoted
    line break of the file's own kind inside a later value stays in the value."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator=end)
    writer.writerows(
        [HEADER, ROW, ["b", "Islamic State", "members", f"about{end}this many", "Iraqi authorities", "2015"]]
    )
    path = tmp_path / "t.csv"
    path.write_bytes(text.getvalue().encode())
    frame = read_table(path)
    assert list(frame.columns[: len(HEADER)]) == HEADER
    assert frame["value_text"].tolist() == ["around 30,000", f"about{end}this many"]
    assert frame["input_row"].tolist() == [2, 3]


@pytest.mark.parametrize(
    "inside", [pytest.param("\n", id="lf"), pytest.param("\r\n", id="crlf"), pytest.param("\r", id="cr")]
)
def test_a_cr_only_file_keeps_any_quoted_line_break_in_its_value(tmp_path, inside):
    """An old Mac export (Excel's "CSV (Macintosh)": rows end in CR) whose cell holds an in-cell line break (LF in
    Excel), quoted as every spreadsheet quotes it: the break stays in the value. (Unquoted, an LF ends a row for
    Arrow and for Python's csv module alike, and the table is refused naming the rows.)"""
    value = f"about{inside}this many"
    rows = ["claim_id,subject,metric,value_text,source,claim_date", 'a,Islamic State,members,"around 30,000",CIA,2015']
    rows.append(f'b,Islamic State,members,"{value}",Iraqi authorities,2015')
    path = tmp_path / "t.csv"
    path.write_bytes(("\r".join(rows) + "\r").encode())
    frame = read_table(path)
    assert frame["value_text"].tolist() == ["around 30,000", value]
    assert frame["input_row"].tolist() == [2, 3]


@pytest.mark.parametrize(
    "quoted",
    [
        pytest.param("around\n30,000", id="line-break-in-a-value"),
        pytest.param("x\ny,z,w,v,u", id="a-break-then-as-many-commas-as-a-row-has"),
        pytest.param("a\r\nb\rc", id="crlf-and-cr-in-a-value"),
    ],
)
def test_quoted_line_breaks_at_block_ends_read_as_in_one_block(tmp_path, monkeypatch, quoted):
    """Arrow first splits the file into blocks at any line break; a quoted line break where a block ends makes it
    stop, and the file is read again with breaks inside quotes allowed: every row arrives whole, none is split in
    two (a value that holds a break and then as many commas as a row would make two rows of the right width)."""
    import discrepancy.claims.read as read

    rows = [[f"c{i}", "IS", "members", quoted if i % 3 == 0 else "5", "S", "2015"] for i in range(300)]
    path = write_csv(tmp_path / "t.csv", rows)
    whole = read_table(path)
    monkeypatch.setattr(read, "BLOCK_BYTES", 1 << 8)
    calls = []
    original = read.pacsv.read_csv
    monkeypatch.setattr(read.pacsv, "read_csv", lambda *a, **k: calls.append(k["parse_options"]) or original(*a, **k))
    blocks = read_table(path)
    pd.testing.assert_frame_equal(blocks, whole)
    assert blocks["value_text"].tolist()[::3] == [quoted] * 100
    assert [o.newlines_in_values for o in calls] == [False, True]  # Arrow stopped, and the file was read again


def test_the_suites_own_guarded_csv_reads_back_with_its_signs(tmp_path):
    """The suite's CSV output puts an apostrophe before a cell that begins with = + - @ (so a spreadsheet does not
    run it as a formula). A draft or a normalized table written so and loaded again read "'-3.5%" as +3.5%: the
    sign was lost. The guard's apostrophe is now taken off the value and unit columns on reading; others stay."""
    from discrepancy.output import write_table

    frame = pd.DataFrame(
        [["a", "GDP", "growth", "-3.5%", "", "S", "2020"], ["b", "GDP", "growth", "+2%", "-2.5", "S", "2020"],
         ["c", "X", "m", "=30000", "", "S", "2020"], ["d", "X", "m", "it's 30,000", "", "S", "2020"]],
        columns=["claim_id", "subject", "metric", "value_text", "value", "source", "claim_date"],
    )  # fmt: skip
    path = tmp_path / "written.csv"
    write_table(frame, path)
    assert "'-3.5%" in path.read_text(encoding="utf-8")  # guarded as written
    claims = load_claims(path)
    assert claims["value_text"].tolist() == ["-3.5%", "+2%", "=30000", "it's 30,000"]
    assert claims["value"].tolist()[:3] == [-3.5, -2.5, 30000]
