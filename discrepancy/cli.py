"""The command line: ``discrepancy`` (also ``python -m discrepancy``). One library call per subcommand.

The CLI parses arguments, calls the library and formats what comes back; failures the user can fix are
printed as messages, never as tracebacks. Exit codes: 0 done; 1 a report failed to render (or, for a
batch, any report failed); 2 bad input (the message says where); 3 an unexpected internal error (set
DISCREPANCY_DEBUG=1 for the traceback); 4 another batch run holds the reports folder.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

import click

from discrepancy.allocator import prefer_system_allocator
from discrepancy.engine.schema import TABLES
from discrepancy.errors import BatchLocked, CellError, DiscrepancyError, TableError
from discrepancy.files import atomic_write, refuse_claim_table_overwrite, refuse_input_overwrite
from discrepancy.limits import (
    DEFAULT_STALE_DAYS,
    DEFAULT_THRESHOLDS,
    DEFAULT_TIMEOUT,
    DEFAULT_TOLERANCE,
    MAX_PAIRS_PER_GROUP,
    MAX_STALE_DAYS,
    MAX_WINDOW_DAYS,
)
from discrepancy.paths import default_claim_tables, display_path, from_working_folder, package_version, repo_root
from discrepancy.render.parameters import file_parameters
from discrepancy.terminal import escaped
from discrepancy.terminal import printable as _printable

if TYPE_CHECKING:
    import pandas as pd

# pandas, the claims layer and the engine are imported by the commands that use them, not here: `render`,
# `batch` and `--help` start without them (about half a second).

EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3
EXIT_LOCKED = 4


def format_problems(problems: pd.DataFrame) -> str:
    """The problem table as aligned text for a terminal (control characters shown escaped)."""
    import pandas as pd

    headers = ["file", "row", "column", "value", "severity", "problem"]
    rows = [
        [
            _printable(p["file"], 1000),
            "" if pd.isna(p["row"]) else str(int(p["row"])),
            _printable(p["column"], 20),
            _printable(p["value"], 30),
            p["severity"],
            _printable(p["problem"], 400),
        ]
        for p in problems.to_dict("records")
    ]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers[:-1])]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers[:-1], widths)) + "  problem"]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r[:-1], widths)) + "  " + r[-1] for r in rows]
    return "\n".join(lines)


def _problems_json(problems: pd.DataFrame) -> str:
    import pandas as pd

    records = [{**p, "row": None if pd.isna(p["row"]) else int(p["row"])} for p in problems.to_dict("records")]
    return json.dumps({"valid": not has_errors_or_fatal(problems), "problems": records}, indent=1, ensure_ascii=False)


def has_errors_or_fatal(problems: pd.DataFrame) -> bool:
    from discrepancy.claims.problems import has_errors

    return has_errors(problems) or bool((problems["severity"] == "fatal").any())


def _tables_or_default(tables: tuple[str, ...]) -> list[str]:
    if tables:
        return list(tables)
    found = [str(p) for p in default_claim_tables()]
    if not found:
        raise click.UsageError("no TABLE given and no default tables in data/claims/")
    return found


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_version(), prog_name="discrepancy")
def main() -> None:
    """discrepancy: when sources disagree about a number, measure how far and show it."""


@main.command()
@click.argument("tables", nargs=-1, type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--sheet", default=None, help="XLSX sheet name (default: the first sheet).")
@click.option("--delimiter", default=None, help="Read CSV separated by this character instead of commas.")
def validate(tables: tuple[str, ...], fmt: str, sheet: str | None, delimiter: str | None) -> None:
    """Check claim tables against the contract; print every problem. Exit 0 when valid, 2 when not.

    With no TABLE, checks the default tables in data/claims/.
    """
    from discrepancy.claims.tables import validate_claims

    paths = _tables_or_default(tables)
    problems = validate_claims(paths, sheet=sheet, delimiter=delimiter)
    bad = has_errors_or_fatal(problems)
    if fmt == "json":
        click.echo(_problems_json(problems))
    elif len(problems):
        click.echo(format_problems(problems))
        n_bad = int((problems["severity"] != "warning").sum())
        click.echo(
            f"\n{n_bad} problem{'s' if n_bad != 1 else ''} in {len(paths)} table{'s' if len(paths) != 1 else ''}"
            + (f", {len(problems) - n_bad} warning(s)" if len(problems) > n_bad else "")
        )
    else:
        click.echo(f"valid: {', '.join(display_path(p) for p in paths)}")
    sys.exit(EXIT_BAD_INPUT if bad else 0)


@main.command()
@click.argument("table", type=click.Path(dir_okay=False))
@click.option(
    "-o",
    "--output",
    "out",
    required=True,
    type=click.Path(dir_okay=False),
    help="Output file: .csv (formula-guarded), .parquet or .json.",
)
@click.option("--sheet", default=None, help="XLSX sheet name (default: the first sheet).")
@click.option("--delimiter", default=None, help="Read CSV separated by this character instead of commas.")
@click.option("--strict", is_flag=True, help="Exit 2 when any row has a problem (rows are written anyway).")
def normalize(table: str, out: str, sheet: str | None, delimiter: str | None, strict: bool) -> None:
    """Read TABLE, add the normalized columns and write them to OUT. TABLE itself is never changed."""
    from discrepancy.claims.tables import load_claims_with_problems
    from discrepancy.output import write_table

    refuse_input_overwrite(out, [table])  # before any work, as compare checks
    refuse_claim_table_overwrite(out)
    claims, problems = load_claims_with_problems(table, sheet=sheet, delimiter=delimiter)
    write_table(claims, out, inputs=[table])
    review = int((claims["row_problems"] != "").sum())
    click.echo(f"wrote {out}: {len(claims)} claims, {review} needing review")
    if review and len(problems):
        click.echo(format_problems(problems), err=True)
    if strict and review:
        sys.exit(EXIT_BAD_INPUT)


@main.command("compare")
@click.argument("tables", nargs=-1, type=click.Path(dir_okay=False))
@click.option(
    "--window",
    "window_days",
    type=click.IntRange(0, MAX_WINDOW_DAYS),
    default=None,
    help="Compare only claims whose dates lie within this many days of each other.",
)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option(
    "-o",
    "--output",
    "out",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write here instead of standard output.",
)
@click.option(
    "--table",
    "table_name",
    type=click.Choice(list(TABLES)),
    default="groups",
    show_default=True,
    help="With --format csv or table: which table to write.",
)
@click.option(
    "--tolerance",
    type=click.FloatRange(0, 1, max_open=True),
    default=DEFAULT_TOLERANCE,
    show_default=True,
    help="How far an approximate value reaches either side (0.1 = 10%).",
)
@click.option(
    "--thresholds",
    type=(float, float, float),
    default=DEFAULT_THRESHOLDS,
    show_default=True,
    help="Spread ratios where severity turns minor, major, extreme.",
)
@click.option(
    "--stale-days",
    type=click.IntRange(0, MAX_STALE_DAYS),
    default=DEFAULT_STALE_DAYS,
    show_default=True,
    help="Flag a group whose dates lie further apart.",
)
@click.option("--exclude-interested", is_flag=True, help="Leave party_to_conflict sources out of the consensus.")
@click.option(
    "--all-pairs",
    is_flag=True,
    help="List every pair of a large group (k*(k-1)/2 rows) instead of each claim with the group's extremes.",
)
@click.option(
    "--reference",
    type=click.Path(dir_okay=False),
    default=None,
    help="Reference table for cross-unit checks (default data/reference/geography.csv).",
)
def compare_command(
    tables, window_days, fmt, out, table_name, tolerance, thresholds, stale_days, exclude_interested, all_pairs,
    reference,
) -> None:  # fmt: skip
    """Group comparable claims and measure how far their sources diverge.

    With no TABLE, compares the default tables in data/claims/. --format json writes every table in
    one object (groups, pairs, claims, sources, lineage, findings, cross_unit, explanations).
    """
    from discrepancy.claims.tables import load_claims
    from discrepancy.engine.compare import compare
    from discrepancy.output import csv_text, write_table

    paths = _tables_or_default(tables)
    if out:
        refuse_input_overwrite(out, paths)  # before any work: an input is never replaced by an output
        refuse_claim_table_overwrite(out)  # nor a claim table left out of this run
    claims = load_claims(paths)
    result = compare(
        claims,
        window_days,
        tolerance=tolerance,
        thresholds=thresholds,
        stale_days=stale_days,
        exclude_interested=exclude_interested,
        reference=reference,
        max_pairs=None if all_pairs else MAX_PAIRS_PER_GROUP,
        # only what is written is built: every table for JSON, the table (and the findings for text) else
        tables=None if fmt == "json" else ((table_name,) if fmt == "csv" else (table_name, "findings")),
    )
    if fmt == "json":  # written as it is made: a large comparison's JSON is gigabytes
        if out:
            atomic_write(Path(out), lambda tmp: _write_json(result, tmp))
        elif getattr(sys.stdout, "buffer", None) is not None:
            sys.stdout.flush()
            result.write_json(sys.stdout.buffer)
            sys.stdout.buffer.flush()
        else:  # a text-only stream (an embedding program's)
            click.echo(result.to_json(), nl=False)
    elif fmt == "csv":
        frame = result.table(table_name)
        if out:
            write_table(frame, out, inputs=paths)
        else:
            click.echo(csv_text(frame), nl=False)
    else:
        listed, rest = _compare_text(result, table_name)
        if out:
            data = listed + rest.encode("utf-8")
            if os.linesep != "\n":  # what a file opened as text writes for each line break
                data = data.replace(b"\n", os.linesep.encode())
            atomic_write(Path(out), lambda tmp: tmp.write_bytes(data))
        elif _utf8_bytes(sys.stdout):  # the findings' bytes as they are (escaped: nothing in them for click to strip)
            sys.stdout.flush()
            sys.stdout.buffer.write(listed)
            sys.stdout.buffer.flush()
            click.echo(rest)
        else:
            click.echo(listed.decode("utf-8") + rest)


def _utf8_bytes(stream) -> bool:
    """Whether text written to ``stream`` reaches its bytes as UTF-8 with line breaks unchanged."""
    import codecs

    encoding = getattr(stream, "encoding", None)
    if getattr(stream, "buffer", None) is None or not encoding or os.linesep != "\n":
        return False
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


def _write_json(result, path: Path) -> None:
    with path.open("wb") as f:
        result.write_json(f)


def _compare_text(result, table_name: str) -> tuple[bytes, str]:
    """compare's text output in two parts: "Findings:" and the findings' lines as UTF-8, then the table's text."""
    import pandas as pd

    from discrepancy.texttable import escaped_cells, frame_text, numbered_utf8

    frame = result.table(table_name)
    if table_name == "groups":
        frame = frame[
            [
                "severity",
                "subject",
                "metric",
                "geography",
                "unit",
                "n_claims",
                "n_sources",
                "min_value",
                "max_value",
                "spread_ratio",
                "intervals_overlap",
                "stale",
            ]
        ]
    findings = result.findings
    listed = numbered_utf8(findings["rank"], findings["severity"], findings["text"], 2000)
    with pd.option_context("display.width", 200, "display.max_columns", 30, "display.max_colwidth", 60):
        table = frame_text(escaped_cells(frame)) if len(frame) else "(none)"
    return b"Findings:\n" + listed, f"\n{table_name.capitalize()}:\n{table}\n"


