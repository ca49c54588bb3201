"""views.html: links that open only for the web, readable labels, anchors and cite lines per finding."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from discrepancy import compare, load_claims
from discrepancy.views import html
from tests.helpers import ROOT


@pytest.mark.parametrize(
    "url, opens",
    [
        pytest.param("https://www.reuters.com/article/x", True, id="https"),
        pytest.param("http://tass.com/politics/830988", True, id="http"),
        pytest.param("HTTPS://EXAMPLE.ORG/A", True, id="upper-case scheme"),
        pytest.param("javascript:alert(1)", False, id="javascript"),
        pytest.param("JaVaScRiPt:alert(document.cookie)", False, id="javascript mixed case"),
        pytest.param("data:text/html,<script>alert(1)</script>", False, id="data"),
        pytest.param("vbscript:msgbox", False, id="vbscript"),
        pytest.param("//evil.example/x", False, id="scheme-relative"),
        pytest.param("https://x.org/a b", False, id="a space inside"),
        pytest.param("https://x.org/'onmouseover='alert(1)", False, id="a quote inside"),
        pytest.param("www.example.org", False, id="no scheme"),
    ],
)
def test_only_http_and_https_urls_become_links(url, opens):
    out = html.link(url)
    if opens:
        assert out.startswith("<a href=") and "rel='noopener noreferrer nofollow'" in out
    else:
        assert "<a" not in out and "<script" not in out
        assert out == html.esc(url)


def test_url_cells_of_a_table_are_safe_links():
    frame = pd.DataFrame({"url": ["https://example.org/?q=a&b=c", "javascript:alert(1)", "https://x.org/<b>"]})
    out = html.html_table(frame)
    assert "href='https://example.org/?q=a&amp;b=c'" in out
    assert "https://x.org/&lt;b&gt;</td>" in out and "<b>" not in out
    assert "javascript:alert(1)</td>" in out and "href='javascript" not in out


def test_tables_use_readable_labels_and_scroll_in_their_box():
    out = html.html_table(pd.DataFrame({"n_claims": [2], "spread_ratio": [6.7], "own_column": [1]}))
    assert "<th scope='col'>Claims</th>" in out and "Spread (highest ÷ lowest)" in out and "own_column" in out
    assert out.startswith("<div class='dq-scroll'>")


def test_every_finding_has_a_stable_anchor_and_a_cite_line():
    result = compare(load_claims(ROOT / "data" / "claims" / "islamic_state_2014_2016.csv"))
    out = html.findings_html(result.findings, cite_title="Report <x>", table_sha256="ab" * 32)
    ids = re.findall(r"<li id='([^']+)'>", out)
    assert len(ids) == len(result.findings) == len(set(ids))
    for group_id in result.findings.loc[result.findings["group_id"] != "", "group_id"]:
        assert f"<li id='finding-{group_id}'>" in out
        assert f"href='#finding-{group_id}'" in out
    assert out.count("Cite this: “Report &lt;x&gt;”") == len(ids)
    assert "data table SHA-256 abababababab." in out


def test_contents_link_to_anchors():
    out = html.contents([("Why-they-differ", "Why they differ")])
    assert "<a href='#Why-they-differ'>Why they differ</a>" in out


def test_a_cell_of_several_urls_links_each_web_one():
    out = html.links("https://a.org/x ; javascript:alert(1); http://b.org/y")
    assert out.count("<a href=") == 2 and "javascript:alert(1)" in out and "href='javascript" not in out
