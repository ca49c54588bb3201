"""The quantities of a sentence: every stated number read with the claims layer's one grammar, and the
numbers that are not claims (years, dates, ages, ordinals, times, model names, page and phone numbers)
set aside with the reason."""

from __future__ import annotations

import re
from dataclasses import dataclass

from discrepancy.claims.grammar import (
    CHANGE_WORDS,
    CURRENCY_ALTS,
    CURRENCY_CODE_ALTS,
    CURRENCY_WORD_ALTS,
    MEASURE_ALTS,
    MEASURE_UNITS,
    MULTIPLE_COMPARATIVES,
    NUMBER,
    NUMBER_WORDS,
    PERCENT,
    PREFIX_ALTS,
    SCALE_ALTS,
    VULGAR_FRACTIONS,
)
from discrepancy.claims.values import parse_value
from discrepancy.intake.article import MONTHS

NOUN_METRICS = {
    "people": "members", "persons": "members", "members": "members", "member": "members", "men": "members",
    "fighters": "fighters", "militants": "fighters", "gunmen": "fighters", "troops": "troops", "soldiers": "troops",
    "provinces": "provinces", "province": "provinces", "countries": "countries", "nations": "countries",
    "districts": "districts", "civilians": "civilians", "refugees": "refugees", "deaths": "deaths", "dead": "deaths",
    "killed": "deaths", "casualties": "casualties", "wounded": "wounded", "injured": "wounded", "villages": "villages",
    "cases": "cases", "children": "children", "homes": "homes", "houses": "houses", "towns": "towns",
    "pilgrims": "pilgrims", "victims": "victims", "patients": "patients", "protesters": "protesters",
    "marchers": "protesters", "migrants": "migrants", "workers": "workers", "residents": "residents",
}  # fmt: skip
#: nouns that make a number written in words ("four new polio cases", "Two cases") a count worth drafting;
#: a word number before any other word ("two academics", "three times") is prose, not a claim
WORD_COUNT_NOUNS = {*NOUN_METRICS, "person", "child", "case", "death", "soldier", "women", "men", "girls", "boys",
                    "camps", "households", "families", "ships", "aircraft", "vehicles", "officers", "firefighters", "schools",
                    "hospitals", "buildings", "attacks", "strikes", "airstrikes", "incidents", "infections"}  # fmt: skip


# Quantities in running text are built from the one number grammar (discrepancy.grammar): the same number
# styles, scale words, currencies, percent spellings and qualifier words that parse_value reads.
_QUALIFIER = r"(?:" + PREFIX_ALTS.replace("\\ ", r"\s+") + r")"
_Q = (
    r"(?:(?:"
    + CURRENCY_ALTS
    + r")\s?)?(?:"
    + NUMBER
    + r")(?: ?["
    + "".join(VULGAR_FRACTIONS)
    + r"])?(?:[\s-]?(?:"
    + SCALE_ALTS
    + r")(?:[\s-](?:"
    + SCALE_ALTS
    + r"))?\b)?(?:[\s-]?(?:"  # "the 6-percent remittance growth": the percent with it (drafted as 6)
    # "by 3 percentage points" was drafted as "3": the points of a change in a share, or in basis points
    + r"percentage[\s-]points?\b|basis[\s-]points?\b|bps\b|pp\b|"
    + PERCENT
    + r"))?(?:p\b(?!\.?m\b))?"  # pence glued to the figure: "20p an hour" (HuffPost UK), never "10p.m."
    + r"(?:-odd\b|-plus\b|\+)?"
)
_PHRASE = re.compile(
    r"(?<![\w.,/])(?:(?P<qual>" + _QUALIFIER + r")\s+)?(?:(?P<between>between|from)\s+)?"
    # a sign: "a record low at minus 4.5%" (CNNMoney, 2007) and "-3.2%" were drafted as 4.5% and 3.2% (not "plus or
    # minus 3.5 per cent", a margin)
    r"(?P<sign>(?<!plus or )(?<!plus/)(?:minus|negative)\s+|[-\u2212](?=\d))?(?P<a>" + _Q + r")"
    # a noun after both ends of a range: "Between 300 people and 400 people died" was drafted as exactly 400 people
    r"(?:(?P<anoun>\s+(?!(?:and|to|or|of|in|per|out|every)\b)[a-z]{3,})?"
    r"(?P<join>\s*(?:-|–|—|to|(?(between)and|(?!)))\s*|\s+(?:out\s+)?of\s+(?:(?:the|a|its|their|[\w’']+['’]s)\s+){0,3}"
    r"|(?(between)(?!)|\s+in\s+(?:every\s+)?(?=\d)))(?P<b>" + _Q + r")(?(anoun)(?P=anoun)\b))?",
    re.I,
)
#: the numbers in words, longest first ("sixty" before "six")
_NUMBER_WORD_ALTS = "|".join(sorted((w for w in NUMBER_WORDS if w != "zero"), key=len, reverse=True))
_PHONE = re.compile(r"\+\d{1,3}(?:[\s-]\(?\d{1,5}\)?){2,}|\(?\d{2,5}\)?(?:[\s-]\d{2,5}){3,}")
#: three groups of digits or more between spaces that are no number written with spaces between thousands ("12 000
#: 000" is one): "report it to the hotline, 1800 675 888" (The Weekly Times) drafted 675 and 888
_SPACED_GROUPS = re.compile(r"(?<![\d,.])\d{2,5}(?: \d{2,5}){2,}(?![\d,.]\d)")
_THOUSANDS_SPACED = re.compile(r"\d{1,3}(?: \d{3})+")
#: a number in words: "twenty-five", "two hundred", "three million"
_WORD = (
    r"(?:"
    + _NUMBER_WORD_ALTS
    + r")(?:[\s-](?:hundred|thousand|million|billion|dozen|"
    + "|".join(sorted(NUMBER_WORDS[1:20], key=len, reverse=True))
    + r"))*"
)
_WORD_NUMBER = re.compile(
    r"(?<![\w-])(?:(?P<qual>"
    + _QUALIFIER
    + r")\s+)?(?P<w>(?:an?\s+(?:dozen|hundred|million|billion|thousand)|"
    + _WORD
    + r")\b)(?P<tail>\s+(?:percent|per\s?cent|percentage\s+points?|basis\s+points?)\b)?",
    re.I,
)
#: a range in words: "between one and eight percent", "two to three million" (not "from two to three": a change)
_WORD_RANGE = re.compile(
    r"(?<![\w-])(?:(?:"
    + _QUALIFIER
    + r")\s+)?(?:between\s+"
    + _WORD
    + r"\s+(?:and|to)|"
    + _WORD
    + r"\s+to)\s+(?P<second>"
    + _WORD
    # the second end in digits: "Eighty to 90 per cent", "Five to 10 people" (The Daily Monitor, 2013: drafted as
    # exactly 90 per cent)
    + r"|\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\d,.]*\d))\b(?:\s*(?:percent|per\s?cent|%|million|billion|thousand))?",
    re.I,
)
_LISTED_NOUN = re.compile(r"^\s+(?:[a-z]+\s+){0,2}?(?:" + "|".join(sorted(WORD_COUNT_NOUNS)) + r")\b", re.I)
#: plural nouns after a number in words that are prose, not a count to check ("three times", "two sides")
_PROSE_PLURALS = ("times|years|days|nights|weekends|hours|weeks|months|decades|minutes|seconds|ways|things|companies|firms|sides|"
                  "parties|steps|reasons|points|words|teams|occasions|stages|rounds|terms|goals|questions|issues|"
                  "others|ones|pages|chapters|sections|articles|letters|nations|countries|states")  # fmt: skip
