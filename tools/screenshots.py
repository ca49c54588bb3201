"""Screenshots of a rendered report in headless Chromium: the first screen at 1280 px, the page at 400 px,
and the print PDF with its first page as an image. For looking at what we render (make screenshots).

    python tools/screenshots.py reports/discrepancy-report.html [OUT_DIR]

Needs chromium (Debian: apt-get install -y chromium); pdftoppm (poppler-utils) for the page-1 image.
Exits 3 with a clear message when Chromium is absent."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SHOTS = {"1280": (1280, 900), "400": (400, 2400)}


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _run(browser: str, *args: str) -> None:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", f"--user-data-dir={profile}",
             *args],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip


def take(html: Path, out: Path) -> dict[str, Path]:
    """Write NAME-1280.png, NAME-400.png, NAME-print.pdf and (with pdftoppm) NAME-print-page1.png."""
    browser = chromium()
    if browser is None:
        raise RuntimeError("chromium is not installed (Debian: apt-get install -y chromium): no screenshots taken")
    out.mkdir(parents=True, exist_ok=True)
    url = html.resolve().as_uri()
    made = {}
    for name, (width, height) in SHOTS.items():
        png = out / f"{html.stem}-{name}.png"
        _run(browser, f"--screenshot={png}", f"--window-size={width},{height}", url)
        made[name] = png
    pdf = out / f"{html.stem}-print.pdf"
    _run(browser, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", url)
    made["pdf"] = pdf
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(out / f"{html.stem}-print-page1")], check=True, timeout=60)  # fmt: skip
        made["page1"] = out / f"{html.stem}-print-page1.png"
    return made


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    html = Path(argv[0])
    out = Path(argv[1]) if len(argv) > 1 else html.parent / "screenshots"
    try:
        made = take(html, out)
    except RuntimeError as e:
        print(e, file=sys.stderr)
        return 3
    for kind, path in made.items():
        print(f"{kind}: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
