"""A ChartSpec painted with QPainter (QtCharts is left out of the packaged build).

The same definition as the PDF (domain/charts.py): horizontal bars (stacked by sex where the
spec has several series) or a pie with its legend. Only what the table shows is drawn: a value
the table hides ("<5", "x") is never a zero-length bar but a hatched mark with its "<5" or "x"
in the series' colour, and a note under the chart says so. A label always goes with a colour.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ajo_cases.domain.charts import PALETTE, ChartSpec, hidden_marker, ticks
from ajo_cases.ui.statistics.stats_table_model import code_text, table_title

ROW = 20  # pixels per category
PIE = 150
HATCH = 14  # the width of the mark a hidden value gets


def colour(index: int) -> QColor:
    return QColor(PALETTE[index % len(PALETTE)])


class ChartWidget(QWidget):
    def __init__(self, spec: ChartSpec, threshold: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.threshold = threshold
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(360)
        self.setAccessibleName(self.title())
        # What the last paint drew, for tests: (category, series, "value" or "hidden").
        self.drawn: list[tuple[int, int, str]] = []

    def title(self) -> str:
        key = f"chart.{self.spec.table}"
        found = table_title(key)
        return found if found != key.replace("_", " ") else table_title(self.spec.table)

    def category_names(self) -> list[str]:
        return [code_text(self.spec.row_vocab, code) for code in self.spec.categories]

    def series_names(self) -> list[str]:
        return [code_text("", key) for key, _values in self.spec.series]

    def markers(self, category: int) -> list[tuple[int, str]]:
        spec = self.spec
        return [
            (s, spec.marker(s, category, self.threshold))
            for s in range(len(spec.series)) if (s, category) in spec.hidden
        ]  # fmt: skip

    def note(self) -> str:
        """Said under a chart with hidden values: what the hatched marks are."""
        if not self.spec.hidden:
            return ""
        return (
            self.tr(
                "Hatched marks are values the table hides (%1: fewer than %2 people; x: hidden so "
                "that totals do not reveal them). Bars show only the values the table shows."
            )
            .replace("%1", f"<{self.threshold}")
            .replace("%2", str(self.threshold))
        )

    def _note_height(self) -> int:
        text = self.note()
        if not text:
            return 0
        width = max(200, (self.width() if self.width() > 0 else 520) - 4)
        flags = int(Qt.TextFlag.TextWordWrap)
        return QFontMetrics(self.font()).boundingRect(0, 0, width, 1000, flags, text).height() + 6

    def _line(self) -> int:
        return QFontMetrics(self.font()).height()

    def sizeHint(self) -> QSize:
        line = self._line()
        n = max(1, len(self.spec.categories))
        if self.spec.kind == "pie":
            body = max(PIE, n * (line + 6))
        else:
            body = n * max(ROW, line + 4) + line + 8
            if self.spec.kind == "stacked_bar":
                body += line + 8
        return QSize(520, line + 12 + body + self._note_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(360, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(text_colour)
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        line = self._line()
        painter.drawText(QRectF(0, 0, self.width(), line + 4), Qt.AlignmentFlag.AlignLeft,
                         self.title())  # fmt: skip
        painter.setFont(self.font())
        top = line + 12
        self.drawn = []
        note = self.note()
        if note:
            height = self._note_height()
            painter.setPen(text_colour)
            painter.drawText(QRectF(0, self.height() - height, self.width() - 4, height),
                             int(Qt.TextFlag.TextWordWrap), note)  # fmt: skip
        if self.spec.is_empty and not self.spec.hidden:
            painter.drawText(QRectF(0, top, self.width(), line), Qt.AlignmentFlag.AlignLeft,
                             self.tr("Nothing to show for this filter."))  # fmt: skip
        elif self.spec.kind == "pie":
            self._pie(painter, top, text_colour)
        else:
            self._bars(painter, top, text_colour)
        painter.end()

    def _bars(self, painter: QPainter, top: int, text_colour: QColor) -> None:
        spec, metrics = self.spec, QFontMetrics(self.font())
        names = self.category_names()
        label_width = min(max(metrics.horizontalAdvance(n) for n in names) + 8,
                          int(self.width() * 0.4))  # fmt: skip
        row = max(ROW, metrics.height() + 4)
        right = self.width() - 60
        largest = max(spec.total(i) for i in range(len(names)))
        steps = ticks(largest)
        scale = max(1.0, right - label_width) / steps[-1]
        grid = QColor(text_colour)
        grid.setAlpha(50)
        bottom = top + row * len(names)
        for value in steps if largest > 0 else ():  # a light grid at round values
            x = label_width + value * scale
            painter.setPen(QPen(grid))
            painter.drawLine(int(x), top, int(x), bottom)
            painter.setPen(text_colour)
            painter.drawText(QRectF(x - 30, bottom + 2, 60, metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter, str(value))  # fmt: skip
        for i, name in enumerate(names):
            y = top + i * row
            elided = metrics.elidedText(name, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.setPen(text_colour)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(QRectF(0, y, label_width - 6, row), align, elided)
            x = float(label_width)
            for s, (_key, values) in enumerate(spec.series):
                width = values[i] * scale
                if width > 0:
                    painter.fillRect(QRectF(x, y + 3, width, row - 6), colour(s))
                    self.drawn.append((i, s, "value"))
                x += width
            marks = self.markers(i)
            text_x = x + 4
            if not marks and spec.total(i):
                painter.drawText(QRectF(text_x, y, 60, row), Qt.AlignmentFlag.AlignVCenter,
                                 str(spec.total(i)))  # fmt: skip
            for s, mark in marks:  # hidden: a hatched mark and its "<5" or "x", never a 0
                box = QRectF(text_x, y + 3, HATCH, row - 6)
                painter.setPen(QPen(colour(s), 1))
                painter.setBrush(QBrush(colour(s), Qt.BrushStyle.BDiagPattern))
                painter.drawRect(box)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                self.drawn.append((i, s, "hidden"))
                text_x += HATCH + 3
                painter.setPen(colour(s) if len(spec.series) > 1 else text_colour)
                painter.drawText(QRectF(text_x, y, 40, row), Qt.AlignmentFlag.AlignVCenter, mark)
                text_x += metrics.horizontalAdvance(mark) + 6
        if spec.kind == "stacked_bar":
            self._legend(painter, label_width, bottom + metrics.height() + 8, text_colour)

    def _legend(self, painter: QPainter, x: float, y: float, text_colour: QColor) -> None:
        metrics = QFontMetrics(self.font())
        for s, name in enumerate(self.series_names()):
            painter.fillRect(QRectF(x, y + 3, 10, 10), colour(s))
            painter.setPen(text_colour)
            painter.drawText(QRectF(x + 14, y, 400, metrics.height()), Qt.AlignmentFlag.AlignLeft,
                             name)  # fmt: skip
            x += 14 + metrics.horizontalAdvance(name) + 16

    def _pie(self, painter: QPainter, top: int, text_colour: QColor) -> None:
        _key, values = self.spec.series[0]
        total = sum(values)
        angle = 90 * 16  # start at twelve o'clock, clockwise, as the PDF's pie
        box = QRectF(4, top, PIE - 10, PIE - 10)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Base), 1))
        for i, value in enumerate(values):
            if value <= 0 or total <= 0:
                continue
            span = -round(360 * 16 * value / total)
            painter.setBrush(colour(i))
            painter.drawPie(box, angle, span)
            self.drawn.append((i, 0, "value"))
            angle += span
        metrics = QFontMetrics(self.font())
        y = float(top)
        for i, name in enumerate(self.category_names()):
            reason = self.spec.hidden.get((0, i))
            if reason is not None:
                number = hidden_marker(reason, self.threshold)
                self.drawn.append((i, 0, "hidden"))
            else:
                number = f"{values[i]} ({100 * values[i] / total:.0f} %)" if total else "0"
            painter.fillRect(QRectF(PIE + 10, y + 3, 10, 10), colour(i))
            painter.setPen(text_colour)
            painter.drawText(QRectF(PIE + 26, y, self.width() - PIE - 26, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft, f"{name}: {number}")  # fmt: skip
            y += metrics.height() + 6
