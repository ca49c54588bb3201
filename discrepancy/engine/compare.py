"""How far sources diverge: groups, pairs, claims and sources tables from normalized claims.

:func:`compare` is the engine's one entry point. It never draws or renders: it returns tidy tables
(a :class:`Comparison`) that the command line writes and the notebooks show.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from discrepancy import parallel
from discrepancy.claims import schema
from discrepancy.claims.grammar import AT_LEAST, AT_MOST, OVERRIDDEN, REVIEW, UNPARSED
from discrepancy.claims.normalize import normalize_claims
from discrepancy.claims.reference import load_reference
from discrepancy.claims.text import arrow_text, fold_text, text_codes
from discrepancy.engine.crossunit import cross_unit_checks
from discrepancy.engine.explain import explanations_table
from discrepancy.engine.findings import cross_findings, findings_from_parts, group_findings, lineage_findings, ruled_out
from discrepancy.engine.frames import (
    TEXT,
    join_text,
    notes_column,
    parse_dates,
    sparse_text,
    spread_text,
    take_rows,
    take_text,
)
from discrepancy.engine.grouping import KEY_COLUMNS, key_codes_and_keys, key_folds, numbered_groups
from discrepancy.engine.intervals import overlap, points_and_intervals, unmeasured_spread
from discrepancy.engine.jsonout import comparison_json, write_comparison_json
from discrepancy.engine.lineage import lineage_keys, lineage_table
from discrepancy.engine.order import dense_rank, first_rows, stable_order, text_order_codes
from discrepancy.engine.schema import TABLES, columns
from discrepancy.errors import ParameterError
from discrepancy.limits import (
    DEFAULT_STALE_DAYS,
    DEFAULT_THRESHOLDS,
    DEFAULT_TOLERANCE,
    MAX_PAIRS_PER_GROUP,
    check_comparison_parameters,
)
from discrepancy.logscale import log10
from discrepancy.parallel import Step, beside, run_each

SEVERITIES = ("consistent", "minor", "major", "extreme")
OUTLIER_Z = 3.5  # modified z-score (Iglewicz and Hoaglin) on the log scale

GROUP_COLUMNS = columns("groups")
PAIR_COLUMNS = columns("pairs")
SOURCE_COLUMNS = columns("sources")


@dataclass
class Comparison:
    """The engine's result: one tidy table per aspect, plus the parameters that made them."""

    groups: pd.DataFrame
    pairs: pd.DataFrame
    claims: pd.DataFrame
    sources: pd.DataFrame
    lineage: pd.DataFrame
    findings: pd.DataFrame
    cross_unit: pd.DataFrame
    parameters: dict = field(default_factory=dict)
    #: candidate explanations of each major or extreme group (engine/explain.py)
    explanations: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=columns("explanations")))

    def table(self, name: str) -> pd.DataFrame:
        if name not in TABLES:
            raise ParameterError(f"unknown table {name!r}: choose one of {', '.join(TABLES)}")
        frame = getattr(self, name)
        if frame is None:
            raise ParameterError(f"table {name!r} was not built: compare(..., tables=...) left it out")
        return frame

    def to_json(self) -> str:
        """One JSON object with keys groups, pairs, claims, sources, lineage, findings (and cross_unit,
        parameters): rows in a fixed order, keys sorted, so the same input gives the same bytes."""
        return comparison_json(self._built(), self.parameters)

    def write_json(self, stream: BinaryIO) -> None:
        """:meth:`to_json` written to a binary ``stream`` in UTF-8 as it is made, with no copy of the whole
        document held (a large comparison's JSON is gigabytes)."""
        write_comparison_json(self._built(), self.parameters, stream)

    def _built(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in TABLES if getattr(self, name) is not None}


def severity_of(
    ratio: np.ndarray, overlaps: np.ndarray, thresholds=DEFAULT_THRESHOLDS, unmeasured: np.ndarray | None = None
) -> np.ndarray:
    """consistent when the intervals overlap or the ratio is under the first threshold, then minor,
    major, extreme at the next ones. A group without a ratio (no numbers) is consistent, unless its lowest
    value is zero or below and its highest above it (``unmeasured``): no ratio measures that spread, and
    when the intervals do not overlap it is extreme ("0" against "12" is no agreement)."""
    consistent, minor, major = thresholds
    ratio = np.asarray(ratio, dtype=float)
    overlaps = np.asarray(overlaps, bool)
    apart = ~overlaps & (np.zeros(len(ratio), bool) if unmeasured is None else np.asarray(unmeasured, bool))
    sev = np.select(
        [apart, overlaps | np.isnan(ratio) | (ratio < consistent), ratio < minor, ratio < major],
        ["extreme", "consistent", "minor", "major"],
        "extreme",
    )
    return sev.astype(object)


