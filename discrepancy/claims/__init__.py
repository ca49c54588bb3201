"""The claims layer: claim tables read, checked and their stated values read into numbers.

``read`` (files into a frame), ``schema`` (the one column declaration), ``validate`` and ``problems``
(every problem of a table at once), ``dates``, ``grammar`` (the one number grammar), ``values`` and
``fastparse`` (one text, and a column, through it), ``normalize``, ``text`` (folding of keys),
``readable`` (numbers as readers see them), ``reference`` (cited reference tables) and ``tables`` (the
public entry points below)."""

from discrepancy.claims.normalize import normalize_claims
from discrepancy.claims.tables import load_claims, load_claims_with_problems, validate_claims
from discrepancy.claims.values import ParsedValue, parse_value

__all__ = [
    "ParsedValue",
    "load_claims",
    "load_claims_with_problems",
    "normalize_claims",
    "parse_value",
    "validate_claims",
]
