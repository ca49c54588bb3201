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
