"""First run, before anything exists in the data folder: a vault on this PC, or the office
server's vault through the connection file (.ajoconnect) an administrator wrote."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.ui.kit.file_dialogs import choose_file_to_open
from ajo_cases.ui.kit.widgets import LanguageCombo, MessageLabel, grow_to_fit, heading, icon
from ajo_cases.ui.runtime.failures import failure_text
from ajo_cases.ui.runtime.operations import QueryOp

CONNECTION_SUFFIX = ".ajoconnect"


class StartChoiceWindow(QWidget):
    create_chosen = Signal()
    connected = Signal()  # the folder is now a profile of the office server's vault
    close_requested = Signal()

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.file_dialog: QFileDialog | None = None
        self.setWindowIcon(icon("app.svg"))
        self.heading = heading(1.4)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.language = LanguageCombo()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.language, 0, Qt.AlignmentFlag.AlignTop)
        self.create_button = QCommandLinkButton()
        self.create_button.setObjectName("CreateHere")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_chosen)
        self.connect_button = QCommandLinkButton()
        self.connect_button.setObjectName("ConnectToServer")
        self.connect_button.clicked.connect(self.choose_connection_file)
        self.error = MessageLabel(MessageLabel.ERROR)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addWidget(self.create_button)
        layout.addWidget(self.connect_button)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        self.setMinimumWidth(560)
        self.retranslate()
        # room for a message below the choices: it never squeezes their descriptions
        self.resize(self.width(), self.height() + 4 * self.fontMetrics().lineSpacing())
        self.create_button.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("AJO Cases — first start"))
        self.heading.setText(self.tr("Welcome to AJO Cases"))
        self.intro.setText(
            self.tr("There is no vault in %1 yet. Where should this PC keep its records?").replace(
                "%1", str(self.data_dir)
            )
        )
        self.create_button.setText(self.tr("&Create a vault on this PC"))
        self.create_button.setDescription(
            self.tr(
                "For one computer, working offline. You become its administrator and add the "
                "other accounts afterwards."
            )
        )
        self.connect_button.setText(self.tr("C&onnect to the office server"))
        self.connect_button.setDescription(
            self.tr(
                "Several staff on one vault. Choose the connection file (.ajoconnect) your "
                "administrator gave you, then sign in with your account."
            )
        )
        grow_to_fit(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choose_connection_file(self) -> None:
        self.file_dialog = choose_file_to_open(
            self,
            self.tr("Connection file from the administrator"),
            self.connect_with,
            filters=self.tr("AJO Cases connection files (*%1)").replace("%1", CONNECTION_SUFFIX),
        )

    def connect_with(self, connection_file: Path) -> None:
        """The server must answer and hold the vault the file names before the folder
        becomes its profile (on the worker: it may take the connection timeout)."""
        folder = self.data_dir
        self.error.hide()
        self._set_busy(True)
        QueryOp(self, lambda: _connect(folder, connection_file)).success(self._connected).failure(
            self._failed
        ).run()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.create_button.setEnabled(not busy)
        self.connect_button.setEnabled(not busy)

    def _connected(self, _result: object) -> None:
        self._set_busy(False)
        self.connected.emit()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.error.show_message(failure_text(exc).sentence)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible() and not self.busy.isVisible():
            self.close_requested.emit()
        super().closeEvent(event)


def _connect(folder: Path, connection_file: Path) -> None:
    from ajo_cases.services.access import server_vault

    server_vault.connect(folder, connection_file)
