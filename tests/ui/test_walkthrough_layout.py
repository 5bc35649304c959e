"""What a new user's walk-through found in the layout: Home's cards scroll rather than being cut
in a narrow window, the Activities topic keeps a readable width in Tajik, and a chosen entry of
a vocabulary (the long marital statuses) is never cut in any language."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
)

from ajo_cases.domain.records_casework import ActivityForm
from ajo_cases.services.casework import activities
from ajo_cases.ui.app import i18n
from ajo_cases.ui.kit.form_widgets import VocabCombo
from tests.ui.case_helpers import idle


def shown_width(combo: QComboBox) -> int:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width()


def test_home_cards_scroll_sideways_in_the_narrowest_window(unlocked, qtbot):
    i18n.set_language("tg")
    window = unlocked.main_window
    window.show()
    window.show_page("home")
    idle(qtbot)
    window.resize(window.minimumSizeHint())
    idle(qtbot)
    home = window.pages["home"]
    content = home.cards_scroll.widget()
    needed = content.minimumSizeHint().width()
    seen = home.cards_scroll.viewport().width() + home.cards_scroll.horizontalScrollBar().maximum()
    assert seen >= needed  # what does not fit can be scrolled to, nothing is cut off


def test_activities_topic_keeps_its_width_in_tajik(unlocked, qtbot):
    day = dt.date(2026, 3, 5)
    activities.add_activity(unlocked.vault, ActivityForm("training", day, "khujand", "Budgets"))
    i18n.set_language("tg")
    window = unlocked.main_window
    window.show()
    window.show_page("activities")
    page = window.pages["activities"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    idle(qtbot)
    table = page.table
    assert table.columnWidth(3) >= 180
    before = table.viewport().width()
    window.resize(window.width() + 300, window.height())
    qtbot.waitUntil(lambda: table.viewport().width() > before + 200)
    widths = [table.columnWidth(column) for column in range(table.model().columnCount())]
    assert widths[3] > 180  # and takes what the other columns leave
    assert sum(widths) == table.viewport().width()


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
@pytest.mark.parametrize("vocab", ["marital_status", "education", "category"])
def test_a_chosen_vocabulary_entry_is_not_cut(qtbot, language, vocab):
    i18n.set_language(language)
    combo = VocabCombo(vocab, optional=True)
    qtbot.addWidget(combo)
    combo.resize(combo.sizeHint())
    combo.show()
    QApplication.processEvents()
    cut = []
    for index in range(combo.count()):
        combo.setCurrentIndex(index)
        need = combo.fontMetrics().horizontalAdvance(combo.currentText())
        if need > shown_width(combo) + 1:
            cut.append(combo.currentText())
    assert cut == []
