"""Plain sentences from the engine's tables, most severe first, numbers formatted for readers."""

from __future__ import annotations

import functools
from datetime import date

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from discrepancy.claims import readable
from discrepancy.claims.dates import date_span
from discrepancy.engine.schema import columns
from discrepancy.errors import DateProblem

FINDING_COLUMNS = columns("findings")
_ORDER = {"extreme": 0, "major": 1, "minor": 2, "note": 3}


def _where(geography: str) -> str:
    return f" in {geography}" if isinstance(geography, str) and geography.strip() else ""


@functools.lru_cache(maxsize=65_536)
def _first_day(text: str) -> date | None:
    """The first day of a partial date, None when it does not read (each text read once)."""
    try:
        return date_span(text)[0]
    except DateProblem:
        return None


def _pair_dates(first: str, second: str) -> str:
    """What is true of the two claims a finding names: the days between their own dates (both full dates),
    or that they were made at different times (a partial date), or nothing when they share a date."""
    first, second = str(first or ""), str(second or "")
    if not first or not second or first == second:
        return ""
    if len(first) == len(second) == 10:
        start, end = _first_day(first), _first_day(second)
        if start is None or end is None:
            return ""
        gap = abs((end - start).days)
        return f" These two claims were made {gap:,} day{'s' if gap != 1 else ''} apart."
    return f" These two claims were made at different times ({first} and {second})."


def findings_table(
    groups: pd.DataFrame, lineage: pd.DataFrame, cross: pd.DataFrame, claims: pd.DataFrame, pairs: pd.DataFrame
) -> pd.DataFrame:
    """One finding per reported group (two sources or more, not consistent), per contradicted share and per
    attribution, restatement or mismatch in the lineage; most severe first, then widest spread."""
    reported = groups[(groups["n_sources"] >= 2) & (groups["severity"] != "consistent")]
    parts = [_group_rows(reported, _ruled_out(pairs, reported["group_id"])), _rows(_cross_unititer_rows(cross)),
             _lineage_rows(lineage)]  # fmt: skip
    if not sum(len(p["text"]) for p in parts):
        return pd.DataFrame(columns=FINDING_COLUMNS)
    out = pd.DataFrame({k: np.concatenate([p[k] for p in parts]) for k in _ROW_KEYS})
    out["_spread"] = out["_spread"].astype(float)
    out["_order"] = out["severity"].map(_ORDER)
    out = out.sort_values(
        ["_order", "_spread", "kind", "claim_ids"], ascending=[True, False, True, True], kind="stable"
    )
    out["rank"] = range(1, len(out) + 1)
    return out[FINDING_COLUMNS].reset_index(drop=True)


_ROW_KEYS = ("severity", "kind", "group_id", "claim_ids", "text", "_spread")


def _rows(rows: list[dict]) -> dict:
    """Findings given as dicts, as one object array per key."""
    return {k: _objects([r[k] for r in rows]) for k in _ROW_KEYS}


def _objects(values) -> np.ndarray:
    """A sequence as a 1-d object array (strings stay Python strings)."""
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def _text(frame: pd.DataFrame, name: str) -> np.ndarray:
    """A column as an object array of the text an f-string writes for each cell."""
    return _objects([v if type(v) is str else f"{v}" for v in frame[name].to_numpy(dtype=object).tolist()])


def _group_rows(reported: pd.DataFrame, ruled_out: dict) -> dict:
    """One finding per reported group: the spread between its lowest and highest claims, then what else
    holds (stated methods differ, the claims' dates, staleness, bounds that rule claims out, interested
    parties)."""
    g = {name: _text(reported, name) for name in ("subject", "metric", "min_source", "min_value_text", "min_date",
                                                   "max_source", "max_value_text", "max_date")}  # fmt: skip
    where = _objects([_where(x) for x in reported["geography"].to_numpy(dtype=object).tolist()])
    ratio = _objects([readable.ratio(x) for x in reported["spread_ratio"].to_numpy(dtype=object).tolist()])
    text = (
        "Estimates of " + g["subject"] + " " + g["metric"] + where + " differ " + ratio + ": " + g["min_source"]
        + ", " + g["min_value_text"] + " (" + g["min_date"] + ") vs " + g["max_source"] + ", "
        + g["max_value_text"] + " (" + g["max_date"] + ")."
    )  # fmt: skip
    extra = np.full(len(reported), "", dtype=object)
    differ = np.array([bool(x) for x in reported["definitions_differ"].to_numpy(dtype=object)], dtype=bool)
    extra[differ] = " The claims state different methods: definitions may differ."
    min_dates = reported["min_date"].to_numpy(dtype=object).tolist()
    max_dates = reported["max_date"].to_numpy(dtype=object).tolist()
    extra += _objects([_pair_dates(a, b) for a, b in zip(min_dates, max_dates)])
    stale = np.flatnonzero([bool(x) for x in reported["stale"].to_numpy(dtype=object)])
    spans = reported["date_span_days"].to_numpy(dtype=object)[stale].tolist()
    extra[stale] += _objects([f" The group's claims span {d:,} days: compare like with like." for d in spans])
    ids = reported["group_id"].to_numpy(dtype=object)
    ruled = np.flatnonzero([gid in ruled_out for gid in ids.tolist()])
    extra[ruled] += _objects(
        [f" A bound rules out {n} of the other claims ({f}{', ...' if n > 1 else ''})."
         for n, f in (ruled_out[gid] for gid in ids[ruled].tolist())]
    )  # fmt: skip
    interested = reported["n_interested"].to_numpy(dtype=object)
    party = np.flatnonzero([bool(x) for x in interested.tolist()])
    extra[party] += _objects(
        [f" {n} claim{'s' if n > 1 else ''} from a party to the conflict." for n in interested[party].tolist()]
    )
    n = len(reported)
    return {"severity": reported["severity"].to_numpy(dtype=object), "kind": np.full(n, "group", dtype=object),
            "group_id": ids, "claim_ids": reported["claim_ids"].to_numpy(dtype=object), "text": text + extra,
            "_spread": reported["log10_spread"].to_numpy(dtype=object)}  # fmt: skip