def _timeout_option(what_then: str):
    """--timeout for render and batch: seconds one notebook cell may run (limits.DEFAULT_TIMEOUT)."""
    return click.option(
        "--timeout",
        type=click.IntRange(1, 86_400),
        default=DEFAULT_TIMEOUT,
        show_default=True,
        help=f"Seconds one cell may run; {what_then}",
    )


@main.command("render")
@click.argument("notebook", type=click.Path(dir_okay=False))
@click.option("-o", "--output", "out", required=True, type=click.Path(dir_okay=False), help="The HTML report to write.")
@click.option(
    "-p",
    "--parameter",
    "params",
    type=(str, str),
    multiple=True,
    metavar="NAME VALUE",
    help="A parameter of the notebook, converted to its default's type.",
)
@click.option(
    "-f",
    "--parameters-file",
    "params_file",
    type=click.Path(dir_okay=False),
    default=None,
    help="A YAML file of parameters (-p values win).",
)
@click.option("--with-code", is_flag=True, help="Show the code cells in the HTML.")
@_timeout_option("past it the render fails (OUT.failed.* written, exit 1).")
def render_command(notebook, out, params, params_file, with_code, timeout) -> None:
    """Execute NOTEBOOK with its parameters in a fresh kernel and write a self-contained HTML report.

    The executed notebook is kept beside OUT (OUT with .ipynb). If a cell fails, OUT.failed.html and
    OUT.failed.ipynb are written, OUT is left as it was and the command exits 1.
    """
    from discrepancy.render.run import render_notebook

    rendered = render_notebook(
        notebook,
        out,
        from_working_folder(file_parameters(notebook) if Path(notebook).is_file() else {}, dict(params)),
        params_file=params_file,
        with_code=with_code,
        timeout=timeout,
        start_ahead=True,  # the kernel starts and imports while this process imports papermill and nbconvert
    )
    click.echo(f"wrote {rendered.html} and {rendered.notebook}")


