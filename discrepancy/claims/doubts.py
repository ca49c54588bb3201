"""The checks that send a reading to review in the light of its row and its table, after each value text was read
on its own (:mod:`discrepancy.claims.fastparse`, :mod:`discrepancy.claims.grammar`): a fall or a rise stated by its
size, or a rank, under a metric that does not name one, a unit the text states that is not the unit column's, a
comma before three digits in a table that writes decimal commas elsewhere. A row sent to review has its numbers
withheld and its note says what is in doubt and what it was read as; nothing is settled by a guess."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from discrepancy.claims.grammar import (
    AT_LEAST,
    AT_MOST,
    CURRENCIES,
    CURRENCY_WORDS,
    FALL_NOTE,
    MEASURE_UNITS,
    MEGATONNES,
    MULTIPLE,
    OK,
    PER_PERIOD_NOTE,
    PERIODS,
    PROJECTION_NOTE,
    RANGE,
    RANK_NOTE,
    REVIEW,
    RISE_NOTE,
    SCALE_ALTS,
    SPAN_NOTE,
    SPAN_WORDS,
    VAGUE,
    rate_words,
)
from discrepancy.claims.text import UNIT_SPELLINGS


def doubt_readings(parsed: pd.DataFrame, frame: pd.DataFrame, texts: pd.Series) -> None:
    """Send to review, in ``parsed`` (parse_values of ``texts``, the value_text of ``frame``), the readings that
    ``frame``'s other columns or its other rows leave in doubt."""
    notes = _Notes(parsed["parse_note"])  # the readers' notes, looked in by the checks below
    _ambiguous_commas(parsed, texts, notes)
    metric = frame["metric"] if "metric" in frame.columns else None
    for change in (_FALL, _RISE, _RANK, _PROJECTION):
        _readings_the_metric_does_not_name(parsed, texts, metric, notes, change)
    _rates_the_columns_do_not_name(parsed, texts, metric, frame.get("unit"), notes)
    _spans_the_columns_do_not_name(parsed, texts, metric, frame.get("as_of"), notes)
    if "unit" in frame.columns:
        _units_that_disagree(parsed, texts, frame["unit"])
        _scaled_twice(parsed, texts, frame["unit"])


#: a metric that names a fall holds the size of one as said ("territory lost": 12 for "shrunk by 12 percent")
_FALL_METRIC = re.compile(
    r"\b(?:lost|loss|losses|falls?|declines?|drops?|decreases?|reductions?|cuts?|contractions?|shrinkage|shrunk)\b"
)
#: a metric that names a rise or a change holds the size of a rise as said ("GDP growth": 2 for "grew 2%", "jobs
#: added": 250,000 for "added 250,000 jobs")
_RISE_METRIC = re.compile(
    r"\b(?:growth|grew|increases?|increased|rises?|risen|gains?|gained|changes?|added|additions?|additional|"
    r"increments?|expansion)\b"
)


#: a metric that names a rank holds one as said ("press freedom rank": 50 for "ranked #50")
_RANK_METRIC = re.compile(r"\b(?:ranks?|ranked|rankings?|positions?|placings?|standings?|seeds?|seeding|seeded)\b")


@dataclass(frozen=True)
class _Change:
    """A number that is not a level (a change stated by its size, a rank): the grammar's note for it, the metrics
    that hold it as said, and the words that tell the analyst what the text says, what the metric does not say, and
    what to do."""

    note: str
    metric: re.Pattern
    says: str
    lacks: str
    advice: str


#: a metric that names a projection or a target holds one as said ("projected deaths": 30,000 for "expected to reach
#: 30,000")
_PROJECTION_METRIC = re.compile(
    r"\b(?:projected|projections?|forecasts?|forecasted|predicted|predictions?|targets?|goals?|plans?|planned|"
    r"expected|scenarios?|outlook|pledges?|pledged|commitments?)\b"
)