def compare(
    claims: pd.DataFrame,
    window_days: int | None = None,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    thresholds: tuple[float, float, float] = DEFAULT_THRESHOLDS,
    stale_days: int = DEFAULT_STALE_DAYS,
    exclude_interested: bool = False,
    reference: pd.DataFrame | str | Path | None = None,
    pairs: bool = True,
    max_pairs: int | None = MAX_PAIRS_PER_GROUP,
    tables: Iterable[str] | None = None,
) -> Comparison:
    """Compare the claims that measure the same thing.

    claims: a normalized claim table (``load_claims``); a raw one is normalized first.
    window_days: compare only claims whose reference dates lie within this many days of each other.
    tolerance: how far an "approx" value reaches either side (0.10: +/-10%).
    thresholds: spread ratios where severity turns minor, major, extreme (defaults 1.25, 2, 5).
    stale_days: a group whose dates lie further apart is flagged stale.
    exclude_interested: leave party_to_conflict sources out of the consensus (they stay in the tables).
    reference: cited reference figures for the cross-unit checks (default data/reference/geography.csv).
    pairs: build the pairs table (every two claims of a group).
    max_pairs: most pairs listed for one group; a larger group lists each claim with its lowest and highest
      claims, marked in the note (None: every pair, k*(k-1)/2 rows for k claims).
    tables: build only these tables (and what they need: findings need lineage, cross-unit checks and the
      pairs a bound rules out); the others are None and ``table(name)`` refuses them. None builds every
      table. The pairs table is returned only when asked for: the findings alone need a few of its rows.
    """
    check_comparison_parameters(window_days, tolerance, tuple(thresholds), stale_days)
    wanted = _needed(tables)  # an unknown table is refused before any work
    asked = set(TABLES) if tables is None else set(tables) | {"groups"}  # the tables returned (the rest: None)
    if "parse_status" not in claims.columns:
        claims = normalize_claims(claims)
    claims = claims.reset_index(drop=True)  # a frame of this call's own: the caller's is never changed
    for column in schema.COLUMNS:  # optional columns a table left out read as blank
        if column.kind != "number" and column.name not in claims.columns:
            claims[column.name] = pd.Series("", index=claims.index, dtype="str")
    # integer keys: grouping and sorting on them is far cheaper than on strings (gcode follows the ids' order, but for
    # the groups table alone). The groups are formed beside the claims' other keys (a second thread for a large table,
    # discrepancy.parallel: 0.5 s of grouping for 1,000,000 claims, most of it hidden)
    folds = key_folds(claims)
    keying = Step(key_codes_and_keys, claims, folds)  # each claim's key as a code by first appearance, each code's key
    numbering = Step(lambda: numbered_groups(claims, *keying.result(), window_days))  # the groups by their ids
    # the groups table alone, without a window, begins on the keys' codes (they are its groups) and has them
    # numbered by their ids beside its figures: hashing the keys for the ids was the grouping thread's last 0.17 s,
    # which this thread spent waiting
    early = wanted == {"groups"} and window_days is None
    ranking = Step(text_order_codes, claims["claim_id"])  # the claim ids' order: whichever thread is free first
    with beside(len(claims), "groups") as pool:
        pool.submit(run_each, [keying, ranking] if early else [keying, numbering, ranking])
        # the key columns the grouping thread has not begun, from the last (this thread had waited 0.3 s for the
        # grouping): first, unless it has the lineage's keys to make too (it is then the longer), else after them
        if "lineage" not in wanted:
            run_each(folds[::-1])
        numbers = points_and_intervals(claims, tolerance)
        source_code = text_codes(claims["source"], fold_text)[0]  # one code per folded source
        type_codes, types = text_codes(claims["source_type"], fold_text)  # folded once per distinct type
        dates = parse_dates(claims["reference_date"], format="%Y-%m-%d")
        has_numbers = numbers["anchor"].notna() & ~claims["parse_status"].isin([UNPARSED, REVIEW])
        # what lineage reads of the claims' text (this thread waited 0.4 s of the grouping's 0.8 s here)
        keys = (  # the subject and unit as the grouping folds them, folded once for both
            lineage_keys(claims, has_numbers.to_numpy(), numbers["anchor"].to_numpy(),
                         subject=folds[KEY_COLUMNS.index("subject")].result(),
                         unit=folds[KEY_COLUMNS.index("unit")].result())
            if "lineage" in wanted
            else None
        )  # fmt: skip
        run_each(folds[::-1])  # what the grouping thread has left, if anything
        crank = ranking.result()
        if early:
            gcode, ids = keying.result()[0], None  # the ids: in the groups table only
            group_numbers = Step(lambda: numbering.result()[1:])  # (each code's place among the ids, the ids)
        else:
            group, rank, ids = numbering.result()
            gcode = rank[group]
            group_numbers = Step(lambda: (np.arange(len(ids)), ids))
    c = claims
    if wanted != {"groups"}:  # each claim's group_id, for the tables that show claims (the groups table: one per code)
        c["group_id"] = take_text(ids, gcode).set_axis(c.index)
    c["gcode"] = gcode
    c["crank"] = crank
    c = pd.concat([c, numbers], axis=1)
    c["source_code"] = source_code
    c["interested"] = type_codes == (types.index("party_to_conflict") if "party_to_conflict" in types else -1)
    c["date"] = dates
    c["has_numbers"] = has_numbers

    parameters = {
        "window_days": window_days,
        "tolerance": tolerance,
        "thresholds": list(thresholds),
        "stale_days": stale_days,
        "exclude_interested": exclude_interested,
    }
    # Two threads for a large table (discrepancy.parallel), sharing the steps out as they go (each a Step: run by
    # whichever thread comes to it first, the same table whichever does). This one makes the groups, the claims
    # table, its sources, the cross-unit checks and the explanations; the second the longest steps that need only
    # the claims (lineage and pairs) and the findings of each. With the claims table or the explanations asked for
    # this thread has seconds of its own, and the second begins with the lineage the explanations wait for;
    # without them (the findings alone, as compare's text output asks) it begins with the pairs (or the first half
    # of what the findings read of them), then the lineage; this thread, once its groups are made, takes the
    # second half, the lineage if the second has not begun it, and the groups' findings (with the pairs' summary
    # all on the second thread, this one sat idle 0.8 s of a 1M table's 3.5 s waiting for the lineage)
    groups_step = Step(_groups, c, group_numbers, thresholds, stale_days, exclude_interested)
    lineage_step = Step(lineage_table, c, keys, tolerance=0.02) if "lineage" in wanted else None
    # the pairs table when asked for; when only the findings need the pairs, what they read of them (the pairs a
    # bound rules out, counted by group, each group's first noted), without the table
    # (in two halves of the groups for a large table, which the two threads share)
    ruled_parts = []
    if "pairs" in asked:
        pairs_step = Step(_pairs, c, max_pairs) if pairs else Step(pd.DataFrame, columns=PAIR_COLUMNS)
        ruled_step = Step(lambda: ruled_out(pairs_step.result()))
    else:
        pairs_step = None
        if "pairs" in wanted and pairs:
            ruled_parts = [Step(_bounds_ruled_out, c, ids, max_pairs, part) for part in _halves(len(ids), len(c))]
        ruled_step = Step(_merged, ruled_parts)

    findings_wanted = "findings" in wanted
    group_part = Step(lambda: group_findings(groups_step.result(), ruled_step.result())) if findings_wanted else None
    lineage_part = Step(lambda: lineage_findings(lineage_step.result())) if findings_wanted else None
    busy_here = bool(wanted & {"claims", "explanations"})
    ruled_first, ruled_rest = ruled_parts[:1], ruled_parts[1:]
    second = (
        [lineage_step, pairs_step, ruled_step] if busy_here else [*ruled_first, pairs_step, lineage_step, ruled_step]
    )
    with beside(len(c), "tables") as pool:
        pool.submit(run_each, [*second, group_part, lineage_part])
        groups = groups_step.result()
        claims_out = _claims(c, groups, ids) if wanted & {"claims", "sources"} else None
        sources = _sources(claims_out) if "sources" in wanted else None
        if claims_out is not None:
            claims_out = claims_out.drop(columns="gcode")
        cross = cross_unit_checks(c, load_reference(reference), max_days=stale_days) if "cross_unit" in wanted else None
        if not busy_here:  # the lineage here unless the second thread began it, and meanwhile the groups' findings
            run_each([*ruled_rest, lineage_step, group_part])
        lineage = lineage_step.result() if lineage_step is not None else None  # here, unless the second thread began it
        explanations = explanations_table(groups, claims_out, lineage) if "explanations" in wanted else None
        run_each([lineage_part, pairs_step, ruled_step, group_part])
        findings = (
            findings_from_parts([group_part.result(), cross_findings(cross), lineage_part.result()])
            if findings_wanted
            else None
        )
        pair_table = pairs_step.result() if pairs_step is not None else None
    return Comparison(groups, pair_table, claims_out, sources, lineage, findings, cross, parameters, explanations)


