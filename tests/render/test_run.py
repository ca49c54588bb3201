"""Rendering notebooks into reports: reproducible, self-contained, safe, and failing without loss.

These execute notebooks in a kernel and are marked slow; `make test` runs them too."""

from __future__ import annotations

import csv
import hashlib
import os
import re
import tempfile
from pathlib import Path

import pytest

from discrepancy import RenderError
from discrepancy.cli import run
from discrepancy.render.run import render_notebook
from tests.helpers import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
REPORT = ROOT / "notebooks" / "01-discrepancy-report.ipynb"
pytestmark = pytest.mark.slow


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_every_notebook_executes_with_its_defaults(tmp_path, notebook):
    import nbformat

    out = render_notebook(notebook, tmp_path / "r.html")
    executed = nbformat.read(out.notebook, as_version=4)
    noise = [o for c in executed.cells for o in c.get("outputs", []) if o.output_type in ("error", "stream")]
    assert noise == [], noise  # no errors, no warnings printed
    assert "Traceback" not in out.html.read_text(encoding="utf-8")


def test_default_report_is_reproducible_self_contained_and_small(tmp_path):
    first = render_notebook(REPORT, tmp_path / "a" / "report.html")
    second = render_notebook(REPORT, tmp_path / "b" / "report.html")
    assert _sha(first.html) == _sha(second.html)
    assert _sha(first.notebook) == _sha(second.notebook)
    html = first.html.read_text(encoding="utf-8")
    assert first.html.stat().st_size < 2_000_000
    assert "<script" not in html
    # nothing is fetched: no remote src, stylesheet or url(); the only remote addresses are the sources'
    # links, which open only when clicked and carry rel="noopener noreferrer nofollow"
    assert not re.search(r"""src\s*=\s*["']?(https?:)?//""", html)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", html) and "<link" not in html
    links = re.findall(r"<a [^>]*href=[\"'](?:https?:)?//[^>]*>", html)
    assert links and all(re.search(r"rel=[\"']noopener noreferrer nofollow[\"']", a) for a in links)
    assert "content=\"default-src 'none'" in html
    assert str(ROOT) not in html and str(tmp_path) not in html
    assert "<title>How far the sources diverge</title>" in html
    # the headline: the membership discrepancy first, with its anchor and a line to cite it by
    findings = re.search(r"<ol class=[\"']dq-findings[\"']>(.*?)</ol>", html, re.S).group(1)
    first_item = re.search(r"<li id=[\"']finding-g-88ee6c23[\"']>(.*?)</li>", findings, re.S).group(1)
    assert "members differ 6.7-fold" in first_item and "Cite this:" in first_item
    for section in ("Data quality", "Groups by severity", "Provenance", "How the numbers travelled", "Why they differ"):
        assert section in html
    # the table of contents points at headings that exist
    toc = re.search(r"<nav [^>]*class=[\"']dq-toc[\"'][^>]*>.*?</nav>", html, re.S).group(0)
    targets = re.findall(r"href=[\"']#([^\"']+)[\"']", toc)
    assert len(targets) >= 10
    for target in targets:
        assert f'id="{target}"' in html or f"id='{target}'" in html, target
    # the first screen: the title, one sentence, the overview chart, before the findings
    lede = re.search(r"class=[\"']dq-lede[\"']", html).start()
    chart = re.search(r"alt=[\"']Overview: every compared group", html).start()
    assert lede < chart < re.search(r"class=[\"']dq-findings[\"']", html).start()
    assert "sha256 " in html and "data/claims/islamic_state_2014_2016.csv" in html
    assert html.count("<img") >= 5


HOSTILE = {
    "subject": "<script>alert('subject')</script>",
    "source": "<img src=x onerror=alert('source')>",
    "quote": "<script>document.write('quote')</script>",
    "url": "javascript:alert('url')",
    "notes": "<a href='javascript:alert(1)'>click</a>",
}


