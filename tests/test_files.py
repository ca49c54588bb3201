"""Writing files safely (discrepancy/files.py): whole or not at all, and never onto an input."""

from __future__ import annotations

import pytest

from discrepancy.errors import OutputError
from discrepancy.files import atomic_write, refuse_input_overwrite


def test_failed_write_leaves_the_previous_file_whole(tmp_path):
    target = tmp_path / "o.csv"
    target.write_text("previous")

    def half_then_fail(tmp):
        tmp.write_text("half a fi")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        atomic_write(target, half_then_fail)
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["o.csv"]


@pytest.mark.parametrize(
    "out, inputs",
    [
        pytest.param("t.csv", ["t.csv"], id="the input itself"),
        pytest.param("link.csv", ["t.csv"], id="a link to the input"),
        pytest.param("nul\x00.csv", [], id="a NUL in the name"),
    ],
)
def test_an_output_that_would_replace_an_input_is_refused(tmp_path, out, inputs):
    table = tmp_path / "t.csv"
    table.write_text("previous")
    (tmp_path / "link.csv").symlink_to(table)
    with pytest.raises(OutputError, match="refused as an output|not a valid file name"):
        refuse_input_overwrite(tmp_path / out, [tmp_path / i for i in inputs])
    assert table.read_text() == "previous"


def test_another_output_is_accepted(tmp_path):
    table = tmp_path / "t.csv"
    table.write_text("previous")
    refuse_input_overwrite(tmp_path / "out.csv", [table])  # no error