@main.command("batch")
@click.argument("batch_file", required=False, type=click.Path(dir_okay=False))
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Worker processes (default: the CPU count).")
@click.option("--only", multiple=True, metavar="NAME", help="Render only this report (repeatable).")
@click.option("--force", is_flag=True, help="Render even the reports whose inputs are unchanged.")
@click.option("--scheduler", default=None, metavar="ADDRESS", help="Send the work to a Dask cluster (tcp://HOST:PORT).")
@click.option(
    "--wait/--no-wait",
    default=False,
    show_default=True,
    help="When another run holds the reports folder: wait for it, or exit 4 at once.",
)
@click.option("--quiet", is_flag=True, help="No progress; only the summary.")
@click.option(
    "--allow-outside-paths",
    "allow_outside",
    is_flag=True,
    help="Accept input tables named by an absolute path outside the repository (refused by default).",
)
@_timeout_option("past it that report fails and the others go on.")
def batch_command(batch_file, workers, only, force, scheduler, wait, quiet, allow_outside, timeout) -> None:
    """Render every report of BATCH_FILE (default: reports.yaml): in parallel, skipping unchanged ones.

    Exit 0 when every report rendered or was unchanged, 1 when any failed (the others still render),
    2 when the batch file is refused (nothing runs), 4 when another run holds the reports folder.
    """
    from discrepancy.batch.run import run_batch

    outcomes = run_batch(
        batch_file, workers=workers, only=only, force=force, scheduler=scheduler, wait=wait, quiet=quiet,
        allow_outside=allow_outside, timeout=timeout,
    )  # fmt: skip
    names = [escaped(o.name) for o in outcomes]  # a name or an error may quote a claim's text: escaped
    width = max([len(n) for n in names] + [6])
    click.echo(f"{'report':<{width}}  {'status':<9}  output / error")
    for name, o in zip(names, outcomes):
        click.echo(f"{name:<{width}}  {o.status:<9}  {escaped(str(o.error or o.output))}")
    counts = {s: sum(o.status == s for o in outcomes) for s in ("rendered", "unchanged", "failed")}
    click.echo(
        ", ".join(f"{n} {s}" for s, n in counts.items())
        + f"; index: {display_path(repo_root() / 'reports' / 'index.html')}"
    )
    sys.exit(EXIT_FAILED if counts["failed"] else 0)


