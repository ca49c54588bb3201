"""The kernels reports run in: started cold by render, or started ahead of time by a batch worker.

- The kernel is this Python (``sys.executable``), whatever kernels the machine has registered, and it
  talks over IPC sockets in a private folder: no kernel-name surprises, no TCP port races between
  reports rendered side by side.
- A batch worker renders its reports one after another; each used to wait for a kernel to start and to
  import the package and pandas (about a third of a report's time). :class:`KernelPool` starts
  the next report's kernel in a background thread while the current report runs, and has it import
  what every report notebook imports first, silently (no output, no execution count).
- One kernel per report, never reused: a report's namespace, figures and warnings never reach another.
- A kernel imports ahead only what its notebook imports itself (:func:`warm_imports`): a notebook that does
  not import the package's views gets a kernel without them, the kernel a cold render would have had.
- ``discrepancy render`` starts its kernel ahead too, once the inputs are checked: the kernel starts and
  imports while the command imports papermill and nbconvert (the two cores of a laptop work side by side).
- A kernel started ahead does not know its report yet: the report's provenance (``PROVENANCE_ENV``) is
  handed over when the report takes it, and it started in the notebook's folder, as papermill would have
  started it. Whatever differs from a cold start is refused: such a kernel is shut down and the report
  starts its own.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
import threading
import time
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from discrepancy.paths import PROVENANCE_ENV, private_tmp

#: What the report notebooks import first (IPython.display is imported by the kernel itself). Nothing
#: else: a module no notebook imports (matplotlib.pyplot, say) would only add start-up time and state.
WARM_IMPORTS = ("discrepancy", "discrepancy.views.report")
#: The arguments nbclient gives the kernels it starts (no SQLite history file): a kernel started ahead
#: gets the same, so that it is the kernel a cold render would have had.
KERNEL_ARGUMENTS = ["--HistoryManager.hist_file=:memory:"]
KERNEL_NAME = "python3"  # a label only: the kernel manager starts this interpreter
START_TIMEOUT = 60  # seconds for a kernel to answer, as papermill's start_timeout
_SAID_SOMETHING = {"stream", "error", "display_data", "execute_result", "update_display_data"}


def kernel_manager_class(base: Path):
    """An AsyncKernelManager that starts ipykernel on this interpreter over IPC sockets, its sockets and
    connection file in a private folder under ``base`` (swept by the next run if this one is killed). The
    kernel exits by itself when the process that started it dies (ipykernel's parent poller). It keeps the
    clients it made, so that whoever shuts a kernel down it did not start (nbclient leaves a kernel it was
    given running) can close them too."""
    from jupyter_client.kernelspec import KernelSpec
    from jupyter_client.manager import AsyncKernelManager

    class ProjectKernelManager(AsyncKernelManager):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            folder = private_tmp(base, "kernel")
            if len(str(folder)) > 80:  # a Unix socket path holds about 100 bytes: keep it short
                shutil.rmtree(folder, ignore_errors=True)
                folder = private_tmp(tempfile.gettempdir(), "kernel")
            self._socket_dir = str(folder)
            self._clients = []
            self.transport = "ipc"
            self.ip = os.path.join(self._socket_dir, "k")
            self.connection_file = os.path.join(self._socket_dir, "kernel.json")

        @property
        def kernel_spec(self):
            if self._kernel_spec is None:
                self._kernel_spec = KernelSpec(
                    argv=[sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                    display_name="Python 3 (discrepancy)",
                    language="python",
                    resource_dir="",
                )
            return self._kernel_spec

        def client(self, **kwargs):
            kc = super().client(**kwargs)
            self._clients.append(kc)
            return kc

        async def _async_cleanup_resources(self, restart: bool = False) -> None:
            await super()._async_cleanup_resources(restart=restart)
            if not restart:
                shutil.rmtree(self._socket_dir, ignore_errors=True)

        # AsyncKernelManager binds the public name to the base method, not to an override: nbclient calls it
        # alone when the kernel has died, and so left the socket folder behind
        cleanup_resources = _async_cleanup_resources

    return ProjectKernelManager


@contextmanager
def _client(km, *, iopub: bool):
    """A blocking client of ``km``'s kernel with its own zmq context, closed on leaving. No heartbeat thread:
    the client asks ``km`` (its parent) whether the kernel process is alive."""
    import zmq
    from jupyter_client.blocking import BlockingKernelClient

    context = zmq.Context()
    kc = BlockingKernelClient(context=context, parent=km)
    kc.load_connection_info(km.get_connection_info())
    try:
        kc.start_channels(shell=True, iopub=iopub, stdin=False, hb=False, control=False)
        yield kc
    finally:
        kc.stop_channels()
        context.destroy(linger=0)


def warm_up(km, code: str, timeout: float = START_TIMEOUT) -> None:
    """Run ``code`` in the kernel of ``km`` as a front end's silent request (no execution count, no history,
    nothing displayed), watching what it prints. Raises RuntimeError when the code failed or printed anything
    (a warning, say): a cold report would have shown that in its first cell, so such a kernel is not the
    kernel of a cold render."""
    said: list[dict] = []
    with _client(km, iopub=True) as kc:
        kc.wait_for_ready(timeout=timeout)  # also waits for IOPub to be connected, so nothing printed is missed
        reply = kc.execute_interactive(
            code, silent=True, store_history=False, allow_stdin=False, timeout=timeout, output_hook=said.append
        )
    outputs = [m for m in said if m["msg_type"] in _SAID_SOMETHING]
    if reply["content"]["status"] != "ok" or outputs:
        content = outputs[0]["content"] if outputs else reply["content"]
        raise RuntimeError(f"the kernel did not run {code!r} silently: {content}")


def hand_over(km, code: str, timeout: float = START_TIMEOUT) -> None:
    """Run ``code`` (one assignment, which prints nothing) silently in ``km``'s warmed-up kernel and wait
    for its reply on the shell channel alone: IOPub would cost a fifth of a second to connect, on every
    report. Raises RuntimeError when the code failed or no reply came."""
    from queue import Empty

    with _client(km, iopub=False) as kc:
        msg_id = kc.execute(code, silent=True, store_history=False, allow_stdin=False)
        deadline = time.monotonic() + timeout
        while True:
            try:
                reply = kc.get_shell_msg(timeout=1)
            except Empty:
                if not kc.is_alive():
                    raise RuntimeError("the kernel died before its report began") from None
                if time.monotonic() > deadline:
                    raise RuntimeError(f"the kernel did not answer in {timeout} s") from None
                continue
            if reply["parent_header"].get("msg_id") == msg_id:
                break
    if reply["content"]["status"] != "ok":
        raise RuntimeError(f"the kernel did not run {code!r}: {reply['content']}")


def shut_down(km) -> None:
    """Stop a kernel and remove its sockets and connection file, as nbclient does with a kernel it started
    (immediately: the report is done or has failed), and close the clients it made."""
    from jupyter_core.utils import run_sync

    for kc in km._clients:
        kc.stop_channels()
    km._clients.clear()

    async def stop() -> None:
        try:
            if await km.is_alive():
                await km.shutdown_kernel(now=True)
        finally:
            await km.cleanup_resources()

    try:
        run_sync(stop)()
    finally:
        _close_thread_loop()  # a kernel-stop thread ends here


def warm_imports(notebook) -> tuple[str, ...]:
    """What a kernel started ahead for ``notebook`` (a :class:`~discrepancy.render.parameters.Notebook`)
    imports before its report takes it: :data:`WARM_IMPORTS` when the notebook imports the package's views
    (as the report notebooks do), the package alone (which imports nothing else) when it imports only the
    package, else nothing."""
    if notebook.uses_views:
        return WARM_IMPORTS
    return WARM_IMPORTS[:1] if notebook.uses_package else ()


def _start_warm(cwd: str, env: dict[str, str], imports: tuple[str, ...]):
    """Start a kernel in ``cwd`` with ``env`` and import ``imports`` in it (runs in the pool's thread). With
    nothing to import, the kernel is launched and its report's client waits for it to be ready, as for a cold
    start. The kernel's sockets go in the temporary folder: its report, and so its folder, is not known yet."""
    from jupyter_core.utils import run_sync

    km = kernel_manager_class(Path(tempfile.gettempdir()))(kernel_name=KERNEL_NAME)
    try:
        run_sync(km.start_kernel)(extra_arguments=list(KERNEL_ARGUMENTS), cwd=cwd, env=env)
        if imports:
            warm_up(km, "".join(f"__import__({name!r})\n" for name in imports))
    except BaseException:
        shut_down(km)
        raise
    finally:
        _close_thread_loop()
    return km


def _close_thread_loop() -> None:
    """Close the event loop jupyter_core's ``run_sync`` (kernel start and stop, the blocking client's calls) left
    open in this thread, unless it is the main thread's or running. The threads that start and stop kernels end,
    and their loops' self-pipe sockets were then reported unclosed by whatever test the garbage collector ran in
    (pytest fails that test); a later call in this thread makes a new loop."""
    import asyncio

    if threading.current_thread() is threading.main_thread():
        return
    try:
        loop = asyncio.get_event_loop_policy().get_event_loop()
    except RuntimeError:  # no loop was made in this thread
        return
    if not loop.is_running() and not loop.is_closed():
        loop.close()


def _import_here() -> None:
    """Import, in the calling thread, every module a kernel start needs, so that the starting thread imports
    nothing: two threads importing modules of one package at the same time can deadlock on Python's module
    locks (jupyter_client's, say, while this thread imports papermill)."""
    import jupyter_client.blocking  # noqa: F401
    import jupyter_client.kernelspec  # noqa: F401
    import jupyter_client.manager  # noqa: F401
    import jupyter_core.utils  # noqa: F401
    import zmq  # noqa: F401


class KernelPool:
    """Kernels started ahead of their reports in a background thread of this process, one after another,
    each taken by exactly one report. Whatever is left when the process exits is shut down."""

    def __init__(self) -> None:
        self._starter = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dq-kernel-start")
        self._queue: deque[tuple[str, tuple[str, ...], Future]] = deque()
        self._lock = threading.Lock()
        atexit.register(self.close)

    def fill(self, cwd: str | os.PathLike, count: int, imports: tuple[str, ...] = WARM_IMPORTS) -> None:
        """Have ``count`` kernels started or starting, for notebooks in ``cwd`` that import ``imports`` first
        (:func:`warm_imports`). The environment is this process's now, less the provenance of whatever report
        runs here now (its kernel's, not theirs)."""
        _import_here()
        env = {k: v for k, v in os.environ.items() if k != PROVENANCE_ENV}
        folder = str(Path(cwd).resolve())
        imports = tuple(imports)
        with self._lock:
            while len(self._queue) < count:
                self._queue.append((folder, imports, self._starter.submit(_start_warm, folder, env, imports)))

    def starting(self) -> bool:
        """Whether the kernel :meth:`take` would give next is still starting (its report would wait for it)."""
        with self._lock:
            return bool(self._queue) and not self._queue[0][2].done()

    def take(self, cwd: str | os.PathLike, provenance: str, imports: tuple[str, ...] = WARM_IMPORTS):
        """The oldest kernel started, once it is ready, with ``provenance`` handed over; None when there is
        none, or it failed to start, or it started in another folder than ``cwd`` or imported other modules
        than ``imports`` (the report then starts its own kernel, as render always did). The caller shuts the
        kernel down (:func:`shut_down`)."""
        with self._lock:
            if not self._queue:
                return None
            folder, imported, future = self._queue.popleft()
        try:
            km = future.result()
        except Exception:
            return None
        if folder != str(Path(cwd).resolve()) or imported != tuple(imports):
            shut_down(km)
            return None
        try:
            hand_over(km, f"__import__('os').environ[{PROVENANCE_ENV!r}] = {provenance!r}\n")
        except Exception:
            shut_down(km)
            return None
        return km

    def close(self) -> None:
        """Shut down every kernel started and not taken (the batch has ended, or this worker exits)."""
        with self._lock:
            queue, self._queue = list(self._queue), deque()
        for _, _, future in queue:
            try:
                km = future.result()
            except Exception:
                continue
            shut_down(km)
        self._starter.shutdown(wait=True)


_pool: KernelPool | None = None


def worker_pool() -> KernelPool:
    """This process's kernel pool (a batch worker's), made when first asked for."""
    global _pool
    if _pool is None:
        _pool = KernelPool()
    return _pool
