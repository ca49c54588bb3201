"""The one number grammar: how a stated value is written, and how its numbers relate.

Every reader of numbers in the package builds on this module: :func:`discrepancy.values.parse_value`
(one text), :mod:`discrepancy.fastparse` (a whole column, for the common forms) and
:mod:`discrepancy.extract` (quantities in running text). Nothing else keeps a pattern or a word list
of its own.

Two layers, in the order they are applied:

**Tokens** (:func:`clean`, :func:`words_to_digits`, :func:`quantities`): a number in any printed
grouping style (1,234,567 · 12,34,567 · 1.234.567 · 45'500 · 30 000 with any kind of space ·
a decimal point, a middle dot 3·4 or an unambiguous decimal comma 1,2 · 1e6), a scale word or suffix
(k, thousand, m, mn, million, bn, billion, trillion, lakh, crore, and pairs such as "lakh crore"), a
currency sign or code before or after it, percent in every spelling, and hedges glued to it (30-odd,
200,000-plus, 200k+). Number words ("thirty thousand", "half a million", "a third of a million",
"two in five") become digits first.

**Structure** (:func:`read`): each number is replaced by a placeholder and the text between them is
matched against a short list of shapes: a point with a labelled or bracketed interval ("3·4 million
(2·9–3·9 million)", "2.3m (95% CI: 1.9m, 2.8m)"), a point with a margin ("12,000 ± 900"), a point with
its exact figure in brackets ("over 600,000 (601,027)"), fragments joined by ";" that describe one
quantity ("...; range 426,369 to 793,663"), a range ("between a and b", "a-b", "a to b"), a fraction
("25 of 34", "2 in 5", "9 per 1,000") or a single number; then the qualifier words before or after it.

**Honesty rules** (:func:`_check`), in one place: every number is used (as a value, bound,
denominator, interval level such as the 95 of "95% CI", or a date such as "in 2015") or the reading
goes to review; low <= value <= high; a number is finite and of a plausible size; a count is not
negative; alternatives ("5,000 or 6,000"), reversed bounds, ambiguous grouping ("20.000") and two
quantities in one cell are never settled by a guess. A reading that breaks a rule has status
``review``: its numbers are withheld and its note says what was read and what is in doubt.
"""

from __future__ import annotations

import html
import math
import re
import unicodedata
from dataclasses import dataclass, field

# --------------------------------------------------------------------------- names used everywhere

OK, REVIEW, UNPARSED, OVERRIDDEN = "ok", "review", "unparsed", "overridden"
PARSE_STATUSES: tuple[str, ...] = (OK, REVIEW, UNPARSED, OVERRIDDEN)
EXACT, APPROX, AT_LEAST, AT_MOST, RANGE, VAGUE = "exact", "approx", "at_least", "at_most", "range", "vague"
QUALIFIERS: tuple[str, ...] = (EXACT, APPROX, AT_LEAST, AT_MOST, RANGE, VAGUE)

#: Largest magnitude read as a number: 10**18 (a quintillion). Beyond it a value is a typing slip or
#: an attack, never a claim; the row goes to review.
MAX_MAGNITUDE = 1e18


@dataclass(frozen=True)
class ParsedValue:
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    denominator: float | None = None
    unit: str | None = None
    status: str = OK
    note: str = ""


# --------------------------------------------------------------------------- 1. clean-up

_TRANSLATE = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
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
        "\u200a": " ",  # hair space
        "\u2002": " ",
        "\u2003": " ",
        "\u00b2": "2",  # km²
        "\u2264": "<=",  # ≤
        "\u2265": ">=",  # ≥
        "\u2a7d": "<=",
        "\u2a7e": ">=",
        "\u2248": "~",  # ≈
        "\u223c": "~",
        "\uff5e": "~",
        "#": " ",
    }
)
_NUMBER_SIGN = re.compile(r"#(?=\s?\d)")
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_MIDDLE_DOT = re.compile(r"(?<=\d)[\u00b7\u22c5\u2219](?=\d)")  # 3·4 (Lancet style decimal point)
_CIRCA_GLUED = re.compile(r"(?<![\w.])(ca?)\.?(?=\d[\d,]{2})")  # three digits at least: "c1" is a code
_PLUS_MINUS = re.compile(r"\+\s?/\s?-|\+-|\bplus or minus\b|\bplus/minus\b|\bplus-minus\b")


#: a round number in the plural as a vague amount's word: "10s of thousands", "100s of people", "1,000s of"
_DIGIT_PLURALS = re.compile(r"(?<![\d,.])(?<!\bthe )(10|100|1,?000|1,?000,?000)s(?= of\b)|^(100|1,?000)s$")
_DIGIT_PLURAL_WORDS = {"10": "tens", "100": "hundreds", "1000": "thousands", "1000000": "millions"}


def clean(text: str) -> str:
    """Lower case, one kind of space, dash, quote and decimal point; ± for its spellings."""
    s = _MIDDLE_DOT.sub(".", html.unescape(text) if "&" in text else text)
    if "#" in s:  # "#1": a number sign, kept as "№" ("#" stands for the numbers in the skeleton)
        s = _NUMBER_SIGN.sub("№", s)
    s = _SPACES.sub(" ", s.translate(_TRANSLATE)).strip().lower()
    if "c" in s:  # "inc c2000 in Q4", "c.30,000": circa glued to its number
        s = _CIRCA_GLUED.sub(lambda m: m.group(1) + ". ", s)
    if "0s" in s:  # "10s of thousands" was read as "thousands" (2,000 to 9,999): tens of thousands
        s = _DIGIT_PLURALS.sub(lambda m: _DIGIT_PLURAL_WORDS[(m.group(1) or m.group(2)).replace(",", "")], s)
    return _PLUS_MINUS.sub("±", s) if "+" in s or "plus" in s else s


# --------------------------------------------------------------------------- 2. number words

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
WORD_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12, "lakh": 10**5, "crore": 10**7}
NUMBER_WORDS = tuple(_SMALL) + tuple(_TENS) + ("dozen",)
_NUMBER_WORD_SET = set(_SMALL) | set(_TENS) | set(WORD_SCALES) | {"hundred", "dozen", "a", "an", "and"}
_WORD_TOKEN = re.compile(r"[a-z]+|\d")
_AFTER_A = ("hundred", "thousand", "million", "billion", "trillion", "dozen", "lakh", "crore")

#: Fractions in words. Before "of a million" they scale it; standing alone they are a share (percent).
FRACTION_WORDS = {
    "half": 1 / 2,
    "third": 1 / 3,
    "quarter": 1 / 4,
    "fifth": 1 / 5,
    "thirds": 1 / 3,
    "quarters": 1 / 4,
    "fifths": 1 / 5,
    "fourth": 1 / 4,  # American: "one-fourth"
    "fourths": 1 / 4,
    "tenth": 1 / 10,
    "tenths": 1 / 10,
}
_FRACTION_ALTS = "half|thirds?|quarters?|fifths?|fourths?|tenths?"
_FRACTION_COUNT = r"(?:an?|one|two|three|four)"
_FRACTION_OF_SCALE = re.compile(
    r"\b(?:(?P<count>" + _FRACTION_COUNT + r")[ -])?(?P<frac>" + _FRACTION_ALTS + r")"
    r"(?:(?:[ -]of)?[ -]an?[ -]|[ -])"  # "half a", "half-a-", "half of a", "half "
    r"(?P<scale>thousand|million|billion|trillion|lakh|crore)\b"
)
#: a fraction of a percentage point: "half a percentage point", "a quarter point", "three quarters of a point" (read as
#: 50% and 25%: a share of a whole, a confident wrong number)
_FRACTION_OF_POINT = re.compile(
    r"\b(?:(?P<count>" + _FRACTION_COUNT + r")[ -])?(?P<frac>" + _FRACTION_ALTS + r")"
    r"(?:(?:[ -]of)?[ -]an?[ -]|[ -])(?P<pct>percentage[ -])?(?P<point>points?)\b"
)
_SHARE = re.compile(r"\b(?:(?P<count>" + _FRACTION_COUNT + r")[ -](?P<frac>" + _FRACTION_ALTS + r")|(?P<half>half))\b")
#: a fraction of a unit of measure, not a share: "a quarter mile", "one-fourth acre", "half an hour"
_FRACTION_OF_UNIT = re.compile(
    r"\b(?:" + _FRACTION_ALTS + r")[ -](?:of )?(?:an? )?(?:acres?|miles?|hectares?|kilomet(?:re|er)s?|met(?:re|er)s?|"
    r"tonnes?|tons?|hours?|days?|weeks?|months?|years?|pounds?|kilo(?:gram)?s?|lit(?:re|er)s?|gallons?|inch(?:es)?|"
    r"feet|foot|cups?|barrels?|km|kg)\b"
)
_PER_SCALE = re.compile(
    r"\b(?P<per>per|every|in every|out of every) (?:an? |one )?(?P<scale>hundred|thousand|million|billion|lakh)\b"
)
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}


#: "one and a half million", "a million and a half": a whole and a half of a scale, one number (it was two numbers
#: joined by "and", left to review)
_AND_A_HALF = re.compile(
    r"\b(?:(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}) and a half[ -]"
    r"(?P<scale>thousand|million|billion|trillion|lakh|crore)|(?:a|one) (?P<scale2>thousand|million|billion|trillion)"
    r" and a half)\b"
)


def _and_a_half(m: re.Match, notes: list[str]) -> str:
    if m.group("scale2"):
        number = 1.5 * WORD_SCALES[m.group("scale2")]
    else:
        whole = int(m.group("n")) if m.group("n").isdigit() else _SMALL[m.group("n")]
        number = (whole + 0.5) * WORD_SCALES[m.group("scale")]
    notes.append(f"'{m.group()}' read as {_fmt(number)}")
    return _plain(number)


def _fraction_of_scale(m: re.Match, notes: list[str]) -> str:
    count = _COUNTS[m.group("count")] if m.group("count") else 1
    number = count * FRACTION_WORDS[m.group("frac")] * WORD_SCALES[m.group("scale")]
    notes.append(f"'{m.group()}' read as {_fmt(number)}")
    return _plain(number)


def _fraction_of_point(m: re.Match, notes: list[str]) -> str:
    count = _COUNTS[m.group("count")] if m.group("count") else 1
    number = count * FRACTION_WORDS[m.group("frac")]
    out = f"{_plain(round(number, 10))} {m.group('pct') or ''}points".replace("  ", " ")
    notes.append(f"'{m.group()}' read as {out}")
    return out


def _share(m: re.Match, notes: list[str]) -> str:
    if m.group("half"):
        pct = 50.0
    else:
        pct = 100 * _COUNTS[m.group("count")] * FRACTION_WORDS[m.group("frac")]
    notes.append(f"'{m.group()}' read as {pct:.4g}%")
    return f"{pct:.10g}%"


def _plain(x: float) -> str:
    """A number as digits that the quantity pattern reads back exactly (no grouping)."""
    return f"{x:.10f}".rstrip("0").rstrip(".") if not float(x).is_integer() else str(int(x))


_DIGIT_WORDS = "|".join(w for w, i in _SMALL.items() if i < 10)  # zero ... nine
#: a decimal in words: "six-point-three percent" (a radio transcript) read as 6, the rest dropped
_WORD_DECIMAL = re.compile(
    r"\b(?P<int>(?:"
    + "|".join(_TENS)
    + r")(?:[- ](?:"
    + _DIGIT_WORDS
    + r"))?|"
    + "|".join(sorted(_SMALL, key=len, reverse=True))
    + r")[- ]point[- ](?P<dec>(?:"
    + _DIGIT_WORDS
    + r")(?:[- ](?:"
    + _DIGIT_WORDS
    + r"))*)\b"
)


def _word_decimal(m: re.Match, notes: list[str]) -> str:
    head = m.group("int").replace("-", " ").split()
    whole = sum(_TENS.get(w, 0) + _SMALL.get(w, 0) for w in head)
    decimals = "".join(str(_SMALL[w]) for w in m.group("dec").replace("-", " ").split())
    notes.append(f"'{m.group()}' read as {whole}.{decimals}")
    return f"{whole}.{decimals}"


def words_to_digits(s: str) -> tuple[str, list[str]]:
    """Number words and fractions in a cleaned text as digits. Returns the text and notes."""
    notes: list[str] = []
    if not re.search(r"[a-z]", s):
        return s, notes
    if " and a half" in s:
        s = _AND_A_HALF.sub(lambda m: _and_a_half(m, notes), s)
    s = _FRACTION_OF_SCALE.sub(lambda m: _fraction_of_scale(m, notes), s)
    if "point" in s:
        s = _FRACTION_OF_POINT.sub(lambda m: _fraction_of_point(m, notes), s)
        s = _WORD_DECIMAL.sub(lambda m: _word_decimal(m, notes), s)
    s = _SHARE.sub(lambda m: _share(m, notes), s)
    s = _PER_SCALE.sub(lambda m: f"{m.group('per')} {({'hundred': 100} | WORD_SCALES)[m.group('scale')]}", s)
    tokens = [(m.group(), m.start(), m.end()) for m in _WORD_TOKEN.finditer(s)]
    out: list[str] = []
    pos = 0
    i = 0
    while i < len(tokens):
        word, start, _ = tokens[i]
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        starts_run = word in _SMALL or word in _TENS or word == "dozen" or (word in ("a", "an") and nxt in _AFTER_A)
        # A scale word right after digits ("30 thousand") is left for the quantity pattern.
        if not starts_run:
            i += 1
            continue
        j = i
        run: list[str] = []
        while j < len(tokens) and tokens[j][0] in _NUMBER_WORD_SET:
            w = tokens[j][0]
            if w in ("a", "an") and not (j + 1 < len(tokens) and tokens[j + 1][0] in _AFTER_A):
                break
            if run and s[tokens[j - 1][2] : tokens[j][1]] not in (" ", "-"):
                break  # only spaces or hyphens separate the words of one number
            if w == "and" and not (run and (run[-1] == "hundred" or run[-1] in WORD_SCALES)):
                break  # "one hundred and twenty" is one number; "six and eleven" are two
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
        last = run[-1]
        if last in WORD_SCALES and number % WORD_SCALES[last] == 0 and len(run) > 1:
            out.append(f"{number // WORD_SCALES[last]} {last}")  # keep the scale word: "six to eleven million"
        else:
            out.append(str(number))
        notes.append(f"'{s[start:end]}' read as {number:,}")
        pos = end
        i = j
    out.append(s[pos:])
    return "".join(out), notes


def _word_run_value(run: list[str]) -> int:
    total = 0
    current = 0
    largest = 0
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
        elif w in WORD_SCALES:
            scale = WORD_SCALES[w]
            if total and scale > largest:  # "one thousand four hundred crore" = 1,400 crore
                total = (total + (current or 0)) * scale
            else:
                total += (current or 1) * scale
            largest = max(largest, scale)
            current = 0
    return total + current


# --------------------------------------------------------------------------- 3. tokens: quantities

