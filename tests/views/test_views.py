"""Views: escaping every cell, deterministic figures."""

from __future__ import annotations

import math
from xml.etree import ElementTree

import pandas as pd
import pytest

from discrepancy import compare, views
from discrepancy.views import charts
from discrepancy.views.svg import text_width
from tests.helpers import claims_frame

HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", '"><b>x</b>']


@pytest.mark.parametrize("text", HOSTILE)
def test_html_table_escapes_every_cell(text):
    out = views.html_table(pd.DataFrame({text: [text]}))
    assert "<script" not in out and "<img" not in out and "<b>" not in out
    assert views.esc(text) in out


def test_findings_html_escapes():
    out = views.findings_html(pd.DataFrame({"severity": ["<i>major</i>"], "text": [HOSTILE[0]]}))
    assert "<script" not in out and "&lt;script&gt;" in out and "<i>" not in out


def test_html_table_notes_rows_left_out():
    assert "3 more rows not shown" in views.html_table(pd.DataFrame({"a": range(5)}), max_rows=2)


SVG = "{http://www.w3.org/2000/svg}"


def _texts(chart, with_size: bool = False) -> list[tuple]:
    """Every text of an SVG chart as (x, y, anchor, text), and its size with ``with_size``, read back as XML
    (so the chart is well formed)."""
    root = ElementTree.fromstring(chart.svg())
    return [(float(t.get("x")), float(t.get("y")), t.get("text-anchor", "start"), t.text or "")
            + ((float(t.get("font-size")),) if with_size else ()) for t in root.iter(f"{SVG}text")]  # fmt: skip


def _three_claims():
    return compare(
        claims_frame(
            {"claim_id": "a", "value_text": "around 30,000", "source_type": "intelligence"},
            {"claim_id": "b", "value_text": "at least 200,000", "source": "T", "source_type": "government"},
            {"claim_id": "c", "value_text": "20,000 to 31,500", "source": "U"},
        )
    )


def test_charts_give_the_same_bytes_twice():
    r = _three_claims()
    group = r.groups.iloc[0]
    made = {
        "forest": lambda: views.forest_chart(r.claims, group),
        "timeline": lambda: views.timeline_chart(r.claims, r.groups),
        "sources": lambda: views.source_profile_chart(r.sources),
        "overview": lambda: charts.overview_chart(r.groups, r.claims),
    }
    for name, make in made.items():
        one, two = make().svg(), make().svg()
        assert one == two and one.startswith(b"<svg"), name
        assert _texts(make()), name  # well-formed XML, with its labels as text
    assert views.ratio_heatmap(r.claims).png().startswith(b"\x89PNG")  # the deep dive's matplotlib figure


@pytest.mark.parametrize(
    "name",
    ["$$", "$x^2$ \\frac{a}{b}", "100$ and $200", "^_{}\\", "<script>alert(1)</script>", "a & b \"q\" 'r'"],
    ids=["dollars", "tex", "prices", "tex chars", "markup", "entities"],
)
def test_chart_labels_are_text_never_markup_or_mathtext(name):
    """Issue 10: a source named "$$" made every report on its table fail (matplotlib parsed it as mathtext). A
    label is drawn as the text it is, escaped in the SVG."""
    claims = claims_frame(
        {"claim_id": "a", "value_text": "around 30,000", "source": name, "subject": f"{name} subject"},
        {"claim_id": "b", "value_text": "200,000", "source": f"{name} 2", "subject": f"{name} subject"},
    )
    r = compare(claims)
    assert len(r.groups) == 1
    forest = views.forest_chart(r.claims, r.groups.iloc[0])
    timeline = views.timeline_chart(r.claims, r.groups)
    sources = views.source_profile_chart(r.sources)
    assert any(text.startswith(f"{name} (") for *_, text in _texts(forest))
    assert any(text.startswith(f"{name} subject") for *_, text in _texts(timeline))
    assert any(text.startswith(f"{name} 2 (n=") for *_, text in _texts(sources))
    for chart in (forest, timeline, sources):
        assert b"<script" not in chart.svg()
    assert views.ratio_heatmap(r.claims).png().startswith(b"\x89PNG")


