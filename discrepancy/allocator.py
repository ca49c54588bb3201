"""How the ``discrepancy`` command's process allocates memory: Arrow's buffers from the C library's heap, and that
heap in at most two arenas.

pyarrow allocates from its bundled mimalloc unless told otherwise (Arrow's documented ``ARROW_DEFAULT_MEMORY_POOL``,
read when pyarrow first allocates). On this project's 2-core machine mimalloc handed pages back to the system and
took them again: `discrepancy compare` of the 1M benchmark table spent 4.9 s in the kernel with it and 2.5 s with
the C heap (ten runs of each, alternating). glibc's heap gives each thread an arena of its own, and memory one
arena frees does not serve another: with the two threads of compare, the peak grew from 1.7 GB to 2.4 GB. At most
two arenas (glibc's documented ``M_ARENA_MAX``, as ``MALLOC_ARENA_MAX=2`` sets it) brought the peak back to 1.7 GB
and the median run from 8.4 s to 7.4 s (five runs of each, alternating; mimalloc 9.6 s and 1.7 GB, jemalloc 8.5 s).

The command sets both for its own process and, through the environment, for the kernels and workers it starts; a
value the user set is kept. The library imported in a notebook changes nothing (no allocator is switched on
import): ``make lab`` starts JupyterLab with the same settings.
"""

from __future__ import annotations

import ctypes
import os
import platform

#: glibc's mallopt parameter for the most arenas (malloc.h: M_ARENA_MAX)
M_ARENA_MAX = -8
ARENAS = 2
SETTINGS = {"ARROW_DEFAULT_MEMORY_POOL": "system", "MALLOC_ARENA_MAX": str(ARENAS)}


def prefer_system_allocator(libc=None) -> bool:
    """Set the command's allocators (see the module's docstring) unless the user set them; call it before pyarrow
    is imported and before a second thread starts. Returns whether this process's heap was limited to
    :data:`ARENAS` arenas now (glibc only; a ``MALLOC_ARENA_MAX`` the user set was applied by glibc itself at
    start). ``libc``: the C library to call (tests give a stand-in)."""
    limit = "MALLOC_ARENA_MAX" not in os.environ
    for name, value in SETTINGS.items():
        os.environ.setdefault(name, value)
    if not limit:
        return False
    if libc is None:
        if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
            return False
        libc = ctypes.CDLL(None)
    return bool(libc.mallopt(M_ARENA_MAX, ARENAS))
