"""parse_value for a whole column at once: the common forms in Arrow's C++ regex engine, the rest in Python.

Real claim tables mostly say "around 30,000", "20,000 to 31,500", "more than 600,000", "40%" or
"25 of 34". This module reads those forms for a whole column with pyarrow.compute (RE2, no Python per
row) and sends every text outside that narrow grammar to :func:`discrepancy.values.parse_value`. The
result is the same as calling parse_value on each text: tests/test_fastparse.py checks it text by text
over every case of the parser's tests and a generated corpus. A text goes to the fast path only when
nothing in it would make parse_value do more (number words, fractions, suffix qualifiers, brackets,
currencies, units other than percent, a second number it would ignore, any unusual character).

The grammar is one long pattern of eleven groups, which RE2 reads slowly; the two commonest shapes (words and a
number; words and two numbers joined by "-", "and" or "to") are read first by short one-pass patterns that give
the grammar's own fields, and only the texts they leave go to the grammar (tests check the two agree).
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from discrepancy.claims.grammar import (
    APPROX,
    AT_LEAST,
    AT_MOST,
    CHANGE_WORDS,
    CURRENCIES,
    CURRENCY_WORDS,
    DATE_WORDS,
    DIMENSION_WORDS,
    EXACT,
    FALL_NOUNS,
    FALL_WORDS,
    FILLERS,
    IDENTIFIER_WORDS,
    INTERVAL_LABELS,
    LIST_PART_WORDS,
    MAX_MAGNITUDE,
    MEASURE_ALTS,
    MONTHS,
    MULTIPLE_WORDS,
    MULTIPLIER_WORDS,
    NEGATIONS,
    NUMBER_WORDS,
    PERIOD_TRIGGER,
    PREFIX_ALTS,
    PREFIXES,
    PROJECTION_WORDS,
    RACE_WORDS,
    RANGE,
    RANK_NOUNS,
    RANK_WORDS,
    RECORD_WORDS,
    RISE_NOUNS,
    RISE_WORDS,
    SCALE_LIKE_WORDS,
    SCALES,
    SIGN_WORDS,
    SPAN_WORDS,
    SUFFIX_ALTS,
    TALLY_WORDS,
    YEAR_DIGITS,
    YEAR_LIKE,
    tidy,
)
from discrepancy.claims.values import parse_value

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# The fast grammar knows the common scale words and percent spellings only (a long alternation costs RE2
# dearly); texts with the others (lakh, crore, hundred, tn, pct, ...) are left to the full reader.
_FAST_SCALES = ("thousands", "thousand", "millions", "million", "billions", "billion", "trillion", "mln", "mn", "bn",
                "k", "m", "b")  # fmt: skip
_SCALES = "|".join(_FAST_SCALES)
_OTHER_SCALES = "|".join(sorted(set(SCALES) - set(_FAST_SCALES), key=len, reverse=True))
_PCT = "%|percent|per cent"
_WORDS = r"[a-z']+"
_FRACTION_WORDS = r"(?:out of |of )(?:[a-z'\-]+ ){0,4}"
_GRAMMAR = (
    r"^(?P<lead>(?:" + _WORDS + r" )*)(?P<tilde>~ ?)?"
    r"(?P<a>" + _NUM + r")(?: ?(?P<ascale>" + _SCALES + r")\b)?(?: ?(?P<aunit>" + _PCT + r"))?"
    r"(?:(?P<join> ?- ?| to | and | through | till | until |/| " + _FRACTION_WORDS + r")"
    r"(?P<b>" + _NUM + r")(?: ?(?P<bscale>" + _SCALES + r")\b)?(?: ?(?P<bunit>" + _PCT + r"))?)?"
    r"(?P<plus>\+)?"
    r"(?P<tail>(?: [a-z'][a-z'\-]*)*)$"
)
_CURRENCY_WORDS = "|".join(sorted({w.split()[-1].replace(".", "") for w in CURRENCY_WORDS}, key=len, reverse=True))
# Words and forms that make the grammar do something the fast path does not: leave such texts to it.
_CODES = "|".join(sorted((c.rstrip(".") for c in CURRENCIES if c.rstrip(".").isalpha()), key=len, reverse=True))
_TRIGGERS = (
    r"(?:\d[,.]?){16}|(?:^|[^\d,.])\d{1,3}\.\d{3}(?:[^\d]|$)|(?:^|[^\d,.])0{3,}(?:[^\d,.]|$)|(?:^|[^\d,.])0\d|\b(?:"
    + "|".join(NUMBER_WORDS)
    + r"|an? (?:hundred|thousand|million|billion|trillion|lakh|crore)|half|thirds?|quarters?|fifths?"
    r"|square|sq|km|or|percentage|percentages|percents|pp|pct|pc|per|every|pence|"
    + _OTHER_SCALES
    + "|"
    + _CODES
    + "|"
    + _CURRENCY_WORDS
    + "|"
    + NEGATIONS
    + "|"
    + FALL_WORDS
    + "|"
    + RISE_WORDS
    + "|"
    + SIGN_WORDS
    + "|"
    + MULTIPLE_WORDS
    + "|"
    + MULTIPLIER_WORDS
    + "|"
    + IDENTIFIER_WORDS
    + "|"
    + RANK_WORDS
    + "|"
    + PROJECTION_WORDS
    + "|"
    + LIST_PART_WORDS
    + "|"
    + RANK_NOUNS
    + "|"
    + TALLY_WORDS  # "a ratio of 1 to 4", "a vote of 45 to 52": the full reader doubts the range
    + r")\b|‰|\bp\.\s?c\b|"
    + PERIOD_TRIGGER  # a rate per period ("30,000 a year", "2,000 daily"): the full reader notes it
    + r"|\b(?:"
    + SPAN_WORDS
    + r")\b"  # a total for part of a period ("so far this year"): the full reader notes it
    + r"|\b(?:"
    + CHANGE_WORDS
    + r")\b.*\bfrom\b|\bby \d|  |'"
    # "10s of thousands", "100s of people": a vague amount in digits, which the full reader reads
    + r"|\d0s of\b|^1?,?000?s$|something"  # "30-something": no number the full reader reads
    # "halved in the past 15 years", "within 20 days": a span of time, which the full reader takes for no value
    + r"|\b(?:past|last|next|previous|coming|preceding|within) \d"
    # a slash beside a decimal ("70.3 / 79.9": two figures in one cell, no fraction): the full reader doubts it
    + r"|\d\.\d+\s*/\s*\d|\d\s*/\s*\d+\.\d"
    # "1-112": odds of 1 in 112 (the National Safety Council's), or a range: the full reader doubts it
    + r"|(?:^|[^\d,.])1\s?[-–]\s?(?:[5-9]\d|[1-9]\d\d)"
    # "up" before a number but in "up to" (RE2 has no look-ahead: "up", a space, then anything but "to ")
    + r"|\bup\s+(?:[^t\s]|t[^o]|to\S)"
    + r"|\b(?:"
    + DATE_WORDS
    + r")\.?,?[\s-]*"
    + YEAR_DIGITS
    + r"\b"  # a year: the full reader sets it aside
    + r"|\b"
    + YEAR_DIGITS
    + r"\s*-?\s*(?:"
    + RECORD_WORDS
    + r")\b"  # a year of a figure ("the 2014 total"): set aside too
    + r"|\ba "
    + YEAR_DIGITS
    + r" [a-z]"  # "a 1982 rally": the year of the thing named
    + r"|\b"
    + YEAR_DIGITS
    + r"/\d"  # "2014/15", "2014/2015": a fiscal or school year
    + r"|\b\d{1,2}\s+(?:"
    + MONTHS
    + r")\b"  # a day before a month
    + r"|\b(?:"
    + MONTHS
    + r")\.?\s*\d{1,2}(?:[^\d,.]|[,.](?:\D|$)|$)"  # a day after its month: "since January 1", "March 31, 2015"
    # a "b" apart from the number (a billion, or Eurostat's flag of a break in the series): the full reader doubts it
    + r"|\d b\b"
    # a scale word, or one that may be, not right after a number ("in millions 1,234"): the full reader doubts it
    + r"|(?:^|[^0-9 ]) ?\b(?:"
    + "|".join(w for w in _FAST_SCALES if len(w) > 1)
    + "|"
    + SCALE_LIKE_WORDS
    + r")\b"
)
# The words right after the number(s): a second scale word ("lakh crore"), a word that looks like a scale word ("76
# bilion": the grammar sends it to review), a qualifier after at most three words ("30,000 people at least"), or the
# size of a change ("a 3.5% drop", "30,000 more", "a 12% year-on-year increase": FALL_NOUNS and RISE_NOUNS).
_TAIL_TRIGGER = (
    r"^ (?:" + "|".join(SCALES) + r"|" + INTERVAL_LABELS + r"|" + SCALE_LIKE_WORDS + r")\b"
    + r"|^ (?:" + MEASURE_ALTS + r")(?:[^\w/]|$)"  # a unit of measure ("30 gw", "30 metric tons")
    + r"|^[ -]?(?:" + DIMENSION_WORDS + r")\b"  # a word of size after a scale ("3 m tall": the full reader doubts "m")
    + r"|^[ -]?(?:" + RACE_WORDS + r")\b"  # a race after its length ("the 100m sprint", "a 10k run")
    + r"|^ [eprufsdn]$"  # a statistics office's flag after the figure ("30,000 e"): the full reader notes it
    + r"|^ ?mm(?:usd|eur|gbp|cad|aud|chf|jpy)\b"  # "2.3 MMUSD": millions, or not (the full reader doubts MM)
    + r"|^ ?(?:basis points?|bps)\b"  # "25 bps": basis points, the full reader's unit
    + r"|^(?: [a-z'][a-z'\-]*){0,3} (?:" + SUFFIX_ALTS.replace("\\ ", " ") + r")\b"
    + r"|^(?: [a-z'][a-z'\-]*){0,2} (?:" + FALL_NOUNS + r"|" + RISE_NOUNS + r")\b"
    + r"| (?:to|and|or|through|thru|till|until|vs|versus)$"  # a range cut short ("30,000 to"): the full reader doubts it
)  # fmt: skip
_PREFIX_ALTS = PREFIX_ALTS.replace("\\ ", " ")
_PREFIX = r"(?:^|[\s(])(?P<p>" + _PREFIX_ALTS + r")" + FILLERS + r"\s*(?:(?:between|from)\s*)?$"
_PREFIX_QUALIFIER = {p: q for p, q, _ in PREFIXES}
_PREFIX_NOTE = {p: n for p, _, n in PREFIXES}
_SCALE_NAMES = list(SCALES)
_SCALE_EXP = np.array([round(np.log10(SCALES[s])) for s in _SCALE_NAMES] + [0], dtype=np.int64)
_SCALE_SET = pa.array(_SCALE_NAMES)


_RANGE_JOINS = pa.array(["-", "to", "and", "through", "till", "until"])
_PHRASES = pa.array(list(_PREFIX_QUALIFIER))
_QUALIFIER_NAMES = [EXACT, APPROX, AT_LEAST, AT_MOST, RANGE]
_PHRASE_QUALIFIER = np.array([_QUALIFIER_NAMES.index(_PREFIX_QUALIFIER[p]) for p in _PREFIX_QUALIFIER] + [0])
_NOTE_NAMES = sorted({n for n in _PREFIX_NOTE.values()})
_PHRASE_NOTE = np.array([_NOTE_NAMES.index(_PREFIX_NOTE[p]) for p in _PREFIX_QUALIFIER] + [_NOTE_NAMES.index("")])
_QUALIFIER_ARRAY = pa.array(_QUALIFIER_NAMES)
_UNITS = pa.array(["percent", None], type=pa.string())
_STATUSES = pa.array(["ok"], type=pa.string())
_TILDE = list(_PREFIX_QUALIFIER).index("~")
# Leads that are exactly a qualifier phrase, "between"/"from", or both: their phrase index and between flag.
_LEAD_TEXTS = (
    [(f"{p} ", i, False) for i, p in enumerate(_PREFIX_QUALIFIER)]
    + [(f"{w} ", len(_PREFIX_QUALIFIER), True) for w in ("between", "from")]
    + [(f"{p} {w} ", i, True) for i, p in enumerate(_PREFIX_QUALIFIER) for w in ("between", "from")]
)
_LEADS = pa.array([t for t, _, _ in _LEAD_TEXTS])
_LEAD_PHRASE = np.array([i for _, i, _ in _LEAD_TEXTS] + [len(_PREFIX_QUALIFIER)], dtype=np.int64)
_LEAD_BETWEEN = np.array([b for _, _, b in _LEAD_TEXTS] + [False])
_NOTES = pa.array(["; ".join(x for x in (n, r) if x) for n in _NOTE_NAMES for r in ("", "approximate range")])


def _np(array: pa.Array | pa.ChunkedArray) -> np.ndarray:
    return array.to_numpy(zero_copy_only=False)


def _flag(array) -> np.ndarray:
    """A string field as a bool array: true where the group matched something."""
    return _np(pc.fill_null(pc.not_equal(array, ""), False)).astype(bool)


def _index(array, value_set: pa.Array) -> np.ndarray:
    """Position of each string in value_set, len(value_set) where absent or null."""
    idx = pc.fill_null(pc.index_in(array, value_set=value_set), len(value_set))
    return np.array(_np(idx), dtype=np.int64)


def _clean(texts: pa.Array) -> pa.Array:
    texts = pc.utf8_lower(texts)
    for dash in ("\u2013", "\u2014"):
        texts = pc.replace_substring(texts, dash, "-")
    return pc.utf8_trim_whitespace(texts)


def _digits(raw) -> pa.Array:
    """A number group without its thousands commas ('0' where the group is empty)."""
    digits = pc.replace_substring(pc.fill_null(raw, "0"), ",", "")
    return pc.if_else(pc.equal(digits, ""), "0", digits)


def _scaled(digits: pa.Array, numbers: np.ndarray, exponent: np.ndarray) -> np.ndarray:
    """digits times 10**exponent as the correctly rounded float of that decimal, as parse_value reads it."""
    rows = np.flatnonzero(exponent != 0)
    if not len(rows):
        return numbers
    out = numbers.copy()
    picked = pc.take(digits, pa.array(rows))
    text = pc.binary_join_element_wise(picked, pa.array(np.char.add("e", exponent[rows].astype(str))), "")
    out[rows] = _np(pc.cast(text, pa.float64()))
    return out


_FIELDS = ("lead", "tilde", "a", "ascale", "aunit", "join", "b", "bscale", "bunit", "plus", "tail")
# Two common shapes read by smaller patterns with the grammar's fields: RE2 reads a pattern of at most four groups
# that never has to choose between two ways on the next character ("one-pass") about four times as fast as the
# grammar (0.06 s against 0.23 s for 300,000 texts). A number as they read it is checked against _NUM after.
_QUICK_NUM = r"\d+(?:,\d\d\d)*(?:\.\d+)?"
_ONE_NUMBER = r"^(?P<lead>(?:[a-z]+ )*)(?P<a>" + _QUICK_NUM + r")(?P<asuffix>[kmb]?%?)(?P<tail>(?: [a-z]+)*)$"
_TWO_NUMBERS = (
    r"^(?P<lead>(?:[a-z]+ )*)(?P<a>"
    + _QUICK_NUM
    + r")(?P<middle>[kmb]?%?(?:-| and | to ))(?P<b>"
    + _QUICK_NUM
    + r"[kmb]?%?)$"
)
# a tail the grammar would read otherwise: a scale or percent word right after the number
_TAIL_TAKEN = r"^ (?:" + _SCALES + "|" + _PCT + r")\b"


def _grammar_fields(clean: pa.Array) -> tuple[np.ndarray, dict[str, pa.Array]]:
    """The grammar's fields of each text, and the mask of texts it matched."""
    m = pc.extract_regex(clean, _GRAMMAR)
    return _np(m.is_valid()).astype(bool), {name: pc.struct_field(m, name) for name in _FIELDS}


