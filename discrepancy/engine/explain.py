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

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from discrepancy.claims import readable
from discrepancy.claims.dates import period_span
from discrepancy.claims.grammar import AT_LEAST, AT_MOST
from discrepancy.engine.schema import columns
from discrepancy.errors import DateProblem

EXPLANATION_COLUMNS = columns("explanations")
EXPLAINED_SEVERITIES = ("extreme", "major")
#: Reference dates closer than this are taken as the same moment.
MIN_DAYS_APART = 30
KINDS = ("revision", "dates_apart", "period_differs", "method_differs", "interested_party", "bound_vs_point",
         "lineage", "none")  # fmt: skip
_CIVILIAN = "civilian"
#: the characters Python's str.strip removes (every code point whose str.isspace() is true; a test checks the list)
STRIPPED = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
#: a cell that starts or ends with one of them (RE2 syntax)
_EDGE_SPACE = "^[{0}]|[{0}]$".format("".join(f"\\x{{{ord(c):x}}}" for c in STRIPPED))


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


def _said(row) -> str:
    return f"{row.source}, {row.value_text}"


_FIELDS = ("claim_id", "source", "value_text", "as_of", "claim_date", "reference_date", "method", "notes", "metric",
           "qualifier", "point", "interested")  # fmt: skip
Claim = collections.namedtuple("Claim", _FIELDS)


def _records(claims: pd.DataFrame, rows: np.ndarray) -> list:
    """The claims at positions ``rows`` as Claim records, each cell read as text (``_as_text``), the point as
    a float or None, interested as a bool. For the few groups that need the per-claim rules below."""
    values = {}
    for name in _FIELDS:
        cells = claims[name].iloc[rows].tolist() if name in claims.columns else [None] * len(rows)
        if name == "point":
            values[name] = [None if v is None or v != v or v is pd.NA else float(v) for v in cells]
        elif name == "interested":
            values[name] = [bool(v) if v is not None and v is not pd.NA else False for v in cells]
        else:
            values[name] = [_as_text(v) for v in cells]
    return [Claim(*record) for record in zip(*(values[n] for n in _FIELDS))]


def _method_rows(members: list) -> list[tuple[list, str]]:
    """(claim ids, text) of the method_differs candidates of one group's claims (Claim records): the stated
    methods differ; some claims count civilians only and the others do not say so."""
    rows = []
    by_id = {r.claim_id: r for r in members}
    stated = {r.claim_id: r.method for r in members if r.method}
    if len(set(stated.values())) > 1:
        listed = "; ".join(f"{by_id[cid].source}: {m!r}" for cid, m in sorted(stated.items()))
        rows.append((sorted(stated), f"The stated methods differ: {listed}."))
    scope_text = {r.claim_id: " ".join((r.method, r.notes, r.metric)).casefold() for r in members}
    civilian = sorted(cid for cid, text in scope_text.items() if _CIVILIAN in text)
    if civilian and len(civilian) < len(scope_text):
        names = ", ".join(by_id[c].source for c in civilian)
        rows.append(
            (
                sorted(scope_text),
                f"Some claims count civilians only ({names}) and the others do not say so: different definitions.",
            )
        )
    return rows


def _none_text(spread_ratio: float) -> str:
    """The text of a group that nothing in the table explains."""
    ratio = readable.ratio(float(spread_ratio)) if pd.notna(spread_ratio) else "widely"
    return (
        f"No difference in the table explains the {ratio} spread: as far as the table shows, the sources "
        "measure the same thing at comparable dates and disagree."
    )


def _texts(column: pd.Series, repeated: bool) -> np.ndarray:
    """The cells as ``_as_text`` reads them, as an object array of str: missing is "", text stripped by
    Python's str.strip. ``repeated``: a column of few distinct values, each read once (Arrow's dictionary);
    otherwise only the cells that start or end with white space are stripped one by one."""
    if not isinstance(column.dtype, pd.StringDtype):
        return _objects([_as_text(v) for v in column.tolist()])
    arr = _arrow(column)
    if repeated:
        encoded = pc.dictionary_encode(arr)
        distinct = _objects([_as_text(v) for v in encoded.dictionary.to_pylist()] + [""])
        return distinct[pc.fill_null(encoded.indices, -1).to_numpy(zero_copy_only=False)]  # -1: missing
    values = pc.fill_null(arr, "").to_numpy(zero_copy_only=False).astype(object)
    edge = np.flatnonzero(pc.fill_null(pc.match_substring_regex(arr, _EDGE_SPACE), False).to_numpy(False))
    values[edge] = _objects([v.strip() for v in values[edge]])
    return values


