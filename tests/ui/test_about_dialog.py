from __future__ import annotations

from ajo_cases import __version__
from ajo_cases.ui.app.about_dialog import COMPONENTS, AboutDialog


def test_about_lists_version_and_bundled_licences(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.title.text()
    names = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert names == [name for name, _dist, _licence in COMPONENTS]
    licences = " ".join(dialog.table.item(row, 2).text() for row in range(dialog.table.rowCount()))
    assert "LGPL" in licences and "Bitstream Vera" in licences
    qt_row = names.index("Qt / PySide6")
    assert dialog.table.item(qt_row, 1).text()  # the installed version is shown
    assert "Bitstream" in dialog.font_licence.toPlainText()
