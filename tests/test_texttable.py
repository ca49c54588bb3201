"""The terminal text of a table is what pandas' to_string(index=False) writes, cell for cell. All data here are
SYNTHETIC."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discrepancy.texttable import _float_lines, _text_lines, escaped_cells, frame_text, numbered_utf8, printable

OPTIONS = ("display.width", 200, "display.max_columns", 30, "display.max_colwidth", 60)  # as compare's text output


def _same_as_pandas(frame: pd.DataFrame, options=OPTIONS) -> None:
    with pd.option_context(*options):
        assert frame_text(frame) == frame.to_string(index=False)


def _text(*values) -> pd.Series:
    return pd.Series(list(values), dtype="str")


@pytest.mark.parametrize(
    "frame",
    [
        pytest.param(pd.DataFrame({"v": [0.0, -0.0, 0.0, -0.0]}), id="minus-zero-apart-from-zero"),
        pytest.param(pd.DataFrame({"v": [1.5, np.nan, 1.5, math.inf, -math.inf]}), id="nan-and-infinities"),
        pytest.param(pd.DataFrame({"v": [1e-9, 1.0, 1e-9]}), id="a-tiny-value-turns-all-scientific"),
        pytest.param(pd.DataFrame({"v": [123456789.123, 1.0, 1.0]}), id="a-long-large-value-turns-all-scientific"),
        pytest.param(pd.DataFrame({"v": [1.25, 2.5, 2.5, 10.0]}), id="shared-digits-trimmed-together"),
        pytest.param(pd.DataFrame({"v": np.array([0.1, -0.0, 0.1], dtype=np.float32)}), id="float32"),
        pytest.param(pd.DataFrame({"s": _text("a", None, "a", "bb", None)}), id="text-with-missing"),
        pytest.param(pd.DataFrame({"s": _text("x" * 80, "short", "x" * 80)}), id="text-cut-at-max-colwidth"),
        pytest.param(pd.DataFrame({"s": _text("tab\there", "line\nbreak", "tab\there")}), id="escaped-breaks"),
        pytest.param(pd.DataFrame({"s": _text("東京", "Zürich", "東京", "")}), id="wide-characters-and-blank"),
        pytest.param(pd.DataFrame({"o": pd.Series([1, 1.0, True, "1"], dtype=object)}), id="object-equal-values"),
        pytest.param(pd.DataFrame({"n": [3, -12, 3], "b": [True, False, True]}), id="integers-and-booleans"),
        pytest.param(pd.DataFrame({"n": pd.array([1, None, 1], dtype="Int64")}), id="nullable-integers"),
        pytest.param(
            pd.DataFrame({"a long header": _text("x", "y", "x"), "s": _text("a", "b", "c"), "f": [1.0, 2.0, 1.0]}),
            id="header-wider-than-cells",
        ),
        pytest.param(pd.DataFrame({"v": [3.0, 10.0, 3.0, -2.0]}), id="whole-numbers-keep-one-zero"),
        pytest.param(pd.DataFrame({"v": [np.nan, np.nan]}), id="only-missing"),
        pytest.param(pd.DataFrame({"v": [math.inf, -math.inf, math.inf]}), id="only-infinities"),
        pytest.param(pd.DataFrame({"v": [999999.123456, 0.5, 0.5]}), id="long-but-not-large-stays-fixed"),
        pytest.param(pd.DataFrame({"v": [1e-6, 1e-7, 2.0]}), id="smallest-shown-and-smaller"),
        pytest.param(pd.DataFrame({"v": [1e6, 0.123456, 1e6]}), id="a-long-million-is-not-large"),
        pytest.param(pd.DataFrame({"Zürich ratio": [1.5, 2.25, 1.5]}), id="label-not-ascii"),
        pytest.param(pd.DataFrame({"v": [7.0]}), id="one-row"),
        pytest.param(pd.DataFrame({"v": pd.Series([], dtype=float)}), id="no-rows"),
        pytest.param(pd.DataFrame([[1, 2], [1, 3]], columns=["a", "a"]), id="duplicate-column-names"),
    ],
)
def test_the_text_is_pandas_to_string(frame):
    _same_as_pandas(frame)


@pytest.mark.parametrize(
    "options",
    [
        pytest.param(("display.max_colwidth", 10, "display.precision", 2), id="narrow-and-two-digits"),
        pytest.param(("display.max_colwidth", 6), id="float-cells-cut"),
        pytest.param(("display.float_format", "{:.1f}".format), id="float-format"),
        pytest.param(("display.chop_threshold", 0.5), id="chop-threshold"),
        pytest.param(("display.precision", 0), id="no-digits"),
    ],
)
def test_the_display_options_in_force_are_followed(options):
    frame = pd.DataFrame({"s": _text("y" * 30, "z", "y" * 30), "f": [1 / 3, 2.0, 1 / 3], "g": [0.25, 1e7 + 0.5, 3.0]})
    _same_as_pandas(frame, options)


FLOATS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0.0, -0.0, 1e-7, 1e6, 1e7, 123456.789, 0.5, 2.0]),
)
TEXTS = st.one_of(st.none(), st.text(max_size=70), st.sampled_from(["a", "b", "", "NaN", "\t", "\x1b[31m"]))


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.integers(1, 12).flatmap(
        lambda n: st.tuples(
            st.lists(FLOATS, min_size=n, max_size=n),
            st.lists(TEXTS, min_size=n, max_size=n),
            st.lists(st.integers(-(2**40), 2**40), min_size=n, max_size=n),
            st.lists(st.booleans(), min_size=n, max_size=n),
        )
    ),
)
def test_any_table_of_these_kinds_reads_as_pandas_writes_it(columns):
    floats, texts, ints, bools = columns
    frame = pd.DataFrame({"f": floats, "s": pd.Series(texts, dtype="str"), "n": ints, "b": bools})
    _same_as_pandas(pd.concat([frame, frame.iloc[::-1]], ignore_index=True))  # every value at least twice


RATIOS = st.one_of(
    st.floats(0, 1e8).map(lambda v: round(v, 3)),
    st.integers(0, 10**7).map(float),
    st.floats(allow_nan=True, allow_infinity=True),
)


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(RATIOS, min_size=1, max_size=30), st.sampled_from([1, 2, 3, 6, 9]), st.sampled_from(["v", "spread_ratio"])
)
def test_a_float_column_is_written_here_as_pandas_writes_it(values, digits, name):
    """The float column's own lines (header first), written without pandas, at several display precisions."""
    column = pd.Series(values, dtype="float64", name=name)
    with pd.option_context(*OPTIONS, "display.precision", digits):
        assert _float_lines(column) == column.to_frame().to_string(index=False).split("\n")