def _civilian(column: pd.Series) -> np.ndarray:
    """Whether each cell, casefolded, contains "civilian": Arrow for ASCII cells (where casefolding is ASCII
    lower-casing), Python's casefold for the others."""
    arr = pc.fill_null(_arrow(column.astype("str")), "")
    hit = pc.match_substring(arr, _CIVILIAN, ignore_case=True).to_numpy(zero_copy_only=False).copy()
    other = np.flatnonzero(~pc.string_is_ascii(arr).to_numpy(zero_copy_only=False))
    hit[other] = [_CIVILIAN in _as_text(v).casefold() for v in column.iloc[other].tolist()]
    return hit


class _Members:
    """The claims of the explained groups, in the claims table's order, column by column: ``rows`` their
    positions in the claims table, ``gpos`` the position of each one's group among the explained groups,
    text columns as object arrays of str (``_as_text``), ``point`` with NaN for none, ``interested``."""

    #: text columns read, with whether their values repeat (few distinct values)
    TEXT = {"claim_id": False, "source": True, "value_text": False, "as_of": True, "claim_date": True,
            "reference_date": True, "method": True, "qualifier": True}  # fmt: skip

    def __init__(self, claims: pd.DataFrame, chosen: pd.DataFrame):
        gpos = _index_in(claims["group_id"], chosen["group_id"])
        self.rows = np.flatnonzero(gpos >= 0)
        self.gpos = gpos[self.rows]
        for name, repeated in self.TEXT.items():
            present = name in claims.columns
            setattr(
                self, name, _texts(claims[name], repeated)[self.rows] if present else np.full(len(self), "", object)
            )
        self.point = self._points(claims)
        self.interested = self._interested(claims)
        self.civilian = np.zeros(len(self), dtype=bool)
        for name in ("method", "notes", "metric"):
            if name in claims.columns:
                self.civilian |= _civilian(claims[name])[self.rows]

    def __len__(self) -> int:
        return len(self.rows)

    def _points(self, claims: pd.DataFrame) -> np.ndarray:
        if "point" not in claims.columns:
            return np.full(len(self.rows), np.nan)
        column = claims["point"]
        if column.dtype.kind == "f":
            return column.to_numpy(dtype=float)[self.rows]
        points = [np.nan if v is None or v != v or v is pd.NA else float(v) for v in column.tolist()]
        return np.array(points, dtype=float)[self.rows]

    def _interested(self, claims: pd.DataFrame) -> np.ndarray:
        if "interested" not in claims.columns:
            return np.zeros(len(self.rows), dtype=bool)
        column = claims["interested"]
        if column.dtype == bool:
            return column.to_numpy(dtype=bool)[self.rows]
        flags = [bool(v) if v is not None and v is not pd.NA else False for v in column.tolist()]
        return np.array(flags, dtype=bool)[self.rows]


def _part(kind: str, gpos, seq, ids, text) -> dict:
    """Candidates of one kind: the group position, the order within the group and kind, claim ids, text."""
    n = len(gpos)
    return {"gpos": np.asarray(gpos, dtype=np.int64), "kind": np.full(n, KINDS.index(kind)),
            "seq": np.asarray(seq, dtype=np.int64), "claim_ids": _objects(ids), "text": _objects(text)}  # fmt: skip


