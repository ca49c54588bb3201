"""Work done beside other work on a second thread, for large tables only.

Loading and comparing a large table is mostly Arrow kernels and NumPy, which release the GIL, so independent
steps run side by side on the machine's second core (a table's checks beside the reading of its values, lineage
beside the groups, ...). A small table's work is mostly pandas' per-call overhead, which holds the GIL: there a
second thread only interleaves with the first and costs time (the default report's compare took 140 ms alone
and 185 ms with threads). Each step gives the same result either way.
"""

from __future__ import annotations

import functools
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
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


class Step:
    """A step that whichever thread comes to it first runs: ``run()`` begins it in this thread unless another
    thread has (and then returns at once), ``result()`` runs it here or waits for the thread that does, and
    raises its error. Two threads given the same steps in different orders share them out as they go, none run
    twice; a step is a function of its inputs, so its result is the same whichever thread runs it."""

    def __init__(self, fn: Callable, *args, **kwargs) -> None:
        self._call = functools.partial(fn, *args, **kwargs)
        self._lock = threading.Lock()
        self._begun = False
        self._done = threading.Event()
        self._value, self._error = None, None

    def run(self) -> None:
        with self._lock:
            if self._begun:
                return
            self._begun = True
        try:
            self._value = self._call()
        except BaseException as e:  # raised by result(), in the thread that asks for it
            self._error = e
            if not isinstance(e, Exception):  # an interrupt or exit also stops the thread it happened in
                raise
        finally:
            self._done.set()

    def result(self):
        self.run()
        self._done.wait()
        if self._error is not None:
            raise self._error
        return self._value


def run_each(steps: Iterable[Step | None]) -> None:
    """Run each step that no other thread has begun, in order (None: a step not needed)."""
    for step in steps:
        if step is not None:
            step.run()


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


def in_order(pool, fn: Callable, items: Iterable, ahead: int = 2) -> Iterator:
    """``fn`` of each item, yielded in the items' order, with at most ``ahead`` more begun on ``pool`` (from
    :func:`beside`) while the caller uses one: ``pool.map`` begins every item at once, and holds every result
    until it is taken (the JSON of a large table is written a chunk of rows at a time for that reason)."""
    begun: deque = deque()
    for item in items:
        begun.append(pool.submit(fn, item))
        if len(begun) > ahead:
            yield begun.popleft().result()
    while begun:
        yield begun.popleft().result()
