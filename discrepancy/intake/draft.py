"""The draft claim table of an article, for an analyst to review: each quantity with its speaker, subject,
metric, geography, a confidence and a note saying what a reviewer should check.

The rules are plain patterns, tested on short articles; the draft is a draft."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from discrepancy.claims.grammar import (
    MONEY_UNITS,
    PER_PERIOD_AFTER,
    PER_PERIOD_BEFORE,
    PERIOD_ADVERBS,
    PROJECTION_WORDS,
    period_named,
    rate_words,
)
from discrepancy.claims.schema import COLUMN_NAMES
from discrepancy.claims.values import parse_value
from discrepancy.errors import DiscrepancyError, NotFound
from discrepancy.intake.article import article_text, dateline, sentences
from discrepancy.intake.attribution import (
    CONFIDENCE,
    CROWDING,
    FIGURES_ONLY,
    INTRODUCED,
    MEDIA,
    PUBLISHED,
    ROLE_FIRST,
    SPEECH_VERBS,
    TITLED,
    abbreviated_role,
    attribute,
    companies_named,
    earlier_named,
    elsewhere,
    organisations_named,
    person_of_role,
    possessive_role,
    publisher,
    source_type,
    speakers_named,
    with_organisation,
)
from discrepancy.intake.places import PLACES
from discrepancy.intake.quantities import NOUN_METRICS, Found, quantities

DRAFT_COLUMNS = [*COLUMN_NAMES, "confidence", "extraction_note"]
#: a projection or a forecast in the sentence: its figures may be foreseen, not observed ("The IHME model projects that
#: ... 410,451 people in the U.S. will have died by Jan. 1", "could drive fatalities ... to 410,000, according to a new
#: forecast": the Washington Post, 2020-09-04, beside "now stands at 183,000")
_PROJECTION_IN_SENTENCE = re.compile(r"\b(?P<w>" + PROJECTION_WORDS + r"|projects|will have|could drive)\b", re.I)


#: the subject that the figure is the level of, named with its period: "Zimbabwe's month-on-month inflation fell to
#: 21.04 per cent", "annual inflation rose to 175.66 per cent" (Vanguard, 2019), "Weekly attendance dropped to about
#: 961,000" (Church Times): the period word, at most two words, a verb of a level, then the figure
_PERIOD_SUBJECT = re.compile(
    r"(?:^|[^\w-])(?P<w>" + PERIOD_ADVERBS + r")\s+(?:[a-z]+\s+){1,2}(?:rose|fell|stood|reached|hit|"
    r"climbed|dropped|increased|decreased|jumped|eased|slowed|accelerated|declined|grew|soared|surged|came)"
    r"(?:\s+(?:to|at|by|in\s+at))?\s+$"
)


def rate_period(sentence: str, found: Found) -> tuple[str, str] | None:
    """(words, period) where the figure's sentence states it per period or per person ("a year": year), else None."""
    before = sentence[: found.start].lower()
    m = (
        PER_PERIOD_AFTER.match(sentence[found.end :].lower())
        or PER_PERIOD_BEFORE.search(
            before
        )  # the grammar's: "40,000 early deaths a year in the UK", "Every year, 40,000"
        or _PERIOD_SUBJECT.search(before)
    )
    return (m.group("w"), period_named(m.group("w"))) if m else None


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
        # "10% of U.K. electricity needs" (Fortune, 2016) was "share of u": an abbreviation with its dots
        noun = re.match(r"^\s*of\s+(?:the\s+)?(?:\w+\s+){0,2}?(\w+(?:\.\w)*\.?)", after)
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
    after = re.split(r"[,;:]|\s(?:while|whilst|but|and|including|whereas)\s", sentence[found.end :])[0]
    before = re.split(
        r"[,;:]|\s(?:while|whilst|but|and|including|whereas)\s", sentence[max(0, found.start - 40) : found.start]
    )[-1]
    for window in (after, before):
        for word in re.findall(r"[A-Za-z]+", window):
            if word.lower() in PLACES and word[0].isupper() and word not in source.split():
                return PLACES[word.lower()]
    return ""


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
    named_so_far: list[str] = []  # every speaker named, in the article's order (with sentences that give no figure)
    last_speaker = ""
    organisation_roles: dict[str, str] = {}
    full_names: dict[str, str] = {}  # surname -> "Name (role)" of a person introduced with a role
    people: list[tuple[str, str]] = []  # ("Name (role)", role) of each person introduced with a role, in order
    spans = sentences(text)
    paragraphs = paragraph_numbers(text, spans)
    runs = quote_runs(text, spans, paragraphs)
    openers = {r.opener: r.opened_by for r in runs.values() if r.opener is not None}
    opened: dict[int, tuple[str, str, float]] = {}  # the speaker who opens a quotation of several sentences
    quoted = quotation_paragraphs(text, spans, paragraphs)
    paragraph_speaker: dict[int, str] = {}  # the last speaker each paragraph gives a figure or words to
    # the one publisher of figures the article names, and the sentences that name it
    published_in = {i: publisher(m) for i, (a, b) in enumerate(spans) if (m := PUBLISHED.search(text, a, b))}
    publishers = set(published_in.values())
    the_publisher = publishers.pop() if len(publishers) == 1 else ""
    for index, (a, b) in enumerate(spans):
        sentence = text[a:b].strip()
        paragraph = paragraphs[index]
        before_me = paragraph_speaker.get(paragraph - 1, "") if paragraph in quoted else ""
        introduced = ""
        for m in INTRODUCED.finditer(sentence):
            person = f"{m.group('name')} ({m.group('role').strip()})"
            full_names[m.group("name").split()[-1]] = person
            introduced = person
            people.append((person, m.group("role")))
        people.extend((m.group("name"), m.group("role")) for m in ROLE_FIRST.finditer(sentence))
        named = speakers_named(sentence)  # for pronouns in later sentences
        named_so_far.extend(named)
        # a title before the name: "Forest Minister Chandra Mohan Patowary said" (The Hills Times, 2025), then "The
        # minister said": the minister is him
        people.extend((n, t["role"].lower()) for n in named if (t := TITLED.fullmatch(n)))
        for cleaned in named:
            org, role = possessive_role(cleaned)
            if role:
                organisation_roles[org] = role
            speakers.add(cleaned)
        run = runs.get(index)
        if index in openers:  # 'Voronovich said: “In Dublin ...': who opens it, for its later sentences
            by = openers[index]
            opened[index] = attribute(by, Found(len(by), len(by), ""), last_speaker or introduced)
        found, skipped = quantities(sentence)
        previous_metric = ""
        for f in found:
            source, how, confidence = attribute(sentence, f, last_speaker or introduced)
            if (source in ("unattributed", "unattributed reports") or FIGURES_ONLY.fullmatch(source)) and run:
                # '"The latest data indicates that it is already approaching 40 million tons."' then who closes it
                # a quotation running on past this sentence: its speaker is who closes it ('..." Zia said'), or
                # else who opened it ('Voronovich said: “In Dublin ...', then '“The highest ... 5.1 per cent')
                closed = attribute(run.tail, Found(0, 0, ""), last_speaker or introduced) if run.tail else None
                opening = opened.get(run.opener) if run.opener is not None and run.opener != index else None
                if closed and closed[0] not in ("unattributed", "unattributed reports"):
                    source, how, confidence = (
                        closed[0],
                        "the speaker who closes the quotation",
                        CONFIDENCE["closes quote"],
                    )
                elif opening and opening[0] not in ("unattributed", "unattributed reports"):
                    source, how, confidence = (
                        opening[0],
                        "the speaker who opens the quotation",
                        CONFIDENCE["opens quote"],
                    )
                elif run.opener is None and run.first is not None:
                    # a quotation of several paragraphs that nobody opens or closes: news gives it to who spoke in
                    # the paragraph before it ("The minister said this in Parliament ...", then "“By the end of ...")
                    if by := paragraph_speaker.get(paragraphs[run.first] - 1, ""):
                        source, how, confidence = (
                            by,
                            "the speaker of the paragraph before a quotation",
                            CONFIDENCE["quote"],
                        )
            if source in ("unattributed", "unattributed reports") and before_me:
                # a paragraph that is a quotation and names no one: news gives it to who spoke in the paragraph
                # before ('Grain SA said that ... 9.6 million tons', then '“The average yield ... 3.63 tons ...”')
                source, how, confidence = (
                    before_me,
                    "the speaker of the paragraph before a quotation",
                    CONFIDENCE["quote"],
                )
            # named in this sentence or one beside it ("new figures show." then "the NTPF published the latest
            # figures"), or before "the figures" that point back to it; "figures show" ten sentences on may be others'
            definite = re.search(r"\b[Tt]he\s+" + re.escape(re.sub(r"^[Tt]he\s+", "", source)) + r"\b", sentence)
            near = any(abs(i - index) <= 1 or (i < index and definite) for i in published_in)
            if the_publisher and near and FIGURES_ONLY.fullmatch(source):
                # "..., new figures show." then "On Friday, the National Treatment Purchase Fund (NTPF) published the
                # latest waiting list figures" (The Irish Times, 2024-06-14): the figures are the one publisher's
                source, how = (
                    the_publisher,
                    f"{how}; '{source}' are those {the_publisher} published, the one publisher named",
                )
                confidence = CONFIDENCE["earlier"]
            if source in full_names:  # a surname alone: the person introduced earlier with their role
                source, how = full_names[source], f"{how}; surname of a person named earlier"
            elif role_of := person_of_role(source, people):  # "the minister said": the minister introduced earlier
                source, how = role_of, f"{how}; '{source}' is {role_of}, introduced earlier"
            # "the PM said"; "the CM added" after "Chief Minister Sindh Syed Murad Ali Shah has said that ..." (UrduPoint,
            # 2023), a sentence with no figure
            elif spelled := abbreviated_role(source, [r["source"] for r in rows] + named_so_far):
                source, how = spelled, f"{how}; '{source}' is {spelled}, named earlier"
            elif named_before := earlier_named(source, [r["source"] for r in rows] + organisations_named(sentence)):
                if companies_named(source, [r["source"] for r in rows]) > 1:  # which of them is not clear
                    confidence = min(confidence, CONFIDENCE["earlier"])
                    how = f"{how}; more than one company named before: check which"
                if others := elsewhere(named_before, sentence):  # "police" in a sentence about Rome, not New York
                    confidence = min(confidence, CONFIDENCE["earlier"])
                    how = f"{how}; the sentence names {others}, not where {named_before} are: check which"
                if re.match(r"(?:its|their|his|her)\s", source, re.I):  # "According to its analysis": whose, a pronoun
                    confidence = min(confidence, CONFIDENCE["pronoun"])
                source, how = named_before, f"{how}; '{source}' is the {named_before} named earlier"
            metric, unit, metric_note = metric_of(sentence, f, previous_metric)
            previous_metric = metric or previous_metric
            notes = [f"source: {how}"]
            if metric_note:
                notes.append(metric_note)
            rate = rate_period(sentence, f)
            if rate:  # "40,000 early deaths a year": a rate, which a total must not be compared with
                metric = f"{metric} {rate_words(rate[1])}".strip()
                notes.append(f"'{rate[0]}' in the sentence: a rate per {rate[1]}, so the metric names it (check)")
            if f.note:
                notes.append(f.note)
            projection = _PROJECTION_IN_SENTENCE.search(sentence)
            if projection:
                notes.append(f"a projection or forecast in the sentence ('{projection.group('w')}'): check the figure is "
                             "one observed, not one foreseen (a metric such as 'projected deaths' keeps it)")  # fmt: skip
            parsed = parse_value(f.value_text)
            if parsed.note:
                notes.append(f"value: {parsed.note}")
            if (
                parsed.unit == "GBP"
                and re.search(r"\bpounds?$", f.value_text, re.I)
                and re.search(
                    r"\b(?:kilo(?:gram)?s?|kg|tonnes?|tons?|grams?|ounces?|lbs?)\b|\bpounds?\s+of\b", sentence, re.I
                )
            ):
                # "537 kilograms of cocaine (1,184 pounds)" (Delaware Online, 2019) was drafted in GBP: pounds beside a
                # weight are a weight, and the reader holds "pounds" under "lb" to review (money or weight?)
                unit = "lb"
                notes.append("'pounds' beside a weight in the sentence: drafted as a weight (lb), check it is no money")
            if (
                parsed.unit
                and unit != "lb"
                and (parsed.unit in MONEY_UNITS or parsed.unit == "percentage points" or unit == "people")
            ):
                # "£8.72 for workers" (Deeside, 2020) was drafted under the unit "workers", "0.4 percentage points"
                # (APD News, 2014) under "percent", and "29,000 acres" (wnews247, 2023) and "Two thirds" under "people",
                # taken from the claim before it: a sum is in its currency, a change in points is no share, and a
                # measure or a share is not counted in people
                if unit == "people" and metric_note.startswith("metric taken from"):
                    metric = ""  # the claim before it counted people, this one does not
                    notes = [n if n != metric_note else "metric not stated near the number: fill it in" for n in notes]
                unit = parsed.unit
            if parsed.unit == "times" and unit != "times":
                # "more than five times the number recorded by the survey" took "people" from the count before it: a
                # multiple is in times, which keeps it apart from the counts it multiplies
                unit = "times"
            rows.append({"sentence": sentence, "found": f, "source": source, "confidence": confidence, "metric": metric,
                         "unit": unit or (parsed.unit or ""), "geography": geography_of(sentence, f, source), "notes": notes,
                         "skipped": skipped, "parsed": parsed})  # fmt: skip
        # "David Beasley, executive director of the U.N. World Food Program, told": then "He said" is Beasley
        named = [
            introduced if introduced and s != introduced and s in introduced else full_names.get(s, s) for s in named
        ]
        if introduced and named and all(MEDIA.search(n) for n in named):
            # "Qari Nooruddin Rostamkhel, in charge of demining coordination at ANDMA, made the remarks ..., The
            # Frontier Post reported." then "He said ..." (Lokmat Times, 2022): he is the person, not the paper
            last_speaker = introduced
        elif named:
            last_speaker = named[-1]
        elif introduced:
            last_speaker = introduced  # "Ahmad Zia, the provincial governor, ..." then "... he said"
        elif published := PUBLISHED.search(sentence):  # "the NTPF published the latest figures." then "It found"
            last_speaker = publisher(published)
        given = [r["source"] for r in rows if r["sentence"] == sentence and not r["source"].startswith("unattributed")]
        if given or named or before_me:  # a quotation with no speaker of its own keeps the one before it
            paragraph_speaker[paragraph] = (given or named or [before_me])[-1]
    if spans:
        heads = {text[a:b].strip() for a, b in spans[: _headline_spans(spans, text)]}
        rows = _headline_once(rows, heads)
    subject = main_subject(text, speakers | {r["source"] for r in rows})
    return _draft(rows, subject, outlet, claim_date, url, organisation_roles, name)


