"""Why claims may differ: for each group with a major or extreme spread, the differences between its claims
that could explain the spread, read from what the table holds. Each is a candidate, with the claims it
concerns, never a verdict; a group where nothing in the table explains the spread says so.

Kinds, in the order they are listed for a group:

- ``scale``: the lowest and highest figures differ by almost exactly a thousand, a lakh, a million, a crore, a
  billion or a trillion times (a hundred, in percent): one may be written in another scale, or a share as a fraction
  (discrepancy.engine.scales).
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
from discrepancy.claims.text import as_arrow
from discrepancy.engine.frames import TEXT, join_text, objects
from discrepancy.engine.scales import scale_slip, slip_text
from discrepancy.engine.schema import columns
from discrepancy.errors import DateProblem

EXPLANATION_COLUMNS = columns("explanations")
EXPLAINED_SEVERITIES = ("extreme", "major")
#: Reference dates closer than this are taken as the same moment.
MIN_DAYS_APART = 30
KINDS = ("scale", "revision", "dates_apart", "period_differs", "method_differs", "interested_party", "bound_vs_point",
         "lineage", "none")  # fmt: skip
_CIVILIAN = "civilian"
#: the characters Python's str.strip removes (every code point whose str.isspace() is true; a test checks the list)
STRIPPED = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"


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


def _coded(column: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """A column of few distinct values as ``_as_text`` reads them: the distinct texts, sorted, as an object
    array, and each cell's position in it (cells of equal text, equal codes; codes in the texts' order). Each
    distinct value of an Arrow-backed column (Arrow's dictionary) is read once."""
    if not isinstance(column.dtype, pd.StringDtype):
        codes, distinct = pd.factorize(objects([_as_text(v) for v in column.tolist()]), sort=True)
        return codes, objects(distinct)
    encoded = pc.dictionary_encode(_arrow(column))
    read = objects([_as_text(v) for v in encoded.dictionary.to_pylist()] + [""])  # the last: missing
    rank, distinct = pd.factorize(read, sort=True)
    return rank[pc.fill_null(encoded.indices, -1).to_numpy(zero_copy_only=False)], objects(distinct)


def _arrow_texts(column: pd.Series, rows: np.ndarray | None = None) -> pa.Array:
    """The cells at positions ``rows`` (None: all) as ``_as_text`` reads them, as an Arrow large_string array
    without nulls: missing is "", text stripped by Arrow of the characters Python's str.strip removes (STRIPPED),
    so no cell becomes a Python string."""
    if not isinstance(column.dtype, pd.StringDtype):
        cells = column.tolist() if rows is None else column.iloc[rows].tolist()
        return pa.array([_as_text(v) for v in cells], type=TEXT)
    arr = _arrow(column).cast(TEXT)
    return pc.utf8_trim(pc.fill_null(arr if rows is None else arr.take(pa.array(rows)), ""), STRIPPED)


def _civilian(column: pd.Series) -> np.ndarray:
    """Whether each cell, casefolded, contains "civilian": each distinct cell read once, by Arrow for ASCII
    cells (where casefolding is ASCII lower-casing), by Python's casefold for the others."""
    encoded = pc.dictionary_encode(pc.fill_null(_arrow(column.astype("str")), ""))
    distinct = encoded.dictionary  # each distinct cell read once
    hit = pc.match_substring(distinct, _CIVILIAN, ignore_case=True).to_numpy(zero_copy_only=False).copy()
    other = np.flatnonzero(~pc.string_is_ascii(distinct).to_numpy(zero_copy_only=False))
    hit[other] = [_CIVILIAN in _as_text(v).casefold() for v in distinct.take(pa.array(other)).to_pylist()]
    return hit[encoded.indices.to_numpy(zero_copy_only=False)]


class _Members:
    """The claims of the explained groups, in the claims table's order, column by column: ``rows`` their
    positions in the claims table, ``gpos`` the position of each one's group among the explained groups,
    claim_id and value_text as Arrow large_string arrays, the columns of few distinct values as codes into
    their sorted distinct texts (``codes``, ``distinct``; ``texts`` and ``arrow`` read them), all as
    ``_as_text`` reads them; ``point`` with NaN for none, ``interested``, ``civilian``."""

    #: text columns of few distinct values, read as codes
    CODED = ("source", "as_of", "claim_date", "reference_date", "method", "qualifier")

    def __init__(self, claims: pd.DataFrame, chosen: pd.DataFrame):
        gpos = _index_in(claims["group_id"], chosen["group_id"])
        self.rows = np.flatnonzero(gpos >= 0)
        self.gpos = gpos[self.rows]
        for name in ("claim_id", "value_text"):
            present = name in claims.columns
            setattr(self, name, _arrow_texts(claims[name], self.rows) if present else _blank(len(self)))
        self.codes, self.distinct, self._distinct_arrow = {}, {}, {}
        for name in self.CODED:
            codes, distinct = _coded(claims[name]) if name in claims.columns else (np.zeros(0, int), objects([""]))
            self.codes[name] = codes[self.rows] if len(codes) else np.zeros(len(self), dtype=np.int64)
            self.distinct[name] = distinct
        self.point = self._points(claims)
        self.interested = self._interested(claims)
        self.civilian = np.zeros(len(self), dtype=bool)
        for name in ("method", "notes", "metric"):
            if name in claims.columns:
                self.civilian |= _civilian(claims[name])[self.rows]

    def __len__(self) -> int:
        return len(self.rows)

    def texts(self, name: str, at: np.ndarray) -> np.ndarray:
        """The text of column ``name`` of the members at positions ``at``, as an object array of str."""
        if name in self.codes:
            return self.distinct[name][self.codes[name][at]]
        return getattr(self, name).take(pa.array(at)).to_numpy(zero_copy_only=False).astype(object)

    def arrow(self, name: str, at: np.ndarray) -> pa.Array:
        """The text of column ``name`` of the members at positions ``at``, as an Arrow large_string array."""
        if name in self.codes:
            if name not in self._distinct_arrow:  # the distinct texts as Arrow, made once
                self._distinct_arrow[name] = pa.array(self.distinct[name], type=TEXT)
            return self._distinct_arrow[name].take(pa.array(self.codes[name][at]))
        return getattr(self, name).take(pa.array(at))

    def code_of(self, name: str, text: str) -> int:
        """The code of ``text`` in column ``name``, -1 when no member's column holds it."""
        at = int(np.searchsorted(self.distinct[name], text))
        return at if at < len(self.distinct[name]) and self.distinct[name][at] == text else -1

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


def _blank(n: int) -> pa.Array:
    """``n`` empty texts as an Arrow large_string array."""
    return pa.array([""], type=TEXT).take(pa.array(np.zeros(n, dtype=np.int64)))


def _part(kind: str, gpos, seq, ids, text) -> dict:
    """Candidates of one kind: the group position, the order within the group and kind, claim ids and text
    (Arrow large_string arrays; lists or arrays of str are converted)."""
    n = len(gpos)
    return {"gpos": np.asarray(gpos, dtype=np.int64), "kind": np.full(n, KINDS.index(kind)),
            "seq": np.asarray(seq, dtype=np.int64), "claim_ids": _large(ids), "text": _large(text)}  # fmt: skip


def _large(values) -> pa.Array:
    """An Arrow array of text, or a list or array of str, as an Arrow large_string array."""
    if isinstance(values, pa.Array):
        return values.cast(TEXT)
    return pa.array(values if isinstance(values, list) else objects(values), type=TEXT)


def _spans(key: np.ndarray, values: np.ndarray, n_keys: int) -> np.ndarray:
    """For each key 0..n_keys-1, whether its rows hold two different ``values`` (numbers, no NaN): their
    lowest and highest differ."""
    low = np.full(n_keys, np.inf if values.dtype.kind == "f" else np.iinfo(np.int64).max, dtype=values.dtype)
    high = np.full(n_keys, -np.inf if values.dtype.kind == "f" else np.iinfo(np.int64).min, dtype=values.dtype)
    np.minimum.at(low, key, values)
    np.maximum.at(high, key, values)
    return high > low


def _index_in(values, lookup) -> np.ndarray:
    """For each of ``values``, the position of its first equal in ``lookup`` (Arrow's hash lookup), -1 for none."""
    found = pc.index_in(_arrow(values).cast(TEXT), value_set=_arrow(lookup).cast(TEXT))
    return pc.fill_null(found, -1).to_numpy(zero_copy_only=False).astype(np.int64)


def _arrow(values) -> pa.Array:
    """A Series, an object array of str or an Arrow array as one Arrow array (missing values null)."""
    return values if isinstance(values, pa.Array) else as_arrow(values)


def _extremes(m: _Members, chosen: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Member positions of each group's lowest and highest claims (min_claim_id, max_claim_id; the last
    member of the group with that id), -1 when the group has no such member."""
    out = []
    for side in ("min_claim_id", "max_claim_id"):
        ids = _arrow(chosen[side]).cast(TEXT).take(pa.array(m.gpos))
        match = np.flatnonzero(pc.fill_null(pc.equal(m.claim_id, ids), False).to_numpy(zero_copy_only=False))
        at = np.full(len(chosen), -1, dtype=np.int64)
        np.maximum.at(at, m.gpos[match], match)
        out.append(at)
    return out[0], out[1]


def _scales(m: _Members, chosen: pd.DataFrame, low: np.ndarray, high: np.ndarray) -> dict:
    """scale: a group whose spread is almost exactly a power of ten a scale word names, with its lowest and highest
    claims."""
    slip = scale_slip(chosen["spread_ratio"].to_numpy(dtype=float), chosen["unit"])
    gpos = np.flatnonzero((slip > 0) & (low >= 0) & (high >= 0))
    ids = join_text(m.arrow("claim_id", low[gpos]), ";", m.arrow("claim_id", high[gpos]))
    return _part("scale", gpos, np.zeros(len(gpos)), ids, [slip_text(p) for p in slip[gpos].tolist()])


def _revisions(m: _Members, low: np.ndarray, high: np.ndarray) -> dict:
    """revision: a source of the group with at least two points and two reference dates; its claims by
    reference date then id. Sources in sorted order."""
    rows = np.flatnonzero(~np.isnan(m.point))
    source_code = m.codes["source"][rows]  # codes in the sources' sorted order
    pair, pair_keys = pd.factorize(m.gpos[rows] * len(m.distinct["source"]) + source_code)
    # two distinct values or more: the lowest and the highest differ (-0.0 and 0.0 are one point)
    several_points = _spans(pair, m.point[rows], len(pair_keys))
    several_dates = _spans(pair, m.codes["reference_date"][rows], len(pair_keys))
    revised = (several_points & several_dates)[pair]
    rows, source_code, pair = rows[revised], source_code[revised], pair[revised]
    ref_code = m.codes["reference_date"][rows]
    id_code = pd.factorize(m.texts("claim_id", rows), sort=True)[0]
    order = np.lexsort((id_code, ref_code, source_code, m.gpos[rows]))
    rows, pair = rows[order], pair[order]
    if not len(rows):
        return _part("revision", [], [], [], [])
    as_of, claim_date = m.texts("as_of", rows), m.texts("claim_date", rows)
    when = np.where(as_of != "", as_of, np.where(claim_date != "", claim_date, "undated"))
    steps = (m.texts("value_text", rows) + " (" + when + ")").tolist()
    ids = m.texts("claim_id", rows).tolist()
    starts = np.flatnonzero(np.r_[True, pair[1:] != pair[:-1]])
    ends = np.r_[starts[1:], len(rows)]
    first = rows[starts]
    gpos = m.gpos[first]
    lo, hi = low[gpos], high[gpos]
    source = m.codes["source"]
    both = (lo >= 0) & (hi >= 0) & (source[lo] == source[hi]) & (source[lo] == source[first])
    tail = np.where(
        both,
        " The group's lowest and highest figures are both this source's: the spread is a revision, not sources "
        "disagreeing.",
        " These are one source's revisions, not sources disagreeing.",
    )
    text = [
        f"{source} revised its own figure: {'; then '.join(steps[s:e])}.{t}"
        for source, s, e, t in zip(m.texts("source", first).tolist(), starts.tolist(), ends.tolist(), tail.tolist())
    ]
    joined = [";".join(ids[s:e]) for s, e in zip(starts.tolist(), ends.tolist())]
    return _part("revision", gpos, np.arange(len(first)), joined, text)


def _period_days(m: _Members, name: str, at: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """First and last day (proleptic ordinals) of the period column ``name`` of the members at positions
    ``at`` reads as, -1 where the text is blank or does not read; each distinct text is read once."""
    codes = m.codes[name][at]
    used = np.unique(codes)
    spans = [_span(t) if t else None for t in m.distinct[name][used].tolist()]
    first = np.full(len(m.distinct[name]), -1, dtype=np.int64)
    last = np.full(len(m.distinct[name]), -1, dtype=np.int64)
    first[used] = [s[0].toordinal() if s else -1 for s in spans]
    last[used] = [s[1].toordinal() if s else -1 for s in spans]
    return first[codes], last[codes]


def _period(m: _Members, at: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The period each claim at member positions ``at`` refers to, as written: its as_of, else its claim
    date (a year or a month is the whole year or month): first and last day (ordinals, -1 when neither
    reads) and whether the text is the as_of (``_period_text`` writes it)."""
    as_first, as_last = _period_days(m, "as_of", at)
    on_first, on_last = _period_days(m, "claim_date", at)
    use_as_of = as_first >= 0
    first = np.where(use_as_of, as_first, on_first)
    last = np.where(use_as_of, as_last, on_last)
    return first, last, use_as_of


def _period_text(m: _Members, at: np.ndarray, use_as_of: np.ndarray) -> pa.Array:
    """The period of the members at positions ``at`` as written: the as_of where ``use_as_of``, else the
    claim date (Arrow large_string)."""
    return pc.if_else(pa.array(use_as_of, pa.bool_()), m.arrow("as_of", at), m.arrow("claim_date", at))


def _thousands(values: np.ndarray) -> pa.Array:
    """Integers written with thousands separators (``f"{v:,}"``), each distinct one once (Arrow large_string)."""
    distinct, codes = np.unique(values, return_inverse=True)
    return pa.array([f"{v:,}" for v in distinct.tolist()], type=TEXT).take(pa.array(codes.ravel()))


def _dates(m: _Members, low: np.ndarray, high: np.ndarray) -> list[dict]:
    """dates_apart (the lowest and highest figures' periods at least MIN_DAYS_APART apart) and
    period_differs (periods of different length, both stated as as_of), for the groups whose lowest and
    highest claims are both members."""
    gpos = np.flatnonzero((low >= 0) & (high >= 0))
    lo, hi = low[gpos], high[gpos]
    l_first, l_last, l_as_of = _period(m, lo)
    h_first, h_last, h_as_of = _period(m, hi)
    read = (l_first >= 0) & (h_first >= 0)
    gap = np.maximum(np.maximum(h_first - l_last, l_first - h_last), 0)
    apart = np.flatnonzero(read & (gap >= MIN_DAYS_APART))
    direction = pc.if_else(
        pa.array(h_first[apart] > l_last[apart], pa.bool_()),
        pa.scalar(
            "the later figure is the higher, as a count that accumulates over time (deaths, members recruited) "
            "would be",
            TEXT,
        ),
        pa.scalar("the later figure is the lower: a real decline, a narrower count, or a correction", TEXT),
    )
    la, ha = lo[apart], hi[apart]
    apart_text = join_text(
        "The lowest figure (", m.arrow("source", la), ", ", m.arrow("value_text", la), ") refers to ",
        _period_text(m, la, l_as_of[apart]), " and the highest (", m.arrow("source", ha), ", ",
        m.arrow("value_text", ha), ") to ", _period_text(m, ha, h_as_of[apart]), ": at least ",
        _thousands(gap[apart]), " days apart; ", direction, ".",
    )  # fmt: skip
    low_days, high_days = l_last - l_first + 1, h_last - h_first + 1
    longer = np.maximum(low_days, high_days) >= 2 * np.minimum(low_days, high_days) + MIN_DAYS_APART
    blank = m.code_of("as_of", "")
    as_of = m.codes["as_of"]
    differs = np.flatnonzero(read & longer & (as_of[lo] != blank) & (as_of[hi] != blank))
    ld, hd = lo[differs], hi[differs]
    differs_text = [
        f"The lowest figure covers {lt} ({ldays:,} days) and the highest {ht} ({hdays:,} days): counts over "
        "periods of different length."
        for lt, ldays, ht, hdays in zip(
            _period_text(m, ld, l_as_of[differs]).to_pylist(), low_days[differs].tolist(),
            _period_text(m, hd, h_as_of[differs]).to_pylist(), high_days[differs].tolist(),
        )
    ]  # fmt: skip
    return [
        _part("dates_apart", gpos[apart], np.zeros(len(apart)), _pair_ids(m, la, ha), apart_text),
        _part("period_differs", gpos[differs], np.zeros(len(differs)), _pair_ids(m, ld, hd), differs_text),
    ]


def _pair_ids(m: _Members, first: np.ndarray, second: np.ndarray) -> pa.Array:
    """The claim ids of the members at positions ``first`` and ``second``, joined with ";"."""
    return join_text(m.arrow("claim_id", first), ";", m.arrow("claim_id", second))


def _positions_of(m: _Members, gpos: np.ndarray) -> list[np.ndarray]:
    """For each group position in ``gpos``: its members' positions, in table order."""
    wanted = np.flatnonzero(np.isin(m.gpos, gpos))  # the members of these groups only
    order = wanted[np.argsort(m.gpos[wanted], kind="stable")]
    starts = np.searchsorted(m.gpos[order], gpos, side="left")
    ends = np.searchsorted(m.gpos[order], gpos, side="right")
    return [order[s:e] for s, e in zip(starts, ends)]


def _members_of(m: _Members, gpos: np.ndarray) -> list[np.ndarray]:
    """For each group position in ``gpos``: its members' positions in the claims table, in table order."""
    return [m.rows[at] for at in _positions_of(m, gpos)]


def _methods(m: _Members, claims: pd.DataFrame, n_groups: int) -> dict:
    """method_differs, read claim by claim (``_method_rows``) in the groups that may have one: at least two
    stated methods, or civilian-only claims beside others."""
    stated = np.flatnonzero(m.codes["method"] != m.code_of("method", ""))
    several = _spans(m.gpos[stated], m.codes["method"][stated], n_groups)
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
    text = join_text(
        m.arrow("source", at), " is a party to the conflict (source_type party_to_conflict): its figure (",
        m.arrow("value_text", at), ") may serve its side.",
    )  # fmt: skip
    return _part("interested_party", m.gpos[at], at, m.arrow("claim_id", at), text)


def _bounds(m: _Members) -> dict:
    """bound_vs_point: one per claim that states a floor or a ceiling, in table order."""
    qualifier = m.codes["qualifier"]
    floor, ceiling = m.code_of("qualifier", AT_LEAST), m.code_of("qualifier", AT_MOST)
    at = np.flatnonzero((qualifier == floor) | (qualifier == ceiling))
    word = pc.if_else(
        pa.array(qualifier[at] == floor, pa.bool_()), pa.scalar("a floor", TEXT), pa.scalar("a ceiling", TEXT)
    )
    text = join_text(
        m.arrow("source", at), " states ", word, " (", m.arrow("value_text", at), "), not a best estimate: set "
        "beside points it bounds, it does not measure the same thing.",
    )  # fmt: skip
    return _part("bound_vs_point", m.gpos[at], at, m.arrow("claim_id", at), text)


def _lineage_links(m: _Members, lineage: pd.DataFrame) -> dict:
    """lineage: each attribution or restated link that touches a claim of the group (earlier id, later id;
    its note), in lineage order; a link within one group is listed once."""
    if lineage.empty:
        return _part("lineage", [], [], [], [])
    links = lineage[lineage["kind"].isin(["attribution", "restated"])]
    earlier = _arrow(links["earlier_claim_id"]).cast(TEXT)
    later = _arrow(links["later_claim_id"]).cast(TEXT)
    of_earlier, of_later = _group_of(m, earlier, later)
    notes = _arrow(links["note"].astype(str)).cast(TEXT)
    first = np.flatnonzero(of_earlier >= 0)
    second = np.flatnonzero((of_later >= 0) & (of_later != of_earlier))
    at = pa.array(np.r_[first, second])
    ids = join_text(earlier.take(at), ";", later.take(at))
    return _part("lineage", np.r_[of_earlier[first], of_later[second]], at, ids, notes.take(at))


def _group_of(m: _Members, earlier: pa.Array, later: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """The group positions of the claims with the ``earlier`` and ``later`` ids, -1 for none. A repeated id
    takes its last claim, groups taken in the order they first appear in the table."""
    named = pc.unique(pa.concat_arrays([earlier, later]))
    code = _index_in(m.claim_id, named)
    hit = np.flatnonzero(code >= 0)
    appearance = pd.factorize(m.gpos)[0]  # groups in order of first appearance
    hit = hit[np.argsort(appearance[hit], kind="stable")]
    group = np.full(len(named) + 1, -1, dtype=np.int64)  # the extra -1: an id no claim has
    group[code[hit]] = m.gpos[hit]  # a repeated id: the last assignment stays
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
    parts = [_scales(m, chosen, low, high), _revisions(m, low, high), *_dates(m, low, high),
             _methods(m, claims, len(chosen)), _interested_parties(m), _bounds(m), _lineage_links(m, lineage)]  # fmt: skip
    parts.append(_nothing(m, claims, chosen, parts))
    merged = {key: _concatenated([p[key] for p in parts]) for key in parts[0]}
    order = pa.array(np.lexsort((merged["seq"], merged["kind"], merged["gpos"])))
    columns = {
        "group_id": _arrow(chosen["group_id"]).take(pa.array(merged["gpos"]).take(order)),
        "kind": pa.array(KINDS).take(pa.array(merged["kind"]).take(order)),
        "claim_ids": merged["claim_ids"].take(order),
        "text": merged["text"].take(order),
    }
    out = pd.DataFrame({name: pd.Series(columns[name].to_pandas().array, dtype="str") for name in EXPLANATION_COLUMNS})
    return out.astype("str")


def _concatenated(pieces: list) -> np.ndarray | pa.Array:
    """The pieces of one key of the parts end to end: numpy arrays as one numpy array, Arrow ones as one Arrow array."""
    return pa.concat_arrays(pieces) if isinstance(pieces[0], pa.Array) else np.concatenate(pieces)
