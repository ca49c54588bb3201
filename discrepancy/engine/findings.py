"""Plain sentences from the engine's tables, most severe first, numbers formatted for readers."""

from __future__ import annotations

import pandas as pd

from discrepancy.claims import readable
from discrepancy.claims.dates import date_span
from discrepancy.engine.frames import iter_rows
from discrepancy.engine.schema import columns
from discrepancy.errors import DateProblem

FINDING_COLUMNS = columns("findings")
_ORDER = {"extreme": 0, "major": 1, "minor": 2, "note": 3}


def _where(geography: str) -> str:
    return f" in {geography}" if isinstance(geography, str) and geography.strip() else ""


def _pair_dates(first: str, second: str) -> str:
    """What is true of the two claims a finding names: the days between their own dates (both full dates),
    or that they were made at different times (a partial date), or nothing when they share a date."""
    first, second = str(first or ""), str(second or "")
    if not first or not second or first == second:
        return ""
    if len(first) == len(second) == 10:
        try:
            gap = abs((date_span(second)[0] - date_span(first)[0]).days)
        except DateProblem:
            return ""
        return f" These two claims were made {gap:,} day{'s' if gap != 1 else ''} apart."
    return f" These two claims were made at different times ({first} and {second})."


def findings_table(
    groups: pd.DataFrame, lineage: pd.DataFrame, cross: pd.DataFrame, claims: pd.DataFrame, pairs: pd.DataFrame
) -> pd.DataFrame:
    rows = []
    reported = groups[(groups["n_sources"] >= 2) & (groups["severity"] != "consistent")]
    ruled_out = _ruled_out(pairs, reported["group_id"])
    for g in iter_rows(reported):
        text = (
            f"Estimates of {g.subject} {g.metric}{_where(g.geography)} differ {readable.ratio(g.spread_ratio)}: "
            f"{g.min_source}, {g.min_value_text} ({g.min_date}) vs {g.max_source}, {g.max_value_text} ({g.max_date})."
        )
        if g.definitions_differ:
            text += " The claims state different methods: definitions may differ."
        text += _pair_dates(g.min_date, g.max_date)
        if g.stale:
            text += f" The group's claims span {g.date_span_days:,} days: compare like with like."
        if g.group_id in ruled_out:
            count, first = ruled_out[g.group_id]
            text += f" A bound rules out {count} of the other claims ({first}{', ...' if count > 1 else ''})."
        if g.n_interested:
            text += f" {g.n_interested} claim{'s' if g.n_interested > 1 else ''} from a party to the conflict."
        rows.append({"severity": g.severity, "kind": "group", "group_id": g.group_id, "claim_ids": g.claim_ids,
                     "text": text, "_spread": g.log10_spread})  # fmt: skip
    rows.extend(_cross_unititer_rows(cross))
    seen = set()
    for r in iter_rows(lineage[lineage["kind"].isin(["attribution", "restated", "mismatch"])]):
        key = (r.kind, r.earlier_claim_id, r.later_source.casefold(), r.later_value_text.casefold())
        if key in seen:
            continue
        seen.add(key)
        if r.kind == "attribution":
            text = (
                f"{r.later_reported_by or 'A later report'} attributes {r.later_value_text} to {r.later_source} "
                f"({r.later_date}); the same figure was stated earlier by {r.earlier_source}: "
                f"{r.earlier_value_text} ({r.earlier_date})."
            )
        elif r.kind == "restated":
            text = (
                f"{readable.possessive(r.earlier_source)} {r.earlier_value_text} ({r.earlier_date}) was carried as "
                f"{r.later_value_text} by {r.later_reported_by or 'a later report'} ({r.later_date})."
            )
        else:
            text = (
                f"{r.earlier_source} gave {r.earlier_value_text} ({r.earlier_date}) and {r.later_value_text} "
                f"({r.later_date}) for {r.subject} {r.earlier_metric}: they cannot both hold."
            )
        rows.append({"severity": "note", "kind": f"lineage:{r.kind}", "group_id": "",
                     "claim_ids": f"{r.earlier_claim_id};{r.later_claim_id}", "text": text, "_spread": 0.0})  # fmt: skip
    if not rows:
        return pd.DataFrame(columns=FINDING_COLUMNS)
    out = pd.DataFrame(rows)
    out["_order"] = out["severity"].map(_ORDER)
    out = out.sort_values(
        ["_order", "_spread", "kind", "claim_ids"], ascending=[True, False, True, True], kind="stable"
    )
    out["rank"] = range(1, len(out) + 1)
    return out[FINDING_COLUMNS].reset_index(drop=True)


def _ruled_out(pairs: pd.DataFrame, group_ids: pd.Series) -> dict:
    """group_id -> (how many pairs a bound contradicts, the first such note)."""
    if pairs.empty:
        return {}
    bad = pairs[pairs["bound_contradiction"] & pairs["group_id"].isin(group_ids)]
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