def _lineage_rows(lineage: pd.DataFrame) -> dict:
    """One note per attribution, restatement or mismatch in the lineage, the first of those that share the
    kind, the earlier claim and the later source and value (casefolded)."""
    links = lineage[lineage["kind"].isin(["attribution", "restated", "mismatch"])]
    r = {name: _text(links, name) for name in links.columns}
    key = pd.DataFrame({"kind": r["kind"], "earlier": r["earlier_claim_id"],
                        "source": [x.casefold() for x in r["later_source"].tolist()],
                        "value": [x.casefold() for x in r["later_value_text"].tolist()]})  # fmt: skip
    keep = ~key.duplicated().to_numpy()
    r = {name: values[keep] for name, values in r.items()}
    kind = r["kind"]
    text = np.empty(len(kind), dtype=object)
    at = kind == "attribution"
    later_by = np.where(r["later_reported_by"][at] != "", r["later_reported_by"][at], "A later report")
    text[at] = (
        later_by + " attributes " + r["later_value_text"][at] + " to " + r["later_source"][at] + " ("
        + r["later_date"][at] + "); the same figure was stated earlier by " + r["earlier_source"][at] + ": "
        + r["earlier_value_text"][at] + " (" + r["earlier_date"][at] + ")."
    )  # fmt: skip
    at = kind == "restated"
    later_by = np.where(r["later_reported_by"][at] != "", r["later_reported_by"][at], "a later report")
    whose = _objects([readable.possessive(x) for x in r["earlier_source"][at].tolist()])
    text[at] = (
        whose + " " + r["earlier_value_text"][at] + " (" + r["earlier_date"][at] + ") was carried as "
        + r["later_value_text"][at] + " by " + later_by + " (" + r["later_date"][at] + ")."
    )  # fmt: skip
    at = kind == "mismatch"
    text[at] = (
        r["earlier_source"][at] + " gave " + r["earlier_value_text"][at] + " (" + r["earlier_date"][at] + ") and "
        + r["later_value_text"][at] + " (" + r["later_date"][at] + ") for " + r["subject"][at] + " "
        + r["earlier_metric"][at] + ": they cannot both hold."
    )  # fmt: skip
    n = len(kind)
    return {"severity": np.full(n, "note", dtype=object), "kind": "lineage:" + kind.astype(object),
            "group_id": np.full(n, "", dtype=object),
            "claim_ids": r["earlier_claim_id"] + ";" + r["later_claim_id"], "text": text,
            "_spread": np.zeros(n, dtype=object)}  # fmt: skip


def _ruled_out(pairs: pd.DataFrame, group_ids: pd.Series) -> dict:
    """group_id -> (how many pairs a bound contradicts, the first such note)."""
    if pairs.empty:
        return {}
    bad = pairs.loc[pairs["bound_contradiction"].to_numpy(dtype=bool), ["group_id", "note"]]
    bad = bad[
        pc.is_in(pa.array(bad["group_id"], from_pandas=True), pa.array(group_ids, from_pandas=True)).to_numpy(False)
    ]
    g = bad.groupby("group_id", sort=False)["note"]
    return {k: (n, f) for k, n, f in zip(g.size().index, g.size().to_numpy(), g.first().to_numpy())}


def _cross_unititer_rows(cross: pd.DataFrame) -> list[dict]:
    """One finding per stated share (or set of shares) that contradicts an area: the first such
    comparison spelled out, the others it contradicts counted."""
    bad = cross[cross["verdict"] == "contradicts"]
    rows = []
    for _, block in bad.groupby(["check", "geography", "value_text"], sort=True):
        first = block.iloc[0]
        others = block["compared_claim_id"].nunique() - 1
        more = f" (and {others} other figure{'s' if others > 1 else ''} for the same area)" if others > 0 else ""
        rows.append({"severity": "major", "kind": "cross_unit", "group_id": "",
                     "claim_ids": ";".join(sorted(set(";".join(block["claim_id"]).split(";")) | set(block["compared_claim_id"]) - {""})),
                     "text": f"Cannot both be true: {first.note}{more}.", "_spread": float(abs(first.ratio))})  # fmt: skip
    return rows