def _number_ok(number: pa.Array) -> np.ndarray:
    """Where a quick pattern's number is one _NUM reads whole: no comma after more than three digits."""
    return _np(pc.less_equal(pc.find_substring(pc.fill_null(number, ""), ","), 3)).astype(bool)


def _suffix_fields(suffix: pa.Array) -> tuple[pa.Array, pa.Array]:
    """A quick pattern's "[kmb]?%?" as the grammar's scale and unit fields."""
    return pc.replace_substring(suffix, "%", ""), pc.if_else(pc.ends_with(suffix, "%"), "%", "")


def _one_number_fields(clean: pa.Array) -> tuple[np.ndarray, dict[str, pa.Array]]:
    """The grammar's fields of texts of words, a number (a scale letter, a percent sign) and words, and the mask of
    the texts whose fields are the grammar's: those it reads so, with no number _NUM would not read whole and no
    scale or percent word after the number (the grammar reads that as the number's, not as a tail)."""
    m = pc.extract_regex(clean, _ONE_NUMBER)
    read = _np(m.is_valid()).astype(bool)
    f = {name: pc.struct_field(m, name) for name in ("lead", "a", "asuffix", "tail")}
    read &= _number_ok(f["a"]) & ~_np(pc.fill_null(pc.match_substring_regex(f["tail"], _TAIL_TAKEN), False))
    ascale, aunit = _suffix_fields(f["asuffix"])
    empty = pa.nulls(len(clean), clean.type)
    fields = dict.fromkeys(_FIELDS, empty) | {"lead": f["lead"], "a": f["a"], "ascale": ascale, "aunit": aunit,
                                              "tail": f["tail"]}  # fmt: skip
    return read, fields


