"""The quantities of a sentence: every stated number read with the claims layer's one grammar, and the
numbers that are not claims (years, dates, ages, ordinals, times, model names, page and phone numbers)
set aside with the reason."""

from __future__ import annotations

import re
from dataclasses import dataclass

from discrepancy.claims.grammar import CURRENCY_ALTS, NUMBER, PERCENT, PREFIX_ALTS, SCALE_ALTS
from discrepancy.claims.values import parse_value
from discrepancy.intake.article import MONTHS

NOUN_METRICS = {
    "people": "members", "persons": "members", "members": "members", "member": "members", "men": "members",
    "fighters": "fighters", "militants": "fighters", "gunmen": "fighters", "troops": "troops", "soldiers": "troops",
    "provinces": "provinces", "province": "provinces", "countries": "countries", "nations": "countries",
    "districts": "districts", "civilians": "civilians", "refugees": "refugees", "deaths": "deaths", "dead": "deaths",
    "killed": "deaths", "casualties": "casualties", "wounded": "wounded", "injured": "wounded", "villages": "villages",
}  # fmt: skip


# Quantities in running text are built from the one number grammar (discrepancy.grammar): the same number
# styles, scale words, currencies, percent spellings and qualifier words that parse_value reads.
_QUALIFIER = r"(?:" + PREFIX_ALTS.replace("\\ ", r"\s+") + r")"
_Q = (
    r"(?:(?:"
    + CURRENCY_ALTS
    + r")\s?)?(?:"
    + NUMBER
    + r")(?:[\s-]?(?:"
    + SCALE_ALTS
    + r")(?:[\s-](?:"
    + SCALE_ALTS
    + r"))?\b)?(?:\s?(?:"
    + PERCENT
    + r"))?(?:-odd\b|-plus\b|\+)?"
)
_PHRASE = re.compile(
    r"(?<![\w.,/])(?:(?P<qual>" + _QUALIFIER + r")\s+)?(?:(?P<between>between|from)\s+)?(?P<a>" + _Q + r")"
    r"(?:(?P<join>\s*(?:-|–|—|to|and)\s*|\s+(?:out\s+)?of\s+(?:(?:the|a|its|their|[\w’']+['’]s)\s+){0,3})(?P<b>"
    + _Q
    + r"))?",
    re.I,
)
_PHONE = re.compile(r"\+\d{1,3}(?:[\s-]\(?\d{1,5}\)?){2,}|\(?\d{2,5}\)?(?:[\s-]\d{2,5}){3,}")
_VAGUE = re.compile(r"\b(?:tens of thousands|hundreds of thousands|thousands|hundreds|dozens)\b", re.I)


def _not_a_claim(sentence: str, start: int, end: int, phrase: str) -> str:
    """Why the number at [start, end) of the sentence is not a claim ("" when it may be one)."""
    before = sentence[max(0, start - 25) : start].lower()
    after = sentence[end : end + 25].lower()
    bare = phrase.strip()
    digits = re.sub(r"[^\d]", "", bare)
    if re.search(r"[a-z]-$", before) or re.match(r"^[a-z]", after) and not re.match(r"^(k|m|bn)\b", after):
        return "part of a name or model (such as Su-24M)"
    if re.fullmatch(r"\d{1,2}:\d{2}", bare) or re.match(r"^:\d{2}", after):
        return "a time"
    if re.fullmatch(r"(1[89]|20)\d{2}", bare) or re.fullmatch(r"(1[89]|20)\d{2}\s*[-–]\s*(1[89]|20)?\d{2}", bare):
        return "a year"
    if re.search(r"\b(" + MONTHS + r")\.?\s*$", before) or re.match(r"^\s*(" + MONTHS + r")\b", after):
        return "a date"
    if (
        re.match(r"^(st|nd|rd|th)\b", after)
        or re.match(r"^\s*-?\s*year-old", after)
        or re.search(r"\b(aged|age)\s*$", before)
    ):
        return "an ordinal or an age"
    if re.match(r"^\s*years?\s+old", after):
        return "an age"
    if re.search(
        r"\b(page|p\.|pp\.|no\.|number|resolution|article|section|chapter|room|flight|route|case|ref\.?|#)\s*$", before
    ):
        return "a page or reference number"
    if (
        re.search(r"\b(phone|tel\.?|call|fax)\b[^.]*$", before)
        or re.fullmatch(r"[\d\s()+-]{9,}", bare)
        and len(digits) >= 9
        and " " in bare
    ):
        return "a phone number"
    if re.search(r"\b(on|since|until|by|in|from)\s+(the\s+)?$", before) and re.fullmatch(
        r"(1[89]|20)\d{2}", digits or "x"
    ):
        return "a year"
    if re.match(r"^\s*(days?|hours?|minutes?|weeks?|months?)\b", after) and not re.search(r"\b(for|over)\s*$", before):
        return "a duration"
    return ""


@dataclass
class Found:
    start: int  # in the sentence
    end: int
    value_text: str
    note: str = ""


def quantities(sentence: str) -> tuple[list[Found], list[str]]:
    """The stated quantities of a sentence, and the numbers passed over with the reason."""
    found: list[Found] = []
    skipped: list[str] = []
    taken = [False] * len(sentence)
    phones = [p.span() for p in _PHONE.finditer(sentence)]
    for m in _PHRASE.finditer(sentence):
        a_start, a_end = m.span("a")
        if any(a <= a_start < b for a, b in phones):
            skipped.append(f"{m.group('a')}: a phone number")
            continue
        phrase = m.group(0)
        why = _not_a_claim(
            sentence, a_start, m.end() if m.group("b") else a_end, m.group("a") if not m.group("b") else phrase
        )
        if (
            m.group("b")
            and re.search(r"(1[89]|20)\d{2}\s*[-–]\s*(1[89]|20)?\d{2}$", phrase.strip())
            and not m.group("qual")
        ):
            why = why or "a span of years"
        if why:
            skipped.append(f"{m.group('a')}: {why}")
            continue
        text = phrase.strip().rstrip(".,;:")
        # the words that say what is counted: "80 countries", "34 Afghan provinces"
        tail = re.match(r"(\s+[A-Za-z][\w'’-]*){1,2}", sentence[m.end() :])
        if tail:
            words = tail.group(0).split()
            for n in range(len(words), 0, -1):
                if words[n - 1].lower() in NOUN_METRICS:
                    text += " " + " ".join(words[:n])
                    break
        if parse_value(text).status != "ok":
            skipped.append(f"{text}: not read as a number")
            continue
        found.append(
            Found(
                m.start() if not m.group("qual") else m.start("qual"),
                m.start() + len(phrase.rstrip()) if text == phrase.strip() else m.end(),
                text,
            )
        )
        for i in range(m.start(), m.end()):
            taken[i] = True
    for m in _VAGUE.finditer(sentence):
        if not any(taken[m.start() : m.end()]):
            found.append(Found(m.start(), m.end(), m.group(0), "vague amount"))
    found.sort(key=lambda f: f.start)
    return found, skipped
