"""parse_value: every form of claims-schema.md and the ones analysts meet beyond it, table-driven."""

from __future__ import annotations

import math

import pytest

from discrepancy import ValueParseError, parse_value

N = None
# (text, value, low, high, qualifier, denominator, unit)
CASES = [
    # plain numbers and separators
    pytest.param("30,000", 30000, N, N, "exact", N, N, id="comma thousands"),
    pytest.param("30 000", 30000, N, N, "exact", N, N, id="space thousands"),
    pytest.param("30\u2009000", 30000, N, N, "exact", N, N, id="thin space thousands"),
    pytest.param("30\u202f000", 30000, N, N, "exact", N, N, id="narrow no-break space thousands"),
    pytest.param("30\u00a0000", 30000, N, N, "exact", N, N, id="no-break space thousands"),
    pytest.param("30000", 30000, N, N, "exact", N, N, id="bare digits"),
    pytest.param("1,234,567", 1234567, N, N, "exact", N, N, id="two comma groups"),
    pytest.param("1.234.567", 1234567, N, N, "exact", N, N, id="dot thousands groups"),
    pytest.param("2.5", 2.5, N, N, "exact", N, N, id="decimal point"),
    pytest.param("3,5", 3.5, N, N, "exact", N, N, id="decimal comma unambiguous"),
    pytest.param("1,234.5", 1234.5, N, N, "exact", N, N, id="thousands and decimals"),
    # scale words and suffixes
    pytest.param("30k", 30000, N, N, "exact", N, N, id="k suffix"),
    pytest.param("30K", 30000, N, N, "exact", N, N, id="K suffix"),
    pytest.param("30 thousand", 30000, N, N, "exact", N, N, id="digit and thousand"),
    pytest.param("1.2 million", 1200000, N, N, "exact", N, N, id="decimal million"),
    pytest.param("1,2 million", 1200000, N, N, "exact", N, N, id="decimal comma million"),
    pytest.param("1.2m", 1200000, N, N, "exact", N, N, id="m suffix"),
    pytest.param("3 mln", 3000000, N, N, "exact", N, N, id="mln"),
    pytest.param("2.5bn", 2.5e9, N, N, "exact", N, N, id="bn suffix"),
    pytest.param("1.5 billion", 1.5e9, N, N, "exact", N, N, id="billion"),
    pytest.param("$2.5bn", 2.5e9, N, N, "exact", N, "$", id="dollar sign: which dollar is not said"),
    # number words
    pytest.param("thirty thousand", 30000, N, N, "exact", N, N, id="words thirty thousand"),
    pytest.param("two hundred thousand", 200000, N, N, "exact", N, N, id="words two hundred thousand"),
    pytest.param("twenty-five", 25, N, N, "exact", N, N, id="hyphenated words"),
    pytest.param("a million", 1e6, N, N, "exact", N, N, id="a million"),
    pytest.param("half a million", 5e5, N, N, "exact", N, N, id="half a million"),
    pytest.param("a dozen", 12, N, N, "exact", N, N, id="a dozen"),
    pytest.param("one hundred and twenty", 120, N, N, "exact", N, N, id="words with and"),
    pytest.param("about thirty thousand", 30000, N, N, "approx", N, N, id="approx words"),
    # approximate
    pytest.param("around 30,000", 30000, N, N, "approx", N, N, id="around"),
    pytest.param("about 30,000", 30000, N, N, "approx", N, N, id="about"),
    pytest.param("approximately 30,000", 30000, N, N, "approx", N, N, id="approximately"),
    pytest.param("roughly 30,000", 30000, N, N, "approx", N, N, id="roughly"),
    pytest.param("some 30,000", 30000, N, N, "approx", N, N, id="some"),
    pytest.param("an estimated 30,000", 30000, N, N, "approx", N, N, id="an estimated"),
    pytest.param("~30,000", 30000, N, N, "approx", N, N, id="tilde"),
    pytest.param("c. 30,000", 30000, N, N, "approx", N, N, id="c."),
    pytest.param("nearly 200,000", 200000, N, N, "approx", N, N, id="nearly"),
    pytest.param("almost 200,000", 200000, N, N, "approx", N, N, id="almost"),
    pytest.param("could be close to 100,000", 100000, N, N, "approx", N, N, id="close to"),
    pytest.param("30,000 or so", 30000, N, N, "approx", N, N, id="or so suffix"),
    # lower bounds
    pytest.param("more than 600,000", N, 600000, N, "at_least", N, N, id="more than"),
    pytest.param("over 600,000", N, 600000, N, "at_least", N, N, id="over"),
    pytest.param("at least 600,000", N, 600000, N, "at_least", N, N, id="at least"),
    pytest.param("upwards of 600,000", N, 600000, N, "at_least", N, N, id="upwards of"),
    pytest.param("in excess of 600,000", N, 600000, N, "at_least", N, N, id="in excess of"),
    pytest.param("200,000+", N, 200000, N, "at_least", N, N, id="plus sign"),
    pytest.param("200k+", N, 200000, N, "at_least", N, N, id="scale and plus sign"),
    pytest.param("200,000 or more", N, 200000, N, "at_least", N, N, id="or more suffix"),
    pytest.param("has passed 50,000 in Syria", N, 50000, N, "at_least", N, N, id="passed"),
    # upper bounds
    pytest.param("less than 50,000", N, N, 50000, "at_most", N, N, id="less than"),
    pytest.param("under 50,000", N, N, 50000, "at_most", N, N, id="under"),
    pytest.param("up to 50,000", N, N, 50000, "at_most", N, N, id="up to"),
    pytest.param("at most 50,000", N, N, 50000, "at_most", N, N, id="at most"),
    pytest.param("fewer than 50,000", N, N, 50000, "at_most", N, N, id="fewer than"),
    pytest.param("no more than 50,000", N, N, 50000, "at_most", N, N, id="no more than"),
    # ranges
    pytest.param("20,000 to 31,500", 25750, 20000, 31500, "range", N, N, id="to range"),
    pytest.param("between 20,000 and 31,500", 25750, 20000, 31500, "range", N, N, id="between and"),
    pytest.param("20,000\u201331,500", 25750, 20000, 31500, "range", N, N, id="en dash range"),
    pytest.param("20,000\u201431,500", 25750, 20000, 31500, "range", N, N, id="em dash range"),
    pytest.param("20,000-31,500", 25750, 20000, 31500, "range", N, N, id="hyphen range"),
    pytest.param("20,000 - 31,500", 25750, 20000, 31500, "range", N, N, id="spaced hyphen range"),
    pytest.param("between 9,000 to 18,000 fighters", 13500, 9000, 18000, "range", N, N, id="between to"),
    pytest.param("20 to 30 thousand", 25000, 20000, 30000, "range", N, N, id="shared scale"),
    pytest.param("1.5-2 million", 1750000, 1500000, 2000000, "range", N, N, id="shared million"),
    pytest.param("roughly 18,000 to 22,000 fighters", 20000, 18000, 22000, "range", N, N, id="approximate range"),
    pytest.param("from 16 to 20%", 18, 16, 20, "range", N, "percent", id="percent range"),
    # intervals in brackets
    pytest.param("4,645 (95% CI 793-8,498)", 4645, 793, 8498, "range", N, N, id="confidence interval"),
    pytest.param("4,645 (95% CI: 793 to 8,498)", 4645, 793, 8498, "range", N, N, id="CI with to"),
    pytest.param("4,645 [793, 8,498]", 4645, 793, 8498, "range", N, N, id="square bracket interval"),
    pytest.param("4,645 (range 793\u20138,498)", 4645, 793, 8498, "range", N, N, id="range in brackets"),
    pytest.param("1.2 million (1.0-1.4)", 1200000, 1000000, 1400000, "range", N, N, id="bracket shares scale"),
    # fractions
    pytest.param("25 out of 34", 25, N, N, "exact", 34, N, id="out of"),
    pytest.param("25 of the country's 34 provinces", 25, N, N, "exact", 34, N, id="of with words"),
    pytest.param("25 out of the country\u2019s 34 provinces", 25, N, N, "exact", 34, N, id="curly apostrophe"),
    pytest.param("25/34", 25, N, N, "exact", 34, N, id="slash"),
    pytest.param("a third of Iraq", 100 / 3, N, N, "exact", N, "percent", id="a third"),
    pytest.param("two-thirds", 200 / 3, N, N, "exact", N, "percent", id="two thirds"),
    # percent
    pytest.param("40%", 40, N, N, "exact", N, "percent", id="percent sign"),
    pytest.param("40 percent", 40, N, N, "exact", N, "percent", id="percent word"),
    pytest.param("40 per cent", 40, N, N, "exact", N, "percent", id="per cent"),
    pytest.param("around 40% of the Iraqi territory", 40, N, N, "approx", N, "percent", id="approx percent"),
    pytest.param("more than 40%", N, 40, N, "at_least", N, "percent", id="bound percent"),
    # areas
    pytest.param("82,940 km2", 82940, N, N, "exact", N, "km2", id="km2"),
    pytest.param("78,000 km\u00b2", 78000, N, N, "exact", N, "km2", id="km superscript two"),
    pytest.param("250,000 square km", 250000, N, N, "exact", N, "km2", id="square km"),
    pytest.param("68,300 square kilometres", 68300, N, N, "exact", N, "km2", id="square kilometres"),
    # vague amounts
    pytest.param("tens of thousands", N, 20000, 99999, "vague", N, N, id="tens of thousands"),
    pytest.param("hundreds of thousands", N, 200000, 999999, "vague", N, N, id="hundreds of thousands"),
    pytest.param("thousands", N, 2000, 9999, "vague", N, N, id="thousands"),
    pytest.param("hundreds", N, 200, 999, "vague", N, N, id="hundreds"),
    pytest.param("dozens", N, 24, 99, "vague", N, N, id="dozens"),
    pytest.param("several thousand", N, 2000, 9999, "vague", N, N, id="several thousand"),
    # words around the number
    pytest.param("the extremist group includes around 30,000 people", 30000, N, N, "approx", N, N, id="in a sentence"),
    pytest.param("some 80,000 in mid-2015", 80000, N, N, "approx", N, N, id="year after"),
    pytest.param("30,000-strong", 30000, N, N, "exact", N, N, id="hyphen word after"),
]

