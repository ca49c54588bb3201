"""The batch file (``reports.yaml``): which reports to render, checked whole before anything runs.

```yaml
defaults:
  notebook: notebooks/01-discrepancy-report.ipynb
  parameters: {window_days: 365}
reports:
  - name: islamic-state
    parameters: {claims_path: data/claims/islamic_state_2014_2016.csv}
    output: reports/islamic-state.html
  - name: deep-{group_id}                      # a matrix: one report per value
    notebook: notebooks/02-group-deep-dive.ipynb
    parameters_file: params/deep.yaml          # parameters from a file, inline ones win
    matrix:
      group_id: {groups_of: data/claims/islamic_state_2014_2016.csv, min_claims: 2, severity: [extreme, major]}
```

Paths are relative to the repository root. Each entry inherits ``defaults``; ``output`` defaults to
``reports/NAME.html``. A matrix expands one entry per value (or per combination of values); a value
list may be written out, or ``{groups_of: TABLE}`` for one entry per group of comparable claims in
TABLE. Refused, each with the entry named, before anything runs: unknown keys, an unsafe name, a
duplicate name or output, an output outside reports/ or not .html, a path that leaves the repository,
a missing notebook, parameters file or input table, and parameters the notebook does not take.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from discrepancy.errors import BatchConfigError, DiscrepancyError
from discrepancy.paths import protected_inputs_hit, repo_root, reports_dir, resolve_input, resolve_inside
from discrepancy.render.lookups import check_lookups
from discrepancy.render.parameters import Notebook, check_parameters, input_files, load_parameters_file

#: Bounds of a batch file: its size, the YAML aliases it may use (nested anchors once expanded without limit:
#: "billion laughs"), and the reports it may expand to (a matrix multiplies its axes).
MAX_BATCH_FILE_BYTES = 1_000_000
MAX_YAML_ALIASES = 100
MAX_REPORTS = 1_000


class _BoundedLoader(yaml.SafeLoader):
    """yaml.SafeLoader that refuses more than MAX_YAML_ALIASES aliases (*name)."""

    aliases = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_YAML_ALIASES:
                raise yaml.YAMLError(f"more than {MAX_YAML_ALIASES} aliases (*name): refused, a batch file needs few")
        return super().compose_node(parent, index)


SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,100}")
ENTRY_KEYS = {"name", "notebook", "parameters", "parameters_file", "output", "matrix"}
DEFAULT_KEYS = {"notebook", "parameters", "parameters_file"}


@dataclass(frozen=True)
class Job:
    """One report to render: paths relative to the repository root, parameters checked."""

    name: str
    notebook: str
    output: str
    parameters: dict = field(default_factory=dict)
    #: the notebook as read when the batch file was checked (read once; its SHA-256 makes the cache key)
    source: Notebook | None = field(default=None, compare=False, repr=False)
    #: each input parameter's value -> its path, resolved once when the batch file was checked
    tables: dict = field(default_factory=dict, compare=False, repr=False)

    def input_paths(self) -> list[str]:
        """The files this report reads: its notebook's input parameters (render.parameters declares them)."""
        return input_files(self.source or resolve_input(self.notebook), self.parameters)


def _inside(path: str, folder: Path, what: str, entry: str, problems: list[str]) -> Path | None:
    resolved = resolve_inside(path, folder)
    if resolved is None:
        problems.append(
            f"{entry}: {what} {path!r} is outside {folder.relative_to(repo_root()) if folder != repo_root() else 'the repository'}"
        )
    return resolved


def _relative(path: Path) -> str:
    return path.relative_to(repo_root().resolve()).as_posix()


def _expand_matrix(matrix: object, entry: str, problems: list[str]) -> list[dict]:
    if matrix is None:
        return [{}]
    if not isinstance(matrix, dict) or not matrix:
        problems.append(f"{entry}: matrix maps parameter names to lists of values")
        return []
    axes = []
    for name, values in matrix.items():
        if isinstance(values, dict) and "groups_of" in values:
            values = _groups_of(values, entry, problems)
        if not isinstance(values, list) or not values:
            problems.append(f"{entry}: matrix {name!r} needs a non-empty list of values (or groups_of: TABLE)")
            return []
        axes.append([(name, v) for v in values])
    total = 1
    for axis in axes:
        total *= len(axis)
    if total > MAX_REPORTS:
        problems.append(f"{entry}: matrix expands to {total:,} reports; a batch file renders at most {MAX_REPORTS:,}")
        return []
    return [dict(combo) for combo in itertools.product(*axes)]