def _two_number_fields(clean: pa.Array) -> tuple[np.ndarray, dict[str, pa.Array]]:
    """The grammar's fields of texts of words and two numbers joined by "-", " and " or " to " (each with a scale
    letter, a percent sign), and the mask of the texts whose fields are the grammar's (numbers _NUM reads whole).
    The words between the numbers are read once per distinct text (a few), the second number's suffix off its end."""
    m = pc.extract_regex(clean, _TWO_NUMBERS)
    read = _np(m.is_valid()).astype(bool)
    f = {name: pc.struct_field(m, name) for name in ("lead", "a", "middle", "b")}
    b = pc.utf8_rtrim(f["b"], characters="kmb%")
    read &= _number_ok(f["a"]) & _number_ok(b)
    middle = f["middle"].dictionary_encode()
    parts = [re.fullmatch(r"([kmb]?)(%?)(.*)", text).groups() for text in middle.dictionary.to_pylist()]
    ascale, aunit, join = (pa.array([p[i] for p in parts], clean.type).take(middle.indices) for i in range(3))
    bsuffix = pc.utf8_slice_codeunits(pc.utf8_rtrim(f["b"], characters="%"), -1)
    bscale = pc.if_else(pc.is_in(bsuffix, value_set=pa.array(["k", "m", "b"], clean.type)), bsuffix, "")
    bunit = pc.if_else(pc.ends_with(f["b"], "%"), "%", "")
    empty = pa.nulls(len(clean), clean.type)
    fields = dict.fromkeys(_FIELDS, empty) | {"lead": f["lead"], "a": f["a"], "ascale": ascale, "aunit": aunit,
                                              "join": join, "b": b, "bscale": bscale, "bunit": bunit}  # fmt: skip
    return read, fields


