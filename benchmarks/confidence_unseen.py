"""What a draft's confidence is measured on: drafts of articles the intake had NOT seen.

Each round of articles in tests/data/articles was scored unseen before its patterns were added. This script
replays that: for each round, it checks out (as a git worktree) the commit before the round's own fixes (the
commit that added the round before it), drafts the round's articles with that code, and records each draft's
outcome: the way its speaker was found, how many drafts its sentence gave, and whether it was right (a labelled
claim with its labelled speaker, by the matching of the time). The answer files are today's.

The records go to benchmarks/results/confidence-unseen.csv; intake.attribution.CONFIDENCE and CROWDING are
computed from them, and tests/intake/test_attribution.py holds the constants to the file.

Run from a git checkout with its history: python benchmarks/confidence_unseen.py (about 20 seconds). It also prints
how the drafts of each round score with constants fitted on the other rounds only (left_out).
Not part of `make bench`: it needs the repository's history and writes worktrees under a temporary folder.
"""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from common import HERE

ROOT = HERE.parent
OUT = HERE / "results" / "confidence-unseen.csv"
#: (the commit that added the round's articles, the commit before the round's fixes: the previous round's)
ROUNDS = [
    ("8", "e46e695", "7faac0c"),
    ("9", "f6d55ea", "e46e695"),
    ("10", "a9a566f", "f6d55ea"),
    ("11", "f7f7f52", "a9a566f"),
    ("12", "b798b13", "f7f7f52"),
    ("13", "5838707", "b798b13"),
    ("14", "5c380e0", "aaae63b"),
    ("15", "419f64c", "2aabfdc"),  # rounds 15 and 16, added in one commit
    ("17", "04b1b06", "142fd23"),
    ("18", "3592ad6", "058f983"),
    ("19", "9f40295", "73cb98f"),
    ("20", "7a12f7c", "e918c5b"),
    ("21", "ca334ce", "c562ce7"),
    ("22", "c90ec7b", "e206c5e"),
    ("23", "94374f3", "53477e4"),
    ("24", "b260a2d", "35f5a7e"),
    ("25", "aeb4779", "8fcff92"),
    ("26", "310a0da", "45ce7f1"),
    ("27", "9ca1374", "7399e2f"),
    ("28", "d6fcb1a", "16c0d23"),
    ("29", "5f6cc70", "d8ec2bd"),
    ("30", "9336f96", "32e5ac5"),
    ("31", "ced5bb4", "70b3852"),
    ("32", "baa2e58", "4f35635"),
    ("33", "4e9cc8a", "bf158c7"),
    ("34", "10c19d5", "b65d63e"),
    ("35", "2ae3910", "67026d0"),
    ("36", "664ca92", "9107a0c"),
    ("37", "1056061", "9456d82"),
    ("38", "1bc3b46", "f153623"),
    ("39", "e679098", "7bb04b1"),
    ("40", "2e43951", "c6b42db"),
]
#: run inside the old worktree: each article's draft, one JSON line per article (scored here, by today's evaluate: the
#: old scoring took a draft for a label by words alone, "8,175" for "8,175,133")
_DRAFTS = r"""
import json, sys
from discrepancy.intake.evaluate import load_answers
from discrepancy.intake.draft import extract_articles
for a in load_answers(sys.argv[1]):
    d = extract_articles([a.text], claim_date=a.date, outlet=a.outlet, url=a.url)
    rows = d[["value_text", "source", "quote", "confidence", "extraction_note"]].to_dict("records")
    print(json.dumps({"article": a.name, "rows": rows}))
"""


def _scored(articles: Path, out: str) -> list[dict]:
    """One record per draft of the old code's drafts (``out``: _DRAFTS' lines), matched to the answers in articles
    by today's evaluate: how its speaker was found, the figures of its sentence, and whether it was right."""
    import pandas as pd

    from discrepancy.intake.evaluate import load_answers, match

    answers = {a.name: a for a in load_answers(articles)}
    records = []
    for line in out.splitlines():
        drafted = json.loads(line)
        a, d = answers[drafted["article"]], pd.DataFrame(drafted["rows"])
        if d.empty:
            continue
        per_quote = d.groupby("quote").size().to_dict()
        info = {}
        for r in d.itertuples():
            how = re.match(r"source: ([^;]*)", r.extraction_note)
            info[(r.value_text, r.source)] = (how.group(1) if how else "", per_quote.get(r.quote, 1))
        for r in match(a, d).itertuples():
            if r.drafted:
                how, figures = info[(r.drafted, r.source)]
                records.append({"article": a.name, "value_text": r.drafted, "source": r.source, "how": how,
                                "figures_in_sentence": figures, "right": bool(r.found and r.speaker_right)})  # fmt: skip
    return records