def _groups_of(spec: dict, entry: str, problems: list[str]) -> list[str]:
    """The group ids of a claim table, most severe first: one report per group."""
    from discrepancy.claims.tables import load_claims
    from discrepancy.engine.compare import compare

    table = _inside(str(spec["groups_of"]), repo_root(), "groups_of table", entry, problems)
    if table is None:
        return []
    try:
        result = compare(load_claims(table), spec.get("window_days"))
    except DiscrepancyError as e:
        problems.append(f"{entry}: groups_of {spec['groups_of']}: {e}")
        return []
    groups = result.groups[result.groups["n_claims"] >= int(spec.get("min_claims", 2))]
    if spec.get("severity"):
        groups = groups[groups["severity"].isin(list(spec["severity"]))]
    if spec.get("limit"):
        groups = groups.head(int(spec["limit"]))
    return list(groups["group_id"])


def load_batch(path: str | Path, *, allow_outside: bool = False) -> list[Job]:
    """Read and check a batch file; every problem is reported at once, naming its entry.

    allow_outside: accept input tables named by an absolute path outside the repository (refused by default,
    so a batch file cannot make a report read, say, /etc/passwd)."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BATCH_FILE_BYTES:
            raise BatchConfigError(
                f"{path}: {path.stat().st_size:,} bytes; a batch file is at most {MAX_BATCH_FILE_BYTES:,}"
            )
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_BoundedLoader)  # a SafeLoader that counts aliases
    except FileNotFoundError as e:
        raise BatchConfigError(f"{path}: batch file not found") from e
    except yaml.YAMLError as e:
        raise BatchConfigError(f"{path}: not valid YAML: {e}") from e
    if not isinstance(data, dict) or not isinstance(data.get("reports"), list):
        raise BatchConfigError(f"{path}: a batch file needs a list under 'reports'")
    problems: list[str] = []
    defaults = data.get("defaults") or {}
    unknown = set(data) - {"defaults", "reports"}
    if unknown:
        problems.append(f"{path}: unknown top-level key(s): {', '.join(sorted(unknown))}")
    if not isinstance(defaults, dict) or set(defaults) - DEFAULT_KEYS:
        problems.append(f"defaults: takes only {', '.join(sorted(DEFAULT_KEYS))}")
        defaults = {}
    jobs: list[Job] = []
    notebooks: dict[Path, Notebook] = {}  # each notebook read once for the whole batch file
    lookups: dict = {}  # claim tables read to check a source or group id, once per table
    for i, raw in enumerate(data["reports"], start=1):
        jobs.extend(_entry_jobs(raw, i, defaults, problems, allow_outside, notebooks, lookups))
        if len(jobs) > MAX_REPORTS:
            problems.append(f"{path}: more than {MAX_REPORTS:,} reports; split the batch file")
            break
    seen_names: dict[str, str] = {}
    seen_outputs: dict[str, str] = {}
    for job in jobs:
        if job.name in seen_names:
            problems.append(f"{job.name}: duplicate name")
        if job.output in seen_outputs:
            problems.append(f"{job.name}: output {job.output} is also written by {seen_outputs[job.output]}")
        seen_names[job.name] = job.name
        seen_outputs.setdefault(job.output, job.name)
    if problems:
        raise BatchConfigError(f"{path}: {len(problems)} problem(s), nothing was run:\n  " + "\n  ".join(problems))
    return jobs


def _entry_jobs(
    raw: object, index: int, defaults: dict, problems: list[str], allow_outside: bool, notebooks: dict, lookups: dict
) -> list[Job]:
    label = f"entry {index}"
    if not isinstance(raw, dict):
        problems.append(f"{label}: an entry maps keys (name, notebook, parameters, output, ...) to values")
        return []
    label = str(raw.get("name", label))
    unknown = set(raw) - ENTRY_KEYS
    if unknown:
        problems.append(f"{label}: unknown key(s): {', '.join(sorted(unknown))}")
    if "name" not in raw:
        problems.append(f"{label}: needs a name")
        return []
    notebook = raw.get("notebook", defaults.get("notebook"))
    if not notebook:
        problems.append(f"{label}: needs a notebook (or defaults.notebook)")
        return []
    nb_path = _inside(str(notebook), repo_root(), "notebook", label, problems)
    if nb_path is None:
        return []
    if not nb_path.is_file():
        problems.append(f"{label}: unknown notebook {notebook!r}")
        return []
    if nb_path not in notebooks:
        try:
            notebooks[nb_path] = Notebook.read(nb_path)
        except DiscrepancyError as e:
            problems.append(f"{label}: {e}")
            return []
    source = notebooks[nb_path]
    base: dict = {}
    for params_file in (defaults.get("parameters_file"), raw.get("parameters_file")):
        if params_file:
            file = _inside(str(params_file), repo_root(), "parameters_file", label, problems)
            if file is not None:
                try:
                    base.update(load_parameters_file(file))
                except DiscrepancyError as e:
                    problems.append(f"{label}: {e}")
    for inline in (defaults.get("parameters"), raw.get("parameters")):
        if inline is not None and not isinstance(inline, dict):
            problems.append(f"{label}: parameters map names to values")
        elif inline:
            base.update(inline)
    jobs = []
    for values in _expand_matrix(raw.get("matrix"), label, problems):
        parameters = {**base, **values}
        try:
            name = str(raw["name"]).format(**values) if values else str(raw["name"])
        except (KeyError, IndexError, ValueError) as e:
            problems.append(f"{label}: name template: {e}")
            continue
        if not SAFE_NAME.fullmatch(name) or ".." in name:
            problems.append(f"{name}: unsafe name (use letters, digits, '.', '_' and '-')")
            continue
        output = raw.get("output", f"reports/{name}.html")
        try:
            output = str(output).format(**values) if values else str(output)
        except (KeyError, IndexError, ValueError) as e:
            problems.append(f"{name}: output template: {e}")
            continue
        out_path = _inside(output, reports_dir(), "output", name, problems)
        if out_path is None:
            continue
        if out_path.suffix != ".html" or out_path.name in ("index.html",):
            problems.append(f"{name}: output {output!r} must be an .html file other than reports/index.html")
            continue
        try:
            checked = check_parameters(source, parameters)
        except DiscrepancyError as e:
            problems.append(f"{name}: {e}")
            continue
        full = {**source.parameters, **checked}
        tables: dict[str, str] = {}  # input value -> path, resolved here once for the whole job
        for key, value in full.items():
            if source.kinds.get(key) == "output" and isinstance(value, str) and value:
                _inside(value, repo_root(), key, name, problems)  # an output may be new, but not outside
            elif source.kinds.get(key) == "input" and isinstance(value, str) and value:
                # a path may not leave the repository, unless allow_outside lets an absolute one name a table elsewhere
                outside_ok = allow_outside and Path(value).is_absolute()
                table = Path(value) if outside_ok else _inside(value, repo_root(), key, name, problems)
                if table is not None and not table.is_file():
                    problems.append(f"{name}: {key} {value!r} not found")
                elif table is not None:
                    tables[value] = str(table)
        try:
            check_lookups(source, full, {k: Path(v) for k, v in tables.items()}, lookups)
        except DiscrepancyError as e:
            problems.append(f"{name}: {e}")
            continue
        why = protected_inputs_hit(out_path, [nb_path, *map(Path, tables.values())])
        if why:
            problems.append(f"{name}: output {output!r} refused: {why}")
            continue
        jobs.append(
            Job(
                name=name,
                notebook=_relative(nb_path),
                output=_relative(out_path),
                parameters=full,
                source=source,
                tables=tables,
            )  # fmt: skip
        )
    return jobs
