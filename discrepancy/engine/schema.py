"""The engine's output tables, declared as data beside the input schema (claims/schema.py): each table's
columns in order, with what each holds. compare, lineage, crossunit and findings build their tables in
this order, and a test holds every table of a comparison to it."""

from __future__ import annotations

#: The tables of a comparison, in the order ``--format json`` writes them.
TABLES = ("groups", "pairs", "claims", "sources", "lineage", "findings", "cross_unit", "explanations")

OUTPUT_TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "groups": (
        ("group_id", "stable id of the folded (subject, metric, geography, unit) key, with a window part"),
        ("subject", "what is measured"),
        ("metric", "the measure"),
        ("geography", "where"),
        ("unit", "the unit, folded"),
        ("n_claims", "claims in the group"),
        ("n_sources", "distinct sources"),
        ("min_value", "lowest point"),
        ("min_claim_id", "the claim with the lowest point"),
        ("min_source", "its source"),
        ("max_value", "highest point"),
        ("max_claim_id", "the claim with the highest point"),
        ("max_source", "its source"),
        ("spread_ratio", "max_value over min_value"),
        ("log10_spread", "log10 of spread_ratio"),
        ("consensus", "median point (interested sources left out on request)"),
        ("intervals_overlap", "every claim's interval shares a point"),
        ("severity", "consistent, minor, major or extreme, from the thresholds"),
        ("date_span_days", "days between the first and last reference dates"),
        ("stale", "date_span_days over stale_days"),
        ("claim_ids", "the group's claims"),
        ("min_value_text", "the lowest claim's words"),
        ("min_date", "the lowest claim's reference date"),
        ("max_value_text", "the highest claim's words"),
        ("max_date", "the highest claim's reference date"),
        ("definitions_differ", "the stated methods differ"),
        ("n_interested", "claims by parties to the conflict"),
        ("n_bound_only", "claims with a bound and no point"),
        ("n_unread", "claims whose value could not be read (unparsed or review)"),
        ("first_date", "earliest reference date"),
        ("last_date", "latest reference date"),
    ),
    "pairs": (
        ("group_id", "the group"),
        ("claim_id_a", "one claim"),
        ("claim_id_b", "the other"),
        ("ratio", "the higher point over the lower"),
        ("intervals_overlap", "their intervals share a point"),
        ("bound_contradiction", "a bound of one rules the other out"),
        ("note", "why the pair is listed as it is"),
    ),
    "sources": (
        ("source", "who said it"),
        ("claims", "claims of the source"),
        ("groups", "groups it speaks in"),
        ("compared_claims", "its claims in groups with other sources"),
        ("median_log10_deviation", "median log10 distance of those claims from their groups' consensus"),
        ("tendency", "high or low past 10%, else even"),
    ),
    "lineage": (
        ("kind", "repeated, restated, attribution or mismatch"),
        ("subject", "what is measured"),
        ("earlier_claim_id", "the earlier claim"),
        ("later_claim_id", "the later claim"),
        ("earlier_source", "its source"),
        ("later_source", "its source"),
        ("earlier_reported_by", "the earlier outlet"),
        ("later_reported_by", "the later outlet"),
        ("earlier_date", "the earlier claim date"),
        ("later_date", "the later claim date"),
        ("earlier_value_text", "the earlier words"),
        ("later_value_text", "the later words"),
        ("earlier_metric", "the earlier measure"),
        ("later_metric", "the later measure"),
        ("same_group", "both claims are in one group"),
        ("note", "what the link means"),
    ),
    "cross_unit": (
        ("check", "part of area, shares of area or denominator"),
        ("verdict", "consistent or contradicts"),
        ("claim_id", "the claim checked"),
        ("geography", "its geography"),
        ("value_text", "its words"),
        ("as_km2", "the claim in km2, through the reference table"),
        ("compared_claim_id", "the claim it is set beside"),
        ("compared_geography", "its geography"),
        ("compared_value_text", "its words"),
        ("compared_value", "its value"),
        ("ratio", "as_km2 over compared_value"),
        ("reference_source", "the cited reference figure used"),
        ("note", "the check in words"),
    ),
    "explanations": (
        ("group_id", "a group with a major or extreme spread"),
        (
            "kind",
            "scale, revision, dates_apart, period_differs, method_differs, interested_party, bound_vs_point, lineage "
            "or none",
        ),
        ("claim_ids", "the claims the candidate concerns"),
        ("text", "the candidate explanation in words"),
    ),
    "findings": (
        ("rank", "1 is the most severe"),
        ("severity", "extreme, major, minor or note"),
        ("kind", "group, lineage:KIND or cross_unit"),
        ("group_id", "the group"),
        ("claim_ids", "the claims it names"),
        ("text", "the finding in words"),
    ),
}


def columns(table: str) -> list[str]:
    """The declared columns of one output table, in order."""
    return [name for name, _ in OUTPUT_TABLES[table]]
