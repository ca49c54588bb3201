"""Steps beside other steps: a second thread for large tables only, the same results and errors either way."""

from __future__ import annotations

import threading

import pytest

from discrepancy import parallel
from discrepancy.parallel import PARALLEL_ROWS, beside


@pytest.mark.parametrize(
    "rows, threaded",
    [pytest.param(PARALLEL_ROWS - 1, False, id="small-table-this-thread"),
     pytest.param(PARALLEL_ROWS, True, id="large-table-second-thread")],
)  # fmt: skip
def test_a_step_runs_on_a_second_thread_only_for_a_large_table(rows, threaded):
    with beside(rows, "test") as pool:
        where = pool.submit(lambda: threading.current_thread()).result()
        squares = list(pool.map(lambda x: x * x, range(5)))
    assert (where is not threading.main_thread()) == threaded
    assert squares == [0, 1, 4, 9, 16]


@pytest.mark.parametrize("rows", [pytest.param(0, id="this-thread"), pytest.param(10**6, id="second-thread")])
def test_a_failing_step_raises_where_its_result_is_asked(rows):
    ran = []
    with beside(rows, "test") as pool:
        failed = pool.submit(lambda: 1 / 0)
        ran.append("after")  # the steps after it still run
        with pytest.raises(ZeroDivisionError):
            failed.result()
    assert ran == ["after"]


def test_the_threshold_is_read_when_the_step_starts(monkeypatch):
    monkeypatch.setattr(parallel, "PARALLEL_ROWS", 0)
    with parallel.beside(1, "test") as pool:
        assert pool.submit(lambda: threading.current_thread()).result() is not threading.main_thread()
