"""About AJO Cases: version, licence, and the licences of everything bundled with it."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ajo_cases import __version__
from ajo_cases.ui.kit.widgets import ICONS_DIR, icon

# (shown name, distribution name or "" when not a Python package, licence)
COMPONENTS = (
    ("Python", "", "PSF-2.0"),
    ("Qt / PySide6", "PySide6-Essentials", "LGPL-3.0-only"),
    ("SQLCipher (sqlcipher3)", "sqlcipher3", "BSD-3-Clause (SQLCipher), zlib (sqlcipher3)"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("Alembic", "alembic", "MIT"),
    ("cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause"),
    ("ReportLab", "reportlab", "BSD-3-Clause"),
    ("Pillow", "pillow", "MIT-CMU"),
    ("openpyxl", "openpyxl", "MIT"),
    ("platformdirs", "platformdirs", "MIT"),
    ("DejaVu fonts", "", "Bitstream Vera Fonts licence + public domain"),
)


def _version_of(distribution: str) -> str:
    if not distribution:
        return ""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowIcon(icon("app.svg"))
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(COMPONENTS), 3)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, (name, distribution, licence) in enumerate(COMPONENTS):
            for column, text in enumerate((name, _version_of(distribution), licence)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.font_licence = QPlainTextEdit()
        self.font_licence.setReadOnly(True)
        licence_file = ICONS_DIR.parent / "fonts" / "DejaVu-LICENSE.txt"
        if licence_file.exists():
            self.font_licence.setPlainText(licence_file.read_text(encoding="utf-8"))
        self.font_label = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.summary, self.table, self.font_label, self.font_licence):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About AJO Cases"))
        self.title.setText(self.tr("AJO Cases %1").replace("%1", __version__))
        self.summary.setText(
            self.tr(
                "Encrypted case management for the shelter and the migrant-support services "
                "of AJO, Sughd. Licence: GNU GPL version 3 or later. "
                "It includes the components below under their own licences."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        )
        self.font_label.setText(self.tr("Licence of the DejaVu fonts used in printed documents:"))