def _numbered_by_rule(rank, severity, text, width):
    return "".join(f"{r:>3}. [{s}] {printable(t, width)}\n" for r, s, t in zip(rank, severity, text))


@pytest.mark.parametrize(
    "rank, severity, text",
    [
        pytest.param([1, 2, 1000], ["major", "minor", "note"], ["plain", "also plain", "ranks past 999"], id="plain"),
        pytest.param([1, 2], ["major", "minor"], ["Zürich 東京", "plain"], id="not-ascii"),
        pytest.param([1, 2, 3], ["a", "b", "c"], ["tab\there", "esc \x1b[31m", "del \x7f"], id="control-characters"),
        pytest.param([1, 2], ["a", "b"], ["x" * 30, "y" * 29], id="cut-at-width"),
        pytest.param([1, 2], ["a", "b"], [None, "after a missing text"], id="missing-text"),
        pytest.param([1], ["a"], [""], id="blank-text"),
        pytest.param([], [], [], id="none"),
    ],
)
def test_numbered_lines_are_the_rule_of_each_row(rank, severity, text):
    rank = pd.Series(rank, dtype="int64")
    severity, text = pd.Series(severity, dtype="str"), pd.Series(text, dtype="str")
    expected = _numbered_by_rule(rank.tolist(), severity.tolist(), text.tolist(), 29)
    assert numbered_utf8(rank, severity, text, 29).decode() == expected


def test_numbered_lines_of_other_columns_follow_the_rule():
    """A rank that is no whole number or a label column of objects are written cell by cell, the same rule."""
    rank, severity, text = pd.Series([1.5, 2.0]), pd.Series(["a", None], dtype=object), pd.Series(["x", "y"])
    assert numbered_utf8(rank, severity, text, 10).decode() == _numbered_by_rule(
        [1.5, 2.0], ["a", None], ["x", "y"], 10
    )


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.one_of(st.none(), st.text(max_size=40)), min_size=1, max_size=20))
def test_any_finding_texts_are_numbered_as_the_rule_writes_them(texts):
    rank = pd.Series(range(1, len(texts) + 1), dtype="int64")
    severity, text = pd.Series(["major"] * len(texts), dtype="str"), pd.Series(texts, dtype="str")
    assert numbered_utf8(rank, severity, text, 30).decode() == _numbered_by_rule(
        rank.tolist(), severity.tolist(), text.tolist(), 30
    )


