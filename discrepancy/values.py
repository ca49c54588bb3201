"""Reading a stated value ("around 30,000", "25 out of 34", "20,000-31,500") into numbers.

:func:`parse_value` turns one text into a :class:`ParsedValue`: a point (value), an interval (low, high),
a qualifier (exact | approx | at_least | at_most | range | vague), a denominator for "N of M", a unit
when the text states one (percent, km2, a currency), a status (ok | unparsed) and a note saying what a
reviewer should know. The grammar, in the order it is applied:

1. clean-up: case, curly quotes, dashes, no-break and thin spaces;
2. fractions in words ("a third", "two-thirds") become percents; number words ("thirty thousand")
   become digits, but a digit followed by a scale word ("30 thousand", "1.2 million") is left for 3;
3. quantities: a number (separators: comma, dot in groups of three, space; decimal point or an
   unambiguous decimal comma) with an optional scale (k, thousand, m, million, bn, billion) and unit;
4. structure around the first quantity: a bracketed interval "(95% CI a-b)", a range "a to b",
   "between a and b", "a-b", a fraction "a of [words] b" or "a/b";
5. qualifiers before it ("around", "more than", "up to", ...) or after it ("+", "or more");
6. with no number at all: vague amounts ("tens of thousands", "dozens").

No library covers these forms (shared/field-notes.md: quantulum3, number-parser, word2number each
misread several), so the grammar is written here and tested from tables of cases.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .errors import ValueParseError


@dataclass(frozen=True)
class ParsedValue:
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    denominator: float | None = None
    unit: str | None = None
    status: str = "ok"
    note: str = ""


# --------------------------------------------------------------------------- 1. clean-up

_TRANSLATE = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2012": "-",
        "\u2212": "-",  # minus sign
        "\u2010": "-",
        "\u2011": "-",
        "\u00a0": " ",  # no-break space
        "\u2009": " ",  # thin space
        "\u202f": " ",  # narrow no-break space
        "\u2007": " ",  # figure space
        "\u200a": " ",
        "\u00b2": "2",  # km²
    }
)
_SPACES = re.compile(r"[ \t\r\n]+")


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text.translate(_TRANSLATE)).strip().lower()


# --------------------------------------------------------------------------- 2. words

_FRACTIONS = {
    "a half": 50.0,
    "one half": 50.0,
    "half of": 50.0,
    "a third": 100 / 3,
    "one third": 100 / 3,
    "one-third": 100 / 3,
    "two thirds": 200 / 3,
    "two-thirds": 200 / 3,
    "a quarter": 25.0,
    "one quarter": 25.0,
    "one-quarter": 25.0,
    "three quarters": 75.0,
    "three-quarters": 75.0,
    "a fifth": 20.0,
    "one fifth": 20.0,
    "one-fifth": 20.0,
}
_FRACTION_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _FRACTIONS), key=len, reverse=True)) + r")\b")

_SMALL = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_TENS = {
    w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"
}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_NUMBER_WORDS = set(_SMALL) | set(_TENS) | set(_SCALES) | {"hundred", "dozen", "a", "an", "and"}
_WORD_TOKEN = re.compile(r"[a-z]+|\d")
_HALF_SCALE = re.compile(r"\bhalf an? (thousand|million|billion)\b")


def _words_to_digits(s: str) -> tuple[str, list[str]]:
    """Replace runs of number words ("two hundred thousand") by digits. Returns text and notes."""
    notes: list[str] = []
    s = _HALF_SCALE.sub(lambda m: str(_SCALES[m.group(1)] // 2), s)
    tokens = [(m.group(), m.start(), m.end()) for m in _WORD_TOKEN.finditer(s)]
    out: list[str] = []
    pos = 0
    i = 0
    while i < len(tokens):
        word, start, _ = tokens[i]
        starts_run = (
            word in _SMALL
            or word in _TENS
            or (
                word in ("a", "an")
                and i + 1 < len(tokens)
                and tokens[i + 1][0] in ("hundred", "thousand", "million", "billion", "dozen")
            )
            or (word == "dozen")
        )
        # A scale word right after digits ("30 thousand") is left for the quantity grammar.
        if not starts_run:
            i += 1
            continue
        j = i
        run: list[str] = []
        while j < len(tokens) and tokens[j][0] in _NUMBER_WORDS:
            w = tokens[j][0]
            if w in ("a", "an") and not (
                j + 1 < len(tokens) and tokens[j + 1][0] in ("hundred", "thousand", "million", "billion", "dozen")
            ):
                break
            # only spaces or hyphens may separate the words of one number
            if run and s[tokens[j - 1][2] : tokens[j][1]] not in (" ", "-"):
                break
            run.append(w)
            j += 1
        while run and run[-1] == "and":
            run.pop()
            j -= 1
        if not run or all(w in ("a", "an") for w in run):
            i += 1
            continue
        number = _word_run_value(run)
        end = tokens[j - 1][2]
        out.append(s[pos:start])
        out.append(str(number))
        notes.append(f"'{s[start:end]}' read as {number:,}")
        pos = end
        i = j
    out.append(s[pos:])
    return "".join(out), notes


def _word_run_value(run: list[str]) -> int:
    total = 0
    current = 0
    for w in run:
        if w in _SMALL:
            current += _SMALL[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w in ("a", "an"):
            current += 1
        elif w == "hundred":
            current = (current or 1) * 100
        elif w == "dozen":
            current = (current or 1) * 12
        elif w in _SCALES:
            total += (current or 1) * _SCALES[w]
            current = 0
    return total + current


# --------------------------------------------------------------------------- 3. quantities

_NUM = (
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)"  # 1,234,567.8
    r"|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?(?!\d)"  # 1.234.567 (dots in groups of three, two or more)
    r"|\d{1,3}(?: \d{3})+(?![\d,.])"  # 30 000 (space or thin space separators)
    r"|\d+(?:[.,]\d+)?(?!\d))"  # 30000, 1.2, 1,2 (decimal comma)
)
_SCALE = r"(?:\s?(?P<scale>k|thousand|thousands|m|mn|mln|million|millions|bn|b|billion|billions|trillion)\b)"
_UNIT = (
    r"(?:\s?(?P<unit>%|percent\b|per\s?cent\b|pct\b|per cent\b|km2\b|sq\.? ?km\b|square (?:km|kilomet(?:re|er)s?)\b))"
)
_QTY = re.compile(
    r"(?<![\w.,])(?<![a-z]-)(?P<cur>[$€£])?(?P<num>" + _NUM + r")" + _SCALE + r"?" + _UNIT + r"?(?P<plus>\+)?"
)
_SCALE_VALUES = {
    "k": 1e3,
    "thousand": 1e3,
    "thousands": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "billions": 1e9,
    "trillion": 1e12,
}
_CURRENCIES = {"$": "USD", "€": "EUR", "£": "GBP"}


@dataclass
class _Q:
    start: int
    end: int
    number: float
    scale: float
    unit: str | None
    plus: bool
    text: str

    @property
    def value(self) -> float:
        return _tidy(self.number * self.scale)


def _tidy(x: float) -> float:
    """Round away binary noise (1.2 * 1e6 = 1199999.9999999998)."""
    if x == 0 or not math.isfinite(x):
        return x
    return float(round(x, 14 - int(math.floor(math.log10(abs(x))))))


def _number(raw: str) -> float:
    if " " in raw:
        return float(raw.replace(" ", ""))
    if raw.count(".") >= 2:  # 1.234.567(,5)
        return float(raw.replace(".", "").replace(",", "."))
    if "," in raw:
        head, _, tail = raw.rpartition(",")
        if len(tail) == 3 and "." not in tail and re.fullmatch(r"\d{1,3}(?:,\d{3})*", head):
            return float(raw.replace(",", ""))
        if "." in raw:  # 1,234.5
            return float(raw.replace(",", ""))
        return float(raw.replace(",", "."))  # 1,2 (decimal comma: not three digits after it)
    return float(raw)


def _unit_name(raw: str | None, currency: str | None) -> str | None:
    if raw:
        return "percent" if raw[0] in "%p" else "km2"
    if currency:
        return _CURRENCIES[currency]
    return None


def _quantities(s: str) -> list[_Q]:
    found = []
    for m in _QTY.finditer(s):
        scale = m.group("scale")
        found.append(
            _Q(
                start=m.start(),
                end=m.end(),
                number=_number(m.group("num")),
                scale=_SCALE_VALUES[scale] if scale else 1.0,
                unit=_unit_name(m.group("unit"), m.group("cur")),
                plus=bool(m.group("plus")),
                text=m.group(),
            )
        )
    return found


# --------------------------------------------------------------------------- 4. structure

_RANGE_JOIN = re.compile(r"\s*(?:-|to|and|or|through|till|until)\s*")
_BETWEEN = re.compile(r"\b(?:between|from)\s*$")
_FRACTION_JOIN = re.compile(r"\s*(?:/|(?:out\s+)?of\s+(?:[a-z'\-]+\s+){0,4})")
_BRACKET = re.compile(
    r"\s*[(\[]\s*(?:\d+(?:\.\d+)?\s*%\s*)?"
    r"(?:ci|c\.i\.|confidence interval|credible interval|uncertainty interval|ui|range|interval|"
    r"plausible range|min-max)?\s*[:,]?\s*"
    r"(?P<a>" + _NUM + r")\s*(?:-|to|,|;)\s*(?P<b>" + _NUM + r")\s*[)\]]"
)

# --------------------------------------------------------------------------- 5. qualifiers

_PREFIXES: list[tuple[str, str, str]] = [
    # (phrase, qualifier, note)
    ("nearly", "approx", "approximate, from below"),
    ("almost", "approx", "approximate, from below"),
    ("just under", "approx", "approximate, from below"),
    ("close to", "approx", ""),
    ("around", "approx", ""),
    ("about", "approx", ""),
    ("approximately", "approx", ""),
    ("approx.", "approx", ""),
    ("approx", "approx", ""),
    ("roughly", "approx", ""),
    ("some", "approx", ""),
    ("an estimated", "approx", ""),
    ("estimated", "approx", ""),
    ("est.", "approx", ""),
    ("circa", "approx", ""),
    ("ca.", "approx", ""),
    ("c.", "approx", ""),
    ("~", "approx", ""),
    ("≈", "approx", ""),
    ("more than", "at_least", ""),
    ("over", "at_least", ""),
    ("at least", "at_least", ""),
    ("upwards of", "at_least", ""),
    ("in excess of", "at_least", ""),
    ("greater than", "at_least", ""),
    ("above", "at_least", ""),
    ("exceeds", "at_least", ""),
    ("exceeded", "at_least", ""),
    ("passed", "at_least", ""),
    ("surpassed", "at_least", ""),
    ("topped", "at_least", ""),
    ("no fewer than", "at_least", ""),
    ("no less than", "at_least", ""),
    ("as few as", "at_least", ""),
    (">=", "at_least", ""),
    (">", "at_least", ""),
    ("less than", "at_most", ""),
    ("fewer than", "at_most", ""),
    ("under", "at_most", ""),
    ("up to", "at_most", ""),
    ("at most", "at_most", ""),
    ("no more than", "at_most", ""),
    ("not more than", "at_most", ""),
    ("below", "at_most", ""),
    ("as many as", "at_most", ""),
    ("a maximum of", "at_most", ""),
    ("maximum of", "at_most", ""),
    ("<=", "at_most", ""),
    ("<", "at_most", ""),
]
_PREFIX_RE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<p>"
    + "|".join(re.escape(p) for p, _, _ in sorted(_PREFIXES, key=lambda t: len(t[0]), reverse=True))
    + r")\s*$"
)
_PREFIX_INFO = {p: (q, n) for p, q, n in _PREFIXES}
_SUFFIX_RE = re.compile(r"\s*(?P<s>or more|and more|or above|or over|plus|or less|or fewer|or under|or so)\b")
_SUFFIX_INFO = {
    "or more": "at_least",
    "and more": "at_least",
    "or above": "at_least",
    "or over": "at_least",
    "plus": "at_least",
    "or less": "at_most",
    "or fewer": "at_most",
    "or under": "at_most",
    "or so": "approx",
}

# --------------------------------------------------------------------------- 6. vague amounts

_VAGUE = [
    (re.compile(r"\bhundreds of millions\b"), 2e8, 999_999_999),
    (re.compile(r"\btens of millions\b"), 2e7, 99_999_999),
    (re.compile(r"\bhundreds of thousands\b"), 2e5, 999_999),
    (re.compile(r"\btens of thousands\b"), 2e4, 99_999),
    (re.compile(r"\bbillions\b"), 2e9, 9_999_999_999),
    (re.compile(r"\bmillions\b"), 2e6, 9_999_999),
    (re.compile(r"\b(?:several|a few) thousand\b"), 2e3, 9_999),
    (re.compile(r"\b(?:several|a few) hundred\b"), 200, 999),
    (re.compile(r"\bthousands\b"), 2e3, 9_999),
    (re.compile(r"\bhundreds\b"), 200, 999),
    (re.compile(r"\bdozens\b"), 24, 99),
    (re.compile(r"\btens\b"), 20, 99),
    (re.compile(r"\bscores\b"), 40, 99),
]


# --------------------------------------------------------------------------- the parser


def parse_value(text: object, *, strict: bool = False) -> ParsedValue:
    """Read one stated value. Never raises unless ``strict``: an unreadable text comes back unparsed.

    >>> parse_value("around 30,000").value, parse_value("around 30,000").qualifier
    (30000.0, 'approx')
    """
    result = _parse(text)
    if strict and result.status != "ok":
        raise ValueParseError("" if text is None else str(text), result.note)
    return result


def _unparsed(note: str) -> ParsedValue:
    return ParsedValue(status="unparsed", note=note)


def _parse(text: object) -> ParsedValue:
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return _unparsed("no value stated")
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        return ParsedValue(value=float(text), qualifier="exact")
    s = _clean(str(text))
    if not s:
        return _unparsed("no value stated")
    notes: list[str] = []

    def _fraction(m: re.Match) -> str:
        pct = _FRACTIONS[m.group(1)]
        notes.append(f"'{m.group(1)}' read as {pct:.4g}%")
        return f"{pct:.10g}%"

    s = _FRACTION_RE.sub(_fraction, s)
    s, word_notes = _words_to_digits(s)
    notes.extend(word_notes)
    qs = _quantities(s)
    if not qs:
        for pattern, low, high in _VAGUE:
            m = pattern.search(s)
            if m:
                notes.append(f"vague amount '{m.group()}' read as {low:,.0f} to {high:,.0f}")
                return ParsedValue(low=float(low), high=float(high), qualifier="vague", note="; ".join(notes))
        return _unparsed("no number found")

    first = qs[0]
    used = [first]
    value = first.value
    low = high = denominator = None
    qualifier = "exact"
    unit = first.unit
    rest = qs[1:]
    second = rest[0] if rest else None
    between = s[first.end : second.start] if second else ""

    bracket = _BRACKET.match(s, first.end)
    if bracket:
        low, high = _tidy(_number(bracket.group("a")) * first.scale), _tidy(_number(bracket.group("b")) * first.scale)
        qualifier = "range"
        used = [q for q in qs if q.start < bracket.end()]
    elif (
        second
        and _RANGE_JOIN.fullmatch(between)
        and ("and" not in between or _BETWEEN.search(s[: first.start]))
        and not first.plus
    ):
        if first.scale == 1.0 and second.scale != 1.0 and first.number < second.number:
            first.scale = second.scale  # "20 to 30 thousand": the scale is shared
        unit = first.unit or second.unit
        low, high = first.value, second.value
        if low > high:
            low, high = high, low
            notes.append("bounds given high first")
        value = _tidy((low + high) / 2)
        qualifier = "range"
        used = [first, second]
        if between.strip() == "or":
            notes.append("'a or b' read as a range")
        if (
            first.scale == 1.0
            and second.scale == 1.0
            and first.number < 1000
            and float(first.number).is_integer()
            and second.number >= 1000
            and second.number % 1000 == 0
            and second.number / 1000 > first.number
        ):
            notes.append(
                f"check the low bound: '{first.text} to {second.text}' may mean "
                f"{first.number * 1000:,.0f} to {second.number:,.0f}"
            )
    elif (
        second
        and first.scale == 1.0
        and second.scale == 1.0
        and first.unit is None
        and second.unit is None
        and _FRACTION_JOIN.fullmatch(between)
        and first.number <= second.number
    ):
        denominator = second.value
        used = [first, second]

    # qualifiers around the first quantity
    prefix = s[: first.start]
    m = _PREFIX_RE.search(prefix)
    stated = None
    if m:
        stated, note = _PREFIX_INFO[m.group("p")]
        if note:
            notes.append(note)
    last = used[-1]
    if last.plus or first.plus:
        stated = "at_least"
    sm = _SUFFIX_RE.match(s, bracket.end() if bracket else last.end)
    if sm:
        stated = _SUFFIX_INFO[sm.group("s")]
    if qualifier == "range":
        if stated == "approx":
            notes.append("approximate range")
        elif stated in ("at_least", "at_most"):
            word = sm.group("s") if sm else ("+" if last.plus or first.plus else m.group("p"))
            notes.append(f"'{word}' with a range: bounds kept as stated")
    elif stated == "at_least":
        qualifier, low, value = "at_least", value, None
    elif stated == "at_most":
        qualifier, high, value = "at_most", value, None
    elif stated == "approx":
        qualifier = "approx"

    ignored = [q.text for q in rest if q not in used and not (bracket and q.start < bracket.end())]
    if ignored:
        notes.append("further numbers not read: " + ", ".join(ignored))
    return ParsedValue(
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        denominator=denominator,
        unit=unit,
        note="; ".join(notes),
    )
