"""Who said it: the speaker of a quantity in its sentence ("according to X", "X said", a quotation and
its speaker, a pronoun pointing back to the last named speaker, "reports" for unattributed) and the
kind of source the words show."""

from __future__ import annotations

import re

from discrepancy.intake.quantities import Found

SPEECH_VERBS = ("said|says|say|claimed|claims|claim|estimated|estimates|estimate|told|reported|reports|stated|states|"
                "noted|notes|added|adds|announced|announces|believes|believe|believed|warned|warns|put|puts|wrote|writes")  # fmt: skip
SOURCE_TYPES = [
    (r"\b(intelligence|cia|fsb|mi6|spy agency|central intelligence)\b", "intelligence"),
    (r"\b(united nations|un\b|u\.n\.|monitoring team|unhcr|unicef|who\b|world bank|imf)\b", "international_org"),
    (r"\b(?:gen|col|brig|maj|lt|cmdr|adm)\.|\b(army|military|armed forces|general staff|commander|general|colonel|brigadier|defen[cs]e forces|pentagon|command)\b", "military"),
    (r"\b(observatory|ngo|human rights|amnesty|watch|red cross|charity)\b", "ngo"),
    (r"\b(university|institute|professor|researcher|academ|think tank)\b", "academic"),
    (r"\b(ministry|minister|government|authorities|president|spokes(?:man|woman|person)|official|officials|embassy|envoy|state department|white house|kremlin|prime minister)\b", "government"),
    (r"\b(newspaper|agency reported|news agency|television|tv|reuters|afp|tass|associated press)\b", "media"),
]  # fmt: skip


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
SAID_BEFORE = re.compile(
    r"(?P<src>(?:the\s+)?(?:"
    + _NAME
    + r"|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)(?:['’]s\s+[a-z]+)?)\s+(?:"
    + SPEECH_VERBS
    + r")\b(?!\s+(?:to|by)\b)"
)
SAID_AFTER = re.compile(
    r"[,\"”]\s*(?P<src>(?:the\s+)?(?:"
    + _NAME
    + r"|[Hh]e|[Ss]he|[Tt]hey)(?:['’]s\s+[a-z]+)?)\s+(?:"
    + SPEECH_VERBS
    + r")\b"
)
#: "..., said John Smith": the name after the verb speaks; not after "told", whose object is the listener
#: ("..., he told AFP")
_INVERTED_VERBS = "|".join(v for v in SPEECH_VERBS.split("|") if v not in ("told", "tells", "put", "puts"))
_AFTER_VERB_NAME = re.compile(r"[,\"”]\s*(?:" + _INVERTED_VERBS + r")\s+(?P<src>(?:the\s+)?" + _NAME + r")")
#: "More than 50,000 fighters have joined, Rami Abdel Rahman, director of the Observatory, told AFP": the
#: person and role after the words, before the speech verb
_APPOSITIVE_AFTER = re.compile(
    r"^[^\"“”]*?,\s*(?P<name>" + _NAME + r"),\s+(?P<role>[^,\"“]{3,90}),\s+(?:" + SPEECH_VERBS + r")\b"
)
#: '"We lost 20 soldiers," the commander told Reuters': a speaker named by role only
_ROLE_AFTER = re.compile(r"[,\"”]\s*(?P<src>the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:" + SPEECH_VERBS + r")\b")
#: "The ministry put the number of dead at 2,300"
_PUT_AT = re.compile(
    r"(?P<src>(?:[Tt]he\s+|[Aa]n?\s+)?[A-Za-z][\w’'.-]*(?:\s+[A-Za-z][\w’'.-]*){0,4}?)\s+(?:put|puts|putting|placed|places)"
    r"\s+(?:the|its|their)\s+(?:[a-z]+\s+)?(?:number|toll|figure|total|count|estimate)\b[^.;]*?\bat\s*$"
)
#: "A Harvard study estimated 4,645 deaths": a study, report or survey as the speaker
_STUDY = re.compile(
    r"(?P<src>(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[A-Z][\w’'.-]*\s+){1,5}(?:study|report|survey|analysis|census|review|"
    r"paper|investigation|assessment|model))\s+(?:estimated|estimates|found|finds|puts?|said|says|suggested|"
    r"suggests|concluded|concludes|counted|counts|showed|shows)\b"
)
#: a person introduced with a role ("Ahmad Zia, the provincial governor, ..."): later pronouns and the
#: surname alone point back to them
INTRODUCED = re.compile(
    r"(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,3}),\s+(?P<role>(?:the\s+)?[a-z][^,\"“]{2,80}),"
)
_APPOSITIVE = re.compile(r"(?P<name>" + _NAME + r"),\s+(?P<role>[^,\"“]{3,90}),\s+(?:" + SPEECH_VERBS + r")\b")
_REPORTS = re.compile(r"^(?:media |news |press |unconfirmed )?reports$", re.I)
PRONOUN = re.compile(r"^(he|she|they|it)$", re.I)


def clean_source(src: str) -> str:
    src = re.sub(r"^(?:the|a|an)\s+", "", src.strip(), flags=re.I)
    src = re.sub(r"['’]s?$", "", src)
    src = re.sub(r"\s+", " ", src).strip(" ,.")
    src = re.sub(r"^(US|U\.S\.|UK|UN)['’]\s*", r"\1 ", src)
    return src


def possessive_role(src: str) -> tuple[str, str]:
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
    if PRONOUN.match(src):
        if last_speaker:
            return last_speaker, "pronoun: the last named speaker", confidence - 0.25
        return "unattributed", "pronoun with no speaker", 0.2
    cleaned = clean_source(src)
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
        return clean_source(m.group("src")), "according to", 0.9
    m = _PUT_AT.search(before)
    if m:
        return _speaker(m.group("src"), "source that put the number at", 0.7, last_speaker)
    m = _last(_STUDY, before + found.value_text)
    if m:
        return clean_source(m.group("src")), "a study described in prose", 0.75
    m = _last(_APPOSITIVE, before)
    if m:
        return (
            f"{clean_source(m.group('name'))} ({m.group('role').strip()})",
            "speaker with a role before the words",
            0.85,
        )
    m = _last(SAID_BEFORE, clause)
    if m and not re.search(r"\b(" + SPEECH_VERBS + r")\s+(that\s+)?$", clause[: m.start()] or "x"):
        return _speaker(m.group("src"), "source before a speech verb", 0.85, last_speaker)
    m = _APPOSITIVE_AFTER.search(after)
    if m:
        return (
            f"{clean_source(m.group('name'))} ({m.group('role').strip()})",
            "speaker with a role after the words",
            0.85,
        )
    m = SAID_AFTER.search(after) or _AFTER_VERB_NAME.search(after)
    if m:
        return _speaker(m.group("src"), "speaker after the words", 0.85, last_speaker)
    m = _ACCORDING.search(after)
    if m:
        return clean_source(m.group("src")), "according to, after the words", 0.85
    m = _ROLE_AFTER.search(after)
    if m:  # '"We lost 20 soldiers," the commander said': a role, not a name
        return clean_source(m.group("src")), "a role after the words", 0.6
    m = _last(SAID_BEFORE, before)
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


def with_organisation(source: str, roles: dict[str, str]) -> str:
    """A person named in an article whose lede names an organisation's spokesperson: "Name, Organisation"."""
    org, role = possessive_role(source)
    if role:
        return org
    if len(roles) == 1 and re.fullmatch(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}", source):
        return f"{source}, {next(iter(roles))}"
    return source
