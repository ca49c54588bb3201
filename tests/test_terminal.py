"""Text for a terminal: every character a terminal would act on is shown as its escape, the rest as it is."""

from __future__ import annotations

import pytest

from discrepancy.terminal import escaped, printable


@pytest.mark.parametrize(
    "text, shown",
    [
        pytest.param("Zürich – 東京", "Zürich – 東京", id="accents-dashes-and-wide-characters-kept"),
        pytest.param("\x1b[31mred\x1b[0m", "\\x1b[31mred\\x1b[0m", id="colour-codes"),
        pytest.param("\x1b]0;title\x07", "\\x1b]0;title\\x07", id="window-title"),
        pytest.param("a\tb\nc\rd", "a\\tb\\nc\\rd", id="tab-and-line-breaks"),
        pytest.param("right\u202eleft", "right\\u202eleft", id="bidi-override"),
        pytest.param("del\x7f", "del\\x7f", id="delete"),
        pytest.param("", "", id="blank"),
    ],
)
def test_what_a_terminal_acts_on_is_escaped(text, shown):
    assert escaped(text) == shown
    assert printable(text, 1000) == shown


def test_printable_cuts_what_it_escaped_to_the_width():
    assert printable("\x1b" * 5, 9) == "\\x1b\\x1b" + "…"


@pytest.mark.parametrize(
    "value, width, shown",
    [
        pytest.param("around 30,000 – Ça", 100, "around 30,000 – Ça", id="printable-as-it-is"),
        pytest.param("a\x1b]0;title\x07b", 100, "a\\x1b]0;title\\x07b", id="escape-sequence-escaped"),
        pytest.param("line\nbreak\ttab", 100, "line\\nbreak\\ttab", id="breaks-and-tabs-escaped"),
        pytest.param("x" * 12, 10, "x" * 9 + "…", id="cut-to-width"),
        pytest.param(30000.5, 100, "30000.5", id="not-text"),
    ],
)
def test_terminal_text_escapes_what_a_terminal_would_act_on(value, width, shown):
    assert printable(value, width) == shown
