"""The audit report as one self-contained HTML page: inline CSS, inline SVG charts, no external resource.

The same page, printed by WeasyPrint, is the PDF (``catalog.report.pdf``); the CSS lays it
out for A4 paper with running headers and page numbers.
"""

from __future__ import annotations

from jinja2 import Environment, StrictUndefined

from catalog.report import changes as change_lines
from catalog.report.charts import bar_chart, split_chart
from catalog.report.markdown import CHANGES_SHOWN, change_text
from catalog.report.model import ROPA_COLUMNS, SECTIONS, Report
from catalog.report.template import CSS, TEMPLATE

_ENV = Environment(autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def charts(report: Report) -> dict[str, str]:
    """The report's charts as SVG markup, by name."""
    return {
        "categories": bar_chart("Fields holding personal data, by category",
                                [(c.key, c.fields) for c in report.categories]),
        "stores": bar_chart("Fields holding personal data, by store",
                            [(s.store, s.personal_fields) for s in report.stores if s.personal_fields]),
        "recipients": split_chart("Flows to each third party",
                                  [(r.name, r.flows - r.uncovered, r.uncovered) for r in report.recipients],
                                  "covered by the policy", "not covered"),
    }


def render(report: Report) -> str:
    """The whole page."""
    template = _ENV.from_string(TEMPLATE)
    change_sections = (change_lines.lines(report.changes, CHANGES_SHOWN, lambda s: s)
                       if report.changes is not None and not report.changes.empty else [])
    return template.render(
        r=report, css=CSS, titles=dict(SECTIONS), charts=charts(report), change_text=change_text,
        change_sections=change_sections, ropa_columns=ROPA_COLUMNS[1:],
    )