@main.command("extract")
@click.argument("articles", nargs=-1, type=click.Path(dir_okay=False))
@click.option(
    "-o",
    "--output",
    "out",
    type=click.Path(dir_okay=False),
    help="The draft claim table: .csv (formula-guarded), .parquet or .json. With --evaluate: the figures as JSON.",
)
@click.option("--date", "claim_date", default="", help="The articles' date, YYYY-MM-DD (default: the dateline's).")
@click.option("--outlet", default="", help="The outlet that published them (default: the dateline or byline's).")
@click.option("--url", default="", help="Where the article was published.")
@click.option(
    "--evaluate",
    "corpus",
    type=click.Path(file_okay=False),
    help="Measure the intake on a corpus folder of NAME.txt articles with NAME.yaml answer files instead.",
)
def extract_command(articles, out, claim_date, outlet, url, corpus) -> None:
    """Draft a claim table from ARTICLES (plain text or HTML) for an analyst to review.

    Each stated quantity becomes a row with its words, its sentence as quote, its source where the
    words say it, a confidence and a note of what to check. The draft validates against the contract.

    With --evaluate DIR, drafts every article of the corpus and prints, per article and in total, the
    labelled numbers found, the speakers right and the non-claims drafted, and how often drafts at each
    confidence were right.
    """
    if corpus:
        if articles:
            raise click.UsageError("give ARTICLES or --evaluate DIR, not both")
        _evaluate(corpus, out)
        return
    if not articles:
        raise click.UsageError("Missing argument 'ARTICLES...' (or --evaluate DIR).")
    if not out:
        raise click.UsageError("Missing option '-o' / '--output'.")
    from discrepancy.intake import extract_articles

    if claim_date:
        from discrepancy.claims.dates import date_span
        from discrepancy.errors import DateProblem

        try:
            date_span(claim_date)
        except DateProblem as e:
            raise click.BadParameter(str(e), param_hint="--date") from None
    from discrepancy.output import write_table

    draft = extract_articles(articles, claim_date=claim_date, outlet=outlet, url=url)
    write_table(draft, out, inputs=articles)
    low = int((draft["confidence"] < 0.5).sum())
    click.echo(f"wrote {out}: {len(draft)} draft claims from {len(articles)} article(s), {low} with low confidence")


