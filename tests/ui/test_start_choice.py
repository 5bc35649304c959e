"""First run offers two ways: a vault on this PC, or the office server through a connection
file; both reachable from the keyboard, both translated."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import text

from ajo_cases.errors import InvalidInput
from ajo_cases.services.access import server_vault
from ajo_cases.ui.app import i18n
from ajo_cases.ui.runtime.failures import failure_text
from ajo_cases.vault import server_profile
from ajo_cases.vault.layout import SERVER_PROFILE_FILE
from tests.pg_cluster import OWNER
from tests.ui.case_helpers import modal
from tests.ui.conftest import unlock
from tests.ui.test_translations import _clipped, _texts, _unchanged


def test_create_a_vault_on_this_pc_from_the_keyboard(make_session, tmp_path, qtbot) -> None:
    session = make_session(tmp_path / "new")
    start = session.start_window
    assert start is not None and start.isVisible() and session.create_window is None
    qtbot.waitUntil(lambda: start.create_button.hasFocus() or start.isActiveWindow())
    qtbot.keyClick(start.create_button, Qt.Key.Key_Space)  # the first choice has the focus
    qtbot.waitUntil(lambda: session.create_window is not None, timeout=5_000)
    assert session.create_window.isVisible() and session.start_window is None


def test_the_choices_have_keyboard_accelerators(make_session, tmp_path) -> None:
    start = make_session(tmp_path / "new").start_window
    assert start.create_button.text().count("&") == 1
    assert start.connect_button.text().count("&") == 1
    keys = {
        button.text()[button.text().index("&") + 1].lower()
        for button in (start.create_button, start.connect_button)
    }
    assert len(keys) == 2  # two different Alt keys


@pytest.mark.parametrize("backend", ["server"])
def test_connect_to_the_office_server_then_sign_in(make_session, vault_dir, tmp_path, qtbot):
    connection = tmp_path / "office.ajoconnect"
    connection.write_bytes((vault_dir / SERVER_PROFILE_FILE).read_bytes())
    folder = tmp_path / "this-pc"
    session = make_session(folder)
    start = session.start_window
    start.connect_button.click()
    chooser = modal(QFileDialog)
    assert "ajoconnect" in chooser.nameFilters()[0]
    chooser.fileSelected.emit(str(connection))  # as choosing the file does
    chooser.reject()
    qtbot.waitUntil(lambda: session.unlock_window.isVisible(), timeout=15_000)
    assert (folder / SERVER_PROFILE_FILE).exists() and session.start_window is None
    unlock(qtbot, session)
    assert session.vault.on_server and session.main_window.isVisible()
    with session.vault.engine.connect() as conn:  # signed in as the account's own login
        login = conn.execute(text("SELECT current_user")).scalar_one()
    answer = server_vault.prelogin(server_profile.load(folder), session.vault.user)
    assert login == answer.login and "_u_" in login and login != OWNER


def test_a_file_that_is_not_a_connection_file_is_said_and_nothing_is_made(
    make_session, tmp_path, qtbot
) -> None:
    junk = tmp_path / "holiday.ajoconnect"
    junk.write_text("not a connection file", "utf-8")
    folder = tmp_path / "this-pc"
    session = make_session(folder)
    start = session.start_window
    i18n.set_language("ru")
    try:
        start.connect_with(junk)
        qtbot.waitUntil(lambda: start.error.isVisible(), timeout=10_000)
        expected = InvalidInput("x", field="connection_file")
        assert start.error.text() == failure_text(expected).sentence
        assert "соединения" in start.error.text() or "подключения" in start.error.text()
        assert not _clipped(start)
        assert not (folder / SERVER_PROFILE_FILE).exists()
        assert start.create_button.isEnabled() and start.connect_button.isEnabled()
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize("lang", ["tg", "ru"])
def test_the_choice_is_translated_and_fits(lang, make_session, tmp_path) -> None:
    start = make_session(tmp_path / "empty").start_window
    english = _texts(start)
    i18n.set_language(lang)
    try:
        QApplication.processEvents()
        assert not _unchanged(english, _texts(start), {str(tmp_path / "empty")})
        assert not _clipped(start)
        assert (
            start.create_button.description() != ""
            and start.windowTitle() != english[(id(start), "title")]
        )
    finally:
        i18n.set_language("en")
