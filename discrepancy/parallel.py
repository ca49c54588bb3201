"""Work done beside other work on a second thread, for large tables only.

Loading and comparing a large table is mostly Arrow kernels and NumPy, which release the GIL, so independent
steps run side by side on the machine's second core (a table's checks beside the reading of its values, lineage
beside the groups, ...). A small table's work is mostly pandas' per-call overhead, which holds the GIL: there a
second thread only interleaves with the first and costs time (the default report's compare took 140 ms alone
and 185 ms with threads). Each step gives the same result either way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

#: the fewest rows for which a second thread is used
PARALLEL_ROWS = 50_000


class _Done:
    """A step already run in this thread, answering ``result()`` as a Future does (its error raised there)."""

    def __init__(self, fn: Callable, *args, **kwargs) -> None:
        self._value, self._error = None, None
        try:
            self._value = fn(*args, **kwargs)
        except Exception as e:  # raised by result(), where a thread's error would be
            self._error = e

    def result(self):
        if self._error is not None:
            raise self._error
        return self._value


class _InThisThread:
    def submit(self, fn: Callable, *args, **kwargs) -> _Done:
        return _Done(fn, *args, **kwargs)

    def map(self, fn: Callable, items) -> Iterator:
        return map(fn, items)


@contextmanager
def beside(rows: int, name: str, workers: int = 1):
    """An executor for the steps of a table of ``rows`` rows: ``submit`` and ``map`` run them on ``workers``
    threads when the table has :data:`PARALLEL_ROWS` rows or more, else at once in this thread."""
    if rows < PARALLEL_ROWS:
        yield _InThisThread()
        return
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix=f"dq-{name}") as pool:
        yield pool