_PLURAL_NOUN = re.compile(r"^\s+(?:[a-z]+\s+)?(?!(?:" + _PROSE_PLURALS + r")\b)[a-z]{3,}s\b", re.I)
#: a singular noun and the event that befell it, after "one": "One home was destroyed", "one officer has been injured"
_ONE_BEFALLEN = re.compile(
    r"^\s+(?:[a-z]+\s+)?[a-z]{3,}\s+(?:(?:was|has\s+been|had\s+been|is)\s+(?:\w+\s+)?(?:killed|injured|wounded|"
    r"destroyed|damaged|rescued|arrested|detained|found\s+dead|hurt|hospitali[sz]ed|evacuated|seized|recovered|"
    r"infected|missing|dead|burned|burnt|razed|flattened)"
    # "One miner is known to have died from head injuries" (DW, 2021)
    r"|(?:is|was)\s+(?:known|believed|thought|feared|reported|said)\s+to\s+have\s+(?:died|been\s+killed|drowned))\b",
    re.I,
)
#: what befell those a number in words counts, right after it: "four died", "Three more were later pulled to safety"
_BEFELL_THEM = re.compile(
    r"^\s+(?:more\s+|others?\s+)?(?:(?:have|had|were|are|have\s+been|had\s+been)\s+)?(?:(?:later|also|since|reportedly)\s+)?"
    r"(?:died|killed|injured|wounded|rescued|arrested|hospitali[sz]ed|evacuated|drowned|pulled|freed|detained)\b",
    re.I,
)
#: what those a number in words counts are, right after it, with no noun: "Four are not in the manifest", "only three
#: are listed in the ship's manifest" (The Philippine Star, 2013), "five were from West Bengal", "eight are South
#: Africans"
_ARE_AMONG = re.compile(
    r"^\s+(?:are|were)\s+(?:not\s+|still\s+|now\s+|also\s+|all\s+)?"
    # or a people, in the plural: "South Africans", "Chinese" (not a name: "Two are Paul Smith")
    r"(?:listed|from|in|among|aboard|foreign(?:ers)?\b|(?-i:(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:s|ese))\b)",
    re.I,
)
#: "Two academics from the University estimated ...": a number in words in the speaker's name is no claim
_SPEAKER_AFTER = re.compile(
    r"^[^,.;:]{0,60}?(?<!were )(?<!was )(?<!been )\b(?:said|says|estimated|estimate|told|claimed|claim|believe)\b"
)
#: "killing 10 villagers and injuring five,": a number in words standing for the people just counted
_AFTER_CASUALTY_VERB = re.compile(r"\b(?:killing|killed|injuring|injured|wounding|wounded|including)\s+$", re.I)


#: a share in words that counts part of a whole named with it: "half of them children", "About half the
#: amount", "almost a fifth of that age group", "a rise of a fifth", "half a million"; never "half an hour"
_FRACTION = re.compile(
    r"(?<![\w-])(?:(?P<qual>"
    + _QUALIFIER
    + r")\s+)?(?P<f>(?:(?:an?|one|two|three|four)[\s-])?(?:half|thirds?|quarters?|fifths?)"
    r"(?:(?:\s+(?:of\s+)?an?\s+|[\s-])(?:million|billion|thousand))?)\b",
    re.I,
)
_FRACTION_WHOLE = re.compile(
    # a place and what of it: "More than half of New Zealand's public schools" (EWN, 2019), "half of Nigeria"
    r"^\s+(?:of\s+(?:(?!(?:" + MONTHS + r")\b)(?-i:[A-Z])[\w’'.-]*|"
    r"them|those|the(?!\s+(?:way|time)\b)|all|its|their|these|that|whom|\d|"
    # a plural noun: "Two thirds of smokers said" (Daily Mail, 2008-01-22), never a span of time
    r"(?!(?:years|months|weeks|days|hours|minutes|seconds|decades|centuries|times)\b)[a-z]{3,}s\b)"
    r"|the\s|that\s+amount)",
    re.I,
)
#: a fraction's name after a number in words ("Three quarters of", "two-thirds"): the share is read whole
_FRACTION_AFTER = re.compile(r"^[\s-]+(?:halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)\b", re.I)
#: "One in five", "one out of every 10": the rest of a share after its first number in words; and "eight of every 10
#: deaths" (CBC, 2023, drafted as "10 deaths"), "two of four regions", "Five of our nine hubs", "five of NSW's 21
#: regions" (each drafted as its whole alone). "of the 42" stays two counts ("Twenty-two of the 42"), and a year's
#: possessive is no whole ("two of 2019's storms")
_SHARE_AFTER = re.compile(
    r"^\s+(?:in|out\s+of|of(?=\s+every\b|\s+(?:our|their|its|his|her|(?-i:[A-Z])[\w.-]*['’]s?)\s+(?:\d|[a-z])|\s+\d|"
    r"\s+(?:" + _NUMBER_WORD_ALTS + r")\b))\s+(?:every\s+|(?:our|their|its|his|her|(?-i:[A-Z])[\w.-]*['’]s?)\s+)?"
    r"(?:\d[\d,]*|" + _NUMBER_WORD_ALTS + r")\b(?!['’]s)",
    re.I,
)
#: "in the first half of 2012", "the second quarter": a period of the year, no share
_PERIOD_BEFORE = re.compile(r"\b(?:first|second|third|fourth|last|latter|final|early|late)\s+$", re.I)
_FRACTION_CHANGE = re.compile(r"\b(?:rise|fall|increase|drop|decline|cut|jump|growth)\s+of\s+$|\bby\s+$", re.I)
#: a unit glued to its figure, which no model name is: "135mph winds", "up to 135mph (220km/h)" (The Guardian, 2013),
#: "more than 3000ha of land" (Nine News, 2009), "50kg", "10MW": the grammar's units of measure of two letters or more
#: (a model's letters are no unit: "Su-24M", "A380")
_GLUED_UNIT = re.compile(
    r"^(?:"
    + "|".join(sorted((re.escape(u) for u in MEASURE_UNITS if len(u) > 1 and " " not in u), key=len, reverse=True))
    + r")(?!\w)"
)
#: a unit of measure after its figure and a space: "4.1 million barrels", "1.8 gigawatts", "630 megawatts"
_SPACED_UNIT = re.compile(r"^\s(?:" + MEASURE_ALTS + r")(?![\w/])", re.I)
#: a scale glued to its figure ("5bn", "3mln"), which no model name is either
_GLUED_SCALE = re.compile(r"^(?:k|m|bn|mn|mln)\b")
#: a time of day ("5 p.m.", "0830 UTC", "7:53 am") or a date written with slashes ("01/23/2017")
_CLOCK = re.compile(r"^\s*(?:a\.?m\b\.?|p\.?m\b\.?|am\b|pm\b|utc\b|gmt\b|hrs\b|[:/]\d)", re.I)
_VAGUE = re.compile(
    # "10s of thousands" was drafted as "thousands" (2,000 to 9,999): the digits in the plural are the vague amount's
    r"(?<![\d,.])(?:(?:10|100)s of (?:thousands|millions)|(?:100|1,?000)s(?= of\b))"
    # "hundreds of billions of dollars" (The Fiscal Times, 2018) was drafted as "hundreds" at 0.84: a vague amount is
    # read whole, never its first word before "of billions", and vague money is not drafted (its currency would be lost)
    r"|\b(?:(?:tens|hundreds) of (?:thousands|millions|billions|trillions)|thousands|hundreds|dozens|millions)\b"
    r"(?!\s+of\s+(?:(?:US|U\.S\.)\s+)?(?:" + CURRENCY_WORD_ALTS + r"|thousands|millions|billions|trillions)\b)",
    re.I,
)


