"""Shared test helpers: where the tests' data lie, writing small claim tables, hashing files, and the test
tables more than one test file uses."""

from __future__ import annotations

import csv
import hashlib
import math
from pathlib import Path

import pandas as pd
import pytest

from discrepancy import parse_value
from discrepancy.claims.fastparse import parse_values

N = None  # a missing number in the parser's case tables
TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
DATA = TESTS / "data"
HEADER = ["claim_id", "subject", "metric", "value_text", "source", "claim_date"]


def write_csv(path: Path, rows: list[list[str]], header: list[str] | None = None) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header or HEADER)
        w.writerows(rows)
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


CLAIM_DEFAULTS = {
    "subject": "Islamic State",
    "metric": "members",
    "geography": "",
    "unit": "people",
    "source": "S",
    "source_type": "",
    "reported_by": "Outlet",
    "claim_date": "2015-01-01",
    "as_of": "",
    "method": "",
    "value": "",
    "low": "",
    "high": "",
}


def claims_frame(*rows: dict):
    """A normalized claim table from a few dicts (claim_id and value_text at least). SYNTHETIC, for tests."""
    import pandas as pd

    from discrepancy.claims.normalize import normalize_claims

    full = [{**CLAIM_DEFAULTS, "reported_by": f"Outlet {i}", **r} for i, r in enumerate(rows)]
    frame = pd.DataFrame(full).astype("str")
    frame["input_file"] = "test.csv"
    frame["input_row"] = range(2, 2 + len(frame))
    return normalize_claims(frame)


BAD_TABLES = [
    pytest.param("empty.csv", b"", None, "", "empty", id="empty file"),
    pytest.param("header.csv", (",".join(HEADER) + "\n").encode(), None, "", "no rows", id="header only"),
    pytest.param(
        "missing.csv",
        b"claim_id,subject,value_text,source,claim_date\na,IS,30,S,2015\n",
        1,
        "metric",
        "required column",
        id="missing column",
    ),
    pytest.param(
        "dup.csv",
        (",".join(HEADER) + "\na,IS,m,30,S,2015\nb,IS,m,40,S,2015\na,IS,m,50,S,2015\n").encode(),
        4,
        "claim_id",
        "more than once",
        id="duplicate ids",
    ),
    pytest.param(
        "semi.csv", (";".join(HEADER) + "\na;IS;m;30;S;2015\n").encode(), 1, "", "semicolons", id="semicolons"
    ),
    pytest.param("tab.csv", ("\t".join(HEADER) + "\na\tIS\tm\t30\tS\t2015\n").encode(), 1, "", "tabs", id="tabs"),
    pytest.param(
        "latin1.csv",
        (",".join(HEADER) + "\na,IS,m,30,Minist\u00e8re,2015\n").encode("latin-1"),
        2,
        "",
        "not UTF-8",
        id="latin-1 bytes",
    ),
    pytest.param("random.csv", bytes(range(256)) * 8, 1, "", "NUL bytes", id="random bytes"),
    pytest.param("random2.csv", b"\xff\xfe\x93\x8a" * 100, 1, "", "not UTF-8", id="random high bytes"),
    pytest.param(
        "ragged.csv",
        (",".join(HEADER) + "\na,IS,m,30,S,2015\nb,IS,m,30,S\n").encode(),
        3,
        "",
        "5 fields",
        id="short row",
    ),
    pytest.param(
        "long.csv", (",".join(HEADER) + "\na,IS,m,30,000,S,2015\n").encode(), 2, "", "7 fields", id="unquoted comma"
    ),
    pytest.param("broken.json", b'[{"claim_id": "a",', 1, "", "not valid JSON", id="broken json"),
    pytest.param("object.json", b'{"claim_id": "a"}', None, "", "list of row objects", id="json not a list"),
    pytest.param("claims.xlsx", b"PK\x03\x04 not really a workbook", None, "", "XLSX", id="broken xlsx"),
    pytest.param("claims.parquet", b"PAR1 nope", None, "", "Parquet", id="broken parquet"),
    pytest.param("claims.ods", b"whatever", None, "", "unknown file type", id="unknown extension"),
]


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
    pytest.param("half-million", 5e5, N, N, "exact", N, N, id="half-million: 500,000, never 50%"),
    pytest.param("a quarter million", 2.5e5, N, N, "exact", N, N, id="a quarter million"),
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


def _expected(text) -> dict:
    p = parse_value(text)
    return {
        "value": math.nan if p.value is None else p.value,
        "low": math.nan if p.low is None else p.low,
        "high": math.nan if p.high is None else p.high,
        "qualifier": p.qualifier,
        "denominator": math.nan if p.denominator is None else p.denominator,
        "unit": p.unit,
        "parse_status": p.status,
        "parse_note": p.note,
    }


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return (math.isnan(a) and math.isnan(b)) or a == b
    return a == b


def assert_fast_path_agrees(texts: list) -> None:
    """The column parser (fastparse) reads every text exactly as parse_value does."""
    got = parse_values(pd.Series(texts, dtype=object))
    for i, text in enumerate(texts):
        row = {
            k: (None if v is pd.NA or (v is not None and not isinstance(v, (float, str)) and pd.isna(v)) else v)
            for k, v in got.iloc[i].to_dict().items()
        }
        row = {k: (None if isinstance(v, str) is False and not isinstance(v, float) else v) for k, v in row.items()}
        want = _expected(text)
        for k, w in want.items():
            g = row[k]
            if isinstance(g, float) and not isinstance(w, float) and math.isnan(g):
                g = None
            assert _same(g, w), (text, k, g, w)
