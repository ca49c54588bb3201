"""Parameters naming something in the table (a source, a group id) and typed None defaults are checked
before a kernel starts, with "did you mean" for a near miss."""

from __future__ import annotations

import pytest

from discrepancy import NotebookParameterError, compare, load_claims
from discrepancy.render.lookups import check_lookups, suggestion
from discrepancy.render.parameters import Notebook, check_parameters
from tests.helpers import ROOT

TABLE = "data/claims/islamic_state_2014_2016.csv"
DEEP_DIVE = Notebook.read(ROOT / "notebooks" / "02-group-deep-dive.ipynb")
PROFILE = Notebook.read(ROOT / "notebooks" / "03-source-profile.ipynb")


@pytest.mark.parametrize("window", [None, 30, 365])
def test_every_group_id_of_the_comparison_is_accepted(window):
    cache: dict = {}
    for group_id in compare(load_claims(ROOT / TABLE), window).groups["group_id"]:
        check_lookups(DEEP_DIVE, {"claims_path": TABLE, "group_id": group_id, "window_days": window}, cache=cache)
    assert len(cache) == 1  # the table was read once for all of them


@pytest.mark.parametrize(
    "notebook, parameters, words",
    [
        pytest.param(
            PROFILE,
            {"source": "US Central Inteligence Agency"},
            "did you mean 'US Central Intelligence Agency'?",
            id="source misspelt",
        ),  # fmt: skip
        pytest.param(
            PROFILE, {"source": "Nobody at all"}, "source 'Nobody at all' is not a source of", id="unknown source"
        ),
        pytest.param(DEEP_DIVE, {"group_id": "g-88ee6c2"}, "did you mean 'g-88ee6c23'?", id="group id cut short"),
        pytest.param(
            DEEP_DIVE,
            {"group_id": "g-88ee6c23-w9", "window_days": 30},
            "with window_days 30; did you mean",
            id="group id of a window part that is not there",
        ),  # fmt: skip
    ],
)
def test_a_name_the_table_lacks_is_refused_with_a_close_match(notebook, parameters, words):
    with pytest.raises(NotebookParameterError, match="is not a") as e:
        check_lookups(notebook, {"claims_path": TABLE, **parameters})
    assert words in str(e.value)


def test_a_source_differing_only_in_case_and_spaces_is_accepted():
    check_lookups(PROFILE, {"claims_path": TABLE, "source": "  us central   intelligence agency "})


def test_suggestions_quote_names_that_hold_commas():
    names = ["Fuad Hussein, Kurdistan Region Presidency", "Zamir Kabulov, Russian presidential envoy"]
    assert suggestion("Fuad Husein, Kurdistan Region Presidency", names) == (
        "; did you mean 'Fuad Hussein, Kurdistan Region Presidency'?"
    )


@pytest.mark.parametrize(
    "value, expected",
    [
        pytest.param("30", 30, id="a whole number"),
        pytest.param("null", None, id="null"),
        pytest.param("", None, id="empty"),
        pytest.param(45, 45, id="a number from YAML"),
    ],
)
def test_a_declared_type_converts_values_of_a_none_default(value, expected):
    assert check_parameters(DEEP_DIVE, {"window_days": value}) == {"window_days": expected}


@pytest.mark.parametrize("value", ["abc", "3.5", "[1, 2]", True])
def test_a_declared_type_refuses_other_values(value):
    with pytest.raises(NotebookParameterError, match="window_days takes a whole number or None"):
        check_parameters(DEEP_DIVE, {"window_days": value})
