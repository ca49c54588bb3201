"""The render layer: a notebook executed with checked parameters in a fresh kernel and converted to a
self-contained HTML report. ``parameters`` (the parameters cell: names, defaults, which are input and
output files), ``provenance`` (what a report is made from, handed to the kernel), ``run`` (execute and
convert, atomically) and ``templates/`` (the nbconvert template)."""

import sys

# jsonschema (which nbformat imports) imports rfc3987_syntax when it is installed (jupyterlab's
# jupyter-events asks for jsonschema[format-nongpl]), and rfc3987_syntax builds about 35 Earley parsers
# at import: over a second in every process that renders (python-jsonschema/jsonschema#1428). Notebook
# validation never uses the "iri" formats it checks, so the render layer blocks that one import;
# jsonschema imports it under suppress(ImportError) and leaves the iri checker out. Nothing else changes.
sys.modules.setdefault("rfc3987_syntax", None)

from discrepancy.render.run import render_notebook  # noqa: E402

__all__ = ["render_notebook"]
