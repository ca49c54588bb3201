"""views.report: each section of the report notebooks, on the default data and on SYNTHETIC tables."""

from __future__ import annotations

import re

import pytest

from discrepancy import NotFound, compare, load_claims
from discrepancy.views import report
from tests.helpers import ROOT, claims_frame

DEFAULT = ROOT / "data" / "claims" / "islamic_state_2014_2016.csv"


@pytest.fixture(scope="module")
def default():
    claims = load_claims(DEFAULT)
    return claims, compare(claims)


def test_the_summary_sentence_says_what_was_compared(default):
    claims, result = default
    text = report.summary(claims, result)
    assert text.startswith(
        "42 claims from 20 sources about Islamic State, made between 2014-08 and 2016-07, in 17 groups"
    )
    assert "2 extreme, 1 major, 3 minor, 11 consistent" in text and "0 rows need review" in text


@pytest.mark.parametrize(
    "rows, words",
    [
        pytest.param([{"claim_id": "a", "value_text": "10"}], "1 claim from 1 source", id="one of each"),
        pytest.param(
            [{"claim_id": "a", "value_text": "10"}, {"claim_id": "b", "value_text": "20", "source": "T"}],
            "2 claims from 2 sources",
            id="plurals",
        ),  # fmt: skip
    ],
)
def test_counts_take_their_plural(rows, words):
    claims = claims_frame(*rows)
    assert words in report.summary(claims, compare(claims))


def test_thresholds_in_the_prose_come_from_the_comparison():
    claims = claims_frame({"claim_id": "a", "value_text": "10"}, {"claim_id": "b", "value_text": "30", "source": "T"})
    note = report.severity_note(compare(claims, thresholds=(1.5, 3.0, 10.0)))
    assert "10 times the lowest or more, major 3 to 10 times, minor 1.5 to 3 times" in note


def test_headline_findings_leave_lineage_notes_to_their_section(default):
    claims, result = default
    headline = report.headline_findings_html(result, "T", claims)
    lineage = report.lineage_html(result.lineage, result.findings)
    notes = result.findings[result.findings["kind"].str.startswith("lineage")]
    assert len(notes)
    for text in notes["text"]:
        assert report.esc(text) not in headline and report.esc(text) in lineage
    assert "Cite this" in headline and "finding-g-88ee6c23" in headline


def test_groups_table_reads_as_words_with_an_anchor_per_group(default):
    _, result = default
    out = report.groups_html(result.groups, 12)
    assert "n_claims" not in out and "spread_ratio" not in out
    assert "<th scope='col'>What is measured</th>" in out and "6.7-fold" in out
    assert "<tr id='group-g-88ee6c23'>" in out
    assert "5 groups hold a single claim and are not compared." in out


def test_explanations_section_lists_each_severe_group_with_its_candidates(default):
    _, result = default
    out = report.explanations_html(result)
    severe = result.groups[result.groups["severity"].isin(["major", "extreme"])]["group_id"]
    for group_id in severe:
        assert f"id='why-{group_id}'" in out and f"href='#finding-{group_id}'" in out
    assert "One source revised its figure" in out and "A bound, not an estimate" in out


def test_explanations_section_escapes_claim_text():
    claims = claims_frame(
        {"claim_id": "a", "value_text": "10", "source": "<script>x</script>", "method": "<b>m</b>"},
        {"claim_id": "b", "value_text": "300", "source": "T", "method": "n"},
    )
    out = report.explanations_html(compare(claims))
    assert "<script>" not in out and "<b>m</b>" not in out and "&lt;script&gt;" in out


def test_data_quality_counts_take_their_plural(default):
    claims, _ = default
    out = report.data_quality_html(claims, claims.iloc[0:0])
    assert re.search(r"0 rows need review; 0 values could not be read", out)


@pytest.mark.parametrize(
    "call, words",
    [
        pytest.param(
            lambda r: report.one_source(r, "Nobody, at all"), "no source 'Nobody, at all'; sources: '", id="source"
        ),
        pytest.param(lambda r: report.one_group(r, "g-0"), "no group 'g-0'; groups: 'g-", id="group"),
    ],
)
def test_unknown_names_are_refused_with_names_quoted(default, call, words):
    _, result = default
    with pytest.raises(NotFound) as e:
        call(result)
    assert words in str(e.value) and "'; '" in str(e.value)  # names hold commas: quoted, joined by ;


def test_the_summary_record_gives_the_index_what_it_shows(default):
    claims, result = default
    record = report.summary_record("Title", claims, result)
    assert record["subject"] == "Islamic State" and record["newest_claim"] == "2016-07"
    assert record["top_severity"] == "extreme" and "members differ 6.7-fold" in record["top_finding"]
    screen = report.first_screen("Title", claims, result)
    html, metadata = screen._repr_html_()
    assert metadata == {report.SUMMARY_KEY: record} and "<h1>Title</h1>" in html
    assert "0x" not in repr(screen)


def test_the_deep_dive_and_source_profile_give_the_index_their_summary(default):
    _, result = default
    group, members = report.one_group(result, "g-88ee6c23")
    screen = report.group_screen("One group", group, members)
    assert screen.summary["subject"] == "Islamic State: members (people)"
    assert screen.summary["top_severity"] == "extreme" and screen.summary["newest_claim"] == "2015-10-22"
    profile, own = report.one_source(result, "US Central Intelligence Agency")
    source = report.source_screen("CIA", profile, own)
    assert source.summary["subject"] == "US Central Intelligence Agency" and "<h1>CIA</h1>" in source.html