#: A number in any printed grouping style. Alternatives are tried in order.
NUMBER = (
    # a comma or point after a number ends it unless a digit follows: "8,175,133, compared with" (Pew Research, 2011)
    # and "$14,629.10, as well as" (The Age, 2017) were drafted as 8,175 and $14,629
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|[,.]\d)"  # 1,234,567.8
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?!\d|,\d)"  # 12,34,567 (Indian grouping)
    r"|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?(?!\d|\.\d)"  # 1.234.567 (dots in groups of three, two or more)
    r"|\d{1,3}\.\d{3},\d{1,2}(?!\d|[,.]\d)"  # 4.233,4 (a dot between thousands and a decimal comma)
    r"|\d{1,3}(?:'\d{3})+(?:\.\d+)?(?![\d'])"  # 45'500
    # 12 500,75 (groups of three between spaces and a decimal comma) was read as 12 and 500,75: one number now.
    # Not three digits after the comma: "on March 3 100,000 people" is 3 and 100,000
    r"|\d{1,3}(?: \d{3})+,(?:\d{1,2}|\d{4,})(?![\d'.,])"
    # 30 000 (any space, cleaned to one); "numbered 108 000." at a sentence's end (Daily Sun, 2017) was read as 108
    # and 000: a point or comma after the groups ends the number unless a digit follows it
    r"|\d{1,3}(?: \d{3})+(?:\.\d+)?(?![\d'])(?![.,]\d)"
    r"|\d+(?:[.,]\d+)?(?:e[+-]?\d+)?(?![\d'])(?![.,]\d)"  # 30000, 1.2, 1,2 (decimal comma), 1e6 (not "1,234" of "1,234,56")
    r")"
)
#: Scale words and suffixes, longest first where one is a prefix of another.
SCALES = {
    "k": 1e3,
    "thousand": 1e3,
    "thousands": 1e3,
    "hundred": 1e2,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "billion": 1e9,
    "billions": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "tln": 1e12,  # "3.5 tln won" (Yonhap, 2022) was drafted as a bare 3.5
    "tr": 1e12,
    "trillion": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
    "lacs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    "cr": 1e7,
    # abbreviations in other languages, each of one scale only: German "Tsd." and "Mio." and "Mrd.", Polish "tys."
    # and "mld", Czech "tis." and "mld.", Italian and Dutch "mld", Russian (in Latin letters) "mlrd"
    "tsd": 1e3,
    "tys": 1e3,
    "tis": 1e3,
    "mio": 1e6,
    "mrd": 1e9,
    "mld": 1e9,
    "mlrd": 1e9,
    # Indonesian and Malay "ribu", "juta", "miliar", "triliun" ("Rp 1.2 triliun" was read as 1.2) and Vietnamese
    # "nghìn"/"ngàn", "triệu", "tỷ"/"tỉ" ("1.2 tỷ đồng" was read as 1.2)
    "ribu": 1e3,
    "juta": 1e6,
    "miliar": 1e9,
    "triliun": 1e12,
    "nghìn": 1e3,
    "ngàn": 1e3,
    "triệu": 1e6,
    "tỷ": 1e9,
    "tỉ": 1e9,
    # French "mille" and Italian "mila" (thousand): "30 mille" and "30 mila" were read as 30
    "mille": 1e3,
    "mila": 1e3,
    # and in Cyrillic letters: Russian and Ukrainian "тыс."/"тис.", "млн", "млрд", "трлн"
    "тыс": 1e3,
    "тис": 1e3,
    "млн": 1e6,
    "млрд": 1e9,
    "трлн": 1e12,
}
SCALE_ALTS = "|".join(sorted(map(re.escape, SCALES), key=len, reverse=True))
#: a second scale is a word ("1.5 lakh crore", "5 thousand million"), never a letter or an abbreviation that may be a
#: unit ("26 mld m sześc.": 26 billion cubic metres)
_SCALE_WORD_ALTS = "|".join(sorted((re.escape(w) for w in SCALES if len(w) >= 4), key=len, reverse=True))
#: Currency signs and codes: what they are written as, and the ISO code recorded in unit.
CURRENCIES = {
    "us$": "USD",
    "usd": "USD",
    "$": "$",
    "$us": "USD",
    "$a": "AUD",
    "$nz": "NZD",
    "a$": "AUD",
    "au$": "AUD",
    "aud": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "cad": "CAD",
    "nz$": "NZD",
    "nzd": "NZD",
    "hk$": "HKD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "₹": "INR",
    "rs.": "Rs",
    "rs": "Rs",
    "inr": "INR",
    "pkr": "PKR",
    "tk": "BDT",
    "bdt": "BDT",
    "৳": "BDT",
    "₦": "NGN",
    "ngn": "NGN",
    "kes": "KES",
    "ksh": "KES",
    "ksh.": "KES",
    "kshs": "KES",
    "sdr": "XDR",
    "r": "ZAR",  # R1.1bn (South African rand)
    "n": "NGN",  # N262bn (Nigerian naira, as Nigerian papers print it)
    "sh": "Sh",  # Sh300 million (Kenyan, Ugandan or Tanzanian shillings)
    "zar": "ZAR",
    "chf": "CHF",
    "sfr": "CHF",
    "₽": "RUB",
    "rub": "RUB",
    "₴": "UAH",
    "uah": "UAH",
    "jpy": "JPY",
    "¥": "¥",  # yen or yuan: kept as printed, as "$" is
    "jp¥": "JPY",
    "cn¥": "CNY",
    "cny": "CNY",
    "rmb": "CNY",
    # Asia's other currencies, as English-language outlets there print them ("Rp 1.2 trillion", "₩1.2 trillion")
    "rp": "IDR",
    "idr": "IDR",
    "₩": "KRW",
    "krw": "KRW",
    "₫": "VND",
    "vnd": "VND",
    "฿": "THB",
    "thb": "THB",
    "rm": "MYR",
    "myr": "MYR",
    "₱": "PHP",
    # signs and abbreviations before the figure as papers print them: "GH¢5m" (Ghana), "zł 5 mln", "Kč 5 mld", "₺5bn",
    # "TL 5 billion", "S$1.2bn", "NT$5bn", "E£10bn", "QR2bn", "BD3m", "Br 3 billion" (birr), "yuan 5bn": read as 5
    # million with no unit, so as dollars under a USD column; "kr" is the Swedish, Norwegian, Danish or Icelandic
    # crown, kept as printed ("Ft" for forint is left out: "6 ft 2" would read 2 forints)
    "gh¢": "GHS",
    "gh₵": "GHS",
    "₵": "GHS",
    "zł": "PLN",
    "kč": "CZK",
    "₺": "TRY",
    "tl": "TRY",
    "s$": "SGD",
    "nt$": "TWD",
    "e£": "EGP",
    "qr": "QAR",
    "bd": "BHD",
    "br": "ETB",
    "yuan": "CNY",
    "kr": "kr",
    "kr.": "kr",
    # more signs as papers print them ("TSh 2bn", "USh2bn", "MK2bn", "ZK2bn", "R$2bn", "MX$2bn", "KD 2m", "JD 2m", "LL
    # 2bn", "SR2bn", "Nu 2m", "Birr 2bn", "FCFA 2 billion"): read as 2 billion with no unit until 2026-12-07. "Dh" is
    # the UAE's or Morocco's dirham and "CFA" the West or Central African franc: kept as printed
    "tsh": "TZS",
    "ush": "UGX",
    "mk": "MWK",
    "zk": "ZMW",
    "r$": "BRL",
    "mx$": "MXN",
    "mex$": "MXN",
    "kd": "KWD",
    "jd": "JOD",
    "ll": "LBP",
    "sr": "SAR",
    "nu": "BTN",
    "nu.": "BTN",
    "birr": "ETB",
    "cfa": "CFA franc",
    "fcfa": "CFA franc",
    "dh": "Dh",
    "dhs": "Dh",
    # the codes of other currencies, as outlets print them after or before the figure ("1.5 billion IQD", The Baghdad
    # Post 2020, was read as a bare 1.5 billion: compared as dollars under a USD column). Codes that are English words
    # (TRY, PEN, COP, MAD, GEL, RON) are left out: their currencies are read by name
    **{
        code: code.upper()
        for code in (
            "iqd",
            "jod",
            "kwd",
            "bhd",
            "omr",
            "qar",
            "sar",
            "aed",
            "egp",
            "ils",
            "brl",
            "mxn",
            "ars",
            "clp",
            "irr",
            "ghs",
            "etb",
            "zmw",
            "pln",
            "sek",
            "nok",
            "dkk",
            "huf",
            "czk",
            "kzt",
            "amd",
            "azn",
            "afn",
            "mmk",
            "khr",
            "zwl",
            "xof",
            "xaf",
            "tzs",
            "ugx",
            "rwf",
            "dzd",
            "tnd",
            "lyd",
            "lbp",
            "syp",
            "sdg",
            "yer",
            "uzs",
            "sgd",
            "twd",
            "uah",
            "rub",
            # and the rest of ISO 4217 that is no English word ("PHP 2bn", "LKR 2bn", "NPR 2bn" were read with none)
            # (not KGS, CUP, MOP, BOB, SOS, BAM: "1,226,400 Kgs" is kilograms)
            "php",
            "lkr",
            "npr",
            "btn",
            "mvr",
            "bnd",
            "lak",
            "mnt",
            "tjs",
            "tmt",
            "kpw",
            "mwk",
            "mga",
            "mzn",
            "aoa",
            "nad",
            "bwp",
            "szl",
            "lsl",
            "mur",
            "scr",
            "kmf",
            "djf",
            "ern",
            "ssp",
            "gmd",
            "gnf",
            "sll",
            "sle",
            "lrd",
            "cve",
            "stn",
            "cdf",
            "bif",
            "mru",
            "htg",
            "jmd",
            "ttd",
            "bbd",
            "bsd",
            "bzd",
            "gyd",
            "srd",
            "xcd",
            "awg",
            "ang",
            "kyd",
            "bmd",
            "fjd",
            "pgk",
            "sbd",
            "vuv",
            "wst",
            "xpf",
            "mdl",
            "bgn",
            "rsd",
            "mkd",
            "isk",
            "hrk",
            "byn",
            "pyg",
            "uyu",
            "ves",
            "crc",
            "gtq",
            "hnl",
            "nio",
            "pab",
            "dop",
            "kwd",
            "vnd",
        )
    },
}
CURRENCY_ALTS = "|".join(sorted(map(re.escape, CURRENCIES), key=len, reverse=True))
CURRENCY_CODE_ALTS = "|".join(
    sorted((re.escape(c) for c in CURRENCIES if c.isalpha() and len(c) == 3), key=len, reverse=True)
)
#: Currencies named in words after the number ("1.5 billion euros"); a bare "dollars" or "rupees" keeps the
#: ambiguity of "$" and "Rs".
CURRENCY_WORDS = {
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "american dollars": "USD",
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "new zealand dollars": "NZD",
    "hong kong dollars": "HKD",
    "dollars": "$",
    "dollar": "$",
    "dlrs": "USD",
    "dlr": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "pounds": "GBP",
    "swiss francs": "CHF",
    "indian rupees": "INR",
    "pakistani rupees": "PKR",
    "sri lankan rupees": "LKR",
    "nepalese rupees": "NPR",
    "rupees": "Rs",
    "rupee": "Rs",
    "taka": "BDT",
    "naira": "NGN",
    "rand": "ZAR",
    "kenyan shillings": "KES",
    "yen": "JPY",
    "yuan": "CNY",
    "won": "KRW",
    "rupiah": "IDR",
    "ringgit": "MYR",
    "baht": "THB",
    "đồng": "VND",
    "special drawing rights": "XDR",
    "sdrs": "XDR",
    # other currencies by name; a name several countries use ("dinars", "pesos", "riyals", "francs", "lira") is kept as
    # printed, as "dollars" is, and agrees with each country's code under a unit column (claims.doubts)
    **{
        f"{country} {name}": code
        for country, name, code in (
            ("iraqi", "dinars", "IQD"),
            ("jordanian", "dinars", "JOD"),
            ("kuwaiti", "dinars", "KWD"),
            ("algerian", "dinars", "DZD"),
            ("tunisian", "dinars", "TND"),
            ("libyan", "dinars", "LYD"),
            ("saudi", "riyals", "SAR"),
            ("qatari", "riyals", "QAR"),
            ("iranian", "rials", "IRR"),
            ("omani", "rials", "OMR"),
            ("uae", "dirhams", "AED"),
            ("emirati", "dirhams", "AED"),
            ("moroccan", "dirhams", "MAD"),
            ("turkish", "lira", "TRY"),
            ("turkish", "liras", "TRY"),
            ("egyptian", "pounds", "EGP"),
            ("lebanese", "pounds", "LBP"),
            ("syrian", "pounds", "SYP"),
            ("sudanese", "pounds", "SDG"),
            ("mexican", "pesos", "MXN"),
            ("argentine", "pesos", "ARS"),
            ("chilean", "pesos", "CLP"),
            ("colombian", "pesos", "COP"),
            ("philippine", "pesos", "PHP"),
            ("brazilian", "reais", "BRL"),
            ("swedish", "kronor", "SEK"),
            ("norwegian", "kroner", "NOK"),
            ("danish", "kroner", "DKK"),
            ("ugandan", "shillings", "UGX"),
            ("tanzanian", "shillings", "TZS"),
            ("cfa", "francs", "CFA franc"),
            ("zimbabwe", "dollars", "ZWL"),
            ("singapore", "dollars", "SGD"),
            ("taiwan", "dollars", "TWD"),
            ("new taiwan", "dollars", "TWD"),
        )
    },
    **dict.fromkeys(("dinars", "dinar"), "dinar"),
    **dict.fromkeys(("riyals", "riyal"), "riyal"),
    **dict.fromkeys(("rials", "rial"), "rial"),
    **dict.fromkeys(("dirhams", "dirham"), "dirham"),
    **dict.fromkeys(("pesos", "peso"), "peso"),
    **dict.fromkeys(("francs", "franc"), "franc"),
    **dict.fromkeys(("liras", "lira"), "lira"),
    **dict.fromkeys(("tomans", "toman"), "toman"),
    **dict.fromkeys(("shekels", "shekel", "new israeli shekels"), "ILS"),
    **dict.fromkeys(("reais",), "BRL"),
    **dict.fromkeys(("cedis", "cedi"), "GHS"),
    **dict.fromkeys(("zlotys", "zloty", "zlotych"), "PLN"),
    **dict.fromkeys(("forints", "forint"), "HUF"),
    **dict.fromkeys(("korunas", "koruna"), "CZK"),
    **dict.fromkeys(("hryvnias", "hryvnia", "hryvnas"), "UAH"),
    **dict.fromkeys(("rubles", "roubles", "ruble", "rouble"), "RUB"),
    **dict.fromkeys(("kyats", "kyat"), "MMK"),
    **dict.fromkeys(("tenge",), "KZT"),
    **dict.fromkeys(("dong",), "VND"),
    **dict.fromkeys(("kronor",), "SEK"),
    **dict.fromkeys(("kroner",), "krone"),
    # the signs and abbreviations read before a figure, after it too: "5 mln zł", "5 mld Kč", "5bn TL", "300 kr";
    # "lei" is Romania's and Moldova's, "birr" Ethiopia's
    **{sign: CURRENCIES[sign] for sign in ("zł", "kč", "tl", "kr", "kr.")},
    **{"lei": "lei", "birr": "ETB"},
}
CURRENCY_WORD_ALTS = "|".join(sorted(map(re.escape, CURRENCY_WORDS), key=len, reverse=True))
#: Percent in every spelling, and other units a value can carry in its text.
PERCENT = (
    r"%|percent\b|per[ -]?cent\b|pct\b|pc\b|p\.\s?c\.?"  # "pc": British newspapers' per cent ("rose 3.5pc"); "p.c."
)
# as Indian ones print it ("2.3 p.c." was read as a bare 2.3)
#: Units of measure written right after a number (as the cleaned text has them: lower case), each with the name it
#: is recorded by. Many carry a scale of their own ("30 Mt" is 30 million tonnes, "30 GW" 30,000 MW): a value text
#: that states one is read in it, and the table check holds it to the unit column ("30 Mt" under "tonnes", "30 GW"
#: under "MW" go to review instead of being compared as 30 tonnes or 30 MW; a blank unit column takes the text's).
#: "mt" is megatonnes written "Mt" and metric tons written "MT" or "mt": read by its case in the text as written.
MEASURE_UNITS = {
    **dict.fromkeys(("tonnes", "tonne", "metric tons", "metric ton", "metric tonnes", "metric tonne"), "t"),
    **dict.fromkeys(("tons", "ton"), "tons"),
    **dict.fromkeys(("kt", "kilotonnes", "kilotonne", "kilotons", "kiloton"), "kt"),
    **dict.fromkeys(("mmt", "megatonnes", "megatonne", "megatons", "megaton"), "Mt"),
    **dict.fromkeys(("gt", "gigatonnes", "gigatonne", "gigatons", "gigaton"), "Gt"),
    **dict.fromkeys(("mt", "mts"), "mt"),  # "2.951 MTs" (ProPakistani, 2024) was drafted as a bare 2.951
    **{u.lower(): u for u in ("tCO2", "tCO2e", "ktCO2", "ktCO2e", "GtCO2", "GtCO2e")},
    "mtco2": "mtCO2", "mtco2e": "mtCO2e", "mmtco2": "MtCO2", "mmtco2e": "MtCO2e",
    **dict.fromkeys(("kg", "kilograms", "kilogrammes", "kilogram"), "kg"),
    **{u.lower(): u for u in ("kW", "MW", "GW", "TW", "kWh", "MWh", "GWh", "TWh", "PJ", "EJ", "TJ", "GJ", "Mtoe",
                              "ktoe", "MMBtu", "Mbps", "Gbps", "kbps", "GB", "TB", "kHz", "MHz", "GHz", "ppm", "ppb",
                              "km", "mm", "cm", "ha", "Mha", "m2", "m3", "km3", "bcm", "bcf", "tcf", "MMcf", "bbl")},
    # barrels a day, as the oil trade writes them: b/d, mb/d (a million: OPEC, IEA), kb/d (a thousand: "tb/d" in OPEC's
    # reports)
    **dict.fromkeys(("b/d", "bpd", "bopd", "bbl/d", "bbl/day", "barrels per day", "barrels a day", "barrels daily"),
                    "b/d"),
    **dict.fromkeys(("mb/d", "mbpd", "mbd", "mmb/d", "mmbbl/d", "mmbpd"), "mb/d"),  # MM: a million, EIA's way
    **dict.fromkeys(("kb/d", "kbd", "kbpd", "tb/d"), "kb/d"),
    # the oil and gas trade's own units: MM a million (MMbbl, MMcf/d), B a billion (Bcf/d); its M is a thousand
    # (Mbbl, Mcf) where others read a million, so those are named as written and read with a doubt (_read_m)
    **dict.fromkeys(("mmbbl", "mmbbls", "mmbo"), "MMbbl"),
    **dict.fromkeys(("mmboe",), "MMboe"),
    **dict.fromkeys(("boe", "barrels of oil equivalent"), "boe"),
    **dict.fromkeys(("boe/d", "boepd", "boed"), "boe/d"),
    **dict.fromkeys(("mmcf/d", "mmcfd", "mmcfpd", "mmcf/day", "mmscf/d", "mmscfd"), "MMcf/d"),
    "mmscf": "MMcf",
    **dict.fromkeys(("bcfd", "bcf/day", "bscf/d"), "bcf/d"),
    **dict.fromkeys(("mtpa", "mmtpa"), "Mtpa"),  # LNG plants: million tonnes per annum
    **dict.fromkeys(("mbbl", "mbbls"), "Mbbl"),
    **dict.fromkeys(("mbbl/d", "mbbl/day", "mbopd"), "Mbbl/d"),
    **dict.fromkeys(("mcf", "mscf"), "Mcf"),
    **dict.fromkeys(("mcf/d", "mcfd", "mcfpd", "mcf/day", "mscf/d"), "Mcf/d"),
    "mboe": "Mboe",
    **dict.fromkeys(("mboe/d", "mboepd"), "Mboe/d"),
    # temperatures, which may be below zero: "30 °C" beside "86 °F" is one heat, not a spread
    **dict.fromkeys(("°c", "° c", "℃", "degrees celsius", "degrees centigrade", "degrees c", "celsius"), "°C"),
    **dict.fromkeys(("°f", "° f", "℉", "degrees fahrenheit", "degrees f", "fahrenheit"), "°F"),
    **dict.fromkeys(("exajoules", "exajoule"), "EJ"),
    **dict.fromkeys(("petajoules", "petajoule"), "PJ"),
    **dict.fromkeys(("terajoules", "terajoule"), "TJ"),
    **dict.fromkeys(("gigajoules", "gigajoule"), "GJ"),
    **dict.fromkeys(("toe", "tonnes of oil equivalent", "tons of oil equivalent", "metric tons of oil equivalent",
                     "metric tonnes of oil equivalent"), "toe"),
    **dict.fromkeys(("cubic feet", "cu ft"), "cu ft"),
    **dict.fromkeys(("cubic feet per day", "cubic feet a day"), "cu ft/d"),
    "bcf/d": "bcf/d",
    **dict.fromkeys(("cu metres", "cu meters", "cu m"), "m3"),
    **dict.fromkeys(("cubic kilometres", "cubic kilometers"), "km3"),
    **dict.fromkeys(("kilowatts", "kilowatt"), "kW"),
    **dict.fromkeys(("megawatts", "megawatt"), "MW"),
    **dict.fromkeys(("gigawatts", "gigawatt"), "GW"),
    **dict.fromkeys(("terawatts", "terawatt"), "TW"),
    **{f"{p}watt{sep}hour{s}": f"{p[0].upper() if p != 'kilo' else 'k'}Wh" for p in ("kilo", "mega", "giga", "tera")
       for sep in ("-", " ", "") for s in ("s", "")},
    **dict.fromkeys(("kilometres", "kilometers", "kilometre", "kilometer"), "km"),
    **dict.fromkeys(("metres", "meters", "metre", "meter"), "m"),
    **dict.fromkeys(("miles", "mile"), "mi"),
    **dict.fromkeys(("hectares", "hectare"), "ha"),
    **dict.fromkeys(("acres", "acre"), "acres"),
    # imperial lengths, volumes and weights: "the 33 inches that fell at Cherrapunji" (Chicago Tribune, 2005) was 33 with
    # no unit, so 33 millimetres under a unit column of mm ("in" alone is a word, never read as inches)
    **dict.fromkeys(("inches", "inch"), "in"),
    **dict.fromkeys(("feet", "foot", "ft"), "ft"),
    **dict.fromkeys(("yards", "yard", "yd", "yds"), "yd"),
    **dict.fromkeys(("square miles", "square mile", "sq mi", "sq miles"), "sq mi"),
    **dict.fromkeys(("square feet", "square foot", "sq ft"), "sq ft"),
    **dict.fromkeys(("litres", "liters", "litre", "liter"), "L"),
    **dict.fromkeys(("gallons", "gallon"), "gal"),
    **dict.fromkeys(("lb", "lbs"), "lb"),
    # concentrations, as air and water quality tables print them: "0.2 mg/L" and "35 µg/m3" were 0.2 and 35 with no
    # unit (the micro sign and the Greek mu both)
    **dict.fromkeys(("mg/l", "mg/litre", "mg/liter"), "mg/L"),
    **dict.fromkeys(("µg/l", "μg/l", "ug/l"), "µg/L"),
    **dict.fromkeys(("ng/ml",), "ng/mL"),
    **dict.fromkeys(("µg/m3", "μg/m3", "ug/m3", "µg/m³", "μg/m³", "ug/m³", "mcg/m3"), "µg/m3"),
    **dict.fromkeys(("mg/m3", "mg/m³"), "mg/m3"),
    **dict.fromkeys(("mg/kg",), "mg/kg"),
    **dict.fromkeys(("ounces", "ounce", "oz"), "oz"),
    **dict.fromkeys(("sq m", "sqm", "square metres", "square meters"), "m2"),
    **dict.fromkeys(("cubic metres", "cubic meters"), "m3"),
    **dict.fromkeys(("barrels", "barrel"), "bbl"),
    # speeds: "135mph (220km/h)" (The Guardian, 2013); "100 km/h" was read as 100 with no unit, a count under "people"
    # and 100 kilometres under "km"
    **dict.fromkeys(("km/h", "kmh", "kph", "km/hr", "kmph", "kilometres per hour", "kilometers per hour",
                     "kilometres an hour", "kilometers an hour"), "km/h"),
    **dict.fromkeys(("mph", "miles per hour", "miles an hour"), "mph"),
    **dict.fromkeys(("knots", "knot", "kt/h"), "knots"),
}  # fmt: skip
MEASURE_ALTS = "|".join(sorted(map(re.escape, MEASURE_UNITS), key=len, reverse=True))
UNITS = (
    r"(?P<unit>" + PERCENT + r"|percentage points?\b|pp\b|basis points?\b|bps\b|km2\b|sq\.? ?km\b"
    r"|square (?:km|kilomet(?:re|er)s?)\b"
    r"|(?:" + MEASURE_ALTS + r")(?![\w/]))"
)
#: Hedges glued to a number: "30-odd", "200,000-plus", "200k+".
_GLUED = r"(?P<glued>-odd\b| odd\b|-plus\b|-ish\b|\+)?"
QUANTITY = re.compile(
    r"(?<![\w.,'$€£¥₹₦₽₴৳])"
    r"(?:(?P<cur>" + CURRENCY_ALTS + r") ?)?"
    r"(?P<num>" + NUMBER + r")"
    r"(?:[ -]?(?P<scale>" + SCALE_ALTS + r")(?:[ -](?P<scale2>" + _SCALE_WORD_ALTS + r"))?\b(?!/d\b))?"  # "b/d": a unit
    r"(?: ?(?P<code>" + CURRENCY_CODE_ALTS + r")\b| (?P<curword>" + CURRENCY_WORD_ALTS + r")\b)?"
    r"(?:[ -]?"  # "6 percent", "6-percent" (a unit with a hyphen was left out: "6-percent" read as 6)
    + UNITS
    + r")?"
    + _GLUED
    + r"(?![a-z0-9]|[.,]\d|[.,][a-z])"  # not the head of "1.2.3", "$1.2t", "72,ooo", "30,000e"
)
_DIGIT_RUN = re.compile(r"\d+")


