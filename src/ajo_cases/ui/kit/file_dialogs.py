"""Choosing a file or a folder, opened with open() like every other dialog (kit.dialogs).

On Windows these are the system's own dialogs; `on_chosen` runs once with the path chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ajo_cases.ui.kit.widgets import open_dialog


def _dialog(parent: QWidget, title: str, folder: str, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, folder, filters)
    dialog.setObjectName("FileDialog")
    return dialog


def choose_file_to_open(
    parent: QWidget,
    title: str,
    on_chosen: Callable[[Path], object],
    *,
    folder: str = "",
    filters: str = "",
) -> QFileDialog:
    dialog = _dialog(parent, title, folder, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(lambda name: on_chosen(Path(name)))
    open_dialog(dialog)
    return dialog


def choose_file_to_save(
    parent: QWidget,
    title: str,
    on_chosen: Callable[[Path], object],
    *,
    suggested: str = "",
    filters: str = "",
    suffix: str = "",
) -> QFileDialog:
    """`suffix` (without the dot) is added when the person typed a name without one."""
    dialog = _dialog(parent, title, "", filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if suffix:
        dialog.setDefaultSuffix(suffix)
    if suggested:
        dialog.selectFile(suggested)
    dialog.fileSelected.connect(lambda name: on_chosen(Path(name)))
    open_dialog(dialog)
    return dialog


def choose_folder(parent: QWidget, title: str, on_chosen: Callable[[Path], object]) -> QFileDialog:
    dialog = _dialog(parent, title, "", "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.fileSelected.connect(lambda name: on_chosen(Path(name)))
    open_dialog(dialog)
    return dialog