_FALL = _Change(
    FALL_NOTE,
    _FALL_METRIC,
    "states a fall by its size",
    "does not say whether a fall is written as a positive or a negative number",
    "name the metric as a fall, such as 'territory lost', or give the signed number in the value column",
)
_RISE = _Change(
    RISE_NOTE,
    _RISE_METRIC,
    "states a rise by its size",
    "does not say whether it holds a change or the level after it",
    "name the metric as a change, such as 'GDP growth' or 'members added', or give the level in the value column",
)
_PROJECTION = _Change(
    PROJECTION_NOTE,
    _PROJECTION_METRIC,
    "states a projection or a target",
    "does not name one",
    "name the metric as a projection or a target, such as 'projected deaths' or 'emissions target', or give the "
    "figure as observed in the value column",
)
_RANK = _Change(
    RANK_NOTE,
    _RANK_METRIC,
    "names a rank or a place in a list",
    "does not name a rank",
    "name the metric as a rank, such as 'press freedom rank', or give the quantity in the value column",
)


class _Notes:
    """The readers' notes (parse_note as it was read), searched once per distinct note among the rows that have
    one: most rows have none, and the rest share a few notes ("approximate, from below"). Searching every row cost
    25 ms a word for the million rows of the benchmark table."""

    def __init__(self, column: pd.Series):
        notes = _arrow_text(column)
        self.rows = np.flatnonzero(_np(pc.fill_null(pc.greater(pc.binary_length(notes), 0), False)))
        encoded = notes.take(pa.array(self.rows)).dictionary_encode()
        self.distinct, self.codes = encoded.dictionary, encoded.indices.to_numpy(zero_copy_only=False)

    def rows_with(self, words: str) -> np.ndarray:
        """The rows whose note holds ``words``."""
        return self.rows[_np(pc.match_substring(self.distinct, words))[self.codes]]


def _ok_rows_noted(parsed: pd.DataFrame, notes: _Notes, words: str) -> np.ndarray:
    """The rows read ``ok`` whose note holds ``words``."""
    rows = notes.rows_with(words)
    return rows[(parsed["parse_status"].iloc[rows] == OK).to_numpy(dtype=bool, na_value=False)]


def _readings_the_metric_does_not_name(
    parsed: pd.DataFrame, texts: pd.Series, metric: pd.Series | None, notes: _Notes, change: _Change
) -> None:
    """A value text that states a change by its size or a rank (the grammar's FALL_NOTE, RISE_NOTE or RANK_NOTE:
    "contracted 4.8%", "an additional 10,000 troops", "ranked #50") under a metric that does not name such a change
    or a rank: sent to review. Under "GDP growth" a fall is -4.8, and the sign the metric holds it with is not known;
    under "members" 10,000 more members are not 10,000 members, nor is #50 50 of anything. Under "territory lost" (a
    fall), "GDP growth" (a rise) or "press freedom rank" the number is what the metric holds: read as said."""
    rows, checks = [], []
    for i in _ok_rows_noted(parsed, notes, change.note).tolist():
        name = metric.iat[i] if metric is not None else None
        name = name if isinstance(name, str) else ""
        if change.metric.search(name.lower()):
            continue
        shown = f"the metric '{name}'" if name.strip() else "no metric"
        rows.append(i)
        checks.append(f"check: '{texts.iat[i]}' {change.says}, and {shown} {change.lacks} ({change.advice})")
    _withhold(parsed, np.array(rows, dtype=np.int64), checks)


#: the period a note of a rate names ("'a year' with the number: read as a rate per year")
_NOTED_PERIOD = re.compile(re.escape(PER_PERIOD_NOTE) + r" (?P<p>" + "|".join(PERIODS) + r")\b")
#: each period as a metric or a unit column names it: "deaths per year", "people/day", "USD per capita", "annual deaths"
_NAMED_PERIOD = {
    period: re.compile(
        r"(?:\b(?:a|an|per|each|every)\s+|/\s?)(?:" + nouns + r")\b|(?:^|[^\w-])(?:" + alone + r")(?![\w-])"
    )
    for period, (nouns, alone) in PERIODS.items()
}


