"""The numbers of a sentence: which are quantities, read how, and which are passed over. Sentences are the
corpus's own (tests/data/articles) or SYNTHETIC ones written for the case they test."""

from __future__ import annotations

import pytest

from discrepancy.intake import quantities


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("Burglary and robbery went up by 9% and 33% respectively.", ["9%", "33%"],
                     id="A and B outside between: two quantities, never the range 9-33"),
        pytest.param("Firearms offences rose by 11% to 6,604 recorded crimes.", ["11%", "6,604"],
                     id="a change then a level: two quantities"),
        pytest.param("Estimates were between 20,000 and 25,000 fighters.", ["between 20,000 and 25,000 fighters"],
                     id="between A and B: one range"),
        pytest.param("Prices rose 20 to 30 percent.", ["20 to 30 percent"], id="A to B percent: one range"),
        pytest.param("The toll rose from 200 to 300 on Friday.", ["200", "300"],
                     id="rose from A to B: a change between two figures, never the range 200-300"),
        pytest.param("Deaths between 2010 and 2012, from 2010 to 2012.", [], id="spans of years"),
        pytest.param("The toll rose from 300 on Friday.", ["from 300"],
                     id="rose from A with no B: read once (this once looped forever)"),
        pytest.param("Losses were 4.76 billion yuan ($702.65 million).", ["4.76 billion yuan"],
                     id="a currency word kept, the bracketed conversion noted not drafted"),
        pytest.param("With four new polio cases the total reached 295.", ["four", "295"], id="a number in words"),
        pytest.param("Two cases were reported and nine percent more.", ["Two cases", "nine percent"],
                     id="word numbers before a counted noun or percent"),
        pytest.param("Two academics said it was three times as large.", [], id="word numbers in prose are no claim"),
        pytest.param("Sixty-four percent were severe cases.", ["Sixty-four percent"], id="sixty-four, not six"),
        pytest.param("A dozen have been pulled out alive.", ["A dozen"], id="a dozen standing for people"),
        pytest.param("Almost 260,000 died, half of them children.", ["Almost 260,000", "half"],
                     id="a share in words of a whole named with it"),
        pytest.param("Arrivals passed the half-million mark.", ["half-million"], id="half-million: 500,000"),
        pytest.param("It took half an hour, a third of the way.", [], id="a share in words with no whole counted"),
        pytest.param("Twenty-seven of them were children.", ["Twenty-seven"], id="a count of a group named before"),
        pytest.param("The storm hit at 5 p.m. and at 1:40 pm, or 0830 UTC.", [], id="times"),
        pytest.param("A 12-month-old boy and an eight-month-old girl.", [], id="ages in months"),
        pytest.param("Posted January 23, 2017 7:53 am 01/23/2017 07:53am", [], id="a web page's date line"),
        pytest.param("Over the last 25 years and within 20 working days.", [], id="durations"),
        pytest.param("A magnitude-7.1 quake killed more than 1,400.", ["7.1", "more than 1,400"],
                     id="magnitude-7.1 is a measurement, not a model name"),
    ],
)  # fmt: skip
def test_quantities_of_a_sentence(sentence, expected):
    found, _ = quantities(sentence)
    assert [f.value_text for f in found if f.note != "vague amount"] == expected


def test_a_bracketed_conversion_is_noted_on_the_number_it_converts():
    found, skipped = quantities("Losses were 4.76 billion yuan ($702.65 million).")
    assert found[0].note == "also given as $702.65 million"
    assert skipped == ["$702.65 million: a conversion of 4.76 billion yuan in brackets"]
