"""Fits the screen: every window and dialog fits 1280×680 (a 1366×768 laptop or a 1920×1080
screen at 150 %, minus a taskbar) in Tajik and Russian, "Saved." does not resize the case
window, filter texts, combo boxes, column headers and status chips are not cut at the default
size, and opening a page never widens the main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QWidget,
)

from ajo_cases.services.access.profiles import Profile
from ajo_cases.ui.admin.export_dialog import ExportDialog
from ajo_cases.ui.admin.import_wizard import ImportWizard
from ajo_cases.ui.admin.user_dialogs import AddUserDialog, EditUserDialog
from ajo_cases.ui.app import i18n
from ajo_cases.ui.app.about_dialog import AboutDialog
from ajo_cases.ui.app.settings import Settings
from ajo_cases.ui.app.settings_dialog import SettingsDialog
from ajo_cases.ui.cases.case_window import CaseWindow
from ajo_cases.ui.cases.person_dialog import PersonDialog
from ajo_cases.ui.kit.status_delegate import _PAD_X, StatusDelegate
from ajo_cases.ui.kit.widgets import SCREEN_BUDGET
from ajo_cases.ui.printing.print_dialog import PrintDialog
from tests.ui.case_helpers import add_case, idle
from tests.ui.worklist_helpers import overdue_task, sent_referral, submitted_grant

MEASURED: dict[str, tuple[int, int]] = {}


def fits(name: str, window: QWidget) -> None:
    window.show()
    QApplication.processEvents()
    size, least = window.size(), window.minimumSizeHint()
    MEASURED[name] = (size.width(), size.height())
    assert size.width() <= SCREEN_BUDGET.width() and size.height() <= SCREEN_BUDGET.height(), (
        name, size,
    )  # fmt: skip
    assert least.height() <= SCREEN_BUDGET.height() and least.width() <= SCREEN_BUDGET.width(), (
        name, least,
    )  # fmt: skip


def clipped_texts(root: QWidget) -> list[str]:
    """Visible one-line labels and buttons whose text is wider than the widget shows."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            if widget.textFormat() == Qt.TextFormat.RichText or "<" in widget.text():
                continue
            need = widget.fontMetrics().horizontalAdvance(widget.text())
            if need > widget.contentsRect().width() + 1:
                found.append(f"label {widget.text()!r} {need}>{widget.width()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            want = widget.sizeHint().width()
            if want > widget.width() + 1:
                found.append(f"button {widget.text()!r} {want}>{widget.width()}")
        elif isinstance(widget, QComboBox) and not widget.isEditable() and widget.currentText():
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                widget,
            )
            need = widget.fontMetrics().horizontalAdvance(widget.currentText())
            if need > field.width() + 1:
                found.append(f"combo {widget.currentText()!r} {need}>{field.width()}")
    for table in root.findChildren(QTableView):
        if not table.isVisibleTo(root) or table.model() is None:
            continue
        header = table.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(table.model().columnCount()):
            if table.isColumnHidden(column) or column == table.model().columnCount() - 1:
                continue
            title = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
            lines = title.split("\n")
            margin = 16 if table.isSortingEnabled() else 6  # the sort arrow, the margins
            need = max(metrics.horizontalAdvance(line) for line in lines) + margin
            if need > header.sectionSize(column):
                found.append(f"header {title!r} {need}>{header.sectionSize(column)}")
            if isinstance(table.itemDelegateForColumn(column), StatusDelegate):
                found += _cut_chips(table, column)
    return found


def _cut_chips(table: QTableView, column: int) -> list[str]:
    """Status chips wider than their column (the delegate would elide them)."""
    model, metrics = table.model(), table.fontMetrics()
    cut = []
    for row in range(model.rowCount()):
        text = str(model.index(row, column).data() or "")
        need = metrics.horizontalAdvance(text) + 2 * _PAD_X + 2 + 6
        if need > table.columnWidth(column):
            cut.append(f"chip {text!r} {need}>{table.columnWidth(column)}")
    return cut


@pytest.fixture
def filled(unlocked):
    vault = unlocked.vault
    case_id = add_case(vault)
    overdue_task(vault, case_id)
    sent_referral(vault, case_id)
    submitted_grant(vault, case_id)
    return case_id


@pytest.mark.parametrize("language", ["tg", "ru"])
def test_every_window_fits_and_texts_are_not_cut(unlocked, filled, qtbot, language, tmp_path):
    i18n.set_language(language)
    window = unlocked.main_window
    context = window.context
    cut: list[str] = []
    window.show()
    idle(qtbot)
    first_size = window.size()
    for spec in window.specs:  # every page, not only those built so far
        assert window.show_page(spec.id)
        idle(qtbot)
        fits(f"main window: {spec.id}", window)
        assert window.size() == first_size, spec.id  # opening a page never widens the window
        cut += [f"{spec.id}: {text}" for text in clipped_texts(window.pages[spec.id])]

    case = CaseWindow(context, filled)
    qtbot.addWidget(case)
    qtbot.waitUntil(lambda: case.detail is not None, timeout=10_000)
    fits("case window", case)
    before = case.size()
    profile = case.tab_pages["profile"]
    profile.fields.texts["phone"].setText("+992 900 00 00 00")
    profile.fields.texts["phone"].textEdited.emit("x")
    case.save()
    qtbot.waitUntil(lambda: case.message.isVisible(), timeout=10_000)
    QApplication.processEvents()
    assert case.size() == before  # "Saved." never resizes the window
    for key, tab in case.tab_pages.items():
        case.tabs.setCurrentWidget(tab)
        QApplication.processEvents()
        fits(f"case window: {key}", case)

    dialogs: list[tuple[str, QWidget]] = [
        ("person dialog", PersonDialog(context, parent=window)),
        ("print dialog", PrintDialog(context, filled, window)),
        ("add account", AddUserDialog(set(), window)),
        ("account details", EditUserDialog(Profile("admin"), window)),
        ("about", AboutDialog(window)),
        ("settings", SettingsDialog(Settings(tmp_path / "s.ini"), window)),
        ("import wizard", ImportWizard(context, window)),
        ("export", ExportDialog(context, window)),
    ]
    for name, dialog in dialogs:
        fits(name, dialog)
        dialog.close()
    idle(qtbot)
    print("\n".join(f"{language} {name}: {w}×{h}" for name, (w, h) in MEASURED.items()))
    print("\n".join(cut))
    assert cut == []


@pytest.mark.parametrize("lang", ["tg", "ru"])
def test_first_run_keeps_the_password_hint_whole_when_problems_show(lang, qtbot, tmp_path):
    from ajo_cases.ui.app.first_run import CreateVaultWindow

    i18n.set_language(lang)
    window = CreateVaultWindow(tmp_path / "empty")
    qtbot.addWidget(window)
    window.show()
    window.name.setText("Zarina")
    window.passwords.password.setText("Zarina")  # too short and the account's name: two lines
    QApplication.processEvents()
    hint = window.passwords.hint
    assert window.passwords.problems_label.isVisible()
    assert hint.height() >= hint.heightForWidth(hint.width())  # not squeezed to a cut line
    assert window.height() <= SCREEN_BUDGET.height()
