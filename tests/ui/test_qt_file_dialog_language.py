"""Qt's own file dialog speaks the interface language: Russian from Qt's translations, Tajik
from ours (Qt ships none)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QToolButton

from ajo_cases.ui.app import i18n


@pytest.mark.parametrize(
    ("lang", "look_in", "file_name"),
    [("tg", "&Ҷустан дар:", "&Номи файл:"), ("ru", "&Папка:", "&Имя файла:")],
)
def test_file_dialog_labels_are_translated(lang, look_in, file_name, qtbot):
    i18n.set_language(lang)
    try:
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        texts = {label.text() for label in dialog.findChildren(QLabel)}
        assert look_in in texts and file_name in texts
        tips = {button.toolTip() for button in dialog.findChildren(QToolButton)}
        assert not tips & {"Back", "Forward", "Parent Directory", "Create New Folder"}
    finally:
        i18n.set_language("en")