#: how a chunk's texts are read: the quick shapes first, each on the texts the ones before left, then the grammar
_READERS = (_one_number_fields, _two_number_fields)


def _fast_chunk(texts: pa.Array) -> dict[str, np.ndarray]:
    """The fast grammar over one chunk of texts: numbers, codes and the mask of rows it read. The texts of the two
    quick shapes are read by their patterns, the others by the grammar; each with the grammar's fields."""
    clean = _clean(texts)
    blocked = _np(pc.fill_null(pc.match_substring_regex(clean, _TRIGGERS), True)).astype(bool)
    n = len(clean)
    got: dict[str, np.ndarray] = {}

    def put(rows: np.ndarray, part: dict[str, np.ndarray]) -> None:
        for k, v in part.items():
            if k not in got:
                got[k] = np.zeros(n, dtype=v.dtype)
            got[k][rows] = v

    rest = np.arange(n)
    for reader in _READERS:
        if not len(rest):
            break
        read, fields = reader(_rows(clean, rest))
        mask = pa.array(read)
        put(rest[read], _read_fields({k: v.filter(mask) for k, v in fields.items()}, read[read], blocked[rest][read]))
        rest = rest[~read]
    matched, fields = _grammar_fields(_rows(clean, rest))  # every text left, matched or not
    put(rest, _read_fields(fields, matched, blocked[rest]))
    return got


