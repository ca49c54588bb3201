"""The draft claim table of an article, for an analyst to review: each quantity with its speaker, subject,
metric, geography, a confidence and a note saying what a reviewer should check.

The rules are plain patterns, tested on short articles; the draft is a draft."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import Path

import pandas as pd

from discrepancy.claims.schema import COLUMN_NAMES
from discrepancy.claims.values import parse_value
from discrepancy.errors import DiscrepancyError, NotFound
from discrepancy.intake.article import article_text, dateline, sentences
from discrepancy.intake.attribution import (
    INTRODUCED,
    PRONOUN,
    SAID_AFTER,
    SAID_BEFORE,
    attribute,
    clean_source,
    possessive_role,
    source_type,
    with_organisation,
)
from discrepancy.intake.quantities import NOUN_METRICS, Found, quantities

DRAFT_COLUMNS = [*COLUMN_NAMES, "confidence", "extraction_note"]
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
    full_names: dict[str, str] = {}  # surname -> "Name (role)" of a person introduced with a role
    spans = sentences(text)
    for a, b in spans:
        sentence = text[a:b].strip()
        introduced = ""
        for m in INTRODUCED.finditer(sentence):
            person = f"{m.group('name')} ({m.group('role').strip()})"
            full_names[m.group("name").split()[-1]] = person
            introduced = person
        # named speakers in this sentence, for pronouns in later ones
        for m in list(SAID_BEFORE.finditer(sentence)) + list(SAID_AFTER.finditer(sentence)):
            src = m.group("src")
            if not PRONOUN.match(src):
                cleaned = clean_source(src)
                org, role = possessive_role(cleaned)
                if role:
                    organisation_roles[org] = role
                speakers.add(cleaned)
        found, skipped = quantities(sentence)
        previous_metric = ""
        for f in found:
            source, how, confidence = attribute(sentence, f, last_speaker or introduced)
            if source in full_names:  # a surname alone: the person introduced earlier with their role
                source, how = full_names[source], f"{how}; surname of a person named earlier"
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
            s for s in (clean_source(m.group("src")) for m in SAID_AFTER.finditer(sentence)) if not PRONOUN.match(s)
        ]
        named += [
            s for s in (clean_source(m.group("src")) for m in SAID_BEFORE.finditer(sentence)) if not PRONOUN.match(s)
        ]
        named = [full_names.get(s, s) for s in named]
        if named:
            last_speaker = named[-1]
        elif introduced:
            last_speaker = introduced  # "Ahmad Zia, the provincial governor, ..." then "... he said"
    if spans:
        rows = _headline_once(rows, text[spans[0][0] : spans[0][1]].strip())
    subject = main_subject(text, speakers | {r["source"] for r in rows})
    return _draft(rows, subject, outlet, claim_date, url, organisation_roles, name)


def _numbers(parsed) -> set[float]:
    return {x for x in (parsed.value, parsed.low, parsed.high) if x is not None}


def _headline_once(rows: list[dict], first: str) -> list[dict]:
    """One row per claim: an unattributed figure of the headline (the first line) that the body states
    again is the body's claim, said by the body's speaker; it is dropped and noted on the body's row."""
    out = []
    for r in rows:
        if r["sentence"] == first and r["source"] in ("unattributed", "unattributed reports"):
            numbers = _numbers(r["parsed"])
            body = next((b for b in rows if b["sentence"] != first and numbers & _numbers(b["parsed"])), None)
            if numbers and body is not None:
                body["notes"] = [*body["notes"], f"also in the headline as '{r['found'].value_text}'"]
                continue
        out.append(r)
    return out


def _draft(
    rows: list[dict], subject: str, outlet: str, claim_date: str, url: str, roles: dict, name: str
) -> pd.DataFrame:
    out = []
    seen: dict[tuple, int] = {}
    for r in rows:
        source = with_organisation(r["source"], roles)
        p = r["parsed"]
        reading = (p.value, p.low, p.high, p.denominator, r["metric"])
        org = possessive_role(r["source"])[0]
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
        except (IsADirectoryError, PermissionError) as e:  # "" is the current folder
            raise NotFound(f"{path or repr(path)}: not an article file ({e.strerror.lower()})") from e
        except UnicodeDecodeError as e:
            raise DiscrepancyError(f"{path}: not UTF-8 text") from e
        frames.append(extract_claims(raw, name=p.stem, claim_date=claim_date, outlet=outlet, url=url))
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=DRAFT_COLUMNS)
