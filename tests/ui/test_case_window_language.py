"""The case window in Tajik and Russian: every tab translated, nothing clipped, no data lost."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget

from ajo_cases.ui.app import i18n
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases.case_window import CaseWindow
from tests.ui.case_helpers import add_case, idle, person_form
from tests.ui.test_translations import _clipped, _texts, _unchanged


def _only_data(text: str, data: set[str]) -> bool:
    """Names and codes stay as entered in every language."""
    words = set(re.findall(r"[\w-]+", text))
    return bool(words) and words <= {w for item in data for w in re.findall(r"[\w-]+", item)}


@pytest.mark.parametrize("lang", ["tg", "ru"])
def test_case_window_tabs_are_translated(lang, admin_vault, qtbot):
    form = person_form()
    case_id = add_case(admin_vault, form)
    window = CaseWindow(PageContext(admin_vault), case_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.detail is not None, timeout=10_000)
    tabs = window.findChild(QTabWidget)
    assert tabs is not None and tabs.count() >= 10
    detail = window.detail
    data = {
        detail.case.code,
        "admin",
        *(value for value in (form.given_name, form.family_name, form.latin_name) if value),
        *(str(part) for part in (detail.person.display_name or "").split()),
    }
    english = {}
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        english[index] = (_texts(window), tabs.tabText(index))
    i18n.set_language(lang)
    QApplication.processEvents()
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        texts, tab_title = english[index]
        assert tabs.tabText(index) != tab_title, tab_title
        left = [t for t in _unchanged(texts, _texts(window), data) if not _only_data(t, data)]
        assert not left, (tab_title, left)
        assert not _clipped(window), tab_title
    idle(qtbot)


@pytest.mark.parametrize("lang", ["tg", "ru", "en"])
def test_unsaved_changes_prompt_has_three_different_verbs(lang, admin_vault, qtbot):
    """Keep editing, close without saving and save must not read alike (Tajik once put
    "Бекор кардани тағйирот" beside "Бекор кардан"); Save is the default for Enter."""
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.case_helpers import modal

    i18n.set_language(lang)
    try:
        window = CaseWindow(PageContext(admin_vault), add_case(admin_vault))
        window.show()
        qtbot.waitUntil(lambda: window.detail is not None, timeout=10_000)
        phone = window.tab_pages["profile"].fields.texts["phone"]
        phone.setText("+992 11 222 33 44")
        phone.textEdited.emit(phone.text())
        window.close()
        question = modal(QMessageBox)
        texts = [button.text() for button in question.buttons()]
        assert len(texts) == 3
        first_words = {text.split()[0].lower() for text in texts}
        assert len(first_words) == 3, texts  # no two buttons start with the same verb
        default = question.defaultButton()
        assert default is not None
        assert question.buttonRole(default) == QMessageBox.ButtonRole.AcceptRole
        question.escapeButton().click()
        assert window.isVisible() and window.dirty()
        window.tab_pages["profile"].restore_draft(None)
        window.close()
        idle(qtbot)
    finally:
        i18n.set_language("en")
