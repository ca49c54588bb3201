"""Steps beside other steps: a second thread for large tables only, the same results and errors either way."""

from __future__ import annotations

import threading
import time

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


@pytest.mark.parametrize("rounds", [pytest.param(50, id="fifty-races")])
def test_steps_shared_by_two_threads_each_run_once(rounds):
    """Two threads given the same steps in opposite orders share them out: every step runs once, in one thread,
    and both read the same results (fails when a step can be begun twice)."""
    for _ in range(rounds):
        calls = []
        steps = [
            parallel.Step(lambda i=i, calls=calls: calls.append(i) or time.sleep(0.0005) or i * i) for i in range(20)
        ]
        other = threading.Thread(target=parallel.run_each, args=(list(reversed(steps)),), name="other")
        other.start()
        parallel.run_each(steps)
        other.join()
        assert sorted(calls) == list(range(20))
        assert [s.result() for s in steps] == [i * i for i in range(20)]


def test_a_step_begun_elsewhere_is_waited_for_and_one_not_begun_runs_here():
    release = threading.Event()
    slow = parallel.Step(lambda: release.wait(5) and threading.current_thread().name)
    other = threading.Thread(target=slow.run, name="other")
    other.start()
    while not slow._begun:  # the other thread has it
        threading.Event().wait(0.001)
    slow.run()  # begun elsewhere: returns at once, without running it here
    assert not slow._done.is_set()
    release.set()
    assert slow.result() == "other"  # waited for the thread that ran it
    other.join()
    here = parallel.Step(lambda: threading.current_thread().name)
    assert here.result() == threading.current_thread().name


def test_a_failing_step_raises_in_every_thread_that_asks_and_runs_once():
    calls = []

    def fail():
        calls.append(1)
        raise ValueError("no table")

    step = parallel.Step(fail)
    other = threading.Thread(target=step.run)
    other.start()
    other.join()  # the error stays in the step, not in the thread that ran it
    for _ in range(2):
        with pytest.raises(ValueError, match="no table"):
            step.result()
    assert calls == [1]


@pytest.mark.parametrize("rows", [pytest.param(10, id="inline"), pytest.param(10**6, id="two-threads")])
@pytest.mark.parametrize("ahead", [pytest.param(1, id="one-ahead"), pytest.param(2, id="two-ahead")])
def test_in_order_yields_each_result_in_order_and_begins_at_most_so_many_ahead(rows, ahead):
    """Results come in the items' order however the threads finish, an error where its item's result is taken, and
    no more than ``ahead`` items are begun beyond the one the caller holds (a chunk of JSON can be 150 MB)."""
    import random
    import threading
    import time

    from discrepancy.parallel import beside, in_order

    begun, lock = [], threading.Lock()

    def slow_square(i):
        with lock:
            begun.append(i)
        time.sleep(random.Random(i).random() / 200)  # later items often finish first
        if i == 7:
            raise ValueError("item 7")
        return i * i

    got = []
    with beside(rows, "test", workers=2) as pool, pytest.raises(ValueError, match="item 7"):
        for n, value in enumerate(in_order(pool, slow_square, range(12), ahead=ahead)):
            with lock:
                assert len(begun) <= n + 1 + ahead
            got.append(value)
    assert got == [i * i for i in range(7)]