def test_hostile_table_renders_as_text(tmp_path):
    table = tmp_path / "hostile.csv"
    rows = [
        {"claim_id": "h1", "metric": "members", "value_text": "around 30,000", "claim_date": "2015-10-22", **HOSTILE},
        {"claim_id": "h2", "metric": "members", "value_text": "=HYPERLINK(\"x\") 200,000", "claim_date": "2015-10-22",
         **{**HOSTILE, "source": "<svg onload=alert(2)>"}},
    ]  # fmt: skip
    with table.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    for notebook in ("01-discrepancy-report.ipynb", "02-group-deep-dive.ipynb", "03-source-profile.ipynb"):
        out = render_notebook(ROOT / "notebooks" / notebook, tmp_path / f"{notebook}.html", {"claims_path": str(table)})
        html = out.html.read_text(encoding="utf-8")
        assert "<script" not in html
        assert "<img src=x" not in html and "<svg onload" not in html
        assert not re.search(r"<a\s[^>]*href\s*=\s*[\"']?\s*javascript:", html, re.I)  # no live link
        assert "&lt;script&gt;alert(" in html  # shown, as text
        assert "&lt;img src=x onerror=alert(" in html


def test_failed_render_keeps_the_last_good_report(tmp_path):
    out = tmp_path / "report.html"
    good = render_notebook(REPORT, out)
    before = _sha(good.html), _sha(good.notebook)
    broken = tmp_path / "broken.csv"
    broken.write_text("claim_id;subject;metric\na;b;c\n")
    with pytest.raises(RenderError) as err:
        render_notebook(REPORT, out, {"claims_path": str(broken)})
    assert err.value.cell == 3 and err.value.ename == "TableError"  # 1 parameters, 2 injected, 3 loading
    assert "semicolons" in str(err.value)
    assert (_sha(out), _sha(out.with_suffix(".ipynb"))) == before
    failed_html = tmp_path / "report.failed.html"
    assert failed_html.exists() and (tmp_path / "report.failed.ipynb").exists()
    assert "semicolons" in failed_html.read_text(encoding="utf-8")
    # the failure files are reproducible too: the same failure gives the same bytes
    first = _sha(failed_html), _sha(tmp_path / "report.failed.ipynb")
    with pytest.raises(RenderError):
        render_notebook(REPORT, out, {"claims_path": str(broken)})
    assert (_sha(failed_html), _sha(tmp_path / "report.failed.ipynb")) == first
    # a later good render clears the failure
    render_notebook(REPORT, out)
    assert not failed_html.exists()


def test_cli_render_exit_codes(tmp_path, capsys):
    assert run(["render", str(REPORT), "-o", str(tmp_path / "r.html"), "-p", "nosuch", "1"]) == 2
    assert "unknown parameter 'nosuch'" in capsys.readouterr().err
    broken = tmp_path / "broken.csv"
    broken.write_text("")
    assert run(["render", str(REPORT), "-o", str(tmp_path / "r.html"), "-p", "claims_path", str(broken)]) == 1
    assert "cell 3 failed" in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists() and (tmp_path / "r.failed.html").exists()


def test_ten_thousand_groups_render_within_five_megabytes(tmp_path):

    from benchmarks.synthetic import claim_table

    table = tmp_path / "synthetic.csv"
    claim_table(20_000, 10_000, seed=3).to_csv(table, index=False)
    out = render_notebook(REPORT, tmp_path / "big.html", {"claims_path": str(table), "top_n": 10})
    assert out.html.stat().st_size < 5_000_000
    html = out.html.read_text(encoding="utf-8")
    assert "further groups are not charted" in html or "more rows not shown" in html


def test_hostile_article_renders_as_text_in_the_intake_notebook(tmp_path):
    article = tmp_path / "hostile.html"
    article.write_text(
        "<html><body><p>KABUL, March 3, 2016 (Reuters) - <script>alert(1)</script>"
        "According to &lt;img src=x onerror=alert(2)&gt; officials, about 5,000 people fled.</p></body></html>"
    )
    out = render_notebook(ROOT / "notebooks" / "00-claim-intake.ipynb", tmp_path / "intake.html",
                          {"article_path": str(article), "claim_date": "", "url": ""})  # fmt: skip
    html = out.html.read_text(encoding="utf-8")
    assert "<script" not in html and "<img src=x" not in html
    assert "<mark" in html and "about 5,000 people" in html


