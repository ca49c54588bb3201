"""Loading several claim tables: every table's problems gathered (by file, then row), checks run beside
normalizing."""

from __future__ import annotations

import pandas as pd
import pytest

from discrepancy import TableError
from discrepancy.claims import tables
from discrepancy.claims.tables import load_claims_with_problems
from tests.helpers import write_csv


@pytest.fixture(autouse=True, params=[pytest.param(False, id="this-thread"), pytest.param(True, id="two-threads")])
def threads(request, monkeypatch):
    """Every test twice: as a small table loads (one thread), and as a large one does (checks on a second)."""
    import discrepancy.parallel

    if request.param:
        monkeypatch.setattr(discrepancy.parallel, "PARALLEL_ROWS", 0)
    return request.param


ROWS = [["a", "IS", "members", "around 30,000", "CIA", "2015-10-22"], ["b", "IS", "members", "x", "FSB", "2015-13"]]


def test_problems_of_several_tables_are_all_listed_and_reach_their_rows(tmp_path):
    one = write_csv(tmp_path / "one.csv", ROWS)
    two = write_csv(tmp_path / "two.csv", [[f"2{r[0]}", *r[1:]] for r in ROWS])
    claims, problems = load_claims_with_problems([one, two])
    assert [p.split("/")[-1] for p in problems["file"]] == ["one.csv", "one.csv", "two.csv", "two.csv"]
    assert problems["column"].tolist() == ["claim_date", "value_text"] * 2
    # each row's problems: its own, from the check that ran beside normalizing
    assert claims["row_problems"].tolist()[0] == ""
    assert claims["row_problems"].tolist()[1].startswith("claim_date:")
    assert claims["row_problems"].tolist()[1] == claims["row_problems"].tolist()[3]


@pytest.mark.parametrize(
    "rows, raised",
    [
        pytest.param(ROWS + [["a", "IS", "m", "5", "S", "2015"]], TableError, id="unusable-table-its-problems-raised"),
        pytest.param(ROWS, ZeroDivisionError, id="usable-table-the-failure-itself-raised"),
    ],
)
def test_a_table_that_cannot_be_normalized(tmp_path, monkeypatch, rows, raised):
    """Normalizing runs before the checks end: when it fails, an unusable table's fatal problems are what the
    user sees (they say why), and a usable table's failure is raised as it is, not hidden."""

    def broken(frame, problems=None):
        raise ZeroDivisionError("normalizing failed")

    monkeypatch.setattr(tables, "normalize_claims", broken)
    with pytest.raises(raised) as err:
        load_claims_with_problems(write_csv(tmp_path / "t.csv", rows))
    if raised is TableError:
        assert "appears more than once" in " ".join(err.value.problems["problem"])


def test_every_unreadable_table_among_others_is_named(tmp_path):
    good = write_csv(tmp_path / "good.csv", ROWS)
    with pytest.raises(TableError) as err:
        load_claims_with_problems([tmp_path / "missing.csv", good, tmp_path / "also-missing.csv"])
    files = [f.split("/")[-1] for f in err.value.problems["file"]]
    assert files == ["also-missing.csv", "missing.csv"]
    assert isinstance(err.value.problems, pd.DataFrame)


def test_many_rows_with_problems_each_get_their_own(tmp_path):
    """Rows with a date problem, an unread value, both, or neither: each row's problems are its own, and every
    problem is listed once (the problem table and the rows' texts are built column by column)."""
    rows = []
    for i in range(400):
        date = "2015-13" if i % 3 == 0 else "2015-10-22"
        text = "x" if i % 5 == 0 else f"around {1000 + i:,}"
        rows.append([f"c{i}", "IS", "members", text, "CIA", date])
    claims, problems = load_claims_with_problems(write_csv(tmp_path / "many.csv", rows))
    for i, got in enumerate(claims["row_problems"]):
        wanted = (["claim_date: "] if i % 3 == 0 else []) + (["value_text: cannot be read ("] if i % 5 == 0 else [])
        parts = got.split("; ") if got else []
        assert [p[: len(w)] for p, w in zip(parts, wanted)] == wanted and len(parts) == len(wanted), (i, got)
    assert len(problems) == sum(i % 3 == 0 for i in range(400)) + sum(i % 5 == 0 for i in range(400))
    assert problems["row"].is_monotonic_increasing and str(problems["row"].dtype) == "Int64"


def test_a_table_read_twice_names_each_problem_in_both(tmp_path):
    one = write_csv(tmp_path / "one.csv", ROWS)
    claims, problems = load_claims_with_problems([one, one])
    assert claims["row_problems"].tolist()[1].startswith("claim_date:")
    assert claims["row_problems"].tolist()[3].startswith("claim_date:")
    assert claims["row_problems"].tolist()[0] == claims["row_problems"].tolist()[2] == ""
