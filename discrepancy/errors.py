"""The exceptions users meet. One base class, a few subclasses, each carrying what went wrong.

Every user-facing failure is a :class:`DiscrepancyError`; the command line turns one into a message and
a non-zero exit, never a bare traceback.
"""

from __future__ import annotations


class DiscrepancyError(Exception):
    """Base class of every error the suite raises on purpose."""


class TableError(DiscrepancyError):
    """A claim table cannot be used. ``problems`` lists every problem found, not the first one only.

    ``problems`` is a DataFrame with the columns of :data:`discrepancy.problems.PROBLEM_COLUMNS`
    (file, row, column, value, problem, severity).
    """

    def __init__(self, problems, message: str | None = None):
        self.problems = problems
        if message is None:
            n = len(problems)
            files = sorted({str(f) for f in problems["file"]}) if n else []
            message = f"{n} problem{'s' if n != 1 else ''} in {', '.join(files) or 'the claim table'}"
            if n:
                from pandas import isna  # problems is a DataFrame: pandas is loaded already

                first = problems.iloc[0]
                row = first["row"]
                where = [str(first["file"])]
                if not isna(row):
                    where.append(f"row {int(row)}")
                if first["column"]:
                    where.append(f"column {first['column']}")
                message += f"; first: {', '.join(where)}: {first['problem']}"
        super().__init__(message)


class ValueParseError(DiscrepancyError):
    """A stated value cannot be read as a number (raised by ``parse_value(..., strict=True)``)."""

    def __init__(self, text: str, reason: str):
        self.text = text
        self.reason = reason
        super().__init__(f"cannot read {text!r} as a value: {reason}")


class OutputError(DiscrepancyError):
    """An output cannot be written as asked (unknown format, refusing to overwrite an input)."""


class ParameterError(DiscrepancyError):
    """A parameter is refused: outside its range, of the wrong type, or unknown to the notebook. Raised before
    any work (and before any kernel starts)."""


class RenderError(DiscrepancyError):
    """A notebook could not be rendered. Its subclasses say which way: :class:`NotebookParameterError` (refused
    before a kernel starts) or :class:`CellError` (a cell failed, timed out or its kernel died: ``cell``,
    ``ename``, ``evalue``, and ``failed``, the failure files written)."""

    def __init__(self, message: str, *, cell: int | None = None, ename: str = "", evalue: str = "", failed: tuple = ()):
        self.cell = cell
        self.ename = ename
        self.evalue = evalue
        self.failed = failed  # the paths of the failed notebook and its HTML, when written
        super().__init__(message)


class NotebookParameterError(RenderError, ParameterError):
    """A notebook or its parameters are refused before a kernel starts (unknown name, wrong type, bad range,
    no parameters cell, an unreadable parameters file)."""


class CellError(RenderError):
    """A render ran and failed: a cell raised, ran past the timeout (``cell`` -1) or its kernel died (-1)."""


class BatchConfigError(DiscrepancyError):
    """A batch file is refused before anything runs; the message names the entry."""


class BatchLocked(DiscrepancyError):
    """Another batch run holds the reports folder."""


class DateProblem(DiscrepancyError, ValueError):
    """A text that is not a date of the accepted forms; the message says why."""


class NotFound(DiscrepancyError):
    """Something named by the user is not there: a group, a source, a reference table, an article."""