_OPEN_CLOSE = {"“": 1, "”": -1}
#: what stands before a quotation that its speaker opens: 'Voronovich said: “', 'He told the BBC: "', 'She added, “'
_OPENED_BY = re.compile(r"\b(?:" + SPEECH_VERBS + r")\b[^\"“”]{0,60}?[:,]\s*$")


@dataclass
class QuoteRun:
    """A quotation that runs over several sentences: the words from where it closes ('," Zia said.'; "" if it does not
    close in the text), and the sentence that opens it with the words before its opening mark, when a speaker opens it
    ('Voronovich said: “In Dublin ...'; None if not)."""

    tail: str = ""
    opener: int | None = None
    opened_by: str = ""
    first: int | None = None  # the sentence where the quotation opens


def _continues_quote(sentence: str) -> int | None:
    """Where a quotation left open at the end of the paragraph before goes on in this one, the offset to read
    from: after the opening mark that begins a paragraph of a quotation running on ('“The highest ...'), or 0 when the
    paragraph closes the quotation before it opens another (a sentence of one paragraph stored as its own, as the
    corpus stores them: 'A further 16 remain missing," the agency said'); None if the paragraph is not the quote's."""
    lead = sentence.lstrip()
    if lead[:1] in ('"', "“"):
        return len(sentence) - len(lead) + 1
    curly = [i for i in (sentence.find("”"), sentence.find("“")) if i >= 0]
    if curly and min(curly) == sentence.find("”"):
        return 0
    straight = sentence.find('"')
    if not curly and straight > 0 and sentence[straight - 1] in ",.!?":
        return 0
    return None


