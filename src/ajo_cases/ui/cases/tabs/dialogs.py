"""A small form dialog for the actions of a case (add assistance, refer, admit, ...): labels
left, fields right, messages under fields, and an OK button named after the action."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.ui.kit.form_widgets import FieldGroup
from ajo_cases.ui.kit.widgets import MessageLabel


class FormDialog(QDialog):
    def __init__(self, title: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.group = FieldGroup()
        self.group.heading.hide()
        self.message = MessageLabel(MessageLabel.ERROR)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(action)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.check: Callable[[], bool] = lambda: True
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.group)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def say(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def add(self, key: str, label: str, field: QWidget, *, required: bool = False) -> QWidget:
        self.group.add(key, field, required=required)
        self.group.set_label(key, label)
        return field

    def error(self, key: str, text: str) -> None:
        self.group.set_error(key, text)

    def _accept(self) -> None:
        self.group.clear_errors()
        if self.check():
            self.accept()


def text_box(height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMaximumHeight(height)
    return box


def confirm(parent: QWidget, title: str, text: str, action: str) -> bool:
    """Ask before a destructive step; the button names exactly what will happen."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton)
    box.setParent(parent, box.windowFlags())
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is yes