def number_value(raw: str) -> tuple[float, str]:
    """The number a matched NUMBER token stands for, and a note when its reading depends on a style."""
    if " " in raw:  # 30 000, 12 500.75, 12 500,75
        if "," in raw:
            return float(raw.replace(" ", "").replace(",", ".")), "decimal comma"
        return float(raw.replace(" ", "")), ""
    if "'" in raw:
        return float(raw.replace("'", "")), ""
    if raw.count(".") >= 2:  # 1.234.567(,5)
        return float(raw.replace(".", "").replace(",", ".")), ""
    if raw.count(",") >= 2 and "." not in raw.split(",")[-1] and len(raw.split(",")[1]) == 2:  # 12,34,567
        return float(raw.replace(",", "")), ""
    if "," in raw and "." in raw.partition(",")[0]:  # 4.233,4
        return float(raw.replace(".", "").replace(",", ".")), "decimal comma"
    if "," in raw:
        head, _, tail = raw.rpartition(",")
        if "." in tail or (len(tail) == 3 and re.fullmatch(r"\d{1,3}(?:,\d{3})*", head)):
            return float(raw.replace(",", "")), ""  # 1,234 and 1,234.5
        return float(raw.replace(",", ".")), "decimal comma"  # 1,2 (not three digits after it)
    return float(raw), ""


def tidy(x: float) -> float:
    """Round away binary noise (1.2 * 1e6 = 1199999.9999999998): 15 significant digits."""
    if x == 0 or not math.isfinite(x):
        return x
    exponent = math.floor(math.log10(abs(x)))
    if abs(x) < 10.0**exponent:  # log10 rounded up to the next power of ten: 999,999,999,999,998 is not 1e15
        exponent -= 1
    return float(round(x, 14 - exponent))


@dataclass
class Quantity:
    """One number in a text, with what is glued to it."""

    start: int
    end: int
    number: float
    scale: float
    unit: str | None  # percent, percentage points, km2, or a currency code
    glued: str  # "-odd", "-plus", "+" or ""
    text: str
    raw: str  # the digits as printed
    style: str = ""  # "decimal comma" when the reading depends on one
    has_scale: bool = False
    kind: str = "value"  # value | level (the 95 of "95% CI") | date

    @property
    def value(self) -> float:
        """The number times its scale; the number as printed when it has no scale (its digits read exactly: 15
        significant digits would change the last digit of 1,234,567,890,123,456)."""
        return self.number if self.scale == 1 else tidy(self.number * self.scale)


#: basis points (a hundredth of a percentage point): "25 bps" under a unit column of percent was 25 percent ("bp"
#: alone is not read: "10,000 BP" is years before the present)
_UNIT_NAMES = {"%": "percent", "pp": "percentage points", "bps": "basis points", "basis point": "basis points",
               "basis points": "basis points"}  # fmt: skip


def _unit_of(m: re.Match) -> str | None:
    raw = m.group("unit")
    if raw:
        if raw in _UNIT_NAMES:
            return _UNIT_NAMES[raw]
        if raw.startswith("percentage"):
            return "percentage points"
        if raw in MEASURE_UNITS:
            return MEASURE_UNITS[raw]
        if raw[0] == "p":
            return "percent"
        return "km2"
    if m.group("curword"):
        return CURRENCY_WORDS[m.group("curword")]
    sign = m.group("cur") or m.group("code")
    return CURRENCIES[sign] if sign else None


_NAME_BEFORE = re.compile(r"([a-z]+)-$")
# words before a hyphen that do not make the number after it part of a name ("1-in-5" is not a name like COVID-19)
_NOT_NAMES = set(SCALES) | {"per", "cent", "percent", "to", "and", "or", "from", "between", "us", "usd", "eur", "gbp"}
_NOT_NAMES |= {"in", "of", "out"}


def is_name_part(s: str, start: int) -> bool:
    """A number glued to a word before it (Su-24M, COVID-19, H1N1) is part of a name, not a quantity."""
    if start and s[start - 1].isalpha():
        return True
    m = _NAME_BEFORE.search(s, max(0, start - 20), start)
    return bool(m) and m.group(1) not in _NOT_NAMES


def quantities(s: str) -> list[Quantity]:
    """Every number of a cleaned text with its scale, unit and glued hedge, in order (not those of names)."""
    found = []
    for m in QUANTITY.finditer(s):
        if is_name_part(s, m.start()):
            continue
        raw = m.group("num")
        number, style = number_value(raw)
        scale = 1.0
        if m.group("scale"):
            scale = SCALES[m.group("scale")] * (SCALES[m.group("scale2")] if m.group("scale2") else 1.0)
        found.append(
            Quantity(
                start=m.start(),
                end=m.end(),
                number=number,
                scale=scale,
                unit=_unit_of(m),
                glued=(m.group("glued") or "").replace(" ", "-"),  # " odd" as "-odd"
                text=m.group(),
                raw=raw,
                style=style,
                has_scale=bool(m.group("scale")),
            )
        )
    return found


# --------------------------------------------------------------------------- 4. qualifier words

#: Words before a number: (phrase, qualifier, note). Used by every reader.
PREFIXES: list[tuple[str, str, str]] = [
    ("nearly", APPROX, "approximate, from below"),
    ("almost", APPROX, "approximate, from below"),
    ("just under", APPROX, "approximate, from below"),
    ("just short of", APPROX, "approximate, from below"),
    ("just shy of", APPROX, "approximate, from below"),
    ("shy of", APPROX, "approximate, from below"),  # "shy of 4 million" was read as exactly 4 million
    ("close to", APPROX, ""),
    ("closer to", APPROX, ""),
    ("nearer to", APPROX, ""),
    ("nearer", APPROX, ""),
    ("around", APPROX, ""),
    ("about", APPROX, ""),
    ("approximately", APPROX, ""),
    ("approx.", APPROX, ""),
    ("approx", APPROX, ""),
    ("roughly", APPROX, ""),
    ("some", APPROX, ""),
    ("an estimated", APPROX, ""),
    ("estimated", APPROX, ""),
    ("est.", APPROX, ""),
    ("circa", APPROX, ""),
    ("ca.", APPROX, ""),
    ("c.", APPROX, ""),
    ("in the order of", APPROX, ""),
    ("on the order of", APPROX, ""),
    ("of the order of", APPROX, ""),
    ("in the region of", APPROX, ""),
    ("in the neighbourhood of", APPROX, ""),
    ("in the neighborhood of", APPROX, ""),
    ("more or less", APPROX, ""),
    ("give or take", APPROX, ""),
    ("~", APPROX, ""),
    ("approaching", APPROX, ""),
    ("more like", APPROX, ""),
    ("more than", AT_LEAST, ""),
    ("more that", AT_LEAST, ""),
    ("broken through", AT_LEAST, ""),
    ("broke through", AT_LEAST, ""),
    ("crossed", AT_LEAST, ""),
    ("does not exceed", AT_MOST, ""),
    ("did not exceed", AT_MOST, ""),
    ("not exceeding", AT_MOST, ""),
    ("cannot be less than", AT_LEAST, ""),
    ("can't be less than", AT_LEAST, ""),
    ("could not be less than", AT_LEAST, ""),
    ("exceed", AT_LEAST, ""),
    ("surpassing", AT_LEAST, ""),
    ("as low as", AT_LEAST, ""),
    ("well over", AT_LEAST, ""),
    ("just over", AT_LEAST, ""),
    ("over", AT_LEAST, ""),
    ("at least", AT_LEAST, ""),
    ("upwards of", AT_LEAST, ""),
    ("upward of", AT_LEAST, ""),
    ("north of", AT_LEAST, ""),
    ("in excess of", AT_LEAST, ""),
    ("greater than", AT_LEAST, ""),
    ("above", AT_LEAST, ""),
    ("exceeds", AT_LEAST, ""),
    ("exceeded", AT_LEAST, ""),
    ("exceeding", AT_LEAST, ""),
    ("passed", AT_LEAST, ""),
    ("surpassed", AT_LEAST, ""),
    ("topped", AT_LEAST, ""),
    ("no fewer than", AT_LEAST, ""),
    ("no less than", AT_LEAST, ""),
    ("not less than", AT_LEAST, ""),
    ("as few as", AT_LEAST, ""),
    ("a minimum of", AT_LEAST, ""),
    ("minimum of", AT_LEAST, ""),
    (">=", AT_LEAST, ""),
    (">", AT_LEAST, ""),
    ("less than", AT_MOST, ""),
    ("fewer than", AT_MOST, ""),
    ("well under", AT_MOST, ""),
    ("under", AT_MOST, ""),
    ("up to", AT_MOST, ""),
    ("at most", AT_MOST, ""),
    ("no more than", AT_MOST, ""),
    ("not more than", AT_MOST, ""),
    ("below", AT_MOST, ""),
    ("as many as", AT_MOST, ""),
    ("as much as", AT_MOST, ""),
    ("as high as", AT_MOST, ""),
    ("a maximum of", AT_MOST, ""),
    ("maximum of", AT_MOST, ""),
    ("<=", AT_MOST, ""),
    ("<", AT_MOST, ""),
]
#: The same words in the languages of Europe's statistics offices and newspapers, where each has one meaning before a
#: number ("ponad 6 mld zł", "přes 542 mld. Kč", "rund CHF 750 Mio.", "oltre 210 mld. di euro", "mer enn 350,000 fat"):
#: read as their English words are, not as an exact figure. A word that is also English or has several meanings
#: ("do", "tot", "gut", "godt") is not among them; a negated one is, whole ("nicht mehr als", "pas moins de").
_BELOW = "approximate, from below"
FOREIGN_PREFIXES: list[tuple[str, str, str]] = [
    # German
    *((w, AT_LEAST, "") for w in ("mehr als", "über", "mindestens", "nicht weniger als")),
    *((w, AT_MOST, "") for w in ("weniger als", "höchstens", "bis zu", "nicht mehr als")),
    *((w, APPROX, "") for w in ("rund", "etwa", "ungefähr", "zirka")),
    *((w, APPROX, _BELOW) for w in ("knapp", "fast", "beinahe")),
    # French
    *((w, AT_LEAST, "") for w in ("plus de", "au moins", "pas moins de")),
    *((w, AT_MOST, "") for w in ("moins de", "au plus", "jusqu'à", "pas plus de")),
    *((w, APPROX, "") for w in ("environ", "près de", "quelque", "de l'ordre de")),
    *((w, APPROX, _BELOW) for w in ("presque",)),
    # Spanish and Portuguese
    *((w, AT_LEAST, "") for w in ("más de", "mas de", "mais de", "al menos", "por lo menos", "pelo menos",
                                  "no menos de")),
    *((w, AT_MOST, "") for w in ("menos de", "hasta", "até", "no más de", "no mas de")),
    *((w, APPROX, "") for w in ("alrededor de", "cerca de", "unos", "unas", "aproximadamente")),
    *((w, APPROX, _BELOW) for w in ("casi", "quase")),
    # Italian
    *((w, AT_LEAST, "") for w in ("oltre", "più di", "almeno", "non meno di")),
    *((w, AT_MOST, "") for w in ("meno di", "fino a", "non più di")),
    *((w, APPROX, "") for w in ("intorno a",)),
    *((w, APPROX, _BELOW) for w in ("quasi",)),
    # Polish and Czech
    *((w, AT_LEAST, "") for w in ("ponad", "więcej niż", "co najmniej", "nie mniej niż", "przeszło", "přes",
                                  "více než", "nejméně")),
    *((w, AT_MOST, "") for w in ("mniej niż", "nie więcej niż", "méně než", "nejvýše")),
    *((w, APPROX, "") for w in ("około", "ok.", "blisko", "zhruba", "asi", "kolem", "přibližně")),
    *((w, APPROX, _BELOW) for w in ("prawie", "niemal", "téměř", "skoro", "necelých")),
    # Dutch and the Nordic languages
    *((w, AT_LEAST, "") for w in ("meer dan", "ruim", "minstens", "mer enn", "mer än", "mere end", "drygt", "minst",
                                  "niet minder dan")),
    *((w, AT_MOST, "") for w in ("minder dan", "niet meer dan", "mindre enn", "mindre än", "mindre end")),
    *((w, APPROX, "") for w in ("ongeveer", "omkring", "cirka", "rundt")),
    *((w, APPROX, _BELOW) for w in ("bijna", "nesten", "nästan", "næsten", "knappt")),
    # Russian and Ukrainian ("более 30 000" and "около 30 000" were read as exactly 30,000); not "до", which is also
    # "to" in a range ("от 10 до 20")
    *((w, AT_LEAST, "") for w in ("более", "более чем", "свыше", "больше", "не менее", "понад", "більше", "більш ніж",
                                  "щонайменше", "не менше")),
    *((w, AT_MOST, "") for w in ("менее", "меньше", "не более", "менше", "не більше")),
    *((w, APPROX, "") for w in ("около", "примерно", "порядка", "приблизно", "близько")),
    *((w, APPROX, _BELOW) for w in ("почти", "майже")),
    # Indonesian and Malay
    *((w, AT_LEAST, "") for w in ("lebih dari", "setidaknya", "sedikitnya", "sekurang-kurangnya")),
    *((w, AT_MOST, "") for w in ("kurang dari",)),
    *((w, APPROX, "") for w in ("sekitar", "kira-kira")),
    *((w, APPROX, _BELOW) for w in ("hampir",)),
]  # fmt: skip
PREFIXES += [(w, q, n) for w, q, n in FOREIGN_PREFIXES if w not in {p for p, _, _ in PREFIXES}]
PREFIX_ALTS = "|".join(re.escape(p) for p, _, _ in sorted(PREFIXES, key=lambda t: len(t[0]), reverse=True))
# words between a qualifier phrase and its number: "more than another 1,200", and an approximation inside a bound
# ("up to about 30,000" is at most 30,000, not about 30,000)
FILLERS = (
    r"(?:\s+(?:another|an additional|additional|a further|a record|a total of|a))?"
    r"(?:\s+(?:about|around|roughly|approximately|some|an estimated|nearly|almost))?"
)
_PREFIX_RE = re.compile(
    r"(?:(?:^|(?<=[\s(\"']))(?P<p>" + PREFIX_ALTS + r")" + FILLERS + r"|(?P<sign><=|>=|<|>|~))[\s)\"']*$"
)
NEGATIONS = r"not|n't|never|hardly|scarcely|no|nicht|nie|niet|non|inte|ikke"
_NEGATION = re.compile(r"(?P<w>(?:\b|(?=n't))(?:" + NEGATIONS + r"))\b(?:\s+[a-z']+){0,3}\s*$")
PREFIX_INFO = {p: (q, n) for p, q, n in PREFIXES}
#: Words after a number.
SUFFIXES = {
    "or more": AT_LEAST,
    "and more": AT_LEAST,
    "and counting": AT_LEAST,  # "30,000 and counting": the toll still rising (was read as exactly 30,000)
    "or above": AT_LEAST,
    "or over": AT_LEAST,
    "and above": AT_LEAST,
    "and over": AT_LEAST,
    "and up": AT_LEAST,
    "and upwards": AT_LEAST,
    "and upward": AT_LEAST,
    "plus": AT_LEAST,
    "or higher": AT_LEAST,
    "or greater": AT_LEAST,
    "or longer": AT_LEAST,
    "or older": AT_LEAST,
    "and older": AT_LEAST,
    "or even more": AT_LEAST,
    "at least": AT_LEAST,
    "or less": AT_MOST,
    "or fewer": AT_MOST,
    "or under": AT_MOST,
    "or below": AT_MOST,
    "or lower": AT_MOST,
    "or shorter": AT_MOST,
    "at most": AT_MOST,
    "tops": AT_MOST,
    "at the most": AT_MOST,
    "or so": APPROX,
    "give or take": APPROX,
    "more or less": APPROX,
    "or thereabouts": APPROX,
    "approximately": APPROX,
    "approx": APPROX,  # "30,000 approx.": a table's note after the figure
    "circa": APPROX,
    "odd": APPROX,
    "est": APPROX,  # "30,000 (est.)", "30,000 est."
    "estimated": APPROX,
}
SUFFIX_ALTS = "|".join(re.escape(p) for p in sorted(SUFFIXES, key=len, reverse=True))
# the words between may follow the number with a hyphen: "12-hours or more", "10-fold or more" (was read as exactly 12)
_SUFFIX_RE = re.compile(r"^(?:(?:\s+|-)(?!or\b|and\b)[a-z'\-]+){0,3}?[\s,]*(?:\(\s*)?(?P<s>" + SUFFIX_ALTS + r")\b")
_GLUED_QUALIFIER = {"-odd": APPROX, "-plus": AT_LEAST, "-ish": APPROX, "+": AT_LEAST}

