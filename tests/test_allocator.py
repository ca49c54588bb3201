"""The command's allocators: Arrow's buffers from the C heap, that heap in at most two arenas, a user's settings
kept."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from discrepancy import allocator

_POOL = (
    "from discrepancy.allocator import prefer_system_allocator; prefer_system_allocator(); "
    "import os, pyarrow as pa; print(pa.default_memory_pool().backend_name, os.environ['MALLOC_ARENA_MAX'])"
)


@pytest.mark.parametrize(
    "preset, expected",
    [
        pytest.param({}, "system 2", id="system-heap-two-arenas-by-default"),
        pytest.param({"ARROW_DEFAULT_MEMORY_POOL": "mimalloc"}, "mimalloc 2", id="a-users-pool-kept"),
        pytest.param({"MALLOC_ARENA_MAX": "4"}, "system 4", id="a-users-arenas-kept"),
    ],
)
def test_a_process_gets_the_commands_pool_unless_the_user_chose(preset, expected):
    env = {k: v for k, v in os.environ.items() if k not in allocator.SETTINGS} | preset
    shown = subprocess.run([sys.executable, "-c", _POOL], env=env, capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == expected


class _Libc:
    def __init__(self, answer: int = 1):
        self.calls, self.answer = [], answer

    def mallopt(self, parameter: int, value: int) -> int:
        self.calls.append((parameter, value))
        return self.answer


@pytest.mark.parametrize(
    "preset, calls, limited",
    [
        pytest.param({}, [(allocator.M_ARENA_MAX, 2)], True, id="limited-now"),
        pytest.param({"MALLOC_ARENA_MAX": "8"}, [], False, id="the-users-limit-glibc-applied-at-start"),
    ],
)
def test_this_processs_heap_is_limited_to_two_arenas_unless_the_user_set_it(monkeypatch, preset, calls, limited):
    for name in allocator.SETTINGS:
        monkeypatch.delenv(name, raising=False)
    for name, value in preset.items():
        monkeypatch.setenv(name, value)
    libc = _Libc()
    assert allocator.prefer_system_allocator(libc) is limited
    assert libc.calls == calls
    assert os.environ["ARROW_DEFAULT_MEMORY_POOL"] == "system"  # for the kernels and workers the command starts


def test_a_refused_limit_is_said(monkeypatch):
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    assert allocator.prefer_system_allocator(_Libc(answer=0)) is False
