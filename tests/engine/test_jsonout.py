"""Comparison.to_json (engine/jsonout.py, written column by column): byte for byte what json.dumps writes of every table's records
(the way to_json wrote it before, kept here as the reference), on real comparisons and on SYNTHETIC hostile
tables (text json.dumps escapes, every float repr writes, missing values of each kind, empty tables)."""

from __future__ import annotations

import io
import json

import numpy as np
import pandas as pd
import pytest

from discrepancy import compare, load_claims
from discrepancy.engine import jsonout
from discrepancy.engine.compare import TABLES, Comparison
from discrepancy.engine.jsonout import records
from discrepancy.paths import default_claim_tables
from tests.helpers import DATA, claims_frame

HOSTILE_TEXT = ['plain', 'a "quoted" word', "back\\slash", "\\", '"', "line\nbreak", "tab\there", "\r\n", "\x00",
                "\x01\x1f", "\x7f", "é ñ ü", "\u2028\u2029", "emoji \U0001f600", "ﬁ", "", " ", "\\u0041", None,
                "'single'", "</script>", "\u0085\u00a0"]  # fmt: skip
HOSTILE_FLOATS = [0.0, -0.0, 1.0, -1.0, 0.1, 1 / 3, 123.0, 1e15, 1e16, 1.5e-5, 1e-4, 9.999e-5, 5e-324,
                  1.7976931348623157e308, 12345678901234567.0, np.nan, np.inf, -np.inf, 17700000.0, 2.5e-300]  # fmt: skip


def _reference(result: Comparison) -> str:
    """The JSON as to_json wrote it before it was written in bulk: a dict per row, then json.dumps."""
    payload = {name: records(getattr(result, name)) for name in TABLES if getattr(result, name) is not None}
    payload["parameters"] = result.parameters
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, indent=1, allow_nan=False) + "\n"


def _comparison(**tables) -> Comparison:
    """A Comparison of the given tables (the others empty frames of no columns), for the writer alone."""
    frames = {name: tables.get(name, pd.DataFrame()) for name in TABLES}
    parameters = tables.get("parameters", {"window_days": None, "tolerance": 0.1, "thresholds": [1.25, 2.0, 5.0]})
    return Comparison(**frames, parameters=parameters)


def _cycle(values: list, n: int) -> list:
    return [values[i % len(values)] for i in range(n)]


def _hostile_frame(n: int) -> pd.DataFrame:
    """Every column kind the engine's tables hold, and a few more, with hostile cells."""
    return pd.DataFrame(
        {
            "text": pd.Series(_cycle(HOSTILE_TEXT, n), dtype="str"),
            "string": pd.Series(_cycle(HOSTILE_TEXT, n), dtype="string"),
            "float": _cycle(HOSTILE_FLOATS, n),
            "float32": np.array(_cycle([0.1, 1.5, np.nan, -np.inf, 3e38], n), dtype=np.float32),
            "nullable_float": pd.array(_cycle([0.5, None, -0.0], n), dtype="Float64"),
            "int": _cycle([0, -1, 2**63 - 1, -(2**63), 42], n),
            "uint": np.array(_cycle([0, 2**64 - 1], n), dtype=np.uint64),
            "nullable_int": pd.array(_cycle([1, None, -5], n), dtype="Int64"),
            "bool": _cycle([True, False], n),
            "nullable_bool": pd.array(_cycle([True, None, False], n), dtype="boolean"),
            "objects": pd.Series(
                _cycle(
                    [None, np.nan, "x\ny", np.int64(3), np.float32(0.1), np.bool_(True), pd.NA, 7, -0.0, np.inf, 'q"'],
                    n,
                ),  # fmt: skip
                dtype=object,
            ),
            "Zed key": 1.5,
            'a "quoted" key é': "v",
            "10": 1,
            "9": 2,
        }
    )


@pytest.mark.parametrize(
    "tables",
    [
        pytest.param({"groups": _hostile_frame(50)}, id="every kind, hostile cells"),
        pytest.param({"pairs": _hostile_frame(7), "claims": _hostile_frame(1)}, id="one row, several rows"),
        pytest.param({"groups": _hostile_frame(0)}, id="columns, no rows"),
        pytest.param({"groups": pd.DataFrame(index=range(3))}, id="rows, no columns"),
        pytest.param({name: pd.DataFrame() for name in TABLES}, id="every table empty"),
        pytest.param({"groups": pd.DataFrame({"t": pd.Series([None, None], dtype="str")})}, id="text all missing"),
        pytest.param({"groups": pd.DataFrame({"a": [1.0], "b": [[1, 2.5, None]]})}, id="a list cell: the old way"),
        pytest.param({"groups": pd.DataFrame({1: [1], "1": [2]})}, id="two columns of one key: the old way"),
        pytest.param({"groups": pd.DataFrame({"s": pd.Series(["a\ud800"], dtype=object)})}, id="lone surrogate"),
        pytest.param(
            {"parameters": {"window_days": 30, "nested": {"b": [1, {"z": None, "a": "é\n"}], "a": True}}},
            id="nested parameters",
        ),
    ],
)
@pytest.mark.parametrize("threads", [pytest.param(False, id="inline"), pytest.param(True, id="chunks-on-threads")])
def test_written_as_to_json_writes_it(tables, threads, monkeypatch):
    import discrepancy.parallel as parallel

    monkeypatch.setattr(jsonout, "CHUNK_ROWS", 3)  # rows cut across chunks
    monkeypatch.setattr(parallel, "PARALLEL_ROWS", 1 if threads else 10**9)  # a large table's chunks: two threads
    result = _comparison(**tables)
    text = result.to_json()
    assert text == _reference(result)
    # streamed to a file as it is made (what `compare --format json` writes): the same text in UTF-8, or the same
    # refusal for text UTF-8 cannot hold
    stream = io.BytesIO()
    try:
        expected = text.encode("utf-8")
    except UnicodeEncodeError:
        with pytest.raises(UnicodeEncodeError):
            result.write_json(stream)
    else:
        result.write_json(stream)
        assert stream.getvalue() == expected