def _objects(values) -> np.ndarray:
    """A list or array of str as a 1-d object array."""
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def _distinct(key: np.ndarray, values: np.ndarray, n_keys: int) -> np.ndarray:
    """For each key 0..n_keys-1, how many distinct ``values`` its rows hold."""
    codes, uniques = pd.factorize(values)
    pairs = pd.unique(key.astype(np.int64) * (len(uniques) + 1) + codes)
    return np.bincount(pairs // (len(uniques) + 1), minlength=n_keys)


def _index_in(values, lookup) -> np.ndarray:
    """For each of ``values``, the position of its first equal in ``lookup`` (Arrow's hash lookup), -1 for none."""
    text = pa.large_string()
    found = pc.index_in(_arrow(values).cast(text), value_set=_arrow(lookup).cast(text))
    return pc.fill_null(found, -1).to_numpy(zero_copy_only=False).astype(np.int64)


def _arrow(values) -> pa.Array:
    """A Series or an object array of str as one Arrow array (missing values null)."""
    arr = pa.array(values, from_pandas=True)
    return arr.combine_chunks() if isinstance(arr, pa.ChunkedArray) else arr


def _extremes(m: _Members, chosen: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Member positions of each group's lowest and highest claims (min_claim_id, max_claim_id; the last
    member of the group with that id), -1 when the group has no such member."""
    out = []
    for side in ("min_claim_id", "max_claim_id"):
        ids = chosen[side].to_numpy(dtype=object, na_value=None)
        match = np.flatnonzero(m.claim_id == ids[m.gpos])
        at = np.full(len(chosen), -1, dtype=np.int64)
        np.maximum.at(at, m.gpos[match], match)
        out.append(at)
    return out[0], out[1]


def _revisions(m: _Members, low: np.ndarray, high: np.ndarray) -> dict:
    """revision: a source of the group with at least two points and two reference dates; its claims by
    reference date then id. Sources in sorted order."""
    rows = np.flatnonzero(~np.isnan(m.point))
    source_code = pd.factorize(m.source[rows], sort=True)[0]
    pair, pair_keys = pd.factorize(m.gpos[rows] * (source_code.max(initial=0) + 1) + source_code)
    n_points = _distinct(pair, m.point[rows] + 0.0, len(pair_keys))  # + 0.0: -0.0 and 0.0 are one point
    n_dates = _distinct(pair, m.reference_date[rows], len(pair_keys))
    revised = ((n_points >= 2) & (n_dates >= 2))[pair]
    rows, source_code, pair = rows[revised], source_code[revised], pair[revised]
    ref_code = pd.factorize(m.reference_date[rows], sort=True)[0]
    id_code = pd.factorize(m.claim_id[rows], sort=True)[0]
    order = np.lexsort((id_code, ref_code, source_code, m.gpos[rows]))
    rows, pair = rows[order], pair[order]
    if not len(rows):
        return _part("revision", [], [], [], [])
    when = np.where(
        m.as_of[rows] != "", m.as_of[rows], np.where(m.claim_date[rows] != "", m.claim_date[rows], "undated")
    )
    steps = (m.value_text[rows] + " (" + when + ")").tolist()
    ids = m.claim_id[rows].tolist()
    starts = np.flatnonzero(np.r_[True, pair[1:] != pair[:-1]])
    ends = np.r_[starts[1:], len(rows)]
    first = rows[starts]
    gpos = m.gpos[first]
    lo, hi = low[gpos], high[gpos]
    both = (lo >= 0) & (hi >= 0) & (m.source[lo] == m.source[hi]) & (m.source[lo] == m.source[first])
    tail = np.where(
        both,
        " The group's lowest and highest figures are both this source's: the spread is a revision, not sources "
        "disagreeing.",
        " These are one source's revisions, not sources disagreeing.",
    )
    text = [
        f"{source} revised its own figure: {'; then '.join(steps[s:e])}.{t}"
        for source, s, e, t in zip(m.source[first].tolist(), starts.tolist(), ends.tolist(), tail.tolist())
    ]
    joined = [";".join(ids[s:e]) for s, e in zip(starts.tolist(), ends.tolist())]
    return _part("revision", gpos, np.arange(len(first)), joined, text)


def _period_days(texts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """First and last day (proleptic ordinals) of each text's period, -1 where the text is blank or does not
    read; each distinct text is read once."""
    codes, uniques = pd.factorize(texts)
    spans = [_span(t) if t else None for t in uniques]
    first = np.array([s[0].toordinal() if s else -1 for s in spans] + [-1], dtype=np.int64)
    last = np.array([s[1].toordinal() if s else -1 for s in spans] + [-1], dtype=np.int64)
    return first[codes], last[codes]


def _period(m: _Members, at: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The period each claim at member positions ``at`` refers to, as written: its as_of, else its claim
    date (a year or a month is the whole year or month): first and last day (ordinals, -1 when neither
    reads) and the text."""
    as_first, as_last = _period_days(m.as_of[at])
    on_first, on_last = _period_days(m.claim_date[at])
    use_as_of = as_first >= 0
    first = np.where(use_as_of, as_first, on_first)
    last = np.where(use_as_of, as_last, on_last)
    text = np.where(use_as_of, m.as_of[at], m.claim_date[at])
    return first, last, text


def _dates(m: _Members, low: np.ndarray, high: np.ndarray) -> list[dict]:
    """dates_apart (the lowest and highest figures' periods at least MIN_DAYS_APART apart) and
    period_differs (periods of different length, both stated as as_of), for the groups whose lowest and
    highest claims are both members."""
    gpos = np.flatnonzero((low >= 0) & (high >= 0))
    lo, hi = low[gpos], high[gpos]
    l_first, l_last, l_text = _period(m, lo)
    h_first, h_last, h_text = _period(m, hi)
    read = (l_first >= 0) & (h_first >= 0)
    gap = np.maximum(np.maximum(h_first - l_last, l_first - h_last), 0)
    apart = np.flatnonzero(read & (gap >= MIN_DAYS_APART))
    direction = np.where(
        h_first[apart] > l_last[apart],
        "the later figure is the higher, as a count that accumulates over time (deaths, members recruited) would be",
        "the later figure is the lower: a real decline, a narrower count, or a correction",
    )
    said_low = (m.source[lo[apart]] + ", " + m.value_text[lo[apart]]).tolist()
    said_high = (m.source[hi[apart]] + ", " + m.value_text[hi[apart]]).tolist()
    apart_text = [
        f"The lowest figure ({a}) refers to {lt} and the highest ({b}) to {ht}: at least {g:,} days apart; {d}."
        for a, lt, b, ht, g, d in zip(
            said_low, l_text[apart].tolist(), said_high, h_text[apart].tolist(), gap[apart].tolist(), direction.tolist()
        )
    ]
    low_days, high_days = l_last - l_first + 1, h_last - h_first + 1
    longer = np.maximum(low_days, high_days) >= 2 * np.minimum(low_days, high_days) + MIN_DAYS_APART
    differs = np.flatnonzero(read & longer & (m.as_of[lo] != "") & (m.as_of[hi] != ""))
    differs_text = [
        f"The lowest figure covers {lt} ({ld:,} days) and the highest {ht} ({hd:,} days): counts over periods of "
        "different length."
        for lt, ld, ht, hd in zip(
            l_text[differs].tolist(), low_days[differs].tolist(), h_text[differs].tolist(), high_days[differs].tolist()
        )
    ]
    return [
        _part("dates_apart", gpos[apart], np.zeros(len(apart)), _pair_ids(m, lo[apart], hi[apart]), apart_text),
        _part("period_differs", gpos[differs], np.zeros(len(differs)), _pair_ids(m, lo[differs], hi[differs]),
              differs_text),
    ]  # fmt: skip


def _pair_ids(m: _Members, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    return m.claim_id[first] + ";" + m.claim_id[second]


def _positions_of(m: _Members, gpos: np.ndarray) -> list[np.ndarray]:
    """For each group position in ``gpos``: its members' positions, in table order."""
    order = np.argsort(m.gpos, kind="stable")
    starts = np.searchsorted(m.gpos[order], gpos, side="left")
    ends = np.searchsorted(m.gpos[order], gpos, side="right")
    return [order[s:e] for s, e in zip(starts, ends)]


def _members_of(m: _Members, gpos: np.ndarray) -> list[np.ndarray]:
    """For each group position in ``gpos``: its members' positions in the claims table, in table order."""
    return [m.rows[at] for at in _positions_of(m, gpos)]


def _methods(m: _Members, claims: pd.DataFrame, n_groups: int) -> dict:
    """method_differs, read claim by claim (``_method_rows``) in the groups that may have one: at least two
    stated methods, or civilian-only claims beside others."""
    stated = np.flatnonzero(m.method != "")
    several = _distinct(m.gpos[stated], m.method[stated], n_groups) > 1
    mixed = (np.bincount(m.gpos, m.civilian, minlength=n_groups) > 0) & (
        np.bincount(m.gpos, ~m.civilian, minlength=n_groups) > 0
    )
    gpos, seq, ids, text = [], [], [], []
    candidates = np.flatnonzero(several | mixed)
    for g, rows in zip(candidates.tolist(), _members_of(m, candidates)):
        for k, (claim_ids, words) in enumerate(_method_rows(_records(claims, rows))):
            gpos.append(g), seq.append(k), ids.append(";".join(claim_ids)), text.append(words)
    return _part("method_differs", gpos, seq, ids, text)


def _interested_parties(m: _Members) -> dict:
    """interested_party: one per claim from a party to the conflict, in table order."""
    at = np.flatnonzero(m.interested)
    text = (
        m.source[at] + " is a party to the conflict (source_type party_to_conflict): its figure ("
        + m.value_text[at] + ") may serve its side."
    )  # fmt: skip
    return _part("interested_party", m.gpos[at], at, m.claim_id[at], text)


def _bounds(m: _Members) -> dict:
    """bound_vs_point: one per claim that states a floor or a ceiling, in table order."""
    at = np.flatnonzero((m.qualifier == AT_LEAST) | (m.qualifier == AT_MOST))
    word = np.where(m.qualifier[at] == AT_LEAST, "a floor", "a ceiling").astype(object)
    text = (
        m.source[at] + " states " + word + " (" + m.value_text[at] + "), not a best estimate: set beside points it "
        "bounds, it does not measure the same thing."
    )  # fmt: skip
    return _part("bound_vs_point", m.gpos[at], at, m.claim_id[at], text)


def _lineage_links(m: _Members, lineage: pd.DataFrame) -> dict:
    """lineage: each attribution or restated link that touches a claim of the group (earlier id, later id;
    its note), in lineage order; a link within one group is listed once."""
    if lineage.empty:
        return _part("lineage", [], [], [], [])
    links = lineage[lineage["kind"].isin(["attribution", "restated"])]
    earlier = links["earlier_claim_id"].to_numpy(dtype=object)
    later = links["later_claim_id"].to_numpy(dtype=object)
    of_earlier, of_later = _group_of(m, earlier, later)
    notes = links["note"].astype(str).to_numpy(dtype=object)
    first = np.flatnonzero(of_earlier >= 0)
    second = np.flatnonzero((of_later >= 0) & (of_later != of_earlier))
    at = np.r_[first, second]
    return _part("lineage", np.r_[of_earlier[first], of_later[second]], at, earlier[at] + ";" + later[at], notes[at])


def _group_of(m: _Members, earlier: np.ndarray, later: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The group positions of the claims with the ``earlier`` and ``later`` ids, -1 for none. A repeated id
    takes its last claim, groups taken in the order they first appear in the table."""
    named = pc.unique(_arrow(np.concatenate([earlier, later])))
    order = np.argsort(pd.factorize(m.gpos)[0], kind="stable")  # groups in order of first appearance
    code = _index_in(m.claim_id[order], named)
    hit = np.flatnonzero(code >= 0)
    group = np.full(len(named) + 1, -1, dtype=np.int64)  # the extra -1: an id no claim has
    group[code[hit]] = m.gpos[order][hit]  # a repeated id: the last assignment stays
    return group[_index_in(earlier, named)], group[_index_in(later, named)]


def _nothing(m: _Members, claims: pd.DataFrame, chosen: pd.DataFrame, parts: list[dict]) -> dict:
    """none: the groups without any other candidate, with all their claim ids (sorted)."""
    found = np.zeros(len(chosen), dtype=bool)
    for part in parts:
        found[part["gpos"]] = True
    gpos = np.flatnonzero(~found)
    ratios = chosen["spread_ratio"].to_numpy(dtype=object)[gpos].tolist()
    ids = [
        ";".join(sorted({_as_text(v) for v in claims["claim_id"].iloc[rows].tolist()})) for rows in _members_of(m, gpos)
    ]
    return _part("none", gpos, np.zeros(len(gpos)), ids, [_none_text(r) for r in ratios])


def explanations_table(groups: pd.DataFrame, claims: pd.DataFrame, lineage: pd.DataFrame) -> pd.DataFrame:
    """One row per candidate explanation of each major or extreme group (groups in the groups table's
    order, most severe first; within a group, kinds in ``KINDS`` order). Each kind is found for all groups
    at once, column by column; only the rare kinds that need claim-by-claim rules read records."""
    chosen = groups[groups["severity"].isin(EXPLAINED_SEVERITIES)].reset_index(drop=True)
    if chosen.empty:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in EXPLANATION_COLUMNS})
    m = _Members(claims, chosen)
    low, high = _extremes(m, chosen)
    parts = [_revisions(m, low, high), *_dates(m, low, high), _methods(m, claims, len(chosen)),
             _interested_parties(m), _bounds(m), _lineage_links(m, lineage)]  # fmt: skip
    parts.append(_nothing(m, claims, chosen, parts))
    merged = {key: np.concatenate([p[key] for p in parts]) for key in parts[0]}
    order = np.lexsort((merged["seq"], merged["kind"], merged["gpos"]))
    columns = {
        "group_id": _arrow(chosen["group_id"]).take(merged["gpos"][order]),
        "kind": pa.array(KINDS).take(merged["kind"][order]),
        "claim_ids": pa.array(merged["claim_ids"][order], type=pa.large_string()),
        "text": pa.array(merged["text"][order], type=pa.large_string()),
    }
    out = pd.DataFrame({name: pd.Series(columns[name].to_pandas().array, dtype="str") for name in EXPLANATION_COLUMNS})
    return out.astype("str")
