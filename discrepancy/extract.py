"""Claim intake: a draft claim table from an article's text, for an analyst to review.

For each stated quantity (read with the same parser as normalize) the draft gives: the words as
value_text, the sentence as quote, the source it is attributed to ("according to X", "X said", "X
claims", "X estimated", "X told", a quotation and its speaker, a pronoun pointing back to the last
named speaker, "reports" or nothing for unattributed), a source_type when the words show it, subject,
metric and geography where the words around the number say them, reported_by and claim_date from the
options or the dateline, and a confidence with a note saying what a reviewer should check.

Years, dates, days, ages, ordinals, times, model names (Su-24M), page, phone and reference numbers are
not claims. The rules are plain patterns, tested on short articles; the draft is a draft.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd

from .errors import DiscrepancyError, NotFound
from .grammar import CURRENCY_ALTS, NUMBER, PERCENT, PREFIX_ALTS, SCALE_ALTS
from .schema import COLUMN_NAMES
from .values import parse_value

DRAFT_COLUMNS = [*COLUMN_NAMES, "confidence", "extraction_note"]
MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
          "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")  # fmt: skip
_MONTH_NUMBER = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )
}
SPEECH_VERBS = ("said|says|say|claimed|claims|claim|estimated|estimates|estimate|told|reported|reports|stated|states|"
                "noted|notes|added|adds|announced|announces|believes|believe|believed|warned|warns|put|puts|wrote|writes")  # fmt: skip
PLACES = {
    "afghanistan": "Afghanistan", "afghan": "Afghanistan", "iraq": "Iraq", "iraqi": "Iraq", "syria": "Syria",
    "syrian": "Syria", "russia": "Russia", "russian": "Russia", "pakistan": "Pakistan", "pakistani": "Pakistan",
    "libya": "Libya", "libyan": "Libya", "yemen": "Yemen", "yemeni": "Yemen", "iran": "Iran", "iranian": "Iran",
    "turkey": "Turkey", "turkish": "Turkey", "ukraine": "Ukraine", "ukrainian": "Ukraine", "nigeria": "Nigeria",
    "nigerian": "Nigeria", "somalia": "Somalia", "somali": "Somalia", "mali": "Mali", "egypt": "Egypt",
    "egyptian": "Egypt", "lebanon": "Lebanon", "lebanese": "Lebanon", "jordan": "Jordan", "jordanian": "Jordan",
    "tajikistan": "Tajikistan", "turkmenistan": "Turkmenistan", "france": "France", "french": "France",
    "germany": "Germany", "german": "Germany", "britain": "United Kingdom", "british": "United Kingdom",
    "sudan": "Sudan", "sudanese": "Sudan", "ethiopia": "Ethiopia", "ethiopian": "Ethiopia", "gaza": "Gaza",
    "israel": "Israel", "israeli": "Israel", "china": "China", "chinese": "China", "india": "India", "indian": "India",
}  # fmt: skip
SOURCE_TYPES = [
    (r"\b(intelligence|cia|fsb|mi6|spy agency|central intelligence)\b", "intelligence"),
    (r"\b(united nations|un\b|u\.n\.|monitoring team|unhcr|unicef|who\b|world bank|imf)\b", "international_org"),
    (r"\b(?:gen|col|brig|maj|lt|cmdr|adm)\.|\b(army|military|armed forces|general staff|commander|general|colonel|brigadier|defen[cs]e forces|pentagon|command)\b", "military"),
    (r"\b(observatory|ngo|human rights|amnesty|watch|red cross|charity)\b", "ngo"),
    (r"\b(university|institute|professor|researcher|academ|think tank)\b", "academic"),
    (r"\b(ministry|minister|government|authorities|president|spokes(?:man|woman|person)|official|officials|embassy|envoy|state department|white house|kremlin|prime minister)\b", "government"),
    (r"\b(newspaper|agency reported|news agency|television|tv|reuters|afp|tass|associated press)\b", "media"),
]  # fmt: skip
NOUN_METRICS = {
    "people": "members", "persons": "members", "members": "members", "member": "members", "men": "members",
    "fighters": "fighters", "militants": "fighters", "gunmen": "fighters", "troops": "troops", "soldiers": "troops",
    "provinces": "provinces", "province": "provinces", "countries": "countries", "nations": "countries",
    "districts": "districts", "civilians": "civilians", "refugees": "refugees", "deaths": "deaths", "dead": "deaths",
    "killed": "deaths", "casualties": "casualties", "wounded": "wounded", "injured": "wounded", "villages": "villages",
}  # fmt: skip


# --------------------------------------------------------------------------- reading


class _TextOnly(HTMLParser):
    BLOCKS = {"p", "div", "br", "h1", "h2", "h3", "h4", "li", "tr", "section", "article", "header", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript"):
            self.skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript") and self.skip:
            self.skip -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def article_text(raw: str) -> str:
    """Plain text of an article given as text or HTML."""
    if re.search(r"<(html|body|p|div|article)\b", raw[:5000], re.I):
        parser = _TextOnly()
        parser.feed(raw)
        raw = "".join(parser.parts)
    text = html.unescape(raw).replace("\r\n", "\n").replace("\u00a0", " ")
    return re.sub(r"[ \t]+", " ", text)


_DATELINE = re.compile(
    r"\b(?P<place>[A-Z][A-Z .'-]{2,}),\s*(?P<month>" + MONTHS + r")\.?\s+(?P<day>\d{1,2})(?:,\s*(?P<year>\d{4}))?\.?\s*"
    r"(?:/(?P<slash>[A-Za-z][\w .-]+)/|\((?P<paren>[A-Z][\w .-]+)\))?",
    re.I,
)
_BYLINE = re.compile(
    r"^\s*(?:By\s+[^\n,]+,\s*)?(?P<outlet>Reuters|AFP|Associated Press|AP|TASS|Interfax|BBC|Al Jazeera)\b", re.M
)


def dateline(text: str) -> tuple[str, str]:
    """(outlet, date) from a dateline such as "MOSCOW, October 22. /TASS/." (date "" without a year)."""
    m = _DATELINE.search(text[:3000])
    outlet, when = "", ""
    if m:
        outlet = (m.group("slash") or m.group("paren") or "").strip()
        if m.group("year"):
            month = next(v for k, v in _MONTH_NUMBER.items() if k.startswith(m.group("month").lower()[:3]))
            when = date(int(m.group("year")), month, int(m.group("day"))).isoformat()
    if not outlet:
        b = _BYLINE.search(text[:2000])
        outlet = b.group("outlet") if b else ""
    return outlet, when


_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "gen", "maj", "col", "lt", "brig", "sgt", "capt", "prof", "st", "vs",
                  "u.s", "u.n", "u.k", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                  "dec", "inc", "ltd", "jr", "sr"}  # fmt: skip
_BREAK = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘'A-Z(])|\n+")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: split at . ! ? before a capital (or a quote), and at line breaks; not after an
    abbreviation (Maj. Gen., U.S.) or an initial."""
    spans, start = [], 0
    for m in _BREAK.finditer(text):
        if not m.group(0).startswith("\n"):
            word = re.search(r"([\w.]+)$", text[start : m.start()])
            token = (word.group(1) if word else "").lower()
            if token in _ABBREVIATIONS or re.fullmatch(r"[a-z]", token):
                continue
        end = m.start() + (1 if not m.group(0).startswith("\n") else 0)
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    spans = [(a + (len(text[a:b]) - len(text[a:b].lstrip())), b) for a, b in spans]
    return [piece for span in spans for piece in _bounded(text, *span)]


