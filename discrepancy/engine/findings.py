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
from discrepancy.claims.text import arrow_text
from discrepancy.engine.frames import TEXT, join_text, objects, take_text, text_rank
from discrepancy.engine.intervals import unmeasured_spread
from discrepancy.engine.scales import scale_slip, slip_text
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


def group_findings(groups: pd.DataFrame, ruled: dict) -> dict:
    """The findings of the reported groups (two sources or more, not consistent), before they are ranked: one
    part of the findings, made apart so that each part can be made as soon as its table is. ``ruled``: what
    :func:`ruled_out` reads of the pairs table (group_id -> how many pairs a bound rules out, the first's note)."""
    reported = groups[(groups["n_sources"] >= 2) & (groups["severity"] != "consistent")]
    return _group_rows(reported, ruled)


def cross_findings(cross: pd.DataFrame) -> dict:
    """The findings of the cross-unit checks (contradicted shares), before they are ranked."""
    return _rows(_cross_unititer_rows(cross))


def lineage_findings(lineage: pd.DataFrame) -> dict:
    """The findings of the lineage (attributions, restatements, mismatches), before they are ranked."""
    return _lineage_rows(lineage)


def findings_from_parts(parts: list[dict]) -> pd.DataFrame:
    """The findings table from its parts (``group_findings``, ``cross_findings``, ``lineage_findings``, in that
    order): one finding per reported group, per contradicted share and per attribution, restatement or mismatch
    in the lineage; most severe first, then widest spread."""
    if not sum(len(p["text"]) for p in parts):
        return pd.DataFrame(columns=FINDING_COLUMNS)
    out = {k: np.concatenate([p[k] for p in parts]) for k in ("group_id", "_spread")}
    for k in ("claim_ids", "text"):  # long texts stay in Arrow
        out[k] = pa.concat_arrays([_arrow(p[k]) for p in parts])
    # severity and kind: a few distinct texts, each ranked and made into Arrow text once
    coded = {
        k: pd.factorize(np.concatenate([p[k] for p in parts]), use_na_sentinel=False) for k in ("severity", "kind")
    }
    order = _finding_order(out, *coded.values())
    columns = {"rank": np.arange(1, len(order) + 1)}
    for k, (codes, distinct) in coded.items():
        texts = pa.array(np.asarray(distinct, dtype=object), type=TEXT, from_pandas=True)
        columns[k] = pd.Series(texts.take(pa.array(codes[order])).to_pandas().array, dtype="str")
    columns["group_id"] = pd.Series(out["group_id"][order], dtype="str")
    for k in ("claim_ids", "text"):
        columns[k] = pd.Series(out[k].take(pa.array(order)).to_pandas().array, dtype="str")
    return pd.DataFrame(columns)[FINDING_COLUMNS]


def _finding_order(out: dict, severity: tuple, kind: tuple) -> np.ndarray:
    """Positions that sort the findings by severity, widest spread first, then kind and claim ids: what a
    stable ``sort_values`` gives (text by code point, a missing spread or text last), found on integer ranks.
    ``severity``, ``kind``: each row's code and the distinct texts (``pd.factorize``), ranked once each."""
    (severity_codes, severities), (kind_codes, kinds) = severity, kind
    order_of = np.array([_ORDER.get(s, np.nan) for s in severities], dtype=float)  # unknown: last, as map gives NaN
    spread = out["_spread"].astype(float)
    spread_rank = np.unique(spread, return_inverse=True)[1].reshape(-1)  # NaN sorts after every number
    descending = np.where(np.isnan(spread), len(spread), spread_rank.max(initial=0) - spread_rank)
    kind_rank = text_rank(np.asarray(kinds, dtype=object))[kind_codes]
    keys = [text_rank(out["claim_ids"]), kind_rank, descending, _ascending_numbers(order_of)[severity_codes]]
    return np.lexsort(keys)


