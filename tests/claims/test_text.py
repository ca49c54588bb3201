"""Text folding: one rule for when two spellings of a key are the same, the same whether a text is rare or
repeated (each distinct text is folded once)."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pytest

from discrepancy.claims.text import fold_text, fold_unit, text_bytes, text_codes


@pytest.mark.parametrize(
    "values, expected",
    [
        pytest.param(["Iraq ", "iraq", "  IRAQ"], ["iraq", "iraq", "iraq"], id="case-and-edges"),
        pytest.param(["Kurdistan \t Region", "kurdistan region"], ["kurdistan region"] * 2, id="inner-space"),
        pytest.param([None, "a", None], ["", "a", ""], id="missing-is-empty"),
        pytest.param([], [], id="empty"),
        pytest.param(["x"] * 5 + ["Y"] * 5, ["x"] * 5 + ["y"] * 5, id="repeated-few-distinct"),
        pytest.param([f"S {i}" for i in range(6)], [f"s {i}" for i in range(6)], id="all-distinct"),
    ],
)
def test_fold_text(values, expected):
    s = pd.Series(values, dtype="str", index=range(10, 10 + len(values)))
    out = fold_text(s)
    assert out.tolist() == expected
    assert list(out.index) == list(s.index) and str(out.dtype) == "str"


@pytest.mark.parametrize(
    "values, expected",
    [
        pytest.param(["%", " Per  Cent ", "PCT", "percentage"], ["percent"] * 4, id="percent"),
        pytest.param(["km²", "Sq Km", "square kilometres"], ["km2"] * 3, id="area"),
        pytest.param(["Persons", None, "fighters"], ["people", "", "fighters"], id="people-missing-other"),
    ],
)
def test_fold_unit(values, expected):
    assert fold_unit(pd.Series(values, dtype="str")).tolist() == expected


@pytest.mark.parametrize(
    "column",
    [
        pytest.param(pd.concat([pd.Series(["a", None], dtype="str"), pd.Series(["b"], dtype="str")],
                               ignore_index=True), id="several-chunks"),
        pytest.param(pd.Series(["x", None, "ÿ"], dtype=object), id="object"),
        pytest.param(pd.Series([], dtype="str"), id="empty"),
    ],
)  # fmt: skip
def test_arrow_text_is_one_chunk_of_large_strings_with_missing_as_null(column):
    import pyarrow as pa

    from discrepancy.claims.text import arrow_text

    arr = arrow_text(column)
    assert isinstance(arr, pa.Array) and arr.type == pa.large_string()
    assert arr.to_pylist() == [None if v is None or v != v else v for v in column.tolist()]


@pytest.mark.parametrize(
    "values",
    [
        pytest.param(["Iraq ", "iraq", "  IRAQ", "Syria"], id="spellings-of-one"),
        pytest.param([None, "", "  ", "a", None], id="missing-blank-and-space-are-one"),
        pytest.param([], id="empty"),
        pytest.param(["%", "per cent", "Percent", "km2", "people"], id="unit-spellings"),
    ],
)
@pytest.mark.parametrize("unit", [pytest.param(False, id="text"), pytest.param(True, id="unit")])
def test_text_codes_share_a_code_exactly_when_the_folded_texts_are_equal(values, unit):
    s = pd.Series(values, dtype="str")
    codes, texts = text_codes(s, fold_unit if unit else fold_text)
    folded = (fold_unit if unit else fold_text)(s).tolist()
    assert [texts[c] for c in codes] == folded
    assert len(texts) == len(set(texts))  # one code per folded text: equal texts never get two codes


@pytest.mark.parametrize(
    "cells, start, stop",
    [
        pytest.param(["a\n", "bc\n", "d\n"], 0, 3, id="whole"),
        pytest.param(["a\n", "Zürich\n", "東京\n", "z\n"], 1, 3, id="a-slice-of-non-ascii"),
        pytest.param(["", "", ""], 0, 3, id="only-empty-cells"),
        pytest.param(["x"], 0, 0, id="no-cells"),
    ],
)
def test_text_bytes_are_the_cells_utf8_end_to_end(cells, start, stop):
    """The bytes of the cells an array holds, a slice's own cells only (fails when the array's offset is left
    out)."""
    arr = pa.array(cells, type=pa.large_string()).slice(start, stop - start)
    assert bytes(text_bytes(arr)) == "".join(cells[start:stop]).encode("utf-8")