@pytest.mark.slow
def test_report_shows_labelled_intervals_and_review_rows(tmp_path):
    """The 01 report on real labelled-interval, middle-dot claims, plus one doubtful row: the intervals are
    shown, the group's intervals do not all overlap, and the doubtful row is listed for review, not counted."""
    table = tmp_path / "intervals.csv"
    source = (ROOT / "tests" / "data" / "covid_excess_deaths_2020_2021.csv").read_text(encoding="utf-8")
    doubtful = (
        'doubtful-row,COVID-19 pandemic,excess deaths,World,"15 million or 18 million",deaths,Test source,media,'
        ",2022-05-06,,,,,SYNTHETIC: a doubtful row for the test\n"
    )
    table.write_text(source + doubtful, encoding="utf-8")
    out = render_notebook(
        ROOT / "notebooks" / "01-discrepancy-report.ipynb", tmp_path / "r.html", {"claims_path": str(table)}
    )
    text = re.sub(r"<[^>]+>", " ", out.html.read_text(encoding="utf-8"))
    for shown in ("13.3 million", "16.6 million", "17.1 million", "19.6 million"):
        assert shown in text
    assert "1 row needs review" in text or "1 row need review" in text
    assert "1 value could be read more than one way" in text
    assert "doubtful-row" in text and "alternatives" in text


@pytest.mark.parametrize(
    "name, value, words",
    [
        pytest.param("window_days", "-5", "window_days must be a whole number", id="negative window"),
        pytest.param("window_days", "1e100", "window_days takes a whole number or None", id="window 1e100"),
        pytest.param("window_days", "abc", "window_days takes a whole number or None", id="window text"),
        pytest.param("tolerance", "nan", "tolerance must be a finite number", id="tolerance nan"),
        pytest.param("tolerance", "1.5", "tolerance must lie in [0, 1)", id="tolerance above 1"),
        pytest.param("major_ratio", "0.5", "thresholds must rise", id="thresholds falling"),
        pytest.param("stale_days", "-1", "stale_days must be a whole number", id="negative stale days"),
    ],
)
def test_parameters_are_refused_before_a_kernel_starts(tmp_path, monkeypatch, name, value, words):
    """Issue 10: -p window_days -5 rendered 42 one-claim groups; 1e100 failed in the kernel."""
    import papermill

    def no_kernel(*args, **kwargs):
        raise AssertionError("papermill was called: a kernel would have started")

    monkeypatch.setattr(papermill, "execute_notebook", no_kernel)
    with pytest.raises(RenderError, match=re.escape(words)) as e:
        render_notebook(ROOT / "notebooks" / "01-discrepancy-report.ipynb", tmp_path / "r.html", {name: value})
    assert e.value.cell is None  # refused, not a failed cell
    assert not list(tmp_path.iterdir())


def _tiny_notebook(path, body: str):
    import nbformat

    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell("seconds = 0\ndie = False")
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell(body)]
    nbformat.write(nb, path)
    return path


@pytest.mark.parametrize(
    "parameters, timeout, words",
    [
        pytest.param({"seconds": "60"}, 3, "ran longer than the timeout (3 s)", id="cell past the timeout"),
        pytest.param({"die": "true"}, 60, "the kernel died", id="kernel killed"),
    ],
)
def test_a_timeout_or_a_dead_kernel_writes_the_failure_files_and_exits_1(tmp_path, capsys, parameters, timeout, words):
    """Issue 10: a kernel that died ended the render "internal error: DeadKernelError", exit 3, no OUT.failed.*."""
    notebook = _tiny_notebook(
        tmp_path / "tiny.ipynb",
        "import os, signal, time\nif die:\n    os.kill(os.getpid(), signal.SIGKILL)\ntime.sleep(seconds)",
    )
    out = tmp_path / "out" / "r.html"
    with pytest.raises(RenderError, match=re.escape(words)) as err:
        render_notebook(notebook, out, parameters, timeout=timeout)
    assert err.value.cell == -1
    assert (tmp_path / "out" / "r.failed.html").exists() and (tmp_path / "out" / "r.failed.ipynb").exists()
    assert words in (tmp_path / "out" / "r.failed.html").read_text(encoding="utf-8")
    assert not out.exists()
    for where in (tmp_path / "out", Path(tempfile.gettempdir())):  # the kernel's sockets, a dead kernel's too
        assert list(where.glob(f".dq-kernel-{os.getpid()}-*")) == []
    args = ["render", str(notebook), "-o", str(out), "--timeout", str(timeout)]
    for name, value in parameters.items():
        args += ["-p", name, value]
    assert run(args) == 1
    assert "internal error" not in capsys.readouterr().err