@pytest.mark.parametrize(
    "cells, shown",
    [
        pytest.param(["\x1b[31mred\x1b[0m", "plain"], ["\\x1b[31mred\\x1b[0m", "plain"], id="ansi-colour"),
        pytest.param(["bell\x07", "back\x08space"], ["bell\\x07", "back\\x08space"], id="bell-and-backspace"),
        pytest.param(["\x1b]0;title\x07"], ["\\x1b]0;title\\x07"], id="terminal-title"),
        pytest.param(["Zürich – 東京", "del\x7f"], ["Zürich – 東京", "del\\x7f"], id="accents-kept-delete-escaped"),
        pytest.param(["right\u202eleft"], ["right\\u202eleft"], id="bidi-override"),
        pytest.param(["tab\there", None], ["tab\\there", None], id="tab-as-pandas-writes-it"),
    ],
)
def test_text_cells_reach_a_terminal_escaped(cells, shown):
    """Claim text is untrusted: what compare prints of a table has its control characters escaped, the way the
    findings have them; a tab, a CR and a LF as pandas escapes them itself."""
    frame = pd.DataFrame({"s": pd.Series(cells, dtype="str"), "n": range(len(cells))})
    out = escaped_cells(frame)
    assert out["s"].tolist() == pd.Series(shown, dtype="str").tolist()
    assert frame["s"].tolist() == pd.Series(cells, dtype="str").tolist()  # the frame given is not changed
    text = frame_text(out)
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text


def test_a_table_without_control_characters_is_written_as_it_was():
    frame = pd.DataFrame(
        {"s": pd.Series(["a", "Zürich", None], dtype="str"), "o": pd.Series([1, "x", None], dtype=object)}
    )
    assert escaped_cells(frame) is frame


def _pandas_lines(column: pd.Series) -> list[str]:
    return column.to_frame().to_string(index=False).split("\n")


@pytest.mark.parametrize(
    "values, name, options, written_here",
    [
        pytest.param(["a", "bb b", "  c", "d  ", ""], "subject", (), True, id="spaces-kept-and-blank"),
        pytest.param(["x"], "a long header", (), True, id="header-wider"),
        pytest.param(["Zürich", "東京", "x" * 70], "s", (), True, id="accents-wide-and-longer-than-max-colwidth"),
        pytest.param(["a", None], "s", (), False, id="missing-pandas-writes-NaN"),
        pytest.param(["tab\there", "x"], "s", (), False, id="tab-pandas-escapes"),
        pytest.param(["\x1b[31mred", "x"], "s", (), False, id="control-character"),
        pytest.param(["東京", "x"], "s", ("display.unicode.east_asian_width", True), False, id="east-asian-widths"),
        pytest.param(["a", "bb"], "s", ("display.colheader_justify", "left"), False, id="header-justified-left"),
        pytest.param(["a", "bb"], "Zürich", (), False, id="label-not-ascii"),
    ],
)
def test_a_text_columns_lines_are_pandas_lines_or_left_to_pandas(values, name, options, written_here):
    """A text column whose cells pandas writes as they are is written here, right-justified to the widest cell or
    label, the lines pandas writes; a missing or unprintable cell, another label or changed options: pandas."""
    column = pd.Series(values, dtype="str", name=name)
    with pd.option_context(*options) if options else pd.option_context("display.width", 80):
        lines = _text_lines(column)
        assert (lines is not None) == written_here
        if lines is not None:
            assert lines == _pandas_lines(column)
        _same_as_pandas(pd.DataFrame({name: column, "n": range(len(column))}), options or OPTIONS)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(
        st.one_of(
            st.none(),
            st.text(max_size=12),
            st.from_regex(r"[ -~]{0,12}", fullmatch=True),
            st.sampled_from(["é", "東京", " x ", "", "\u00a0", "\u200b", "a\u0301"]),
        ),  # fmt: skip
        min_size=1,
        max_size=8,
    ),
    st.one_of(st.text(min_size=1, max_size=8), st.from_regex(r"[a-z][ -~]{0,7}", fullmatch=True)),
)
def test_any_text_column_is_written_as_pandas_writes_it(values, name):
    """Plain cells mostly (written here), any text now and then (pandas writes what is not plain)."""
    column = pd.Series(values, dtype="str", name=name)
    lines = _text_lines(column)
    if lines is not None:
        assert lines == _pandas_lines(column)