#: a temperature with its scale's letter glued on ("56.7C", "101.66F"), in a sentence about heat or cold
_DEGREES_GLUED = re.compile(r"[CF](?!\w|[.,]\w)")
_TEMPERATURE_WORDS = re.compile(
    r"\b(?:temperatures?|heat(?:wave)?|hot(?:test)?|cold(?:est)?|warm(?:est)?|cool(?:est)?|highs?|lows?|degrees|mercury|"
    r"thermometers?|scorching|sweltering|freezing|frost|chill|celsius|fahrenheit|records?|recorded|peaked)\b",
    re.I,
)
#: a label before a number with a letter glued on: "Section 80C", "seat 12F", "Flight 93C" are no temperatures
_LABEL_BEFORE = re.compile(
    r"\b(?:section|form|flight|apartment|apt|seat|room|gate|platform|route|bus|row|unit|suite|article|rule|clause|"
    r"schedule|chapter|grade|level|class|type|model|no)\.?\s*$",
    re.I,
)


def _glued_degrees(sentence: str, end: int) -> bool:
    """Whether the number ending at ``end`` is a temperature printed with its letter glued on ("hit 56.7C", "England's
    current record is 38.5C"): in a sentence about heat, cold or records, after no label ("Section 80C")."""
    if not _DEGREES_GLUED.match(sentence, end) or not _TEMPERATURE_WORDS.search(sentence):
        return False
    number = re.search(r"[-−–]?[\d.]+$", sentence[:end])
    return not (number and _LABEL_BEFORE.search(sentence[: number.start()]))


#: what a good is sold in, and the units of its size: "a 50 kg bag", "a bag of 50 kg"
_PACKAGES = "bag|sack|packet|pack|bottle|cylinder|tin|can|carton|box|container|jar|drum|tank|bundle|crate"
_PACKAGE_UNITS = r"kg|kilo(?:gram)?s?|g|grams?|litres?|liters?|l|ml|lb|lbs|pounds?"


