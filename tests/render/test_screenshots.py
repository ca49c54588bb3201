"""The default report in headless Chromium: the first screen at 1280 px, the page at 400 px and the print
PDF, taken by tools/screenshots.py. Skipped, saying why, where Chromium is not installed."""

from __future__ import annotations

import shutil
import struct

import pytest

from discrepancy.render.run import render_notebook
from tests.helpers import ROOT
from tools.screenshots import chromium, take

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(chromium() is None, reason="chromium is not installed (apt-get install -y chromium)"),
]


def _png_size(path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG")
    return struct.unpack(">II", data[16:24])


def _inked_share(path) -> float:
    """The share of the image's rows that hold a pixel darker than near-white (a blank page gives 0)."""
    from PIL import Image  # matplotlib's own dependency

    image = Image.open(path).convert("L")
    width, height = image.size
    pixels = image.load()
    inked = sum(1 for y in range(height) if any(pixels[x, y] < 235 for x in range(0, width, 2)))
    return inked / height


def test_the_default_report_reads_at_1280_and_400_px_and_prints_from_page_one(tmp_path):
    report = render_notebook(ROOT / "notebooks" / "01-discrepancy-report.ipynb", tmp_path / "report.html")
    shots = take(report.html, tmp_path / "shots")
    assert _png_size(shots["1280"]) == (1280, 900)
    assert _png_size(shots["400"]) == (400, 2400)
    assert _inked_share(shots["1280"]) > 0.3 and _inked_share(shots["400"]) > 0.3
    pdf = shots["pdf"].read_bytes()
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    assert 1 <= pages <= 30, pages
    if "page1" in shots and shutil.which("pdftoppm"):
        assert _inked_share(shots["page1"]) > 0.3  # page 1 is the first screen, not a blank page
