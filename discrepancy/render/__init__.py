"""The render layer: a notebook executed with checked parameters in a fresh kernel and converted to a
self-contained HTML report. ``parameters`` (the parameters cell: names, defaults, which are input and
output files), ``provenance`` (what a report is made from, handed to the kernel), ``run`` (execute and
convert, atomically) and ``templates/`` (the nbconvert template)."""

from discrepancy.render.run import render_notebook

__all__ = ["render_notebook"]
