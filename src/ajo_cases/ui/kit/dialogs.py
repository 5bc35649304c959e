"""Dialogs as every screen opens them: with open() and a callback, never a nested exec() loop.

A nested loop lets the page under a dialog be locked or closed while the loop still runs, and
code after exec() then meets deleted widgets. Here the dialog is window-modal, deletes itself
when closed, and calls back once when the person accepts it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.ui.kit.form_widgets import FieldGroup, FieldT
from ajo_cases.ui.kit.widgets import MessageLabel, open_dialog

__all__ = ["FormDialog", "ask", "confirm", "open_dialog", "tell", "text_box"]


class FormDialog(QDialog):
    """A small form for an action (add assistance, refer, admit, ...): labels left, fields
    right, messages under fields, and an OK button named after the action. `check` runs
    before the dialog accepts; it marks what to correct and returns False to stay open."""

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

    def add(self, key: str, label: str, field: FieldT, *, required: bool = False) -> FieldT:
        self.group.add(key, field, required=required)
        self.group.set_label(key, label)
        return field

    def error(self, key: str, text: str) -> None:
        self.group.set_error(key, text)

    def _accept(self) -> None:
        self.group.clear_errors()
        if self.check():
            self.accept()

    def run(self, on_accept: Callable[[], object]) -> None:
        """Open the dialog; `on_accept` reads its fields once the person accepted."""
        open_dialog(self, on_accept)


def text_box(height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMaximumHeight(height)
    return box


def ask(
    parent: QWidget,
    title: str,
    text: str,
    action: str | QMessageBox.StandardButton,
    on_yes: Callable[[], object],
    *,
    destructive: bool = False,
) -> QMessageBox:
    """A question with a button that names what happens and Cancel (the default); `on_yes`
    runs only when that button was pressed."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton)
    box.setParent(parent, box.windowFlags())
    if isinstance(action, str):
        role = (
            QMessageBox.ButtonRole.DestructiveRole
            if destructive
            else QMessageBox.ButtonRole.AcceptRole
        )
        yes = box.addButton(action, role)
    else:
        yes = box.addButton(action)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.buttonClicked.connect(lambda button: on_yes() if button is yes else None)
    open_dialog(box)
    return box


def confirm(
    parent: QWidget, title: str, text: str, action: str, on_yes: Callable[[], object]
) -> QMessageBox:
    """Before a destructive step: the button names exactly what will happen."""
    return ask(parent, title, text, action, on_yes, destructive=True)


def tell(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    warning: bool = False,
    selectable: bool = False,
) -> QMessageBox:
    """A message to read, with OK."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok)
    if parent is not None:
        box.setParent(parent, box.windowFlags())
    if selectable:
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    open_dialog(box)
    return box
