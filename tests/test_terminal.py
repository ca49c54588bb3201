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