def test_long_texts_and_large_groups_draw_bounded_charts():
    """Issue 10: a 100,000-character subject made one chart take 24 s and 893 MB; charts of a large group drew a row
    (and a heat-map cell per pair) for every claim."""
    long = "x" * 2_000  # cells past load.MAX_CELL_CHARS are refused on load
    rows = [
        {"claim_id": f"c{i}", "value_text": f"{1000 + i:,}", "source": long + str(i), "subject": long, "metric": long}
        for i in range(100)
    ]
    r = compare(claims_frame(*rows))
    group = r.groups.iloc[0]
    forest = views.forest_chart(r.claims, group)
    assert len(forest.labels) == views.MAX_CHART_ROWS
    assert all(len(label) <= views.MAX_LABEL_CHARS + 40 for label in forest.labels)
    assert "30 lowest and 30 highest of 100" in forest.title
    assert len(forest.svg()) < 60_000
    heat = views.ratio_heatmap(r.claims)
    assert len(heat.figure.axes[0].get_xticks()) == 40
    for chart in (views.timeline_chart(r.claims, r.groups), views.source_profile_chart(r.sources)):
        assert max(len(text) for *_, text in _texts(chart)) <= views.MAX_LABEL_CHARS + 40


def _long_group(source_chars: int, subject_chars: int):
    rows = [
        {"claim_id": f"c{i}", "value_text": f"{1000 * (i + 1):,}", "source": "W" * source_chars + str(i),
         "subject": "S" * subject_chars, "metric": "members"}
        for i in range(4)
    ]  # fmt: skip
    return compare(claims_frame(*rows))


@pytest.mark.parametrize(
    "source_chars, subject_chars",
    [
        pytest.param(3, 3, id="short-labels"),
        pytest.param(40, 3, id="long-row-labels"),
        pytest.param(3, 200, id="long-title"),
        pytest.param(40, 200, id="both-long"),
    ],
)
@pytest.mark.parametrize("narrow", [pytest.param(False, id="wide"), pytest.param(True, id="narrow")])
def test_charts_have_room_for_their_text(source_chars, subject_chars, narrow):
    """The margins are measured from the labels: every row label fits left of the axes (or above its row on a
    narrow chart), the legend beside them (or under the axis), and a title too long for the figure is cut at
    its start, keeping the severity and what is shown."""
    r = _long_group(source_chars, subject_chars)
    chart = views.forest_chart(r.claims, r.groups.iloc[0], narrow=narrow)
    width = 302.4 if narrow else 720  # the figure's own 4.2 or 10 inches, in points
    assert f'width="{width:g}pt"'.encode() in chart.svg()
    for x, _, anchor, text, size in _texts(chart, with_size=True):
        left = {"start": x, "middle": x - text_width([text], size) / 2, "end": x - text_width([text], size)}[anchor]
        assert 0 <= left and left + text_width([text], size) <= width, text
    assert chart.title.endswith(f"[{r.groups.iloc[0]['severity']}]")
    assert ("…" in chart.title) == (subject_chars > 100)
    assert chart.legend and all(label in {t for *_, t in _texts(chart)} for label in chart.legend)


@pytest.mark.parametrize(
    "values, log",
    [
        pytest.param(["1,000", "100,000"], True, id="log axis"),
        pytest.param(["1,000", "3,000"], False, id="linear axis"),
        pytest.param(["0.5", "40"], True, id="below one"),
    ],
)
def test_forest_markers_sit_at_their_values_on_the_labelled_axis(values, log):
    """Where a claim is drawn agrees with the axis' labels: each value's marker lies where the two labelled
    ticks around it put it (linearly, or on the log of the value)."""
    rows = [{"claim_id": f"c{i}", "value_text": v, "source": f"S{i}"} for i, v in enumerate(values)]
    r = compare(claims_frame(*rows))
    chart = views.forest_chart(r.claims, r.groups.iloc[0], legend=False)
    root = ElementTree.fromstring(chart.svg())
    ticks = {}
    for x, _y, anchor, text in _texts(chart):
        if anchor == "middle" and text and text[0].isdigit():
            ticks[float(text.replace(",", ""))] = x
    squares = sorted(float(e.get("x")) + float(e.get("width")) / 2 for e in root.iter(f"{SVG}rect")
                     if e.get("stroke") == "#000000" and e.get("fill") != "none")  # fmt: skip
    assert len(squares) == 2 and len(ticks) >= 2
    f = math.log10 if log else float
    (v0, x0), (v1, x1) = sorted(ticks.items())[0], sorted(ticks.items())[-1]
    for value, drawn in zip(sorted(float(v.replace(",", "")) for v in values), squares):
        expected = x0 + (f(value) - f(v0)) / (f(v1) - f(v0)) * (x1 - x0)
        assert abs(drawn - expected) < 0.05, (value, drawn, expected)
    (axis_label,) = [t for *_, t in _texts(chart) if t.startswith("members")]
    assert ("log scale" in axis_label) == log


