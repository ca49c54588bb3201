"""The engine: which claims measure the same thing, and how far they diverge. It is handed frames (claims,
reference tables) and returns frames; it reads no file and draws nothing.

``compare`` (the one entry), ``grouping``, ``intervals``, ``lineage``, ``crossunit``, ``findings`` and
``frames`` (row iteration helpers)."""

from discrepancy.engine.compare import Comparison, compare

__all__ = ["Comparison", "compare"]
