"""Unlocking builds and loads only the page on screen; the others come when shown."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ajo_cases.services.open_vault import OpenVault
from ajo_cases.ui.app.main_window import MainWindow
from ajo_cases.ui.app.pages import default_registry
from tests.ui.case_helpers import idle


def test_only_the_page_on_screen_is_built(admin_vault: OpenVault, qtbot: QtBot) -> None:
    window = MainWindow(admin_vault, default_registry())
    qtbot.addWidget(window)
    assert list(window.pages) == ["home"]
    assert window.stack.count() == len(window.specs)  # a place for every page
    window.show()
    window.show_page("referrals")
    assert set(window.pages) == {"home", "referrals"}
    assert window.stack.currentWidget() is window.pages["referrals"]
    audit = window.pages["audit"]  # asking for a page builds it, in its own place
    assert window.stack.indexOf(audit) == [spec.id for spec in window.specs].index("audit")
    assert window.current_page_id() == "referrals"
    idle(qtbot)
    window.destroy_pages()


def test_a_search_at_unlock_does_not_wait_for_home_counts(
    admin_vault: OpenVault, qtbot: QtBot
) -> None:
    window = MainWindow(admin_vault, default_registry())
    qtbot.addWidget(window)
    window.show()
    window.open_page("cases", {"query": "Зарина"})  # before Home was ever on screen
    cases = window.pages["cases"]
    qtbot.waitUntil(lambda: not cases.model.loading)
    idle(qtbot)
    home = window.pages["home"]
    assert home.summary is None  # nothing was counted for a page nobody saw
    window.show_page("home")
    qtbot.waitUntil(lambda: home.summary is not None)
    idle(qtbot)
    window.destroy_pages()