#: what each table needs built first
_NEEDS = {"findings": ("lineage", "cross_unit", "pairs"), "explanations": ("lineage", "claims"),
          "sources": ("claims",)}  # fmt: skip


def _needed(tables: Iterable[str] | None) -> set[str]:
    """The tables to build for ``tables`` (None: all), with the tables they are made from."""
    if tables is None:
        return set(TABLES)
    asked = list(tables)
    unknown = [t for t in asked if t not in TABLES]
    if unknown:
        raise ParameterError(f"unknown table {unknown[0]!r}: choose from {', '.join(TABLES)}")
    wanted = set(asked) | {"groups"}
    for name in asked:
        wanted |= set(_NEEDS.get(name, ()))
    return wanted


def _groups(c: pd.DataFrame, numbers: Step, thresholds, stale_days: int, exclude_interested: bool) -> pd.DataFrame:
    """The groups table of the claims' groups (``c["gcode"]``: 0, 1, ...; ``numbers``: a Step giving each code's
    place among the group ids sorted, and those ids)."""
    gcode = c["gcode"].to_numpy()
    with beside(len(c), "ids") as pool:
        pool.submit(numbers.run)  # the groups' ids first, unless made already
        joining = pool.submit(_joined_ids, c)  # each group's claim ids, sorted and joined beside the figures
        counting = pool.submit(_group_counts, c, int(gcode.max()) + 1 if len(gcode) else 0)  # and distinct counts
        return _group_figures(c, numbers, thresholds, stale_days, exclude_interested, joining, counting)


