"""The batch file is checked whole before anything runs; every refusal names its entry."""

from __future__ import annotations

import pytest

from discrepancy import BatchConfigError
from discrepancy.batch.config import load_batch
from tests.helpers import ROOT, write_csv


@pytest.fixture
def repo(tmp_path, monkeypatch, good_rows):
    """A throwaway repository: a notebook, two claim tables, a reports folder. SYNTHETIC data."""
    import shutil

    root = ROOT
    (tmp_path / "notebooks").mkdir()
    shutil.copy(root / "notebooks" / "01-discrepancy-report.ipynb", tmp_path / "notebooks")
    (tmp_path / "data" / "claims").mkdir(parents=True)
    write_csv(tmp_path / "data" / "claims" / "a.csv", good_rows)
    (tmp_path / "reports").mkdir()
    monkeypatch.setenv("DISCREPANCY_ROOT", str(tmp_path))
    return tmp_path


def _batch(repo, text: str):
    path = repo / "reports.yaml"
    path.write_text(text)
    return path


GOOD = """
defaults:
  notebook: notebooks/01-discrepancy-report.ipynb
  parameters: {window_days: 365}
reports:
  - name: islamic-state
    parameters: {claims_path: data/claims/a.csv}
    output: reports/islamic-state.html
"""


def test_the_documented_shape_loads(repo):
    (job,) = load_batch(_batch(repo, GOOD))
    assert (job.name, job.output, job.notebook) == (
        "islamic-state",
        "reports/islamic-state.html",
        "notebooks/01-discrepancy-report.ipynb",
    )
    assert job.parameters["window_days"] == 365 and job.parameters["claims_path"] == "data/claims/a.csv"
    assert job.parameters["top_n"] == 12  # the notebook's defaults fill the rest
    assert job.input_paths() == ["data/claims/a.csv"]


def test_matrix_expands_one_entry_per_value_and_parameters_file(repo):
    (repo / "p.yaml").write_text("top_n: 3\n")
    jobs = load_batch(
        _batch(
            repo,
            """
defaults: {notebook: notebooks/01-discrepancy-report.ipynb, parameters_file: p.yaml}
reports:
  - name: r-{window_days}
    parameters: {claims_path: data/claims/a.csv}
    matrix: {window_days: [30, 365]}
  - name: per-group-{subject}
    parameters: {claims_path: data/claims/a.csv}
    matrix: {subject: {groups_of: data/claims/a.csv}}
""",
        )
    )
    names = [j.name for j in jobs]
    assert names[:2] == ["r-30", "r-365"] and [j.parameters["top_n"] for j in jobs[:2]] == [3, 3]
    assert jobs[0].output == "reports/r-30.html"
    assert len(names) == 3 and names[2].startswith("per-group-g-")


@pytest.mark.parametrize(
    "entry, words",
    [
        pytest.param(
            "{name: x, parameters: {claims_path: data/claims/a.csv}, output: /tmp/x.html}",
            "outside reports",
            id="output outside reports",
        ),
        pytest.param(
            "{name: x, parameters: {claims_path: data/claims/a.csv}, output: reports/../x.html}",
            "outside reports",
            id="output traversal",
        ),
        pytest.param("{name: ../x, parameters: {claims_path: data/claims/a.csv}}", "unsafe name", id="name traversal"),
        pytest.param(
            "{name: 'a b', parameters: {claims_path: data/claims/a.csv}}", "unsafe name", id="name with space"
        ),
        pytest.param("{name: x, notebook: notebooks/nope.ipynb}", "unknown notebook", id="unknown notebook"),
        pytest.param("{name: x, notebook: ../outside.ipynb}", "outside the repository", id="notebook traversal"),
        pytest.param(
            "{name: x, parameters: {claims_path: ../../etc/passwd}}", "outside the repository", id="input traversal"
        ),
        pytest.param("{name: x, parameters: {claims_path: data/claims/none.csv}}", "not found", id="missing table"),
        pytest.param("{name: x, parameters: {nosuch: 1}}", "unknown parameter 'nosuch'", id="unknown parameter"),
        pytest.param("{name: x, parameters: {top_n: many}}", "top_n takes a whole number", id="bad parameter type"),
        pytest.param("{name: x, colour: red}", "unknown key(s): colour", id="unknown key"),
        pytest.param("{name: x, output: reports/x.txt}", "must be an .html", id="not html"),
        pytest.param(
            "{name: x, parameters_file: nope.yaml}", "parameters file not found", id="missing parameters file"
        ),
        pytest.param("{name: x, matrix: {window_days: []}}", "non-empty list", id="empty matrix"),
        pytest.param(
            "{name: x, parameters: {claims_path: /etc/passwd}}",
            "outside the repository",
            id="absolute path outside the repository",
        ),  # fmt: skip
        pytest.param(
            "{name: 'x-{a}-{b}', matrix: {a: ["
            + ",".join(map(str, range(100)))
            + "], b: ["
            + ",".join(map(str, range(100)))
            + "]}}",
            "expands to 10,000 reports",
            id="matrix of 10,000 reports",
        ),  # fmt: skip
        pytest.param(
            "{name: x, parameters: {window_days: -5}}",
            "window_days must be a whole number",
            id="negative window refused before a kernel",
        ),  # fmt: skip
    ],
)
def test_bad_entries_are_refused_naming_the_entry(repo, entry, words):
    with pytest.raises(BatchConfigError) as err:
        load_batch(
            _batch(repo, f"defaults: {{notebook: notebooks/01-discrepancy-report.ipynb}}\nreports:\n  - {entry}\n")
        )
    assert words in str(err.value) and "nothing was run" in str(err.value)


