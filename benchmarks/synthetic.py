"""Synthetic claim tables for benchmarks and tests. SYNTHETIC: no row is a real claim.

Every generated row says so: claim ids start with ``synthetic-``, sources are "Synthetic source N" and
notes read "SYNTHETIC: generated for benchmarks". Values are written in the forms analysts meet
(grouped digits, qualifiers, ranges, scale words, percents, fractions, vague amounts), with random
numbers, so most texts are distinct, as in real tables.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

SYNTHETIC_NOTE = "SYNTHETIC: generated for benchmarks"
TEMPLATES = [
    lambda n, m, r: f"around {n:,}",
    lambda n, m, r: f"{n:,}",
    lambda n, m, r: f"between {n:,} and {m:,}",
    lambda n, m, r: f"more than {n:,}",
    lambda n, m, r: f"up to {n:,}",
    lambda n, m, r: f"{n / 1e6:.1f} million",
    lambda n, m, r: f"{r}%",
    lambda n, m, r: f"{r} out of {r + 40}",
    lambda n, m, r: f"nearly {n:,} fighters",
    lambda n, m, r: f"{n:,}\u2013{m:,}",
    lambda n, m, r: f"{n // 1000}k",
    lambda n, m, r: "tens of thousands",
]
PERCENT = 6  # the template of a share: f"{r}%"


def claim_table(n_claims: int, n_groups: int, seed: int = 0) -> pd.DataFrame:
    """A synthetic claim table of ``n_claims`` rows spread over ``n_groups`` comparable groups."""
    rng = np.random.default_rng(seed)
    group = rng.integers(0, n_groups, n_claims)
    base = rng.integers(1_000, 5_000_000, n_groups)[group]
    n = (base * rng.lognormal(0, 0.6, n_claims)).astype(np.int64) + 1
    m = n + (n * rng.uniform(0.05, 0.8, n_claims)).astype(np.int64) + 1
    r = rng.integers(1, 60, n_claims)
    # a twelfth of the groups measure a share, in percent (a group's claims share its unit, as real ones do: a
    # percent under unit "people" is a contradiction the loader sends to review); the others' texts are the rest
    kind = rng.integers(0, len(TEMPLATES) - 1, n_claims)
    kind = np.where(kind >= PERCENT, kind + 1, kind)
    share = group % len(TEMPLATES) == PERCENT
    kind = np.where(share, PERCENT, kind)
    texts = [TEMPLATES[k](int(a), int(b), int(c)) for k, a, b, c in zip(kind, n, m, r)]
    source = rng.integers(0, 500, n_claims)
    days = rng.integers(0, 3 * 365, n_claims)
    dates = (np.datetime64("2014-01-01") + days.astype("timedelta64[D]")).astype(str)
    return pd.DataFrame(
        {
            "claim_id": [f"synthetic-{i}" for i in range(n_claims)],
            "subject": [f"Synthetic subject {g // 3}" for g in group],  # a subject has a few measures
            "metric": [("members", "fighters", "territory")[g % 3] for g in group],
            "geography": [f"Region {g % 13}" for g in group],
            "value_text": texts,
            "unit": np.where(share, "percent", "people"),
            "source": [f"Synthetic source {s}" for s in source],
            "source_type": np.array(["government", "media", "ngo", "intelligence", "party_to_conflict"])[source % 5],
            "reported_by": "Synthetic outlet",
            "claim_date": dates,
            "url": [
                f"https://example.invalid/synthetic/{g % 997}/claims-reported-on-{d}" for g, d in zip(group, dates)
            ],
            "quote": [
                f"Synthetic quote: officials of source {s} said the figure stands at {t}, per the outlet"
                for s, t in zip(source, texts)
            ],
            "notes": SYNTHETIC_NOTE + "; rows are as wide as the real table's (about 380 bytes)",
        }
    )
