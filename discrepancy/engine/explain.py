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

import collections
import functools
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
    return (
        "" if value is None or (isinstance(value, float) and value != value) or value is pd.NA else str(value).strip()
    )


@functools.lru_cache(maxsize=65_536)
def _span(text: str) -> tuple[date, date] | None:
    try:
        return period_span(text)
    except DateProblem:
        return None


def _period(row) -> tuple[date, date, str] | None:
    """The period a claim refers to, as written: its as_of, else its claim date (a year or a month is the
    whole year or month), with the text; None when neither reads."""
    for text in (row.as_of, row.claim_date):
        if text:
            span = _span(text)
            if span is not None:
                return span[0], span[1], text
    return None


def _said(row) -> str:
    return f"{row.source}, {row.value_text}"


def _when(row) -> str:
    return row.as_of or row.claim_date or "undated"


_FIELDS = ("claim_id", "source", "value_text", "as_of", "claim_date", "reference_date", "method", "notes", "metric",
           "qualifier", "point", "interested")  # fmt: skip
Claim = collections.namedtuple("Claim", _FIELDS)


def _group_explanations(group, members: list, moved: list) -> list[dict]:
    """The candidates of one group: ``members`` its claims (Claim records), ``moved`` its lineage links
    (earlier id, later id, note)."""
    rows: list[dict] = []
    by_id = {r.claim_id: r for r in members}
    low, high = by_id.get(group.min_claim_id), by_id.get(group.max_claim_id)

    def add(kind: str, ids, text: str) -> None:
        rows.append({"group_id": group.group_id, "kind": kind, "claim_ids": ";".join(ids), "text": text})

    # one source revising its own figure
    by_source: dict[str, list] = {}
    for r in members:
        if r.point is not None:
            by_source.setdefault(r.source, []).append(r)
    for source in sorted(by_source):
        own = by_source[source]
        if len({r.point for r in own}) < 2 or len({r.reference_date for r in own}) < 2:
            continue
        own = sorted(own, key=lambda r: (r.reference_date, r.claim_id))
        steps = "; then ".join(f"{r.value_text} ({_when(r)})" for r in own)
        both = low is not None and high is not None and low.source == high.source == source
        tail = (
            " The group's lowest and highest figures are both this source's: the spread is a revision, not sources "
            "disagreeing."
            if both
            else " These are one source's revisions, not sources disagreeing."
        )
        add("revision", [r.claim_id for r in own], f"{source} revised its own figure: {steps}.{tail}")

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
            if max(low_days, high_days) >= 2 * min(low_days, high_days) + MIN_DAYS_APART and low.as_of and high.as_of:
                add(
                    "period_differs",
                    [low.claim_id, high.claim_id],
                    f"The lowest figure covers {lp[2]} ({low_days:,} days) and the highest {hp[2]} ({high_days:,} "
                    "days): counts over periods of different length.",
                )

    stated = {r.claim_id: r.method for r in members if r.method}
    if len(set(stated.values())) > 1:
        listed = "; ".join(f"{by_id[cid].source}: {m!r}" for cid, m in sorted(stated.items()))
        add("method_differs", sorted(stated), f"The stated methods differ: {listed}.")
    scope_text = {r.claim_id: " ".join((r.method, r.notes, r.metric)).casefold() for r in members}
    civilian = sorted(cid for cid, text in scope_text.items() if _CIVILIAN in text)
    if civilian and len(civilian) < len(scope_text):
        names = ", ".join(by_id[c].source for c in civilian)
        add(
            "method_differs",
            sorted(scope_text),
            f"Some claims count civilians only ({names}) and the others do not say so: different definitions.",
        )

    for r in members:
        if r.interested:
            add(
                "interested_party",
                [r.claim_id],
                f"{r.source} is a party to the conflict (source_type party_to_conflict): its figure "
                f"({r.value_text}) may serve its side.",
            )

    for r in members:
        if r.qualifier in (AT_LEAST, AT_MOST):
            word = "a floor" if r.qualifier == AT_LEAST else "a ceiling"
            add(
                "bound_vs_point",
                [r.claim_id],
                f"{r.source} states {word} ({r.value_text}), not a best estimate: set beside points it bounds, it "
                "does not measure the same thing.",
            )

    for earlier, later, note in moved:
        add("lineage", [earlier, later], note)

    if not rows:
        ratio = readable.ratio(float(group.spread_ratio)) if pd.notna(group.spread_ratio) else "widely"
        add(
            "none",
            sorted(by_id),
            f"No difference in the table explains the {ratio} spread: as far as the table shows, the sources "
            "measure the same thing at comparable dates and disagree.",
        )
    return rows


def _records(claims: pd.DataFrame, ids: set) -> dict[str, list]:
    """group id -> its claims as Claim records, read column by column (no per-group frames)."""
    wanted = claims[claims["group_id"].isin(ids)]
    columns = {}
    for name in _FIELDS:
        values = wanted[name].tolist() if name in wanted.columns else [None] * len(wanted)
        if name == "point":
            columns[name] = [None if v is None or v != v or v is pd.NA else float(v) for v in values]
        elif name == "interested":
            columns[name] = [bool(v) if v is not None and v is not pd.NA else False for v in values]
        else:
            columns[name] = [_as_text(v) for v in values]
    out: dict[str, list] = {}
    for gid, record in zip(wanted["group_id"].tolist(), zip(*(columns[n] for n in _FIELDS))):
        out.setdefault(gid, []).append(Claim(*record))
    return out


def _moved(lineage: pd.DataFrame, by_group: dict[str, list]) -> dict[str, list]:
    """group id -> the attribution and restated links that touch one of its claims, in lineage order."""
    if lineage.empty:
        return {}
    group_of = {c.claim_id: gid for gid, members in by_group.items() for c in members}
    links = lineage[lineage["kind"].isin(["attribution", "restated"])]
    out: dict[str, list] = {}
    for earlier, later, note in zip(links["earlier_claim_id"].tolist(), links["later_claim_id"].tolist(),
                                    links["note"].astype(str).tolist()):  # fmt: skip
        for gid in dict.fromkeys(g for g in (group_of.get(earlier), group_of.get(later)) if g is not None):
            out.setdefault(gid, []).append((earlier, later, note))
    return out


def explanations_table(groups: pd.DataFrame, claims: pd.DataFrame, lineage: pd.DataFrame) -> pd.DataFrame:
    """One row per candidate explanation of each major or extreme group (groups in the groups table's
    order, most severe first; within a group, kinds in ``KINDS`` order). Plain Python over each group's
    records: linear in the claims of the groups explained."""
    chosen = groups[groups["severity"].isin(EXPLAINED_SEVERITIES)]
    if chosen.empty:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in EXPLANATION_COLUMNS})
    by_group = _records(claims, set(chosen["group_id"]))
    moved = _moved(lineage, by_group)
    rows: list[dict] = []
    for group in iter_rows(chosen[["group_id", "min_claim_id", "max_claim_id", "spread_ratio"]]):
        found = _group_explanations(group, by_group.get(group.group_id, []), moved.get(group.group_id, []))
        found.sort(key=lambda r: KINDS.index(r["kind"]))
        rows.extend(found)
    return pd.DataFrame(rows, columns=EXPLANATION_COLUMNS).astype("str")