# --------------------------------------------------------------------------- 5. vague amounts

VAGUE_AMOUNTS = [
    (re.compile(r"\bhundreds of billions\b"), 2e11, 999_999_999_999),
    (re.compile(r"\btens of billions\b"), 2e10, 99_999_999_999),
    (re.compile(r"\bhundreds of millions\b"), 2e8, 999_999_999),
    (re.compile(r"\b(?:several|a few) hundred thousand\b"), 2e5, 999_999),
    (re.compile(r"\b(?:several|a few) million\b"), 2e6, 9_999_999),
    (re.compile(r"\btens of millions\b"), 2e7, 99_999_999),
    (re.compile(r"\bhundreds of thousands\b"), 2e5, 999_999),
    (re.compile(r"\btens of thousands\b"), 2e4, 99_999),
    (re.compile(r"\bcrores\b"), 2e7, 999_999_999),
    (re.compile(r"\blakhs\b"), 2e5, 9_999_999),
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

# --------------------------------------------------------------------------- 6. structure

#: Labels of an interval around a point estimate.
INTERVAL_LABELS = (
    r"(?:(?:bayesian |bootstrap(?:ped)? )?(?:confidence|credible|credibility|uncertainty|prediction|posterior|plausib\w*"
    r"|compatibility) (?:interval|range|bounds?|limits?)s?|c\.?i\.?|u\.?i\.?|cri|pi|hdi|hpdi|ci95|ui95"
    r"|crl|(?:estimated |plausible )?range|interval|bounds|min-max|uncertainty)"
)
_LEVEL_AFTER = re.compile(r"^\s*" + INTERVAL_LABELS + r"\b")
_LABEL_BEFORE = re.compile(r"\b" + INTERVAL_LABELS + r"\s*[:,]?\s*$")
DATE_WORDS = (
    r"in|since|by|during|as of|as at|until|till|through|before|after|end of|end-|early|late|year|fy|q[1-4]|h[12]|est|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_YEAR_BEFORE = re.compile(r"\b(?:" + DATE_WORDS + r")\.?,?[\s-]*(?:(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?\s*)?$")
_FRACTION_IN = re.compile(r"(?:^|[^\d,.])(?:[1-9]|1\d|20) in\s*$")  # "1 in 2000": a fraction, not a year
MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_MONTH_AFTER = re.compile(r"^\s*(?:" + MONTHS + r")\b")
#: "since January 1", "as of March 31, 2015", "Jan. 1": a day after its month
_MONTH_BEFORE = re.compile(r"\b(?:" + MONTHS + r")\.?\s*$")
_DAYS_AFTER = re.compile(r"^\s*(?:-|to|and)\s*(?:[1-9]|[12]\d|3[01])\s*(?:" + MONTHS + r")\b")
#: Words after a year that make it the year of a figure ("the 2014 total of 30,000", "double the 2014 figure"): the
#: year is a date, not the claim's number
RECORD_WORDS = (
    r"figures?|estimates?|levels?|totals?|numbers?|counts?|census|survey|report|data|tally|baseline|budget|peak|"
    r"average|projections?|forecasts?|est"
)
#: the digits of a year the reader may set aside as a date (1800 to 2100; the fast path's triggers use them too)
YEAR_DIGITS = r"(?:1[89]\d\d|20\d\d|2100)"
#: a fiscal or school year ("2014/2015", "2014/15"): both its numbers are dates, not a fraction
_YEAR_PAIR = re.compile(YEAR_DIGITS + r"/(?:" + YEAR_DIGITS + r"|\d\d)(?![\d,.])")
_YEAR_PAIR_END = re.compile(r"(?<![\d,.])" + YEAR_DIGITS + r"/$")
#: "a 1982 antinuclear rally": a year-like number after "a" and before a word is the year of the thing named
_A_YEAR = re.compile(r"\ba\s$")
_WORD_NEXT = re.compile(r"^\s[a-z]")
_RECORD_AFTER = re.compile(r"^\s*-?\s*(?:" + RECORD_WORDS + r")\b")

_CONN = r"(?P<conn>-|to|and|through|till|until|or|/)"
#: a summary of many values named before its figure ("median age 34", "a mean of 5.2", "the average stay of 12
#: days"): the bounds or the '±' after it are often the spread of the values, not the estimate's uncertainty
_SUMMARY_BEFORE = re.compile(
    r"\b(?P<w>median|mean|average)\b(?!\s+(?:estimate|projection|forecast|prediction)s?\b)", re.IGNORECASE
)  # a "median estimate" is a model's central figure, and the bounds after it are its interval
#: labels that name the values' spread ("range", "min-max") rather than an interval of the estimate: after a median or
#: a mean, these (and bounds with no label) go to review; "95% CI", "uncertainty range", "credible interval" read
_SPREAD_LABEL = re.compile(r"(?:the )?(?:range|min-max|interval|bounds)", re.IGNORECASE)


def _a(word: str) -> str:
    """ "a median", "an average"."""
    return ("an " if word[0] in "aeiou" else "a ") + word


SPREAD_NOTE = (
    "often the spread of the values summarised (their range, interquartile range or standard deviation), not an "
    "interval of the estimate; check which, and give the bounds in low and high if they are its interval"
)
_LABEL_PART = (
    r"(?:(?:with |using )?(?:an? )?(?:L\s*)?" + INTERVAL_LABELS + r"\s*(?:[(\[](?:c\.?i|u\.?i|cri|crl|pi)[)\]]\s*)?"
    r"(?:L\s*)?(?:of\s*)?(?:between\s*)?[:,=]?\s*|L\s*[:,]?\s*)"
)
_MID = r"(?P<mid>(?:\s+(?!(?:or|and|to)\b)(?:[a-z'\-]+|D)){0,8})"
_MARGIN = r"(?:±\s*|(?:with )?(?:an? )?margin of error(?: of)?\s*(?:±\s*)?|moe:?\s*±?\s*)"
_SHAPES = [
    (
        "interval",
        re.compile(
            r"^(?P<pre>[^#]*?)#(?P<a>\d+)" + _MID + r"\s*,?\s*(?P<open>[(\[])?\s*(?P<label>" + _LABEL_PART + r")?"
            r"(?P<inopen>[(\[])?#(?P<b>\d+)\s*(?:-|to|,|;|and)\s*#(?P<c>\d+)\s*(?(inopen)[)\]])"
            r"(?:(?P<intail>(?:[^#()\[\]]|[(\[][^#()\[\]]*[)\]])*?)(?P<close>[)\]]))?(?P<post>[^#]*)$"
        ),
    ),
    (
        "margin",
        re.compile(
            r"^(?P<pre>[^#]*?)#(?P<a>\d+)\s*,?\s*(?P<open>[(\[])?\s*" + _MARGIN + r"#(?P<b>\d+)\s*(?P<close>[)\]])?"
            r"(?P<post>[^#]*)$"
        ),
    ),
    (
        "exact",
        re.compile(r"^(?P<pre>[^#]*?)#(?P<a>\d+)\s*(?P<open>[(\[])\s*#(?P<b>\d+)\s*(?P<close>[)\]])(?P<post>[^#]*)$"),
    ),
    (
        "margin_first",
        re.compile(
            r"^(?P<pre>[^#]*?)±\s*#(?P<b>\d+)\s+(?:around|about|on|either side of)\s+#(?P<a>\d+)(?P<post>[^#]*)$"
        ),
    ),
    (
        "bounds",
        re.compile(
            r"^(?P<pre>[^#]*?)\b(?:at least|as few as|as low as|no fewer than|a minimum of|a low of)\s*#(?P<a>\d+)\s*,?\s*"
            r"(?:and|or|to)\s*(?:perhaps |possibly |maybe |even )?(?:as many as|as high as|up to|as much as|at most|"
            r"a maximum of|a high of)\s*(?P<hedge>nearly |almost |about |around )?#(?P<b>\d+)(?P<post>[^#]*)$"
        ),
    ),
    (
        "range",
        re.compile(
            r"^(?P<pre>[^#]*?)(?:\b(?P<between>between|from)\s*(?P<hedge>about |around |roughly |approximately )?)?"
            r"#(?P<a>\d+)\s*" + _CONN + r"\s*#(?P<b>\d+)(?P<post>[^#]*)$"
        ),
    ),
    # the same in other languages, where the words say a range and not a change: "entre 30 000 et 40 000",
    # "zwischen 30.000 und 40.000", "tra 30 e 40", "entre 30 y 40"; "30 000 à 40 000", "30 bis 40 Tausend", "30 až 40"
    # (not after "de", "von", "od", "from": "passer de 2 500 à 10 000" is a change)
    (
        "range_between_words",
        re.compile(
            r"^(?P<pre>[^#]*?)\b(?P<between>entre|zwischen|tra|mellem|mellan)\s+(?P<hedge>)#(?P<a>\d+)\s*"
            r"(?P<conn>et|y|und|e|og|och)\s*#(?P<b>\d+)(?P<post>[^#]*)$"
        ),
    ),
    (
        "range_words",
        re.compile(
            r"^(?P<pre>[^#]*?)(?<!\bde )(?<!\bvon )(?<!\bod )(?<!\bvan )(?<!\bfrom )(?P<between>)(?P<hedge>)#(?P<a>\d+)\s*"
            r"(?P<conn>à|bis|až)\s*#(?P<b>\d+)(?P<post>[^#]*)$"
        ),
    ),
    (
        "fraction",
        re.compile(
            r"^(?P<pre>[^#]*?)#(?P<a>\d+)(?P<noun>(?:\s+(?!(?:or|and|to|of|out|in|per)\b)[a-z'\-]+){0,3})"
            r"\s*(?P<join>(?:out )?of(?: every)?(?: [a-z'\-]+){0,4}|in(?: every)?|per|/)"
            r"\s*#(?P<b>\d+)(?P<post>[^#]*)$"
        ),
    ),
    ("single", re.compile(r"^(?P<pre>[^#]*?)#(?P<a>\d+)(?P<post>[^#]*)$")),
]


@dataclass
class _Reading:
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str = EXACT
    denominator: float | None = None
    unit: str | None = None
    notes: list[str] = field(default_factory=list)
    doubts: list[str] = field(default_factory=list)  # reasons for review


#: the noun after the first of two numbers joined as a range, said again after the second: "between 20 cents and 40
#: cents", "300 people to 400 people", "5 million tonnes and 6 million tonnes" (two numbers whose relation was unclear)
_REPEATED_NOUN = re.compile(
    r"(?:(?<=\d)|(?<=thousand)|(?<=million)|(?<=billion)|(?<=lakh)|(?<=crore))\s+"
    r"(?P<w>(?!(?:and|to|or|per|percent|thousand|million|billion|trillion|lakh|crore)\b)[a-z]{3,})"
    r"(?=\s*(?P<j>-|to|and)\s*[^\s\d]{0,3}\d[\d,.]*(?:\s+(?:thousand|million|billion|lakh|crore))?\s+(?P=w)\b)"
)


#: a capital C or F glued to a number and ending the word: "56.7C", "-12.3C", "38.7C (101.66F)" (Daily Mail, 2017)
_GLUED_DEGREES = re.compile(r"(?<![\w.,])([-−–]?\d{1,3}(?:\.\d+)?)([CF])(?=$|[\s(),;/–-])")


def _glued_degrees(text: str, notes: list[str]) -> str:
    """Temperatures as the British press prints them, the scale's letter glued to the number ("56.7C", "101.66F"),
    written as degrees: they read as no number before."""

    def degrees(m: re.Match) -> str:
        notes.append(f"'{m.group()}' read as degrees {'Celsius' if m.group(2) == 'C' else 'Fahrenheit'}")
        return f"{m.group(1)} °{m.group(2)}"

    return _GLUED_DEGREES.sub(degrees, text)


#: a multiple in one word, with no number it multiplies: "more than double", "nearly twice", "tripled", "doubling" (a
#: fact-checker's "costs doubled"); never "double-digit" or "double counting", and "twice the 30,000 estimate" is a
#: multiple of the number it names (MULTIPLIER_WORDS: review)
_MULTIPLIER_ALONE = re.compile(
    r"\b(?P<w>(?P<two>twice|double[sd]?|doubling)|(?P<three>thrice|triple[sd]?|tripling|treble[sd]?|trebling)|"
    r"quadruple[sd]?|quadrupling)\b(?![\s-]*(?:-|digits?\b|count\w*|check\w*|standards?\b|murders?\b|rooms?\b|"
    r"beds?\b|deckers?\b|dip\b|whammy\b|agents?\b|taxation\b|jeopardy\b|crowns?\b|play\b))"
)


def _multiplier_alone(s: str, notes: list[str]) -> str:
    """A multiplier word as its multiple ("more than double": more than 2 times), when the text states no number."""
    m = _MULTIPLIER_ALONE.search(s)
    if m is None or re.search(r"\d", s) or len(_MULTIPLIER_ALONE.findall(s)) > 1:
        return s
    n = 2 if m.group("two") else 3 if m.group("three") else 4
    notes.append(f"'{m.group('w')}' read as {n} times")
    return s[: m.start()] + f"{n} times" + s[m.end() :]


def read(text: object) -> ParsedValue:
    """Read one stated value (see the module's docstring). Never raises."""
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return ParsedValue(status=UNPARSED, note="no value stated")
    if isinstance(text, bool):
        return ParsedValue(status=UNPARSED, note="a true/false cell is not a value")
    if isinstance(text, (int, float)):
        return _check(_Reading(value=float(text)), [])
    unmarked, notes, doubts = _marks(str(text))
    if "p" in unmarked:
        unmarked = _pence(unmarked, notes)
    if "‰" in unmarked or "mille" in unmarked.lower():
        unmarked = _per_mille(unmarked, notes)
    unmarked = _glued_degrees(unmarked, notes)
    s = clean(unmarked)
    if not s:
        return ParsedValue(status=UNPARSED, note="no value stated")
    fraction_of_unit = _FRACTION_OF_UNIT.search(s)
    s, word_notes = words_to_digits(s)
    notes.extend(word_notes)
    s = _multiplier_alone(s, notes)
    repeated = _REPEATED_NOUN.search(s)
    if repeated and (repeated["j"] != "and" or re.search(r"\bbetween\s+\S*$", s[: repeated.start()])):
        # "between 20 cents and 40 cents": one range, its noun said twice ("300 people and 400 people": two figures)
        s = s[: repeated.start()] + s[repeated.end() :]
        notes.append(f"'{repeated['w']}' after both numbers: taken as said once")
    qs = quantities(s)
    if not qs:
        return _vague(s, notes)
    if fraction_of_unit:
        doubts.append(f"'{fraction_of_unit.group()}' is a fraction of a unit of measure, not a share")
    if re.search(r"\d_\d", s):
        doubts.append("an underscore inside a number is not a printed separator")
    _mark_levels_and_dates(s, qs)
    values = [q for q in qs if q.kind == "value"]
    if not values:
        return ParsedValue(status=UNPARSED, note="no quantity found (only dates, spans of time or interval levels)")
    skeleton = _skeleton(s, qs)
    unread = _unread_digits(skeleton)
    if unread:
        doubts.append("numbers not read: " + ", ".join(f"'{u}'" for u in unread))
    for q in values:
        doubts.extend(_word_after_doubts(s, q) + _scale_doubts(s, q) + _not_a_value_doubts(s, q))
    loose = _loose_scale(skeleton)
    if loose:  # "Revenue (in millions) 1,234", "Nettoomsättning (mdr) 8,828": the number may be in that scale
        doubts.append(f"'{loose}' in the text is not attached to a number: the number may be in {loose}")
    if _BASE_FIRST.search(skeleton):  # "Murder rates per 100,000 people": a table's heading, no rate stated
        doubts.append(f"'{values[0].raw}' after 'per' or a slash is a rate's base, and no rate is stated before it")
    doubts.extend(_cut_short_doubts(skeleton))
    skeleton, denominator, rate_notes = _rates(skeleton, values)
    skeleton, share = _shares(skeleton, values)
    reading = _structure(skeleton, values, s)
    if denominator is not None:
        if reading.denominator is not None:
            reading.doubts.append("two denominators")
        reading.denominator = denominator
        reading.notes.extend(rate_notes)
        if reading.unit is None:  # a rate is no count: kept apart from counts, and held to the unit column
            reading.unit = f"per {_fmt(denominator)}"
    if share is not None:
        _check_share(reading, *share)
    reading.notes[:0] = notes
    reading.doubts[:0] = doubts
    if s.count("(") != s.count(")") or s.count("[") != s.count("]"):
        reading.doubts.append("unbalanced brackets")
    _read_flag_and_tons(reading, s, str(text))
    _read_m(reading, str(text))
    for q in values:
        if q.style == "decimal comma":
            tail = q.raw.rpartition(",")[2]
            if len(tail) > 2 or set(tail) == {"0"}:
                reading.doubts.append(f"'{q.raw}' may be a decimal comma or a slip in the grouping")
            else:
                reading.notes.append(f"'{q.raw}' read with a decimal comma")
        if DOTTED_THOUSANDS.fullmatch(q.raw) and (not q.has_scale or q.raw.endswith("0")):
            reading.doubts.append(dotted_doubt(q.raw))
        if len(values) == 1 and re.match(r"0\d", q.raw):  # the U.S. Geological Survey's "04": 0 and footnote 4
            reading.doubts.append(
                f"'{q.raw}' begins with a zero: a code, or a figure with a footnote number run into it"
            )
        if re.fullmatch(r"\d{4,},\d{3}", q.raw):
            reading.doubts.append(f"'{q.raw}' groups its digits in a way that may be a decimal comma")
    return _check(reading, qs)


#: Words after a number that may be a scale this reader does not read: an abbreviation ("$5 mil", "5 mkr", Danish
#: "3 mia.", French "12 Md", a letter "114.38 T." - trillion or tonnes), a misspelt scale word ("76 bilion", "2
#: milion"), or a scale word in another language ("3 millones", "2 miljard", "5 tysięcy"). Words that only begin like
#: one are not ("30,000 militants", "5 miles", "3 bills", "5 billionaires"). SCALE_LIKE_WORDS is the fast path's
#: wider net (any word that may be one goes to this reader, which decides with _scale_like).
_SCALE_ABBREVIATIONS = frozenset(
    "mil mill mils bil bill bils bl tril trill thou grand md mds me mdr mdkr mkr mia t lk lks lkh".split()
)
#: stems of scale words in other languages (Dutch, Swedish, Portuguese, Polish, Czech, German, Spanish)
_FOREIGN_STEMS = "milj|milh|milió|millón|bilh|bilj|tysi|tisí|tausend|milliard|miliard|millard"
_FOREIGN_SCALE = re.compile(r"(?:" + _FOREIGN_STEMS + r")")
SCALE_LIKE_WORDS = (
    r"(?:(?:mi|bi|tr|th)[a-z]{3,}|(?:" + _FOREIGN_STEMS + r")[a-z]*|" + "|".join(sorted(_SCALE_ABBREVIATIONS)) + ")"
)
#: scale words one letter off which a word is a misspelling of one ("bilion", "thousnd", "miiardy"), in English and
#: in other languages ("millones", "miliardi", "milyar"); two letters off would take "missions" and "billing" too
_NEAR_SCALES = ("million", "millions", "billion", "billions", "trillion", "trillions", "thousand", "thousands",
                "milliard", "milliards", "miliard", "miliardy", "miliardi", "miliardo", "milliarde", "milliarden",
                "milliarder", "millones", "billones", "millionen", "milioni", "miljoen", "miljoner", "miljard",
                "miljarder", "bilion", "biliony", "trilyon", "milyar", "milyon")  # fmt: skip


def _word_after_doubts(s: str, q: Quantity) -> list[str]:
    """What the word right after a number with no scale leaves in doubt: a scale this reader does not read ("76
    bilion", "5 mkr", "114.38-T.-Yen", "6,6 G$"), a scale it does read that the number could not take ("11.94
    Mrd.EUR"), or a word of a script it cannot read ("3万", "1.2兆円", "38.6 مليون")."""
    nxt = _WORD_AFTER.match(s, q.end)
    if q.has_scale or not nxt or not nxt.group(1).isalpha():  # "5%¹": a footnote mark, no word
        return []
    word = nxt.group(1)
    if word[0] in _ORDINAL_SIGNS:  # "82ª": an ordinal (_qualify reads it as a rank)
        return []
    if word in SCALES:  # "11.94 Mrd.EUR": what follows the scale kept the number from taking it
        return [f"'{word}' after {q.raw} is a scale the number could not take (what follows it is not read)"]
    sign_after = s[nxt.end() : nxt.end() + 1]
    if _scale_like(word) or (len(word) == 1 and sign_after and sign_after in _SIGNS):
        return [f"'{word}' after {q.raw} looks like a scale word this reader does not know"]
    if not word.isascii() and any(not unicodedata.name(c, "").startswith("LATIN") for c in word):
        return [f"'{word}' after {q.raw} is in a script this reader does not read: it may be a scale or a unit"]
    return []


def _not_a_value_doubts(s: str, q: Quantity) -> list[str]:
    """A number that is not the value it seems: a heading's thousands ("£000"; not the tail of a number cut by a
    space, "100, 000") and pounds that may be a weight ("30 pounds of rice")."""
    doubts = []
    if re.fullmatch(r"0{3,}", q.raw) and not re.search(r"\d[,.]?\s*$", s[: q.start]):
        doubts.append(f"'{q.text.strip()}' is a heading's thousands ('000), not a value")
    if _POUNDS.search(q.text) and re.match(r"\s+of\b", s[q.end :]):
        doubts.append(f"'{q.text.strip()}' may be money (GBP) or a weight")
    return doubts


#: superscript digits right after a number: a footnote mark ("300¹", "30²") or a power of ten ("10⁶")
_SUPERSCRIPT_AFTER = re.compile(r"(\d[\d.,]*)([\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+)")
_TIMES_TEN = re.compile(r"(?:[×x*]\s*|^|\s)$")
#: reference marks after a figure, as a copy of a Wikipedia table has them: "30,000[1]", "110,920 [14]", "70–85 million
#: [1] [2]", "14,277 [n 1]", "2,983–3,033 [17] [lower-alpha 1]" (a number alone in square brackets, or a note's)
_REFERENCE_MARKS = re.compile(
    r"(?<=[\w%)*+\u2020])((?: ?\[(?:\d{1,3}|[a-z]|(?:n|nb|note|lower-alpha|upper-alpha|lower-roman) \d{1,3})\])+)"
)


#: a vulgar fraction after a whole number or alone: "2½ times" is 2.5 (it was read as 2), "1 ¾ million", "½"
VULGAR_FRACTIONS = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5,
                    "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8}  # fmt: skip
_VULGAR_SIGNS = "".join(VULGAR_FRACTIONS)
_VULGAR = re.compile(r"(?<![\d.,'])(?:(\d{1,6}) ?)?([" + _VULGAR_SIGNS + r"])(?![\d" + _VULGAR_SIGNS + r"])")


def _vulgar_fractions(text: str, notes: list[str], doubts: list[str]) -> str:
    """The text with each vulgar fraction as a decimal ("2½" -> "2.5"), and a note of each; a fraction sign that
    follows digits it cannot join ("30,000½", "2.5½") is a doubt, never left out."""

    def decimal(m: re.Match) -> str:
        x = int(m.group(1) or 0) + VULGAR_FRACTIONS[m.group(2)]
        return f"{x:.8f}".rstrip("0").rstrip(".")

    text = _rewrite(_VULGAR, decimal, text, notes, "fractions")
    left = [c for c in text if c in VULGAR_FRACTIONS]
    if left:
        doubts.append(f"'{left[0]}' beside a number it cannot be joined to")
    return text


#: pence after a whole figure: "20p an hour", "up by 8p to £3.87", "50 pence" (HuffPost UK, 2015-10-01): a sum in
#: pounds, never "10p.m." or "10pm"; "3.5p" and "20 p" may be a statistics office's flag (provisional) after the
#: figure, and are left to the flag's reading
_PENCE = re.compile(r"(?<![\w.,£$€])(\d{1,3})(?:p(?!\.?m\b)|\s?pence)\b(?![.,]?\d)")


def _pence(text: str, notes: list[str]) -> str:
    """The text with each sum in pence written in pounds ("20p" -> "£0.2"), and a note of each."""
    return _rewrite(_PENCE, lambda m: "£" + f"{float(m.group(1)) / 100:.6f}".rstrip("0").rstrip("."), text, notes,
                    "sums in pence")  # fmt: skip


def _rewrite(pattern: re.Pattern, write, text: str, notes: list[str], what: str) -> str:
    """The text with each match of ``pattern`` written as ``write`` gives it, and a note of the first three
    ("'2½' read as 2.5"), then of how many more ``what`` there were."""
    read: list[str] = []

    def each(m: re.Match) -> str:
        out = write(m)
        read.append(f"'{m.group()}' read as {out}")
        return out

    text = pattern.sub(each, text)
    notes.extend(read[:3] + ([f"and {len(read) - 3} more {what}"] if len(read) > 3 else []))
    return text


#: a rate per thousand: "30‰", "30 per mille" (was read as 30, a bare count)
_PER_MILLE = re.compile(r"\s*(?:‰|\bper\s?mille\b)", re.I)


def _per_mille(text: str, notes: list[str]) -> str:
    """The text with "‰" and "per mille" written as "per 1,000", which the rate reading takes."""
    out = _PER_MILLE.sub(" per 1,000", text)
    if out != text:
        notes.append("'‰' (per mille) read as per 1,000")
    return out


def _marks(text: str) -> tuple[str, list[str], list[str]]:
    """The text without the marks that point to a footnote, and the notes and doubts they leave. A superscript
    after a number is a footnote mark ("300¹"; "30²" was read as 302), except after 10 ("10⁶" people is a million,
    not 10): a power, which is left to review. A reference mark glued to a figure ("30,000[1]") is left out."""
    notes: list[str] = []
    doubts: list[str] = []
    if "[" in text:
        marks = _REFERENCE_MARKS.findall(text)
        if marks:
            text = _REFERENCE_MARKS.sub("", text)
            notes.append(f"'{' '.join(m.strip() for m in marks)}' read as reference marks")
    if not text.isascii():
        if any(c in VULGAR_FRACTIONS for c in text):
            text = _vulgar_fractions(text, notes, doubts)
        found = list(_SUPERSCRIPT_AFTER.finditer(text))
        powers = [m for m in found if m.group(1) == "10" and _TIMES_TEN.search(text[: m.start()])]
        if powers:
            doubts.append(f"'{powers[0].group()}' is a power of ten, which this reader does not read as one")
        elif found:
            marks = "".join(m.group(2) for m in found)
            text = _SUPERSCRIPT_AFTER.sub(lambda m: m.group(1), text)
            notes.append(f"'{marks}' after the figure read as a footnote mark")
    return text, notes, doubts


#: a number that may be a decimal or thousands between dots: "30.000" is 30, or 30,000 as much of Europe writes it
DOTTED_THOUSANDS = re.compile(r"[+-]?[1-9]\d{0,2}\.\d{3}")


def dotted_doubt(raw: str) -> str:
    """The doubt a number of DOTTED_THOUSANDS leaves, in words: "'30.000' may be 30 (decimal point) or 30,000 (dots
    between thousands)" (a value text's number, and the value, low and high columns' cells)."""
    x = float(raw)
    return f"'{raw}' may be {_fmt(x)} (decimal point) or {_fmt(x * 1000)} (dots between thousands)"


def _read_flag_and_tons(reading: _Reading, s: str, original: str) -> None:
    """What the whole text says of the reading: a statistics office's flag after the figure ("123.4 e": a note, an
    estimate approximate, a forecast to review), and "mt" as written ("Mt" megatonnes; "MT", "mt" may be metric
    tons, which only the original's case tells)."""
    flag = _FLAG_AFTER.search(s)
    if flag:
        letter = flag.group("f")
        said = f"'{letter}' after the number: a statistics office's flag, {_FLAGS[letter]}"
        if letter == "f":  # a forecast is not a figure as observed
            reading.doubts.append(said)
        else:
            reading.notes.append(said)
            if letter in "es" and reading.qualifier == EXACT:
                reading.qualifier = APPROX
    if reading.unit and reading.unit.startswith("mt"):
        if MEGATONNES.search(original) and not _METRIC_TONS.search(original):
            reading.unit = "M" + reading.unit[1:]
        elif re.search(r"\b(?:thousand|million|billion|lakh|crore)\s+mt", s):
            # "2.4 million mt" (IRIN, 2004): metric tons; 2.4 million megatonnes is more than the Earth's crust yields
            reading.unit = "t" + reading.unit[2:]
            reading.notes.append("'mt' after a scale word read as metric tons")
        else:
            reading.doubts.append(f"'{reading.unit}' may be megatonnes (Mt) or metric tons (MT)")


#: units whose M is a thousand as the oil and gas trade writes it (Mbbl, Mcf; its million is MM) and a million as
#: others read it: the text does not say which
_M_UNITS = {"Mbbl", "Mbbl/d", "Mcf", "Mcf/d", "Mboe", "Mboe/d"}
#: barrels a day with a capital M: a million in BP's outlooks, a thousand in the EIA's older tables (M, MM)
_CAPITAL_MBD = re.compile(r"(?<![A-Za-z])M(?:b/d|bpd|BPD|BD|bd)(?![A-Za-z])")
#: a capital MM after a number, alone or before a currency's code: "$1.5MM", "USD 1.5 MM", "2.3 MMUSD"
_CAPITAL_MM = re.compile(r"\d\s?MM(?=$|[^A-Za-z]|USD|EUR|GBP|CAD|AUD|CHF|JPY)")


def _read_m(reading: _Reading, original: str) -> None:
    """A doubt when the unit's M may be a thousand or a million ("450 Mbbl/d", "12.1 Mb/d"), or a capital MM may be
    millions or millimetres ("$1.5MM" was read as 1.5 mm)."""
    if reading.unit in _M_UNITS or (reading.unit == "mb/d" and _CAPITAL_MBD.search(original)):
        unit = reading.unit if reading.unit in _M_UNITS else _CAPITAL_MBD.search(original).group()
        reading.doubts.append(
            f"'{unit}' may be thousands (the oil and gas trade's M, as in Mbbl and Mcf; its million is MM) or millions"
        )
    if _CAPITAL_MM.search(original):
        reading.doubts.append("'MM' after the number may be millions (as finance writes '$1.5MM') or millimetres")


def _scale_doubts(s: str, q: Quantity) -> list[str]:
    """What a scale the number took leaves in doubt: Polish "bln" is a trillion ("3,94 bln rubli": a decimal comma or
    a Polish word of money), and a "b" apart from the number with no currency may be Eurostat's flag ("123.4 b")."""
    if not q.has_scale:
        return []
    if _BLN.search(q.text) and (q.style or _POLISH.search(s)):
        return [f"'{q.text.strip()}': 'bln' is a billion in English and a trillion (bilion) in Polish"]
    if q.unit is None and _SPACED_B.search(q.text):
        return [f"'{q.text.strip()}': a 'b' apart from the number may be a billion or a table's flag (b: a break in the "
                "series)"]  # fmt: skip
    if q.unit is None and re.search(r"\d \d{3}", q.raw) and re.search(r"\d[a-z]$", q.text):
        # "1 087.4b" (a UN Statistics Division table, its footnote b) was read as 1,087,400,000,000: digits grouped by
        # spaces are a statistics table's, whose letters glued after a figure are its footnotes
        return [f"'{q.text.strip()}': a letter glued to digits grouped by spaces may be a table's footnote mark, "
                "not a scale"]  # fmt: skip
    if q.unit is None and _M_LETTER.search(q.text) and _DIMENSION_AFTER.match(s, q.end):  # "a 3 m tall wall"
        return [f"'{q.text.strip()}': 'm' before a word of size may be metres, not a million"]
    if q.unit is None and _M_OR_K.search(q.text) and _RACE_AFTER.match(s, q.end):
        # "the 100m sprint" was 100,000,000 and "a 10k run" 10,000: a race's length in metres or kilometres
        return [
            f"'{q.text.strip()}': before a race, 'm' or 'k' may be metres or kilometres, not a million or a thousand"
        ]
    return []


def _loose_scale(skeleton: str) -> str | None:
    """A scale word the skeleton holds apart from any number ("in millions", "(mdr)"), if any (a word right after a
    number is _word_after_doubts')."""
    for m in _LETTERS_NOT_AFTER_A_NUMBER.finditer(skeleton):
        word = m.group("w")
        if not m.group("after") and len(word) > 1 and word != "hundred" and (word in SCALES or _misspelt_scale(word)):
            return word
    for m in _BRACKETED_SCALE.finditer(skeleton):  # a table's heading: "Revenue (£m)", "Nettoomsättning (mdr)"
        if not m.group("after") and (m.group("w") in SCALES or _scale_like(m.group("w"))):  # not "0.14 million (M)"
            return m.group("w")
    return None


def _scale_like(word: str) -> bool:
    """Whether ``word``, right after a number with no scale, may be a scale this reader does not read."""
    return word in _SCALE_ABBREVIATIONS or _misspelt_scale(word)


def _misspelt_scale(word: str) -> bool:
    """Whether ``word`` is a scale word of another language or a misspelt one, wherever it stands (an abbreviation
    such as "me" or "bill" is one only right after a number: "told me 30,000", "the bill came to 30,000")."""
    if _FOREIGN_SCALE.match(word):
        return True
    return len(word) >= 5 and any(word[:2] == w[:2] and _within_edits(word, w, 1) for w in _NEAR_SCALES)


def _within_edits(a: str, b: str, n: int) -> bool:
    """Whether ``a`` becomes ``b`` by at most ``n`` letters inserted, deleted or changed (Levenshtein distance)."""
    if abs(len(a) - len(b)) > n:
        return False
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
        if min(row) > n:
            return False
    return row[-1] <= n


_WORD_AFTER = re.compile(r"[\s-]?([^\W\d_]+)")  # "76 bilion", "114.38-T.-Yen", "5 tysięcy", "3万"
_BRACKETED_SCALE = re.compile(r"(?P<after>#\d+\s?)?\((?:in\s+)?(?:[$€£¥]\s?)?(?P<w>[^\W\d_]+)\s?\)")
_LETTERS_NOT_AFTER_A_NUMBER = re.compile(r"(?P<after>#\d+[\s-]?)?(?P<w>[^\W\d_]+)")
_SIGNS = "$€£¥₹₦₽₴৳"
#: "bln": in English a billion; in Polish "bilion", a trillion ("3,94 bln rubli"). Read as a billion unless the
#: number has a decimal comma or the text a Polish word of money
_BLN = re.compile(r"\dbln\b|\sbln\b")
_SPACED_B = re.compile(r"\d b$")
_M_LETTER = re.compile(r"\d ?m$")
#: the one-letter flags of statistics tables (Eurostat's and national offices'), printed after the figure
_FLAGS = {"e": "estimated", "s": "an estimate", "p": "provisional (or pence)", "r": "revised", "u": "low reliability",
          "d": "definition differs", "n": "not significant", "f": "a forecast"}  # fmt: skip
_FLAG_AFTER = re.compile(r"\d %?\s?(?P<f>[" + "".join(_FLAGS) + r"])$")
#: words of size after "m": "3 m tall", "1.2m high", "20m deep", "5m above sea level"
DIMENSION_WORDS = (
    r"tall|high|deep|long|wide|thick|away|apart|above|below|under ?water|underground|in (?:height|length|diameter|"
    r"depth|width)|of (?:height|length|depth|water)|asl|amsl"
)
_DIMENSION_AFTER = re.compile(r"[\s-]?(?:" + DIMENSION_WORDS + r")\b")
_M_OR_K = re.compile(r"\d ?[mkK]$")
#: a race or a swim after its length ("the 100m sprint", "a 10k run", "the 400m hurdles", "the 1500m freestyle")
RACE_WORDS = (
    r"sprint|dash|hurdles|race|steeplechase|relay|run|runs|walk|swim|freestyle|backstroke|breaststroke|butterfly|"
    r"medley|individual medley|marathon"
)
_RACE_AFTER = re.compile(r"[\s-]?(?:" + RACE_WORDS + r")\b", re.I)
#: "Mt" as written (megatonnes), not "MT" or "mt" (metric tons, in many statistics): in a value text and a unit column
MEGATONNES = re.compile(r"(?<![A-Za-z])Mt(?=CO2|\b)")
_METRIC_TONS = re.compile(r"(?<![A-Za-z])(?:MT|mt)(?=CO2|co2|\b)")
_POLISH = re.compile(r"\b(?:zł|zl|pln|złotych|zlotych|rubli|dol\.)(?!\w)")
_ORDINAL_SIGNS = "ºª"  # "82ª posição", "87º posto"
_UNREAD = re.compile(r"(?<![a-z\d#.,])(?<![a-z]-)\d[\d.,]*")


#: a range or a list cut short: a joining word or sign after the last number and nothing after it but white space,
#: dots or a question mark ("between 10 and", "10,000–", "10,000–?", "30,000 to", "25/", "2,000 or"): the other end
#: is missing, and the number alone is not what was stated (it read as exactly 10,000); "30,000 ±": a margin missing
_CUT_AFTER = re.compile(r"#\d+[^#]*?(?P<j>[-/&±]|\b(?:to|and|or|through|thru|till|until|vs|versus)\b)[\s.…?]*$")
#: "between" opening the text, before its only number with at most three words between ("between 10", "between
#: about 300"): a range's first end. ("from 300" is the figure before a change: the intake drafts "from 32.96 per cent"
#: beside "21.04 per cent", and a table's "down from 40,000" is doubted as one)
_OPEN_BEFORE = re.compile(r"^\s*between\s+(?:[a-z$€£¥₹~.]+\s*){0,3}#0(?![^#]*#)")
#: a tilde after a number and before no other ("20,000~", "20,000~ (estimated)"): about 20,000, or 20,000 and more (an
#: East Asian table's "from"); read as exactly 20,000
_TILDE_AFTER = re.compile(r"#\d+\s*~(?!\s*[#~])")
#: dots at the start or the end ("1,200...", "...30,000"): a text cut short, whose qualifier or other end may be lost
_ELLIPSIS = re.compile(r"^\s*(?:\.{3}|…)|(?:\.{3}|…)\s*$")


#: "unknown" or "not known" opening the text, with no estimate word before the first number: "Unknown worldwide (1
#: million in Russia)" (a list of epidemics) read as exactly 1,000,000, the count of one country; "unknown (est. 300)"
#: is the estimate of the unknown figure itself
_UNKNOWN_FIRST = re.compile(
    r"^\s*(?P<w>unknown|not known|uncertain)\b(?![^#]*\b(?:est|estimated?|approx|approximately|c|ca|circa|about|around|"
    r"perhaps|possibly|probably|likely|maybe)\b[^#]*#)"
)


def _cut_short_doubts(skeleton: str) -> list[str]:
    """Doubts of a value cut short or questioned: a range with one end, dots at an end, a question mark, a figure after
    "unknown"."""
    doubts = []
    if (unknown := _UNKNOWN_FIRST.search(skeleton)) and "#" in skeleton:
        doubts.append(
            f"'{unknown['w']}' before the figure: the figure may be of a part (one place, one group) or a guess"
        )
    cut = _CUT_AFTER.search(skeleton)
    if cut:
        joiner = cut.group("j")
        missing = "a margin" if joiner == "±" else "the other end of a range"
        doubts.append(f"'{joiner}' after the last number and nothing after it: {missing} may be missing")
    elif _OPEN_BEFORE.search(skeleton):
        doubts.append("'between' before the only number: the other end of the range may be missing")
    if _TILDE_AFTER.search(skeleton):
        doubts.append("'~' after the number: 'about', or 'and more' as some tables print it")
    if _ELLIPSIS.search(skeleton):
        doubts.append("dots at an end of the text: it may be cut short")
    if "?" in skeleton:
        doubts.append("a question mark: the figure, or one end of it, is in doubt")
    return doubts


def _unread_digits(skeleton: str) -> list[str]:
    """Digits left in the skeleton that are not part of a name: numbers the structure cannot account for."""
    return [m.group() for m in _UNREAD.finditer(re.sub(r"#\d+", "#", skeleton))]


#: "per 1,000", "deaths/1,000", "6.87 deaths for every 1000 live births" (a rate's base)
_RATE = re.compile(r"\s?(?:\bper|\bfor(?=\s+every\b)|(?<=[a-z])\s?/)\s?(?:every\s)?#(?P<b>\d+)")
#: the first number of the text is a rate's base ("per 1,000 live births", "deaths/1,000"): nothing before it
_BASE_FIRST = re.compile(r"(?:\bper|\bfor(?=\s+every\b)|(?<=[a-z])\s?/)\s?(?:every\s)?#0\b")
_POUNDS = re.compile(r"\bpounds?$")


def _rates(skeleton: str, qs: list[Quantity]) -> tuple[str, float | None, list[str]]:
    """ "5·5 per 1000 people per year", "8.2 births/1,000": a rate's base, taken out as the denominator."""
    for m in _RATE.finditer(skeleton):
        b = qs[int(m.group("b"))]
        if int(m.group("b")) == 0 or b.unit or b.glued or b.value <= 1:
            continue
        if not math.isclose(10 ** round(math.log10(b.value)), b.value):
            continue
        notes = [f"a rate per {_fmt(b.value)}"]
        period = PER_PERIOD_AFTER.match(re.sub(r"#\d+", " ", skeleton[m.end() :]))  # "per 1000 people per year"
        if period:
            notes.append(_period_note(period.group("w")))
        return skeleton[: m.start()] + " per" + skeleton[m.end() :], b.value, notes
    return skeleton, None, []


_SHARE_BRACKET = re.compile(r"#(?P<a>\d+)\s*[(\[]\s*#(?P<p>\d+)\s*[)\]]")


def _shares(skeleton: str, qs: list[Quantity]) -> tuple[str, tuple[Quantity, Quantity] | None]:
    """ "16 699 (59·1%) of the 28 257 deaths": a count with its share in brackets."""
    m = _SHARE_BRACKET.search(skeleton)
    if m:
        a, p = qs[int(m.group("a"))], qs[int(m.group("p"))]
        if p.unit == "percent" and a.unit != "percent":
            return skeleton[: m.start()] + f"#{m.group('a')}" + skeleton[m.end() :], (a, p)
    return skeleton, None


def _check_share(r: _Reading, a: Quantity, p: Quantity) -> None:
    if r.value is None or r.denominator is None:
        r.doubts.append(f"a count and a percent ('{p.text.strip()}'): which is the claim is not clear")
    elif abs(100 * r.value / r.denominator - p.value) > 0.6:
        r.doubts.append(f"'{p.text.strip()}' is not {_fmt(r.value)} of {_fmt(r.denominator)}")
    else:
        r.notes.append(f"'{p.text.strip()}' in brackets restates the share")


def _vague(s: str, notes: list[str]) -> ParsedValue:
    for pattern, low, high in VAGUE_AMOUNTS:
        m = pattern.search(s)
        if m:
            notes.append(f"vague amount '{m.group()}' read as {low:,.0f} to {high:,.0f}")
            return ParsedValue(low=float(low), high=float(high), qualifier=VAGUE, note="; ".join(notes))
    garbled = _GARBLED_DIGITS.search(s)
    if garbled:  # "4.000,000", "341.6259.731.5%", "30,000e": digits that make no number as printed
        return ParsedValue(status=UNPARSED, note=f"no number found: '{garbled.group()}' is no number as printed")
    return ParsedValue(status=UNPARSED, note="no number found")


_GARBLED_DIGITS = re.compile(r"\d[\d.,']*[.,]\d[\w.,']*")


#: a span of time the text looks back or ahead over: "in the past 15 years", "over the next two decades"
_PAST_SPAN_BEFORE = re.compile(
    r"\b(?:(?:in|over|during|within|for)\s+the\s+(?:past|last|next|previous|coming|preceding)|within)\s+$"
)
_SPAN_UNIT_AFTER = re.compile(
    r"\s*(?:(?:working|business|calendar)\s+)?(?:years?|months?|weeks?|days?|decades?|hours?|centuries|quarters?)\b"
)


def _mark_levels_and_dates(s: str, qs: list[Quantity]) -> None:
    """The 95 of "95% CI" is an interval level; a year after "in" or a month, and a day before a month, are
    dates. Neither is a quantity of the claim."""
    for i, q in enumerate(qs):
        after = s[q.end :]
        before = s[: q.start]
        if q.unit == "percent" and q.scale == 1 and 50 <= q.number < 100 and not q.glued:
            opened = before.rstrip().endswith(("(", "["))
            nxt = qs[i + 1] if i + 1 < len(qs) else None
            if (
                _LEVEL_AFTER.match(after)
                or _LABEL_BEFORE.search(before)
                or (opened and nxt is not None and re.fullmatch(r"\s*[:,]?\s*", s[q.end : nxt.start]))
            ):
                q.kind = "level"
                continue
        if q.unit is None and q.scale == 1 and not q.glued and q.raw.isdigit():
            if (
                1800 <= q.number <= 2100
                and len(q.raw) == 4
                and (
                    _YEAR_BEFORE.search(before)
                    or _RECORD_AFTER.match(after)
                    or (_A_YEAR.search(before) and _WORD_NEXT.match(after))
                )
                and not _FRACTION_IN.search(before)
            ):
                q.kind = "date"
            elif _YEAR_PAIR.match(s, q.start) or (len(q.raw) in (2, 4) and _YEAR_PAIR_END.search(before)):
                q.kind = "date"  # "2014/2015", "2014/15": a fiscal or school year, no fraction
            elif (
                1 <= q.number <= 31
                and len(q.raw) <= 2
                and (_MONTH_AFTER.match(after) or _DAYS_AFTER.match(after) or _MONTH_BEFORE.search(before))
            ):
                q.kind = "date"  # "12 May", the 10 of "10-12 May" (a span of days), "since January 1"
        if q.unit is None and q.scale == 1 and _PAST_SPAN_BEFORE.search(before) and _SPAN_UNIT_AFTER.match(after):
            q.kind = "span"  # "halved in the past 15 years" (a journal's phrase) read as exactly 15: the span it took


def _skeleton(s: str, qs: list[Quantity]) -> str:
    parts = []
    pos = 0
    n = 0
    for q in qs:
        parts.append(s[pos : q.start])
        if q.kind == "value":
            parts.append(f"#{n}")
            n += 1
        else:
            parts.append("L" if q.kind == "level" else "D")
        pos = q.end
    parts.append(s[pos:])
    return "".join(parts)


def _structure(skeleton: str, qs: list[Quantity], s: str) -> _Reading:
    top = _outside_brackets(skeleton, ";")
    if len(top) > 1:
        return _fragments(top, qs)
    for name, pattern in _SHAPES:
        m = pattern.match(skeleton)
        if m:
            reading = _SHAPE_READERS[name](m, qs)
            if reading is not None:
                return reading
    return _Reading(
        doubts=[f"{len(qs)} numbers whose relation is not clear: " + ", ".join(f"'{q.text.strip()}'" for q in qs)]
    )


def _outside_brackets(skeleton: str, sep: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(skeleton):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == sep and depth == 0:
            parts.append(skeleton[start:i])
            start = i + 1
    parts.append(skeleton[start:])
    return [p for p in parts if p.strip()]


_FRAGMENT_INTERVAL = re.compile(r"^\s*(?:and\s*)?" + _LABEL_PART + r"#(?P<b>\d+)\s*(?:-|to|,|and)\s*#(?P<c>\d+)\s*$")


def _fragments(parts: list[str], qs: list[Quantity]) -> _Reading:
    """A point, then "; range a to b" (or "; 95% CI a-b"): one quantity in several fragments."""
    first = None
    for name, pattern in _SHAPES:
        m = pattern.match(parts[0])
        if m:
            first = _SHAPE_READERS[name](m, qs)
            if first is not None:
                break
    if first is None or first.doubts:
        return _Reading(doubts=["several fragments joined by ';' that could not be read as one quantity"])
    for part in parts[1:]:
        m = _FRAGMENT_INTERVAL.match(part)
        if not m or first.qualifier in (RANGE, VAGUE) or first.value is None:
            return _Reading(doubts=[f"'{part.strip()}' after ';' is not an interval of the figure before it"])
        point = _Reading(value=first.value, unit=first.unit)
        reading = _with_interval(point, qs[int(m.group("b"))], qs[int(m.group("c"))], first.value, None)
        reading.notes[:0] = first.notes + ["interval from the fragment after ';'"]
        first = reading
    return first


def _quantity_unit(*qs: Quantity) -> tuple[str | None, list[str]]:
    units = {q.unit for q in qs if q.unit}
    if len(units) > 1:
        return None, ["numbers in different units: " + ", ".join(sorted(units))]
    return (units.pop() if units else None), []


def _carry_scale(a: Quantity, b: Quantity) -> None:
    """ "20 to 30 thousand", "2·9–3·9 million": a scale after the second number carries to the first."""
    if not a.has_scale and b.has_scale and a.number < b.number:
        a.scale = b.scale


def _with_interval(r: _Reading, lo: Quantity, hi: Quantity, point: float, point_q: Quantity | None) -> _Reading:
    _carry_scale(lo, hi)
    low, high = lo.value, hi.value
    if point_q is not None and point_q.has_scale and not lo.has_scale and not hi.has_scale:
        scaled = (tidy(lo.number * point_q.scale), tidy(hi.number * point_q.scale))
        if scaled[0] <= point <= scaled[1] and not (low <= point <= high):
            low, high = scaled
            r.notes.append("interval bounds take the point's scale")
    unit, doubts = _quantity_unit(*(q for q in (point_q, lo, hi) if q is not None))
    r.unit = r.unit or unit
    r.doubts.extend(doubts)
    r.low, r.high, r.value, r.qualifier = low, high, point, RANGE
    if low > high:
        r.doubts.append(f"reversed interval: low {_fmt(low)} is above high {_fmt(high)}")
    elif not (low <= point <= high):
        r.doubts.append(f"the point {_fmt(point)} lies outside its interval {_fmt(low)} to {_fmt(high)}")
    return r


def _shape_interval(m: re.Match, qs: list[Quantity]) -> _Reading | None:
    if bool(m.group("open")) != bool(m.group("close")):
        return None
    if not m.group("open") and not m.group("label"):
        return None
    if m.group("mid").strip() and not m.group("open"):
        return None
    if re.search(r"\b(?:or|and|to|up|down|from)\b", m.group("intail") or ""):
        return None
    a, b, c = (qs[int(m.group(k))] for k in "abc")
    r = _Reading()
    r = _with_interval(r, b, c, a.value, a)
    _qualify(r, m.group("pre"), m.group("post"), a, interval=True)
    summary = _SUMMARY_BEFORE.search(m.group("pre") + m.group("mid"))
    label = (m.group("label") or "").strip(" :,=").lower()
    if summary and (not label or _SPREAD_LABEL.fullmatch(label)):
        # "median age 34 (range 18-72)", "a median of 12 days (7-20)": the data's spread, not the estimate's interval
        r.doubts.append(
            f"bounds after {_a(summary.group('w').lower())}"
            + (f" labelled '{label}'" if label else " with no label")
            + f": {SPREAD_NOTE}"
        )
    return r


def _shape_margin(m: re.Match, qs: list[Quantity]) -> _Reading | None:
    if bool(m.groupdict().get("open")) != bool(m.groupdict().get("close")):
        return None
    a, b = qs[int(m.group("a"))], qs[int(m.group("b"))]
    r = _Reading()
    if b.unit == "percent" and a.unit != "percent":
        r.doubts.append(f"a margin of {b.text.strip()} around {a.text.strip()}: relative or absolute is not clear")
        return r
    margin = b.value if b.has_scale or not a.has_scale else tidy(b.number * a.scale)
    r.value, r.low, r.high, r.qualifier = a.value, tidy(a.value - margin), tidy(a.value + margin), RANGE
    r.unit = a.unit or (b.unit if b.unit != "percentage points" else None)
    r.notes.append(f"'±{_fmt(margin)}' read as the interval {_fmt(r.low)} to {_fmt(r.high)}")
    _qualify(r, m.group("pre"), m.group("post"), a, interval=True)
    # "mean 45.2 ± 3.1", "72 patients (age, 76.5 ± 12.5 years)" (PMC5997226): most often the standard deviation of
    # the values; a group's ages have a spread, seldom an interval
    summary = _SUMMARY_BEFORE.search(m.group("pre")) or re.search(r"\b(?P<w>age)\b", m.group("pre"), re.I)
    if summary:
        r.doubts.append(f"'±' after {_a(summary.group('w').lower())}: {SPREAD_NOTE}")
    return r


def _shape_exact(m: re.Match, qs: list[Quantity]) -> _Reading | None:
    """ "over 600,000 (601,027)": the bracket gives the exact figure the words round."""
    a, b = qs[int(m.group("a"))], qs[int(m.group("b"))]
    r = _Reading(value=a.value)
    _qualify(r, m.group("pre"), m.group("post"), a, interval=False)
    stated = r.qualifier
    r.value, r.low, r.high = a.value, None, None
    unit, doubts = _quantity_unit(a, b)
    r.unit, r.doubts = unit, doubts
    av, bv = a.value, b.value
    fits = {
        AT_LEAST: bv >= av,
        AT_MOST: bv <= av,
        APPROX: abs(bv - av) <= 0.1 * abs(av),
        EXACT: math.isclose(bv, av, rel_tol=0.01),
    }.get(stated, False)
    if not fits:
        r.doubts.append(f"'{b.text.strip()}' in brackets after '{a.text.strip()}': not clearly the same figure")
        return r
    if math.isclose(bv, av, rel_tol=1e-9):  # "about one hundred and sixty-four (164)": the same words in digits
        r.notes.append(f"'{b.text.strip()}' in brackets restates the figure")
        return r
    r.value, r.low, r.high, r.qualifier = bv, None, None, EXACT
    r.notes.append(f"'{b.text.strip()}' in brackets read as the exact figure")
    return r


CHANGE_WORDS = (
    r"rose|rising|risen|rises|fell|fallen|falling|falls|increased?|increasing|decreased?|decreasing|grew|grown|"
    r"growing|dropped|declined?|declining|jumped|climbed|went|gone|revised|up|down|changed?|cut|raised|lowered|"
    r"shrank|expanded|surged|doubled|halved|slashed|swelled|soared|plunged|plummeted|slumped|tumbled|sank|dipped|"
    # "had leapt from $1.3 billion to $2.6 billion" (The Age, 2023) was drafted as the range 1.3 to 2.6 billion
    r"spiked|ballooned|skyrocketed|rocketed|leapt|leaped"
)
_CHANGE_WORDS = re.compile(r"\b(?:" + CHANGE_WORDS + r")\s*$")
#: Words that make "A to B" two sides of one ratio or tally, not a range: "a ratio of 1 to 4", "odds of 1 to 4", "a
#: vote of 45 to 52", "a 2-to-1 majority", "the score 95-98"
TALLY_WORDS = r"ratios?|odds|scores?|scored|scoreline|tally|majority|voted|votes? of|margin of"
_TALLY_WORDS = re.compile(r"\b(?:" + TALLY_WORDS + r")\b")
#: Words of a fall. A number right after one ("contracted 4.8%", "shrank by 4.5%", "a contraction of 0.9%") or right
#: before one ("a 3.5% drop") is the size of a fall: as a change it is negative, as an amount lost it is not. The
#: text alone does not say which: it is read as said, with FALL_NOTE, and the claim's metric decides
#: (:func:`discrepancy.claims.doubts.doubt_readings`: a "GDP growth" stated as "contracted 4.8%" goes to review,
#: a "territory lost" stated as "shrunk by 12 percent" does not).
FALL_WORDS = (
    r"fell|fallen|falling|falls?|decreased?|decreases|decreasing|declined?|declines|declining|dropped|drops?|dropping|"
    r"down|lowered|shrank|shrunk|shrinks?|shrinking|contracted|contracting|contractions?|slumped|slumps?|plunged|"
    r"plunges?|plummeted|tumbled|sank|slid|dipped|dips?|reduced|reductions?|cut|cuts"
)
#: words right after the number that make it the size of a fall ("a 3.5% drop", "3.5% lower", "30,000 fewer")
FALL_NOUNS = (
    r"drops?|falls?|declines?|decreases?|contractions?|reductions?|slumps?|plunges?|dips?|lower|down|fewer|less"
)
FALL_NOTE = "read as the size of a fall"
#: Words of a rise, the same way: a number right after one ("rose 5%", "grew by 67,800", "an additional 10,000
#: troops", "another 4,000") or right before one ("a 3.5% rise", "30,000 more") is the size of a rise, not the level
#: after it. Read as said, with RISE_NOTE; doubt_readings keeps it under a metric that names a change ("GDP growth",
#: "jobs added") and sends it to review under any other ("members": 10,000 more members is not 10,000 members).
#: "up" is a rise only right before the number ("up 3%", "up by about 3%"), never in "up to 30,000".
RISE_WORDS = (
    r"rose|risen|rises|rising|rise|increased|increases|increasing|increase|grew|grown|grows|growing|growth|"
    r"gained|gains|gaining|gain|jumped|jumps|jump|climbed|climbs|climbing|surged|surges|surge|soared|soars|"
    r"added|adds|adding|additional|extra|a further|another|expanded|expansion"
)
#: words right after the number that make it the size of a rise ("a 3.5% rise", "30,000 more"), but "more or less"
#: (about) and "up to" (a range)
RISE_NOUNS = r"rises?|increases?|gains?|jumps?|surges?|higher|more|up"
RISE_NOTE = "read as the size of a rise"
#: rise words that say only "more of the same change": beside a fall word ("declined another 2%") the change is a fall
_MORE_OF_THE_SAME = {"another", "additional", "extra", "a further"}
#: A multiple ("2.5 times", "a 10-fold rise"): not a count of the things the metric counts, so it reads with unit
#: "times" (kept apart from counts; doubt_readings sends it to review under a unit column that says otherwise).
MULTIPLE = "times"
MULTIPLE_WORDS = r"times|fold"
#: comparatives after a multiple ("3 times higher"), which make it 3 or 4 times as much
MULTIPLE_COMPARATIVES = r"higher|more|greater|larger|bigger|lower|less|fewer|smaller"
_MULTIPLE_AFTER = re.compile(
    r"^\s*-?\s*(?P<w>" + MULTIPLE_WORDS + r")\b(?P<than>\s+(?:" + MULTIPLE_COMPARATIVES + r")\b)?"
)
#: Words before a number that make the claim a multiple of it ("twice the 30,000 estimate", "double 30,000", "more
#: than twice 30,000"): the claim is not the number, and which multiple is meant is the source's to say (review)
MULTIPLIER_WORDS = r"twice|double|triple|treble|thrice|quadruple"
#: Words right before a number that make it a label, not a quantity: "Article 5", "table 3" (a value cell that points
#: to the source's table), "Resolution 2254", "page 12"
IDENTIFIER_WORDS = (
    r"article|art|section|sec|paragraph|para|chapter|page|resolution|unscr|clause|regulation|directive|route|"
    r"highway|flight|room|annex|appendix|table|figure|fig|footnote|note|"
    # a model, a class or a place in a list: "Boeing 737" was read as 737, "a category 5 hurricane" as 5
    r"boeing|model|version|windows|iphone|category|phase|stage|grade|class|type|zone|sector|district|ward|block|gate|"
    r"terminal|platform|channel|apollo|covid"
)
#: Words of a projection or a target: a number after one ("expected to reach 30,000", "projected 30,000", "a target of
#: 30,000", "could reach 30,000") or with one in brackets after it ("30,000 (projected)") is what is foreseen or aimed
#: at, not a figure as observed. Read as said with PROJECTION_NOTE; doubt_readings keeps it under a metric that names a
#: projection or a target ("projected deaths", "emissions target") and sends it to review under any other.
PROJECTION_WORDS = (
    r"expected|expects?|expecting|projected|projections?|projecting|forecasts?|forecasted|forecasting|predicted|"
    r"predicts?|predictions?|(?:target|goal|aim)s?\s+(?:of|is|was|for|to)|aim(?:ed|ing)\s+to|plans?\s+to|"
    r"planned|envisaged|envisages?|scenarios?|(?:could|may|might|will|would|set to|likely to|on track to)\s+"
    r"(?:reach|hit|top)"
)  # not "could" alone ("could be close to 100,000" hedges a figure as observed), nor "targeted" (attacked)
PROJECTION_NOTE = "read as a projection or a target, not a figure as observed"
#: A total for part of a period, counted to date: "971 people so far this year", "at least 243 for the year thus far",
#: "1,850 people drowned ... in the first six months of 2015", "year to date" (published phrases in
#: tests/data/value_phrases.csv). Read as said with SPAN_NOTE; doubt_readings keeps it where the row's as_of gives the
#: period or the metric names the span ("deaths so far in 2024", "year-to-date sales") and sends it to review
#: elsewhere: a total to date beside a whole year's total compares two quantities.
SPAN_NOTE = "read as a total for part of a period"
SPAN_WORDS = (
    r"so\s+far(?:\s+this\s+year)?|to\s+date|year[-\s]to[-\s]date|ytd|thus\s+far|since\s+the\s+(?:start|beginning)\s+of\s+"
    r"(?:the|this)\s+year|(?:in|during|for)\s+the\s+first\s+(?:half|quarter|(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|\d{1,2})\s+(?:months|weeks))(?:\s+of\s+(?:the\s+year|this\s+year|\d{4}))?"
)
_SPAN = re.compile(r"\b(?P<w>" + SPAN_WORDS + r")\b")
#: A rate per period or per person ("30,000 a year", "2,000 per day", "$5 billion annually", "3,000 deaths a week",
#: "$5,000 per capita"): a rate is not a total, and a rate per month is not one per year (the Lancet's Iraq survey gave
#: deaths per 1,000 per year, the IRC's Congo survey per 1,000 per month). Read as said with PER_PERIOD_NOTE and the
#: period; doubt_readings keeps it under a metric or unit column that names the same period ("annual deaths", "deaths
#: per day", "USD per capita") and sends it to review under any other.
PER_PERIOD_NOTE = "read as a rate per"
#: each period's words, as a text or a metric may write them: the nouns ("a year", "per capita", "/day") and the words
#: that say it alone ("annually", "per-capita")
PERIODS = {
    # a change on the same time a period before is a rate per that period: "0.4% month-on-month" is no "0.4%" beside a
    # year-on-year "5.2%" (Zimbabwe's statistics office gave both: Vanguard, 2019)
    "year": (
        r"years?|yrs?|annum",
        r"annual|annually|yearly|annuali[sz]ed|p\.a\.|p/a|year-on-year|year-over-year|year over year|y/y|yoy",
    ),
    "quarter": (r"quarters?", r"quarterly|quarter-on-quarter|quarter-over-quarter|quarter over quarter|q/q|qoq"),
    "month": (r"months?", r"monthly|month-on-month|month-over-month|month over month"),
    "week": (r"weeks?", r"weekly"),
    "day": (r"days?", r"daily"),
    "night": (r"nights?", r"nightly"),
    "hour": (r"hours?|hrs?", r"hourly"),
    "minute": (r"minutes?|mins?", r"per-minute"),
    "second": (r"seconds?|secs?", r"per-second"),
    "person": (r"capita|persons?|heads?|inhabitants?|residents?", r"per-capita"),
}
#: a rate's period in a value text is one ("per year", "per capita"): "per 1,000 persons" is a rate's base
PERIOD_NOUNS = "|".join(nouns.replace("s?", "") for nouns, _ in PERIODS.values())
PERIOD_ADVERBS = "|".join(alone for _, alone in PERIODS.values())
#: after "a": "a year", "a head" ("$500 a head"), but no "a quarter" (a fraction: "down to a quarter or less"), "a
#: person" ("20% of a person's exposure") nor "a second" ("a second wave")
PERIOD_NOUNS_AFTER_A = "|".join(
    n
    for n in PERIOD_NOUNS.split("|")
    if n not in ("quarter", "capita", "person", "inhabitant", "resident", "second", "sec", "min")
)
#: the fast path's trigger (RE2): any word of a period sends a text to this reader ("per" triggers it already)
PERIOD_TRIGGER = (
    r"\b(?:annum|capita|"
    + PERIOD_ADVERBS
    + r")\b|\b(?:a|an|each|every) (?:"
    + PERIOD_NOUNS
    + r")\b|/ ?(?:"
    + PERIOD_NOUNS
    + r")\b|\bp\.a\.|\bp/a\b|\bon the (?:year|quarter|month)\b"
)
#: A rate's period after the number (or after the figure in an article's sentence): "3,000 deaths a week", "kills
#: 40,000 people in the UK each year". At most four words on, none of them a joining word ("a fall of 35% and the
#: lowest annual figure"), and not right after a word that makes the span a time or a total ("30,000 after a year",
#: "six months or a year in jail", "2,000 in just over a year"). "a year" not followed by a word that makes it a time
#: ("a year ago", "a year on", "a year in jail") or a part ("a head of state"); an adverb only before a joining word or
#: a noun of a rate ("$5 million daily in lost revenue", "a 1.9% annual rate"): before any other noun it is an
#: adjective ("262 hourly UAW employees", "250-thousand hourly workers", "the annual pilgrimage"). On lower-case
#: text. The intake reads its sentences with it too.
_NOT_A_RATE_AFTER_A = (
    r"(?!\s+(?:ago|earlier|later|before|after|on|since|from|of|old|long|in\s+(?:jail|prison|custody))\b)"
)
_RATE_AFTER_ADVERB = (
    r"(?![\w'’\-])(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|for|from|to|and|or|but|since|across|between|with|by|over|until|"
    r"rates?|average|total|figures?|growth|increases?|declines?|rises?|falls?|toll|costs?|budgets?|wages?|pay|incomes?|"
    r"salary|salaries|spending|revenues?|sales|output|production|loss|losses|inflation|basis|terms)\b)"
)
_NO_SPAN_BEFORE = "".join(
    rf"(?<!\b{w}\s)"
    for w in ("after", "before", "from", "since", "in", "within", "for", "than", "over", "under", "by", "until", "till",
              "on", "or", "and", "to", "with")
)  # fmt: skip
PER_PERIOD_AFTER = re.compile(
    # no joining word among the words before it: "a fall of 35% and the lowest annual figure" is another clause's
    r"^[\s,]*(?:(?!(?:and|or|but|while|whereas|which|who|that|as)\b)[a-z'][a-z'\-]*[\s,]+){0,4}?"
    + _NO_SPAN_BEFORE
    + r"(?P<w>(?:a|an)\s+(?:"
    + PERIOD_NOUNS_AFTER_A
    + r")(?![\w'’\-])"
    + _NOT_A_RATE_AFTER_A
    + r"|(?:per|each|every)\s+(?:"
    + PERIOD_NOUNS
    + r")(?![\w'’\-])"
    + r"|(?:"
    + PERIOD_ADVERBS
    + r")"
    + _RATE_AFTER_ADVERB
    + r"|/\s?(?:"
    + PERIOD_NOUNS
    + r")(?![\w'’\-]))"
)
#: a change on the same time a period before, in words: "up 5% from a year earlier", "2% on a year earlier", "0.6% on
#: the month", "compared with a year ago" (a rate per that period, as "year-on-year" is)
_CHANGE_ON_A_PERIOD = re.compile(
    r"^\s*(?P<w>(?:on|from|over|than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:(?:a|the)\s+(?:previous\s+|prior\s+)?"
    r"(?P<p>year|quarter|month|week)(?:\s+(?:earlier|before|ago))?))\b"
)
#: "every six seconds", "every 2 minutes": how often something happens, which no count of it is
_EVERY_BEFORE = re.compile(r"\bevery\s*$")
_TIME_UNIT_AFTER = re.compile(r"\s*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b")
#: at the end of the text after a comma, for all of it: "795,000 new strokes in the United States, annually"
_PER_PERIOD_AT_END = re.compile(
    r",\s*(?P<w>(?:a|an|per|each|every)\s+(?:" + PERIOD_NOUNS + r")|" + PERIOD_ADVERBS + r")\s*\.?\s*$"
)
#: before the number: "an annual average of 30,000", "every year, 30,000", "daily 2,000" (not "after a year, 30,000")
PER_PERIOD_BEFORE = re.compile(
    r"(?:^|\b)(?P<w>(?:each|every|per)\s+(?:" + PERIOD_NOUNS + r")|" + PERIOD_ADVERBS + r")"
    r"(?:[\s,]+(?:average|mean|rate|total|toll|figure|number|count|flow|influx|intake|of|an|a|the|some|about|around|"
    r"roughly|nearly|almost|over|more|than|at|least|estimated))*[\s:,]*$"
)


def period_named(words: str) -> str:
    """The period a rate's words name: "a year", "annually", "p.a.", "/yr": year; "per capita": person."""
    word = words.lower().rsplit(None, 1)[-1].lstrip("/ ")
    return next(p for p, (nouns, alone) in PERIODS.items() if re.fullmatch(f"{nouns}|{alone}", word))


def _period_note(words: str, period: str = "") -> str:
    """ "'a year' with the number: read as a rate per year" (the period the words name, unless given)."""
    return f"'{words}' with the number: {PER_PERIOD_NOTE} {period or period_named(words)}"


def rate_words(period: str) -> str:
    """How a metric names a rate per ``period``: "per year", "per capita" (a rate per person)."""
    return "per capita" if period == "person" else f"per {period}"


#: Words right before a number that make it a rank or a place in a list: "ranked 50", "No. 3", "#1" (cleaned to
#: "№ 1"), "number 10" (not "the number 30,000", "total number 30,000"). Read as said with RANK_NOTE; doubt_readings
#: keeps it under a metric that names a rank ("press freedom rank") and sends it to review under any other: #50 is no
#: count of anything.
_RANK_NAMES = r"rank|ranks|ranked|ranking|placed|position|seeded|número|numero|nummer|platz|lugar|puesto|posto"
RANK_WORDS = _RANK_NAMES + r"|number|no|nos|nr"  # the fast path's trigger: any of them sends a text to this reader
RANK_NOTE = "read as a rank or a place in a list"
_RANK_BEFORE = re.compile(
    r"(?:\b(?P<w>" + _RANK_NAMES + r")|(?:^|\b(?:world's|world|at|ranked|is|was|became|becomes|remains|new|as)\s+)"
    r"(?P<num>number)|\b(?P<n>no|nos|nr)\.|(?P<sign>№))\s*$"
)  # "number" names a rank alone or after such words ("World number two"), not in "the total number 30,000"
#: Words right after a number that make it a place in a list: German "26. Platz", "Platz 31" is _RANK_BEFORE's
RANK_NOUNS = r"platz|rang|stelle|place|pozice|pozici|miejsce|posição|puesto"
_RANK_AFTER = re.compile(r"^\.?\s*(?P<w>" + RANK_NOUNS + r")\b")
#: Words right before a number that make it the size of a part of a list: "top 10", "bottom 5" (review)
LIST_PART_WORDS = r"top|bottom"
_LIST_PART_BEFORE = re.compile(r"\b(?P<w>" + LIST_PART_WORDS + r")[\s-]*$")
#: Words that give the number after them a sign: "minus 3" is -3, "a minus 1.3% reading" -1.3%
SIGN_WORDS = r"minus|negative"


def _shape_bounds(m: re.Match, qs: list[Quantity]) -> _Reading | None:
    """ "at least 13 and as many as 46", "as low as 48,000 or as high as 751,000": a range from two bounds."""
    a, b = qs[int(m.group("a"))], qs[int(m.group("b"))]
    _carry_scale(a, b)
    unit, doubts = _quantity_unit(a, b)
    r = _Reading(unit=unit, doubts=doubts)
    if a.value > b.value:
        r.doubts.append(f"reversed bounds: {_fmt(a.value)} comes before the smaller {_fmt(b.value)}")
        return r
    r.low, r.high, r.value, r.qualifier = a.value, b.value, tidy((a.value + b.value) / 2), RANGE
    r.notes.append("a range from a lower and an upper bound")
    if m.group("hedge"):
        r.notes.append("approximate range")
    return r


def _shape_range(m: re.Match, qs: list[Quantity]) -> _Reading | None:
    a, b = qs[int(m.group("a"))], qs[int(m.group("b"))]
    conn = m.group("conn")
    between = bool(m.group("between"))
    r = _Reading()
    if (
        (m.group("between") == "from" and _CHANGE_WORDS.search(m.group("pre")))
        or re.search(r"\bby\s*$", m.group("pre"))
        # "increased 24,100 to 11,592,200": the size of a change and the level after it
        or (conn == "to" and not between and _CHANGE_WORDS.search(m.group("pre")))
    ):
        r.doubts.append(f"a change from '{a.text.strip()}' to '{b.text.strip()}', not a range of estimates")
        return r
    if conn == "/":
        return None  # a fraction: 25/34
    tally = _TALLY_WORDS.search(m.group("pre")) or _TALLY_WORDS.search(m.group("post"))
    if conn == "-" and not between and a.raw == "1" and not a.unit and not b.has_scale and b.number >= 50:
        # "A motor vehicle crash (1-112) vs. a commercial airplane crash (1-96,566)" (the National Safety Council's odds
        # of dying, 2015) was read as the ranges 1 to 112 and 1 to 96,566
        r.doubts.append(f"'{a.text.strip()}-{b.text.strip()}' may be odds of 1 in {b.text.strip()}, not a range")
        return r
    if tally:  # "a ratio of 1 to 4" was read as the range 1 to 4; "a vote of 45 to 52" is a tally, "odds of 1 to 4"
        r.doubts.append(
            f"'{tally.group(0)}' with '{a.text.strip()}' and '{b.text.strip()}': a ratio or a tally, not a range"
        )
        return r
    # "between 10 and 9 billion" was read as 10 to 9,000,000,000, "900 to 1 million" as 900 to 1,000,000: the first
    # number's scale is not said (10 billion, the bounds reversed; 900 thousand); nor in "10 and 20 billion dollars"
    # or "10 or 20 billion", which are no range, and where "10" alone would be drafted as 10
    unscaled = not a.has_scale and b.has_scale and a.number < 1000 and a.unit in (None, b.unit)
    scale_doubt = f"the scale of '{a.text.strip()}' before '{b.text.strip()}' is not clear"
    if conn == "or":
        r.doubts.append(f"alternatives: '{a.text.strip()}' or '{b.text.strip()}'")
        r.doubts.extend([scale_doubt] if unscaled else [])
        return r
    if conn == "and" and m.group("between") != "between":  # "from 10 and 9 billion dollars" (Shana, 2024): no range
        r.doubts.append(f"two numbers joined by 'and': '{a.text.strip()}' and '{b.text.strip()}'")
        r.doubts.extend([scale_doubt] if unscaled else [])
        return r
    if a.glued or (b.glued and b.glued != "+"):
        r.doubts.append(f"a hedge inside a range: '{a.text.strip()}' to '{b.text.strip()}'")
        return r
    if unscaled and a.number >= b.number:
        r.doubts.append(scale_doubt)
        return r
    share, count = (a, b) if a.unit == "percent" else (b, a)
    if share.unit == "percent" and count.unit != "percent" and (count.has_scale or (count is b and b.value > 100)):
        # "10% to 9 million" was read as 10 to 9,000,000 percent: a share and a count, no range
        r.doubts.append(f"'{share.text.strip()}' and '{count.text.strip()}': a share and a count, no range")
        return r
    _carry_scale(a, b)
    unit, doubts = _quantity_unit(a, b)
    r.unit, r.doubts = unit, doubts
    low, high = a.value, b.value
    if low > high:
        r.doubts.append(f"reversed bounds: {_fmt(low)} comes before the smaller {_fmt(high)}")
        return r
    if (
        a.scale == 1.0
        and b.scale == 1.0
        and a.number < 1000
        and float(a.number).is_integer()
        and b.number >= 1000
        and b.number % 1000 == 0
        and b.number / 1000 > a.number
    ):
        r.doubts.append(f"'{a.text.strip()} to {b.text.strip()}' may mean {_fmt(a.number * 1000)} to {_fmt(b.number)}")
        return r
    if (  # "we're up 7-800" (the Lib Dems' press office, as the New Statesman quoted it): 700 to 800, not 7 to 800
        a.scale == 1.0
        and b.scale == 1.0
        and a.number in range(1, 10)
        and b.number in range(200, 1000, 100)
        and b.number / 100 > a.number
    ):
        r.doubts.append(f"'{a.text.strip()} to {b.text.strip()}' may mean {_fmt(a.number * 100)} to {_fmt(b.number)}")
        return r
    if YEAR_LIKE.fullmatch(a.raw) and not YEAR_LIKE.fullmatch(b.raw) and b.value > 2100:
        # "membership fell from 65,038 in 2010 to 42,501 in 2012" cut to "2010 to 42,501": a year, not a bound; and
        # "recorded in 2016 to Sh129 billion" (Business Daily, 2018), read as 2,016 to 129,000,000,000 (its scale)
        r.doubts.append(f"'{a.raw}' before '{b.text.strip()}' may be a year, not the range's low end")
        return r
    r.low, r.high, r.value, r.qualifier = low, high, tidy((low + high) / 2), RANGE
    _qualify(r, m.group("pre"), m.group("post"), b, interval=True)
    if m.group("hedge") and "approximate range" not in r.notes:
        r.notes.append("approximate range")
    return r


def _shape_fraction(m: re.Match, qs: list[Quantity]) -> _Reading | None:
    a, b = qs[int(m.group("a"))], qs[int(m.group("b"))]
    join = m.group("join")
    if a.unit or b.unit or a.glued or b.glued or (a.has_scale and not b.has_scale):
        return None
    if join != "per" and a.value > b.value:
        return None
    if m.group("noun").strip() and "of" not in join:
        return None
    r = _Reading(value=a.value, denominator=b.value)
    if join.strip() == "/" and not (float(a.number).is_integer() and float(b.number).is_integer()):
        # "70.3 / 79.9" (life expectancy of women and of men in one cell, a UN Statistics Division profile) was read
        # as the share 70.3 of 79.9: a slash between decimals joins two figures, it makes no fraction
        r.doubts.append(f"'{a.text.strip()}/{b.text.strip()}' may be two figures side by side, not a fraction")
    if join.strip() == "in" and not b.has_scale and b.raw.isdigit() and YEAR_LIKE.fullmatch(b.raw):
        # "12 in 2015": 12 in the year 2015, or 12 of every 2,015 ("1 in 2500 births")
        r.doubts.append(f"'{a.raw} in {b.raw}' may be {a.raw} in the year {b.raw} or {a.raw} of every {_fmt(b.value)}")
    if "of" in join and not a.has_scale and a.raw.isdigit() and YEAR_LIKE.fullmatch(a.raw) and b.value >= 10 * a.value:
        # "the coal production target in 2022 of 663 million tons" (Kontan, 2023) was read as 2022 of 663 million
        r.doubts.append(f"'{a.raw}' before 'of {b.text.strip()}' may be a year, not a part of the whole")
    if join.strip() == "/" and b.has_scale and not a.has_scale:  # "1/2 million": half a million, or 1 of 2 million
        r.doubts.append(
            f"'{a.raw}/{b.text.strip()}' may be a fraction of the scale ({_fmt(round(a.number / b.number * b.scale))}) "
            f"or {a.raw} of {_fmt(b.value)}"
        )
    _qualify(r, m.group("pre"), m.group("post"), b, interval=False)
    return r


def _shape_single(m: re.Match, qs: list[Quantity]) -> _Reading | None:
    a = qs[int(m.group("a"))]
    pre = m.group("pre")
    r = _Reading(value=a.value, unit=a.unit)
    if pre.rstrip().endswith("±"):  # "± 5,000" alone: a margin without the figure it is around
        r.doubts.append("a margin (±) without the figure it is around")
    sign = _SIGN_BEFORE.search(pre)  # a minus sign or word: "-5", "(−5)", "minus 5", "negative 2.1%"
    if sign:
        r.value = -a.value
        pre = pre[: sign.start()]
    _qualify(r, pre, m.group("post"), a, interval=False)
    return r


_SHAPE_READERS = {
    "interval": _shape_interval,
    "margin": _shape_margin,
    "margin_first": _shape_margin,  # "± 96,000 around 1,613,000": the same reading, the margin said first
    "bounds": _shape_bounds,
    "exact": _shape_exact,
    "range": _shape_range,
    "range_between_words": _shape_range,
    "range_words": _shape_range,
    "fraction": _shape_fraction,
    "single": _shape_single,
}


_SIGN_BEFORE = re.compile(r"(?:^|(?<=[\s(\[:=]))(?:-|(?:" + SIGN_WORDS + r")\b)\s*$")
_SIGN_WORD_BEFORE = re.compile(r"\b(?:" + SIGN_WORDS + r")\s*$")
# the fall word, then at most eight words but "to" (the level after a fall: "fell to 30,000") and "from" (a change
# from one figure to another, read apart): "decreased at an annual rate of 1.5 percent", "fell by about 3%"
_WORDS_TO_THE_NUMBER = r")\b(?:[\s,]+(?!to\b|from\b)[a-z.']+){0,8}[\s:,]*$"
_FALL_BEFORE = re.compile(r"\b(?P<w>" + FALL_WORDS + _WORDS_TO_THE_NUMBER)
# a projection word, then at most six words ("to" too: "expected to reach 30,000"), or one in brackets after the number
_PROJECTION_BEFORE = re.compile(r"\b(?P<w>" + PROJECTION_WORDS + r")\b(?:[\s,]+[a-z.']+){0,6}[\s:,]*$")
_PROJECTION_AFTER = re.compile(
    r"^\s*[(\[]?\s*(?P<w>projected|projections?|forecasts?|forecasted|expected|predicted|targets?|planned|scenarios?)\b"
)  # "30,000 (target)", "586,000–600,000 projected"
_CHANGE_FROM = re.compile(r"\b(?:" + CHANGE_WORDS + r")\b(?:\s+[a-z]+){0,2}\s+from\b[^#]*$")
# the word after the number, or after at most two more words, none of them a joining word ("a 12% year-on-year
# increase", not "5,000 or less" nor "surged 5% after a decline")
_WORDS_BEFORE_NOUN = (
    r"^\s*(?:(?!(?:or|and|after|before|from|since|in|on|of|over|than|to|with|a|an|the)\b)[a-z'][a-z'\-]*\s+){0,2}?"
)
_FALL_AFTER = re.compile(_WORDS_BEFORE_NOUN + r"(?P<w>" + FALL_NOUNS + r")\b")
_RISE_BEFORE = re.compile(r"\b(?P<w>" + RISE_WORDS + _WORDS_TO_THE_NUMBER)
_MULTIPLIER_BEFORE = re.compile(r"\b(?P<w>" + MULTIPLIER_WORDS + r")\b(?:\s+(?!to\b|from\b)\S+){0,6}?[\s:,]*$")
_IDENTIFIER_BEFORE = re.compile(r"\b(?P<w>" + IDENTIFIER_WORDS + r")\.?\s*$")
_UP_BEFORE = re.compile(r"\b(?P<w>up)(?:\s+by)?(?:\s+(?!to\b)(?:" + PREFIX_ALTS + r"))?[\s:,]*$")
_RISE_AFTER = re.compile(_WORDS_BEFORE_NOUN + r"(?!more\s+or\s+less\b|up\s+to\b)(?P<w>" + RISE_NOUNS + r")\b")


#: "(434)", and after a currency: "£ (434)", "$(1,200)" (an annual report's loss was read as a gain of £434)
_OPEN_ALONE = re.compile(r"\s*(?:(?:" + CURRENCY_ALTS + r")\s*)?\(\s*", re.I)
#: an estimate named in brackets after the figure, with its year or its maker: "40,000 (2019 est.)", "(July 2018
#: est.)", "(est. 2014)", "(UN estimate)": the figure is approximate (the year in it is a date: DATE_WORDS, RECORD_WORDS)
#: a word of approximation alone in brackets after the figure: "20,000 (about)", "20,000 (c.)" (read as exactly 20,000)
_APPROX_IN_BRACKETS = re.compile(r"^\s*[(\[]\s*(?P<s>about|around|roughly|approximately|approx|circa|ca|c)\.?\s*[)\]]")
_ESTIMATE_IN_BRACKETS = re.compile(r"^\s*[(\[][^()\[\]]*?\b(?P<s>est|estimated?|estimates)\b\.?[^()\[\]]*[)\]]")
#: a number written as a year (four digits, 1800-2099): "2010 to 42,501" is a year before a count
YEAR_LIKE = re.compile(r"1[89]\d\d|20\d\d")
_CLOSE_ALONE = re.compile(r"\s*\)\s*(?:%|percent|per ?cent)?\s*")
_FOOTNOTE_OPEN = re.compile(r"\S\[\s*$")


def _qualify(r: _Reading, pre: str, post: str, last: Quantity, *, interval: bool) -> None:
    """The qualifier words before the number(s), after them, or glued to the last one; the figure before a change
    and a sign word before a range or a fraction (doubts); a fall or a rise stated by its size (a note, FALL_NOTE or
    RISE_NOTE; both at once: doubts)."""
    # "(78.7)%", "(1,234)": a negative number in accounts ("(1.719 million)", with a scale word, is an aside)
    if _OPEN_ALONE.fullmatch(pre) and _CLOSE_ALONE.fullmatch(post) and not last.has_scale:
        r.doubts.append("a number in parentheses alone: in accounts, a negative number")
    if re.match(r"-?somethings?\b", post):  # "30-something" was read as 30: any number of the thirties
        r.doubts.append(f"'{_fmt(last.number)}-something': any number of that decade, not {_fmt(last.number)}")
    if _FOOTNOTE_OPEN.search(pre) and post.lstrip().startswith("]"):  # "War100,000[1]": a footnote mark
        r.doubts.append("a number in brackets glued to the text before it: a footnote mark, not a figure")
    label = _IDENTIFIER_BEFORE.search(pre)
    if label:  # "Article 5", "see table 3": the number names something, it counts nothing
        r.doubts.append(f"'{label.group('w')}' before the number: a label, not a quantity")
    rank = _RANK_BEFORE.search(pre)
    rank_after = _RANK_AFTER.match(post)
    if post.startswith(tuple(_ORDINAL_SIGNS)):  # "82ª posição": an ordinal
        r.notes.append(f"'{post[0]}' after the number: {RANK_NOTE}")
    elif rank_after:  # "Kroatien auf dem 26. Platz"
        r.notes.append(f"'{rank_after.group('w')}' after the number: {RANK_NOTE}")
    elif rank:  # "ranked 50", "No. 3": the claim's metric decides (doubt_readings), as for a fall or a rise
        word = rank.group("w") or rank.group("num") or (rank.group("n") and rank.group("n") + ".") or "#"
        r.notes.append(f"'{word}' before the number: {RANK_NOTE}")
    projection = _PROJECTION_BEFORE.search(pre) or _PROJECTION_AFTER.match(post)
    if projection:  # "expected to reach 30,000": the claim's metric decides (doubt_readings), as for a rank
        r.notes.append(f"'{projection.group('w')}' with the number: {PROJECTION_NOTE}")
    period = PER_PERIOD_AFTER.match(post) or _PER_PERIOD_AT_END.search(post) or PER_PERIOD_BEFORE.search(pre)
    if period and not (r.unit and ("/" in r.unit or r.unit.endswith("pa"))):  # "b/d", "Mtpa": the unit is a rate
        r.notes.append(_period_note(period.group("w")))
    elif basis := _CHANGE_ON_A_PERIOD.match(post):  # "up 5% from a year earlier", "0.6% on the month"
        r.notes.append(_period_note(basis.group("w").strip(), basis.group("p")))
    span = _SPAN.search(post) or _SPAN.search(pre)
    if span:  # "971 people so far this year": a total to date, no whole period's (doubt_readings decides)
        r.notes.append(f"'{span.group('w')}' with the number: {SPAN_NOTE}")
    if _EVERY_BEFORE.search(pre) and _TIME_UNIT_AFTER.match(post):  # "a crime took place every six seconds"
        r.doubts.append(f"'every {last.text.strip()}{_TIME_UNIT_AFTER.match(post).group()}': how often, not a count")
    part = _LIST_PART_BEFORE.search(pre)
    if part:  # "top 10": how many places of a list, not a count of what the metric counts
        r.doubts.append(f"'{part.group('w')}' before the number: the first or last places of a list, not a quantity")
    change = _CHANGE_FROM.search(pre)
    fall = _FALL_BEFORE.search(pre) or _FALL_AFTER.match(post)
    rise = _RISE_BEFORE.search(pre) or _UP_BEFORE.search(pre) or _RISE_AFTER.match(post)
    if fall and rise and rise.group("w") in _MORE_OF_THE_SAME:  # "declined another 2%": a further fall
        rise = None
    if change:  # "down from 40,000": the figure before a change, not the figure now
        r.doubts.append(f"'{change.group(0).strip()}' before the number: the figure before a change")
    elif fall and rise:  # "grew 3% less than forecast": which the number measures is not clear
        r.doubts.append(f"'{fall.group('w')}' and '{rise.group('w')}' with the number: a fall or a rise")
    elif fall:  # the claim's metric decides (doubt_readings): a "territory lost" holds falls as they are said
        r.notes.append(f"'{fall.group('w')}' with the number: {FALL_NOTE}")
    elif rise:  # the claim's metric decides: a "GDP growth" holds rises as they are said, a count of members does not
        r.notes.append(f"'{rise.group('w')}' with the number: {RISE_NOTE}")
    multiplier = _MULTIPLIER_BEFORE.search(pre)
    if multiplier:  # "twice the 30,000 estimate": a multiple of the number, not the number
        r.doubts.append(f"'{multiplier.group('w')}' before the number: the claim is a multiple of it")
    multiple = _MULTIPLE_AFTER.match(post)
    if multiple and not r.unit:
        r.unit = MULTIPLE
        r.notes.append(f"'{multiple.group('w')}' after the number: read as a multiple")
        if multiple.group("than"):  # "3 times higher": 3 times as high, or 3 times higher than it (4 times as high)
            n = last.value
            r.doubts.append(
                f"'{_fmt(n)} {multiple.group(0).strip()}' may mean {_fmt(n)} or {_fmt(n + 1)} times as much"
            )
    # a single number took its sign already (_shape_single); before a range a minus sign is as unclear as the word:
    # "-1 to 2%" was read as 1 to 2% (the sign dropped), "-5 to 5" as 5 to 5
    sign = _SIGN_WORD_BEFORE.search(pre) or _SIGN_BEFORE.search(pre)
    if sign:
        r.doubts.append(f"'{sign.group(0).strip()}' before a range or a fraction: which number it signs is not clear")
    stated = None
    word = ""
    m = _PREFIX_RE.search(pre)
    if m:
        word = m.group("p") or m.group("sign")
        stated, note = PREFIX_INFO[word]
        if note:
            r.notes.append(note)
        if _NEGATION.search(pre[: m.start()]):  # "not over 30,000", "not about 30,000"
            r.doubts.append(f"a negation before '{word}'")
    else:
        negation = _NEGATION.search(pre)
        if negation:  # "not 30,000", "not even 30,000", "hardly 30,000": not the number, and what it is is not said
            r.doubts.append(f"'{negation.group('w')}' before the number: a negation")
    if re.search(r"\bin the\s*$", pre) and re.match(r"\s*range\b", post):
        stated = APPROX
    after = None
    if last.glued:
        after = last.glued, _GLUED_QUALIFIER[last.glued]
    sm = _SUFFIX_RE.match(post)
    if sm:
        after = sm.group("s"), SUFFIXES[sm.group("s")]
    elif not after:
        sm = _ESTIMATE_IN_BRACKETS.match(post) or _APPROX_IN_BRACKETS.match(post)
        if sm:
            after = sm.group("s"), APPROX
    if after:
        if stated in (AT_LEAST, AT_MOST) and after[1] in (AT_LEAST, AT_MOST) and after[1] != stated:
            r.doubts.append(f"'{word}' before and '{after[0]}' after the number pull opposite ways")
        if stated in (AT_LEAST, AT_MOST) and after[1] == APPROX:
            # "Over 5 million estimated" (a list of the largest funerals): an estimated bound, still a bound (it read
            # as about 5 million)
            r.notes.append(f"'{after[0]}' after '{word}': an estimated bound")
        else:
            word, stated = after
    if interval:
        if stated == APPROX:
            r.notes.append("approximate range")
        elif stated in (AT_LEAST, AT_MOST):
            r.doubts.append(f"'{word}' with a range: a bound or a range is not clear")
        return
    if stated == AT_LEAST:
        r.qualifier, r.low, r.value = AT_LEAST, r.value, None
    elif stated == AT_MOST:
        r.qualifier, r.high, r.value = AT_MOST, r.value, None
    elif stated == APPROX:
        r.qualifier = APPROX


#: Units whose values may be below zero (a change in percent, a loss of money); other units count things.
#: Units that are money: the ISO code (or sign) a currency sign, code or word is recorded as
MONEY_UNITS = frozenset(set(CURRENCIES.values()) | set(CURRENCY_WORDS.values()))
SIGNED_UNITS = frozenset({"percent", "percentage points", "%", "°C", "°F"} | MONEY_UNITS)


def _check(r: _Reading, qs: list[Quantity]) -> ParsedValue:
    """The honesty rules, in one place: a reading that breaks one goes to review with its numbers withheld."""
    doubts = list(r.doubts)
    numbers = [x for x in (r.value, r.low, r.high, r.denominator) if x is not None]
    if any(not math.isfinite(x) or abs(x) > MAX_MAGNITUDE for x in numbers):
        doubts.append("a number too large to be a claim (or not finite)")
    elif not doubts:
        if r.low is not None and r.high is not None and r.low > r.high:
            doubts.append(f"low {_fmt(r.low)} is above high {_fmt(r.high)}")
        if r.value is not None and r.low is not None and r.value < r.low and r.qualifier == RANGE:
            doubts.append(f"value {_fmt(r.value)} below its low bound {_fmt(r.low)}")
        if r.value is not None and r.high is not None and r.value > r.high and r.qualifier == RANGE:
            doubts.append(f"value {_fmt(r.value)} above its high bound {_fmt(r.high)}")
        if any(x < 0 for x in numbers) and r.unit not in SIGNED_UNITS:
            doubts.append("a negative number for what may be a count")
        if r.denominator is not None and r.denominator == 0:
            doubts.append("a denominator of zero")
    notes = list(dict.fromkeys(r.notes))  # a rate's period may be found by its base and by its number alike
    for q in qs:
        if q.kind == "level":
            notes.append(f"'{q.text.strip()}' read as the interval's level")
        elif q.kind == "date":
            notes.append(f"'{q.text.strip()}' read as a date")
        elif q.kind == "span":
            notes.append(f"'{q.text.strip()}' read as a span of time, no value")
    if doubts:
        read_as = _describe(r) if numbers and all(math.isfinite(x) for x in numbers) else ""
        parts = ["check: " + "; ".join(doubts)]
        if read_as:
            parts.append("read as " + read_as)
        return ParsedValue(status=REVIEW, unit=r.unit, note="; ".join(parts + notes))
    return ParsedValue(
        value=r.value,
        low=r.low,
        high=r.high,
        qualifier=r.qualifier,
        denominator=r.denominator,
        unit=r.unit,
        note="; ".join(notes),
    )


def _describe(r: _Reading) -> str:
    if r.qualifier == RANGE and r.low is not None and r.high is not None:
        text = f"{_fmt(r.value)} in {_fmt(r.low)} to {_fmt(r.high)}" if r.value is not None else ""
    elif r.qualifier == AT_LEAST and r.low is not None:
        text = f"at least {_fmt(r.low)}"
    elif r.qualifier == AT_MOST and r.high is not None:
        text = f"at most {_fmt(r.high)}"
    elif r.value is not None:
        text = _fmt(r.value)
    else:
        return ""
    if r.denominator is not None:
        text += f" of {_fmt(r.denominator)}"
    return text


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() and abs(x) < 1e21 else f"{x:,.6g}"
