"""The engine: which claims measure the same thing, and how far they diverge. It is handed frames (claims,
reference tables) and returns frames; it reads no file and draws nothing.

``compare`` (the one entry: ``discrepancy.compare``, defined in ``discrepancy.engine.compare``), ``grouping``,
``intervals``, ``lineage``, ``crossunit``, ``findings`` and ``frames`` (row iteration helpers).

Nothing is imported here until asked for, so that ``engine.schema`` (the output tables, which the command
line's options name) costs no pandas. ``discrepancy.engine.compare`` is the module, as Python makes a
submodule's name whatever was exported under it; the function is ``discrepancy.compare``."""

from discrepancy.lazy import exports

_EXPORTS = {"Comparison": "discrepancy.engine.compare"}
__getattr__, __dir__ = exports(__name__, _EXPORTS)
__all__ = sorted(_EXPORTS)