_CURLY_MARK = re.compile(r"[“”]")
_STRAIGHT_MARK = re.compile(r'"')
#: a straight mark that closes: after a word or its punctuation, before a space, the end or punctuation ('alive,"')
_STRAIGHT_CLOSING = re.compile(r'[\w,.!?]"(?:\s|$|[,.;:])')


def _closes_later(text: str, start: int, curly: bool) -> bool:
    """Whether the first quotation mark from ``start`` on closes a quotation: then a paragraph with no marks between a
    quotation left open and that mark is inside it ('... and arts and craft dealers to name a few.”', or '... five have
    come out alive," Mr Mbano said.'). News opens each paragraph of a long quotation with a mark; a copy that lost
    those marks, or that stores each sentence as its own paragraph, still opens the quotation once and closes it once
    (the caller also ends it at a paragraph that names a speaker of its own, the writer's: "According to the latest
    data from the Bangladesh Bureau of Statistics (BBS), ..." between two parts of a governor's quotation, Prothom Alo
    2024). A straight mark closes when it follows a word or its punctuation and ends the word ('alive,"')."""
    m = (_CURLY_MARK if curly else _STRAIGHT_MARK).search(text, start, start + 3000)
    if curly:
        return bool(m and m.group() == "”")
    return bool(m and m.start() > start and _STRAIGHT_CLOSING.match(text, m.start() - 1))


