"""The intake layer: draft claim rows from an article's text, for an analyst to check.

``article`` (HTML to text, dateline, sentences), ``quantities`` (the numbers of a sentence, through the
claims layer's one grammar, and the numbers that are not claims), ``attribution`` (who said it) and
``draft`` (the draft table)."""

from discrepancy.intake.article import MAX_SENTENCE_CHARS, article_text, dateline, sentences
from discrepancy.intake.draft import DRAFT_COLUMNS, extract_articles, extract_claims
from discrepancy.intake.quantities import quantities

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