def _group_figures(
    c: pd.DataFrame, numbers: Step, thresholds, stale_days: int, exclude_interested: bool, joining, counting
) -> pd.DataFrame:
    """The groups table: counts, extremes, spread, severity and dates per group; ``numbers`` gives each code's place
    among the group ids and the ids (taken last), ``joining`` the claim ids, ``counting`` :func:`_group_counts`."""
    # each group's first row, found on the codes alone: dropping duplicates of the wide frame takes every column
    at_first = np.flatnonzero(~c["gcode"].duplicated().to_numpy())
    first = c[["gcode", "subject", "metric", "geography", "unit"]].iloc[at_first].set_index("gcode")
    # number columns only: the few text cells shown (the lowest and highest claims) are taken at the end
    num = c.loc[
        c["has_numbers"], ["gcode", "crank", "source_code", "lo", "hi", "date", "interested", "bound_only", "point"]
    ]
    g = num.groupby("gcode", sort=False)
    size = g.size()
    stats = pd.DataFrame(
        {
            "n_claims": size,
            "lo_max": g["lo"].max(),
            "hi_min": g["hi"].min(),
            "first_date": g["date"].min(),
            "last_date": g["date"].max(),
            "n_interested": g["interested"].sum(),
            "n_bound_only": g["bound_only"].sum(),
        }
    )
    fallback = g["point"].median()
    if exclude_interested:  # the parties' claims left out, unless a group has no other claim
        consensus = num[~num["interested"]].groupby("gcode", sort=False)["point"].median()
        stats["consensus"] = consensus.reindex(stats.index).fillna(fallback)
    else:
        stats["consensus"] = fallback
    # ties on the value: the latest claim stands for it, then the first claim_id
    pointed = num[num["point"].notna()]
    gcode, point, crank = (pointed[k].to_numpy() for k in ("gcode", "point", "crank"))
    dated, n_dates = dense_rank(pointed["date"].to_numpy())  # undated last
    latest = np.where(dated == n_dates - 1, dated, n_dates - 2 - dated)  # the latest date first, undated last
    at = pointed.index.to_numpy()  # rows of c (its index is 0, 1, ...)
    sides = {}
    for side, extreme, start in (("min", np.minimum, np.inf), ("max", np.maximum, -np.inf)):
        # each group's lowest (highest) point, then among the claims that state it the latest, then the first id
        best = np.full(int(gcode.max()) + 1 if len(gcode) else 0, start)
        extreme.at(best, gcode, point)
        tied = np.flatnonzero(point == best[gcode])  # -0.0 equal to 0.0, as a sort sees them
        rows = at[tied[first_rows(gcode[tied], latest[tied], crank[tied])]]
        sides[side] = rows, pd.Index(c["gcode"].to_numpy()[rows], name="gcode")
        stats[f"{side}_value"] = pd.Series(c["point"].to_numpy()[rows], index=sides[side][1])
    both = np.concatenate([rows for rows, _ in sides.values()])
    for column, name in (("claim_id", "claim_id"), ("source", "source"), ("value_text", "value_text"),
                         ("claim_date", "date")):  # fmt: skip
        taken = take_text(c[column], both)  # the lowest and the highest claims' cells in one take
        stats[f"min_{name}"] = taken.iloc[: len(sides["min"][0])].set_axis(sides["min"][1])
        stats[f"max_{name}"] = taken.iloc[len(sides["min"][0]) :].set_axis(sides["max"][1])
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(stats["min_value"] > 0, stats["max_value"] / stats["min_value"], np.nan)
    stats["spread_ratio"] = ratio
    stats["log10_spread"] = log10(ratio)
    stats["intervals_overlap"] = (stats["lo_max"] <= stats["hi_min"]).to_numpy()
    unmeasured = unmeasured_spread(stats["min_value"], stats["max_value"])
    stats["severity"] = severity_of(ratio, stats["intervals_overlap"].to_numpy(), thresholds, unmeasured)
    span = (stats["last_date"] - stats["first_date"]).dt.days
    stats["date_span_days"] = span.astype("Int64")
    stats["stale"] = (span > stale_days).fillna(False).astype(bool)
    out = first.join(stats, how="left")
    out["claim_ids"] = joining.result().reindex(out.index)
    codes = out.index.to_numpy()
    counts = counting.result()
    for column in ("n_sources", "n_unread", "definitions_differ"):
        out[column] = counts[column][codes]
    out["n_claims"] = out["n_claims"].fillna(0).astype(int)
    out["n_interested"] = out["n_interested"].fillna(0).astype(int)
    out["n_bound_only"] = out["n_bound_only"].fillna(0).astype(int)
    out["intervals_overlap"] = out["intervals_overlap"].fillna(True).astype(bool)
    out["severity"] = out["severity"].fillna("consistent")
    out["stale"] = out["stale"].fillna(False).astype(bool)
    for col in ("first_date", "last_date"):
        out[col] = _date_text(out[col])
    out = out.reset_index()
    place, ids = numbers.result()
    numbered = place[out["gcode"].to_numpy()]  # each group's place among the ids
    out["group_id"] = take_text(ids, numbered)
    # most severe first, then the widest spread, then by group_id (one id per group)
    rank = pd.Index(SEVERITIES).get_indexer(out["severity"])
    spread = out["log10_spread"].fillna(-1).to_numpy()
    order = np.lexsort((numbered, -spread, -rank))
    return out[GROUP_COLUMNS].take(order).reset_index(drop=True)