def _rows(texts: pa.Array, rows: np.ndarray) -> pa.Array:
    return texts if len(rows) == len(texts) else texts.take(pa.array(rows, type=pa.int64()))


def _read_fields(field: dict[str, pa.Array], matched: np.ndarray, blocked: np.ndarray) -> dict[str, np.ndarray]:
    """Numbers, codes and the mask of rows read, from the grammar's fields of each text (``matched``: where they
    were found; ``blocked``: texts the triggers leave to the full reader)."""
    n = len(matched)
    blocked = blocked | _np(pc.fill_null(pc.match_substring_regex(field["tail"], _TAIL_TRIGGER), False)).astype(bool)

    has_b, plus = _flag(field["b"]), _flag(field["plus"])
    a_has_scale, b_has_scale = _flag(field["ascale"]), _flag(field["bscale"])
    a_pct, b_pct = _flag(field["aunit"]), _flag(field["bunit"])
    join = pc.utf8_trim_whitespace(pc.fill_null(field["join"], ""))
    join_and = _np(pc.equal(join, "and")).astype(bool)
    is_range = has_b & _np(pc.is_in(join, value_set=_RANGE_JOINS)).astype(bool)
    is_fraction = has_b & ~is_range

    # the qualifier phrase (or "between") that ends the words before the number
    phrase = np.full(n, len(_PHRASES), dtype=np.int64)
    with_lead = np.flatnonzero(_flag(field["lead"]))
    between = np.zeros(n, dtype=bool)
    if len(with_lead):
        lead = pc.take(field["lead"], pa.array(with_lead))
        # most leads are exactly a qualifier ("around ", "between "): a hash look-up, the regex for the rest
        known = _index(lead, _LEADS)
        phrase[with_lead] = _LEAD_PHRASE[known]
        between[with_lead] = _LEAD_BETWEEN[known]
        other = np.flatnonzero(known == len(_LEADS))
        if len(other):
            rest = pc.take(lead, pa.array(other))
            phrase[with_lead[other]] = _index(pc.struct_field(pc.extract_regex(rest, _PREFIX), "p"), _PHRASES)
            between[with_lead[other]] = _np(pc.match_substring_regex(rest, r"\b(?:between|from)\s*$")).astype(bool)
    phrase[_flag(field["tilde"])] = _TILDE
    stated = _PHRASE_QUALIFIER[phrase]

    a_digits, b_digits = _digits(field["a"]), _digits(field["b"])
    a_num = np.array(_np(pc.cast(a_digits, pa.float64())), dtype=float)
    b_num = np.array(_np(pc.cast(b_digits, pa.float64())), dtype=float)
    a_exp = _SCALE_EXP[_index(field["ascale"], _SCALE_SET)]
    b_exp = _SCALE_EXP[_index(field["bscale"], _SCALE_SET)]
    a_exp = np.where(is_range & ~a_has_scale & b_has_scale & (a_num < b_num), b_exp, a_exp)  # "20 to 30 thousand"
    a_val = _scaled(a_digits, a_num, a_exp)
    b_val = _scaled(b_digits, b_num, b_exp)

    at_least_q, at_most_q, approx_q = (_QUALIFIER_NAMES.index(q) for q in (AT_LEAST, AT_MOST, APPROX))
    fast = matched & ~blocked
    fast &= ~(has_b & join_and & ~between)  # "a and b" without "between": parse_value decides
    # "from a and b" (no range) and "10 to 9 billion" (a scale that may be both numbers'): parse_value doubts them
    from_lead = _np(pc.fill_null(pc.ends_with(pc.fill_null(field["lead"], ""), "from "), False)).astype(bool)
    fast &= ~(has_b & join_and & from_lead)
    # "between 10" (a range's first end alone: the full reader doubts it), "around from 300": the full reader decides
    fast &= ~(
        ~has_b & _np(pc.fill_null(pc.match_substring_regex(field["lead"], r"\b(?:between|from)\b"), False)).astype(bool)
    )
    fast &= ~(is_range & ~a_has_scale & b_has_scale & (a_num >= b_num) & (a_num < 1000))
    # "10% to 9 million", "5% to 3,000": a share and a count, no range
    fast &= ~(is_range & a_pct & ~b_pct & (b_has_scale | (b_num > 100)))
    fast &= ~(is_range & (a_val > b_val))  # bounds given high first: noted by parse_value
    fast &= ~(is_range & (plus | (stated == at_least_q) | (stated == at_most_q)))
    fast &= ~(
        is_range
        & ~a_has_scale
        & ~b_has_scale
        & (a_num < 1000)
        & (a_num == np.floor(a_num))
        & (b_num >= 1000)
        & (b_num % 1000 == 0)
        & (b_num / 1000 > a_num)
    )  # "1 to 3,000": noted
    fast &= ~(
        is_range
        & ~a_has_scale
        & ~b_has_scale
        & (a_num >= 1)
        & (a_num == np.floor(a_num))
        & (b_num >= 200)
        & (b_num < 1000)
        & (b_num % 100 == 0)
        & (b_num / 100 > a_num)
    )  # "7-800": noted (700 to 800?)
    # "2010 to 42,501": a year before a count, noted (looked at only where a range could be one)
    year_first = np.flatnonzero(fast & is_range & (a_num >= 1800) & (a_num < 2100) & (b_val > 2100))
    if len(year_first):
        at = pa.array(year_first)
        a_year = pc.match_substring_regex(pc.take(field["a"], at), f"^(?:{YEAR_LIKE.pattern})$")
        b_year = pc.match_substring_regex(pc.take(field["b"], at), f"^(?:{YEAR_LIKE.pattern})$")
        fast[year_first[_np(pc.fill_null(pc.and_(a_year, pc.invert(b_year)), False)).astype(bool)]] = False
    fast &= ~(is_fraction & (a_has_scale | b_has_scale | a_pct | b_pct | (a_num > b_num) | plus))
    fast &= ~(is_fraction & (b_num == 0))  # "0 of 0": a denominator of zero, which the full reader doubts
    # "2022 of 663 million": a year before "of" and a whole ten times larger or more, which the full reader doubts
    fast &= ~(is_fraction & (a_num >= 1800) & (a_num < 2100) & (b_val >= 10 * a_val))
    with np.errstate(invalid="ignore"):
        fast &= ~((np.abs(a_val) > MAX_MAGNITUDE) | (np.abs(b_val) > MAX_MAGNITUDE))  # the full reader refuses them

    with np.errstate(invalid="ignore"):
        value = np.where(is_range, (a_val + b_val) / 2, a_val)
        odd = fast & is_range & (value * 2 != np.floor(value * 2))
    value[odd] = [tidy(v) for v in value[odd]]
    qualifier = np.where(plus, at_least_q, stated)
    qualifier = np.where(is_range, _QUALIFIER_NAMES.index(RANGE), qualifier)
    at_least = qualifier == at_least_q
    at_most = qualifier == at_most_q
    return {
        "fast": fast,
        "value": np.where(fast & ~(at_least | at_most), value, np.nan),
        "low": np.where(fast, np.where(is_range, a_val, np.where(at_least, value, np.nan)), np.nan),
        "high": np.where(fast, np.where(is_range, b_val, np.where(at_most, value, np.nan)), np.nan),
        "denominator": np.where(fast & is_fraction, b_val, np.nan),
        "qualifier": qualifier,
        "percent": fast & np.where(is_range, a_pct | b_pct, a_pct & ~is_fraction),
        "note": _PHRASE_NOTE[phrase] * 2 + (is_range & (stated == approx_q)),
    }