def _not_a_claim(sentence: str, start: int, end: int, phrase: str) -> str:
    """Why the number at [start, end) of the sentence is not a claim ("" when it may be one)."""
    before = sentence[max(0, start - 25) : start].lower()
    after = sentence[end : end + 25].lower()
    bare = phrase.strip()
    digits = re.sub(r"[^\d]", "", bare)
    if re.fullmatch(r"\d+\.0", bare) and re.search(r"\b[A-Z][A-Za-z]+\s$", sentence[max(0, start - 25) : start]):
        return "a version in a name (Mission Poshan 2.0)"  # Mid-day (PTI), 2023-03-29
    size = r"(?:\s+|-)(?:high|tall|deep|long|wide|tidal|storm|surge|waves?|walls?)\b"
    if re.match(r"^m" + size, after) or (re.search(r"\d\s?m$", bare, re.I) and re.match(size, after)):
        return "a size in metres (a 5m tidal surge), no million"  # Mail & Guardian, 2007-11-16
    if (
        re.search(r"[a-z]-$", before)
        and not before.endswith("magnitude-")
        or re.match(r"^[a-z]", after)
        and not _GLUED_SCALE.match(after)
        and not _GLUED_UNIT.match(after)
        and not _glued_degrees(sentence, end)
    ):
        return "part of a name or model (such as Su-24M)"
    if (
        re.fullmatch(r"\d{1,2}:\d{2}", bare)
        or re.match(r"^:\d{2}", after)
        or _CLOCK.match(after)
        or before.endswith(":")
    ):
        return "a time"
    if before.endswith("/"):
        return "a date"
    if re.search(r"(?:\b|(?<=FY)|(?<=fy))(?:1[89]|20)\d{2}[-–/]$", before) and re.fullmatch(r"\d{2}", bare):
        return "a year"  # "the 2015-16 fiscal year" (CBC News), "in FY2017-18" (Dhaka Tribune, 2019): its second year
    if re.search(r"\b(?:" + _WEEKDAYS + r")\s*\($", before) and after.startswith(")"):
        return "a date"  # "released on Wednesday (6)" (Folha de S.Paulo): the day of the month
    counted = re.search(
        r"\b(?:more than|over|at least|nearly|almost|some|up to|fewer than|less than|about|around|roughly)\s+$", before
    ) and re.match(r"^\s+(?:[a-z]+\s+)?(?!(?:years|decades|months|days|weeks|hours)\b)(?:people|[a-z]{3,}s)\b", after)
    # "has grown to 2000 hectares" (News 1130, 2015) was passed over as a year: no year has a unit of measure
    counted = counted or bool(_SPACED_UNIT.match(sentence[end : end + 40]))
    if not counted and (  # "more than 2000 Yazidi victims" (Shafaq News, 2022) is a count, no year
        re.fullmatch(r"(1[89]|20)\d{2}", bare) or re.fullmatch(r"(1[89]|20)\d{2}\s*[-–]\s*(1[89]|20)?\d{2}", bare)
    ):
        return "a year"
    month_before = re.search(r"\b(" + MONTHS + r")\.?\s*$", before)
    # "Since January 36 elephants have been poached" (SAnews, 2016): no month has a 36th day; a year after a month is
    # the year before
    if (month_before and not (re.fullmatch(r"\d+", bare) and 31 < int(bare) < 1000)) or re.match(
        r"^\s*(" + MONTHS + r")\b", after
    ):
        return "a date"
    if re.search(r"\b(?:" + MONTHS + r")\.?\s+\d{1,2}\s*(?:and|to|through|until|till|[-–])\s*$", before) and (
        re.fullmatch(r"\d{1,2}", bare) and int(bare) <= 31
    ):
        return "a date"  # "between Sept. 24 and 29" (The Japan News, 2022): the second day was drafted as 29
    if re.match(r"^\s*(?:" + _HIJRI_MONTHS + r")\b", after, re.I):
        return "a date (of the Islamic calendar)"  # "29 Dzulqa’dah 1437/1 September 2016 (MINA)"
    if re.search(r"\b(?:" + _HIJRI_MONTHS + r")\s*$", before, re.I) and re.fullmatch(r"1[34]\d\d", bare):
        return "a year (of the Islamic calendar)"  # "1 Ramadan 1440"
    if re.search(r"\b(?:" + _PERSIAN_MONTHS + r")\s*$", before, re.I) and re.fullmatch(r"1[34]\d\d", bare):
        return "a year (of the Iranian calendar)"  # "Khordad 1400 equal to June 2021" (Shana, 2024)
    listed = re.search(r"\b(?P<y>(?:1[3-9]|20)\d{2})\s+(?:and|or|to|[-–])\s+$", before)
    if listed and re.fullmatch(r"(?:1[3-9]|20)\d{2}", bare) and 0 < int(bare) - int(listed.group("y")) <= 10:
        return "a year (listed after one)"  # "the Iranian years of 1389 and 1390" (Shana, 2024)
    if (
        re.match(r"^(st|nd|rd|th)\b", after)
        # "16 to 24–year-olds" (Metro, 2011), "18 and 20 year olds" (Deeside.com, 2020)
        or re.match(r"^\s*(?:(?:and|or|to|[-–])\s*\d{1,3}\s*)?[-–]?\s*(?:year|month|week|day)s?[-–\s]olds?\b", after)
        # "women ages 15 to 19" (The Hill, 2014), "workers aged over 25", "those aged between 21 and 24" (Deeside.com)
        or re.search(
            r"\b(aged|age|ages)\s*(?:of\s+)?(?:(?:over|under|between|from|above|below|about|around)\s+)?$", before
        )
        # "children between the ages of five and 16" (Mail & Guardian, 2007): both ages ("aged 12 and 500 women": a
        # count after an age)
        or re.search(r"\bages?\s+of\s+(?:between\s+)?[\w-]+\s+(?:and|to|-|–)\s*$", before)
    ):
        return "an ordinal or an age"
    if re.match(r"^\s*years?\s+old", after):
        return "an age"
    if (
        re.search(r"(?-i:[A-Z])[\w'’-]+\s*\($", sentence[max(0, start - 25) : start])
        and re.match(r"^\)", after)
        and re.fullmatch(r"\d{1,3}", bare)
        and int(bare) <= 110
        and re.search(
            r"\b(?:children|child|boys?|girls?|sons?|daughters?|toddlers?|infants?|babies|aged)\b", sentence, re.I
        )
    ):
        return (
            "an age after a name (Khushboo (4))"  # "Two children, Ratan Singh (5) and Khushboo (4), died" (The Hindu)
        )
    if (
        re.search(
            r"\b(?:women|men|people|children|adults|workers|employees|girls|boys|patients|those)\s+(?:under|over|"
            r"above|below|older than|younger than)\s+$",
            before,
            re.I,
        )
        and re.fullmatch(r"\d{1,3}", bare)
        and int(bare) <= 120
        and not re.match(
            r"^\s*(?:%|per\s?cent|percent|million|billion|thousand|hours?|days?|weeks?|months?)", after, re.I
        )
    ):
        return "an age"  # "for women under 40 and ... all women over 40 in full-time employment" (AOL UK, 2015)
    if re.search(
        r"\b(page|p\.|pp\.|no\.|number|resolution|article|section|chapter|room|flight|route|case|ref\.?|#|grade|"
        # and "Highway 33 is still down to one lane" (News 1130, 2015), drafted as 33
        r"local|phase|stage|tier|ward|gate|platform|terminal|pier|berth|block|lot|highway|interstate|motorway|freeway)"
        r"\s*$",
        before,
    ):
        return "a page, label or reference number (page 5, grade 12, Local 909)"
    if re.search(
        r"\b(?:section|article|rule|clause|regulation|paragraph|para|s\.|art\.)\s*\d+[a-z]?(?:\(\w+\))*\($", before
    ):
        # "contravened Section 27(1)(a) of the Cybercrimes ... Act" (Hallmark News, 2025): the 1 was drafted at 0.84
        return "a subsection of a law (Section 27(1)(a))"
    if (
        re.search(r"\b(phone|tel\.?|call|fax)\b[^.]*$", before)
        or re.fullmatch(r"[\d\s()+-]{9,}", bare)
        and len(digits) >= 9
        and " " in bare
    ):
        return "a phone number"
    if (
        re.search(r"\b(on|since|until|by|in|from)\s+(the\s+)?$", before)
        # the number alone, no year in a phrase's digits: "increasing by 2,000 to 6.241 million" (AOL, 2009-08-20),
        # "in 18 of the country's 34 provinces" (eFeedLink, 2022), "in $20 billion to $40 billion"
        and re.fullmatch(r"(1[89]|20)\d{2}", bare)
    ):
        return "a year"
    if (
        re.search(r"\b(?:in|since|until|by|from|of)\s+$", before)
        and re.fullmatch(r"1\d{3}", bare)
        and re.match(r"^\s*(?:[.,;:)]|$|and\b|when\b|to\b)", after)
    ):
        return "a year"  # "in 1714.": an older year, closing its phrase
    if re.match(
        r"^\s*-?\s*(?:working\s+|business\s+)?(days?|hours?|minutes?|weeks?|months?|years?|decades?)\b"
        r"(?![-\s]+(?:on|over)[-\s]+\w)",  # "48 percent year-on-year" (China Daily, 2015-12-05): a rate, no duration
        after,
    ) and not re.search(r"\bfor\s*$", before):
        return "a duration"  # "20 years", and "the party's 23-year history" (New Statesman, 2013-12-30)
    if re.search(r"\b(?:the|a|in)\s+top[\s-]$", before):
        return "a rank (the top 10), no count"  # "2020 was in the top 10 for rainfall" (Derby Telegraph, 2021)
    if re.match(r"^\s*-?\s*(?:denominations?|notes?\s+denominations?)\b", after) or re.match(
        r"^-(?:rupee|dollar|pound|euro|naira|shilling|peso|rand)\s+(?:notes?|bills?|coins?)\b", after
    ):
        return "a note's face value (Rs 2,000 denomination), no amount"  # India TV News, 2022-01-26
    # and a grade or a make: "a litre of 80-octane gasoline and 92-octane" (Ahram Online, 2022), "22-carat gold", "a
    # six-cylinder engine" (not "a 100-bed capacity", MSF 2015: a claim)
    if re.match(
        r"^-(?:pages?|storey|story|inch|foot|feet|metre|meter|mile|kilometre|kilometer|km|lane|octane|octance|carat|"
        r"karat|cylinder|gauge|ply|block)\b",  # "packed a 20-block area" (Ocala Star-Banner, 2003)
        after,
    ):
        return "a size that describes a thing (a 177-page report)"  # Japan's audit report (Borneo Bulletin, 2019-12)
    if re.search(r"\b(?:an?|each|per|every|one)\s+$", before) and re.match(
        r"^\s?(?:" + _PACKAGE_UNITS + r"|tonnes?|tons?)\s+(?:\w+\s+)?(?:" + _PACKAGES + r")s?\b", after, re.I
    ):
        return "a package's size (a 50 kg bag)"  # "a 50 kg bag of sugar is being sold for Rs 8400" (Startup Pakistan)
    if re.search(r"\b(?:" + _PACKAGES + r")s?\s+of\s+$", before, re.I) and re.match(
        r"^\s?(?:" + _PACKAGE_UNITS + r")\b", after, re.I
    ):
        return "a package's size (a bag of 50 kg)"  # "in a bag of 50 kg sugar" (Startup Pakistan, 2023)
    if re.search(r"\b(?:per|against)\s+(?:one\s+|each\s+)?$", before) and re.fullmatch(r"\D{0,4}1(?:\.00?)?", bare):
        return "the base of an exchange rate (per $1)"  # "8100 soum (as of September 5) per $1" (Silkroadnews, 2017)
    if re.search(r"\b(?:depth|altitude|height|elevation)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$", before):
        return "a depth or height that places something"  # "at a depth of around 885 feet" (Fox News, 2007-03-20)
    if _WHERE.match(sentence[end : end + 60]):
        return "a distance that places somewhere"  # "the town of Oso ..., 95 kilometres north of Seattle"
    if re.search(r"\b[A-Z][\w’'-]+,\s*$", sentence[max(0, start - 40) : start]) and re.match(r"^\s*,", after):
        if re.fullmatch(r"\d{1,3}", bare) and 1 <= int(bare) <= 120:
            return "an age (after a name, in commas)"  # "Tebboune, 78, was widely expected to" (Al-Monitor)
    if (
        re.search(r"\b[A-Z][\w’'-]+\s+[A-Z][\w’'-]+,\s*$", sentence[max(0, start - 40) : start])
        and re.match(r"^\s*(?:[.;]|$)", after)
        and re.fullmatch(r"\d{1,3}", bare)
        and 1 <= int(bare) <= 120
    ):
        return (
            "an age (after a name, at the sentence's end)"  # "Among the dead was Kabita Rani, 50." (Prothom Alo, 2022)
        )
    # "the tankers Volgoneft 212 and Volgoneft 239" (teleSUR, 2024) were drafted as 212 and 239: a vessel's name
    named = re.search(r"\b([A-Z][\w-]+)\s+$", sentence[max(0, start - 40) : start])
    if (
        named
        and re.fullmatch(r"\d{1,4}", bare)
        and re.search(
            r"\b(?:tankers?|ships?|vessels?|boats?|ferry|ferries|trawlers?|freighters?|barges?|tugs?)\s+(?:[A-Z][\w-]*\s+)?"
            + re.escape(named.group(1))
            + r"\s+\d",
            sentence,
            re.I,
        )
    ):
        return "a vessel's name (the tanker Volgoneft 212)"
    # "VANCOUVER (NEWS 1130) –" (News 1130, 2015): a station's name in the dateline (not a sum: "(USD 500)")
    capitals = re.search(r"\(\s*[A-Z]{2,}(?:\s+[A-Z]{2,})*\s+$", sentence[max(0, start - 30) : start])
    if (
        capitals
        and re.match(r"\s*\)", sentence[end:])
        and not re.search(r"\b(?:" + CURRENCY_CODE_ALTS + r")\s+$", capitals.group(), re.I)
    ):
        return "a name in brackets (NEWS 1130)"
    # "wearing an N95 mask" (The New Indian Express, 2022) was drafted as 95 naira: a mask's or filter's standard
    if re.fullmatch(r"K?N\s?\d{2,3}", bare) and re.match(
        r"^s?\s*(?:-type\s+|grade\s+)?(?:masks?|respirators?|filters?)\b", after
    ):
        return "a mask's standard (N95), no sum in naira"
    if re.match(r"^\s+(?i:rifle|pistol|carbine|calibre|caliber|magnum|revolver)\b(?!s)", after) and bare != "1":
        return "a model or calibre (a 303 Rifle)"  # "a shotgun, revolver, 303 Rifle" (The Citizen, 2024)
    return ""