FAILURES = [
    pytest.param("", "no value stated", id="empty"),
    pytest.param("   ", "no value stated", id="blank"),
    pytest.param(None, "no value stated", id="none"),
    pytest.param(float("nan"), "no value stated", id="nan"),
    pytest.param("unknown", "no number found", id="unknown"),
    pytest.param("n/a", "no number found", id="n/a"),
    pytest.param("many", "no number found", id="many"),
    pytest.param("Su-24M", "no number found", id="model name"),
    pytest.param("a lot of fighters", "no number found", id="a lot"),
]


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9)


@pytest.mark.parametrize("text, value, low, high, qualifier, denominator, unit", CASES)
def test_parse_value_reads_stated_forms(text, value, low, high, qualifier, denominator, unit):
    p = parse_value(text)
    assert p.status == "ok", p.note
    got = (p.value, p.low, p.high, p.qualifier, p.denominator, p.unit)
    want = (value, low, high, qualifier, denominator, unit)
    assert all(_same(g, w) if not isinstance(w, str) else g == w for g, w in zip(got, want)), (got, want)


@pytest.mark.parametrize("text, reason", FAILURES)
def test_parse_value_keeps_unreadable_text_as_unparsed(text, reason):
    p = parse_value(text)
    assert p.status == "unparsed"
    assert p.value is None and p.low is None and p.high is None
    assert reason in p.note