_CHUNK = 250_000
#: a chunk whose distinct texts are fewer than this share of its rows is read once per distinct text
_DISTINCT_SHARE = 0.8


def _distinct_chunk(texts: pa.Array) -> dict[str, np.ndarray]:
    """:func:`_fast_chunk` of each distinct text once, given back to every row that holds it: tables repeat
    their value texts ("around 30,000", "tens of thousands"), and the grammar costs ten times the hashing."""
    encoded = texts.dictionary_encode()
    if len(encoded.dictionary) >= _DISTINCT_SHARE * len(texts):
        return _fast_chunk(texts)
    distinct = pa.concat_arrays([encoded.dictionary, pa.nulls(1, encoded.dictionary.type)])  # the last: missing
    codes = _np(pc.fill_null(encoded.indices, len(distinct) - 1)).astype(np.int64)
    return {k: v[codes] for k, v in _fast_chunk(distinct).items()}


def parse_values(texts: pd.Series) -> pd.DataFrame:
    """parse_value over a Series of texts, as columns: value, low, high, qualifier, denominator, unit,
    parse_status, parse_note (one row per text, in order, on a fresh RangeIndex).

    Large columns are cut into chunks read on two threads (Arrow's kernels release the GIL), and a chunk that
    repeats its texts is read once per distinct text: 1.5 s -> 0.9-1.1 s for the benchmark's 1,000,000 texts,
    59% of them distinct (Arrow hashes a text in a tenth of the grammar's time)."""
    n = len(texts)
    arr, non_text, values = _as_arrow(texts)
    fast, out, strings = _parse_all(arr, non_text, values)
    frame = pd.DataFrame(out)
    for column in ("qualifier", "unit", "parse_status", "parse_note"):
        frame[column] = strings[column].to_pandas()
    frame = frame[["value", "low", "high", "qualifier", "denominator", "unit", "parse_status", "parse_note"]]
    frame.attrs["fast_share"] = float(fast.mean()) if n else 1.0
    return frame


