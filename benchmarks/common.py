"""Helpers shared by the benchmarks: timing, synthetic tables on disk, writing results."""

from __future__ import annotations

import hashlib
import json
import os
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"  # generated synthetic tables (git-ignored)
RESULTS = HERE / "results"
sys.path.insert(0, str(HERE))


def best_of(fn, repeat: int = 3) -> float:
    """Best wall time of ``repeat`` calls, in seconds (the least disturbed by the machine)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


#: the commands of this Python's environment (discrepancy, papermill, jupyter)
BIN = Path(sys.executable).parent


def run_quietly(*commands: list[str]) -> None:
    """Run each command in turn, each a fresh process as a user's shell starts it, its output discarded (a failure
    raises)."""
    for command in commands:
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def best_of_alternating(fns, repeat: int = 5) -> list[float]:
    """Best wall time of each of ``fns``, called in turn ``repeat`` times: a ratio of two of them then compares
    runs made minutes apart at most, not one block of runs against another (this machine's speed drifts by a
    quarter within minutes)."""
    best = [float("inf")] * len(fns)
    for _ in range(repeat):
        for k, fn in enumerate(fns):
            start = time.perf_counter()
            fn()
            best[k] = min(best[k], time.perf_counter() - start)
    return best


def synthetic_csv(n_claims: int, n_groups: int, seed: int = 0) -> Path:
    """A synthetic claim table written once to benchmarks/data/ and reused."""
    from synthetic import claim_table

    DATA.mkdir(exist_ok=True)
    generator = hashlib.sha256((HERE / "synthetic.py").read_bytes()).hexdigest()[:8]  # a new generator, a new file
    path = DATA / f"synthetic_claims_{n_claims}_{n_groups}_{seed}_{generator}.csv"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        claim_table(n_claims, n_groups, seed).to_csv(tmp, index=False)
        tmp.replace(path)
    return path


def record(name: str, figures: dict) -> Path:
    """Write the figures with the machine they were measured on to benchmarks/results/NAME.json, and print them."""
    import pandas

    RESULTS.mkdir(exist_ok=True)
    payload = {
        "benchmark": name,
        "measured_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%MZ"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "pandas": pandas.__version__},
        **figures,
    }
    out = RESULTS / f"{name}.json"
    out.write_text(json.dumps(payload, indent=1) + "\n")
    width = max(len(k) for k in figures) + 2
    for k, v in figures.items():
        print(f"{k:{width}} {v}")
    print(f"recorded in {out}")
    return out