def paragraph_numbers(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """The paragraph of each sentence, from 0: a line break between two sentences starts a new one."""
    numbers: list[int] = []
    for i, (a, _) in enumerate(spans):
        numbers.append(numbers[-1] + ("\n" in text[spans[i - 1][1] : a]) if i else 0)
    return numbers


def quotation_paragraphs(text: str, spans: list[tuple[int, int]], paragraphs: list[int]) -> set[int]:
    """The paragraphs that are a quotation and nothing else: one that opens with a quotation mark and closes at its
    end ('“The average yield ... 3.63 tons per hectare.”'), or the end of one whose opening was left out ('For a
    population of only 23,000 folk, ... shareholder crews.”'), with no words after the closing mark to say whose."""
    whole: dict[int, str] = {}
    for (a, b), p in zip(spans, paragraphs, strict=True):
        whole[p] = whole.get(p, "") + " " + text[a:b]
    out = set()
    for p, words in whole.items():
        words = words.strip()
        if not words or words[-1] not in '”"' or words[-2:-1] in ("", " "):
            continue
        marks = [ch for ch in words if ch in '“”"']
        if words[0] in '“"' and len(marks) == 2:  # opens at the start and closes at the end, nothing between
            out.add(p)
        elif len(marks) == 1 and words[0] not in '“"':  # closes at the end, opened in text left out
            out.add(p)
    return out


def quote_runs(text: str, spans: list[tuple[int, int]], paragraph: list[int]) -> dict[int, QuoteRun]:
    """For each sentence inside a quotation that runs on past it, what says whose the quotation is: the words from
    where it closes ('," Zia said.': the speaker named there speaks every sentence of the quote) and the sentence that
    opens it, when the words before its mark name a speaker ('Voronovich said: “'). A quotation runs on into the next
    paragraph when it is left open at a paragraph's end and the next paragraph opens with a quotation mark (as news
    prints a quote of several paragraphs) or closes it. ``paragraph``: each sentence's, from paragraph_numbers."""
    out: dict[int, QuoteRun] = {}
    open_since: list[int] = []
    inside = curly = False  # inside a quotation; opened with a curly mark
    opener, opened_by, first = None, "", None
    for i, (a, b) in enumerate(spans):
        sentence = text[a:b]
        skip = 0
        if i and paragraph[i] != paragraph[i - 1]:  # a new paragraph: a quotation left open may go on in it
            go_on = _continues_quote(sentence) if inside else None
            if go_on is None and inside and _closes_later(text, a, curly) and not speakers_named(sentence):
                go_on = 0  # "“By the end of 2019, ... 5%." then "The average expenditure ... $2,931 in 2019." then
                # "... to name a few.”" (Business Insider Africa, 2020): one quotation, opened once and closed once
            if go_on is None:  # it ends with its paragraph: its opener alone may say whose it is
                out.update({j: QuoteRun("", opener, opened_by, first) for j in open_since if j != opener})
                inside, open_since, opener, opened_by = False, [], None, ""
            else:
                skip = go_on
        if inside:
            open_since.append(i)
        for k, ch in enumerate(sentence):
            if k < skip or not (ch in _OPEN_CLOSE or ch == '"'):
                continue
            now = (not inside) if ch == '"' else _OPEN_CLOSE[ch] == 1
            if inside and not now:  # the quotation closes here: what follows names its speaker
                tail = sentence[k:]
                if not tail[1:].strip() and i + 1 < len(spans) and paragraph[i + 1] == paragraph[i]:
                    # '... come down?" Kerrow questioned.': the speaker stands alone in the next sentence
                    after = text[spans[i + 1][0] : spans[i + 1][1]]
                    if len(after) <= 60 and not re.search(r"\d", after):
                        tail = f"{tail} {after}"
                if len(open_since) > 1 or (open_since and open_since[0] != i):
                    for j in open_since:
                        # a speaker who opened it speaks the paragraphs before the one that closes it: a quotation
                        # that seems to run on may be two, when the text between them was left out ('Hoey said:
                        # “... five prisoners ...' then '“... 602 ...,” said Mr Mitchell.')
                        closes = opener is None or paragraph[j] == paragraph[i]
                        out[j] = QuoteRun(tail if closes else "", opener, opened_by, first)
                open_since, opener, opened_by = [], None, ""
            elif now and not inside:
                open_since, first, curly = [i], i, ch == "“"
                by = _OPENED_BY.search(sentence[:k])
                opener, opened_by = (i, sentence[:k]) if by else (None, "")
                before = text[spans[i - 1][0] : spans[i - 1][1]].strip() if i else ""
                if not by and not sentence[:k].strip() and before.endswith(":") and paragraph[i] != paragraph[i - 1]:
                    # 'a Welsh Local Government Association spokesperson said:' closing the paragraph before, then
                    # '“With a number of local councils already recycling over 58% ...' (Aberdare Online, 2016)
                    if _OPENED_BY.search(before):
                        opener, opened_by = i - 1, before
            inside = now
    for j in open_since:  # a quotation that does not close in the text: its opener alone may say whose it is
        if j != opener:
            out[j] = QuoteRun("", opener, opened_by, first)
    return out


def _numbers(parsed) -> set[float]:
    return {x for x in (parsed.value, parsed.low, parsed.high) if x is not None}


def _distinctive(parsed) -> bool:
    """A figure an article is unlikely to state twice for two different things: a range, a share of a
    whole, or three significant digits or more ("478", "12,046", "2.15%"). "9%" or "12,000" twice may be two
    claims (a square's capacity and the most people in it), so they stay two rows."""
    if "vague" in (parsed.note or ""):
        return False  # "thousands" twice is rarely the same thousands
    if parsed.denominator is not None or (parsed.low is not None and parsed.high is not None):
        return True
    # a bound alone ("more than 1,000") is as distinctive as its figure: "more than 1,000 people were killed" and
    # "more than 1,000 such images" (the Hajj toll, FBC News 2015-09-29) were one row
    figure = next((x for x in (parsed.value, parsed.low, parsed.high) if x is not None), None)
    if figure is None:
        return False
    digits = f"{abs(figure):.6f}".replace(".", "").strip("0")
    return len(digits) >= 3


_KIND_WORDS = {"the", "of", "a", "an", "and", "for", "in", "local", "official", "officials", "authorities", "police",
               "ministry", "agency", "government", "spokesperson", "spokesman", "spokeswoman", "sources", "source",
               "figures", "data", "report", "reports", "statement", "service", "department", "office"}  # fmt: skip


def _speaker_words(source: str) -> set[str]:
    words = {w[:-1] if len(w) > 3 and w.endswith("s") else w
             for w in re.findall(r"[a-z0-9]+", re.sub(r"['’]s\b", "", source.lower()))}  # fmt: skip
    return words - _KIND_WORDS


def _compatible_speakers(a: str, b: str) -> bool:
    """Could two drafted sources be the same speaker? Unattributed or generic ("figures") fits any; otherwise
    they share a word that names someone ("Ukraine" and "Ukraine's Interior Ministry"), not one that only
    says what kind ("officials" and "civil protection officials" are not known to be the same)."""
    if a in ("unattributed", "unattributed reports") or b in ("unattributed", "unattributed reports"):
        return True
    if FIGURES_ONLY.fullmatch(a) or FIGURES_ONLY.fullmatch(b):
        return True
    return bool(_speaker_words(a) & _speaker_words(b))


def _headline_spans(spans: list[tuple[int, int]], text: str) -> int:
    """How many spans open the article as headline and standfirst: lines without a closing full stop."""
    n = 0
    for a, b in spans:
        if re.search(r"[.!?][\"”’']?\s*$", text[a:b]):
            break
        n += 1
    return max(n, 1)


def _headline_once(rows: list[dict], heads: set[str]) -> list[dict]:
    """One row per claim: a figure of the headline or standfirst that the body states again is the body's
    claim, said by the body's speaker; the headline's row is dropped and noted on the body's row."""
    out = []
    for r in rows:
        if r["sentence"] in heads:
            numbers = _numbers(r["parsed"])
            body = next(
                (b for b in rows if b["sentence"] not in heads and numbers and numbers == _numbers(b["parsed"])
                 and _compatible_speakers(r["source"], b["source"]) and _same_purpose(r, b)),
                None,
            )  # fmt: skip
            if body is not None:
                body["notes"] = [*body["notes"], f"also in the headline as '{r['found'].value_text}'"]
                continue
        out.append(r)
    return out


#: words after a figure that name nothing it counts
_NOT_NOUNS = {"were", "was", "are", "is", "have", "has", "had", "will", "would", "in", "of", "and", "or", "to", "the",
              "a", "an", "on", "at", "for", "from", "by", "with", "who", "which", "that", "more", "than", "as", "people",
              "person", "persons", "new", "other", "such", "so", "far", "last", "this", "since", "per", "percent",
              "cent", "million", "billion", "thousand", "hundred"}  # fmt: skip


def _noun_after(sentence: str, found) -> str:
    """The word that may name what a figure counts: the last of its words when they end in one ("25 out of 34 Afghan
    provinces": "province"), else the word right after it ("300 schoolgirls": "schoolgirl"); "" if none."""
    m = re.search(r"(?<![\w-])([A-Za-z][a-z-]{2,})$", found.value_text) or re.match(
        r"\s+([A-Za-z][a-z-]{2,})\b", sentence[found.end :]
    )
    if not m or m.group(1).lower() in _NOT_NOUNS:
        return ""
    word = m.group(1).lower()
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _purpose_after(sentence: str, found) -> str:
    """What a figure was counted for, in the words right after it: "787 for triple riding" -> "triple"."""
    m = re.match(r"(?:\s+[a-z]+){0,3}?\s+for\s+(?:the\s+|a\s+|an\s+)?([a-z]+)", sentence[found.end : found.end + 60])
    return m.group(1) if m else ""


def _item_in_brackets(sentence: str, found) -> str:
    """The item a figure in brackets right after it counts for ("lettuce (17.7 per cent)": "lettuce"), or ""."""
    before = re.search(r"([A-Za-z][\w-]*)\s*\(\s*$", sentence[: found.start])
    return before.group(1).lower() if before and re.match(r"\s*\)", sentence[found.end :]) else ""


def _same_purpose(a: dict, b: dict) -> bool:
    """Whether two mentions of a figure may count for the same thing: not when each says what for, differently, nor
    when one is in brackets after an item the other does not name after it: "a 17.7 per cent rise in the cost for
    dry breakfast cereals" and "lettuce (17.7 per cent)" (The Royal Gazette, 2023) were one row."""
    purposes = {_purpose_after(r["sentence"], r["found"]) for r in (a, b)}
    if len(purposes) == 2 and "" not in purposes:
        return False
    for one, other in ((a, b), (b, a)):
        item = _item_in_brackets(one["sentence"], one["found"])
        said_of = other["sentence"][other["found"].end : other["found"].end + 60]  # what the other mention is of
        if (
            item
            and item != _item_in_brackets(other["sentence"], other["found"])
            and not re.search(r"\b" + re.escape(item) + r"\b", said_of, re.I)
        ):
            return False
    return True


def _same_claim(kept: dict, new: dict) -> bool:
    """Is a second mention the claim drafted already? The same numbers, compatible metrics and speakers,
    and either a distinctive figure or the same stated metric ("9% of burglaries" and "9% of robberies" stay
    two rows)."""
    a, b = kept["parsed"], new["parsed"]
    if _numbers(a) != _numbers(b) or not _numbers(a) or a.denominator != b.denominator or a.unit != b.unit:
        return False
    if kept["metric"] and new["metric"] and kept["metric"] != new["metric"]:
        return False
    if (a.qualifier in ("at_least", "at_most")) != (b.qualifier in ("at_least", "at_most")) or (
        a.qualifier in ("at_least", "at_most") and a.qualifier != b.qualifier
    ):
        # "One in 10 children ... are at risk, say health officials" and "more than one in 10 children ... are not
        # fully protected" (Kent Online, 2022) were one row: a figure and a bound on it are two claims
        return False
    if not _compatible_speakers(kept["resolved"], new["resolved"]):
        return False  # two speakers giving the same figure: two claims that agree, both kept
    nouns = {_noun_after(r["sentence"], r["found"]) for r in (kept, new)}
    if len(nouns) == 2 and "" not in nouns:
        # "More than 300 schoolgirls were kidnapped ... earlier this month" and "more than 300 schoolboys were taken
        # ... in December" (Local News 8, 2021) were one row: two things counted, two claims
        return False
    if not _same_purpose(kept, new):
        # "787 vehicles were challaned for traffic signal jumping" and "787 for triple riding on two-wheeler" (Business
        # Standard, 2015) were one row: what each was counted for differs, two claims
        return False
    same_words = kept["found"].value_text.lower() == new["found"].value_text.lower()
    small = a.unit == "percent" or max(abs(x) for x in _numbers(a)) < 100
    if small and not _distinctive(a) and "unattributed" in (kept["resolved"] + new["resolved"]):
        # "grow 1 percent" (the IMF, via reports) and "to 1 percent" (the government) (APD News, 2014-10); "two homes
        # were reported lost at Snake Valley" and a spokeswoman's "two homes had been hit ... in the Chepstowe area"
        # (AFR, 2013-01-08): a short share or a count under 100 said twice with no speaker to tie them is two claims
        return False
    if not _distinctive(a) and a.unit in MONEY_UNITS:
        # "$24 billion" to the Philippines and "$24 billion" back home to Mexico (the World Bank, Inquirer 2012-11):
        # a round sum of money said twice is two claims unless the figure is distinctive
        return False
    return _distinctive(a) or (same_words and len(new["found"].value_text.split()) >= 2)


#: units of length: a figure in one is most often a distance, no claim
_LENGTHS = {"m", "km", "mi", "ft", "yd"}  # not mm, cm or in: rain and snow are measured in them
_LENGTH_NOTE = "a length: most often a distance that sets the scene, no claim (check)"


def _draft(
    rows: list[dict], subject: str, outlet: str, claim_date: str, url: str, roles: dict, name: str
) -> pd.DataFrame:
    out = []
    kept_rows: list[dict] = []
    by_numbers: dict[frozenset, list[int]] = {}  # rows kept, by the numbers they state: a repeat states the same
    for r in rows:
        source = with_organisation(r["source"], roles)
        r["resolved"] = source
        key = frozenset(_numbers(r["parsed"]))
        duplicate = next((i for i in by_numbers.get(key, []) if _same_claim(kept_rows[i], r)), None)
        if duplicate is not None:
            kept = out[duplicate]
            kept["extraction_note"] += f"; also stated as '{r['found'].value_text}' ({r['source']})"
            if len(r["found"].value_text) > len(kept["value_text"]):
                kept["value_text"], kept["quote"] = r["found"].value_text, r["sentence"]
            unnamed = kept["source"] in ("unattributed", "unattributed reports") or FIGURES_ONLY.fullmatch(
                kept["source"]
            )
            if (unnamed and r["source"] not in ("unattributed", "unattributed reports")) or (
                "," in source and "," not in kept["source"]
            ):
                kept["source"], kept["source_type"] = source, source_type(source)
                kept["confidence"] = max(kept["confidence"], round(r["confidence"], 2))
            continue
        digest = hashlib.sha1(f"{r['sentence']}|{r['found'].value_text}|{r['found'].start}".encode()).hexdigest()[:8]
        notes = r["notes"] + ([f"passed over: {'; '.join(r['skipped'])}"] if r["skipped"] else [])
        confidence = r["confidence"]  # the share right, on the corpus, of the way the speaker was found
        if (r["parsed"].unit or r["unit"]) in _LENGTHS and confidence > CONFIDENCE["unmeasured"]:
            # "Divers searched at depths of 25 metres ..., Mr Waterpau said" (ABC News, 2018) was drafted at 0.85: a
            # length is most often a distance or a depth that sets the scene (the corpus labels 20 such as no claim,
            # and a handful as claims), so it is drafted as unsure
            confidence = CONFIDENCE["unmeasured"]
            notes = [*notes, _LENGTH_NOTE]
        if FIGURES_ONLY.fullmatch(source) and confidence > CONFIDENCE["none"]:
            # "according to a report", "figures released Tuesday": no publisher named, so no speaker to be sure of (46
            # such drafts of the corpus were right 28 times, at 0.80 to 0.87): as sure as a figure with no speaker
            confidence = CONFIDENCE["none"]
            notes = [*notes, "no publisher named for the figures: confidence as for no speaker"]
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
        kept_rows.append(r)
        by_numbers.setdefault(key, []).append(len(kept_rows) - 1)
    _crowding(out)
    frame = pd.DataFrame(out, columns=DRAFT_COLUMNS)
    for column in DRAFT_COLUMNS:
        if column != "confidence":
            frame[column] = frame[column].astype(object).fillna("").astype("str")
    return frame


def _crowding(out: list[dict]) -> None:
    """Move the confidence of each named speaker's draft by how many drafts its sentence gave
    (attribution.CROWDING): among three or more figures, one of them is likelier someone else's."""
    per_sentence: dict[str, int] = {}
    for row in out:
        per_sentence[row["quote"]] = per_sentence.get(row["quote"], 0) + 1
    for row in out:
        if (
            row["source"] in ("unattributed", "unattributed reports")
            or FIGURES_ONLY.fullmatch(row["source"])
            or _LENGTH_NOTE in row["extraction_note"]  # a length stays as unsure as it was drafted
        ):
            continue
        figures = per_sentence[row["quote"]]
        row["confidence"] = round(row["confidence"] + CROWDING[min(figures, 3)], 2)
        if figures >= 3:
            row["extraction_note"] += (
                f"; {figures} figures drafted from this sentence: check each is this speaker's (confidence lowered)"
            )


def extract_articles(paths, *, claim_date: str = "", outlet: str = "", url: str = "") -> pd.DataFrame:
    """Draft claims of one or more article files (plain text or HTML), in one table."""
    frames = []
    for path in paths:
        p = Path(path)
        try:
            raw = p.read_text(encoding="utf-8")
        except FileNotFoundError as e:
            raise NotFound(f"{path}: article not found") from e
        except (IsADirectoryError, PermissionError) as e:  # "" is the current folder
            raise NotFound(f"{path or repr(path)}: not an article file ({e.strerror.lower()})") from e
        except UnicodeDecodeError as e:
            raise DiscrepancyError(f"{path}: not UTF-8 text") from e
        frames.append(extract_claims(raw, name=p.stem, claim_date=claim_date, outlet=outlet, url=url))
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=DRAFT_COLUMNS)
