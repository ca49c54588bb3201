"""discrepancy: load claim tables, read their numbers, measure how far sources diverge.

The public API. Each command-line subcommand calls one of these.
"""

from . import paths
from .claims import load_claims, load_claims_with_problems, validate_claims
from .compare import Comparison, compare
from .errors import (
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
from .normalize import normalize_claims
from .output import write_table
from .values import ParsedValue, parse_value

__version__ = paths.package_version()

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
