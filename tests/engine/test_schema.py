"""Every table of a comparison has exactly the columns engine/schema.py declares, in that order."""

from __future__ import annotations

import json

import pytest

from discrepancy import compare, load_claims
from discrepancy.engine.schema import OUTPUT_TABLES, columns
from tests.helpers import DATA, ROOT

TABLES = [
    pytest.param(ROOT / "data" / "claims" / "islamic_state_2014_2016.csv", id="default data"),
    pytest.param(DATA / "covid_excess_deaths_2020_2021.csv", id="covid excess deaths"),
]


@pytest.mark.parametrize("table", TABLES)
def test_every_output_table_has_its_declared_columns(table):
    result = compare(load_claims(table))
    for name in OUTPUT_TABLES:
        frame = getattr(result, name)
        assert list(frame.columns) == columns(name), name
    data = json.loads(result.to_json())
    for name in OUTPUT_TABLES:
        rows = data[name]
        if rows:
            assert sorted(rows[0]) == sorted(columns(name)), name  # JSON keys are sorted


def test_every_declared_column_says_what_it_holds():
    for name, declared in OUTPUT_TABLES.items():
        names = [c for c, _ in declared]
        assert len(names) == len(set(names)), name
        assert all(meaning.strip() for _, meaning in declared), name
