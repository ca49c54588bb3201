"""A notebook's parameters: the names and defaults of its cell tagged ``parameters``, and how given
values are checked against them (converted to the default's type, or refused with the reason)."""

from __future__ import annotations

import ast
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from discrepancy.errors import DiscrepancyError, NotebookParameterError
from discrepancy.limits import check_notebook_values


@dataclass(frozen=True)
class Notebook:
    """A notebook read once: its path, its text, the SHA-256 of its bytes and what its cell tagged
    ``parameters`` declares (names and defaults; which parameters are input and output files). Render and
    batch pass this object along, so a render reads its notebook once."""

    path: Path
    text: str = field(repr=False)
    sha256: str
    parameters: dict
    kinds: dict
    source: str = field(repr=False)
    #: parameters whose default is None and whose comment declares a type ("int or None: ...")
    types: dict = field(default_factory=dict)
    #: whether a code cell imports this package, and its views: what a kernel started ahead may import for it
    #: (kernels.warm_imports)
    uses_package: bool = False
    uses_views: bool = False

    @classmethod
    def read(cls, path: str | Path) -> Notebook:
        path = Path(path)
        try:
            data = path.read_bytes()
            text = data.decode("utf-8")
            nb = json.loads(text)
        except (FileNotFoundError, IsADirectoryError) as e:
            raise NotebookParameterError(f"{path}: notebook not found") from e
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            raise NotebookParameterError(f"{path}: not a readable notebook ({e})") from e
        cell = _parameters_cell(nb) if isinstance(nb, dict) else None
        if cell is None:
            raise NotebookParameterError(f"{path}: no cell tagged 'parameters'")
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        defaults = _defaults(path, source)
        return cls(
            path,
            text,
            hashlib.sha256(data).hexdigest(),
            defaults,
            _kinds(source),
            source,
            _types(source, defaults),
            _imports(nb, _IMPORTS_PACKAGE),
            _imports(nb, _IMPORTS_VIEWS),
        )

    def node(self):
        """The notebook as an nbformat node (for papermill and nbconvert), from the text read once."""
        import nbformat

        return nbformat.reads(self.text, as_version=4)

    def input_files(self, values: dict) -> list[str]:
        """The input files the notebook reads with ``values`` (non-empty text of its input parameters)."""
        return sorted(str(v) for k, v in values.items() if self.kinds.get(k) == "input" and isinstance(v, str) and v)


def as_notebook(notebook: Notebook | str | Path) -> Notebook:
    """``notebook`` itself when it was read already, else the file read (once) now."""
    return notebook if isinstance(notebook, Notebook) else Notebook.read(notebook)


_IMPORTS_PACKAGE = re.compile(r"^[ \t]*(?:import|from)[ \t]+discrepancy\b", re.MULTILINE)
#: ``from discrepancy import report, views`` (either name), ``from discrepancy.views ...``, ``import
#: discrepancy.views...``
_IMPORTS_VIEWS = re.compile(
    r"^[ \t]*(?:from[ \t]+discrepancy[ \t]+import[^\n]*\b(?:report|views)\b|(?:from|import)[ \t]+discrepancy\.views\b)",
    re.MULTILINE,
)


def _imports(nb: dict, pattern: re.Pattern) -> bool:
    """Whether a line of a code cell of ``nb`` matches ``pattern`` (an import of this package, or of its views)."""
    for cell in nb.get("cells", []):
        if isinstance(cell, dict) and cell.get("cell_type") == "code":
            source = cell.get("source", "")
            if pattern.search("".join(source) if isinstance(source, list) else str(source)):
                return True
    return False


def _parameters_cell(nb: dict) -> dict | None:
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "code" and "parameters" in cell.get("metadata", {}).get("tags", []):
            return cell
    return None


def _defaults(path: Path, source: str) -> dict[str, object]:
    defaults: dict[str, object] = {}
    try:
        body = ast.parse(source).body
    except SyntaxError as e:
        raise NotebookParameterError(f"{path}: the parameters cell is not valid Python ({e})") from e
    for node in body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    try:
                        defaults[target.id] = ast.literal_eval(node.value)
                    except ValueError as e:
                        raise NotebookParameterError(
                            f"{path}: parameter {target.id} must have a literal default"
                        ) from e
    return defaults


def _kinds(source: str) -> dict[str, str]:
    kinds: dict[str, str] = {}
    for line in source.splitlines():
        name, _, rest = line.partition("=")
        name = name.strip()
        if name.endswith("_path") and name.isidentifier():
            comment = rest.partition("#")[2].strip().lower()
            kinds[name] = "output" if comment.startswith("output") else "input"
    return kinds


