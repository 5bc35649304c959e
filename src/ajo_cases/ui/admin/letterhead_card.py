"""Administration: the organisation letterhead printed at the top of every document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from ajo_cases.reports.model import Letterhead
from ajo_cases.services import letterhead as letterhead_service
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.kit.file_dialogs import choose_file_to_open
from ajo_cases.ui.kit.widgets import CardFrame, MessageLabel, heading
from ajo_cases.ui.runtime.failures import failure_text
from ajo_cases.ui.runtime.operations import ChangeOp, QueryOp

LOGO_PREVIEW = 48


class LetterheadCard(CardFrame):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.logo_png: bytes | None = None
        layout = self.body
        self.heading = heading()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.name, self.address, self.contact = QLineEdit(), QLineEdit(), QLineEdit()
        self.name.setMaxLength(120)
        self.address.setMaxLength(200)
        self.contact.setMaxLength(120)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(LOGO_PREVIEW, LOGO_PREVIEW)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)  # an empty box when no logo
        self.logo_button, self.clear_logo_button = QPushButton(), QPushButton()
        self.logo_button.clicked.connect(self.choose_logo)
        self.clear_logo_button.clicked.connect(lambda: self._set_logo(None))
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.message = MessageLabel(MessageLabel.NOTE)

        form = QFormLayout()
        self.name_label, self.address_label = QLabel(), QLabel()
        self.contact_label, self.logo_label = QLabel(), QLabel()
        form.addRow(self.name_label, self.name)
        form.addRow(self.address_label, self.address)
        form.addRow(self.contact_label, self.contact)
        logo_row = QHBoxLayout()
        for widget in (self.logo_preview, self.logo_button, self.clear_logo_button):
            logo_row.addWidget(widget)
        logo_row.addStretch(1)
        form.addRow(self.logo_label, logo_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.message)
        buttons.addStretch(1)
        for item in (self.heading, self.hint):
            layout.addWidget(item)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.retranslate()
        vault = context.vault
        QueryOp(self, lambda: letterhead_service.get_letterhead(vault)).success(self._loaded).run()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Organisation letterhead"))
        self.hint.setText(
            self.tr(
                "Printed at the top of case summaries, referral forms and handover certificates."
            )
        )
        self.name_label.setText(self.tr("Organisation name:"))
        self.address_label.setText(self.tr("Address:"))
        self.contact_label.setText(self.tr("Phone or e-mail:"))
        self.logo_label.setText(self.tr("Logo (PNG):"))
        self.logo_button.setText(self.tr("Choose…"))
        self.clear_logo_button.setText(self.tr("Remove"))
        self.save_button.setText(self.tr("Save letterhead"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _loaded(self, value: Letterhead) -> None:
        self.name.setText(value.name)
        self.address.setText(value.address)
        self.contact.setText(value.contact)
        self._set_logo(value.logo_png)

    def _set_logo(self, data: bytes | None) -> None:
        self.logo_png = data or None
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data, "PNG"):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    LOGO_PREVIEW,
                    LOGO_PREVIEW,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.clear()
        self.clear_logo_button.setEnabled(self.logo_png is not None)

    def choose_logo(self) -> None:
        choose_file_to_open(
            self, self.tr("Choose the logo"), self.use_logo, filters=self.tr("PNG images (*.png)")
        )

    def use_logo(self, path: Path) -> None:
        data = path.read_bytes()
        try:
            letterhead_service.check_logo(data)
        except Exception as exc:
            self.message.show_message(failure_text(exc).sentence)
            return
        self._set_logo(data)

    def save(self) -> None:
        value = Letterhead(
            name=self.name.text(),
            address=self.address.text(),
            contact=self.contact.text(),
            logo_png=self.logo_png,
        )
        self.save_button.setEnabled(False)

        def saved(_changes: object) -> None:
            self.save_button.setEnabled(True)
            self.message.show_message(self.tr("Saved."))

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.message.show_message(failure_text(exc).sentence)

        vault = self.context.vault
        ChangeOp(
            self, self.context.changes, lambda: letterhead_service.set_letterhead(vault, value)
        ).success(saved).failure(failed).run()