def _parse_all(arr: pa.Array, non_text: np.ndarray, values) -> tuple[np.ndarray, dict, dict]:
    """The fast grammar over every text, then parse_value for the rest: the fast mask, number columns, text
    columns."""
    n = len(arr)
    if n > _CHUNK:
        size = -(-n // 2)
        with ThreadPoolExecutor(max_workers=2) as pool:
            parts = list(pool.map(lambda start: _distinct_chunk(arr.slice(start, size)), range(0, n, size)))
        got = {k: np.concatenate([p[k] for p in parts]) for k in parts[0]}
    else:
        got = _distinct_chunk(arr)
    fast = got["fast"] & ~non_text
    out = {c: np.where(fast, got[c], np.nan) for c in ("value", "low", "high", "denominator")}
    # each text column as one take from a short list of texts: the fast grammar's (qualifiers, notes, "percent",
    # "ok"), then those parse_value gave the texts the grammar left (a column built for the fast rows and then
    # patched for the others cost 0.17 s of a million rows)
    listed = {"qualifier": _QUALIFIER_ARRAY, "unit": _UNITS, "parse_status": _STATUSES, "parse_note": _NOTES}
    at = {
        "qualifier": got["qualifier"],
        "unit": np.where(got["percent"], 0, 1),
        "parse_status": np.zeros(len(arr), dtype=np.int64),
        "parse_note": got["note"],
    }
    slow = np.flatnonzero(~fast)
    if len(slow):
        texts = list(values[slow]) if values is not None else pc.take(arr, pa.array(slow))
        for column, (per_text, codes) in _read_slow(out, slow, texts).items():
            at[column] = np.asarray(at[column], dtype=np.int64).copy()
            at[column][slow] = len(listed[column]) + codes
            listed[column] = pa.concat_arrays([listed[column], per_text])
    strings = {column: listed[column].take(pa.array(at[column], type=pa.int64())) for column in listed}
    return fast, out, strings


def _read_slow(out: dict, rows: np.ndarray, texts) -> dict[str, tuple[pa.Array, np.ndarray]]:
    """parse_value once per distinct text of the rows the fast grammar left: its numbers written into ``out``'s
    columns at ``rows``, its texts given back per column as (one text per distinct text, each row's code).

    ``texts``: an Arrow string array, or a list of the original objects (when some were not text)."""
    if isinstance(texts, pa.Array):
        encoded = texts.dictionary_encode()
        distinct = encoded.dictionary.to_pylist() + [None]
        codes = _np(pc.fill_null(encoded.indices, len(distinct) - 1)).astype(np.int64)
    else:
        index: dict = {}
        distinct = []
        codes_list = []
        for t in texts:
            key = (type(t).__name__, t if isinstance(t, str) or (t is not None and t == t) else None)
            if key not in index:
                index[key] = len(distinct)
                distinct.append(t)
            codes_list.append(index[key])
        codes = np.array(codes_list, dtype=np.int64)
    parsed = [parse_value(t) for t in distinct]
    for column in ("value", "low", "high", "denominator"):
        per_text = np.array(
            [getattr(p, column) if getattr(p, column) is not None else np.nan for p in parsed], dtype=float
        )
        out[column][rows] = per_text[codes]
    return {
        column: (pa.array([getattr(p, attr) for p in parsed], type=pa.string()), codes)
        for column, attr in (("qualifier", "qualifier"), ("unit", "unit"), ("parse_status", "status"),
                             ("parse_note", "note"))
    }  # fmt: skip


def _as_arrow(texts: pd.Series) -> tuple[pa.Array, np.ndarray, np.ndarray | None]:
    """The texts as an Arrow string array (zero-copy for a str column), a mask of non-text cells, and
    the original objects when they had to be converted (else None)."""
    n = len(texts)
    if isinstance(texts.dtype, pd.StringDtype) and texts.dtype.storage == "pyarrow":
        arr = pa.array(texts)
        if isinstance(arr, pa.ChunkedArray):
            arr = arr.combine_chunks()
        return arr.cast(pa.string()), np.zeros(n, dtype=bool), None
    values = texts.to_numpy(dtype=object, na_value=None) if n else np.array([], dtype=object)
    non_text = np.array([not (v is None or isinstance(v, str)) for v in values], dtype=bool)
    arr = pa.array([v if isinstance(v, str) else None for v in values], type=pa.string())
    return arr, non_text, values