_DECLARED = re.compile(r"^\s*(\w+)\s*=\s*None\s*#\s*(int|float|text|bool)\s+or\s+None\b", re.M)
_TYPE_DEFAULTS = {"int": 0, "float": 0.0, "text": "", "bool": False}
_TYPE_WORDS = {"int": "a whole number", "float": "a number", "text": "text", "bool": "true or false"}


def _types(source: str, defaults: dict) -> dict[str, str]:
    """``window_days = None  # int or None: ...`` declares window_days a whole number or None."""
    return {m.group(1): m.group(2) for m in _DECLARED.finditer(source) if defaults.get(m.group(1), 0) is None}


def notebook_parameters(notebook: Notebook | str | Path) -> dict[str, object]:
    """name -> default value, in the order the parameters cell assigns them."""
    return dict(as_notebook(notebook).parameters)


def file_parameters(notebook: Notebook | str | Path) -> dict[str, str]:
    """The parameters that name files, each "input" or "output", as the parameters cell declares them: a
    parameter named ``*_path`` is an input table unless its line's comment starts with ``output``
    (``draft_path = ""  # output: ...``). Batch, render and the CLI read this one declaration."""
    return dict(as_notebook(notebook).kinds)


def input_files(notebook: Notebook | str | Path, values: dict) -> list[str]:
    """The input files a notebook reads with ``values`` (non-empty text of its input parameters)."""
    return as_notebook(notebook).input_files(values)


_TRUE = {"true", "yes", "y", "1", "on"}
_FALSE = {"false", "no", "n", "0", "off"}


def convert(name: str, value: object, default: object, declared: str | None = None) -> object:
    """``value`` as the type of ``default``, or of ``declared`` (a type the parameters cell declares for a
    parameter whose default is None: the value may then also be None). Text (from the command line) is
    read; other values checked. Raises ValueError with the reason."""
    text = value if isinstance(value, str) else None
    if default is None and declared in _TYPE_DEFAULTS:
        if value is None or (text is not None and text.strip().lower() in ("", "none", "null")):
            return None
        try:
            return convert(name, value, _TYPE_DEFAULTS[declared])
        except ValueError:
            raise ValueError(f"{name} takes {_TYPE_WORDS[declared]} or None, not {value!r}") from None
    if isinstance(default, bool):
        if isinstance(value, bool):
            return value
        if text is not None and text.strip().lower() in _TRUE | _FALSE:
            return text.strip().lower() in _TRUE
        raise ValueError(f"{name} takes true or false, not {value!r}")
    if isinstance(default, int):
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if text is not None:
            try:
                return int(text.strip())
            except ValueError:
                pass
        raise ValueError(f"{name} takes a whole number, not {value!r}")
    if isinstance(default, float):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        if text is not None:
            try:
                return float(text.strip())
            except ValueError:
                pass
        raise ValueError(f"{name} takes a number, not {value!r}")
    if isinstance(default, str):
        if isinstance(value, str):
            return value
        raise ValueError(f"{name} takes text, not {value!r}")
    if isinstance(default, (list, tuple, dict)):
        parsed = yaml.safe_load(text) if text is not None else value
        if isinstance(parsed, type(default)) or (
            isinstance(default, (list, tuple)) and isinstance(parsed, (list, tuple))
        ):
            return list(parsed) if isinstance(default, (list, tuple)) else parsed
        raise ValueError(f"{name} takes a {type(default).__name__}, not {value!r}")
    # default None: any YAML scalar or list ("365" -> 365, "null" -> None, text stays text)
    parsed = yaml.safe_load(text) if text is not None else value
    if isinstance(parsed, (str, int, float, bool, list)) or parsed is None:
        return parsed
    raise ValueError(f"{name} takes a number, text or null, not {value!r}")


def check_parameters(notebook: Notebook | str | Path, given: dict[str, object]) -> dict[str, object]:
    """Given values checked against the notebook's parameters: every problem reported at once."""
    nb = as_notebook(notebook)
    path, defaults = nb.path, nb.parameters
    problems, out = [], {}
    for name, value in given.items():
        if name not in defaults:
            problems.append(f"unknown parameter {name!r}; {Path(path).name} takes: {', '.join(defaults)}")
            continue
        try:
            out[name] = convert(name, value, defaults[name], nb.types.get(name))
        except ValueError as e:
            problems.append(str(e))
    if not problems:
        try:
            check_notebook_values({**defaults, **out})
        except DiscrepancyError as e:
            problems.append(str(e))
    if problems:
        raise NotebookParameterError(f"{path}: " + "; ".join(problems))
    return out


def load_parameters_file(path: str | Path) -> dict[str, object]:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise NotebookParameterError(f"{path}: parameters file not found") from e
    except yaml.YAMLError as e:
        raise NotebookParameterError(f"{path}: not valid YAML ({e})") from e
    if data is None:
        return {}
    if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
        raise NotebookParameterError(f"{path}: a parameters file maps names to values")
    return data
