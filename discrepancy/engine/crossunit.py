"""Cross-unit checks: set a share of a country beside an area in km2, and "N of M" beside a count.

Uses a cited reference table (data/reference/geography.csv: geography, quantity, value, unit, source,
url, as_of, notes) to express "40% of Iraq's territory" in km2, so that it can be set beside IHS's
total for Iraq and Syria, and flags the pairs that cannot both be true (a part larger than the
whole; shares of every country of an area that add up far from the area's figure). Claims are taken
as territory shares when their unit is percent and their metric speaks of territory (not of territory
lost); as areas when their unit is km2 and their metric speaks of territory.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from discrepancy.claims.readable import possessive
from discrepancy.claims.text import fold_text, fold_unit
from discrepancy.engine.schema import columns

CROSS_COLUMNS = columns("cross_unit")
PART_OVER_WHOLE = 1.0  # a part may not exceed the whole
SET_RATIO = 1.25  # the shares of all an area's countries, against the area: beyond this, they disagree


#: the claim columns the checks read
_READ = ("claim_id", "metric", "geography", "unit", "value_text", "source", "claim_date", "date", "point", "lo", "hi",
         "qualifier", "denominator")  # fmt: skip


def _stated(claim) -> str:
    """A claim's area as a sentence can carry it: "82,940 km2", "about 78,000 km2" (its words may not read
    after "the": "to 78,000 km2")."""
    about = "about " if claim.get("qualifier") in ("approx", "range") else ""
    return f"{about}{claim['point']:,.0f} km2"


def _countries(geography: str) -> list[str]:
    return [p.strip() for p in re.split(r",| and |\+|&|/", geography.casefold()) if p.strip()]


def cross_unit_checks(c: pd.DataFrame, ref: pd.DataFrame, max_days: int | None = 365) -> pd.DataFrame:
    """Rows of the cross-unit table. Claims further apart than ``max_days`` are not set side by side
    (territory changes); denominators are checked against the reference whatever the date."""
    rows: list[dict] = []
    if ref.empty:
        return pd.DataFrame(columns=CROSS_COLUMNS)
    # the columns read here, and rows as plain records (a row of a wide frame as a Series cost a millisecond)
    num = c.loc[c["has_numbers"], [k for k in _READ if k in c.columns]]
    metric = fold_text(num["metric"])
    unit = fold_unit(num["unit"])
    geo = fold_text(num["geography"])
    territory = metric.str.contains("territor", regex=False) & ~metric.str.contains("lost", regex=False)
    areas = ref[ref["quantity"].str.casefold() == "area"].drop_duplicates("key").set_index("key")
    shares = num[territory & (unit == "percent") & geo.isin(areas.index) & num["point"].notna()].copy()
    # each text folded once, not once per whole and part (on a small table the folds were most of the time),
    # and each reference row a record looked up by key
    shares["_geo"] = geo.loc[shares.index]
    shares["_src"] = fold_text(shares["source"])
    area_of_key = areas.to_dict("index")
    area_of = areas.loc[shares["_geo"], "value"].to_numpy() if len(shares) else np.array([])
    shares["km2"] = shares["point"] / 100 * area_of
    shares["km2_lo"] = shares["lo"].clip(lower=0) / 100 * area_of
    wholes = num[territory & (unit == "km2")]
    share_rows = shares.to_dict("records")  # read once, filtered for each whole in Python (few rows, many wholes)
    for whole in wholes.to_dict("records"):
        countries = _countries(whole.get("geography", "") or "")
        if not countries or not all(k in areas.index for k in countries):
            continue
        parts = [p for p in share_rows if p["_geo"] in countries]
        if max_days is not None:  # days apart as whole days; an undated claim is not set beside any
            parts = [p for p in parts if abs(p["date"] - whole["date"]).days <= max_days]
        for part in parts:
            area = area_of_key[part["_geo"]]
            bad = bool(part["km2_lo"] > whole["hi"] * PART_OVER_WHOLE)
            note = (
                f"{possessive(part['source'])} {part['value_text']} ({part['claim_date']}) is about {part['km2']:,.0f} km2 of"
                f" {part['geography']}'s {area['value']:,.0f} km2 ({area['source']}): {'more than' if bad else 'within'}"
                f" the area {whole['source']} gives for {whole['geography']} ({_stated(whole)}, {whole['claim_date']})"
            )
            rows.append(
                _row("part of area", part, whole, part["km2"], part["km2"] / whole["point"], area["source"], bad, note)
            )
        # the shares of every country of the area, from one document (source and claim date; undated: none)
        docs: dict[str, list[dict]] = {}
        for p in parts:
            if isinstance(p["claim_date"], str):
                docs.setdefault(p["_src"] + "|" + p["claim_date"], []).append(p)
        for key in sorted(docs):
            doc = docs[key]
            if {p["_geo"] for p in doc} != set(countries) or len(doc) != len(countries):
                continue
            total = float(np.array([p["km2"] for p in doc], dtype=float).sum())  # as a column's sum adds them
            ratio = total / whole["point"]
            bad = not (1 / SET_RATIO <= ratio <= SET_RATIO)
            first = doc[0]
            note = (
                f"{possessive(first['source'])} {' and '.join(p['value_text'] for p in doc)} ({first['claim_date']})"
                f" add up to about {total:,.0f} km2, {ratio:.1f} times the area {whole['source']} gives for"
                f" {whole['geography']} ({_stated(whole)}, {whole['claim_date']})"
            )
            sources = "; ".join(sorted({area_of_key[p["_geo"]]["source"] for p in doc}))
            claim_ids = ";".join(p["claim_id"] for p in doc)
            rows.append(_row("shares of area", first, whole, total, ratio, sources, bad, note, claim_ids))
    provinces = ref[ref["quantity"].str.casefold() == "provinces"].drop_duplicates("key").set_index("key")
    counted = num[num["denominator"].notna() & geo.isin(provinces.index)]
    province_of_key = provinces.to_dict("index")
    for claim, key in zip(counted.to_dict("records"), geo.loc[counted.index]):
        known = province_of_key[key]
        bad = bool(claim["denominator"] != known["value"])
        rows.append({
            "check": "denominator", "verdict": "contradicts" if bad else "consistent", "claim_id": claim["claim_id"],
            "geography": claim["geography"], "value_text": claim["value_text"], "as_km2": np.nan,
            "compared_claim_id": "", "compared_geography": claim["geography"],
            "compared_value_text": f"{known['value']:,.0f} {known['unit']}", "compared_value": float(known["value"]),
            "ratio": claim["denominator"] / known["value"], "reference_source": known["source"],
            "note": f"{possessive(claim['source'])} {claim['value_text']} counts {claim['denominator']:,.0f}"
                    f" {known['quantity']}; {known['source']} lists {known['value']:,.0f}",
        })  # fmt: skip
    out = pd.DataFrame(rows, columns=CROSS_COLUMNS)
    return out.sort_values(["verdict", "check", "claim_id", "compared_claim_id"], kind="stable").reset_index(drop=True)


def _row(check, part, whole, km2, ratio, reference_source, bad, note, claim_ids=None) -> dict:
    return {
        "check": check,
        "verdict": "contradicts" if bad else "consistent",
        "claim_id": claim_ids or part["claim_id"],
        "geography": part["geography"],
        "value_text": part["value_text"],
        "as_km2": float(km2),
        "compared_claim_id": whole["claim_id"],
        "compared_geography": whole["geography"],
        "compared_value_text": whole["value_text"],
        "compared_value": float(whole["point"]),
        "ratio": float(ratio),
        "reference_source": reference_source,
        "note": note,
    }
