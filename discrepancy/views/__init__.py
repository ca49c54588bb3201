"""The views layer: what the notebooks show, built from the engine's tables. ``html`` (escaped tables,
headings, finding lists), ``charts`` (deterministic figures) and ``report`` (one function per report
section). Notebooks use ``from discrepancy import report, views``; ``views.X`` names stay as they were."""

from discrepancy.views import charts, html, report
from discrepancy.views.charts import (
    MAX_CHART_ROWS,
    MAX_LABEL_CHARS,
    SOURCE_TYPE_COLOURS,
    Chart,
    clip,
    forest_chart,
    ratio_heatmap,
    source_profile_chart,
    timeline_chart,
)
from discrepancy.views.html import esc, findings_html, heading, html_table, paragraph
from discrepancy.views.report import provenance

__all__ = [
    "MAX_CHART_ROWS",
    "MAX_LABEL_CHARS",
    "SOURCE_TYPE_COLOURS",
    "Chart",
    "charts",
    "clip",
    "esc",
    "findings_html",
    "forest_chart",
    "heading",
    "html",
    "html_table",
    "paragraph",
    "provenance",
    "ratio_heatmap",
    "report",
    "source_profile_chart",
    "timeline_chart",
]
