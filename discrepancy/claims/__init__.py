"""The claims layer: claim tables read, checked and their stated values read into numbers.

``read`` (files into a frame), ``schema`` (the one column declaration), ``validate`` and ``problems``
(every problem of a table at once), ``dates``, ``grammar`` (the one number grammar), ``values`` and
``fastparse`` (one text, and a column, through it), ``doubts`` (readings that a row's other columns or the
table's other rows leave in doubt), ``normalize``, ``text`` (folding of keys),
``readable`` (numbers as readers see them), ``reference`` (cited reference tables) and ``tables`` (the
public entry points below, imported when first used: see discrepancy/lazy.py)."""

from discrepancy.lazy import exports

_EXPORTS = {
    "ParsedValue": "discrepancy.claims.values",
    "load_claims": "discrepancy.claims.tables",
    "load_claims_with_problems": "discrepancy.claims.tables",
    "normalize_claims": "discrepancy.claims.normalize",
    "parse_value": "discrepancy.claims.values",
    "validate_claims": "discrepancy.claims.tables",
}
__getattr__, __dir__ = exports(__name__, _EXPORTS)
__all__ = sorted(_EXPORTS)
