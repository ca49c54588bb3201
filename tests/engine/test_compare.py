"""compare(): known answers for every statistic, each severity boundary, bounds, tolerance, windows."""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import pytest

from discrepancy import compare, load_claims
from discrepancy.engine.compare import GROUP_COLUMNS, PAIR_COLUMNS, severity_of
from tests.helpers import DATA, ROOT, claims_frame


def _group(result, **where):
    g = result.groups
    for k, v in where.items():
        g = g[g[k] == v]
    assert len(g) == 1, result.groups
    return g.iloc[0]


def test_group_statistics_have_known_answers():
    r = compare(
        claims_frame(
            {"claim_id": "a", "value_text": "30,000", "source": "CIA", "claim_date": "2015-10-22"},
            {"claim_id": "b", "value_text": "200,000", "source": "Iraq", "claim_date": "2015-10-22"},
            {"claim_id": "c", "value_text": "between 80,000 and 120,000", "source": "X", "claim_date": "2014-10-22"},
        )
    )
    g = _group(r, metric="members")
    assert list(r.groups.columns) == GROUP_COLUMNS
    assert (g.n_claims, g.n_sources) == (3, 3)
    assert (g.min_value, g.min_claim_id, g.min_source) == (30000, "a", "CIA")
    assert (g.max_value, g.max_claim_id, g.max_source) == (200000, "b", "Iraq")
    assert g.spread_ratio == pytest.approx(200000 / 30000)
    assert g.log10_spread == pytest.approx(math.log10(200000 / 30000))
    assert g.consensus == 100000  # median of 30,000, 100,000 (the range's midpoint), 200,000
    assert not g.intervals_overlap
    assert g.severity == "extreme"
    assert g.date_span_days == 365 and not g.stale
    assert g.claim_ids == "c;a;b"  # by date, then id


@pytest.mark.parametrize(
    "ratio, severity",
    [
        pytest.param(1.0, "consistent", id="equal"),
        pytest.param(1.2499, "consistent", id="just under 1.25"),
        pytest.param(1.25, "minor", id="1.25 is minor"),
        pytest.param(1.9999, "minor", id="just under 2"),
        pytest.param(2.0, "major", id="2 is major"),
        pytest.param(4.9999, "major", id="just under 5"),
        pytest.param(5.0, "extreme", id="5 is extreme"),
        pytest.param(50.0, "extreme", id="far apart"),
    ],
)
def test_severity_boundaries(ratio, severity):
    assert severity_of([ratio], [False])[0] == severity
    r = compare(
        claims_frame({"claim_id": "a", "value_text": "1000"}, {"claim_id": "b", "value_text": f"{1000 * ratio:.2f}"})
    )
    assert r.groups.iloc[0]["severity"] == severity


@pytest.mark.parametrize(
    "values, severity, said",
    [
        pytest.param(["0", "12"], "extreme", "differ from zero or below to above it", id="none against some"),
        pytest.param(["0", "1,000", "100,000"], "extreme", "differ from zero or below to above it", id="zero lowest"),
        pytest.param(["0", "0"], "consistent", None, id="zero twice"),
        pytest.param(["0 to 10", "5"], "consistent", None, id="zero inside an overlap"),
        pytest.param(["around 0", "around 0.5"], "extreme", "differ from zero or below", id="approximately none"),
    ],
)
def test_a_spread_from_zero_is_not_called_consistent(values, severity, said):
    """No ratio measures a spread from 0 to 12, and the engine called such a group consistent, with no finding:
    "no civilians were killed" against "12 civilians were killed" read as agreement. A group whose lowest point
    is zero or below, whose highest is above it and whose intervals do not overlap is extreme, and its finding
    says why no ratio is given."""
    rows = [{"claim_id": f"c{i}", "value_text": v, "source": f"S{i}"} for i, v in enumerate(values)]
    r = compare(claims_frame(*rows))
    assert r.groups.iloc[0]["severity"] == severity
    texts = r.findings["text"].tolist()
    assert (said is None and not texts) or (said is not None and said in texts[0] and "n/a" not in texts[0])


def test_overlapping_intervals_are_consistent_whatever_the_ratio():
    r = compare(
        claims_frame({"claim_id": "a", "value_text": "1,000 to 10,000"}, {"claim_id": "b", "value_text": "9,000"})
    )
    g = r.groups.iloc[0]
    assert g.intervals_overlap and g.severity == "consistent"
    assert g.spread_ratio == pytest.approx(9000 / 5500)


