"""The intake measured on the corpus of real articles (tests/data/articles): numbers found, speakers right,
drafts that are no claims, and whether the confidence means what it says (issue 14).

Targets: 90% of labelled numbers found, 80% of speakers right, under 10% of drafted rows not claims, and of
drafts at confidence 0.8 or more at least 80% right. Run: make bench (or python benchmarks/bench_extract.py).
The same figures, article by article: discrepancy extract --evaluate tests/data/articles
"""

from __future__ import annotations

from common import HERE, record

from discrepancy.intake.evaluate import evaluate

CORPUS = HERE.parent / "tests" / "data" / "articles"


def main() -> dict:
    result = evaluate(CORPUS)
    figures = {
        **result.totals,
        "corpus": "tests/data/articles",
        "per_article": result.articles.to_dict("records"),
        "calibration": result.calibration.to_dict("records"),
    }
    record("extract", figures)
    return figures


if __name__ == "__main__":
    f = main()
    print(
        f"{f['found_share']:.1%} found, {f['speakers_right_share_of_found']:.1%} speakers right, "
        f"{f['non_claims_drafted_share']:.1%} not claims, {f['right_share_at_0_8_or_more']:.1%} right at 0.8+"
    )
