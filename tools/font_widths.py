"""Writes discrepancy/views/fontwidths.py: each character's advance in DejaVu Sans (the font the charts name
first), measured with matplotlib's copy of the font, so the charts can size their margins without
importing matplotlib. Run again only if the charts' font changes: python tools/font_widths.py
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.font_manager import FontProperties, findfont
from matplotlib.ft2font import FT2Font, LoadFlags

RANGES = ((0x20, 0x7F), (0xA0, 0x250), (0x370, 0x400), (0x400, 0x460), (0x2010, 0x2050), (0x2190, 0x21A0),
          (0x2500, 0x2510), (0x25A0, 0x25D0))  # fmt: skip
OUT = Path(__file__).resolve().parent.parent / "discrepancy" / "views" / "fontwidths.py"


def main() -> None:
    path = findfont(FontProperties(family="DejaVu Sans"))
    font = FT2Font(path)
    units = font.units_per_EM
    widths = {}
    for lo, hi in RANGES:
        for code in range(lo, hi):
            if font.get_char_index(code) == 0:
                continue
            glyph = font.load_char(code, flags=LoadFlags.NO_SCALE)  # advances in font units
            widths[code] = round(glyph.horiAdvance * 1000 / units)
    lines = [
        '"""Advance widths of DejaVu Sans in thousandths of an em, by code point: written by tools/font_widths.py',
        'from matplotlib\'s copy of the font (do not edit by hand)."""',
        "",
        "# fmt: off",
        "WIDTHS = {",
    ]
    items = [f"{code}: {w}" for code, w in sorted(widths.items())]
    for i in range(0, len(items), 12):
        lines.append("    " + ", ".join(items[i : i + 12]) + ",")
    lines += ["}", "# fmt: on"]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(widths)} characters")


if __name__ == "__main__":
    main()