def _ascending_numbers(values: np.ndarray) -> np.ndarray:
    """The rank of each number among them (NaN last)."""
    ranks = np.unique(values, return_inverse=True)[1].reshape(-1)
    return np.where(np.isnan(values), len(values), ranks)


_ROW_KEYS = ("severity", "kind", "group_id", "claim_ids", "text", "_spread")


def _rows(rows: list[dict]) -> dict:
    """Findings given as dicts, as one object array per key."""
    return {k: objects([r[k] for r in rows]) for k in _ROW_KEYS}


def _arrow(values) -> pa.Array:
    """An Arrow array of large strings, or an object array of str as one."""
    return values if isinstance(values, pa.Array) else pa.array(values, type=TEXT)


def _text(frame: pd.DataFrame, name: str) -> np.ndarray:
    """A column as an object array of the text an f-string writes for each cell."""
    return objects([v if type(v) is str else f"{v}" for v in frame[name].to_numpy(dtype=object).tolist()])


def _arrow_text(frame: pd.DataFrame, name: str) -> pa.Array:
    """``_text`` of a column as an Arrow array of large strings: a "str" column is read by Arrow, a missing
    cell as "nan" (the f-string of the NaN it holds); other columns through ``_text``."""
    column = frame[name]
    if isinstance(column.dtype, pd.StringDtype) and column.dtype.na_value is np.nan:
        return pc.fill_null(arrow_text(column), "nan")
    return _arrow(_text(frame, name))


def _per_distinct(values: np.ndarray, rule) -> np.ndarray:
    """``rule`` of each value, as an object array, computed once per distinct value. ``values``: text (an
    object array of str, missing cells read one by one, as None and NaN may read apart) or numbers (told apart
    by their bits, so -0.0 and 0.0 stay apart)."""
    floats = values.dtype == np.float64
    codes, uniques = pd.factorize(values.view(np.int64) if floats else values)
    if floats:
        uniques = np.asarray(uniques, dtype=np.int64).view(np.float64)
    out = objects([rule(u) for u in np.asarray(uniques, dtype=object).tolist()] + [None])[codes]
    missing = np.flatnonzero(codes < 0)
    out[missing] = objects([rule(v) for v in values[missing].tolist()])
    return out


