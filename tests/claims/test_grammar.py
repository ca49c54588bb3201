"""The one number grammar on real published phrases, and its honesty rules as properties.

tests/data/value_phrases.csv holds value texts as journals, statistics offices, UN agencies, NGOs and
newspapers in several English-speaking countries printed them, each with where it was found and the
reading a careful reader gives it (status review or unparsed where the cell alone cannot be read with
confidence). Every phrase is a test case; none is left out because the grammar cannot read it.
"""

from __future__ import annotations

import csv
import math
import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import parse_value
from discrepancy.claims.fastparse import parse_values
from discrepancy.claims.grammar import PREFIXES, QUALIFIERS, clean
from tests.helpers import DATA, assert_fast_path_agrees

CORPUS_PATH = DATA / "value_phrases.csv"
with CORPUS_PATH.open(encoding="utf-8", newline="") as f:
    CORPUS = list(csv.DictReader(f))


def _number(text: str) -> float | None:
    return float(text) if text else None


def test_corpus_is_real_cited_and_large_enough():
    assert len(CORPUS) >= 300
    assert len({r["value_text"] for r in CORPUS}) == len(CORPUS), "a phrase appears twice"
    for r in CORPUS:
        assert r["url"].startswith(("http://", "https://")), r["value_text"]
        assert r["outlet"].strip(), r["value_text"]
        assert r["expected_status"] in ("ok", "review", "unparsed"), r["value_text"]
        assert r["expected_qualifier"] in ("", *QUALIFIERS), r["value_text"]
    assert len({r["url"] for r in CORPUS}) >= 100
    assert {r["collection"] for r in CORPUS} >= {"journals", "newspapers_wires", "agencies_statistics_ngos"}


@pytest.mark.parametrize("row", [pytest.param(r, id=f"{i:03d} {r['value_text'][:50]}") for i, r in enumerate(CORPUS)])
def test_corpus_phrase_reads_as_expected(row):
    p = parse_value(row["value_text"])
    assert p.status == row["expected_status"], p.note
    for field in ("value", "low", "high", "denominator"):
        want, got = _number(row[f"expected_{field}"]), getattr(p, field)
        assert (want is None) == (got is None), (field, got, want, p.note)
        if want is not None:
            assert math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-12), (field, got, want)
    assert (p.qualifier or "") == row["expected_qualifier"]
    assert (p.unit or "") == row["expected_unit"]


def test_fast_path_and_full_reader_agree_on_the_whole_corpus():
    assert_fast_path_agrees([r["value_text"] for r in CORPUS])


# --------------------------------------------------------------------------- honesty as properties

_DIGITS = re.compile(r"\d")


def _assert_honest(text: str) -> None:
    p = parse_value(text)
    if p.status != "ok":
        assert (p.value, p.low, p.high) == (None, None, None), (text, p)
        return
    numbers = [x for x in (p.value, p.low, p.high, p.denominator) if x is not None]
    assert numbers or p.qualifier == "vague", (text, p)
    assert all(math.isfinite(x) for x in numbers), (text, p)
    if p.low is not None and p.high is not None:
        assert p.low <= p.high, (text, p)
        if p.value is not None:
            assert p.low <= p.value <= p.high, (text, p)


@pytest.mark.parametrize("row", CORPUS[:: max(1, len(CORPUS) // 200)], ids=lambda r: r["value_text"][:40])
def test_no_ok_reading_breaks_a_rule_on_corpus_phrases(row):
    _assert_honest(row["value_text"])


WORDS = st.sampled_from(
    [w for w, _, _ in PREFIXES[:40]]
    + [
        "between",
        "and",
        "to",
        "or",
        "of",
        "out of",
        "in",
        "per",
        "(",
        ")",
        "[",
        "]",
        ";",
        "±",
        "95% CI",
        "range",
        "-",
        "\u2013",
        "+",
        "%",
        "million",
        "lakh",
        "crore",
        "bn",
        "k",
        "$",
        "US$",
        "€",
        "Rs",
        "people",
        "in 2015",
        "or more",
        "-odd",
        "-plus",
        "give or take",
        "\u00b7",
    ]  # fmt: skip
)
NUMBERS = st.one_of(
    st.integers(0, 10**9).map(lambda n: f"{n:,}"),
    st.integers(0, 10**6).map(str),
    st.decimals(0, 1000, places=2).map(str),
    st.integers(1, 999).map(lambda n: f"{n}.000"),
    st.integers(10**6, 10**9).map(lambda n: f"{n:,}".replace(",", "'")),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(WORDS, NUMBERS), min_size=1, max_size=8))
def test_generated_text_is_read_honestly_and_alike_on_both_paths(parts):
    text = " ".join(parts)
    _assert_honest(text)
    assert_fast_path_agrees([text])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(WORDS, NUMBERS), min_size=1, max_size=8))
