"""How a number travels: the same or a near value carried by other outlets or attributed to others.

Lineage rows pair an earlier claim with a later one on the same subject and unit, from different
documents (outlet and date), of four kinds:

- repeated: the same source, the same words, carried again;
- restated: the same source, other words for a value inside the earlier claim's interval
  (the CIA's "between 20,000 and 31,500" carried as "around 30,000");
- attribution: other sources, the same value within 2% ("at least 200,000" from a Kurdistan Region
  official, later "around 200,000" from "Iraqi authorities");
- mismatch: the same source, the same measure, values that cannot both hold and no stated as_of
  that would explain a change.

Candidates come from a sorted search on log values, so the work grows with the number of matches,
not with the square of the claims. Text keys (block, document, source, group) are compared as integer
codes, each distinct text folded once; the text of the rows found is taken and joined by Arrow.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from discrepancy.claims.grammar import RANGE, VAGUE
from discrepancy.claims.text import arrow_text, fold_text, fold_unit, text_codes
from discrepancy.engine.frames import TEXT, join_text, take_text, text_rank
from discrepancy.engine.intervals import overlap
from discrepancy.engine.schema import columns
from discrepancy.limits import MAX_MISMATCH_BLOCK
from discrepancy.logscale import log10

LINEAGE_COLUMNS = columns("lineage")
_MAX_MATCHES = 50  # per claim: a value shared by more claims than this is too common to trace


def _col(c: pd.DataFrame, name: str) -> pd.Series:
    return c[name].fillna("").astype("str") if name in c.columns else pd.Series("", index=c.index, dtype="str")


def _joined_codes(first: tuple[np.ndarray, list], second: tuple[np.ndarray, list], rows: np.ndarray) -> np.ndarray:
    """Codes, at ``rows``, of the pairs (first text, second text) (both given as ``text_codes``), numbered in
    the order they first appear. Pairs, not joined texts: "a|b" + "c" and "a" + "b|c" are two blocks (they were
    one when the texts were joined with "|")."""
    (a, _), (b, b_text) = first, second
    return pd.factorize(a[rows].astype(np.int64) * (len(b_text) + 1) + b[rows])[0]


class LineageKeys(NamedTuple):
    """What lineage reads of the claims' text before their groups are known: ``rows``, the claims it looks at (has
    numbers, anchor above zero) as positions in the working table, and at those rows ``block`` (folded subject and
    unit), ``doc`` (folded outlet and claim date) and ``as_of`` as integer codes (``as_of_blank``, per as_of code:
    no as_of). compare makes them while the groups are formed on its second thread (this thread waited there)."""

    rows: np.ndarray
    block: np.ndarray
    doc: np.ndarray
    as_of: np.ndarray
    as_of_blank: np.ndarray


def lineage_keys(
    c: pd.DataFrame,
    has_numbers: np.ndarray,
    anchor: np.ndarray,
    subject: tuple | None = None,
    unit: tuple | None = None,
) -> LineageKeys:
    """:class:`LineageKeys` of the claims ``c`` (``has_numbers``, ``anchor``: per claim, as the working table has
    them), each distinct text folded once. ``subject``, ``unit``: their folded codes (``text_codes``) when the
    caller has them already (compare's grouping folds both)."""
    rows = np.flatnonzero(np.asarray(has_numbers, dtype=bool) & (np.asarray(anchor, dtype=float) > 0))
    subject = subject if subject is not None else text_codes(c["subject"], fold_text)
    unit = unit if unit is not None else text_codes(_col(c, "unit"), fold_unit)
    outlet, claim_date = text_codes(_col(c, "reported_by"), fold_text), text_codes(_col(c, "claim_date"))
    as_of, as_of_text = text_codes(_col(c, "as_of"))
    blank = np.array([t == "" for t in as_of_text], dtype=bool)
    return LineageKeys(
        rows, _joined_codes(subject, unit, rows), _joined_codes(outlet, claim_date, rows), as_of[rows], blank
    )


class _Numbered:
    """The claims lineage looks at (has numbers, anchor above zero), column by column: ``rows`` their
    positions in the working table; ``block`` (folded subject and unit), ``doc`` (folded outlet and claim
    date), ``source`` (source_code: the folded source), ``group`` (gcode: the group) and ``as_of`` as integer
    codes (``as_of_blank``: no as_of); ``ranged`` (a range or vague qualifier), ``anchor``, ``lo``, ``hi``,
    ``dates`` as arrays."""

    def __init__(self, c: pd.DataFrame, keys: LineageKeys):
        self.rows = rows = keys.rows
        self.block, self.doc, self.as_of = keys.block, keys.doc, keys.as_of
        self.source = c["source_code"].to_numpy()[rows]
        self.group = c["gcode"].to_numpy()[rows]  # one code per group_id (factorizing a million ids took 0.18 s)
        self.as_of_blank = keys.as_of_blank[self.as_of]
        self.ranged = c["qualifier"].isin([RANGE, VAGUE]).to_numpy()[rows]
        self.anchor, self.lo, self.hi = (c[k].to_numpy()[rows] for k in ("anchor", "lo", "hi"))
        self.dates = c["date"].take(rows).to_numpy()  # in its own unit: a year before 1677 overflows in ns

    def __len__(self) -> int:
        return len(self.rows)


def lineage_table(c: pd.DataFrame, keys: LineageKeys, tolerance: float = 0.02) -> pd.DataFrame:
    """Lineage rows from the engine's working table (claims with gcode, group_id, point, lo, hi, date) and its
    :func:`lineage_keys`."""
    if len(keys.rows) < 2:
        return pd.DataFrame(columns=LINEAGE_COLUMNS)
    num = _Numbered(c, keys)
    ids = arrow_text(c["claim_id"])
    near_i, near_j = _ordered(num, ids, *_near_pairs(num, tolerance))
    mis_i, mis_j = _ordered(num, ids, *_mismatch_pairs(num))
    i, j = np.r_[near_i, mis_i], np.r_[near_j, mis_j]
    mismatch = np.r_[np.zeros(len(near_i), dtype=bool), np.ones(len(mis_i), dtype=bool)]
    if not len(i):
        return pd.DataFrame(columns=LINEAGE_COLUMNS)
    first = ~pd.Index(i.astype(np.int64) * len(num) + j).duplicated()  # a pair found twice: its first finding
    return _describe(c, num, i[first], j[first], mismatch[first])


def _near_pairs(num: _Numbered, tolerance: float) -> tuple[np.ndarray, np.ndarray]:
    """(i, j) where j's value lies in i's stated interval (ranges) or at i's point, within tolerance."""
    block_code = num.block.astype(float)
    lp = log10(num.anchor)
    key = block_code * 1000 + 500 + lp
    order = np.argsort(key, kind="stable")
    sorted_key = key[order]
    lo, hi, p = num.lo, num.hi, num.anchor
    is_interval = num.ranged & np.isfinite(lo) & np.isfinite(hi) & (lo > 0)
    span_lo = np.where(is_interval, lo, p) * (1 - tolerance)
    span_hi = np.where(is_interval, hi, p) * (1 + tolerance)
    start = _search(sorted_key, block_code * 1000 + 500 + log10(span_lo), order, "left")
    end = _search(sorted_key, block_code * 1000 + 500 + log10(span_hi), order, "right")
    counts = np.minimum(end - start, _MAX_MATCHES + 1)
    counts = np.where(end - start > _MAX_MATCHES, 0, counts)
    i = np.repeat(np.arange(len(num)), counts)
    offsets = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    j = order[np.repeat(start, counts) + offsets]
    keep = i != j
    i, j = i[keep], j[keep]
    same_source = num.source[i] == num.source[j]
    # across sources only values as stated count: a range's midpoint was never said by anyone
    stated = ~num.ranged
    near_point = (np.abs(log10(p[i] / p[j])) <= log10(1 + tolerance)) & stated[i] & stated[j]
    keep = same_source | near_point
    i, j = i[keep], j[keep]
    keep = num.doc[i] != num.doc[j]
    return i[keep], j[keep]


def _search(sorted_key: np.ndarray, queries: np.ndarray, order: np.ndarray, side: str) -> np.ndarray:
    """``np.searchsorted(sorted_key, queries, side)``, the queries asked in the keys' ``order``: near-sorted
    queries search near the previous one (the same answers, several times faster on a million rows)."""
    found = np.empty(len(queries), dtype=np.intp)
    found[order] = np.searchsorted(sorted_key, queries[order], side=side)
    return found


def _mismatch_pairs(num: _Numbered) -> tuple[np.ndarray, np.ndarray]:
    """Same source, same group, other documents, intervals apart, no differing as_of to explain it."""
    a, b = _same_key_pairs(num.group, num.source)
    lo, hi = num.lo, num.hi
    apart = ~overlap(lo[a], hi[a], lo[b], hi[b])
    explained = ~num.as_of_blank[a] & ~num.as_of_blank[b] & (num.as_of[a] != num.as_of[b])
    keep = apart & ~explained & (num.doc[a] != num.doc[b])
    return a[keep], b[keep]


def _same_key_pairs(group: np.ndarray, source: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every (a, b), a < b, of two rows with the same group and source codes (none missing), in blocks of
    at most MAX_MISMATCH_BLOCK rows (larger blocks would pair k^2 claims); sorted by a, then b."""
    valid = (group >= 0) & (source >= 0)
    key = np.where(valid, group.astype(np.int64) * (source.max(initial=0) + 1) + source, -1)
    codes, _ = pd.factorize(key)
    size = np.bincount(codes)[codes]
    multi = np.flatnonzero(valid & (size > 1) & (size <= MAX_MISMATCH_BLOCK))
    multi = multi[np.argsort(codes[multi], kind="stable")]  # by block, rows in table order within one
    blocks = codes[multi]
    counts = np.searchsorted(blocks, blocks, side="right") - np.arange(len(multi)) - 1
    a = np.repeat(np.arange(len(multi)), counts)
    b = a + 1 + (np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts))
    a, b = multi[a], multi[b]
    order = np.lexsort((b, a))
    return a[order], b[order]


def _ordered(num: _Numbered, ids: pa.Array, i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Put the earlier claim first (by reference date, then claim_id; ``ids``: the table's claim ids)."""
    di, dj = num.dates[i], num.dates[j]
    nat_i, nat_j = np.isnat(di), np.isnat(dj)
    tie = (di == dj) | (nat_i & nat_j)
    later_first = (~nat_i & ~nat_j & (dj < di)) | (nat_i & ~nat_j)
    at = np.flatnonzero(tie)  # the ids are compared only where the dates tie
    later_first[at] |= _less(ids, num.rows[j[at]], num.rows[i[at]])
    return np.where(later_first, j, i), np.where(later_first, i, j)


def _less(texts: pa.Array, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Whether the text at each position ``a`` sorts before the one at ``b`` (Arrow compares UTF-8 bytes,
    which order as Python compares str: by code point)."""
    less = pc.less(texts.take(pa.array(a)), texts.take(pa.array(b)))
    return pc.fill_null(less, False).to_numpy(zero_copy_only=False)


def _describe(c: pd.DataFrame, num: _Numbered, i: np.ndarray, j: np.ndarray, mismatch: np.ndarray) -> pd.DataFrame:
    """The lineage rows of the pairs (i, j) of ``num`` (i the earlier), sorted by subject, then the earlier
    claim's date and id, then the later one's."""
    same_source = num.source[i] == num.source[j]
    same_text = _same_folded(c["value_text"] if "value_text" in c.columns else None, num.rows[i], num.rows[j])
    kind = np.where(
        mismatch, "mismatch", np.where(same_source, np.where(same_text, "repeated", "restated"), "attribution")
    )
    same_group = (num.group[i] == num.group[j]) & (num.group[i] >= 0)
    n = len(i)
    # each column taken once for both claims of every pair: the earlier ones first, then the later ones
    both = np.r_[num.rows[i], num.rows[j]]
    texts = {name: _taken(c, name, both, blank) for name, blank in _DESCRIBED.items()}
    order = np.lexsort(
        [text_rank(texts[name].iloc[at]) for name, at in (("claim_id", slice(n, None)), ("claim_date", slice(n, None)),
                                                 ("claim_id", slice(n)), ("claim_date", slice(n)),
                                                 ("subject", slice(n)))]
    )  # fmt: skip
    out = {"kind": pd.Series(kind[order], dtype="str"), "subject": take_text(texts["subject"], order)}
    for name in _DESCRIBED:
        if name != "subject":
            label = "date" if name == "claim_date" else name
            out[f"earlier_{label}"] = take_text(texts[name], order)
            out[f"later_{label}"] = take_text(texts[name], n + order)
    out["same_group"] = pd.Series(same_group[order], dtype=bool)
    out["note"] = _notes(out)
    return pd.DataFrame(out)[LINEAGE_COLUMNS]


#: the columns a lineage row shows of its two claims, with whether missing cells read as ""
_DESCRIBED = {"subject": False, "claim_id": False, "source": False, "reported_by": True, "claim_date": True,
              "value_text": True, "metric": False}  # fmt: skip


def _taken(c: pd.DataFrame, name: str, positions: np.ndarray, blank: bool) -> pd.Series:
    """Column ``name`` at ``positions`` as a "str" column (``blank``: missing cells and a missing column as "")."""
    if name not in c.columns:
        return pd.Series("", index=range(len(positions)), dtype="str")
    taken = take_text(c[name], positions)
    return taken.fillna("") if blank else taken


def _same_folded(column: pd.Series | None, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Whether the texts at ``first`` and ``second`` are the same once folded (missing read as ""): each
    distinct text of the rows involved folded once."""
    if column is None:
        return np.ones(len(first), dtype=bool)
    involved, at = np.unique(np.r_[first, second], return_inverse=True)
    codes = text_codes(take_text(column, involved), fold_text)[0][at]
    return codes[: len(first)] == codes[len(first) :]


def _notes(out: dict) -> pd.Series:
    """The note of each lineage row, in words: who said what where, and how the later claim carried it. A
    missing source or metric reads "nan", as the f-string of a missing cell did."""
    r = {name: pc.fill_null(arrow_text(out[name]), "nan") for name in out if name not in ("same_group", "kind")}
    e_where = join_text(pc.if_else(pc.not_equal(r["earlier_reported_by"], ""), r["earlier_reported_by"],
                               pa.scalar("unknown outlet", TEXT)), ", ", r["earlier_date"])  # fmt: skip
    l_where = join_text(pc.if_else(pc.not_equal(r["later_reported_by"], ""), r["later_reported_by"],
                               pa.scalar("unknown outlet", TEXT)), ", ", r["later_date"])  # fmt: skip
    changed = join_text("; measure changed: ", r["earlier_metric"], " -> ", r["later_metric"])
    same = _same_casefolded(r["earlier_metric"], r["later_metric"])
    measure = pc.if_else(pa.array(same), pa.scalar("", TEXT), changed)
    kind = out["kind"].to_numpy(dtype=object)
    placed, notes = [], []
    for name in ("repeated", "restated", "attribution", "mismatch"):
        at = np.flatnonzero(kind == name)
        rows = pa.array(at)
        source, value = r["earlier_source"].take(rows), r["earlier_value_text"].take(rows)
        later_source, later_value = r["later_source"].take(rows), r["later_value_text"].take(rows)
        e_at, l_at, m = e_where.take(rows), l_where.take(rows), measure.take(rows)
        if name == "repeated":
            note = join_text(source, ": '", value, "' (", e_at, ") repeated (", l_at, ")", m)
        elif name == "restated":
            note = join_text(source, ": '", value, "' (", e_at, ") carried as '", later_value, "' (", l_at, ")", m)
        elif name == "attribution":
            note = join_text("'", later_value, "' attributed to ", later_source, " (", l_at, ") matches '", value,
                         "' from ", source, " (", e_at, ")", m)  # fmt: skip
        else:
            note = join_text(source, " gave '", value, "' (", e_at, ") and '", later_value, "' (", l_at,
                         ") for the same measure")  # fmt: skip
        placed.append(at)
        notes.append(note)
    back = np.empty(len(kind), dtype=np.int64)
    back[np.concatenate(placed)] = np.arange(len(kind))
    return pd.Series(pa.concat_arrays(notes).take(pa.array(back)).to_pandas().array, dtype="str")


def _same_casefolded(first: pa.Array, second: pa.Array) -> np.ndarray:
    """Whether the two texts of each row are equal once casefolded (Python's str.casefold, each distinct text
    casefolded once)."""
    encoded = pc.dictionary_encode(pa.concat_arrays([first, second]))
    folded = pd.factorize(pd.Series([t.casefold() for t in encoded.dictionary.to_pylist()], dtype="str"))[0]
    codes = folded[encoded.indices.to_numpy(zero_copy_only=False)]
    return codes[: len(first)] == codes[len(first) :]