#: Longest span read as one sentence. Attribution looks around each number within its sentence, so an
#: 80,000-character "sentence" once took 20 s (and 320,000 characters 294 s); longer spans are cut at a space.
MAX_SENTENCE_CHARS = 2_000


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        pieces.append((start, cut))
        start = cut + 1 if text[cut : cut + 1] == " " else cut
    pieces.append((start, end))
    return pieces


# --------------------------------------------------------------------------- quantities


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


# --------------------------------------------------------------------------- attribution


_NAME = (
    r"(?:[A-Z][\w’'.-]*(?:\s+(?:of|the|for|and|de|al|bin|von|van|'s|’s)?\s*[A-Z][\w’'.-]*)*"
    r"(?:\s+(?:authorities|officials|sources|officers|government|forces|experts|analysts|military|police|groups|agencies|"
    r"organi[sz]ations|residents|witnesses|activists|diplomats|spokes(?:man|woman|person)))?)"
)
_ACCORDING = re.compile(
    r"\baccording to\s+(?P<src>(?:the\s+)?(?:"
    + _NAME
    + r"(?:['’]s?)?(?:\s+[a-z]+){0,2}|reports|[a-z]+ reports|sources|officials))",
    re.I,
)
_SAID_BEFORE = re.compile(
    r"(?P<src>(?:the\s+)?(?:"
    + _NAME
    + r"|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)(?:['’]s\s+[a-z]+)?)\s+(?:"
    + SPEECH_VERBS
    + r")\b(?!\s+(?:to|by)\b)"
)
_SAID_AFTER = re.compile(
    r"[,\"”]\s*(?P<src>(?:the\s+)?(?:"
    + _NAME
    + r"|[Hh]e|[Ss]he|[Tt]hey)(?:['’]s\s+[a-z]+)?)\s+(?:"
    + SPEECH_VERBS
    + r")\b"
)
_AFTER_VERB_NAME = re.compile(r"[,\"”]\s*(?:" + SPEECH_VERBS + r")\s+(?P<src>(?:the\s+)?" + _NAME + r")")
_APPOSITIVE = re.compile(r"(?P<name>" + _NAME + r"),\s+(?P<role>[^,\"“]{3,90}),\s+(?:" + SPEECH_VERBS + r")\b")
_REPORTS = re.compile(r"^(?:media |news |press |unconfirmed )?reports$", re.I)
_PRONOUN = re.compile(r"^(he|she|they|it)$", re.I)


