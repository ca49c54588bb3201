"""discrepancy: load claim tables, read their numbers, measure how far sources diverge.

The public API. Each command-line subcommand calls one of these.
"""

__version__ = "0.1.0"

from . import paths  # noqa: E402
from .claims import load_claims, load_claims_with_problems, validate_claims  # noqa: E402
from .compare import Comparison, compare  # noqa: E402
from .errors import BatchConfigError, DiscrepancyError, OutputError, RenderError, TableError, ValueParseError  # noqa: E402
from .normalize import normalize_claims  # noqa: E402
from .output import write_table  # noqa: E402
from .values import ParsedValue, parse_value  # noqa: E402

__all__ = [
    "Comparison",
    "compare",
    "BatchConfigError",
    "DiscrepancyError",
    "RenderError",
    "OutputError",
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