def _group_counts(c: pd.DataFrame, n_groups: int) -> dict[str, np.ndarray]:
    """Per group code 0 .. n_groups - 1: its distinct sources among the claims read as numbers (``n_sources``), its
    claims not read (``n_unread``), and whether its stated methods differ (``definitions_differ``: two distinct
    folded methods, in a group with a claim read). Integer codes and NumPy only: made beside the groups' figures."""
    gcode, has_numbers = c["gcode"].to_numpy(), c["has_numbers"].to_numpy()
    method_codes, methods = text_codes(c["method"], fold_text)
    stated = method_codes != (methods.index("") if "" in methods else -1)
    return {
        "n_sources": _distinct_per_code(gcode[has_numbers], c["source_code"].to_numpy()[has_numbers], n_groups),
        "n_unread": np.bincount(gcode[~has_numbers], minlength=n_groups),
        "definitions_differ": (_distinct_per_code(gcode[stated], method_codes[stated], n_groups) > 1)
        & (np.bincount(gcode[has_numbers], minlength=n_groups) > 0),
    }


def _distinct_per_code(codes: np.ndarray, values: np.ndarray, n_codes: int) -> np.ndarray:
    """How many distinct ``values`` (non-negative integer codes) each code 0 .. n_codes - 1 has: ``nunique`` by
    group, counted on the distinct (code, value) pairs."""
    width = int(values.max()) + 1 if len(values) else 1
    pairs = pd.unique(codes.astype(np.int64) * width + values)
    return np.bincount(pairs // width, minlength=n_codes)


def _date_text(dates: pd.Series) -> pd.Series:
    """Dates as YYYY-MM-DD text ("" for none), each distinct date written once."""
    codes, distinct = pd.factorize(dates)  # NaT: -1, the last text
    texts = np.append(distinct.strftime("%Y-%m-%d").to_numpy(dtype=object), "")
    return pd.Series(texts[codes], index=dates.index, dtype="str")


def _joined_ids(c: pd.DataFrame) -> pd.Series:
    """claim_ids of each group, by date then id, joined with ';' (Arrow's group-by keeps row order)."""
    order = stable_order(c["gcode"].to_numpy(), c["date"].to_numpy(), c["crank"].to_numpy())
    codes = c["gcode"].to_numpy()[order]
    starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]]) if len(codes) else np.array([], dtype=np.int64)
    ids = arrow_text(c["claim_id"]).take(pa.array(order))
    lists = pa.LargeListArray.from_arrays(pa.array(np.r_[starts, len(codes)].astype(np.int64)), ids)
    joined = pc.binary_join(lists, pa.scalar(";", ids.type))
    return pd.Series(joined.to_pandas().array, index=codes[starts], dtype="str")