def test_every_number_of_an_ok_reading_is_accounted_for(parts):
    """An ok reading of a text with two or more plain numbers uses each of them somewhere."""
    text = " ".join(parts)
    p = parse_value(text)
    if p.status != "ok" or len(_DIGITS.findall(clean(text))) == 0:
        return
    used = [x for x in (p.value, p.low, p.high, p.denominator) if x is not None]
    assert used, (text, p)


# Grouping styles, scales and qualifiers the grammar must read back exactly.
GROUPINGS = {
    ",": lambda n: f"{n:,}",
    "space": lambda n: f"{n:,}".replace(",", " "),
    "no-break space": lambda n: f"{n:,}".replace(",", "\u00a0"),
    "narrow no-break space": lambda n: f"{n:,}".replace(",", "\u202f"),
    "thin space": lambda n: f"{n:,}".replace(",", "\u2009"),
    "apostrophe": lambda n: f"{n:,}".replace(",", "'"),
    "none": str,
}
SCALED = [("million", 1e6), ("m", 1e6), ("bn", 1e9), ("billion", 1e9), ("lakh", 1e5), ("crore", 1e7), ("k", 1e3)]
QUALIFIED = {"": "exact", "around ": "approx", "about ": "approx", "~": "approx", "in the region of ": "approx",
             "more than ": "at_least", "at least ": "at_least", "upwards of ": "at_least", "≥": "at_least",
             "up to ": "at_most", "under ": "at_most", "≤ ": "at_most"}  # fmt: skip


@st.composite
def written(draw):
    prefix = draw(st.sampled_from(sorted(QUALIFIED)))
    if draw(st.booleans()):
        n = draw(st.integers(min_value=0, max_value=10**12))
        text = GROUPINGS[draw(st.sampled_from(sorted(GROUPINGS)))](n)
        value = float(n)
    else:
        mantissa, decimals = draw(st.integers(1, 999)), draw(st.integers(0, 2))
        word, scale = draw(st.sampled_from(SCALED))
        shown = f"{mantissa / 10**decimals:.{decimals}f}"
        point = draw(st.sampled_from([".", "\u00b7"]))
        text = shown.replace(".", point) + (" " if len(word) > 2 else "") + word
        value = float(shown) * scale
    return prefix + text, value, QUALIFIED[prefix]


@given(written())
def test_any_grouping_scale_and_qualifier_reads_back_to_itself(case):
    text, value, qualifier = case
    p = parse_value(text)
    assert p.status == "ok", (text, p.note)
    assert p.qualifier == qualifier, text
    got = {"exact": p.value, "approx": p.value, "at_least": p.low, "at_most": p.high}[qualifier]
    assert math.isclose(got, value, rel_tol=1e-9), (text, got, value)


def test_the_column_reader_reports_its_fast_share():
    texts = pd.Series([r["value_text"] for r in CORPUS], dtype="str")
    share = parse_values(texts).attrs["fast_share"]
    assert 0 < share < 1


@pytest.mark.parametrize(
    "x, want",
    [
        pytest.param(1.2 * 1e6, 1_200_000.0, id="binary noise rounded away"),
        pytest.param(999_999_999_999_998.0, 999_999_999_999_998.0, id="just under a power of ten kept"),
        pytest.param(0.1 + 0.2, 0.3, id="a sum's noise"),
        pytest.param(-2.675, -2.675, id="negative kept"),
        pytest.param(0.0, 0.0, id="zero"),
    ],
)
def test_tidy_rounds_to_fifteen_significant_digits(x, want):
    from discrepancy.claims.grammar import tidy

    assert tidy(x) == want