def test_thresholds_are_parameters():
    claims = claims_frame({"claim_id": "a", "value_text": "100"}, {"claim_id": "b", "value_text": "150"})
    assert compare(claims).groups.iloc[0]["severity"] == "minor"
    assert compare(claims, thresholds=(1.6, 3, 10)).groups.iloc[0]["severity"] == "consistent"


@pytest.mark.parametrize(
    "tolerance, overlaps",
    [pytest.param(0.10, True, id="10% reaches"), pytest.param(0.05, False, id="5% does not")],
)
def test_approx_tolerance(tolerance, overlaps):
    claims = claims_frame({"claim_id": "a", "value_text": "around 100"}, {"claim_id": "b", "value_text": "around 118"})
    r = compare(claims, tolerance=tolerance)
    assert bool(r.groups.iloc[0]["intervals_overlap"]) is overlaps
    assert bool(r.pairs.iloc[0]["intervals_overlap"]) is overlaps


def test_exact_values_need_equality_to_overlap():
    r = compare(claims_frame({"claim_id": "a", "value_text": "100"}, {"claim_id": "b", "value_text": "101"}))
    assert not r.groups.iloc[0]["intervals_overlap"]


def test_bound_only_claims_count_in_overlap_not_in_spread():
    r = compare(
        claims_frame(
            {"claim_id": "a", "value_text": "at least 200,000", "source": "KRG"},
            {"claim_id": "b", "value_text": "between 20,000 and 31,500", "source": "CIA"},
            {"claim_id": "c", "value_text": "30,000", "source": "X"},
        )
    )
    g = r.groups.iloc[0]
    assert g.n_claims == 3 and g.n_bound_only == 1
    assert (g.min_value, g.max_value) == (25750, 30000)
    assert not g.intervals_overlap
    pair = r.pairs.set_index(["claim_id_a", "claim_id_b"]).loc[("a", "b")]
    assert pair.bound_contradiction and math.isnan(pair.ratio)
    assert "'at least 200,000' rules out 'between 20,000 and 31,500'" == pair.note
    ok = r.pairs.set_index(["claim_id_a", "claim_id_b"]).loc[("b", "c")]
    assert ok.intervals_overlap and not ok.bound_contradiction
    assert "bound only" in r.claims.set_index("claim_id").loc["a", "notes_engine"]


def test_bound_that_allows_the_other_claim_is_no_contradiction():
    r = compare(
        claims_frame({"claim_id": "a", "value_text": "up to 50,000"}, {"claim_id": "b", "value_text": "30,000"})
    )
    assert not r.pairs.iloc[0]["bound_contradiction"] and r.pairs.iloc[0]["intervals_overlap"]


@pytest.mark.parametrize(
    "change",
    [
        pytest.param({"metric": "fighters"}, id="metric"),
        pytest.param({"geography": "Syria"}, id="geography"),
        pytest.param({"unit": "percent"}, id="unit"),
        pytest.param({"subject": "Al-Qaeda"}, id="subject"),
    ],
)
def test_a_different_measure_never_joins_a_group(change):
    r = compare(claims_frame({"claim_id": "a", "value_text": "100"}, {"claim_id": "b", "value_text": "100", **change}))
    assert len(r.groups) == 2
    assert r.pairs.empty


@pytest.mark.parametrize(
    "first, second, unit",
    [
        pytest.param("1.2", "1.2 million", "millions", id="a scale twice"),
        pytest.param("3.5", "$3.5bn", "USD billion", id="billions twice"),
        pytest.param("30", "30 million tonnes", "Mt", id="tonnes under megatonnes"),
        pytest.param("30 million tonnes", "30 Mt", "tonnes", id="megatonnes under tonnes"),
        pytest.param("30000", "30 GW", "MW", id="gigawatts under megawatts"),
        pytest.param("3", "3 m", "metres", id="m under metres"),
        pytest.param("30,000", "30 GW", "", id="gigawatts beside a bare number, no unit column"),
    ],
)
def test_two_notations_of_one_figure_are_never_reported_as_a_spread(first, second, unit):
    """The first law: two sources that agree, one writing the scale or the unit in the text, were a millionfold
    "extreme" spread. The second goes to review (or to a group of its own unit), so no finding calls them apart."""
    r = compare(claims_frame({"claim_id": "a", "value_text": first, "unit": unit},
                             {"claim_id": "b", "value_text": second, "unit": unit}))  # fmt: skip
    assert (r.groups["severity"] == "consistent").all() and r.findings.empty
    assert (r.groups["max_value"] == r.groups["min_value"]).all()


