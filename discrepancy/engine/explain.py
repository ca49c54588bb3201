"""Why claims may differ: for each group with a major or extreme spread, the differences between its claims
that could explain the spread, read from what the table holds. Each is a candidate, with the claims it
concerns, never a verdict; a group where nothing in the table explains the spread says so.

Kinds, in the order they are listed for a group:

- ``revision``: one source gave several figures for the same quantity at different dates. When the group's
  lowest and highest figures are both that source's, the spread is a revision, not sources disagreeing.
- ``dates_apart``: the lowest and highest figures refer to dates at least ``MIN_DAYS_APART`` apart (as_of,
  else claim_date), with the direction: a count that accumulates grows over time.
- ``period_differs``: the lowest and highest figures cover periods of different length (one a year, the
  other a day).
- ``method_differs``: the stated methods differ, or some claims count civilians only and others do not.
- ``interested_party``: a source is a party to the conflict (source_type party_to_conflict).
- ``bound_vs_point``: a claim states a bound ("at least"), not a best estimate.
- ``lineage``: a figure of the group travelled under another name or in other words (the lineage table).
- ``none``: no difference in the table explains the spread.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from discrepancy.claims import readable
from discrepancy.claims.dates import period_span
from discrepancy.claims.grammar import AT_LEAST, AT_MOST
from discrepancy.engine.frames import iter_rows
from discrepancy.engine.schema import columns
from discrepancy.errors import DateProblem

EXPLANATION_COLUMNS = columns("explanations")
EXPLAINED_SEVERITIES = ("extreme", "major")
#: Reference dates closer than this are taken as the same moment.
MIN_DAYS_APART = 30
KINDS = ("revision", "dates_apart", "period_differs", "method_differs", "interested_party", "bound_vs_point",
         "lineage", "none")  # fmt: skip
_CIVILIAN = "civilian"


def _as_text(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value).strip()


def _period(row) -> tuple[date, date, str] | None:
    """The period a claim refers to, as written: its as_of, else its claim date (a year or a month is the
    whole year or month), with the text; None when neither reads."""
    for text in (_as_text(row.as_of), _as_text(row.claim_date)):
        if text:
            try:
                start, end = period_span(text)
            except DateProblem:
                continue
            return start, end, text
    return None


def _said(row) -> str:
    return f"{row.source}, {row.value_text}"


def _when(row) -> str:
    return _as_text(row.as_of) or _as_text(row.claim_date) or "undated"


def _group_explanations(group, members: pd.DataFrame, lineage: pd.DataFrame) -> list[dict]:
    rows: list[dict] = []
    by_id = {r.claim_id: r for r in iter_rows(members)}
    low, high = by_id.get(group.min_claim_id), by_id.get(group.max_claim_id)

    def add(kind: str, ids, text: str) -> None:
        rows.append({"group_id": group.group_id, "kind": kind, "claim_ids": ";".join(ids), "text": text})

    # one source revising its own figure
    pointed = members[members["point"].notna()]
    for source, own in pointed.groupby("source", sort=True):
        if own["point"].nunique() < 2 or own["reference_date"].nunique() < 2:
            continue
        own = own.sort_values(["reference_date", "claim_id"], kind="stable")
        steps = "; then ".join(f"{r.value_text} ({_when(r)})" for r in iter_rows(own))
        both = low is not None and high is not None and low.source == high.source == source
        tail = (
            " The group's lowest and highest figures are both this source's: the spread is a revision, not sources "
            "disagreeing."
            if both
            else " These are one source's revisions, not sources disagreeing."
        )
        add("revision", list(own["claim_id"]), f"{source} revised its own figure: {steps}.{tail}")

    if low is not None and high is not None:
        lp, hp = _period(low), _period(high)
        if lp and hp:
            # the gap between the two periods (partial dates are whole years or months): never more than is sure
            gap = max((hp[0] - lp[1]).days, (lp[0] - hp[1]).days, 0)
            if gap >= MIN_DAYS_APART:
                later_higher = hp[0] > lp[1]
                direction = (
                    "the later figure is the higher, as a count that accumulates over time (deaths, members "
                    "recruited) would be"
                    if later_higher
                    else "the later figure is the lower: a real decline, a narrower count, or a correction"
                )
                add(
                    "dates_apart",
                    [low.claim_id, high.claim_id],
                    f"The lowest figure ({_said(low)}) refers to {lp[2]} and the highest ({_said(high)}) to {hp[2]}: "
                    f"at least {gap:,} days apart; {direction}.",
                )
            low_days, high_days = (lp[1] - lp[0]).days + 1, (hp[1] - hp[0]).days + 1
            if (
                max(low_days, high_days) >= 2 * min(low_days, high_days) + MIN_DAYS_APART
                and _as_text(low.as_of)
                and _as_text(high.as_of)
            ):
                add(
                    "period_differs",
                    [low.claim_id, high.claim_id],
                    f"The lowest figure covers {lp[2]} ({low_days:,} days) and the highest {hp[2]} ({high_days:,} "
                    "days): counts over periods of different length.",
                )

    methods = {r.claim_id: _as_text(r.method) for r in iter_rows(members)}
    stated = {cid: m for cid, m in methods.items() if m}
    if len(set(stated.values())) > 1:
        listed = "; ".join(f"{by_id[cid].source}: {m!r}" for cid, m in sorted(stated.items()))
        add("method_differs", sorted(stated), f"The stated methods differ: {listed}.")
    scope_text = {
        r.claim_id: " ".join(_as_text(x) for x in (r.method, r.notes, r.metric)).casefold() for r in iter_rows(members)
    }
    civilian = sorted(cid for cid, t in scope_text.items() if _CIVILIAN in t)
    if civilian and len(civilian) < len(scope_text):
        names = ", ".join(by_id[c].source for c in civilian)
        add(
            "method_differs",
            sorted(scope_text),
            f"Some claims count civilians only ({names}) and the others do not say so: different definitions.",
        )

    for r in iter_rows(members[members["interested"]]):
        add(
            "interested_party",
            [r.claim_id],
            f"{r.source} is a party to the conflict (source_type party_to_conflict): its figure "
            f"({r.value_text}) may serve its side.",
        )

    for r in iter_rows(members[members["qualifier"].isin([AT_LEAST, AT_MOST])]):
        word = "a floor" if r.qualifier == AT_LEAST else "a ceiling"
        add(
            "bound_vs_point",
            [r.claim_id],
            f"{r.source} states {word} ({r.value_text}), not a best estimate: set beside points it bounds, it "
            "does not measure the same thing.",
        )

    if not lineage.empty:
        ids = set(members["claim_id"])
        moved = lineage[
            lineage["kind"].isin(["attribution", "restated"])
            & (lineage["earlier_claim_id"].isin(ids) | lineage["later_claim_id"].isin(ids))
        ]
        for r in iter_rows(moved):
            add("lineage", [r.earlier_claim_id, r.later_claim_id], str(r.note))

    if not rows:
        ratio = readable.ratio(float(group.spread_ratio)) if pd.notna(group.spread_ratio) else "widely"
        add(
            "none",
            sorted(members["claim_id"]),
            f"No difference in the table explains the {ratio} spread: as far as the table shows, the sources "
            "measure the same thing at comparable dates and disagree.",
        )
    return rows


def explanations_table(groups: pd.DataFrame, claims: pd.DataFrame, lineage: pd.DataFrame) -> pd.DataFrame:
    """One row per candidate explanation of each major or extreme group (groups in the groups table's
    order, most severe first; within a group, kinds in ``KINDS`` order)."""
    chosen = groups[groups["severity"].isin(EXPLAINED_SEVERITIES)]
    if chosen.empty:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in EXPLANATION_COLUMNS})
    wanted = claims[claims["group_id"].isin(set(chosen["group_id"]))]
    by_group = dict(tuple(wanted.groupby("group_id", sort=False)))
    rows: list[dict] = []
    for group in iter_rows(chosen):
        found = _group_explanations(group, by_group[group.group_id], lineage)
        found.sort(key=lambda r: KINDS.index(r["kind"]))
        rows.extend(found)
    return pd.DataFrame(rows, columns=EXPLANATION_COLUMNS).astype("str")
