"""The claim intake's old address, kept for notebooks and scripts written against it (notebook 00 imported
``from discrepancy.extract import article_text, extract_claims`` before the layers had folders). The intake
now lives in ``discrepancy.intake``; import from there."""

from discrepancy.intake import (
    DRAFT_COLUMNS,
    MAX_SENTENCE_CHARS,
    article_text,
    dateline,
    extract_articles,
    extract_claims,
    quantities,
    sentences,
)

__all__ = [
    "DRAFT_COLUMNS",
    "MAX_SENTENCE_CHARS",
    "article_text",
    "dateline",
    "extract_articles",
    "extract_claims",
    "quantities",
    "sentences",
]