def test_folding_case_space_and_unit_spellings_joins_a_group():
    r = compare(
        claims_frame(
            {"claim_id": "a", "value_text": "40%", "metric": "Territory  share", "unit": "%", "geography": " Iraq"},
            {
                "claim_id": "b",
                "value_text": "40 per cent",
                "metric": "territory share",
                "unit": "per cent",
                "geography": "iraq",
            },
        )
    )
    assert len(r.groups) == 1 and r.groups.iloc[0]["n_claims"] == 2


def test_window_splits_claims_far_apart_and_stale_flags_them():
    claims = claims_frame(
        {"claim_id": "a", "value_text": "100", "claim_date": "2014-01-01"},
        {"claim_id": "b", "value_text": "110", "claim_date": "2014-03-01"},
        {"claim_id": "c", "value_text": "500", "claim_date": "2016-01-01"},
    )
    whole = compare(claims)
    assert len(whole.groups) == 1 and whole.groups.iloc[0]["stale"]
    split = compare(claims, window_days=90)
    assert sorted(split.groups["n_claims"]) == [1, 2]
    assert split.groups["group_id"].str.endswith("-w2").sum() == 1
    assert not split.groups["stale"].any()


def test_as_of_end_is_the_date_that_counts():
    claims = claims_frame(
        {"claim_id": "a", "value_text": "100", "claim_date": "2016-01-01", "as_of": "2013-01/2013-06"},
        {"claim_id": "b", "value_text": "110", "claim_date": "2016-01-01"},
    )
    from datetime import date

    assert compare(claims).groups.iloc[0]["date_span_days"] == (date(2016, 1, 1) - date(2013, 6, 30)).days


def test_exclude_interested_parties_from_consensus():
    claims = claims_frame(
        {"claim_id": "a", "value_text": "100"},
        {"claim_id": "b", "value_text": "120", "source": "T"},
        {"claim_id": "c", "value_text": "1000", "source": "IS", "source_type": "party_to_conflict"},
    )
    assert compare(claims).groups.iloc[0]["consensus"] == 120
    r = compare(claims, exclude_interested=True)
    assert r.groups.iloc[0]["consensus"] == 110 and r.groups.iloc[0]["n_interested"] == 1
    assert "interested party" in r.claims.set_index("claim_id").loc["c", "notes_engine"]


def test_unread_claims_are_kept_but_left_out_of_the_numbers():
    r = compare(claims_frame({"claim_id": "a", "value_text": "100"}, {"claim_id": "b", "value_text": "unknown"}))
    g = r.groups.iloc[0]
    assert g.n_claims == 1 and g.n_unread == 1 and "b" in g.claim_ids
    assert "not read" in r.claims.set_index("claim_id").loc["b", "notes_engine"]


def test_methods_that_differ_are_flagged():
    r = compare(
        claims_frame(
            {"claim_id": "a", "value_text": "100", "method": "count"},
            {"claim_id": "b", "value_text": "300", "method": "survey", "source": "T"},
        )
    )
    assert r.groups.iloc[0]["definitions_differ"]
    assert "definitions may differ" in r.findings.iloc[0]["text"]


@pytest.mark.parametrize(
    ("claims", "n_sources", "n_unread", "differ"),
    [
        pytest.param([("100", "CIA", "count"), ("300", "Iraq", "survey")], 2, 0, True, id="two-methods"),
        pytest.param([("100", "CIA", "Count "), ("300", "Iraq", " count")], 2, 0, False, id="one-method-spelt-twice"),
        pytest.param([("100", "CIA", "count"), ("300", "Iraq", "")], 2, 0, False, id="one-method-and-a-blank"),
        pytest.param([("100", "CIA", ""), ("300", "cia ", ""), ("x", "Iraq", "")], 1, 1, False,
                     id="a-source-spelt-twice-and-an-unread-claim-of-another"),
        pytest.param([("unknown", "CIA", "count"), ("n/a", "Iraq", "survey")], 0, 2, False,
                     id="methods-differ-in-a-group-with-no-claim-read"),
        pytest.param([("100", "CIA", "count"), ("x", "Iraq", "survey")], 1, 1, True,
                     id="methods-differ-one-claim-unread"),
    ],
)  # fmt: skip
def test_group_counts_of_sources_unread_claims_and_methods(claims, n_sources, n_unread, differ):
    """n_sources counts the folded sources of the claims read, n_unread the claims not read, and definitions_differ
    needs two folded methods (any claim's) in a group with a claim read; each group of a table its own counts."""
    rows = [{"claim_id": f"c{i}", "value_text": v, "source": s, "method": m} for i, (v, s, m) in enumerate(claims)]
    other = [{"claim_id": f"o{i}", "subject": "other", "value_text": "5", "source": f"S{i}", "method": f"m{i}"}
             for i in range(3)]  # fmt: skip
    r = compare(claims_frame(*rows, *other))
    g = _group(r, subject=rows[0].get("subject", claims_frame(rows[0])["subject"].iloc[0]))
    assert (g.n_sources, g.n_unread, bool(g.definitions_differ)) == (n_sources, n_unread, differ)
    o = _group(r, subject="other")
    assert (o.n_sources, o.n_unread, bool(o.definitions_differ)) == (3, 0, True)


