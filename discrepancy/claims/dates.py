"""Claim dates: YYYY, YYYY-MM or YYYY-MM-DD, and as_of periods ``start/end`` (ISO 8601, partial dates).

A partial date stands for its whole span: "2014-09" runs from 2014-09-01 to 2014-09-30.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from discrepancy.errors import DateProblem

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def date_span(text: str) -> tuple[date, date]:
    """First and last day of a partial date. Raises DateProblem with a reason."""
    t = text.strip()
    m = _DATE.fullmatch(t)
    if not m:
        raise DateProblem(f"not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: {text!r}")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if year < 1000:
        raise DateProblem(f"year {year} is out of range")
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    mo = int(month)
    if not 1 <= mo <= 12:
        raise DateProblem(f"month {month} does not exist")
    last = calendar.monthrange(year, mo)[1]
    if day is None:
        return date(year, mo, 1), date(year, mo, last)
    d = int(day)
    if not 1 <= d <= last:
        raise DateProblem(f"day {day} does not exist in {year}-{month}")
    return date(year, mo, d), date(year, mo, d)


def period_span(text: str) -> tuple[date, date]:
    """First and last day of a date or an ISO 8601 period ``start/end``. Raises DateProblem."""
    t = text.strip()
    if "/" not in t:
        return date_span(t)
    start_text, _, end_text = t.partition("/")
    if not start_text.strip() or not end_text.strip():
        raise DateProblem(f"a period needs a start and an end, as start/end: {text!r}")
    start, _ = date_span(start_text)
    _, end = date_span(end_text)
    if end < start:
        raise DateProblem(f"period ends before it starts: {text!r}")
    return start, end
