"""An article as text: HTML stripped, the dateline (outlet and date) read, and the text cut into
sentences no longer than MAX_SENTENCE_CHARS."""

from __future__ import annotations

import html
import re
from datetime import date
from html.parser import HTMLParser

MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
          "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")  # fmt: skip
_MONTH_NUMBER = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )
}


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
                  "dec", "inc", "ltd", "jr", "sr",
                  # titles before a name: "Tenerife Gov. Rosa Davila and emergency officials said" (AP, 2023)
                  "gov", "sen", "rep", "rev", "hon", "supt", "insp", "det", "cmdr", "adm", "cpl", "pvt", "fr", "pres",
                  "amb"}  # fmt: skip
_BREAK = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘'A-Z(])|\n+")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: split at . ! ? before a capital (or a quote), and at line breaks; not after an
    abbreviation (Maj. Gen., U.S.) or an initial."""
    spans, start = [], 0
    for m in _BREAK.finditer(text):
        if "\n" not in m.group(0):  # a line break always ends a sentence, even after "D.C."
            word = re.search(r"([\w.]+)$", text[start : m.start()])
            token = (word.group(1) if word else "").lower()
            if token in _ABBREVIATIONS or re.fullmatch(r"[a-z]|(?:[a-z]\.)+[a-z]", token):  # an initial, "B.C."
                continue
        # keep the full stop, and a quotation mark that closes with it ('... come down?" Kerrow questioned.')
        end = m.start() + (len(m.group(0).rstrip()) if not m.group(0).startswith("\n") else 0)
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
