"""discrepancy: load claim tables, read their numbers, measure how far sources diverge.

The public API. Each command-line subcommand calls one of these. Everything but ``paths`` and the errors
is imported when first used (discrepancy/lazy.py): the command line never pays for pandas or matplotlib
it does not use.
"""

from discrepancy import paths
from discrepancy.errors import (
    BatchConfigError,
    BatchLocked,
    CellError,
    DateProblem,
    DiscrepancyError,
    NotebookParameterError,
    NotFound,
    OutputError,
    ParameterError,
    RenderError,
    TableError,
    ValueParseError,
)
from discrepancy.lazy import exports

__version__ = paths.package_version()

_EXPORTS = {
    "Comparison": "discrepancy.engine.compare",
    "compare": "discrepancy.engine.compare",
    "ParsedValue": "discrepancy.claims.values",
    "parse_value": "discrepancy.claims.values",
    "load_claims": "discrepancy.claims.tables",
    "load_claims_with_problems": "discrepancy.claims.tables",
    "validate_claims": "discrepancy.claims.tables",
    "normalize_claims": "discrepancy.claims.normalize",
    "write_table": "discrepancy.output",
    # the notebooks' sections (views/report.py): ``from discrepancy import report``
    "report": "discrepancy.views",
}
__getattr__, __dir__ = exports(__name__, _EXPORTS)

__all__ = [
    "Comparison",
    "compare",
    "BatchConfigError",
    "BatchLocked",
    "CellError",
    "DateProblem",
    "DiscrepancyError",
    "NotebookParameterError",
    "NotFound",
    "OutputError",
    "ParameterError",
    "RenderError",
    "ParsedValue",
    "TableError",
    "ValueParseError",
    "__version__",
    "load_claims",
    "load_claims_with_problems",
    "paths",
    "normalize_claims",
    "parse_value",
    "validate_claims",
    "write_table",
]