def _claims(c: pd.DataFrame, groups: pd.DataFrame, ids: pd.Series) -> pd.DataFrame:
    """Every claim, by group then date then id, with its group's consensus, its deviation from it, whether it is
    an outlier and the engine's notes. Only the columns kept are reordered; the group's figures are looked up by
    the group's code (``ids``: each code's group id, as group_codes gave them), not joined on its text."""
    drop = {"source_code", "group_key", "crank"}  # working columns not shown (date, has_numbers: after the notes)
    order = stable_order(c["gcode"].to_numpy(), c["date"].to_numpy(), c["crank"].to_numpy())
    out = take_rows(c[[k for k in c.columns if k not in drop]], order)
    by_code = groups.iloc[pd.Index(groups["group_id"]).get_indexer(ids)]  # row k: code k (ids: the id of each code)
    codes = out["gcode"].to_numpy()
    out["consensus"] = by_code["consensus"].to_numpy(dtype=float)[codes]
    with np.errstate(divide="ignore", invalid="ignore"):
        dev = np.where((out["point"] > 0) & (out["consensus"] > 0), log10(out["point"] / out["consensus"]), np.nan)
    out["log10_deviation"] = dev
    out["outlier"] = _mad_outliers(out)
    out["notes_engine"] = notes_column(
        (out["bound_only"], "bound only: in overlaps and contradictions, not in the spread or consensus"),
        (out["interested"], "interested party (party_to_conflict)"),
        (~out["has_numbers"], "not read as a number: left out of the numbers"),
        (out["parse_status"] == OVERRIDDEN, "numbers from the value/low/high columns"),
        (out["outlier"], "outlier in its group"),
    ).array
    return out.drop(columns=["date", "has_numbers"]).reset_index(drop=True)


def _mad_outliers(out: pd.DataFrame) -> np.ndarray:
    """Robust outliers on the log scale, per group of 3 claims or more: modified z-score over 3.5."""
    dev = out["log10_deviation"]
    g = dev.groupby(out["gcode"])
    med = g.transform("median")
    mad = (dev - med).abs().groupby(out["gcode"]).transform("median")
    size = g.transform("count")
    with np.errstate(divide="ignore", invalid="ignore"):
        z = 0.6745 * (dev - med) / mad
    flagged = (z.abs() > OUTLIER_Z) | ((mad == 0) & ((dev - med).abs() > 1e-9))
    return (flagged & (size >= 3)).fillna(False).to_numpy(dtype=bool)


def _extreme_pairs(rows: np.ndarray, starts: np.ndarray, ends: np.ndarray, point: np.ndarray):
    """For the claims of capped groups (sorted positions ``rows``): (a, b) with each claim and its group's
    lowest and highest points, a < b, no pair twice."""
    pa_, pb_ = [], []
    for start in np.unique(starts[rows]):
        end = ends[start]
        members = np.arange(start, end)
        pts = np.where(np.isnan(point[members]), np.nan, point[members])
        if np.all(np.isnan(pts)):
            continue
        ext = {int(members[np.nanargmin(pts)]), int(members[np.nanargmax(pts)])}
        for e in ext:
            others = members[members != e]
            pa_.append(np.minimum(others, e))
            pb_.append(np.maximum(others, e))
    if not pa_:
        return np.array([], dtype=np.int64), np.array([], dtype=np.int64)
    pairs = np.unique(np.stack([np.concatenate(pa_), np.concatenate(pb_)], axis=1), axis=0)
    return pairs[:, 0], pairs[:, 1]


def _bound_pairs(bound: np.ndarray, starts: np.ndarray, ends: np.ndarray, is_bound: np.ndarray):
    """(a, b), a < b, sorted by a then b: each claim of ``bound`` (sorted positions) with every other claim of its
    group (``starts``, ``ends``), a pair of two bound claims once. The pairs of the full enumeration that have a
    bound claim in them, in the same order: 5,000,000 pairs of the 1M benchmark table, 1,500,000 of them."""
    counts = ends[bound] - starts[bound]
    i = np.repeat(bound, counts)
    j = np.repeat(starts[bound], counts) + (np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts))
    keep = (j != i) & ((j > i) | ~is_bound[j])  # two bound claims: the pair is made from the earlier one
    a, b = np.minimum(i[keep], j[keep]), np.maximum(i[keep], j[keep])
    order = np.lexsort((b, a))
    return a[order], b[order]