def _evaluate(corpus: str, out: str | None) -> None:
    from discrepancy.intake.evaluate import evaluate
    from discrepancy.texttable import escaped_cells

    result = evaluate(corpus)
    click.echo(escaped_cells(result.articles).to_string(index=False))  # an article's name is the corpus's text
    click.echo("")
    click.echo(result.calibration.to_string(index=False))
    t = result.totals
    click.echo(
        f"\n{t['articles']} articles: {t['found']} of {t['claims']} numbers found ({t['found_share']:.1%}; "
        f"{t['noted_as_said_again']} more named in a row's note as the same figure said again), "
        f"{t['speakers_right']} speakers right ({t['speakers_right_share_of_found']:.1%} of found), "
        f"{t['non_claims_drafted']} of {t['drafted']} drafts not claims ({t['non_claims_drafted_share']:.1%}), "
        f"{t['right_share_at_0_8_or_more']:.1%} right at confidence 0.8 or more"
    )
    if out:
        payload = {**result.totals, "per_article": result.articles.to_dict("records"),
                   "calibration": result.calibration.to_dict("records")}  # fmt: skip
        text = json.dumps(payload, indent=1, sort_keys=True) + "\n"
        atomic_write(Path(out), lambda p: p.write_text(text, encoding="utf-8"))
        click.echo(f"wrote {out}")


#: Exit codes by error class, first match wins; every other DiscrepancyError is bad input (2). The README's
#: exit-code list is this table.
EXIT_CODES: tuple[tuple[type[DiscrepancyError], int], ...] = (
    (BatchLocked, EXIT_LOCKED),  # 4: another batch run holds the reports folder
    (CellError, EXIT_FAILED),  # 1: a render ran and failed (a cell, the timeout, a dead kernel)
    (DiscrepancyError, EXIT_BAD_INPUT),  # 2: a bad table, parameter, path, batch file; something not found
)


def exit_code(error: DiscrepancyError) -> int:
    return next(code for cls, code in EXIT_CODES if isinstance(error, cls))


def run(argv: list[str] | None = None) -> int:
    """Entry point: run the CLI and turn user-facing failures into messages and exit codes."""
    if argv is not None and any("\x00" in str(a) for a in argv):  # no OS argv holds one; a caller's list may
        click.echo("error: an argument holds a NUL character", err=True)
        return EXIT_BAD_INPUT
    try:
        main.main(args=argv, prog_name="discrepancy", standalone_mode=False)
    except SystemExit as e:
        return int(e.code or 0)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 1
    except click.ClickException as e:
        e.show()
        return EXIT_BAD_INPUT
    except DiscrepancyError as e:
        if isinstance(e, TableError):
            click.echo(format_problems(e.problems) + "\n", err=True)
        click.echo(f"error: {e}", err=True)
        return exit_code(e)
    except Exception as e:  # a bug of ours: say so in one line, keep the traceback for who asks
        if os.environ.get("DISCREPANCY_DEBUG"):
            traceback.print_exc()
        click.echo(f"internal error: {type(e).__name__}: {e} (set DISCREPANCY_DEBUG=1 for the traceback)", err=True)
        return EXIT_INTERNAL
    return 0


def entry() -> None:
    prefer_system_allocator()  # before pyarrow is imported and any second thread starts
    sys.exit(run())