@pytest.mark.parametrize("text, reason", FAILURES)
def test_parse_value_strict_raises(text, reason):
    with pytest.raises(ValueParseError, match=reason):
        parse_value(text, strict=True)


@pytest.mark.parametrize(
    "text, note",
    [
        pytest.param("nearly 200,000", "from below", id="from below"),
        pytest.param("thirty thousand", "read as 30,000", id="words noted"),
        pytest.param("1,2 million", "decimal comma", id="decimal comma noted"),
        pytest.param("around 30,000 in 2015", "'2015' read as a date", id="year noted as a date"),
        pytest.param("4,645 (95% CI 793-8,498)", "'95%' read as the interval's level", id="level noted"),
        pytest.param("18·2 million (95% UI 17·1–19·6)", "take the point's scale", id="bounds take the point's scale"),
    ],
)
def test_parse_value_notes_what_a_reviewer_should_check(text, note):
    assert note in parse_value(text).note


# Issue 9's table: every stated form a real published table used, read right (value, low, high, qualifier,
# denominator, unit) ...
ISSUE_FORMS = [
    pytest.param("3·4 million (2·9–3·9 million)", 3.4e6, 2.9e6, 3.9e6, "range", N, N, id="middle dot with interval"),
    pytest.param("7·05 million", 7.05e6, N, N, "exact", N, N, id="middle dot decimal"),
    pytest.param("a third of a million", 1e6 / 3, N, N, "exact", N, N, id="a third of a million"),
    pytest.param("45'500", 45500, N, N, "exact", N, N, id="apostrophe grouping"),
    pytest.param("45’500", 45500, N, N, "exact", N, N, id="curly apostrophe grouping"),
    pytest.param("4.2 lakh", 420000, N, N, "exact", N, N, id="lakh"),
    pytest.param("1.1 crore", 11e6, N, N, "exact", N, N, id="crore"),
    pytest.param("Rs 1,100 crore", 11e9, N, N, "exact", N, "Rs", id="rupees crore: which rupee is not said"),
    pytest.param("₹2.5 lakh crore", 2.5e12, N, N, "exact", N, "INR", id="lakh crore"),
    pytest.param("12,34,567", 1234567, N, N, "exact", N, N, id="indian grouping"),
    pytest.param(
        "2.3 million (95% uncertainty interval, 1.9 million to 2.8 million)",
        2.3e6,
        1.9e6,
        2.8e6,
        "range",
        N,
        N,
        id="labelled uncertainty interval",
    ),
    pytest.param("3.3m (95% CI: 3.0m, 3.7m)", 3.3e6, 3.0e6, 3.7e6, "range", N, N, id="CI with comma"),
    pytest.param("12,000 ± 900", 12000, 11100, 12900, "range", N, N, id="plus minus"),
    pytest.param("12,000 +/- 900", 12000, 11100, 12900, "range", N, N, id="plus slash minus"),
    pytest.param("52% (margin of error ±3)", 52, 49, 55, "range", N, "percent", id="margin of error"),
    pytest.param(
        "over 600,000 (601,027); range 426,369 to 793,663",
        601027,
        426369,
        793663,
        "range",
        N,
        N,
        id="exact figure and interval in fragments",
    ),
    pytest.param("nearer to 40,000", 40000, N, N, "approx", N, N, id="nearer to"),
    pytest.param("in the order of 500,000", 500000, N, N, "approx", N, N, id="in the order of"),
    pytest.param("30-odd", 30, N, N, "approx", N, N, id="odd"),
    pytest.param("200,000-plus", N, 200000, N, "at_least", N, N, id="plus word"),
    pytest.param("upward of 3,000", N, 3000, N, "at_least", N, N, id="upward of"),
    pytest.param("30,000, give or take", 30000, N, N, "approx", N, N, id="give or take"),
    pytest.param("≤ 250", N, N, 250, "at_most", N, N, id="at most sign"),
    pytest.param("≥1,000", N, 1000, N, "at_least", N, N, id="at least sign"),
    pytest.param("two in five", 2, N, N, "exact", 5, N, id="two in five"),
    pytest.param("1 out of every 4", 1, N, N, "exact", 4, N, id="out of every"),
    pytest.param("9 per 1,000", 9, N, N, "exact", 1000, N, id="per thousand"),
    pytest.param("US$4.2bn", 4.2e9, N, N, "exact", N, "USD", id="US dollar sign"),
    pytest.param("€300m", 3e8, N, N, "exact", N, "EUR", id="euro sign"),
    pytest.param("1e6", 1e6, N, N, "exact", N, N, id="scientific notation"),
    pytest.param("18·2 million (95% UI 17·1–19·6)", 18.2e6, 17.1e6, 19.6e6, "range", N, N, id="bounds take scale"),
]


