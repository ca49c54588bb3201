"""Reading one stated value ("around 30,000", "3·4 million (2·9–3·9 million)", "25 out of 34") into numbers.

:func:`parse_value` is the public front of :mod:`discrepancy.grammar`, the one number grammar every
reader uses. It returns a :class:`ParsedValue`: a point (value), an interval (low, high), a qualifier
(exact | approx | at_least | at_most | range | vague), a denominator for "N of M", a unit when the
text states one (percent, km2, a currency code), a status and a note:

- ``ok``: every number in the text is accounted for and the reading breaks no rule;
- ``review``: the text can be read more than one way or breaks a rule (alternatives, reversed bounds,
  ambiguous grouping, an unexplained number, a negative count); the numbers are withheld and the
  note says what was read and what is in doubt;
- ``unparsed``: no number could be read.

No library covers these forms (shared/field-notes.md: quantulum3, number-parser, word2number each
misread several), so the grammar is written in this package and tested from tables of real phrases.
"""

from __future__ import annotations

from discrepancy.claims.grammar import OK, ParsedValue, read
from discrepancy.errors import ValueParseError

__all__ = ["ParsedValue", "parse_value"]


def parse_value(text: object, *, strict: bool = False) -> ParsedValue:
    """Read one stated value. Never raises unless ``strict``: an unreadable or doubtful text comes back
    with status unparsed or review.

    >>> parse_value("around 30,000").value, parse_value("around 30,000").qualifier
    (30000.0, 'approx')
    """
    result = read(text)
    if strict and result.status != OK:
        raise ValueParseError("" if text is None else str(text), result.note)
    return result
