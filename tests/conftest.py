"""Fixtures shared by every test folder; plain helpers live in tests/helpers.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import write_csv


@pytest.fixture
def good_rows() -> list[list[str]]:
    return [
        ["a", "Islamic State", "members", "around 30,000", "US Central Intelligence Agency", "2015-10-22"],
        ["b", "Islamic State", "members", "around 200,000", "Iraqi authorities", "2015-10-22"],
    ]


@pytest.fixture
def good_csv(tmp_path, good_rows) -> Path:
    return write_csv(tmp_path / "claims.csv", good_rows)
