"""Committed notebooks and their parameters: no outputs, a tagged parameters cell, checked values."""

from __future__ import annotations

import json

import pytest

from discrepancy import RenderError
from discrepancy.render.parameters import check_parameters, convert, load_parameters_file, notebook_parameters
from tests.helpers import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
REPORT = NOTEBOOKS[0].parent / "01-discrepancy-report.ipynb"
assert NOTEBOOKS


def test_the_three_report_notebooks_exist():
    names = {p.name for p in NOTEBOOKS}
    assert {
        "00-claim-intake.ipynb",
        "01-discrepancy-report.ipynb",
        "02-group-deep-dive.ipynb",
        "03-source-profile.ipynb",
    } <= names


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_committed_without_outputs(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [] and cell.get("execution_count") is None, cell["source"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_first_code_cell_is_the_tagged_parameters_cell(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    first = next(c for c in nb["cells"] if c["cell_type"] == "code")
    assert "parameters" in first["metadata"].get("tags", [])
    defaults = notebook_parameters(path)
    paths = {k: v for k, v in defaults.items() if k.endswith("_path") and v}
    assert paths and "title" in defaults
    root = path.parent.parent
    for name, value in paths.items():  # defaults point at files in the repository, so it runs as is
        assert (root / value).is_file(), (name, value)


@pytest.mark.parametrize(
    "value, default, expected",
    [
        pytest.param("365", None, 365, id="none default reads a number"),
        pytest.param("null", None, None, id="none default reads null"),
        pytest.param("Iraq", "", "Iraq", id="text"),
        pytest.param("12", 3, 12, id="int"),
        pytest.param(12, 3, 12, id="int from yaml"),
        pytest.param("1.5", 0.1, 1.5, id="float"),
        pytest.param(2, 0.1, 2.0, id="int for float"),
        pytest.param("yes", False, True, id="bool yes"),
        pytest.param("False", True, False, id="bool False"),
        pytest.param("[1, 2]", [0], [1, 2], id="list"),
    ],
)
def test_values_are_converted_to_the_default_type(value, default, expected):
    assert convert("p", value, default) == expected


@pytest.mark.parametrize(
    "value, default, words",
    [
        pytest.param("abc", 3, "whole number", id="text for int"),
        pytest.param("1.5", 3, "whole number", id="float for int"),
        pytest.param(True, 3, "whole number", id="bool for int"),
        pytest.param("maybe", False, "true or false", id="bad bool"),
        pytest.param(5, "", "text", id="number for text"),
        pytest.param("x", 0.1, "number", id="text for float"),
        pytest.param("{a: 1}", [0], "list", id="dict for list"),
    ],
)
def test_values_that_do_not_fit_are_refused(value, default, words):
    with pytest.raises(ValueError, match=words):
        convert("p", value, default)


def test_unknown_parameters_are_refused_listing_the_known_ones():
    with pytest.raises(RenderError) as err:
        check_parameters(REPORT, {"nosuch": "1", "top_n": "x"})
    text = str(err.value)
    assert "unknown parameter 'nosuch'" in text and "claims_path" in text and "top_n takes a whole number" in text


def test_parameters_file(tmp_path):
    f = tmp_path / "p.yaml"
    f.write_text("top_n: 3\nsubject: Islamic State\n")
    assert check_parameters(REPORT, load_parameters_file(f)) == {"top_n": 3, "subject": "Islamic State"}
    f.write_text("- a\n- b\n")
    with pytest.raises(RenderError, match="maps names to values"):
        load_parameters_file(f)
    f.write_text("a: [\n")
    with pytest.raises(RenderError, match="not valid YAML"):
        load_parameters_file(f)