def _clean_source(src: str) -> str:
    src = re.sub(r"^(?:the|a|an)\s+", "", src.strip(), flags=re.I)
    src = re.sub(r"['’]s?$", "", src)
    src = re.sub(r"\s+", " ", src).strip(" ,.")
    src = re.sub(r"^(US|U\.S\.|UK|UN)['’]\s*", r"\1 ", src)
    return src


def _possessive_role(src: str) -> tuple[str, str]:
    """ "Russian Foreign Ministry's spokesperson" -> ("Russian Foreign Ministry", "spokesperson")."""
    m = re.match(r"(?P<org>.+?)['’]s\s+(?P<role>[a-z ]+)$", src)
    return (m.group("org"), m.group("role")) if m else (src, "")


def _last(pattern: re.Pattern, text: str) -> re.Match | None:
    """The last match of ``pattern`` in ``text`` (the one nearest the number that follows)."""
    last = None
    for last in pattern.finditer(text):  # noqa: B007 - the loop only keeps the last
        pass
    return last


def _speaker(src: str, how: str, confidence: float, last_speaker: str) -> tuple[str, str, float]:
    """A matched speaker: a pronoun points back to the last named speaker; "reports" is no speaker."""
    if _PRONOUN.match(src):
        if last_speaker:
            return last_speaker, "pronoun: the last named speaker", confidence - 0.25
        return "unattributed", "pronoun with no speaker", 0.2
    cleaned = _clean_source(src)
    if _REPORTS.match(cleaned):
        return "unattributed reports", "reports", 0.5
    return cleaned, how, confidence


def attribute(sentence: str, found: Found, last_speaker: str) -> tuple[str, str, float]:
    """(source, how it was found, confidence) for a quantity in its sentence, nearest evidence first."""
    before = sentence[: found.start]
    after = sentence[found.end :]
    cuts = [before.rfind(";"), *(before.lower().rfind(f" {w} ") for w in ("while", "but", "whereas"))]
    clause = before[max(cuts) + 1 :] if max(cuts) >= 0 else before
    if re.search(r"\baccording to\s+(?:media\s+|news\s+|press\s+)?reports\b", before, re.I):
        return "unattributed reports", "according to reports", 0.6
    m = _last(_ACCORDING, clause)
    if m:
        return _clean_source(m.group("src")), "according to", 0.9
    m = _last(_APPOSITIVE, before)
    if m:
        return (
            f"{_clean_source(m.group('name'))} ({m.group('role').strip()})",
            "speaker with a role before the words",
            0.85,
        )
    m = _last(_SAID_BEFORE, clause)
    if m and not re.search(r"\b(" + SPEECH_VERBS + r")\s+(that\s+)?$", clause[: m.start()] or "x"):
        return _speaker(m.group("src"), "source before a speech verb", 0.85, last_speaker)
    m = _SAID_AFTER.search(after) or _AFTER_VERB_NAME.search(after)
    if m:
        return _speaker(m.group("src"), "speaker after the words", 0.85, last_speaker)
    m = _last(_SAID_BEFORE, before)
    if m:
        return _speaker(m.group("src"), "speaker earlier in the sentence", 0.7, last_speaker)
    if re.search(r"\breports?\b", sentence, re.I):
        return "unattributed reports", "reports", 0.5
    return "unattributed", "no attribution found", 0.3