def test_pairs_cover_every_two_claims_of_a_group():
    r = compare(claims_frame(*({"claim_id": f"c{i}", "value_text": str(100 + i)} for i in range(5))))
    assert list(r.pairs.columns) == PAIR_COLUMNS
    assert len(r.pairs) == 10 and (r.pairs["claim_id_a"] < r.pairs["claim_id_b"]).all()
    assert r.pairs.set_index(["claim_id_a", "claim_id_b"]).loc[("c0", "c4"), "ratio"] == pytest.approx(1.04)


def test_claims_table_deviation_and_outliers():
    claims = claims_frame(
        *(
            {"claim_id": f"c{i}", "value_text": v, "source": f"S{i}"}
            for i, v in enumerate(["100", "105", "98", "102", "1000"])
        )
    )
    c = compare(claims).claims.set_index("claim_id")
    assert c.loc["c0", "log10_deviation"] == pytest.approx(math.log10(100 / 102))
    assert c.loc["c4", "outlier"] and not c.loc[["c0", "c1", "c2", "c3"], "outlier"].any()


def test_sources_table_shows_who_runs_high():
    claims = claims_frame(
        {"claim_id": "a", "value_text": "100", "source": "Low"},
        {"claim_id": "b", "value_text": "200", "source": "Mid"},
        {"claim_id": "c", "value_text": "400", "source": "High"},
        {"claim_id": "d", "value_text": "10", "source": "Low", "metric": "other"},
        {"claim_id": "e", "value_text": "40", "source": "High", "metric": "other"},
    )
    s = compare(claims).sources.set_index("source")
    assert (
        s.loc["High", "tendency"] == "high" and s.loc["Low", "tendency"] == "low" and s.loc["Mid", "tendency"] == "even"
    )
    assert s.loc["High", "groups"] == 2 and s.loc["High", "median_log10_deviation"] == pytest.approx(
        (math.log10(2) + math.log10(40 / 25)) / 2
    )


def test_json_has_every_table_and_is_stable():
    claims = claims_frame({"claim_id": "a", "value_text": "at least 5"}, {"claim_id": "b", "value_text": "3"})
    one, two = compare(claims).to_json(), compare(claims).to_json()
    assert one == two
    data = json.loads(one)
    assert {"groups", "pairs", "claims", "sources", "lineage", "findings"} <= set(data)


def test_bad_parameters_are_refused():
    from discrepancy import DiscrepancyError

    claims = claims_frame({"claim_id": "a", "value_text": "1"})
    with pytest.raises(DiscrepancyError, match="rise"):
        compare(claims, thresholds=(2, 1.5, 5))
    with pytest.raises(DiscrepancyError, match="tolerance"):
        compare(claims, tolerance=-0.1)