def test_duplicate_names_and_outputs_and_every_problem_at_once(repo):
    with pytest.raises(BatchConfigError) as err:
        load_batch(
            _batch(
                repo,
                """
defaults: {notebook: notebooks/01-discrepancy-report.ipynb, parameters: {claims_path: data/claims/a.csv}}
reports:
  - {name: a}
  - {name: a}
  - {name: b, output: reports/a.html}
  - {name: c, parameters: {nosuch: 1}}
""",
            )
        )
    text = str(err.value)
    assert "a: duplicate name" in text and "b: output reports/a.html is also written by a" in text and "c: " in text
    assert "4 problem(s)" in text


@pytest.mark.parametrize(
    "text, words",
    [
        pytest.param("reports: nope", "list under 'reports'", id="reports not a list"),
        pytest.param("reports: [\n", "not valid YAML", id="broken yaml"),
        pytest.param("!!python/object/apply:os.system ['echo hi']", "not valid YAML", id="unsafe yaml tag"),
    ],
)
def test_malformed_batch_files(repo, text, words):
    with pytest.raises(BatchConfigError, match=words):
        load_batch(_batch(repo, text))


def test_billion_laughs_is_refused(repo):
    """Issue 10: a batch file with nested anchors (billion laughs) expanded without limit."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 12)]
    text = "\n".join(lines) + "\nreports: [*a11]\n"
    with pytest.raises(BatchConfigError, match="aliases"):
        load_batch(_batch(repo, text))


def test_an_outside_table_needs_the_documented_option(repo, good_rows, tmp_path_factory):
    """Absolute paths outside the repository are refused unless allow_outside (--allow-outside-paths)."""
    outside = write_csv(tmp_path_factory.mktemp("elsewhere") / "t.csv", good_rows)
    text = f"defaults: {{notebook: notebooks/01-discrepancy-report.ipynb}}\nreports:\n  - {{name: x, parameters: {{claims_path: {outside}}}}}\n"
    with pytest.raises(BatchConfigError, match="outside the repository"):
        load_batch(_batch(repo, text))
    jobs = load_batch(_batch(repo, text), allow_outside=True)
    assert jobs[0].parameters["claims_path"] == str(outside)


def test_provenance_never_shows_a_machine_path(tmp_path, good_rows):
    """Provenance is built by the render layer (notebooks.provenance_payload) and shows inputs and file
    parameters relative to the repository or as bare file names."""

    from discrepancy.render.parameters import notebook_parameters
    from discrepancy.render.provenance import provenance_payload
    from discrepancy.views.report import provenance

    notebook = ROOT / "notebooks" / "01-discrepancy-report.ipynb"
    table = write_csv(tmp_path / "elsewhere.csv", good_rows)
    effective = {**notebook_parameters(notebook), "claims_path": str(table)}
    payload = provenance_payload(notebook, effective, {str(table): "f" * 64})
    text = provenance(payload, {str(table): 2}).to_string()
    assert str(tmp_path) not in text
    assert "elsewhere.csv" in text and "f" * 64 in text  # the hash given by the batch job, not computed again
    assert payload["notebook"] == "notebooks/01-discrepancy-report.ipynb"