@pytest.mark.parametrize("text, value, low, high, qualifier, denominator, unit", ISSUE_FORMS)
def test_issue_forms_read_right(text, value, low, high, qualifier, denominator, unit):
    p = parse_value(text)
    assert p.status == "ok", p.note
    for got, want in ((p.value, value), (p.low, low), (p.high, high), (p.denominator, denominator)):
        assert (got is None) == (want is None) and (want is None or math.isclose(got, want, rel_tol=1e-9)), p
    assert (p.qualifier, p.unit) == (qualifier, unit)


# ... or flagged for review, never read with confidence.
REVIEW_FORMS = [
    pytest.param("between 12 and 9", "reversed", id="reversed bounds"),
    pytest.param("31,500 to 20,000", "reversed", id="high first range"),
    pytest.param("5,000 or 6,000", "alternatives", id="alternatives"),
    pytest.param("20.000", "may be 20 (decimal point) or 20,000", id="ambiguous dot grouping"),
    pytest.param("−5", "negative", id="negative count"),
    pytest.param("1_000", "underscore", id="underscore"),
    pytest.param("4,000 (95% CI 8,498-793)", "reversed interval", id="reversed interval"),
    pytest.param("50,000 in Syria, including 20,000 non-Syrians", "2 numbers", id="two quantities"),
    pytest.param("in the 1 to 3,000 range", "may mean 1,000 to 3,000", id="suspicious low bound"),
    pytest.param("1e309", "too large", id="overflow"),
    pytest.param("9" * 400, "too large", id="400 digits"),
    pytest.param("1.18 (0.98, 1.05)", "outside its interval", id="point outside interval"),
    pytest.param("over 600,000 (2,000)", "not clearly the same figure", id="bracket not the same figure"),
    pytest.param("12,000 ± 5%", "relative or absolute", id="relative margin"),
]


@pytest.mark.parametrize("text, reason", REVIEW_FORMS)
def test_doubtful_forms_go_to_review_with_numbers_withheld(text, reason):
    p = parse_value(text)
    assert p.status == "review"
    assert reason in p.note
    assert (p.value, p.low, p.high, p.qualifier) == (None, None, None, None)


def test_numbers_pass_through():
    assert parse_value(30000).value == 30000
    assert parse_value(2.5).qualifier == "exact"


# The property that any grouping style, scale and qualifier reads back to itself is in test_grammar.py.