def test_labelled_interval_and_middle_dot_claims_compare_with_their_intervals():
    """Real cited claims (tests/data/covid_excess_deaths_2020_2021.csv): WHO 14·9 million (13·3–16·6), IHME
    18·2 million (17·1–19·6), The Economist 17·7 million (13·9–21·1). WHO's and IHME's intervals do not meet;
    The Economist's meets both."""

    from discrepancy import load_claims

    claims = load_claims(DATA / "covid_excess_deaths_2020_2021.csv")
    assert set(claims["parse_status"]) == {"ok"}
    r = compare(claims)
    c = r.claims.set_index("claim_id")
    assert (c.loc["covid-excess-who", "low"], c.loc["covid-excess-who", "high"]) == (13.3e6, 16.6e6)
    assert (c.loc["covid-excess-ihme", "value"], c.loc["covid-excess-ihme", "low"]) == (18.2e6, 17.1e6)
    assert (c.loc["covid-excess-lancet-iraq", "low"], c.loc["covid-excess-lancet-iraq", "high"]) == (392979, 942636)
    pairs = {(p.claim_id_a, p.claim_id_b): p.intervals_overlap for p in r.pairs.itertuples()}
    assert not pairs[("covid-excess-ihme", "covid-excess-who")]
    assert pairs[("covid-excess-economist", "covid-excess-who")]
    assert pairs[("covid-excess-economist", "covid-excess-ihme")]
    g = _group(r, metric="excess deaths", geography="World")
    assert not g.intervals_overlap
    assert g.spread_ratio == pytest.approx(18.2 / 14.9)


def test_two_keys_whose_short_ids_clash_are_never_merged(monkeypatch):
    """Issue 10: group ids were 8 hex digits of a SHA-1, and on 1,000,000 claims two different subjects shared one
    and were reported as one "extreme" group. Grouping is on the full key; a clash gets longer ids."""
    import hashlib

    import discrepancy.engine.grouping as grouping

    def clashing(key: str) -> str:  # every key starts with the same 8 digits, as a real clash would
        return "deadbeef" + hashlib.sha1(key.encode()).hexdigest()[8:]

    monkeypatch.setattr(grouping, "_digest", clashing)
    r = compare(
        claims_frame(
            {"claim_id": "a", "subject": "Alpha", "value_text": "1,000", "source": "S1"},
            {"claim_id": "b", "subject": "Beta", "value_text": "900,000", "source": "S2"},
            {"claim_id": "c", "subject": "Beta", "value_text": "800,000", "source": "S3"},
        )
    )
    assert len(r.groups) == 2
    assert set(r.groups["n_claims"]) == {1, 2}
    assert all(len(g) == len("g-") + 16 for g in r.groups["group_id"])
    assert "extreme" not in set(r.groups["severity"])


def test_short_ids_stay_as_before_when_nothing_clashes():
    r = compare(claims_frame({"claim_id": "a", "value_text": "1,000"}))
    assert len(r.groups["group_id"].iloc[0]) == len("g-") + 8


def test_undated_claims_never_join_a_window_of_dated_ones():
    """Issue 10: rows whose dates were invalid got no reference date and, with --window, landed in the first
    window beside unrelated claims and fed its findings."""
    r = compare(
        claims_frame(
            {"claim_id": "a", "value_text": "30,000", "source": "S1", "claim_date": "2015-01-01"},
            {"claim_id": "b", "value_text": "32,000", "source": "S2", "claim_date": "2015-02-01"},
            {"claim_id": "bad", "value_text": "900,000", "source": "S3", "claim_date": "2015-02-30"},
        ),
        window_days=365,
    )
    c = r.claims.set_index("claim_id")
    assert c.loc["bad", "group_id"].endswith("-undated")
    assert c.loc["a", "group_id"] == c.loc["b", "group_id"] != c.loc["bad", "group_id"]
    dated = r.groups[r.groups["group_id"] == c.loc["a", "group_id"]].iloc[0]
    assert dated.max_value == 32000 and dated.severity == "consistent"


@pytest.mark.parametrize("max_pairs", [pytest.param(None, id="every-pair"), pytest.param(3, id="capped-group-of-six")])
def test_each_pair_note_says_which_bound_rules_out_which_claim(max_pairs):
    """A pair's note names the bound and the claim it rules out, in that order whichever comes first in the pair,
    and a capped group's pairs say so after it; other pairs have no note."""
    texts = ["more than 50,000", "around 30,000", "20,000", "at most 10,000", "60,000", "", "around 45,000"]
    claims = claims_frame(*({"claim_id": f"c{i}", "value_text": t, "source": f"S{i}"} for i, t in enumerate(texts)))
    r = compare(claims, max_pairs=max_pairs)
    text = dict(zip(r.claims["claim_id"], r.claims["value_text"].fillna("")))
    bound = dict(zip(r.claims["claim_id"], r.claims["qualifier"].isin(["at_least", "at_most"])))
    k = int(r.groups["n_claims"].iloc[0])
    for row in r.pairs.itertuples():
        a, b = row.claim_id_a, row.claim_id_b
        first, second = (a, b) if bound[a] else (b, a)
        expected = [f"'{text[first]}' rules out '{text[second]}'"] if row.bound_contradiction else []
        if max_pairs is not None:
            expected.append(
                f"group of {k} claims: {k * (k - 1) // 2} pairs; shown: each claim with the lowest and the highest"
            )
        assert row.note == "; ".join(expected), (a, b)
    assert r.pairs["bound_contradiction"].sum() >= 3


