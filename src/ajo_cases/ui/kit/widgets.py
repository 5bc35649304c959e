"""Small widgets shared by several windows: icons, the language box, message lines, cards and
headings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QComboBox, QDialog, QFrame, QLabel, QVBoxLayout, QWidget

from ajo_cases.ui.app import i18n

ICONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"


def icon(name: str) -> QIcon:
    return QIcon(str(ICONS_DIR / name))


# What every window and dialog fits: a 1366×768 laptop at 100 % or a 1920×1080 screen at
# 150 % (1280×720 logical), minus a taskbar. Content taller than this scrolls.
SCREEN_BUDGET = QSize(1280, 680)


def fitted(width: int, height: int) -> QSize:
    """A window's first size, never beyond SCREEN_BUDGET."""
    return QSize(min(width, SCREEN_BUDGET.width()), min(height, SCREEN_BUDGET.height()))


def grow_to_fit(window: QWidget) -> None:
    """After a language switch a top-level window grows if its texts need more room (within
    SCREEN_BUDGET); it never shrinks under the person's hands. Messages never call this: a
    note such as "Saved." must not resize the window."""
    layout = window.layout()
    if layout is None or not window.isWindow():
        return
    layout.activate()
    hint = window.sizeHint()
    width = max(hint.width(), window.width())
    height = hint.height()
    if layout.hasHeightForWidth():  # wrapped labels: the height they need at this width
        height = layout.totalHeightForWidth(width)
    width = min(width, max(SCREEN_BUDGET.width(), window.width()))
    height = min(height, max(SCREEN_BUDGET.height(), window.height()))
    if width > window.width() or height > window.height():
        window.resize(width, max(height, window.height()))


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


class LanguageCombo(QComboBox):
    """Тоҷикӣ / Русский / English; switching installs the translators at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code, native_name in i18n.LANGUAGES:
            self.addItem(native_name, code)
        self._sync()
        self.activated.connect(self._chosen)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._retranslate()

    def _chosen(self, index: int) -> None:
        i18n.set_language(self.itemData(index))

    def _sync(self) -> None:
        index = self.findData(i18n.current_language())
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)

    def _retranslate(self) -> None:
        self.setToolTip(self.tr("Language"))
        self.setAccessibleName(self.tr("Language"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._sync()
            self._retranslate()
        super().changeEvent(event)


class MessageLabel(QLabel):
    """A word-wrapped line for errors, notes or warnings; hidden while empty."""

    ERROR, NOTE, WARNING = "error", "note", "warning"

    def __init__(self, kind: str = ERROR, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()
        self._style()

    def _style(self) -> None:
        dark = is_dark(self)
        if self.kind == self.ERROR:
            colour = "#ff8a80" if dark else "#b3261e"
            self.setStyleSheet(f"color: {colour};")
        elif self.kind == self.WARNING:
            background, border = ("#4a3b00", "#8a6d00") if dark else ("#fff4ce", "#e0b000")
            self.setStyleSheet(
                f"background: {background}; border: 1px solid {border};"
                " border-radius: 4px; padding: 6px 8px;"
            )
        else:
            self.setStyleSheet("")

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")


def card() -> tuple[QFrame, QVBoxLayout]:
    """A framed panel (Home, Administration): the frame and the layout to fill."""
    frame = QFrame()
    frame.setObjectName("Card")
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 14, 16, 14)
    layout.setSpacing(8)
    return frame, layout


class CardFrame(QFrame):
    """A card as a widget of its own (Administration's sections): fill `body`."""

    def __init__(self) -> None:
        super().__init__()
        frame, self.body = card()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)


def heading(scale: float = 1.25) -> QLabel:
    """A bold label, `scale` times the normal font size."""
    label = QLabel()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


# A dialog without a parent belongs to Python: without a reference it would be deleted at
# once. These are kept until they close.
_PARENTLESS: set[QDialog] = set()


def open_dialog(dialog: QDialog, on_accept: Callable[[], object] | None = None) -> None:
    """Show `dialog` window-modal without a nested event loop (kit/dialogs.py says why); it
    is deleted once closed, after `on_accept` ran."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_accept is not None:
        dialog.accepted.connect(on_accept)
    if dialog.parent() is None:
        _PARENTLESS.add(dialog)
        dialog.finished.connect(lambda _result: _PARENTLESS.discard(dialog))
    dialog.open()
