"""The claim table contract (shared/claims-schema.md), declared once as data.

Validation (:mod:`discrepancy.validate`) and the column table in data/README.md are both derived from
:data:`COLUMNS`; a test fails when the README's table differs from :func:`markdown_table`.
"""

from __future__ import annotations

from dataclasses import dataclass

from discrepancy.claims import grammar

SOURCE_TYPES = (
    "government",
    "intelligence",
    "military",
    "international_org",
    "ngo",
    "academic",
    "media",
    "party_to_conflict",
    "unattributed",
)


@dataclass(frozen=True)
class Column:
    """One column of the claim table.

    kind: text | number | date | period | choice. required: "yes", "no", or a condition in words.
    """

    name: str
    required: str
    kind: str
    description: str
    example: str = ""
    allowed: tuple[str, ...] = ()
    unique: bool = False

    @property
    def is_required(self) -> bool:
        return self.required == "yes"

    @property
    def type_text(self) -> str:
        if self.kind == "choice":
            return "one of: " + ", ".join(self.allowed)
        if self.kind == "date":
            return "date: YYYY, YYYY-MM or YYYY-MM-DD"
        if self.kind == "period":
            return "a date in the same forms, or a period `start/end` (ISO 8601, partial dates allowed)"
        if self.unique:
            return f"{self.kind}, unique in the table"
        return self.kind


COLUMNS: tuple[Column, ...] = (
    Column("claim_id", "yes", "text", "stable id of the claim", "is-members-cia", unique=True),
    Column("subject", "yes", "text", "what or who the quantity is about", "Islamic State"),
    Column("metric", "yes", "text", "the quantity", "members"),
    Column("geography", "no", "text", "where the quantity applies", "Iraq and Syria"),
    Column(
        "value_text",
        "yes, unless `value` is given",
        "text",
        "the value exactly as the source states it",
        "around 30,000",
    ),
    Column("value", "no", "number", "point estimate; overrides parsing of value_text", "30000"),
    Column("low", "no", "number", "interval lower bound; overrides parsing", "20000"),
    Column("high", "no", "number", "interval upper bound; overrides parsing", "31500"),
    Column("unit", "no", "text", "unit of the value", "people"),
    Column("source", "yes", "text", "who makes the claim (the primary source)", "US Central Intelligence Agency"),
    Column("source_type", "no", "choice", "kind of source", "intelligence", allowed=SOURCE_TYPES),
    Column("reported_by", "no", "text", "outlet or document that carried the claim", "TASS"),
    Column("claim_date", "yes", "date", "when the claim was made or published", "2015-10-22"),
    Column("as_of", "no", "period", "the date or period the estimate refers to, when stated", "2014-09"),
    Column(
        "method",
        "no",
        "text",
        "how the number was arrived at: official tally, count of records, survey, model, estimate, ...",
        "household survey",
    ),
    Column("url", "no", "text", "where it was published", ""),
    Column("quote", "no", "text", "short verbatim excerpt", "the extremist group includes around 30,000 people"),
    Column("notes", "no", "text", "anything else", ""),
)

COLUMN_NAMES: tuple[str, ...] = tuple(c.name for c in COLUMNS)

# Columns the suite adds when it loads and normalizes a table. A table may not bring its own.
LOAD_COLUMNS: tuple[str, ...] = ("input_file", "input_row")
NORMALIZED_COLUMNS: tuple[str, ...] = (
    "value",
    "low",
    "high",
    "qualifier",
    "denominator",
    "parse_status",
    "parse_note",
    "reference_date",
    "row_problems",
)
QUALIFIERS: tuple[str, ...] = grammar.QUALIFIERS
PARSE_STATUSES: tuple[str, ...] = grammar.PARSE_STATUSES


def markdown_table() -> str:
    """The column table as Markdown, as data/README.md shows it."""
    lines = [
        "| column | required | type | meaning | example |",
        "|---|---|---|---|---|",
    ]
    for c in COLUMNS:
        lines.append(f"| {c.name} | {c.required} | {c.type_text} | {c.description} | {c.example} |")
    return "\n".join(lines) + "\n"