@pytest.mark.parametrize(
    "sizes",
    [
        pytest.param((5, 7), id="two-sizes"),
        pytest.param((6, 6), id="one-size-twice"),
        pytest.param((4, 2), id="one-capped-one-listed"),
    ],
)
def test_each_capped_groups_pairs_name_their_own_groups_size(sizes):
    """Groups capped side by side: every pair's note gives the size of its own group (a sentence is written once
    per size and taken for each pair: fails when the sizes are mixed up), after what its bound rules out."""
    texts = ["more than 50,000", "20,000", "around 30,000", "at most 10,000", "60,000", "45,000", "25,000"]
    rows = [{"claim_id": f"{m}{i}", "metric": m, "value_text": texts[i], "source": f"S{i}"}
            for m, k in zip(("members", "fighters"), sizes) for i in range(k)]  # fmt: skip
    r = compare(claims_frame(*rows), max_pairs=3)
    metric = dict(zip(r.claims["claim_id"], r.claims["metric"]))
    text = dict(zip(r.claims["claim_id"], r.claims["value_text"]))
    bound = dict(zip(r.claims["claim_id"], r.claims["qualifier"].isin(["at_least", "at_most"])))
    for row in r.pairs.itertuples():
        k = dict(zip(("members", "fighters"), sizes))[metric[row.claim_id_a]]
        a, b = row.claim_id_a, row.claim_id_b
        first, second = (a, b) if bound[a] else (b, a)
        expected = [f"'{text[first]}' rules out '{text[second]}'"] if row.bound_contradiction else []
        if k * (k - 1) // 2 > 3:
            expected.append(
                f"group of {k} claims: {k * (k - 1) // 2} pairs; shown: each claim with the lowest and the highest"
            )
        assert row.note == "; ".join(expected), (a, b)
    assert r.pairs["bound_contradiction"].any()


def test_pairs_of_a_large_group_are_capped_counted_and_marked():
    """Issue 10: one group of 10,000 claims made 50 million pair rows (92 s, 8 GB). A group past the cap lists
    each claim with the group's lowest and highest claims; max_pairs=None lists every pair."""
    from discrepancy.limits import MAX_PAIRS_PER_GROUP

    k = 400  # 79,800 pairs, past the cap
    assert k * (k - 1) // 2 > MAX_PAIRS_PER_GROUP
    rows = [{"claim_id": f"c{i:03d}", "value_text": f"{1000 + i:,}", "source": f"S{i}"} for i in range(k)]
    claims = claims_frame(*rows)
    capped = compare(claims).pairs
    assert len(capped) == 2 * (k - 1) - 1  # each claim with the lowest and with the highest; that pair once
    assert capped["note"].str.contains(f"group of {k} claims: {k * (k - 1) // 2:,} pairs").all()
    assert {"c000", "c399"} <= set(capped["claim_id_a"]) | set(capped["claim_id_b"])
    assert not capped.duplicated(["claim_id_a", "claim_id_b"]).any()
    full = compare(claims, max_pairs=None).pairs
    assert len(full) == k * (k - 1) // 2
    small = compare(claims_frame(*rows[:10])).pairs
    assert len(small) == 45 and (small["note"] == "").all()


@pytest.mark.parametrize(
    "dates, pair_words, absent",
    [
        pytest.param(("2015-10-22", "2015-10-22", "2014-08-01"), None, "made", id="same date: no gap claimed"),
        pytest.param(("2015-10-22", "2015-12-01", "2014-08-01"), "made 40 days apart", None, id="full dates: the gap"),
        pytest.param(
            ("2015", "2015-12-01", "2014-08-01"),
            "made at different times (2015 and 2015-12-01)",
            "days apart",
            id="partial date: no day count",
        ),
    ],
)
def test_a_finding_says_what_is_true_of_the_pair_it_names(dates, pair_words, absent):
    """Issue 12: "CIA, around 30,000 (2015-10-22) vs Iraqi authorities, around 200,000 (2015-10-22). Their dates
    lie 447 days apart." gave the whole group's span as if it were the pair's."""
    r = compare(
        claims_frame(
            {"claim_id": "low", "value_text": "30,000", "source": "CIA", "claim_date": dates[0]},
            {"claim_id": "high", "value_text": "200,000", "source": "Iraq", "claim_date": dates[1]},
            {"claim_id": "mid", "value_text": "100,000", "source": "X", "claim_date": dates[2]},
        ),
        stale_days=30,
    )
    text = r.findings.iloc[0]["text"]
    assert "The group's claims span" in text  # the group is stale: said of the group
    if pair_words:
        assert pair_words in text
    if absent:
        assert absent not in text.split("The group's")[0]


