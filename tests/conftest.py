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

    from discrepancy.normalize import normalize_claims

    full = [{**CLAIM_DEFAULTS, "reported_by": f"Outlet {i}", **r} for i, r in enumerate(rows)]
    frame = pd.DataFrame(full).astype("str")
    frame["input_file"] = "test.csv"
    frame["input_row"] = range(2, 2 + len(frame))
    return normalize_claims(frame)