def _pair_texts(c: pd.DataFrame, rows: np.ndarray, *wanted: tuple[str, np.ndarray]) -> list:
    """The text of each (column, sorted positions) in ``wanted``: the cells of c at ``rows[positions]``. With more
    pairs than claims, each column is put in the sorted order once and then read nearly in order (the pairs run
    through the sorted claims): 5,000,000 pairs' three text columns 0.6 s -> 0.3 s, the same texts."""
    many = any(len(positions) > len(rows) for _, positions in wanted)
    in_order = {name: take_text(c[name], rows) for name in {name for name, _ in wanted}} if many else {}
    return [
        (take_text(in_order[name], positions) if many else take_text(c[name], rows[positions])).array
        for name, positions in wanted
    ]


_Pairs = namedtuple("_Pairs", "rows a b ov contradiction point size capped is_bound")


def _pair_positions(
    c: pd.DataFrame, max_pairs: int | None, contradictions_only: bool, groups: tuple[int, int] | None = None
) -> _Pairs | None:
    """The pairs as sorted positions (``a``, ``b``, a < b, by ``a`` then ``b``) into ``rows`` (the claims with
    numbers by group, then id, as positions in c), with what each pair's row is made from; None for no pairs.
    With ``contradictions_only``, the pairs a bound rules out, and only they, found among the pairs with a bound
    claim in them (``_bound_pairs``). ``groups``: the claims of the groups whose codes lie in [first, last) only."""
    # number columns are read at the sorted positions, and text is taken only for the pairs' rows (no reorder of
    # the text columns of every claim)
    looked_at = c["has_numbers"].to_numpy(dtype=bool)
    if groups is not None:
        gcode = c["gcode"].to_numpy()
        looked_at = looked_at & (gcode >= groups[0]) & (gcode < groups[1])
    rows = np.flatnonzero(looked_at)
    rows = rows[stable_order(c["gcode"].to_numpy()[rows], c["crank"].to_numpy()[rows])]
    n = len(rows)
    if n < 2:
        return None
    codes = c["gcode"].to_numpy()[rows]
    ends = np.searchsorted(codes, codes, side="right")  # codes are sorted: one past each group's last row
    starts = np.searchsorted(codes, codes, side="left")
    size = ends - starts
    point, lo, hi = (c[k].to_numpy(dtype=float)[rows] for k in ("point", "lo", "hi"))
    capped = (max_pairs is not None) & (size * (size - 1) // 2 > (max_pairs or 0))
    is_bound = c["qualifier"].isin([AT_LEAST, AT_MOST]).to_numpy()[rows]
    if contradictions_only:  # only a pair with a bound in it can be one: each bound claim with the others of its group
        a, b = _bound_pairs(np.flatnonzero(is_bound & ~capped), starts, ends, is_bound)
    else:
        counts = np.where(capped, 0, ends - np.arange(n) - 1)
        a = np.repeat(np.arange(n), counts)
        b = a + 1 + (np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts))
    if capped.any():  # a large group: each claim against the group's lowest and highest claims, not k^2 rows
        a_big, b_big = _extreme_pairs(np.flatnonzero(capped), starts, ends, point)
        a, b = np.concatenate([a, a_big]), np.concatenate([b, b_big])
        order = np.lexsort((b, a))
        a, b = a[order], b[order]
    if not len(a):
        return None
    ov = overlap(lo[a], hi[a], lo[b], hi[b])
    contradiction = ~ov & (is_bound[a] | is_bound[b])
    if contradictions_only:
        keep = np.flatnonzero(contradiction)
        a, b, ov, contradiction = a[keep], b[keep], ov[keep], contradiction[keep]
    return _Pairs(rows, a, b, ov, contradiction, point, size, capped, is_bound)


def _pair_notes(c: pd.DataFrame, p: _Pairs, noted: np.ndarray) -> pa.Array:
    """The note of each pair at ``noted`` (positions into ``p.a``), as Arrow text: what the bound rules out, and
    for a capped group how its pairs were chosen; "" for a pair with neither. Joined by Arrow, a capped group's
    sentence written once per group size (695,000 notes of the 1M benchmark table: 0.8 s as Python strings)."""
    pa_, pb_ = p.a[noted], p.b[noted]
    clash = p.contradiction[noted]
    bound_first = p.is_bound[pa_[clash]]
    bound_at = np.where(bound_first, pa_[clash], pb_[clash])
    other_at = np.where(bound_first, pb_[clash], pa_[clash])
    texts = pc.fill_null(arrow_text(c["value_text"]).take(pa.array(p.rows[np.r_[bound_at, other_at]])), "")
    k = len(bound_at)
    rules = join_text("'", texts.slice(0, k), "' rules out '", texts.slice(k), "'")
    note = spread_text(len(noted), np.flatnonzero(clash), rules)
    in_big = p.capped[pa_]
    if in_big.any():
        sizes, size_at = np.unique(p.size[pa_[in_big]], return_inverse=True)
        sentences = pa.array(
            [f"group of {m:,} claims: {m * (m - 1) // 2:,} pairs; shown: each claim with the lowest and the highest"
             for m in sizes.tolist()], TEXT,
        ).take(pa.array(size_at.reshape(-1)))  # fmt: skip
        summary = spread_text(len(noted), np.flatnonzero(in_big), sentences)
        both = pa.array(clash & in_big)
        note = pc.if_else(both, join_text(note, "; ", summary), pc.if_else(pa.array(in_big), summary, note))
    return note