def source_type(source: str) -> str:
    if source in ("unattributed", "unattributed reports"):
        return "unattributed"
    for pattern, kind in SOURCE_TYPES:
        if re.search(pattern, source, re.I):
            return kind
    return ""


# --------------------------------------------------------------------------- subject, metric, geography


def main_subject(text: str, speakers: set[str]) -> str:
    """The proper noun the article is about: the most frequent capitalized phrase that is no speaker or place."""
    counts: Counter = Counter()
    for m in re.finditer(r"\b(?:The\s+)?([A-Z][a-z]+(?:\s+(?:of\s+)?[A-Z][a-z]+)+)\b", text):
        phrase = m.group(1)
        if phrase.lower() in PLACES or any(phrase in s or s in phrase for s in speakers if s):
            continue
        if phrase.split()[0].lower() in ("according", "among", "in", "on", "at", "modernized", "all"):
            continue
        counts[phrase] += 1
    return counts.most_common(1)[0][0] if counts else ""


def metric_of(sentence: str, found: Found, previous_metric: str) -> tuple[str, str, str]:
    """(metric, unit, note) from the words after the number, or the previous claim of the sentence."""
    after = sentence[found.end : found.end + 60].lower()
    before = sentence[max(0, found.start - 40) : found.start].lower()
    text = found.value_text.lower()
    if "%" in text or "percent" in text or "per cent" in text:
        if re.match(r"^\s*of\s+(?:the\s+)?(?:\w+\s+){0,2}territor", after):
            return "territory share", "percent", ""
        noun = re.match(r"^\s*of\s+(?:the\s+)?(?:\w+\s+){0,2}?(\w+)", after)
        return (
            (f"share of {noun.group(1)}" if noun else "share"),
            "percent",
            "" if noun else "what the share is of: check",
        )
    words = re.findall(r"[a-z]+", text.split()[-1] + " " + after)
    for w in words[:3]:
        if w in NOUN_METRICS:
            metric = NOUN_METRICS[w]
            if re.search(r"citizens of\s*$", before):
                metric = "countries of origin of members"
            return (
                metric,
                "people"
                if metric
                in ("members", "fighters", "troops", "civilians", "refugees", "deaths", "casualties", "wounded")
                else w,
                "",
            )
    if re.search(r"citizens of\s*$", before):
        return "countries of origin of members", "countries", ""
    if previous_metric:
        return (
            previous_metric,
            "people" if previous_metric in ("members", "fighters") else "",
            "metric taken from the claim before it in the sentence",
        )
    return "", "", "metric not stated near the number: fill it in"


def geography_of(sentence: str, found: Found, source: str = "") -> str:
    """A place named with the number: in the words after it up to the clause's end, else just before it."""
    after = re.split(r"[,;:]|\s(?:while|but|and|including|whereas)\s", sentence[found.end :])[0]
    before = re.split(
        r"[,;:]|\s(?:while|but|and|including|whereas)\s", sentence[max(0, found.start - 40) : found.start]
    )[-1]
    for window in (after, before):
        for word in re.findall(r"[A-Za-z]+", window):
            if word.lower() in PLACES and word[0].isupper() and word not in source.split():
                return PLACES[word.lower()]
    return ""


# --------------------------------------------------------------------------- the draft


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:30] or "article"


def extract_claims(
    raw: str, *, name: str = "article", claim_date: str = "", outlet: str = "", url: str = ""
) -> pd.DataFrame:
    """The draft claim table of one article (columns: the claim table's, plus confidence and extraction_note)."""
    text = article_text(raw)
    found_outlet, found_date = dateline(text)
    outlet = outlet or found_outlet
    claim_date = claim_date or found_date
    if not claim_date:
        raise DiscrepancyError(f"{name}: no date with a year in the dateline: pass --date YYYY-MM-DD")
    rows = []
    speakers: set[str] = set()
    last_speaker = ""
    organisation_roles: dict[str, str] = {}
    spans = sentences(text)
    for a, b in spans:
        sentence = text[a:b].strip()
        # named speakers in this sentence, for pronouns in later ones
        for m in list(_SAID_BEFORE.finditer(sentence)) + list(_SAID_AFTER.finditer(sentence)):
            src = m.group("src")
            if not _PRONOUN.match(src):
                cleaned = _clean_source(src)
                org, role = _possessive_role(cleaned)
                if role:
                    organisation_roles[org] = role
                speakers.add(cleaned)
        found, skipped = quantities(sentence)
        previous_metric = ""
        for f in found:
            source, how, confidence = attribute(sentence, f, last_speaker)
            metric, unit, metric_note = metric_of(sentence, f, previous_metric)
            previous_metric = metric or previous_metric
            notes = [f"source: {how}"]
            if metric_note:
                notes.append(metric_note)
                confidence -= 0.1
            if f.note:
                notes.append(f.note)
            parsed = parse_value(f.value_text)
            if parsed.note:
                notes.append(f"value: {parsed.note}")
            rows.append({"sentence": sentence, "found": f, "source": source, "confidence": confidence, "metric": metric,
                         "unit": unit or (parsed.unit or ""), "geography": geography_of(sentence, f, source), "notes": notes,
                         "skipped": skipped, "parsed": parsed})  # fmt: skip
        named = [
            s for s in (_clean_source(m.group("src")) for m in _SAID_AFTER.finditer(sentence)) if not _PRONOUN.match(s)
        ]
        named += [
            s for s in (_clean_source(m.group("src")) for m in _SAID_BEFORE.finditer(sentence)) if not _PRONOUN.match(s)
        ]
        if named:
            last_speaker = named[-1]
    subject = main_subject(text, speakers | {r["source"] for r in rows})
    return _draft(rows, subject, outlet, claim_date, url, organisation_roles, name)


