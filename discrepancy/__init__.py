"""discrepancy: load claim tables, read their numbers, measure how far sources diverge.

The public API. Each command-line subcommand calls one of these.
"""

from discrepancy import paths
from discrepancy.claims.normalize import normalize_claims
from discrepancy.claims.tables import load_claims, load_claims_with_problems, validate_claims
from discrepancy.claims.values import ParsedValue, parse_value
from discrepancy.engine.compare import Comparison, compare
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
from discrepancy.output import write_table

__version__ = paths.package_version()


def __getattr__(name: str):
    """``from discrepancy import report`` (the notebooks' sections, now views/report.py), imported only when
    asked for: the command line never pays for matplotlib it does not use."""
    if name == "report":
        from discrepancy.views import report

        return report
    raise AttributeError(f"module 'discrepancy' has no attribute {name!r}")


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