def _pairs(c: pd.DataFrame, max_pairs: int | None = MAX_PAIRS_PER_GROUP) -> pd.DataFrame:
    """Every two claims of a group, built from sorted positions (no merge of the wide table)."""
    p = _pair_positions(c, max_pairs, contradictions_only=False)
    if p is None:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    a, b = p.a, p.b
    with np.errstate(divide="ignore", invalid="ignore"):
        small, large = np.minimum(p.point[a], p.point[b]), np.maximum(p.point[a], p.point[b])
        ratio = np.where(small > 0, large / small, np.nan)
    noted = np.flatnonzero(p.contradiction | p.capped[a])  # the few pairs with a note: text only for them
    group_a, id_a, id_b = _pair_texts(c, p.rows, ("group_id", a), ("claim_id", a), ("claim_id", b))
    return pd.DataFrame(
        {
            "group_id": group_a,
            "claim_id_a": id_a,
            "claim_id_b": id_b,
            "ratio": ratio,
            "intervals_overlap": p.ov,
            "bound_contradiction": p.contradiction,
            "note": sparse_text(len(a), noted, _pair_notes(c, p, noted)).array,
        }
    )


def _bounds_ruled_out(
    c: pd.DataFrame, ids: pd.Series, max_pairs: int | None, groups: tuple[int, int] | None = None
) -> dict:
    """What the findings read of the pairs table, without making it: group_id -> (how many pairs a bound rules
    out, the first such pair's note), as ``findings.ruled_out`` reads them from the table. Only the pairs with a
    bound claim are looked at, and a note is written for each group's first (1,500,000 pairs of the 1M benchmark
    table looked at, 695,000 ruled out, 70,000 notes written instead of 695,000 rows of text). ``groups``: only
    the groups whose codes lie in [first, last) (a pair never crosses groups: the parts' answers make the whole's)."""
    p = _pair_positions(c, max_pairs, contradictions_only=True, groups=groups)
    if p is None:
        return {}
    group = c["gcode"].to_numpy()[p.rows[p.a]]  # the pairs run through the groups in order
    first = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
    counts = np.diff(np.r_[first, len(group)])
    names = take_text(ids, group[first]).to_numpy(dtype=object)
    return dict(zip(names.tolist(), zip(counts.tolist(), _pair_notes(c, p, first).to_pylist())))


def _halves(n_groups: int, n_claims: int) -> list[tuple[int, int] | None]:
    """The group codes in two halves for a large table (two threads share them), all of them at once for a small
    one (a step more costs a small table more than it shares)."""
    if n_claims < parallel.PARALLEL_ROWS:  # read at the call, as beside reads it
        return [None]
    half = n_groups // 2
    return [(0, half), (half, n_groups)]


def _merged(parts: list[Step]) -> dict:
    """The answers of the parts (disjoint groups) as one."""
    return {gid: found for part in parts for gid, found in part.result().items()}


def _sources(claims: pd.DataFrame) -> pd.DataFrame:
    key = pd.Series(pd.factorize(fold_text(claims["source"]), sort=True)[0], index=claims.index)
    compared = claims["log10_deviation"].notna() & (claims.groupby("gcode")["source"].transform("nunique") > 1)
    g = claims.groupby(key, sort=True)
    out = pd.DataFrame(
        {
            "source": g["source"].min(),  # one spelling of the folded name, the same every run
            "claims": g.size(),
            "groups": g["group_id"].nunique(),
            "compared_claims": compared.groupby(key).sum(),
            "median_log10_deviation": claims["log10_deviation"].where(compared).groupby(key).median(),
        }
    )
    dev = out["median_log10_deviation"]
    out["tendency"] = np.select([dev > log10(1.1), dev < -log10(1.1), dev.notna()], ["high", "low", "even"], "")
    return out.reset_index(drop=True)[SOURCE_COLUMNS]
