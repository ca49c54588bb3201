"""Shared test helpers: writing small claim tables and hashing files."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest

HEADER = ["claim_id", "subject", "metric", "value_text", "source", "claim_date"]


def write_csv(path: Path, rows: list[list[str]], header: list[str] | None = None) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header or HEADER)
        w.writerows(rows)
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def good_rows() -> list[list[str]]:
    return [
        ["a", "Islamic State", "members", "around 30,000", "US Central Intelligence Agency", "2015-10-22"],
        ["b", "Islamic State", "members", "around 200,000", "Iraqi authorities", "2015-10-22"],
    ]


@pytest.fixture
def good_csv(tmp_path, good_rows) -> Path:
    return write_csv(tmp_path / "claims.csv", good_rows)