def _round_articles(commit: str, folder: Path) -> None:
    """Copy the articles a round's commit added (as they are today) into folder."""
    names = subprocess.run(
        ["git", "show", "--name-only", "--format=", commit], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    for name in names:
        if name.startswith("tests/data/articles/") and name.endswith(".yaml"):
            for suffix in (".yaml", ".txt"):
                source = ROOT / name.removesuffix(".yaml")
                (folder / (source.name + suffix)).write_bytes(source.with_suffix(suffix).read_bytes())


def main() -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, added, before in ROUNDS:
            articles, tree = Path(tmp) / f"round-{label}", Path(tmp) / f"code-{label}"
            articles.mkdir()
            _round_articles(added, articles)
            subprocess.run(["git", "worktree", "add", "-f", "-q", str(tree), before], cwd=ROOT, check=True)
            try:
                out = subprocess.run(
                    [sys.executable, "-c", _DRAFTS, str(articles)], cwd=tree, capture_output=True, text=True,
                    check=True, env={**os.environ, "PYTHONPATH": str(tree)},
                ).stdout  # fmt: skip
            finally:
                subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False)
            rows += [{"round": label, "code": before, **record} for record in _scored(articles, out)]
    subprocess.run(["git", "worktree", "prune"], cwd=ROOT, check=False)
    rows.sort(key=lambda r: (int(r["round"]), r["article"], r["value_text"], r["source"]))
    with OUT.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return rows


def left_out(path: Path = OUT) -> dict[str, tuple[int, int]]:
    """Each round scored with constants fitted on the other rounds only, as attribution.CONFIDENCE and CROWDING are
    fitted on all (a way seen 10 times or more: (right + 6 * share) / (drafts + 6); the others keep their constant):
    {"at 0.8 or more": (drafts, right), "0.5 to 0.8": (drafts, right)}. Only drafts whose way the constants name."""
    import pandas as pd

    from discrepancy.intake.attribution import CONFIDENCE, CONFIDENCE_WAYS, FIGURES_ONLY

    unseen = pd.read_csv(path)
    unnamed = ("no attribution found", "reports", "pronoun with no speaker")
    bands = {"at 0.8 or more": [0, 0], "0.5 to 0.8": [0, 0]}
    for label in sorted(unseen["round"].unique()):
        train, scored = unseen[unseen["round"] != label], unseen[unseen["round"] == label]
        share = train["right"].mean()
        counted = train.groupby("how")["right"].agg(["size", "sum"])
        constants = dict(CONFIDENCE)
        for how, (drafts, right) in counted[counted["size"] >= 10].iterrows():
            if how in CONFIDENCE_WAYS:
                constants[CONFIDENCE_WAYS[how]] = round((right + 6 * share) / (drafts + 6), 2)
        named = train[~train["how"].isin(unnamed)]
        crowd = named.groupby(named["figures_in_sentence"].clip(upper=3))["right"].mean() - named["right"].mean()
        for draft in scored[scored["how"].isin(list(CONFIDENCE_WAYS))].itertuples():
            confidence = constants[CONFIDENCE_WAYS[draft.how]]
            if draft.source not in ("unattributed", "unattributed reports") and not FIGURES_ONLY.fullmatch(
                draft.source
            ):
                confidence = round(confidence + round(crowd.get(min(draft.figures_in_sentence, 3), 0), 2), 2)
            band = "at 0.8 or more" if confidence >= 0.8 else "0.5 to 0.8" if confidence >= 0.5 else None
            if band:
                bands[band][0] += 1
                bands[band][1] += int(draft.right)
    return {band: (drafts, right) for band, (drafts, right) in bands.items()}


if __name__ == "__main__":
    records = main()
    right = sum(r["right"] for r in records)
    print(f"{len(records)} unseen drafts, {right} right ({right / len(records):.1%}): {OUT.relative_to(ROOT)}")
    for band, (drafts, right) in left_out().items():
        print(f"each round left out of the constants it is scored with, {band}: {right} of {drafts} right")