_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
#: "95 kilometres north of Seattle", "30 miles from the border": where a place is, not a claim
_WHERE = re.compile(
    r"^\s*-?\s*(?:km|kilomet(?:re|er)s?|miles?|mi)\)?\s+(?:\((?:[^)]{1,20})\)\s+)?"
    r"(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|from|away|outside|off|inland|offshore)\b",
    re.I,
)
#: number words that, after "the", count the ones just named ("the four leaders", "the two men")
#: a multiple after its figure: "100 times more potent than morphine" (CBC, 2017) and "2.7 times more than the Ministry"
#: (TRT World, 2022) were drafted as the counts 100 and 2.7 at 0.91. The comparative is kept with it: "3 times higher"
#: may mean 3 or 4 times as much, which the reader leaves for review
_MULTIPLE_AFTER = re.compile(r"^(?:\s*-\s*fold\b|\s+times\b(?:\s+(?:" + MULTIPLE_COMPARATIVES + r")\b)?)", re.I)
#: a multiple in words: "about three times its capacity", "four times that figure", "nearly three times as much" (ABC
#: 2018, EWN 2024, Forces News 2016); "three times a week" and "arrested four times" are how often, no multiple
_WORD_MULTIPLE = re.compile(
    r"^(?:\s*-\s*fold\b|\s+times\b(?=\s+(?:more|less|fewer|as|higher|lower|larger|bigger|greater|smaller|faster|"
    r"the|that|this|those|its|their|his|her|our|what|over|above|normal|usual)\b)"
    r"(?:\s+(?:" + MULTIPLE_COMPARATIVES + r")\b(?!\s+(?:than|of)\b\s+(?:a|an|one)\b))?)",
    re.I,
)
#: a multiple in one word: "more than double the rate of inflation", "nearly twice the size of California", "tripled in
#: size", "more than doubled since" (9News 2012, Mail & Guardian 2007, Military.com 2014, The Columbus Dispatch 2013);
#: the corpus labels 30 such as claims and none as no claim. Never "double-digit", "twice a year", "doubled down"
_MULTIPLIER_WORD = re.compile(
    r"(?<![\w-])(?:(?P<qual>" + _QUALIFIER + r")\s+)?(?P<w>(?P<verb>doubled|doubles|doubling|tripled|triples|tripling|"
    r"trebled|trebles|trebling|quadrupled|quadruples|quadrupling)|twice|double|thrice|triple|treble|quadruple)\b"
    r"(?![\s-]*-|\s+(?:down|over|as\s+(?:a|an|the)\b))",
    re.I,
)
#: what may follow "twice" or "double" when it is a multiple: "twice the number", "double that figure", "twice as
#: profitable", "more than twice India's 5"
_MULTIPLIER_THEN = re.compile(
    r"^\s+(?:as|the|that|this|those|its|their|his|her|our|what|last|previous|[A-Z][\w.]*['’]s?\b|\$?\d)", re.I
)
#: doubts of the reader that leave a figure as printed for an analyst to settle, drafted for review rather than passed
#: over: "record 115.4 MT" (Milling and Millers, 2025: million tonnes or metric tons?), "2.951 MTs" (ProPakistani,
#: 2024: 2,951 or 2.951?), "some 06 people" (The Financial Express, 2021: a code or a footnote run in?). Never a
#: figure cut short ("1.250,000": its dotted part alone would read 1.25 or 1,250, both wrong)
_DRAFTED_DOUBTS = ("may be megatonnes", "dots between thousands", "begins with a zero")
_SMALL_COUNTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both"}


@dataclass
class Found:
    start: int  # in the sentence
    end: int
    value_text: str
    note: str = ""


#: "rose from 200 to 300" is a change between two figures, never the range 200-300
_CHANGE = re.compile(
    r"\b(?:" + CHANGE_WORDS + r"|went up|went down)\s+$"
    # the change's size first, then its two ends: "fees increase by $612, from $12,192 to $12,804" (The Daily
    # Californian, 2014) was drafted as one value
    r"|\b(?:" + CHANGE_WORDS + r"|rise|jump|surge|climb|drop|fall|growth)\s+(?:by\s+)?[^,;()]{1,30},\s+$",
    re.I,
)
#: "a sharp rise between September and October 2019 (5.9 percent to 8.1 percent)" (Business Daily, 2020): the two
#: ends of a change in brackets after it, drafted as the range 5.9 to 8.1 percent
_CHANGE_IN_BRACKETS = re.compile(
    r"\b(?:" + CHANGE_WORDS + r"|rise|increase|jump|surge|climb|drop|fall|decline|growth|slump|leap|escalation)\b"
    r"(?:[^.;()\d]|(?<!\d)(?:1[89]|20)\d\d(?!\d)){0,80}\(\s*$",  # no figure between but a year: "... 2019 ("
    re.I,
)


def _two_quantities(m: re.Match) -> bool:
    """Is "A to B" two quantities rather than a range? "rising by 11% to 6,604" is a change and then a level:
    a percent never spans to a count ("20 to 30 percent" is a range: the unit comes once, at the end)."""
    if not m.group("b") or m.group("between"):
        return False
    # "the target in 2022 of 663 million tons" (Kontan, 2023): a year, then a figure, no share of it
    if (
        re.fullmatch(r"(?:1[89]|20)\d\d", m.group("a"))
        and re.match(r"\s+of\b", m.string[m.end("a") :])
        and re.search(r"\b(?:in|since|by|from|until|for|during)\s+$", m.string[: m.start("a")], re.I)
    ):
        return True
    return bool(re.search(PERCENT, m.group("a"), re.I)) and not re.search(PERCENT, m.group("b"), re.I)


def _is_share(text: str) -> bool:
    return bool(re.search(r"(?:^|(?<=[\d\s-]))(?:" + PERCENT + r")", text, re.I))