def _pair_dates_bulk(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """``_pair_dates`` of each row's two cells, as an object array: each distinct text read once, each
    distinct gap written once."""
    texts = _per_distinct(np.r_[first, second].astype(object), lambda v: str(v or ""))
    codes, distinct = pd.factorize(texts)  # None and "" read the same
    a, b = codes[: len(first)], codes[len(first) :]
    distinct = distinct.tolist()
    blank = np.array([t == "" for t in distinct], dtype=bool)
    full = np.array([len(t) == 10 for t in distinct], dtype=bool)
    out = np.full(len(a), "", dtype=object)
    told = ~(blank[a] | blank[b] | (a == b))
    both_full = told & full[a] & full[b]
    needed = np.unique(np.r_[a[both_full], b[both_full]])
    day = np.full(len(distinct), -1, dtype=np.int64)
    for k in needed.tolist():
        start = _first_day(distinct[k])
        day[k] = -1 if start is None else start.toordinal()
    gap_at = np.flatnonzero(both_full & (day[a] >= 0) & (day[b] >= 0))
    gaps = np.abs(day[b[gap_at]] - day[a[gap_at]])
    out[gap_at] = _per_distinct(gaps, lambda g: f" These two claims were made {g:,} day{'s' if g != 1 else ''} apart.")
    apart = np.flatnonzero(told & ~both_full)
    words = objects(distinct)
    out[apart] = " These two claims were made at different times (" + words[a[apart]] + " and " + words[b[apart]] + ")."
    return out


def _group_rows(reported: pd.DataFrame, ruled: dict) -> dict:
    """One finding per reported group: the spread between its lowest and highest claims, then what else
    holds (stated methods differ, the claims' dates, staleness, bounds that rule claims out, interested
    parties)."""
    g = {name: _arrow_text(reported, name) for name in ("subject", "metric", "min_source", "min_value_text",
                                                         "min_date", "max_source", "max_value_text", "max_date")}  # fmt: skip
    where = _per_distinct(reported["geography"].to_numpy(dtype=object), _where)
    ratio = "differ " + _per_distinct(reported["spread_ratio"].to_numpy(dtype=float), readable.ratio)
    ratio[unmeasured_spread(reported["min_value"], reported["max_value"])] = (
        "differ from zero or below to above it (no ratio measures that)"
    )
    extra = np.full(len(reported), "", dtype=object)
    # a spread of a power of a scale word: a figure in another scale, more likely than sources that far apart
    slip = scale_slip(reported["spread_ratio"].to_numpy(dtype=float), reported["unit"])
    at = np.flatnonzero(slip)
    extra[at] = objects([" " + slip_text(p) for p in slip[at].tolist()])
    differ = np.array([bool(x) for x in reported["definitions_differ"].to_numpy(dtype=object)], dtype=bool)
    extra[differ] = " The claims state different methods: definitions may differ."
    extra += _pair_dates_bulk(reported["min_date"].to_numpy(dtype=object), reported["max_date"].to_numpy(dtype=object))
    stale = np.flatnonzero([bool(x) for x in reported["stale"].to_numpy(dtype=object)])
    spans = reported["date_span_days"].to_numpy(dtype=object)[stale].tolist()
    extra[stale] += objects([f" The group's claims span {d:,} days: compare like with like." for d in spans])
    ids = reported["group_id"].to_numpy(dtype=object)
    ruled_at = np.flatnonzero([gid in ruled for gid in ids.tolist()])
    extra[ruled_at] += objects(
        [f" A bound rules out {n} of the other claims ({f}{', ...' if n > 1 else ''})."
         for n, f in (ruled[gid] for gid in ids[ruled_at].tolist())]
    )  # fmt: skip
    interested = reported["n_interested"].to_numpy(dtype=object)
    party = np.flatnonzero([bool(x) for x in interested.tolist()])
    extra[party] += objects(
        [f" {n} claim{'s' if n > 1 else ''} from a party to the conflict." for n in interested[party].tolist()]
    )
    text = join_text(
        "Estimates of ", g["subject"], " ", g["metric"], where, " ", ratio, ": ", g["min_source"], ", ",
        g["min_value_text"], " (", g["min_date"], ") vs ", g["max_source"], ", ", g["max_value_text"], " (",
        g["max_date"], ").", extra,
    )  # fmt: skip
    n = len(reported)
    return {"severity": reported["severity"].to_numpy(dtype=object), "kind": np.full(n, "group", dtype=object),
            "group_id": ids, "claim_ids": reported["claim_ids"].to_numpy(dtype=object), "text": text,
            "_spread": reported["log10_spread"].to_numpy(dtype=object)}  # fmt: skip


def _lineage_rows(lineage: pd.DataFrame) -> dict:
    """One note per attribution, restatement or mismatch in the lineage, the first of those that share the
    kind, the earlier claim and the later source and value (casefolded)."""
    links = lineage[lineage["kind"].isin(["attribution", "restated", "mismatch"])]
    kind = _text(links, "kind")
    key = pd.DataFrame({"kind": pd.factorize(kind)[0], "earlier": pd.factorize(_text(links, "earlier_claim_id"))[0],
                        "source": _casefolded_codes(_text(links, "later_source")),
                        "value": _casefolded_codes(_text(links, "later_value_text"))})  # fmt: skip
    keep = np.flatnonzero(~key.duplicated().to_numpy())
    links, kind = links.iloc[keep], kind[keep]
    r = {name: _arrow_text(links, name) for name in ("earlier_claim_id", "later_claim_id", "subject",
                                                      "earlier_source", "later_source", "earlier_reported_by",
                                                      "later_reported_by", "earlier_date", "later_date",
                                                      "earlier_value_text", "later_value_text", "earlier_metric")}  # fmt: skip
    placed, notes = [], []
    for name in ("attribution", "restated", "mismatch"):
        at = np.flatnonzero(kind == name)
        s = {k: v.take(pa.array(at)) for k, v in r.items()}
        if name == "attribution":
            later_by = pc.if_else(pc.not_equal(s["later_reported_by"], ""), s["later_reported_by"],
                                  pa.scalar("A later report", TEXT))  # fmt: skip
            note = join_text(later_by, " attributes ", s["later_value_text"], " to ", s["later_source"], " (",
                         s["later_date"], "); the same figure was stated earlier by ", s["earlier_source"], ": ",
                         s["earlier_value_text"], " (", s["earlier_date"], ").")  # fmt: skip
        elif name == "restated":
            later_by = pc.if_else(pc.not_equal(s["later_reported_by"], ""), s["later_reported_by"],
                                  pa.scalar("a later report", TEXT))  # fmt: skip
            whose = _per_distinct(s["earlier_source"].to_numpy(zero_copy_only=False), readable.possessive)
            note = join_text(whose, " ", s["earlier_value_text"], " (", s["earlier_date"], ") was carried as ",
                         s["later_value_text"], " by ", later_by, " (", s["later_date"], ").")  # fmt: skip
        else:
            note = join_text(s["earlier_source"], " gave ", s["earlier_value_text"], " (", s["earlier_date"], ") and ",
                         s["later_value_text"], " (", s["later_date"], ") for ", s["subject"], " ",
                         s["earlier_metric"], ": they cannot both hold.")  # fmt: skip
        placed.append(at)
        notes.append(note)
    back = np.empty(len(kind), dtype=np.int64)
    back[np.concatenate(placed)] = np.arange(len(kind))
    n = len(kind)
    return {"severity": np.full(n, "note", dtype=object), "kind": "lineage:" + kind.astype(object),
            "group_id": np.full(n, "", dtype=object),
            "claim_ids": join_text(r["earlier_claim_id"], ";", r["later_claim_id"]),
            "text": pa.concat_arrays(notes).take(pa.array(back)), "_spread": np.zeros(n, dtype=object)}  # fmt: skip


def _casefolded_codes(texts: np.ndarray) -> np.ndarray:
    """Codes of the texts once casefolded (Python's str.casefold, each distinct text casefolded once)."""
    codes, uniques = pd.factorize(texts)
    return pd.factorize(objects([u.casefold() for u in uniques.tolist()]))[0][codes] if len(uniques) else codes


def ruled_out(pairs: pd.DataFrame) -> dict:
    """group_id -> (how many pairs a bound contradicts, the first such note): what ``groupby("group_id",
    sort=False)`` gives as size and first note, counted on integer codes (a groupby of the 700,000 ruled-out pairs
    of 1,000,000 claims by their text ids took 0.5 s)."""
    if pairs.empty:
        return {}
    bad = pairs.loc[pairs["bound_contradiction"].to_numpy(dtype=bool), ["group_id", "note"]]
    codes, ids = pd.factorize(bad["group_id"])  # codes in order of first appearance; a missing id: -1, no group
    grouped = codes >= 0
    sizes = np.bincount(codes[grouped], minlength=len(ids))
    noted = np.flatnonzero(grouped & bad["note"].notna().to_numpy())  # first() skips a missing note
    present, first = np.unique(codes[noted], return_index=True)
    notes = np.full(len(ids), np.nan, dtype=object)
    notes[present] = take_text(bad["note"], noted[first]).to_numpy(dtype=object)
    return dict(zip(np.asarray(ids, dtype=object).tolist(), zip(sizes.tolist(), notes.tolist())))


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