@pytest.mark.parametrize(
    "values, shown",
    [
        pytest.param(["1,000", "10,000"], {"10.0", "0.1"}, id="ten-times-exactly"),
        pytest.param(["3", "6,096,498"], {"2,032,166", "4.9e-07"}, id="a-large-ratio-to-the-unit"),
    ],
)
def test_heat_map_cells_show_the_ratio_itself(values, shown):
    """Each cell is the ratio of the two values, not 2 to its log2: that round trip showed 10 as "10" and
    2,032,166 as 2,032,165 (0.2% of the cells of a 100,000-claim table)."""
    rows = [{"claim_id": f"c{i}", "value_text": v, "source": f"S{i}"} for i, v in enumerate(values)]
    r = compare(claims_frame(*rows))
    texts = {t.get_text() for t in views.ratio_heatmap(r.claims).figure.axes[0].texts}
    assert shown <= texts


@pytest.mark.parametrize(
    "logs, labels",
    [
        pytest.param([-0.3, 0.0, 0.3], ["0.5x", "consensus", "2x"], id="halves and doubles"),
        pytest.param(
            [-0.04, -0.02, 0.0, 0.02, 0.04],
            ["0.912x", "0.955x", "consensus", "1.05x", "1.1x"],
            id="near the consensus: no second 1x",
        ),  # fmt: skip
        pytest.param([-0.001, 0.0, 0.001], ["0.9977x", "consensus", "1.002x"], id="very near"),
    ],
)
def test_factor_ticks_never_read_alike(logs, labels):
    assert [label for _, label in charts.factor_ticks(logs)] == labels


@pytest.mark.parametrize(
    "values, zero_said",
    [
        pytest.param(["0", "1,000", "100,000", "at least 0"], True, id="zero beside thousands (log axis)"),
        pytest.param(["-5", "-20", "3"], False, id="negative values (linear axis)"),
        pytest.param(["around 30,000"], False, id="one claim"),
        pytest.param(["at least 200,000", "up to 5,000", "more than 1,000,000"], False, id="bounds only"),
        pytest.param(["25", "25"], False, id="the same value twice"),
        pytest.param(["0.000001", "1e12"], False, id="tiny and huge"),
    ],
)
def test_charts_draw_every_kind_of_group(values, zero_said):
    """Every chart of the report draws well-formed SVG whatever the values; on a log axis a value of zero or
    below is said in words, never drawn at a place that would read as a number."""
    rows = [{"claim_id": f"c{i}", "value_text": v, "source": f"S{i}", "claim_date": f"2015-0{i % 9 + 1}-01"}
            for i, v in enumerate(values)]  # fmt: skip
    r = compare(claims_frame(*rows))
    forests = [views.forest_chart(r.claims, g) for _, g in r.groups.iterrows()]
    others = [views.timeline_chart(r.claims, r.groups), views.source_profile_chart(r.sources),
              charts.overview_chart(r.groups, r.claims)]  # fmt: skip
    for chart in forests + others:
        assert _texts(chart)  # parses as XML
    said = [t for chart in forests for *_, t in _texts(chart) if "zero or below, not on this log axis" in t]
    assert bool(said) == zero_said


def test_the_timeline_says_what_it_does_not_draw():
    """A claim without a date, or of zero on a log panel, has no place on the timeline: its panel's title says
    how many were left out, so a missing claim never reads as agreement."""
    rows = [
        {"claim_id": "a", "value_text": "1,000", "source": "A", "claim_date": "2015-01-01"},
        {"claim_id": "b", "value_text": "100,000", "source": "B", "claim_date": "2015-06-01"},
        {"claim_id": "c", "value_text": "0", "source": "C", "claim_date": "2015-03-01"},
        {"claim_id": "d", "value_text": "5,000", "source": "D", "claim_date": ""},
    ]
    r = compare(claims_frame(*rows))
    chart = views.timeline_chart(r.claims, r.groups)
    texts = [t for *_, t in _texts(chart)]
    assert any(t.endswith("; 1 undated, not drawn; 1 at zero or below, off the log scale") for t in texts), texts
