"""A status as a small coloured label with its word inside (never colour alone)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ajo_cases.ui.kit.record_model import CODE_ROLE

# (light background, dark background) per status code; text is drawn in the palette's text
# colour on a tint, so it stays legible in light and dark themes.
STATUS_TINTS: dict[str, tuple[str, str]] = {
    "open": ("#dbe9ff", "#23395d"),
    "active": ("#d6f5dd", "#1f4a2a"),
    "follow_up": ("#fff0c2", "#5a4a12"),
    "closed": ("#e6e6e6", "#3a3a3a"),
    "draft": ("#e6e6e6", "#3a3a3a"),
    "sent": ("#dbe9ff", "#23395d"),
    "accepted": ("#d6f5dd", "#1f4a2a"),
    "declined": ("#ffd9d6", "#5c2420"),
    "completed": ("#e6e6e6", "#3a3a3a"),
    "withdrawn": ("#e6e6e6", "#3a3a3a"),
    # grants
    "plan": ("#e6e6e6", "#3a3a3a"),
    "submitted": ("#fff0c2", "#5a4a12"),
    "approved": ("#d6f5dd", "#1f4a2a"),
    "rejected": ("#ffd9d6", "#5c2420"),
    "purchased": ("#dbe9ff", "#23395d"),
    "handed_over": ("#dbe9ff", "#23395d"),
    "monitoring": ("#fff0c2", "#5a4a12"),
}
_PAD_X, _PAD_Y = 8, 3


def tint(code: str, dark: bool) -> QColor:
    light_colour, dark_colour = STATUS_TINTS.get(code, ("#e6e6e6", "#3a3a3a"))
    return QColor(dark_colour if dark else light_colour)


class StatusDelegate(QStyledItemDelegate):
    def __init__(self, code_role: int = CODE_ROLE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.code_role = code_role

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        code = index.data(self.code_role) or ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)
        if not text:
            return
        palette: QPalette = option.palette
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        metrics = QFontMetrics(plain.font)
        rect: QRect = option.rect
        width = min(metrics.horizontalAdvance(text) + 2 * _PAD_X + 2, rect.width() - 6)
        height = min(metrics.height() + 2 * _PAD_Y, rect.height() - 2)
        pill = QRect(rect.left() + 4, rect.top() + (rect.height() - height) // 2, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(plain.font)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tint(code, dark))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, pill.width() - 2 * _PAD_X)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, shown)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 2 * _PAD_X + 8, hint.height())
