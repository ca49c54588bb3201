"""The column parser gives exactly what parse_value gives, text by text."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy.claims.fastparse import parse_values
from tests.helpers import CASES, FAILURES, assert_fast_path_agrees

EXTRA = [
    "minus 3",
    "minus 3.5%",
    "negative 2.1%",
    "contracted 4.8%",
    "a 3.5% drop",
    "down 3%",
    "fell to 30,000",
    "down from 40,000",
    "shrunk by 12,800 km2",
    "cut by 3%",
    "3.5% lower",
    "30,000 fewer",
    "a 3.5% year-on-year drop",
    "up 3.2%",
    "up by 30,000",
    "up about 3%",
    "up to 30,000",
    "up to about 30,000",
    "30,000 up on last year",
    "30,000 more",
    "30,000 more or less",
    "30,000 people more or less",
    "3.2% higher",
    "a 3.5% rise",
    "a 12% year-on-year increase",
    "an additional 10,000 troops",
    "roughly another 10,000 troops",
    "more than another 1,200",
    "a further 2,000",
    "grew by 67,800 people",
    "rose to 5%",
    "declined another 2%",
    "grew 3% less than forecast",
    "surged 5% after a decline",
    "aged 65 and up",
    "twice the 30,000 estimate",
    "double 30,000",
    "more than twice 30,000",
    "doubled to 30,000",
    "the 2014 total of 30,000",
    "30,000 (2014 estimate)",
    "double the 2014 figure",
    "2014 people",
    "2014 levels",
    "2015 estimate",
    "the 2014 figure",
    "2014",
    "more than about 30,000",
    "as many as an estimated 30,000",
    # found by comparing the two readers on 18,000 generated and published texts: a scale-like word and a qualifier
    # a few words after the number were read by the fast path as if absent
    "76 bilion",
    "13 tril",
    "5 mio",
    "around 76 bilion people",
    "30,000 people at least",
    "5 a at least",
    "3.5 as many as and up",
    "(78.7)%",
    "War100,000[1]",
    "72,ooo men",
    "$1.2T",
    "1/2 million",
    "0 of 0",
    "000",
    "£000",
    "per 1,000",
    "600,000 b/d",
    "30 pounds of rice",
    "30 degrees celsius",
    "30,000 e",
    "expected to reach 30,000",
    "could hit 410,000",
    "30,000 (target)",
    "586,000-600,000 projected",
    "30,000 f",
    "12.5 p",
    "30 °C",
    "30,000 approx.",
    "30,000 circa",
    "0/0",
    "half-a-million",
    # units of measure after the number, and "m" before a word of size (each a fast-path trigger)
    "30 gw",
    "345.5 GW",
    "about 30 metric tons",
    "12 kilometres away",
    "3 m tall",
    "1.2m high",
    "20m deep",
    # ranks, negations, words that may be scales, and scale words apart from the number (each a fast-path trigger)
    "ranked 50",
    "number 10",
    "position 7",
    "top 10",
    "not 30,000",
    "hardly 30,000",
    "5 t",
    "5 tausend",
    "3 mkr",
    "2 milion people",
    "30,000 militants",
    "in millions 1,234",
    "million people 30,000",
    "in bn 3.5",
    "3.5 pc",
    "2014/2015",
    "2014/15 30,000 fighters",
    "rivaling a 1982 antinuclear rally",
    "26 rang",
    "3 place",
    "told me 30,000",
    "123.4 b",
    "5 b fighters",
    "30,000 odd",
    "30 odd people",
    "30,000-ish",
    "30,000 est",
    "30,000e",
    "30 grand",
    "ponad 30",
    "rund 750",
    "ruim 700 people",
    "nie 30",
    "30,000 people thousands",
    "1.2.3",
    "¥500",
    "Article 5",
    "see table 3",
    "page 12",
    "a figure of 30,000",
    "The number of persons looking for part-time work increased 16,500 to 181,300",
    "5,000 or less",
    "between 20,000 and 31,500 fighters across Iraq and Syria",
    "20,000 and 31,500",
    "31,500 to 20,000",
    "in the 1 to 3,000 range",
    "25 of 34",
    "34 of 25",
    "25 of the 30,000 fighters",
    "5 of 10 million",
    "5% of 10",
    "some 80,000 in mid-2015",
    "nearly 20 to 30",
    "more than 20 to 30",
    "20-30+",
    "30,000 people",
    "30 m",
    "30 members",
    "30 mn",
    "2 bn",
    "12,345,678,901",
    "1234567890123456789",
    "0.1 to 0.2",
    "0.15 to 0.2",
    "1.5-2 million",
    "20%-30%",
    "around 40% of the Iraqi territory",
    "about 45% of the territory they once held has been recovered",
    "lost 47 percent of the territory",
    "  30,000  ",
    "30,000 or 40,000",
    "over 9000",
    "c. 30,000",
    "under 5 per cent",
    "3,500 people under its arms plus sympathizers",
    "\u2013 5",
    "5 \u2013",
    "~ 30,000",
    "abc 1/2",
    "25/34",
    "1,2",
    "1,234",
    "1,2345",
    "a 30k",
    "awesome 30,000",
    "no more than 50,000",
    "up to 1 to 2",
    "to 78,000 km2",
    "around 30k+",
    "between 9,000 to 18,000 fighters",
    "30,000.",
    # forms the one grammar reads that the fast grammar must leave to it
    "5 pct",
    "in 2015",
    "since 2014",
    "5 may",
    "4.2 lakh",
    "3 hundred",
    "1.1 crore",
    "2 tn",
    "1001000010000m",
    "20.000",
    "$5bn",
    "5 bn euros",
    "from 5 to 7",
    "rose from 5 to 7",
    "by 4 to 7",
    "not more than 5",
    "65 or older",
    "30-odd",
    "95% CI",
    "7-800",
    "between 5 and 600 protesters",
    "2010 to 42,501",
    "from 2000 to 2,500",
    "1990 to 2000",
    "c2000",
    "c.30,000",
    "ca.2000 people",
    "inc c2000 in Q4",
    "2.3 MMUSD",
    "$1.5MM",
    "USD 1.5 MM",
    "25 bps",
    "25bps",
    "around 25 basis points",
    "around 40,000 deaths a year",
    "30,000 a day",
    "2,000 daily",
    "5% a year",
    "4% p.a.",
    "30,000/yr",
    "30,000 each year",
    "30,000 a year ago",
    "an annual 30,000",
    "2.1% annualised",
    "from 10 and 9 billion dollars",
    "a ratio of 1 to 4",
    "1-112",
    "70.3 / 79.9",
    "971 people so far this year",
    "10s of thousands",
    "100s of people",
    "1,000s",
    "100s",
    "at least 243 for the year thus far",
    "$5m year to date",
    "30,000 to date",
    "Since the start of the year, at least 1,115 persons",
    "so farther 30",
    "70.3/79.9",
    "25 / 34",
    "£(434)",
    "1 087.4b",
    "0.2 mg/L",
    "35 µg/m3",
    "12 feet",
    "33 inches",
    "1-96,566",
    "1-20",
    "1 - 50",
    "March 2",
    "since January 1",
    "Jan. 1, 2020",
    "30,000 in March 2020",
    "6.87 deaths for every 1000 live births",
    "odds of 1 to 4",
    "the ratio is 1 to 4",
    "scores of people",
    "from 5 and 7",
    "between 10 and 9 billion",
    "900 to 1 million",
    "500-1m",
    "between 800,000 and 1 million",
    "between 10 and 20 billion",
    "10% to 9 million",
    "5% to 3,000",
    "3 million to 5%",
    "10% to 20%",
    "8% p/a",
    "3,000 a minute",
    "1,000 per second",
    "100 km/h",
    "135mph",
    "25 to 35 mph",
    "30,000 hourly workers",
    "30,000, annually",
    "every 6 seconds",
    "4.1% year over year",
    "0.6% on the month",
    "5.2% year-on-year",
    "2.1% y/y",
]


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return (math.isnan(a) and math.isnan(b)) or a == b
    return a == b


def test_every_parser_case_agrees():
    assert_fast_path_agrees([p.values[0] for p in CASES] + [p.values[0] for p in FAILURES] + EXTRA)


def test_synthetic_corpus_agrees_and_mostly_takes_the_fast_path():
    from benchmarks.synthetic import claim_table

    texts = claim_table(3000, 300, seed=7)["value_text"].tolist()
    assert_fast_path_agrees(texts)
    assert parse_values(pd.Series(texts)).attrs["fast_share"] > 0.9


TOKENS = st.sampled_from(
    [
        "around",
        "about",
        "more than",
        "up to",
        "between",
        "and",
        "to",
        "of",
        "out of",
        "the",
        "nearly",
        "fighters",
        "~",
        "-",
        "\u2013",
        "+",
        "%",
        "percent",
        "k",
        "m",
        "million",
        "thousand",
        "or",
        "/",
        "in",
        "syria",
        "'s",
        "countries",
    ]
)
NUMBERS = st.one_of(
    st.integers(0, 10**9).map(lambda n: f"{n:,}"),
    st.integers(0, 10**6).map(str),
    st.decimals(0, 1000, places=2).map(str),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(TOKENS, NUMBERS), min_size=1, max_size=7), st.sampled_from([" ", "", "  "]))
def test_generated_texts_agree(parts, sep):
    assert_fast_path_agrees([sep.join(parts)])


@pytest.mark.parametrize("texts", [[], [None], ["", ""]], ids=["empty", "none", "blanks"])
def test_edge_columns(texts):
    assert_fast_path_agrees(texts)


def test_chunked_threads_give_the_same_columns(monkeypatch):
    import discrepancy.claims.fastparse as fastparse

    texts = pd.Series(
        ["around 30,000", "x", "20 to 30 thousand", None, "25 of 34", "tens of thousands", "40%"] * 5, dtype="str"
    )
    whole = parse_values(texts)
    monkeypatch.setattr(fastparse, "_CHUNK", 4)
    pd.testing.assert_frame_equal(parse_values(texts), whole)


def test_str_and_object_columns_agree():
    texts = ["around 30,000", "x", None, "tens of thousands", "1.2 million"]
    pd.testing.assert_frame_equal(
        parse_values(pd.Series(texts, dtype="str")), parse_values(pd.Series(texts, dtype=object))
    )


@pytest.mark.parametrize("chunk", [pytest.param(250_000, id="one-chunk"), pytest.param(4, id="two-threads")])
def test_each_distinct_text_read_once_gives_the_columns_of_every_row_read(monkeypatch, chunk):
    """A column that repeats its texts is read once per distinct text (missing ones included) and every row takes
    its own reading: the same columns as reading every row."""
    import discrepancy.claims.fastparse as fastparse

    texts = pd.Series(
        ["around 30,000", None, "around 30,000", "20 to 30 thousand", "", "25 of 34", None, "40%", "x", "40%"] * 3,
        dtype="str",
    )
    monkeypatch.setattr(fastparse, "_CHUNK", chunk)
    monkeypatch.setattr(fastparse, "_DISTINCT_SHARE", 0.0)  # never: every row read
    every_row = parse_values(texts)
    monkeypatch.setattr(fastparse, "_DISTINCT_SHARE", 1.01)  # always: each distinct text once
    pd.testing.assert_frame_equal(parse_values(texts), every_row)
    assert_fast_path_agrees(texts.tolist())


def _grammar_only(texts: list) -> dict:
    """What the fast grammar reads of each text with its one long pattern alone (no quick shapes)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    import discrepancy.claims.fastparse as fastparse

    clean = fastparse._clean(pa.array(texts, pa.string()))
    blocked = np.asarray(pc.fill_null(pc.match_substring_regex(clean, fastparse._TRIGGERS), True))
    matched, fields = fastparse._grammar_fields(clean)
    return fastparse._read_fields(fields, matched, blocked)