@pytest.mark.parametrize(
    "asked, built",
    [
        pytest.param(("groups",), {"groups"}, id="groups alone"),
        pytest.param(("pairs",), {"groups", "pairs"}, id="pairs"),
        pytest.param(("sources",), {"groups", "claims", "sources"}, id="sources need claims"),
        pytest.param(("explanations",), {"groups", "claims", "lineage", "explanations"}, id="explanations"),
        # the findings read no claims table: asked for alone, none is made (1M rows of every column for a large table)
        pytest.param(("findings",), {"groups", "lineage", "cross_unit", "findings"}, id="findings"),
        pytest.param(
            ("findings", "pairs"), {"groups", "pairs", "lineage", "cross_unit", "findings"}, id="findings and pairs"
        ),
    ],
)
def test_only_the_tables_asked_for_are_built_and_they_are_the_same(asked, built):
    from discrepancy import ParameterError
    from discrepancy.engine.compare import TABLES

    claims = load_claims(ROOT / "data" / "claims" / "islamic_state_2014_2016.csv")
    full = compare(claims)
    part = compare(claims, tables=asked)
    for name in TABLES:
        if name in built:
            pd.testing.assert_frame_equal(part.table(name), full.table(name))
        else:
            with pytest.raises(ParameterError, match="was not built"):
                part.table(name)


@pytest.mark.parametrize("threads", [pytest.param(False, id="inline"), pytest.param(True, id="threads")])
@pytest.mark.parametrize("window_days", [pytest.param(None, id="no-window"), pytest.param(200, id="window")])
def test_the_groups_table_alone_is_the_groups_table_of_every_table(monkeypatch, threads, window_days):
    """Asked for alone (without a window), the groups table is made on the keys' codes in order of first appearance
    and numbered by the ids beside its figures: the same table, row for row, as when every table is built (groups
    that tie on severity and spread, here 300 single claims and equal pairs, stay in the order of their ids)."""
    import discrepancy.parallel as parallel
    from benchmarks.synthetic import claim_table

    if threads:
        monkeypatch.setattr(parallel, "PARALLEL_ROWS", 10)
    synthetic = claim_table(2_000, 200, seed=11)
    singles = claims_frame(
        *({"claim_id": f"s{i}", "subject": f"single {i}", "value_text": str(i + 1)} for i in range(300))
    )
    ties = claims_frame(*({"claim_id": f"t{i}", "subject": f"tie {i // 2}", "value_text": "10"} for i in range(100)))
    claims = pd.concat([synthetic, singles, ties], ignore_index=True)
    full = compare(claims, window_days).groups
    alone = compare(claims, window_days, tables=("groups",)).groups
    pd.testing.assert_frame_equal(alone, full)
    assert full["group_id"].tolist() != sorted(full["group_id"])  # ordered by severity first, ids only among ties


@pytest.mark.parametrize("threads", [pytest.param(False, id="inline"), pytest.param(True, id="threads")])
@pytest.mark.parametrize("max_pairs", [pytest.param(None, id="every-pair"), pytest.param(3, id="capped-group-of-six")])
def test_findings_alone_read_the_same_ruled_out_pairs_as_the_pairs_table(monkeypatch, threads, max_pairs):
    """Asked for the findings alone, compare builds only the pairs a bound rules out: the findings say the same
    (how many pairs a bound rules out, and the first one's note), in a small group and in one too large to list
    every pair."""
    import discrepancy.parallel as parallel

    monkeypatch.setattr(parallel, "PARALLEL_ROWS", 1 if threads else 10**9)
    texts = ["more than 50,000", "around 30,000", "20,000", "at most 10,000", "60,000", "around 45,000"]
    claims = claims_frame(*({"claim_id": f"c{i}", "value_text": t, "source": f"S{i}"} for i, t in enumerate(texts)))
    full = compare(claims, max_pairs=max_pairs)
    alone = compare(claims, max_pairs=max_pairs, tables=("findings",))
    assert full.pairs["bound_contradiction"].sum() >= 3  # the case is there to be found
    pd.testing.assert_frame_equal(alone.findings, full.findings)
    assert "rules out" in " ".join(alone.findings["text"])
    assert alone.pairs is None


