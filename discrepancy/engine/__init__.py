"""The engine: which claims measure the same thing, and how far they diverge. It is handed frames (claims,
reference tables) and returns frames; it reads no file and draws nothing.

``compare`` (the one entry: ``discrepancy.compare``, defined in ``discrepancy.engine.compare``), ``grouping``,
``intervals``, ``lineage``, ``crossunit``, ``findings`` and ``frames`` (row iteration helpers).

Nothing is imported here, so that ``engine.schema`` (the output tables, which the command line's options
name) costs no pandas. ``discrepancy.engine.compare`` is the module; the function is
``discrepancy.compare``."""