def _assert_quick_shapes_read_as_the_grammar(texts: list) -> None:
    import numpy as np
    import pyarrow as pa

    import discrepancy.claims.fastparse as fastparse

    got, want = fastparse._fast_chunk(pa.array(texts, pa.string())), _grammar_only(texts)
    assert got.keys() == want.keys()
    for k in want:
        same = (got[k] == want[k]) | (np.isnan(got[k]) & np.isnan(want[k])) if want[k].dtype.kind == "f" else (
            got[k] == want[k])  # fmt: skip
        assert same.all(), (k, [texts[i] for i in np.flatnonzero(~same)])


QUICK = [
    ("around 30,000", "one"), ("nearly 227,355 fighters", "one"), ("816k", "one"), ("53%", "one"),
    ("5k fighters", "one"), ("5b%", "one"), ("up to 1,190,451", "one"), ("12.5", "one"),
    ("3,602,221-4,329,302", "two"), ("between 4,974,324 and 6,050,986", "two"), ("20%-30%", "two"),
    ("5k to 10k", "two"), ("up to 1 to 2", "two"), ("20 to 30 thousand", "grammar"),
    # the grammar reads these otherwise than the quick patterns would: left to it
    ("5 k", "grammar"), ("5 thousand people", "grammar"), ("5 percent", "grammar"), ("5 per cent", "grammar"),
    ("5 millions of people", "grammar"), ("1234,567", "grammar"), ("12,345-1234,567", "grammar"),
    ("1234,567 to 2", "grammar"), ("5bn", "grammar"), ("5mn", "grammar"), ("~ 30,000", "grammar"),
    ("30,000+", "grammar"), ("25 of 34", "grammar"), ("20 - 30", "grammar"), ("5 % of it", "grammar"),
    ("o'neill's 5", "grammar"), ("1,2345", "grammar"), ("5k%-10m", "two"), ("5%k", "grammar"),
    ("30-odd", "grammar"), ("10-20 km", "grammar"), ("1.5-2 million", "grammar"), ("5 and 10", "two"),
    ("5 km", "one"), ("5 kilometres", "one"), ("5 per day", "one"), ("5 bn euros", "grammar"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reader"), [pytest.param(t, r, id=t) for t, r in QUICK])
def test_quick_shapes_read_as_the_grammar_reads_them(text, reader):
    """The two quick patterns read a text only when the grammar would give it the same fields; a text they might
    read otherwise (a scale or percent word after the number, a number _NUM would not read whole) is left to it."""
    import pyarrow as pa

    import discrepancy.claims.fastparse as fastparse

    clean = fastparse._clean(pa.array([text], pa.string()))
    one = bool(fastparse._one_number_fields(clean)[0][0])
    two = not one and bool(fastparse._two_number_fields(clean)[0][0])
    assert {"one": one, "two": two, "grammar": not (one or two)}[reader], (one, two)
    _assert_quick_shapes_read_as_the_grammar([text])
    assert_fast_path_agrees([text])


QUICK_TOKENS = st.sampled_from(
    ["around", "between", "and", "to", "up to", "nearly", "fighters", "k", "m", "b", "bn", "%", "-", "percent",
     "per cent", "per", "thousand", "thousands", "million", "of", "km", "people", "1234,567", "1,2345", "~", "+"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(QUICK_TOKENS, NUMBERS), min_size=1, max_size=6), st.sampled_from([" ", ""]))
def test_generated_texts_read_by_quick_shapes_as_by_the_grammar(parts, sep):
    _assert_quick_shapes_read_as_the_grammar([sep.join(parts)])


def test_benchmark_texts_read_by_quick_shapes_as_by_the_grammar():
    from benchmarks.synthetic import claim_table

    _assert_quick_shapes_read_as_the_grammar(claim_table(20_000, 2_000, seed=3)["value_text"].tolist())
