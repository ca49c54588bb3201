"""views/svg.py: ticks, dates, coordinates, text widths and escaping of the charts drawn as SVG text."""

from __future__ import annotations

import datetime as dt
from xml.etree import ElementTree

import pytest

from discrepancy.views import svg

D = dt.date


@pytest.mark.parametrize(
    "lo, hi, ticks",
    [
        pytest.param(0, 1, [0, 0.2, 0.4, 0.6, 0.8, 1], id="unit"),
        pytest.param(23, 97, [40, 60, 80], id="steps of 20"),
        pytest.param(-0.3, 0.7, [-0.2, 0, 0.2, 0.4, 0.6], id="through zero"),
        pytest.param(8.6, 14.8, [9, 10, 11, 12, 13, 14], id="steps of 1"),
        pytest.param(31.5, 45.5, [32.5, 35, 37.5, 40, 42.5, 45], id="steps of 2.5"),
        pytest.param(12_000, 31_000, [15_000, 20_000, 25_000, 30_000], id="thousands"),
    ],
)
def test_nice_ticks(lo, hi, ticks):
    got = svg.nice_ticks(lo, hi)
    assert got == pytest.approx(ticks) and len(got) <= 6
    assert all(lo <= t <= hi for t in got)


@pytest.mark.parametrize(
    "lo, hi, major",
    [
        pytest.param(13.9, 61.2, [20, 50], id="1 2 5 within two decades"),
        pytest.param(625, 320_000, [1_000, 10_000, 100_000], id="decades beyond two"),
        pytest.param(0.5, 5e9, [1, 100, 10_000, 1e6, 1e8], id="every other decade when many"),
        pytest.param(0.003, 0.2, [0.005, 0.01, 0.02, 0.05, 0.1, 0.2], id="below one"),
    ],
)
def test_log_ticks(lo, hi, major):
    got, minor = svg.log_ticks(lo, hi)
    assert got == pytest.approx(major)
    assert all(lo <= v <= hi for v in got + minor) and not set(got) & set(minor)


@pytest.mark.parametrize(
    "first, last, labels",
    [
        pytest.param(
            D(2014, 6, 1),
            D(2014, 6, 5),
            ["2014-06-01", "2014-06-02", "2014-06-03", "2014-06-04", "2014-06-05"],
            id="days",
        ),  # fmt: skip
        pytest.param(
            D(2014, 6, 1),
            D(2014, 7, 30),
            ["2014-06-01", "2014-06-15", "2014-06-29", "2014-07-13", "2014-07-27"],
            id="fortnights",
        ),  # fmt: skip
        pytest.param(D(2014, 6, 2), D(2014, 9, 5), ["2014-07", "2014-08", "2014-09"], id="months from the first whole"),
        pytest.param(
            D(2014, 5, 18), D(2016, 9, 12), ["2014-07", "2015-01", "2015-07", "2016-01", "2016-07"], id="half years"
        ),  # fmt: skip
        pytest.param(
            D(1990, 1, 1), D(2020, 1, 1), ["1990", "1995", "2000", "2005", "2010", "2015", "2020"], id="five years"
        ),  # fmt: skip
        pytest.param(D(2013, 3, 1), D(2019, 2, 1), ["2014", "2015", "2016", "2017", "2018", "2019"], id="years"),
    ],
)
def test_date_ticks(first, last, labels):
    ticks = svg.date_ticks(first, last)
    assert [label for _, label in ticks] == labels
    assert all(first <= d <= last for d, _ in ticks)


@pytest.mark.parametrize(
    "value, text",
    [
        pytest.param(1.0, "1", id="whole"),
        pytest.param(2.456, "2.46", id="two decimals"),
        pytest.param(-0.001, "0", id="never minus zero"),
        pytest.param(10.5, "10.5", id="no trailing zero"),
    ],
)
def test_coordinates_are_written_short_and_the_same_everywhere(value, text):
    assert svg.num(value) == text


@pytest.mark.parametrize("text", ["Islamic State: members (people)", "Ünïcödé — “quoted” …", "0123456789,.%"])
def test_text_widths_are_the_fonts_own(text):
    """The table (tools/font_widths.py) gives matplotlib's DejaVu Sans advances, which the margins rest on."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextToPath

    measured = sum(
        TextToPath().get_text_width_height_descent(ch, FontProperties(family="DejaVu Sans", size=100), ismath=False)[0]
        for ch in text
    )
    assert svg.text_width([text], 100) == pytest.approx(measured, rel=2e-3)


def test_characters_the_table_lacks_are_given_room():
    assert svg.text_width(["中文"], 10) == pytest.approx(20)  # wide characters: a full em each
    assert svg.text_width(["\u0915"], 10) == pytest.approx(7)  # others: more than DejaVu's mean


@pytest.mark.parametrize("scale, value, at", [
    pytest.param(svg.Scale(0, 10, 100, 200), 5, 150, id="linear"),
    pytest.param(svg.Scale(10, 1000, 100, 200, log=True), 100, 150, id="log"),
    pytest.param(svg.Scale(0, 10, 200, 100), 2, 180, id="upwards"),
])  # fmt: skip
def test_scales_place_values(scale, value, at):
    assert scale(value) == pytest.approx(at)


def test_canvas_text_is_escaped_and_well_formed():
    c = svg.Canvas(100, 50)
    c.text(1, 2, "<script>alert('x')</script> & \"q\"", 8)
    out = c.svg()
    assert "<script" not in out
    (text,) = ElementTree.fromstring(out).iter("{http://www.w3.org/2000/svg}text")
    assert text.text == "<script>alert('x')</script> & \"q\""


def test_fit_text_keeps_the_end_whole():
    cut = svg.fit_text("S" * 300, 10, 200, " [extreme]")
    assert cut.endswith("… [extreme]") and svg.text_width([cut], 10) <= 200
    assert svg.fit_text("short", 10, 200, " [minor]") == "short [minor]"


@pytest.mark.parametrize(
    "lo, hi, most, major",
    [
        pytest.param(5.2, 450_000, 5, [10, 100, 1_000, 10_000, 100_000], id="five decades inside fit five"),
        pytest.param(5.2, 4_500_000, 5, [10, 1_000, 100_000], id="six inside: every other"),
    ],
)
def test_log_ticks_count_the_decades_inside_the_axis(lo, hi, most, major):
    assert svg.log_ticks(lo, hi, most)[0] == pytest.approx(major)
