"""ChartSpecs drawn with reportlab.graphics for the donor report.

Bars run horizontally: category names (long in Tajik and Russian) stay readable on one line
instead of being rotated under the axis. A hidden value is drawn as 0 and marked after its
bar with the table's marker ("<5" or "x", in its series' colour), never plotted.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from ajo_cases.domain.charts import PALETTE, ChartSpec, hidden_marker, ticks
from ajo_cases.reports import fonts
from ajo_cases.reports.stats_texts import code_label, series_label, stats_text

LABEL_SIZE = 7.5
BAND = 13  # points per category
_GREY = colors.HexColor("#444444")


def _colour(index: int) -> colors.Color:
    return colors.HexColor(PALETTE[index % len(PALETTE)])


def _fit(text: str, width: float) -> str:
    """Shorten a label with an ellipsis so it fits the label column."""
    if stringWidth(text, fonts.REGULAR, LABEL_SIZE) <= width:
        return text
    while text and stringWidth(text + "…", fonts.REGULAR, LABEL_SIZE) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose renderer starts in the embedded font (its default is Helvetica)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.register_fonts()
    return drawing


def _legend(drawing: Drawing, items: list[tuple[colors.Color, str]], x: float, y: float) -> None:
    """Coloured squares with their labels, left to right from (x, y)."""
    for colour, text in items:
        drawing.add(Rect(x, y, 7, 7, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 10, y + 0.5, text, fontName=fonts.REGULAR,
                           fontSize=LABEL_SIZE, fillColor=_GREY))  # fmt: skip
        x += 10 + stringWidth(text, fonts.REGULAR, LABEL_SIZE) + 14


def bar_drawing(spec: ChartSpec, lang: str, width: float, threshold: int) -> Drawing:
    n = len(spec.categories)
    legend_height = 16 if spec.kind == "stacked_bar" else 0
    height = n * BAND + 24 + legend_height
    drawing = _drawing(width, height)
    names = [code_label(lang, spec.row_vocab, code) for code in spec.categories]
    label_width = min(max(stringWidth(t, fonts.REGULAR, LABEL_SIZE) for t in names) + 6,
                      width * 0.38)  # fmt: skip
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 14 + legend_height
    chart.width, chart.height = width - label_width - 60, n * BAND
    chart.data = [list(values) for _key, values in spec.series]
    chart.categoryAxis.categoryNames = [_fit(t, label_width - 6) for t in names]
    chart.categoryAxis.reverseDirection = 1  # the first row on top, as in the table
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.style = "stacked" if spec.kind == "stacked_bar" else "parallel"
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.valueMin = 0
    steps = ticks(max((spec.total(i) for i in range(n)), default=0))
    chart.valueAxis.valueMax = steps[-1]
    chart.valueAxis.valueStep = steps[1]
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.barSpacing, chart.groupSpacing = 0, 3
    chart.bars.strokeColor = None
    for s in range(len(spec.series)):
        chart.bars[s].fillColor = _colour(s) if len(spec.series) > 1 else _colour(0)
    drawing.add(chart)
    scale = chart.width / chart.valueAxis.valueMax
    for i in range(n):
        y = chart.y + chart.height - (i + 0.5) * BAND - LABEL_SIZE / 3
        x = chart.x + spec.total(i) * scale + 3
        shown = [
            (s, spec.marker(s, i, threshold))
            for s in range(len(spec.series)) if (s, i) in spec.hidden
        ]  # fmt: skip
        if not shown and spec.total(i):
            drawing.add(String(x, y, str(spec.total(i)), fontName=fonts.REGULAR,
                               fontSize=LABEL_SIZE, fillColor=_GREY))  # fmt: skip
        for s, marker in shown:
            colour = _colour(s) if len(spec.series) > 1 else _GREY
            drawing.add(String(x, y, marker, fontName=fonts.BOLD, fontSize=LABEL_SIZE,
                               fillColor=colour))  # fmt: skip
            x += stringWidth(marker, fonts.BOLD, LABEL_SIZE) + 4
    if spec.kind == "stacked_bar":
        items = [(_colour(s), series_label(lang, key)) for s, (key, _v) in enumerate(spec.series)]
        _legend(drawing, items, label_width, 0)
    return drawing


def pie_drawing(spec: ChartSpec, lang: str, width: float, threshold: int) -> Drawing:
    _key, values = spec.series[0]
    height = max(130.0, 16.0 * len(spec.categories) + 10)
    drawing = _drawing(width, height)
    shown = [i for i, value in enumerate(values) if value > 0]
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 10, (height - 110) / 2, 110, 110
    pie.data = [values[i] for i in shown]
    pie.labels = None
    pie.simpleLabels = 1
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.8
    for slot, i in enumerate(shown):
        pie.slices[slot].fillColor = _colour(i)
    if shown:  # a pie of nothing but hidden slices draws only its legend
        drawing.add(pie)
    total = sum(values)
    y = height - 16
    for i, code in enumerate(spec.categories):
        reason = spec.hidden.get((0, i))
        if reason is not None:
            number = hidden_marker(reason, threshold)
        else:
            share = f" ({100 * values[i] / total:.0f} %)" if total else ""
            number = f"{values[i]}{share}"
        drawing.add(Rect(140, y, 8, 8, fillColor=_colour(i), strokeColor=None))
        drawing.add(String(153, y + 0.5, f"{code_label(lang, spec.row_vocab, code)}: {number}",
                           fontName=fonts.REGULAR, fontSize=8.5, fillColor=_GREY))  # fmt: skip
        y -= 16
    return drawing


def chart_drawing(spec: ChartSpec, lang: str, width: float, threshold: int) -> Drawing | None:
    """The drawing for one chart, or None when there is nothing to draw."""
    if spec.is_empty and not spec.hidden:
        return None
    if spec.kind == "pie":
        return pie_drawing(spec, lang, width, threshold)
    return bar_drawing(spec, lang, width, threshold)


def empty_note(lang: str) -> str:
    return stats_text(lang, "no_chart")