def _with_organisation(source: str, roles: dict[str, str]) -> str:
    """A person named in an article whose lede names an organisation's spokesperson: "Name, Organisation"."""
    org, role = _possessive_role(source)
    if role:
        return org
    if len(roles) == 1 and re.fullmatch(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}", source):
        return f"{source}, {next(iter(roles))}"
    return source


def _draft(
    rows: list[dict], subject: str, outlet: str, claim_date: str, url: str, roles: dict, name: str
) -> pd.DataFrame:
    out = []
    seen: dict[tuple, int] = {}
    for r in rows:
        source = _with_organisation(r["source"], roles)
        p = r["parsed"]
        reading = (p.value, p.low, p.high, p.denominator, r["metric"])
        org = _possessive_role(r["source"])[0]
        duplicate = next(
            (
                i
                for key, i in seen.items()
                if key[0] == reading and (org in out[i]["source"] or out[i]["source"] in source)
            ),
            None,
        )
        if duplicate is not None:
            kept = out[duplicate]
            kept["extraction_note"] += f"; also stated as '{r['found'].value_text}' ({r['source']})"
            if len(r["found"].value_text) > len(kept["value_text"]):
                kept["value_text"], kept["quote"] = r["found"].value_text, r["sentence"]
            if "," in source and "," not in kept["source"]:
                kept["source"], kept["source_type"] = source, source_type(source)
            continue
        digest = hashlib.sha1(f"{r['sentence']}|{r['found'].value_text}|{r['found'].start}".encode()).hexdigest()[:8]
        notes = r["notes"] + ([f"passed over: {'; '.join(r['skipped'])}"] if r["skipped"] else [])
        confidence = max(0.05, min(0.95, r["confidence"] - (0.1 if not r["geography"] else 0)))
        out.append({
            "claim_id": f"draft-{_slug(outlet or name)}-{claim_date}-{digest}",
            "subject": subject or "unknown",
            "metric": r["metric"] or "unknown",
            "geography": r["geography"],
            "value_text": r["found"].value_text,
            "unit": r["unit"],
            "source": source,
            "source_type": source_type(source),
            "reported_by": outlet,
            "claim_date": claim_date,
            "url": url,
            "quote": r["sentence"],
            "notes": "DRAFT: extracted automatically; review before use",
            "confidence": round(confidence, 2),
            "extraction_note": "; ".join(notes),
        })  # fmt: skip
        seen[(reading, len(out) - 1)] = len(out) - 1
    frame = pd.DataFrame(out, columns=DRAFT_COLUMNS)
    for column in DRAFT_COLUMNS:
        if column != "confidence":
            frame[column] = frame[column].astype(object).fillna("").astype("str")
    return frame


def extract_articles(paths, *, claim_date: str = "", outlet: str = "", url: str = "") -> pd.DataFrame:
    """Draft claims of one or more article files (plain text or HTML), in one table."""
    frames = []
    for path in paths:
        p = Path(path)
        try:
            raw = p.read_text(encoding="utf-8")
        except FileNotFoundError as e:
            raise NotFound(f"{path}: article not found") from e
        except UnicodeDecodeError as e:
            raise DiscrepancyError(f"{path}: not UTF-8 text") from e
        frames.append(extract_claims(raw, name=p.stem, claim_date=claim_date, outlet=outlet, url=url))
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=DRAFT_COLUMNS)
