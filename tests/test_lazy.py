"""Lazy exports (discrepancy/lazy.py): the command line starts without pandas or matplotlib, and every public
name still resolves to what its module defines."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

HEAVY = ("pandas", "numpy", "pyarrow", "matplotlib")


@pytest.mark.parametrize(
    "modules",
    [
        pytest.param("discrepancy", id="the package"),
        pytest.param("discrepancy.cli", id="the command line"),
        pytest.param("discrepancy.render.run, discrepancy.batch.run", id="render and batch"),
    ],
)
def test_importing_loads_no_table_or_chart_library(modules):
    code = f"import sys, {modules}; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert loaded == []


@pytest.mark.parametrize(
    "package", [pytest.param(p, id=p) for p in ("discrepancy", "discrepancy.claims", "discrepancy.engine")]
)
def test_every_public_name_is_what_its_module_defines(package):
    module = importlib.import_module(package)
    for name, where in module._EXPORTS.items():
        assert getattr(module, name) is getattr(importlib.import_module(where), name), name
        assert name in dir(module)
    for name in module.__all__:
        assert getattr(module, name) is not None


def test_an_unknown_name_is_an_attribute_error():
    import discrepancy

    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        discrepancy.nothing_here  # noqa: B018
    from discrepancy import report

    assert report.__name__ == "discrepancy.views.report"
