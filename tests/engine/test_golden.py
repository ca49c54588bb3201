"""The engine's output, byte for byte, on SYNTHETIC random claim tables: the SHA-256 of compare's JSON and CSV
for 40 seeded tables, with and without a window, recorded in tests/data/golden/compare-digests.json.

The tables mix every kind of value text (tests/data/value_phrases.csv), spellings of one key that fold together,
dates that do and do not read, sources that are parties, methods and bounds: pairs, lineage, findings and every
explanation kind appear (cross-unit checks do not: the default data's tests hold those). The digests were
recorded with the engine as it was before it was made column-wise (commit d655af5), so they also show that
the speed work changed no byte. They were recorded again on 2026-12-05: on a machine without AVX-512 the first
digests failed at the very commit that recorded them, because ``np.log10`` takes Intel's SVML there and the C
library here; the engine's logarithms are now the C library's on every machine (discrepancy/logscale.py). A change to the engine that changes a byte of its output fails here. When the change is meant
(a bug fixed), run ``python -m tests.engine.test_golden`` to record the new digests, and say why in the commit.
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
from pathlib import Path

import pandas as pd
import pytest

from discrepancy import compare
from discrepancy.claims.normalize import normalize_claims
from discrepancy.output import csv_text
from tests.helpers import DATA

DIGESTS = DATA / "golden" / "compare-digests.json"
TABLES = 40
#: the corpus's phrases when the digests were recorded: a phrase added to the corpus later would move every draw of
#: every table (and change every digest with no change to the engine); a change to how a phrase reads still shows
RECORDED_PHRASES = 875
HEADER = ["claim_id", "subject", "metric", "geography", "value_text", "unit", "source", "source_type",
          "reported_by", "claim_date", "as_of", "method", "url", "quote", "notes"]  # fmt: skip


def synthetic_table(seed: int) -> pd.DataFrame:
    """A SYNTHETIC claim table of 2 to 70 rows drawn with ``seed``."""
    rows = csv.DictReader((DATA / "value_phrases.csv").open(encoding="utf-8"))
    phrases = [r["value_text"] for r in rows][:RECORDED_PHRASES]
    phrases += ["around 30,000", "at least 200,000", "up to 5,000", "between 10 and 20", "1,000", "25 of 34", "40%",
                "half", "", "n/a", "-5", "0", "1e6"]  # fmt: skip
    choices = {
        "subject": ["Islamic State", " islamic  state", "ISIS", "Ça va", "Taliban", "S\u00a0X"],
        "metric": ["members", "Members ", "fighters", "deaths", "civilian deaths", "territory share"],
        "unit": ["people", "%", "per cent", "km2", "", "persons"],
    }
    rng = random.Random(seed)
    rows = []
    for i in range(rng.randint(2, 70)):
        pick = {k: rng.choice(v[: rng.randint(1, len(v))]) for k, v in choices.items()}
        rows.append([f"c{seed}-{i:03d}", pick["subject"], pick["metric"],
                     rng.choice(["", "Iraq", " iraq", "Syria", "Iraq and Syria"]), rng.choice(phrases), pick["unit"],
                     rng.choice(["CIA", "cia ", "Iraqi authorities", "FSB", "UN", "Ministry\tof X", "Z"]),
                     rng.choice(["government", "intelligence", "party_to_conflict", "media", "", "ngo"]),
                     rng.choice(["TASS", "CNN", "", "AFP; Reuters"]),
                     rng.choice(["2014", "2014-08", "2015-10-22", "2015-09-29", "2016-07", "", "2015-13-01",
                                 "2013-01-05", "2015-10-22"]),
                     rng.choice(["", "", "2015-06", "2014"]),
                     rng.choice(["", "", "survey", "count of bodies", "civilian only estimate"]), "",
                     rng.choice(["", 'q "x"', "=1+1"]), rng.choice(["", "note, with comma"])])  # fmt: skip
    frame = pd.DataFrame(rows, columns=HEADER).astype("str")
    frame["input_file"] = "synthetic.csv"
    frame["input_row"] = range(2, 2 + len(frame))
    return normalize_claims(frame)


def digests(seed: int) -> dict[str, str]:
    """SHA-256 of the JSON and of the claims, groups and findings CSV, with no window and with a 60-day one."""
    claims = synthetic_table(seed)
    out = {}
    for window in (None, 60):
        r = compare(claims, window, exclude_interested=window is not None)
        text = r.to_json() + csv_text(r.claims) + csv_text(r.groups) + csv_text(r.findings)
        out[f"{seed}-{window}"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return out


@pytest.mark.parametrize("seed", [pytest.param(s, id=f"table-{s:02d}") for s in range(TABLES)])
def test_compare_output_is_byte_for_byte_as_recorded(seed):
    recorded = json.loads(DIGESTS.read_text(encoding="utf-8"))
    assert digests(seed) == {k: v for k, v in recorded.items() if k.startswith(f"{seed}-")}


@pytest.mark.parametrize("seed", [pytest.param(s, id=f"table-{s:02d}") for s in range(0, TABLES, 4)])
def test_the_same_bytes_when_a_second_thread_builds_tables(monkeypatch, seed):
    """A large table's steps run side by side on two threads (discrepancy.parallel); these small tables are made
    to take that path, and give the bytes recorded."""
    import discrepancy.parallel

    monkeypatch.setattr(discrepancy.parallel, "PARALLEL_ROWS", 0)
    recorded = json.loads(DIGESTS.read_text(encoding="utf-8"))
    assert digests(seed) == {k: v for k, v in recorded.items() if k.startswith(f"{seed}-")}


def _record() -> Path:
    found = {}
    for seed in range(TABLES):
        found.update(digests(seed))
    DIGESTS.write_text(json.dumps(found, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return DIGESTS


if __name__ == "__main__":
    print(f"recorded {_record()}")