@pytest.mark.parametrize(
    "page, expected",
    [
        pytest.param(
            '<div class="jp-RenderedHTML jp-OutputArea-output " data-mime-type="text/html">',
            '<div class="jp-RenderedHTML jp-OutputArea-output " data-mime-type="text/html" tabindex="0">',
            id="an output",
        ),  # fmt: skip
        pytest.param(
            '<div id="c" class="jp-Cell-inputWrapper">',
            '<div id="c" class="jp-Cell-inputWrapper" tabindex="0">',
            id="an input, class not first",
        ),  # fmt: skip
        pytest.param('<div class="jp-OutputArea-outputs">', '<div class="jp-OutputArea-outputs">', id="another class"),
        pytest.param(
            '<div class="jp-OutputArea-output" tabindex="-1">',
            '<div class="jp-OutputArea-output" tabindex="-1">',
            id="tabindex kept",
        ),  # fmt: skip
        pytest.param(
            '<img src="data:image/png;base64,AA==">',
            '<img alt="No description has been provided for this image" src="data:image/png;base64,AA==">',
            id="an image without alt",
        ),  # fmt: skip
        pytest.param("<img alt='chart' src='data:,'>", "<img alt='chart' src='data:,'>", id="an image with alt"),
        pytest.param(
            '<p>&lt;div class="jp-OutputArea-output"&gt;&lt;img src=x&gt;</p>',
            '<p>&lt;div class="jp-OutputArea-output"&gt;&lt;img src=x&gt;</p>',
            id="escaped claim text",
        ),  # fmt: skip
    ],
)
def test_pages_get_nbconverts_accessibility_attributes_without_a_parse(page, expected):
    """nbconvert's HTMLExporter parsed each page with BeautifulSoup (0.5 s) to add these; render adds them to
    the template's markup and leaves escaped text alone."""
    from discrepancy.render.run import _accessible

    assert _accessible(page) == expected


def test_a_rendered_page_has_focusable_outputs_and_every_image_described(tmp_path):
    out = tmp_path / "r.html"
    render_notebook(ROOT / "notebooks" / "01-discrepancy-report.ipynb", out)
    page = out.read_text(encoding="utf-8")
    assert page.count('tabindex="0"') >= 10 and "<img" in page
    assert not re.search(r"<img\b(?![^<>]*\salt=)", page)


def test_a_page_writer_warmed_while_the_kernel_starts_writes_the_same_page(tmp_path):
    """The first conversion compiles the templates and makes the markdown renderer; render does it on a small
    notebook while the report's kernel starts. The report's page is the page a fresh writer writes."""
    import copy

    import nbformat

    from discrepancy.render.run import _exporter, _warm, render_notebook

    out = tmp_path / "r.html"
    render_notebook(ROOT / "notebooks" / "01-discrepancy-report.ipynb", out)
    nb = nbformat.read(out.with_suffix(".ipynb"), as_version=4)
    fresh, warmed = _exporter.__wrapped__(False), _exporter.__wrapped__(False)
    _warm(warmed)

    written = out.read_text(encoding="utf-8")
    title = re.search(r"<title>(.*?)</title>", written).group(1)

    def page(exporter):
        return exporter.from_notebook_node(copy.deepcopy(nb), resources={"metadata": {"name": title}})[0]

    assert page(warmed) == page(fresh) == written
