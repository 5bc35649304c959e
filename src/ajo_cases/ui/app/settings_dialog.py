"""Settings of this computer: the idle lock and the interface language (never personal data).

Opened from the top bar or the Administration page. The idle lock is at most 15 minutes;
a new value applies to the running session at once.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.ui.app import i18n
from ajo_cases.ui.app.settings import IDLE_LOCK_MINUTES, LANGUAGE, MAX_IDLE_LOCK_MINUTES, Settings


class SettingsDialog(QDialog):
    idle_minutes_changed = Signal(int)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.idle = QSpinBox()
        self.idle.setRange(1, MAX_IDLE_LOCK_MINUTES)
        self.idle.setValue(settings.get(IDLE_LOCK_MINUTES))
        self.language = QComboBox()
        for code, native_name in i18n.LANGUAGES:
            self.language.addItem(native_name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.idle_label, self.language_label = QLabel(), QLabel()
        self.idle_label.setBuddy(self.idle)
        self.language_label.setBuddy(self.language)
        self.idle_note, self.privacy_note = QLabel(), QLabel()
        for note in (self.idle_note, self.privacy_note):
            note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.idle_label, self.idle)
        form.addRow("", self.idle_note)
        form.addRow(self.language_label, self.language)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.privacy_note)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(460, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.idle_label.setText(IDLE_LOCK_MINUTES.label() + ":")
        self.idle.setSuffix(self.tr(" min"))
        self.idle_note.setText(
            self.tr(
                "From 1 to %1 minutes; 5 is recommended. The new time applies at once."
            ).replace("%1", str(MAX_IDLE_LOCK_MINUTES))
        )
        self.language_label.setText(LANGUAGE.label() + ":")
        self.privacy_note.setText(
            self.tr("These settings are kept on this computer for everyone who uses it. They "
                    "hold no personal data.")
        )  # fmt: skip

    def accept(self) -> None:
        minutes = self.idle.value()
        changed = minutes != self.settings.get(IDLE_LOCK_MINUTES)
        self.settings.set(IDLE_LOCK_MINUTES, minutes)
        language = str(self.language.currentData())
        self.settings.set(LANGUAGE, language)
        super().accept()
        if changed:
            self.idle_minutes_changed.emit(minutes)
        if language != i18n.current_language():
            i18n.set_language(language)
