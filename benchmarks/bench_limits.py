"""The bounds of issue 10, measured: one group of 20,000 claims through compare (time and peak memory), and
20,000 rows sharing one claim_id through validate. Tables are synthetic (SYNTHETIC: no row is a real claim).

Targets: the group compares within 30 s and 2 GiB; the duplicate ids validate within 5 s.
Each measurement runs in a fresh process, so its peak memory is its own.
Run: make bench (or python benchmarks/bench_limits.py).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from common import DATA, record

GROUP = """
import json, resource, sys, time
import numpy as np, pandas as pd
from discrepancy import compare
from discrepancy.claims.normalize import normalize_claims
n = 20_000
rng = np.random.default_rng(0)
frame = pd.DataFrame({
    "claim_id": [f"synthetic-{i}" for i in range(n)], "subject": "Synthetic subject", "metric": "members",
    "geography": "", "unit": "people", "value_text": [f"around {int(x):,}" for x in rng.integers(1_000, 100_000, n)],
    "source": [f"Synthetic source {i % 500}" for i in range(n)], "source_type": "",
    "reported_by": [f"Synthetic outlet {i % 300}" for i in range(n)], "claim_date": "2015", "as_of": "",
    "method": "", "url": "", "quote": "", "notes": "SYNTHETIC: generated for benchmarks"}).astype("str")
frame["input_file"] = "synthetic.csv"
frame["input_row"] = range(2, n + 2)
claims = normalize_claims(frame)
start = time.perf_counter()
result = compare(claims)
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "pairs": len(result.pairs), "lineage": len(result.lineage),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

DUPLICATES = """
import json, resource, sys, time
from discrepancy import validate_claims
start = time.perf_counter()
problems = validate_claims(sys.argv[1])
print(json.dumps({"seconds": time.perf_counter() - start, "problems": len(problems),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _run(code: str, *args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> dict:
    group = _run(GROUP)
    DATA.mkdir(exist_ok=True)
    dups = Path(DATA) / "synthetic_duplicate_ids_20000.csv"
    dups.write_text("claim_id,subject,metric,value_text,source,claim_date,notes\n"
                    + "synthetic-same,Synthetic subject,members,1,Synthetic source,2015,SYNTHETIC\n" * 20_000)  # fmt: skip
    dup = _run(DUPLICATES, str(dups))
    figures = {
        "group_claims": 20_000,
        "group_compare_s": round(group["seconds"], 2),
        "group_peak_mb": round(group["peak_mb"]),
        "group_pairs_listed": group["pairs"],
        "group_lineage_rows": group["lineage"],
        "target_group_s": 30,
        "target_group_mb": 2048,
        "duplicate_rows": 20_000,
        "duplicates_validate_s": round(dup["seconds"], 2),
        "duplicates_problems": dup["problems"],
        "target_duplicates_s": 5,
    }
    figures["targets_met"] = (
        figures["group_compare_s"] <= 30 and figures["group_peak_mb"] <= 2048 and figures["duplicates_validate_s"] <= 5
    )
    record("limits", figures)
    return figures


if __name__ == "__main__":
    main()