def _with_noun(sentence: str, text: str, end: int) -> str:
    """The words that say what is counted, when the grammar reads them: "80 countries", "34 Afghan provinces",
    and a currency named after the number ("4.76 billion yuan"), which must never be lost."""
    # a code too: "embezzling 1.5 billion IQD ($1.2 million)" (The Baghdad Post, 2020) lost its currency
    money = re.match(r"\s+(?:" + CURRENCY_WORD_ALTS + r"|" + CURRENCY_CODE_ALTS + r")\b", sentence[end:], re.I)
    if money and parse_value(text + money.group(0)).status == "ok":
        return text + money.group(0)
    # and a unit of measure: "spewed 4.1 million barrels of crude" (Bloomberg, 2010) was drafted as "4.1 million"
    unit = _SPACED_UNIT.match(sentence[end:])
    if unit and parse_value(text + unit.group(0)).unit:
        return text + unit.group(0)
    tail = re.match(r"(\s+[A-Za-z][\w'’-]*){1,2}", sentence[end:])
    if tail:
        words = tail.group(0).split()
        for n in range(len(words), 0, -1):
            participle = words[n - 1].lower() in ("killed", "dead", "wounded", "injured")
            if words[n - 1].lower() in NOUN_METRICS and not (participle and n > 1):  # not "7.1 quake killed"
                longer = text + " " + " ".join(words[:n])
                return longer if parse_value(longer).status == "ok" else text
    return text


#: a score or a tally: "blow away Plymouth 4-0", "Bayern Munich's 4-2 win", "ruled 5-4" (The News, Portsmouth,
#: 2023-04-03); a first figure no smaller than the second is no range, and a result word after it names a score
_SCORE = re.compile(
    r"(?<![\w.,])(?P<a>\d{1,2})\s?[-–]\s?(?P<b>\d{1,2})(?![\w.,%]|\s*(?:per|percent|million|billion|thousand)\b)"
    r"(?P<result>\s+(?:win|wins|victory|defeat|draw|loss|lead|vote|verdict|ruling|decision|scoreline|triumph|"
    r"thrashing|drubbing|rout|aggregate)\b)?"
)


#: the months of the Iranian (solar) calendar, as Iran's English-language outlets spell them ("Khordad 1400")
_PERSIAN_MONTHS = r"farvardin|ordibehesht|khordad|tir|a?mordad|shahrivar|mehr|aban|azar|dey|bahman|esfand"
#: the months of the Islamic calendar, as English-language outlets spell them ("29 Dzulqa’dah 1437", "1 Ramadan")
_HIJRI_MONTHS = (
    r"muharram|safar|rabi\w*(?:[\s-]+(?:al|ul)[\s-]+(?:awwal|thani|akhir))?|jumad[ai]\w*|rajab|sha[’']?ban|"
    r"rama[dz]h?an|shawwal|dh?[uz]l?[’'\s-]*(?:al[\s-]+)?(?:q[ai][’']?dah|hijj?ah)|dzulqa[’']?dah|dzulhijj?ah|zulhijj?ah"
)