def _rates_the_columns_do_not_name(
    parsed: pd.DataFrame, texts: pd.Series, metric: pd.Series | None, unit: pd.Series | None, notes: _Notes
) -> None:
    """A value text that states a rate per period or per person (the grammar's PER_PERIOD_NOTE: "30,000 a year",
    "2.1 deaths per 1,000 per month", "$5,000 per capita") under a metric and a unit column that do not name that
    period: sent to review. A rate is not a total ("30,000 a year" beside "200,000" compared two different
    quantities), nor a rate per month one per year. Under "annual deaths", "deaths per day" or a unit column "USD per
    capita" the number is what the columns hold: read as said."""
    rows, checks = [], []
    for i in _ok_rows_noted(parsed, notes, PER_PERIOD_NOTE).tolist():
        period = _NOTED_PERIOD.search(str(parsed["parse_note"].iat[i]))
        if period is None:
            continue
        named = []
        for label, column in (("metric", metric), ("unit column", unit)):
            cell = column.iat[i] if column is not None else None
            if isinstance(cell, str) and cell.strip():
                named.append((label, cell))
        said = " ".join(cell.lower() for _, cell in named)
        if _NAMED_PERIOD[period.group("p")].search(said):
            continue
        p = period.group("p")
        others = [o for o, pattern in _NAMED_PERIOD.items() if o != p and pattern.search(said)]
        shown = " and ".join(f"the {label} '{cell}'" for label, cell in named) or "no metric or unit"
        verb = "name" if len(named) > 1 else "names"
        plain = named[0][1].strip() if named and named[0][0] == "metric" and not others else "deaths"
        rows.append(i)
        checks.append(
            f"check: '{texts.iat[i]}' states a rate per {p}, and {shown} {verb} "
            f"{f'a rate per {others[0]}' if others else 'none'} (a rate is not a total: name the rate in the metric, "
            f"such as '{plain} {rate_words(p)}', or in the unit column)"
        )
    _withhold(parsed, np.array(rows, dtype=np.int64), checks)


#: a metric that names a span of a period: "deaths so far in 2024", "year-to-date sales", "H1 revenue", "cumulative"
_SPAN_METRIC = re.compile(
    r"\b(?:" + SPAN_WORDS + r"|first\s+(?:half|quarter)|h1|q[1-3]|cumulative|running\s+total|since|to\s+date)\b"
)


def _spans_the_columns_do_not_name(
    parsed: pd.DataFrame, texts: pd.Series, metric: pd.Series | None, as_of: pd.Series | None, notes: _Notes
) -> None:
    """A value text that states a total for part of a period (the grammar's SPAN_NOTE: "971 people so far this year",
    "$5m year to date") on a row whose as_of gives no period and whose metric names no span: sent to review. A total
    to date is not a whole year's total, and compared with one it would be a spread between two quantities."""
    rows, checks = [], []
    for i in _ok_rows_noted(parsed, notes, SPAN_NOTE).tolist():
        when = as_of.iat[i] if as_of is not None else None
        if isinstance(when, str) and when.strip():
            continue
        cell = metric.iat[i] if metric is not None else None
        said = cell.strip() if isinstance(cell, str) else ""
        if _SPAN_METRIC.search(said.lower()):
            continue
        words = re.search(r"'([^']+)' with the number: " + SPAN_NOTE, str(parsed["parse_note"].iat[i]))
        rows.append(i)
        checks.append(
            f"check: '{texts.iat[i]}' states a total for part of a period ('{words.group(1) if words else ''}'), and "
            f"{f'the metric {said!r} names' if said else 'no metric names'} no such span and no as_of gives the "
            "period (a total to date is not a whole period's total: give the period in as_of, or name the span in "
            "the metric)"
        )
    _withhold(parsed, np.array(rows, dtype=np.int64), checks)