def test_an_unknown_table_is_refused():
    from discrepancy import ParameterError

    with pytest.raises(ParameterError, match="unknown table 'group'"):
        compare(claims_frame({"claim_id": "a", "value_text": "1"}), tables=("group",))


def test_logarithms_are_the_c_librarys_so_every_machine_writes_the_same_digits():
    """log10_spread and log10_deviation are math.log10 to the last bit: np.log10 differs in the last digits on
    processors with AVX-512, and the recorded digests (test_golden.py) then failed on another machine."""
    r = compare(load_claims(DATA / "covid_excess_deaths_2020_2021.csv"))
    spread = r.groups.dropna(subset=["spread_ratio"])
    assert len(spread) >= 2
    assert spread["log10_spread"].tolist() == [math.log10(x) for x in spread["spread_ratio"]]
    claims = r.claims.dropna(subset=["log10_deviation"])
    assert claims["log10_deviation"].tolist() == [
        math.log10(p / c) for p, c in zip(claims["point"], claims["consensus"])
    ]


@pytest.mark.parametrize("window_days", [pytest.param(None, id="no-window"), pytest.param(30, id="window")])
def test_the_claims_given_are_not_changed(window_days):
    """compare adds its working columns to a frame of its own: the caller's claims keep their columns and cells."""
    claims = load_claims(ROOT / "data" / "claims" / "islamic_state_2014_2016.csv")
    before = claims.copy()
    compare(claims, window_days)
    pd.testing.assert_frame_equal(claims, before)


@pytest.mark.parametrize("max_pairs", [pytest.param(None, id="every-pair"), pytest.param(3, id="capped")])
@pytest.mark.parametrize(
    "texts",
    [
        pytest.param(["more than 50,000", "at most 10,000", "20,000", "at least 70,000"], id="bounds-rule-out-bounds"),
        pytest.param(["at most 5", "30", "40", "more than 100"], id="bounds-first-and-last"),
        pytest.param(["30", "35", "around 40"], id="no-bound"),
        pytest.param(["up to 10", "up to 12", "50"], id="bounds-that-agree"),
    ],
)
def test_the_contradictions_alone_are_the_pairs_tables_contradictions(monkeypatch, texts, max_pairs):
    """The findings alone enumerate only the pairs with a bound claim in them: the pairs they keep are the pairs
    table's contradictions, in the same order, with two groups side by side (fails when a pair of two bound
    claims is made twice, or a group's pairs are mixed with another's), and what they read of them (how many a
    bound rules out in each group, the first one's note) is what the findings read of the pairs table."""
    import discrepancy.engine.compare as engine
    from discrepancy.engine.findings import ruled_out

    rows = [{"claim_id": f"{m}{i}", "metric": m, "value_text": t, "source": f"S{i}"}
            for m in ("members", "fighters") for i, t in enumerate(texts)]  # fmt: skip
    seen = {}
    real = engine._bounds_ruled_out
    monkeypatch.setattr(engine, "_bounds_ruled_out", lambda *args: real(*seen.setdefault("args", args)))
    compare(claims_frame(*rows), max_pairs=max_pairs, tables=("findings",))
    c, ids = seen["args"][:2]
    full = engine._pair_positions(c, max_pairs, contradictions_only=False)
    alone = engine._pair_positions(c, max_pairs, contradictions_only=True)
    kept = np.flatnonzero(full.contradiction)
    found = ([], []) if alone is None else (alone.a.tolist(), alone.b.tolist())  # None: no pair a bound rules out
    assert found == (full.a[kept].tolist(), full.b[kept].tolist())
    whole = real(c, ids, max_pairs)
    assert whole == ruled_out(engine._pairs(c, max_pairs))
    # in two parts by group code (as two threads share them), at every split: the parts together are the whole
    for split in range(len(ids) + 1):
        first, rest = real(c, ids, max_pairs, (0, split)), real(c, ids, max_pairs, (split, len(ids)))
        assert not set(first) & set(rest)
        assert {**first, **rest} == whole
