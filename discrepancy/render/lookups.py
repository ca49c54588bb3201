"""Parameters that name something in the claim table (a source, a group id), checked against the table
before a kernel starts, with a close match offered for a near miss. Render and batch's pre-check both use
it, so a misspelt source fails in a second with "did you mean", not after the kernel has run.

The parameters checked are declared here (``LOOKUPS``); a notebook takes part when it has the parameter
and a ``claims_path``. The table is read only when such a parameter is given."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import TYPE_CHECKING

from discrepancy.errors import NotebookParameterError
from discrepancy.paths import display_path, resolve_input
from discrepancy.render.parameters import Notebook

if TYPE_CHECKING:
    import pandas as pd

#: parameter -> what it names in the table of ``claims_path``
LOOKUPS = {"source": "a source", "group_id": "a group id"}
TABLE_PARAMETER = "claims_path"


def suggestion(wanted: str, names: list[str]) -> str:
    """'; did you mean 'A' or 'B'?' for the closest names (each quoted: names hold commas), else ''."""
    close = difflib.get_close_matches(wanted, names, n=3, cutoff=0.6)
    if not close:
        folded = {n.casefold(): n for n in names}
        close = [folded[c] for c in difflib.get_close_matches(wanted.casefold(), list(folded), n=3, cutoff=0.6)]
    return "; did you mean " + " or ".join(repr(c) for c in close) + "?" if close else ""


def check_lookups(
    nb: Notebook, effective: dict, tables: dict[str, Path] | None = None, cache: dict | None = None
) -> None:
    """Raise NotebookParameterError when a given source or group id is not in the table. ``tables``: the
    table paths resolved already; ``cache``: path -> claims, shared by the jobs of one batch."""
    given = {
        k: effective[k]
        for k in LOOKUPS
        if k in nb.parameters and isinstance(effective.get(k), str) and effective[k].strip()
    }
    table_value = effective.get(TABLE_PARAMETER)
    if not given or not isinstance(table_value, str) or not table_value:
        return
    path = Path((tables or {}).get(table_value) or resolve_input(table_value))
    if not path.is_file():
        return  # the missing table is reported where the inputs are checked
    import pandas as pd  # the table is read: only when a lookup is given

    from discrepancy.claims.text import fold_text

    cache = {} if cache is None else cache
    if path not in cache:
        from discrepancy.claims.tables import load_claims

        cache[path] = load_claims(path)
    claims: pd.DataFrame = cache[path]
    problems = []
    if "source" in given:
        names = sorted(set(claims["source"].astype(str)))
        # the folding report.one_source applies in the kernel: what passes here is found there
        if fold_text(pd.Series([given["source"]])).iloc[0] not in set(fold_text(claims["source"])):
            problems.append(
                f"source {given['source']!r} is not a source of {display_path(path)}"
                + suggestion(given["source"], names)
            )
    if "group_id" in given:
        from discrepancy.engine.grouping import group_codes

        window = effective.get("window_days")
        ids = group_codes(claims, window if isinstance(window, int) else None)[1].tolist()  # sorted, each once
        if given["group_id"].strip() not in ids:
            problems.append(
                f"group_id {given['group_id']!r} is not a group of {display_path(path)}"
                + (f" with window_days {window}" if window is not None else "")
                + suggestion(given["group_id"].strip(), ids)
            )
    if problems:
        raise NotebookParameterError(f"{nb.path}: " + "; ".join(problems))
