"""The intake measured on a corpus of real articles with hand-labelled answer files.

A corpus folder holds, per article, ``NAME.txt`` (the text as published, or the excerpt kept) and
``NAME.yaml`` (its answer file): outlet, date, url, ``claims`` (every number an analyst would draft:
``value_text``, ``speaker``, ``measures``) and ``not_claims`` (numbers that are no claim: dates, ages,
durations, model names, each with why). ``article:`` in the answer file may point at the text elsewhere.

For each article the draft is matched to the answer file:
- a labelled claim is *found* when a draft row states the same numbers (or the same words) in a sentence
  that holds the label's words;
- its *speaker is right* when the draft's source names the labelled speaker (see :func:`same_speaker`);
- a draft row that matches no labelled claim is a *non-claim drafted*, and one whose words are a listed
  non-claim is counted apart as well.
Confidence is checked against the same matches: of the drafts at each confidence band, how many were right
(a labelled claim with its right speaker)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from discrepancy.claims.values import parse_value
from discrepancy.errors import DiscrepancyError, NotFound

#: words that say what kind of speaker, not which one: "officials" alone matches "local officials", but
#: "US officials" never matches "Iraqi officials"
GENERIC = {
    "the", "of", "a", "an", "and", "for", "in", "on", "by", "to", "from", "at", "s", "its", "their",
    "official", "officials", "authorities", "authority", "government", "ministry", "agency", "service", "centre",
    "center", "department", "office", "police", "military", "figures", "data", "statistics", "report", "reports",
    "statement", "new", "latest", "preliminary", "sources", "source", "spokesperson", "spokesman", "spokeswoman",
    "local", "national", "state", "public", "records", "analysis", "study", "estimate", "estimates", "group",
    "organisers", "organizers", "organiser", "organizer", "us", "u",
}  # fmt: skip
UNATTRIBUTED = ("unattributed", "unattributed reports")
#: confidence bands for the calibration table: [low, high)
BANDS = ((0.0, 0.5), (0.5, 0.8), (0.8, 1.01))
TARGETS = {"found": 0.9, "speakers_right": 0.8, "non_claims_drafted": 0.1, "right_at_0_8": 0.8}


@dataclass(frozen=True)
class Answer:
    name: str
    text: Path
    outlet: str
    date: str
    url: str
    claims: list[dict]
    not_claims: list[dict]


def _tokens(text: str) -> set[str]:
    text = re.sub(r"['’]s\b", "", text.lower())
    return set(re.findall(r"[a-z0-9]+", text))


def same_speaker(drafted: str, labelled: str) -> bool:
    """Does the draft's source name the labelled speaker? "unattributed" matches "unattributed" (with or
    without "reports"). Otherwise the draft's distinctive words (names, places, organisations) must appear
    in the label; a draft of generic words only ("police", "officials") must have all of them there."""
    label_unattributed = labelled.lower().startswith("unattributed")
    if drafted in UNATTRIBUTED or label_unattributed:
        return drafted in UNATTRIBUTED and label_unattributed
    d, lab = _tokens(drafted), _tokens(labelled)
    distinctive = d - GENERIC
    if distinctive:
        return bool(distinctive & lab) or _acronym_of(drafted, labelled) or _acronym_of(labelled, drafted)
    return bool(d) and d <= lab


def _acronym_of(short: str, long: str) -> bool:
    """Whether ``short`` holds an acronym that ``long`` spells out: "WHO" and "World Health Organisation", "NDMA" and
    "the National Drought Management Authority" (Khaleej Times 2022, The Star 2023: scored as wrong speakers)."""
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w’'-]*", long) if w not in _JOINING)
    return any(len(a) >= 2 and a in initials for a in re.findall(r"\b[A-Z]{2,}\b", short))


#: capitalised words an acronym leaves out
_JOINING = {"The", "Of", "And", "For", "On", "In", "At", "De"}


def _numbers(text: str) -> frozenset[float]:
    parsed = parse_value(text)
    if parsed.status != "ok":
        return frozenset()
    return frozenset(x for x in (parsed.value, parsed.low, parsed.high) if x is not None)


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("“", '"').replace("”", '"')).strip().lower()


def load_answers(folder: str | Path) -> list[Answer]:
    """The answer files of a corpus folder, checked: every problem of every file at once."""
    import yaml

    folder = Path(folder)
    if not folder.is_dir():
        raise NotFound(f"{folder}: no corpus folder there")
    answers, problems = [], []
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise NotFound(f"{folder}: no answer files (NAME.yaml beside NAME.txt)")
    for path in files:
        try:
            meta = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as e:
            problems.append(f"{path}: not YAML: {e}")
            continue
        text = (path.parent / meta["article"]) if meta.get("article") else path.with_suffix(".txt")
        for key in ("outlet", "date", "url"):
            if not str(meta.get(key) or "").strip():
                problems.append(f"{path}: '{key}' is missing")
        if not text.is_file():
            problems.append(f"{path}: its article {text} is missing")
            continue
        body = text.read_text(encoding="utf-8")
        claims = meta.get("claims") or []
        for i, claim in enumerate(claims, 1):
            for key in ("value_text", "speaker", "measures"):
                if not str(claim.get(key) or "").strip():
                    problems.append(f"{path}: claim {i}: '{key}' is missing")
            if claim.get("value_text") and str(claim["value_text"]) not in body:
                problems.append(f"{path}: claim {i}: '{claim['value_text']}' is not in {text.name}")
        for i, item in enumerate(meta.get("not_claims") or [], 1):
            if str(item.get("text", "")) not in body:
                problems.append(f"{path}: not_claims {i}: '{item.get('text')}' is not in {text.name}")
        answers.append(
            Answer(path.stem, text, str(meta.get("outlet", "")), str(meta.get("date", "")), str(meta.get("url", "")),
                   [{k: str(v) for k, v in c.items()} for c in claims],
                   [{k: str(v) for k, v in c.items()} for c in (meta.get("not_claims") or [])])
        )  # fmt: skip
    if problems:
        raise DiscrepancyError(f"{len(problems)} problem(s) in the corpus answer files:\n" + "\n".join(problems))
    return answers


def _within(part: str, whole: str) -> bool:
    """Whether ``part`` is in ``whole`` and not inside a larger number there: "20" is not in "july 2006" (CNNMoney,
    2007: "the 20 markets" was taken for the date "July 2006")."""
    return bool(part) and re.search(r"(?<![\d.,])" + re.escape(part) + r"(?![\d]|[.,]\d)", whole) is not None


def match(answer: Answer, draft: pd.DataFrame) -> pd.DataFrame:
    """One row per labelled claim and per unmatched draft row: what was labelled, what was drafted."""
    rows = list(draft.itertuples(index=False))
    # every pair of a label and a draft that state the same numbers or words, best first: a draft goes to the label
    # it fits best (its words in the draft's sentence), not to the first label with its numbers (a headline's
    # "Could Reach $70m" took the body's "as much as $70m", and the body's label went unmatched)
    pairs = []
    for j, claim in enumerate(answer.claims):
        want, words = _numbers(claim["value_text"]), _fold(claim["value_text"])
        for i, row in enumerate(rows):
            drafted = _numbers(row.value_text)
            same_numbers = bool(want) and drafted == want
            # words in common, unless the draft reads numbers the label does not state: "8,175" drafted from
            # "8,175,133," (Pew Research, 2011) was scored as found, a wrong number counted right
            same_words = (words in _fold(row.value_text) or _fold(row.value_text) in words) and (
                not drafted or not want or drafted <= want or want <= drafted
            )
            if same_numbers or same_words:
                score = (
                    1 + same_numbers + same_words + (words in _fold(row.quote))
                    + 0.5 * same_speaker(row.source, claim["speaker"]) + 0.25 * (words == _fold(row.value_text))
                )  # fmt: skip
                pairs.append((-score, j, i))
    taken: set[int] = set()
    chosen: dict[int, int] = {}
    for _, j, i in sorted(pairs):
        if i not in taken and j not in chosen:
            taken.add(i)
            chosen[j] = i
    # the other mentions of a figure that a row stands for, as its note names them ("also stated as '177'", "also in
    # the headline as 'kill 177'"): a figure said twice is one row (one claim), and the corpus labels each mention
    notes = [getattr(row, "extraction_note", "") for row in rows]
    mentions = [m for note in notes if isinstance(note, str) for m in _NOTED_MENTION.findall(note)]
    out = []
    for j, claim in enumerate(answer.claims):
        row = rows[chosen[j]] if j in chosen else None
        want, words = _numbers(claim["value_text"]), _fold(claim["value_text"])
        noted = row is None and any(
            (want and _numbers(m) == want) or _within(_fold(m), words) or _within(words, _fold(m)) for m in mentions
        )
        out.append({
            "article": answer.name, "value_text": claim["value_text"], "speaker": claim["speaker"],
            "measures": claim["measures"], "drafted": row.value_text if row else "",
            "source": row.source if row else "", "confidence": float(row.confidence) if row else float("nan"),
            "found": row is not None, "speaker_right": bool(row) and same_speaker(row.source, claim["speaker"]),
            "not_a_claim": "", "noted_as_said_again": noted,
        })  # fmt: skip
    not_claims = [_fold(n["text"]) for n in answer.not_claims]
    for i, row in enumerate(rows):
        if i in taken:
            continue
        # the non-claim whose words the draft's sentence holds first: "two" of "received two MMR doses" is the doses'
        # count, not the age of "by the time they are two" in another sentence (Kent Online, 2022)
        fits = [(t in _fold(row.quote), n["why"]) for n, t in zip(answer.not_claims, not_claims, strict=True)
                if _within(_fold(row.value_text), t) or _within(t, _fold(row.value_text))]  # fmt: skip
        listed = next((why for here, why in fits if here), fits[0][1] if fits else "")
        out.append({
            "article": answer.name, "value_text": "", "speaker": "", "measures": "", "drafted": row.value_text,
            "source": row.source, "confidence": float(row.confidence), "found": False, "speaker_right": False,
            "not_a_claim": listed or "not labelled as a claim", "noted_as_said_again": False,
        })  # fmt: skip
    return pd.DataFrame(out)


@dataclass(frozen=True)
class Evaluation:
    matches: pd.DataFrame  # one row per labelled claim and per draft row that matched none
    articles: pd.DataFrame  # per article: claims, found, speakers_right, drafted, non_claims_drafted, ...
    calibration: pd.DataFrame  # per confidence band: drafts, right, share_right
    totals: dict


#: a mention of a figure that a draft row's note says the row stands for too
_NOTED_MENTION = re.compile(r"also (?:stated as|in the headline as) '([^']*)'")


def _share(a: int, b: int) -> float:
    return round(a / b, 3) if b else 0.0


def evaluate(folder: str | Path) -> Evaluation:
    """Draft every article of the corpus and score the drafts against the answer files."""
    from discrepancy.intake.draft import extract_articles

    frames = []
    for answer in load_answers(folder):
        draft = extract_articles([answer.text], claim_date=answer.date, outlet=answer.outlet, url=answer.url)
        frames.append(match(answer, draft))
    matches = pd.concat(frames, ignore_index=True)
    labelled = matches[matches["value_text"] != ""]
    drafted = matches[matches["drafted"] != ""]
    per = []
    for name, part in matches.groupby("article", sort=True):
        lab, dra = part[part["value_text"] != ""], part[part["drafted"] != ""]
        per.append({
            "article": name, "claims": len(lab), "found": int(lab["found"].sum()),
            "noted_as_said_again": int(lab["noted_as_said_again"].sum()),
            "speakers_right": int(lab["speaker_right"].sum()), "drafted": len(dra),
            "non_claims_drafted": int((dra["not_a_claim"] != "").sum()),
            "listed_non_claims_drafted": int(((dra["not_a_claim"] != "") &
                                              (dra["not_a_claim"] != "not labelled as a claim")).sum()),
        })  # fmt: skip
    articles = pd.DataFrame(per)
    right = drafted["found"] & drafted["speaker_right"]
    bands = []
    for low, high in BANDS:
        inside = (drafted["confidence"] >= low) & (drafted["confidence"] < high)
        bands.append({"band": f"{low:.1f}-{min(high, 1.0):.1f}", "drafts": int(inside.sum()),
                      "right": int((inside & right).sum()), "share_right": _share(int((inside & right).sum()),
                                                                                  int(inside.sum()))})  # fmt: skip
    calibration = pd.DataFrame(bands)
    found, n_claims = int(labelled["found"].sum()), len(labelled)
    speakers = int(labelled["speaker_right"].sum())
    non_claims = int((drafted["not_a_claim"] != "").sum())
    high = drafted["confidence"] >= 0.8
    totals = {
        "articles": len(articles),
        "claims": n_claims,
        "found": found,
        "found_share": _share(found, n_claims),
        # not found as rows of their own, but named in a row's note as the same figure said again (not in found)
        "noted_as_said_again": int(labelled["noted_as_said_again"].sum()),
        "speakers_right": speakers,
        "speakers_right_share_of_found": _share(speakers, found),
        "speakers_right_share_of_claims": _share(speakers, n_claims),
        "drafted": len(drafted),
        "non_claims_drafted": non_claims,
        "non_claims_drafted_share": _share(non_claims, len(drafted)),
        "listed_non_claims_drafted": int(articles["listed_non_claims_drafted"].sum()),
        "drafts_at_0_8_or_more": int(high.sum()),
        "right_share_at_0_8_or_more": _share(int((high & right).sum()), int(high.sum())),
    }
    totals["targets"] = dict(TARGETS)
    totals["targets_met"] = {
        "found": totals["found_share"] >= TARGETS["found"],
        "speakers_right": totals["speakers_right_share_of_found"] >= TARGETS["speakers_right"],
        "non_claims_drafted": totals["non_claims_drafted_share"] < TARGETS["non_claims_drafted"],
        "right_at_0_8": totals["right_share_at_0_8_or_more"] >= TARGETS["right_at_0_8"],
    }
    return Evaluation(matches, articles, calibration, totals)