def test_the_forest_charts_share_one_key_above_them(default):
    """The report's forest charts draw no legend each; one HTML key names the colour of every kind of source
    among their claims and what each mark means."""
    from discrepancy.views import charts

    _, result = default
    figures = report.forest_charts(result, 12)
    drawn = [d for f in figures if isinstance(f, charts.Responsive) for d in (f.wide, f.narrow)]
    assert drawn and all(f.legend is None and "<text" in f.text for f in drawn)
    key = report.forest_key_html(result, 12)
    charted = result.claims[result.claims["group_id"].isin(report.charted_groups(result, 12)["group_id"])]
    for kind in set(charted["source_type"].str.casefold()) - {""}:
        assert f"{charts.SOURCE_TYPE_COLOURS.get(kind, '#444444')}'>●</span> {kind}</span>" in key
    for _, _, label in charts.FOREST_SHAPES:
        assert label in key
    single = report.charted_groups(result, 1)
    alone = charts.forest_chart(result.claims[result.claims["group_id"] == single["group_id"].iloc[0]], single.iloc[0])
    assert alone.legend  # a chart drawn on its own keeps its legend
    assert all(f">{label}</text>" in alone.text for label in alone.legend)


@pytest.mark.parametrize(
    "kind, shown",
    [
        pytest.param("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;", id="markup"),
        pytest.param("Think Tank", "think tank", id="folded like the charts' colours"),
    ],
)
def test_the_forest_key_escapes_source_types(kind, shown):
    claims = claims_frame(
        {"claim_id": "a", "value_text": "around 30,000", "source_type": kind},
        {"claim_id": "b", "value_text": "200,000", "source": "T", "source_type": "government"},
    )
    key = report.forest_key_html(compare(claims), 12)
    assert shown in key and "<script" not in key


def test_no_chart_no_key():
    claims = claims_frame({"claim_id": "a", "value_text": "around 30,000"})
    assert report.forest_key_html(compare(claims), 12) == ""


@pytest.mark.parametrize(
    "kind", [pytest.param("Government", id="capitals"), pytest.param(" government ", id="spaces around")]
)
def test_the_forest_key_names_and_colours_a_kind_as_its_chart_draws_it(kind):
    """The key and the charts share one rule (charts.source_kind, charts.source_colour): the key never names a
    colour its chart does not draw."""
    from discrepancy.views import charts

    claims = claims_frame(
        {"claim_id": "a", "value_text": "around 30,000", "source_type": kind},
        {"claim_id": "b", "value_text": "200,000", "source": "T", "source_type": "intelligence"},
    )
    result = compare(claims)
    chart = report.forest_charts(result, 12)[0]
    drawn = set(re.findall(r'(?:fill|stroke)="(#[0-9a-f]{6})"', chart.wide.text + chart.narrow.text))
    kind_shown = charts.source_kind(kind)
    colour = charts.source_colour(kind_shown)
    assert f"<span style='color:{colour}'>●</span> {kind_shown}</span>" in report.forest_key_html(result, 12)
    assert colour in drawn


def test_the_overview_has_a_drawing_for_narrow_screens(default):
    """At 400 px the overview scrolled sideways and showed names without their dots: screens 640 px wide or
    less get a drawing of their own (each group's name above its row), print and wide screens the other."""
    from xml.etree import ElementTree

    from discrepancy.views import charts

    claims, result = default
    page = report.overview_html(claims, result)
    assert page.count("data:image/svg+xml;base64,") == 2 and "<source media='(max-width: 640px)'" in page
    narrow = charts.overview_chart(result.groups, result.claims, narrow=True)
    wide = charts.overview_chart(result.groups, result.claims)
    assert narrow.labels == wide.labels and narrow.legend == [label for label in wide.legend]
    assert b'width="302.4pt"' in narrow.svg()
    texts = [t.text for t in ElementTree.fromstring(narrow.svg()).iter("{http://www.w3.org/2000/svg}text")]
    assert all(label in texts for label in narrow.labels)


def test_every_chart_of_the_report_has_a_narrow_drawing(default):
    """The report's charts read at 400 px without scrolling sideways: each is drawn at 4.2 in too, every text
    inside that width."""
    from xml.etree import ElementTree

    from discrepancy.views import charts
    from discrepancy.views.svg import text_width

    claims, result = default
    figures = [f for f in report.forest_charts(result, 12) if isinstance(f, charts.Responsive)]
    figures += [report.source_profile_figure(result), report.timeline_figure(result, 12)]
    for figure in figures:
        assert "<source media='(max-width: 640px)'" in figure._repr_html_()
        root = ElementTree.fromstring(figure.narrow.svg())
        assert root.get("width") == "302.4pt"
        for t in root.iter("{http://www.w3.org/2000/svg}text"):
            size, x = float(t.get("font-size")), float(t.get("x"))
            shift = {"start": 0, "middle": 0.5, "end": 1}[t.get("text-anchor", "start")] * text_width([t.text], size)
            assert 0 <= x - shift and x - shift + text_width([t.text], size) <= 302.4, t.text
