from datetime import date

import pytest

from discrepancy.claims.dates import date_span, period_span
from discrepancy.errors import DateProblem


@pytest.mark.parametrize(
    "text, start, end",
    [
        pytest.param("2015", date(2015, 1, 1), date(2015, 12, 31), id="year"),
        pytest.param("2016-02", date(2016, 2, 1), date(2016, 2, 29), id="leap month"),
        pytest.param("2015-10-22", date(2015, 10, 22), date(2015, 10, 22), id="day"),
        pytest.param("2003-03/2006-06", date(2003, 3, 1), date(2006, 6, 30), id="period of months"),
        pytest.param("2015-01-01/2015-12-14", date(2015, 1, 1), date(2015, 12, 14), id="period of days"),
    ],
)
def test_spans(text, start, end):
    assert period_span(text) == (start, end)


@pytest.mark.parametrize(
    "text, words",
    [
        pytest.param("2015-02-29", "does not exist", id="no leap day"),
        pytest.param("2015-00", "month", id="month zero"),
        pytest.param("15-10-22", "form", id="two digit year"),
        pytest.param("2015/", "start and an end", id="open period"),
        pytest.param("2016/2015", "ends before", id="reversed period"),
        pytest.param("mid-2015", "form", id="words"),
    ],
)
def test_bad_dates(text, words):
    with pytest.raises(DateProblem, match=words):
        period_span(text) if "/" in text else date_span(text)