def test_tables_not_built_are_left_out_as_to_json_leaves_them():
    result = _comparison(groups=_hostile_frame(4))
    result.pairs = result.claims = None
    assert '"pairs"' not in result.to_json()
    assert result.to_json() == _reference(result)


@pytest.mark.parametrize(
    "frame, error",
    [
        pytest.param(pd.DataFrame({"d": pd.to_datetime(["2015-01-01"])}), TypeError, id="a date column"),
        pytest.param(pd.DataFrame({"o": [pd.Timestamp("2015-01-01")]}, dtype=object), TypeError, id="a date cell"),
    ],
)
def test_what_to_json_refuses_is_refused_alike(frame, error):
    result = _comparison(groups=frame)
    with pytest.raises(error):
        _reference(result)
    with pytest.raises(error):
        result.to_json()


def test_nan_in_parameters_is_refused_as_json_dumps_refuses_it():
    with pytest.raises(ValueError):
        _comparison(parameters={"tolerance": float("nan")}).to_json()


def _random_floats(n: int) -> np.ndarray:
    rng = np.random.default_rng(7)
    short = rng.integers(1, 10**7, n) / 10.0 ** rng.integers(0, 8, n)
    return np.concatenate(
        [
            rng.integers(0, 2**63, n, dtype=np.int64).view(np.float64),  # any bit pattern
            rng.uniform(1, 10, n) * 10.0 ** rng.uniform(-6, 18, n),  # log-uniform, both sides of 1e-4 and 1e16
            -rng.lognormal(5, 4, n),
            rng.integers(1, 10**15, n).astype(float),
            short,
            np.nextafter(short, np.inf),
            np.nextafter(short, -np.inf),
            rng.integers(1, 10**7, n) / rng.integers(1, 10**7, n),
        ]
    )


def test_floats_are_written_as_repr_writes_them():
    """Arrow's digits where they are taken, Python's elsewhere: each float as records and json.dumps write it."""
    values = np.concatenate([_random_floats(25_000), HOSTILE_FLOATS])
    written = jsonout._floats(values).to_pylist()
    expected = ["null" if v != v else f'"{v}"' if v in (np.inf, -np.inf) else repr(v) for v in values.tolist()]
    assert written == expected


@pytest.mark.parametrize(
    "claims",
    [
        pytest.param(lambda: load_claims(default_claim_tables()), id="default data"),
        pytest.param(lambda: load_claims([DATA / "covid_excess_deaths_2020_2021.csv"]), id="covid"),
        pytest.param(
            lambda: claims_frame(
                {"claim_id": "low", "value_text": "around 30,000", "source": 'Agency "A"', "method": "a\\b"},
                {"claim_id": "high", "value_text": "at least 200,000", "source": "Ministère B", "notes": "x\ty"},
                {"claim_id": "mid", "value_text": "0", "source": "C", "source_type": "party_to_conflict"},
            ),
            id="small table, hostile text",
        ),
    ],
)
def test_real_comparisons_are_written_as_to_json_writes_them(claims, monkeypatch):
    import discrepancy.parallel as parallel

    result = compare(claims())
    assert result.to_json() == _reference(result)
    monkeypatch.setattr(jsonout, "CHUNK_ROWS", 5)
    assert result.to_json() == _reference(result)
    monkeypatch.setattr(parallel, "PARALLEL_ROWS", 1)  # the chunks made on two threads, written in order
    assert result.to_json() == _reference(result)


@pytest.mark.parametrize(
    "frame, bulk",
    [
        pytest.param(_hostile_frame(5), True, id="every kind the engine holds: in bulk"),
        pytest.param(pd.DataFrame({"a": [1.0], "b": [[1]]}), False, id="a list cell: the old way"),
        pytest.param(pd.DataFrame({"d": pd.to_datetime(["2015-01-01"])}), False, id="dates: the old way"),
        pytest.param(pd.DataFrame(index=range(2)), False, id="no columns: the old way"),
    ],
)
def test_known_kinds_are_written_in_bulk_and_the_others_the_old_way(frame, bulk):
    assert (jsonout._columns(frame) is not None) == bulk
