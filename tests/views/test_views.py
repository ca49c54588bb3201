"""Views: escaping every cell, deterministic figures."""

from __future__ import annotations

import pandas as pd
import pytest

from discrepancy import compare, views
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


def test_charts_give_the_same_png_bytes_twice():
    claims = claims_frame(
        {"claim_id": "a", "value_text": "around 30,000", "source_type": "intelligence"},
        {"claim_id": "b", "value_text": "at least 200,000", "source": "T", "source_type": "government"},
        {"claim_id": "c", "value_text": "20,000 to 31,500", "source": "U"},
    )
    r = compare(claims)
    group = r.groups.iloc[0]
    one = views.forest_chart(r.claims, group).png()
    two = views.forest_chart(r.claims, group).png()
    assert one == two and one.startswith(b"\x89PNG")
    assert views.ratio_heatmap(r.claims).png().startswith(b"\x89PNG")
    assert views.timeline_chart(r.claims, r.groups).png().startswith(b"\x89PNG")
    assert views.source_profile_chart(r.sources).png().startswith(b"\x89PNG")


@pytest.mark.parametrize(
    "name", ["$$", "$x^2$ \\frac{a}{b}", "100$ and $200", "^_{}\\"], ids=["dollars", "tex", "prices", "tex chars"]
)
def test_chart_labels_are_text_never_mathtext(name):
    """Issue 10: a source named "$$" made every report on its table fail (matplotlib parsed it as mathtext)."""
    claims = claims_frame(
        {"claim_id": "a", "value_text": "around 30,000", "source": name},
        {"claim_id": "b", "value_text": "200,000", "source": f"{name} 2", "subject": f"{name} subject"},
    )
    r = compare(claims)
    for chart in (
        views.forest_chart(r.claims, r.groups.iloc[0]),
        views.ratio_heatmap(r.claims),
        views.timeline_chart(r.claims, r.groups),
        views.source_profile_chart(r.sources),
    ):
        assert chart.png().startswith(b"\x89PNG")


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
    assert len(forest.figure.axes[0].get_yticks()) == views.MAX_CHART_ROWS
    assert all(len(t.get_text()) <= views.MAX_LABEL_CHARS + 40 for t in forest.figure.axes[0].get_yticklabels())
    assert "30 lowest and 30 highest of 100" in forest.figure.axes[0].get_title(loc="left")
    heat = views.ratio_heatmap(r.claims)
    assert len(heat.figure.axes[0].get_xticks()) == 40
    for chart in (forest, heat, views.timeline_chart(r.claims, r.groups), views.source_profile_chart(r.sources)):
        assert chart.png().startswith(b"\x89PNG")


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
def test_charts_are_drawn_once_at_their_size_with_room_for_their_text(source_chars, subject_chars):
    """No tight bounding box (it draws a chart twice): the margins are measured from the labels, the legend has
    room, and a title too long for the figure is cut at its start, keeping the severity and what is shown."""
    from discrepancy.views.charts import text_width

    r = _long_group(source_chars, subject_chars)
    chart = views.forest_chart(r.claims, r.groups.iloc[0])
    fig, ax = chart.figure, chart.figure.axes[0]
    width = fig.get_size_inches()[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert fig.subplotpars.left * width >= text_width(labels, 8)  # the widest row label fits left of the axes
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert (1 - fig.subplotpars.right) * width >= text_width(legend, 7)  # and the legend right of them
    title = ax.get_title(loc="left")
    assert title.endswith(f"[{r.groups.iloc[0]['severity']}]")
    assert fig.subplotpars.left * width + text_width([title], 10) <= width
    assert ("…" in title) == (subject_chars > 100)
    assert b'width="720pt"' in chart.svg()  # the figure's own 10 inches: nothing cropped or grown


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
