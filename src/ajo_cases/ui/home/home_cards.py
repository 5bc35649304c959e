"""The Home page's number cards: a title, a number, a line of detail, and the list behind it.

A card whose list the role may not open still shows its number; it is simply not a button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ajo_cases.ui.kit.widgets import MessageLabel, is_dark


class StatCard(QFrame):
    activated = Signal(str)  # the card id

    def __init__(self, card_id: str) -> None:
        super().__init__()
        self.card_id = card_id
        self.setObjectName(f"HomeCard-{card_id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(220)
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.value = QLabel("…")
        big = self.value.font()
        big.setPointSizeF(big.pointSizeF() * 2.0)
        big.setBold(True)
        self.value.setFont(big)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.warning = MessageLabel(MessageLabel.WARNING)
        self.open_button = QPushButton()
        self.open_button.setObjectName("HomeCardOpen")
        self.open_button.clicked.connect(self.activate)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addWidget(self.warning)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.set_clickable(False)

    @property
    def clickable(self) -> bool:
        return self.open_button.isVisibleTo(self)

    def set_clickable(self, clickable: bool) -> None:
        self.open_button.setVisible(clickable)
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        )
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_value(self, value: str, detail: str = "", warning: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.warning.show_message(warning)
        if warning:
            colour = "#ffb74d" if is_dark(self) else "#8a5a00"
            self.value.setStyleSheet(f"color: {colour};")
        else:
            self.value.setStyleSheet("")

    def activate(self) -> None:
        if self.clickable:
            self.activated.emit(self.card_id)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activate()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activate()
            return
        super().keyPressEvent(event)