#: signs the grammar keeps as they are printed, and the currencies each may stand for
_SIGN_CURRENCIES = {
    "$": {"USD", "AUD", "CAD", "NZD", "HKD"},
    "¥": {"JPY", "CNY"},
    "Rs": {"INR", "PKR", "LKR", "NPR"},
    "Sh": {"KES", "UGX", "TZS"},
    "kr": {"SEK", "NOK", "DKK", "ISK"},
    "lei": {"RON", "MDL"},
    # names several countries' currencies share, kept as printed (grammar.CURRENCY_WORDS)
    "dinar": {"IQD", "JOD", "KWD", "BHD", "DZD", "TND", "LYD", "RSD", "MKD"},
    "riyal": {"SAR", "QAR", "OMR", "YER"},
    "rial": {"IRR", "OMR", "YER"},
    "dirham": {"AED", "MAD"},
    "peso": {"MXN", "ARS", "CLP", "COP", "PHP", "UYU", "DOP", "CUP"},
    "franc": {"CHF", "XOF", "XAF", "RWF", "BIF", "GNF", "CDF", "DJF"},
    "lira": {"TRY", "LBP", "SYP"},
    "toman": {"IRR"},
    "krone": {"NOK", "DKK"},
    "CFA franc": {"XOF", "XAF"},
    "Dh": {"AED", "MAD"},
}
#: a unit column's spellings of the units a value text can give, longest first: the grammar's name of each
_UNIT_NAMES_BY_SPELLING = sorted(
    {
        **{k: v for k, v in UNIT_SPELLINGS.items() if v in ("percent", "km2")},  # the folding's own spellings
        **{k: "percentage points" for k in ("percentage points", "percentage point", "pp", "pts", "points")},
        **{k: "basis points" for k in ("basis points", "basis point", "bps", "bp")},
        **{k: MULTIPLE for k in ("times", "fold", "x", "multiple", "ratio")},
        **{k.lower(): v for k, v in CURRENCIES.items()},
        **{k.lower(): v for k, v in CURRENCY_WORDS.items()},
        **{v.lower(): v for v in CURRENCIES.values()},
        **MEASURE_UNITS,
        **{v.lower(): v for v in MEASURE_UNITS.values()},
        # a scale word and a unit the text may write with a prefix ("30 Mt" under "million tonnes")
        **{
            "million tonnes": "Mt",
            "million metric tons": "Mt",
            "thousand tonnes": "kt",
            "billion tonnes": "Gt",
            "million hectares": "Mha",
            "billion cubic metres": "bcm",
            "billion cubic meters": "bcm",
            "trillion cubic feet": "tcf",
            "million tonnes of oil equivalent": "Mtoe",
            **{f"million barrels {d}": "mb/d" for d in ("per day", "a day", "daily")},
            **{f"thousand barrels {d}": "kb/d" for d in ("per day", "a day", "daily")},
            **{f"million cubic feet {d}": "MMcf/d" for d in ("per day", "a day")},
            **{f"billion cubic feet {d}": "bcf/d" for d in ("per day", "a day")},
            **{f"barrels of oil equivalent {d}": "boe/d" for d in ("per day", "a day")},
            **{f"million tonnes {d}": "Mtpa" for d in ("per annum", "per year", "a year")},
            "million cubic feet": "MMcf",
            "billion cubic feet": "bcf",
            "million barrels": "MMbbl",
            "million barrels of oil equivalent": "MMboe",
        },
    }.items(),
    key=lambda kv: -len(kv[0]),
)


def _unit_name(stated: str) -> str:
    """A unit column's cell as the grammar names the unit it begins with ("% of GDP": percent, "US dollars
    (2015)": USD, "km²": km2), else the cell folded."""
    folded = " ".join(stated.replace("\u00b2", "2").replace("\u00b3", "3").lower().split())
    name = MEASURE_UNITS.get(folded.replace(" ", "")) or next(  # "Mt CO2e" as a text writes it: "MtCO2e"
        (n for spelling, n in _UNIT_NAMES_BY_SPELLING
         if folded == spelling or (folded.startswith(spelling) and not folded[len(spelling)].isalnum())),
        folded,
    )  # fmt: skip
    if name.startswith("mt") and MEGATONNES.match(stated.strip()):  # "Mt": megatonnes, "MT": metric tons
        return "M" + name[1:]
    return name


