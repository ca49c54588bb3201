"""The column declaration is the one source of the validation and the docs."""

from __future__ import annotations

import re

import pytest

from discrepancy.claims import schema
from discrepancy.claims.validate import claim_schema
from tests.helpers import ROOT


def test_data_readme_column_table_is_generated_from_the_declaration():
    text = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- columns:start[^>]*-->\n(.*?)<!-- columns:end -->", text, re.S)
    assert block, "data/README.md lost its generated column table markers"
    assert block.group(1) == schema.markdown_table()


def test_every_contract_column_is_declared_once():
    contract = ROOT.parent / "shared" / "claims-schema.md"
    if not contract.exists():
        pytest.skip("shared/claims-schema.md is not beside the checkout")
    rows = re.findall(r"^\| ([a-z_, ]+) \| (yes|no)", contract.read_text(encoding="utf-8"), re.M)
    names = {n.strip() for cell, _ in rows for n in cell.split(",")}
    assert names == set(schema.COLUMN_NAMES)


@pytest.mark.parametrize("column", schema.COLUMNS, ids=lambda c: c.name)
def test_validation_schema_follows_the_declaration(column):
    pandera_column = claim_schema().columns[column.name]
    assert pandera_column.required == (column.is_required and column.name != "value_text")
    assert pandera_column.unique == column.unique