def quantities(sentence: str) -> tuple[list[Found], list[str]]:
    """The stated quantities of a sentence, and the numbers passed over with the reason."""
    found: list[Found] = []
    skipped: list[str] = []
    taken = [False] * len(sentence)
    phones = [p.span() for p in _PHONE.finditer(sentence)]
    phones += [p.span() for p in _SPACED_GROUPS.finditer(sentence) if not _THOUSANDS_SPACED.fullmatch(p.group())]
    pos = 0
    age_end = -1  # where the last age passed over ends: an age listed after it is one too
    while (m := _PHRASE.search(sentence, pos)) is not None:
        pos = m.end()
        a_start, a_end = m.start("sign") if m.group("sign") else m.start("a"), m.end("a")
        if any(a <= a_start < b for a, b in phones):
            skipped.append(f"{m.group('a')}: a phone number")
            continue
        score = _SCORE.match(sentence, a_start)
        if score and (int(score["a"]) >= int(score["b"]) or score["result"]):
            skipped.append(f"{sentence[a_start : score.end('b')]}: a score or a tally")
            pos = max(pos, score.end("b"))
            continue
        end = m.end()
        changed = (
            m.group("b") and (m.group("between") or "").lower() == "from" and _CHANGE.search(sentence[: m.start()])
        ) or bool(m.group("b") and not m.group("between") and _CHANGE_IN_BRACKETS.search(sentence[: m.start()]))
        pair = parse_value(m.group(0).strip()) if m.group("b") else None
        # "dropping by 10,200 to 1.45 million" (Metro, 2011-03-16), "will rise by 57p to £3.30" (HuffPost UK): a change
        # by A to the level B, no range; "rise by 5 to 10 percent" stays a range (its ends are of one size)
        changed = changed or bool(
            pair is not None
            and pair.status == "ok"
            and pair.low
            and pair.high
            and pair.high >= 3 * pair.low
            and re.search(r"\bby\s+$", sentence[: m.start()])
        )
        # "1 in 8 deaths" is one share (it was drafted as 1 and as 8 deaths); "5 in 2014" a count and a year
        not_a_share = (
            pair is not None
            and re.fullmatch(r"\s+in\s+(?:every\s+)?", sentence[a_end : m.start("b")]) is not None
            and pair.denominator is None
        )
        # "2-300,000 people", "up 7-800": a range whose first figure may have lost its thousands or hundreds is
        # drafted whole, for review; read as two figures, "300,000 people" was drafted as the claim
        # so is "from 10 and 9 billion dollars" (Shana, 2024), whose "10" alone was drafted as 10
        elided = (
            pair is not None
            and pair.status == "review"
            # "up to Rs. 20-30/bag" (ProPakistani, 2024): read apart, it was drafted as "up to Rs. 20" and 30
            and (
                " may mean " in pair.note
                or "the scale of " in pair.note
                or "a bound or a range is not clear" in pair.note
            )
            and not changed
        )
        if not elided and (_two_quantities(m) or changed or not_a_share or pair is not None and pair.status != "ok"):
            end, pos = a_end, max(m.start("b"), a_end)  # read A alone, then B from where it starts
        alone = bool(m.group("b")) and end == a_end
        # the words read: from the qualifier, else from "between"/"from" of a pair kept whole, else from A
        start = a_start if alone and not m.group("qual") else m.start()
        phrase = sentence[start:end]
        two = end > a_end
        if (
            two
            and re.fullmatch(r"\d{2}", m.group("a"))
            and re.search(r"(?:\b|(?<=FY)|(?<=fy))(?:1[89]|20)\d{2}[-–/]$", sentence[:a_start])
        ):
            # "from 2015-16 to 2017-18": the 16 closes a fiscal year; "16 to 2017" was drafted as a range
            skipped.append(f"{m.group('a')}: a year")
            pos = max(m.start("b"), a_end)
            continue
        why = _not_a_claim(sentence, a_start, end, phrase if two else m.group("a"))
        if (
            not why
            and age_end >= 0
            and re.fullmatch(r"\s*,?\s*(?:and|or)\s+", sentence[age_end:start])
            and re.fullmatch(r"\d{1,3}", m.group("a"))
            and int(m.group("a")) <= 120
        ):
            why = "an age (listed after one)"  # "Women ages 35 to 39 and 40 to 44" (The Hill, 2014)
        age_end = end if why.startswith(("an ordinal or an age", "an age")) else -1
        if (
            two
            and re.search(r"(1[89]|20)\d{2}\s*(?:[-–]|to|and)\s*(1[89]|20)?\d{2}$", phrase.strip())
            and not m.group("qual")
        ):
            why = why or "a span of years"
        if (
            not why
            and found
            and not two
            and re.fullmatch(r"\s*(?:[A-Za-z]+\s+){0,2}per\s+(?:every\s+)?", sentence[found[-1].end : start])
        ):  # "62.9 births per 1,000 women" (The Hill, 2014): the base of the rate before it, drafted as a claim of 1,000
            rate = sentence[found[-1].start : end]
            if parse_value(rate).denominator:
                found[-1] = Found(found[-1].start, end, rate, found[-1].note)
                for i in range(start, end):
                    taken[i] = True
                continue
        if (
            not why
            and found
            # and "537 kilograms of cocaine (1,184 pounds)" (Delaware Online, 2019), drafted in GBP as a claim
            and re.fullmatch(r"\s*(?:[A-Za-z.]+\s*)?(?:of\s+[a-z]+\s*)?\(\s*", sentence[found[-1].end : start])
            # "941,151 people (13.6% growth)" (Aysor, 2014): a share beside a count is no conversion of it
            and _is_share(phrase) == _is_share(found[-1].value_text)
        ):
            why = f"a conversion of {found[-1].value_text} in brackets"
            found[-1].note = (found[-1].note + "; " if found[-1].note else "") + f"also given as {phrase.strip()}"
        if why:
            skipped.append(f"{m.group('a')}: {why}")
            continue
        glued = _GLUED_UNIT.match(sentence[end : end + 30].lower())
        if glued:  # "135mph": the unit is the figure's
            end += glued.end()
            phrase = sentence[start:end]
        elif _glued_degrees(sentence, end):  # "Death Valley hit 56.7C" (Daily Mail, 2017): the scale is the figure's
            end += 1
            phrase = sentence[start:end]
        multiple = _MULTIPLE_AFTER.match(sentence[end:])
        if multiple:  # "100 times more potent", "3 to 5 times": a multiple, never the count 100
            end += multiple.end()
            phrase = sentence[start:end]
            text = phrase.strip()
        else:
            text = _with_noun(sentence, phrase.strip().rstrip(".,;:"), end)
        reading = parse_value(text)
        doubted = (
            reading.status == "review"
            and not re.match(r"[.,]\d", sentence[end:])
            and any(d in reading.note for d in _DRAFTED_DOUBTS)
        )
        if reading.status != "ok" and not ((elided or multiple or doubted) and reading.status == "review"):
            skipped.append(f"{text}: not read as a number")
            continue
        found.append(Found(start, start + len(phrase.rstrip()), text))  # a review's doubt: the draft's value note
        for i in range(start, end):
            taken[i] = True
    for m in _WORD_RANGE.finditer(sentence):
        # "between one and eight percent of gross sales" (Mail & Guardian, 2003) was drafted as exactly eight percent
        overlaps = []
        if m.group("second")[:1].isdigit():  # its second end, read alone before, gives way to it
            overlaps = [f for f in found if f.start < m.end() and m.start() < f.end]
            if not all(m.start("second") <= f.start for f in overlaps):
                continue
        if (
            any(taken[i] and not any(f.start <= i < f.end for f in overlaps) for i in range(m.start(), m.end()))
            or re.search(r"\bfrom\s+$", sentence[: m.start()], re.I)  # "rose from two to three percent": a change
            or (
                re.match(r"\s+(?:" + _PROSE_PLURALS + r")\b", sentence[m.end() :], re.I)  # "two to three years"
                and not _WORD_MULTIPLE.match(sentence[m.end() :])
            )
        ):
            continue
        multiple = _WORD_MULTIPLE.match(sentence[m.end() :])
        # "organizers estimated it at three to five times that size" (Ocala Star-Banner, 2003) was drafted as "five
        # times": a range of multiples is drafted whole
        text = m.group(0) + multiple.group(0) if multiple else _with_noun(sentence, m.group(0), m.end())
        reading = parse_value(text)
        # a range read, or one in doubt ("one to 2,000 people": 1,000 to 2,000?), drafted whole for review
        if (reading.status == "ok" and reading.low is not None and reading.high is not None) or (
            (overlaps or multiple) and reading.status == "review"  # "two to three times more": 2-3 or 3-4 times?
        ):
            for f in overlaps:
                found.remove(f)
                for i in range(f.start, f.end):
                    taken[i] = False
            found.append(Found(m.start(), m.start() + len(text), text))
            for i in range(m.start(), m.start() + len(text)):
                taken[i] = True
    for m in _WORD_NUMBER.finditer(sentence):
        if any(taken[m.start() : m.end()]):
            continue
        if (
            re.match(r"an?\s", m.group("w"), re.I)
            and not m.group("qual")
            and re.search(r"\b(?:half|thirds?|quarters?|fifths?)\s+(?:of\s+)?$", sentence[: m.start()], re.I)
        ):
            # "almost half a million customers" (Business Reporter, 2016) was drafted as "a million": the fraction
            # pass below reads it whole
            continue
        percent = bool(m.group("tail"))
        after = sentence[m.end() :]
        if _FRACTION_AFTER.match(after):  # "Three quarters of all victims": a share (below), never 3
            continue
        if re.search(
            r"\b(?:day|days|week|round|stage|phase|game|match|part|chapter|level|grade|gate|terminal|platform|"
            r"number|no\.)\s+(?:\w+\s+and\s+)?$",
            sentence[: m.start()],
            re.I,
        ):
            skipped.append(f"{m.group('w')}: an ordinal (day one, days two and three)")  # Herald Sun (2024)
            continue
        share = _SHARE_AFTER.match(after)
        if share and not percent:  # "One in five children": one share, never 1 and 5 children
            text = _with_noun(sentence, sentence[m.start() : m.end() + share.end()], m.end() + share.end())
            reading = parse_value(text)
            if reading.status == "ok" and reading.denominator:
                found = [f for f in found if not m.start() <= f.start < m.end() + share.end()]  # its "10" read alone
                found.append(Found(m.start(), m.start() + len(text), text))
                for i in range(m.start(), m.end() + share.end()):
                    taken[i] = True
            else:
                skipped.append(f"{text}: not read as a number")
            continue
        multiple = _WORD_MULTIPLE.match(after)
        if multiple and not percent:  # "about three times its capacity": a multiple, drafted with its word
            text = sentence[m.start() : m.end() + multiple.end()]
            if parse_value(text).status in ("ok", "review"):
                found.append(Found(m.start(), m.start() + len(text), text))
                for i in range(m.start(), m.start() + len(text)):
                    taken[i] = True
            else:
                skipped.append(f"{text}: not read as a number")
            continue
        counted = bool(_LISTED_NOUN.match(after) or _PLURAL_NOUN.match(after)) and not _SPEAKER_AFTER.match(after)
        # "One miner was rescued unharmed", "One home was destroyed at the Purgatory Creek fire" (Bulawayo24 2019, The
        # Northern Star 2019): one of a singular noun that an event befell is a count
        counted = counted or bool(m.group("w").lower() == "one" and _ONE_BEFALLEN.match(after))
        # "four died and 31 had severe symptoms" (The Japan Times, 2013), "Three more were later pulled to safety" (DW,
        # 2021): a count in words with no noun, then what befell those counted
        counted = (
            counted
            or bool(
                _BEFELL_THEM.match(after)
                # "10 percent of children under five died": an age; "No one died": none
                and not re.search(r"\b(?:no|every|any|under|over|aged|above|below)\s*$", sentence[: m.start("w")], re.I)
            )
        )
        # a count in words with no noun that begins its clause, then what those counted are (_ARE_AMONG)
        counted = counted or bool(
            m.group("w").lower() != "one"
            and _ARE_AMONG.match(after)
            and re.search(r"(?:^|[,;:]\s*|\b(?:and|but|while|whilst|whereas|only)\s+)$", sentence[: m.start()], re.I)
        )
        bare = (
            _AFTER_CASUALTY_VERB.search(sentence[: m.start()]) or re.match(r"an?\s+dozen", m.group("w"), re.I)
        ) and (re.match(r"^\s*(?:[,.;]|and\b|$|have\b|were\b|had\b)", after))
        of_count = re.match(r"^\s+of\s+(?:(?:the\s+)?\d|them\b|those\b|whom\b)", after)  # "Twenty-two of the 42"
        # "five of the defendants", "five of the dead", "four of the TurkStat directors" (not "two of the world's")
        of_count = of_count or (
            m.group("w").lower() != "one"
            and re.match(
                # and "two of its main supply dams" (The Herald, 2020)
                r"^\s+of\s+(?:the|its|their)\s+(?:[A-Z][\w-]*\s+|(?:main|major|largest|biggest|key|own|remaining|"
                r"other|top|senior|[a-z]+-[a-z]+)\s+(?:[a-z]+\s+)?)?(?:[a-z]{3,}s|dead|injured|wounded|missing)\b(?!['’])",
                after,
            )
        )
        # "Rescue workers continued to search for four others" (CBS News, 2007), "six others were injured": the others
        # of those just counted
        of_count = of_count or (m.group("w").lower() != "one" and re.match(r"^\s+others\b(?!['’])", after))
        # "13 people were killed in Balochistan, 79 in Khyber Pakhtunkhwa, ..., seven in Gilgit-Baltistan, and two in
        # FATA" (The Express Tribune, 2015): a count in words listed after counts in digits, each of a place
        of_count = of_count or (
            re.match(r"^\s+in\s+(?-i:[A-Z])", after)
            and re.search(
                r"(?:\d[\d,]*|\b(?:"
                + _NUMBER_WORD_ALTS
                + r"))(?:\s+[a-z]+)?\s+in\s+(?-i:[A-Z])[^,;.]*,\s*(?:and\s+)?$",
                sentence[: m.start()],
                re.I,
            )
        )
        # "put the number of those killed at nine" (al Shabaab's spokesman, Reuters 2018-08-08): the figure put
        put_at = re.search(r"\b(?:put|puts|putting|placed|places)\b[^.;]{0,80}\bat\s+$", sentence[: m.start()], re.I)
        if not (percent or counted or bare or of_count or put_at):
            continue
        if _WHERE.match(after):  # "about ten miles east of Guatemala City"
            skipped.append(f"{m.group('w')}: a distance that places somewhere")
            continue
        if (
            re.search(r"\bthe\s+$", sentence[max(0, m.start() - 5) : m.start()], re.I)
            and m.group("w").lower() in _SMALL_COUNTS
            and not re.match(r"^\s+[\w-]+\s+of\b", after)  # "the three provinces of Jiangsu, Fujian and ...": named
        ):
            skipped.append(f"{m.group('w')}: a count of the ones just named")  # "The four leaders were asked"
            continue
        text = (
            sentence[m.start() : m.end()]
            if percent
            else _with_noun(sentence, sentence[m.start() : m.end("w")], m.end("w"))
        ).strip()
        if parse_value(text).status == "ok":
            found.append(Found(m.start(), m.end(), text))
            # the words drafted with it too: "three dozen houses" was drafted again as "dozen houses" (12)
            for i in range(m.start(), max(m.end(), m.start() + len(text))):
                taken[i] = True
    for m in _FRACTION.finditer(sentence):
        if any(taken[m.start() : m.end()]):
            continue
        if _PERIOD_BEFORE.search(sentence[: m.start()]) and re.match(r"(?:half|quarter)\b", m.group("f"), re.I):
            skipped.append(f"{m.group('f')}: a period ('the first half of 2012')")
            continue
        scaled = re.search(r"(?:million|billion|thousand)$", m.group("f"), re.I)
        if scaled:  # "half a million", "a quarter of a million": an amount, drafted with its noun
            text = _with_noun(sentence, sentence[m.start() : m.end()], m.end()).strip()
            if parse_value(text).status == "ok":
                found.append(Found(m.start(), m.end(), text))
                for i in range(m.start(), m.start() + len(text)):
                    taken[i] = True
        elif _FRACTION_WHOLE.match(sentence[m.end() :]) or _FRACTION_CHANGE.search(sentence[: m.start()]):
            text = sentence[m.start() : m.end()]
            if parse_value(text).status == "ok":
                found.append(Found(m.start(), m.end(), text, "a share in words: check what it is of"))
                for i in range(m.start(), m.end()):
                    taken[i] = True
    for m in _MULTIPLIER_WORD.finditer(sentence):
        if any(taken[m.start() : m.end()]):
            continue
        before, after = sentence[: m.start()], sentence[m.end() :]
        if not (
            m.group("verb")
            or _MULTIPLIER_THEN.match(after)
            or (m.group("qual") and re.match(r"\s*(?:[,.;:)]|$)", after))  # "the cost has more than double."
            or re.search(r"\b(?:to|will|would|could|may|might|can|should)\s+(?:\w+ly\s+)?$", before, re.I)
        ) or re.search(r"\bonce\s+or\s+$", before, re.I):
            continue
        if re.match(r"(?:doubles|triples)$", m.group("w"), re.I) and (
            re.search(r"\b(?:the|a|in|mixed|men['’]s|women['’]s|of)\s+$", before, re.I)
            or re.match(r"\s+(?:title|final|match|partner|champion|team|tennis|player)", after, re.I)
        ):
            continue  # "won the doubles title": tennis, no multiple
        text = m.group(0)
        if parse_value(text).status == "ok":
            found.append(Found(m.start(), m.end(), text, "a multiple: check what it is a multiple of"))
            for i in range(m.start(), m.end()):
                taken[i] = True
    for m in _VAGUE.finditer(sentence):
        if any(taken[m.start() : m.end()]):
            continue
        if m.group(0)[0].isupper() and re.search(r"[^\s\"“”'‘().!?:;\-–—]\s*[\"“”'‘]?\s*$", sentence[: m.start()]):
            skipped.append(f"{m.group(0)}: a word of a name (capitalised inside a sentence)")
            continue
        found.append(Found(m.start(), m.end(), m.group(0), "vague amount"))
    found.sort(key=lambda f: f.start)
    return _compounds_joined(sentence, found), skipped


#: a figure that ends on a scale word, then more digits: "8 thousand 300 rupees" is 8,300
_SCALE_END = re.compile(r"\d\s+(?:thousand|hundred|lakh|lakhs|crore|crores|million|billion|trillion)$", re.I)


def _compounds_joined(sentence: str, found: list[Found]) -> list[Found]:
    """Figures written as a scale word and then the rest in digits ("increased from 8 thousand 300 rupees to 9 thousand
    rupees", Startup Pakistan 2023; "59 million 367,469 voters", Ahval 2018) joined into one quantity, which the reader
    leaves for review: read apart, they were drafted as "from 8 thousand" and the range 300 to 9,000 rupees, and as 59
    million and 367,469."""
    out: list[Found] = []
    for f in found:
        if out and _SCALE_END.search(out[-1].value_text) and re.fullmatch(r"\s+", sentence[out[-1].end : f.start]):
            if f.value_text[:1].isdigit():
                out[-1] = Found(out[-1].start, f.end, sentence[out[-1].start : f.end], out[-1].note or f.note)
                continue
        out.append(f)
    return out