def units_agree(text_unit: str, stated: str) -> bool:
    """Whether the unit a value text gives (the grammar's name: percent, km2, times, USD, $, ...) agrees with the
    unit column's cell: the same unit, percent beside percentage points (often printed alike), or a sign beside
    a currency it may stand for ("$" beside USD)."""
    a, b = text_unit, _unit_name(stated)
    if a == b or {a, b} == {"percent", "percentage points"}:
        return True
    if a.startswith("per "):  # a rate: "per 100,000" beside "deaths per 100,000 people", "per 100 000", "per 1000"
        return f"per {a[4:].replace(',', '')} " in f"{_DIGIT_GROUPS.sub('', b)} "
    # a code the grammar does not read as one ("RON", an English word) is folded to lower case in the unit column
    return b.upper() in _SIGN_CURRENCIES.get(a, ()) or a in _SIGN_CURRENCIES.get(b, ())


def _units_that_disagree(parsed: pd.DataFrame, texts: pd.Series, stated: pd.Series) -> None:
    """A value text whose unit is not the unit column's ("30%" under "people", "€3bn" under "USD", "2.5 times" under
    "people"): two readings, and the stated unit does not settle which holds. Sent to review; each distinct pair of
    units looked at once."""
    # the rows whose text states a unit, found on Arrow's lengths (most texts state none), then only those read
    rows = np.flatnonzero(_np(pc.fill_null(pc.greater(pc.binary_length(_arrow_text(parsed["unit"])), 0), False)))
    text_unit = parsed["unit"].iloc[rows].astype("str")
    given = stated.iloc[rows].fillna("").astype("str")
    ok = (given.str.strip() != "").to_numpy(dtype=bool) & (parsed["parse_status"].iloc[rows] == OK).to_numpy(
        dtype=bool, na_value=False
    )
    rows, text_unit, given = rows[ok], text_unit[ok], given[ok]
    if not len(rows):
        return
    (a_codes, a_names), (b_codes, b_names) = pd.factorize(text_unit), pd.factorize(given)
    pairs, codes = np.unique(a_codes * len(b_names) + b_codes, return_inverse=True)  # each pair of units once
    agree = [units_agree(a_names[p // len(b_names)], b_names[p % len(b_names)]) for p in pairs.tolist()]
    disagree = ~np.array(agree, dtype=bool)[codes.reshape(-1)]
    checks = [
        f"check: '{text}' states {'a multiple' if a == MULTIPLE else f'its unit as {a}'}, and the unit column says "
        f"'{b}'"
        for text, a, b in zip(
            texts.iloc[rows[disagree]].tolist(), text_unit[disagree].tolist(), given[disagree].tolist()
        )
    ]
    _withhold(parsed, rows[disagree], checks)


#: a separator between groups of three digits ("100,000", "100 000")
_DIGIT_GROUPS = re.compile(r"(?<=\d)[, \u00a0\u202f](?=\d{3}\b)")
#: a unit column that gives a scale: a scale word ("millions", "USD bn", "'000"), a scale letter beside a currency
#: ("$m", "£bn", "EUR k"), or a unit of measure with a prefix of a thousand or more ("Mt", "Gt", "bcm", "mb/d")
_COLUMN_SCALE = re.compile(
    r"(?:^|[^a-z0-9])(?:thousands?|millions?|billions?|trillions?|lakhs?|lacs?|crores?|mn|mln|bn|tn|mio|mrd|"
    r"'000s?|000s?)(?:[^a-z]|$)"
    r"|(?:[$€£¥₹]|\b(?:usd|eur|gbp|us\$))\s?[kmb]\b|\b[kmb]\s?(?:[$€£¥₹]|(?:usd|eur|gbp)\b)"
)
_SCALED_UNITS = frozenset({"kt", "Mt", "Gt", "mt", "MtCO2", "MtCO2e", "mtCO2", "mtCO2e", "GtCO2", "GtCO2e", "ktCO2",
                           "ktCO2e", "Mtoe", "ktoe", "Mha", "bcm", "bcf", "tcf", "MMcf", "mb/d", "kb/d"})  # fmt: skip
#: a number with a scale in a value text (as the grammar reads one: "1.2 million", "$3.5bn", "30k", "4.2 lakh")
_TEXT_SCALE = re.compile(r"\d\s?(?:" + SCALE_ALTS + r")(?:[^a-z0-9]|$)")  # RE2: no look-ahead
#: a number with the letter "m" the grammar reads as a million: "3 m", "1.2m"
_TEXT_M = re.compile(r"\d\s?m(?:[^a-z0-9]|$)")


def _gives_scale(stated: str) -> bool:
    """Whether a unit column's cell gives a scale: a scale word or letter, or a unit with a scale of its own."""
    return bool(_COLUMN_SCALE.search(" ".join(stated.lower().split()))) or _unit_name(stated) in _SCALED_UNITS


def _scaled_twice(parsed: pd.DataFrame, texts: pd.Series, stated: pd.Series) -> None:
    """A value text that states a scale ("1.2 million", "$3.5bn") under a unit column that gives one too
    ("millions", "USD billion", "Mt"): the number may be scaled twice (1.2 million millions), or the column's scale
    may be meant once; and "m" read as a million under a unit column in metres ("3 m" under "metres"). Sent to review:
    compared as read, "1.2 million" beside "1.2" under "millions" was a millionfold spread between agreeing sources.
    Each distinct unit cell looked at once, then only the texts under a scaled unit."""
    encoded = pc.dictionary_encode(_arrow_text(stated))  # Arrow's hashing: a tenth of pandas' factorize of text
    cells = encoded.dictionary.to_pylist()
    codes = pc.fill_null(encoded.indices, len(cells)).to_numpy(zero_copy_only=False)  # missing: the last, no unit
    scaled_cell = np.array([_gives_scale(c) for c in cells] + [False], dtype=bool)
    metres_cell = np.array([_unit_name(c) == "m" for c in cells] + [False], dtype=bool)
    # a share takes no scale: "60.2b" under "percent" (a UN profile's 60.2 and its footnote b) was 60,200,000,000 %
    share_cell = np.array([_unit_name(c) in ("percent", "percentage points") for c in cells] + [False], dtype=bool)
    if not (scaled_cell.any() or metres_cell.any() or share_cell.any()):
        return
    scaled, metres, share = scaled_cell[codes], metres_cell[codes], share_cell[codes]
    ok = (parsed["parse_status"] == OK).to_numpy(dtype=bool, na_value=False)
    rows = np.flatnonzero((scaled | metres | share) & ok)
    if not len(rows):
        return
    given = stated.iloc[rows].fillna("").astype("str")
    lowered = pc.utf8_lower(_arrow_text(texts.iloc[rows]))
    has_scale = _np(pc.fill_null(pc.match_substring_regex(lowered, _TEXT_SCALE.pattern), False)).astype(bool)
    has_m = _np(pc.fill_null(pc.match_substring_regex(lowered, _TEXT_M.pattern), False)).astype(bool)
    twice = ((scaled[rows] | share[rows]) & has_scale) | (metres[rows] & has_m)
    rows = rows[twice]
    checks = [
        f"check: '{text}' reads 'm' as a million, and the unit column '{cell}' is in metres"
        if metres[i] and not scaled[i]
        else f"check: '{text}' states a scale, and the unit column '{cell}' is a share, which takes none (a letter "
        "after the figure may be a table's footnote mark)"
        if share[i]
        else f"check: '{text}' states a scale, and the unit column '{cell}' gives one too: the number may be scaled "
        "twice (give the number in the column's unit in the value column)"
        for i, text, cell in zip(rows.tolist(), texts.iloc[rows].tolist(), given[twice].tolist())
    ]
    _withhold(parsed, rows, checks)


def _withhold(parsed: pd.DataFrame, rows: np.ndarray, checks: list[str]) -> None:
    """The rows (positions) sent to review: their numbers withheld, each note its check and what it was read as."""
    if not len(rows):
        return
    numbers = [parsed[c].to_numpy(dtype=float, na_value=np.nan)[rows].tolist() for c in ("value", "low", "high")]
    qualifiers = parsed["qualifier"].iloc[rows].tolist()
    notes = [f"{check}; read as {describe(v, lo, hi, q)}" for check, v, lo, hi, q in zip(checks, *numbers, qualifiers)]
    set_rows(
        parsed,
        rows,
        {"value": np.nan, "low": np.nan, "high": np.nan, "denominator": np.nan, "qualifier": None,
         "parse_status": REVIEW, "parse_note": notes},
    )  # fmt: skip


def set_rows(parsed: pd.DataFrame, rows: np.ndarray, cells: dict) -> None:
    """``parsed``'s cells at ``rows`` (positions, each once) set, column by column: each value of ``cells`` one
    value for every row, or a list of one per row in the order of ``rows``. Each column is set once for all the
    rows: a row at a time, a table with tens of thousands of them took minutes (each set copies an Arrow column)."""
    if not len(rows):
        return
    mask = np.zeros(len(parsed), dtype=bool)
    mask[rows] = True
    order = np.argsort(rows, kind="stable")  # the rows in table order, as the columns take their new cells
    for column, new in cells.items():
        per_row = [new[k] for k in order.tolist()] if isinstance(new, list) else [new] * len(rows)
        if parsed[column].dtype == np.float64:
            values = parsed[column].to_numpy(copy=True)
            values[np.sort(rows)] = np.array(per_row, dtype=float)
            parsed[column] = values
            continue
        text = pa.array(parsed[column].array, from_pandas=True)
        if isinstance(text, pa.ChunkedArray):
            text = text.combine_chunks()
        filled = pc.replace_with_mask(text, pa.array(mask), pa.array(per_row, text.type))
        parsed[column] = pd.Series(filled.to_pandas().array, index=parsed.index, dtype=parsed[column].dtype)


_DECIMAL_COMMA_NOTE = "read with a decimal comma"
_COMMA_GROUP = r"(?:^|[^\d.,])\d{1,3},\d{3}(?:[^\d.,]|$)"  # 1,234 (a comma before three digits, nothing more)


def _ambiguous_commas(parsed: pd.DataFrame, texts: pd.Series, notes: _Notes) -> None:
    """Where a table writes decimal commas ("1,5 million"), its "1,234" may be 1.234: send those to review."""
    decimal = notes.rows_with(_DECIMAL_COMMA_NOTE)
    if not len(decimal):
        return
    example = texts.iat[int(decimal[0])]
    strings = pa.array(
        [t if isinstance(t, str) else None for t in texts.to_numpy(dtype=object, na_value=None)], type=pa.string()
    )
    grouped = _np(pc.fill_null(pc.match_substring_regex(strings, _COMMA_GROUP), False))
    rows = np.flatnonzero(grouped & (parsed["parse_status"] == OK).to_numpy(dtype=bool, na_value=False))
    check = (
        f"check: the table writes decimal commas elsewhere ('{example}'), so a comma before three digits may be a "
        "decimal comma here"
    )
    _withhold(parsed, rows, [check] * len(rows))


def _arrow_text(column: pd.Series) -> pa.Array:
    """A text column as an Arrow string array (zero-copy when pandas already keeps it in Arrow)."""
    if isinstance(column.dtype, pd.StringDtype) and column.dtype.storage == "pyarrow":
        arr = pa.array(column.array).cast(pa.string())
        return arr.combine_chunks() if isinstance(arr, pa.ChunkedArray) else arr  # a concatenated table's chunks
    return pa.array(column.to_numpy(dtype=object, na_value=None), type=pa.string())


def _np(array) -> np.ndarray:
    return np.asarray(array.to_numpy(zero_copy_only=False), dtype=bool)


def fmt(x: float) -> str:
    """A number as a note shows it: 30,000; 1.5; 0.000123."""
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.6g}"


def describe(value, low, high, qualifier) -> str:
    """A reading as a note shows it: "20,000 to 31,500 (range)", "at least 600,000", "30,000 (approx)"."""
    if qualifier in (RANGE, VAGUE):
        return f"{fmt(low)} to {fmt(high)} ({qualifier})"
    if qualifier == AT_LEAST:
        return f"at least {fmt(low)}"
    if qualifier == AT_MOST:
        return f"at most {fmt(high)}"
    return f"{fmt(value)} ({qualifier})"
