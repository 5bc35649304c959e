"""Administration › Backups: back up now, list, second folder, restore and key rotation."""

from __future__ import annotations

from ajo_cases.services.backup import backup
from ajo_cases.ui.admin import admin_page, backup_page
from ajo_cases.ui.app.pages import PageRegistry, default_registry
from tests.support import ADMIN, ADMIN_PASSWORD
from tests.ui.conftest import unlock


def _page(session, qtbot):
    window = session.main_window
    assert window.show_page("backups")
    page = window.pages["backups"]
    qtbot.waitUntil(lambda: page.status is not None, timeout=5_000)
    return page


def test_only_administrators_see_the_page():
    registry: PageRegistry = default_registry()
    assert "backups" in [spec.id for spec in registry.for_role("admin")]
    assert "backups" not in [spec.id for spec in registry.for_role("case_worker")]
    assert "backups" not in [spec.id for spec in registry.for_role("manager")]


def test_back_up_now_lists_the_backup_and_updates_the_status(unlocked, qtbot, monkeypatch):
    page = _page(unlocked, qtbot)
    assert "No backup" in page.status_label.text()
    told = []
    monkeypatch.setattr(page, "_tell", lambda title, text: told.append(text))
    page.backup_button.click()
    assert page.progress is not None  # shown while the worker runs
    qtbot.waitUntil(lambda: len(page.entries) == 1, timeout=10_000)
    assert page.progress is None and "checked" in told[0]
    assert page.table.rowCount() == 1 and page.table.item(0, 1).text() == "manual"
    assert "Last good backup" in page.status_label.text()


def test_second_folder_setting(unlocked, qtbot, tmp_path, monkeypatch):
    page = _page(unlocked, qtbot)
    folder = tmp_path / "usb"
    folder.mkdir()
    monkeypatch.setattr(page, "ask_folder", lambda: folder)
    page.folder_button.click()
    qtbot.waitUntil(lambda: page.second_folder is not None, timeout=5_000)
    assert str(folder) in page.folder_label.text()
    page.clear_folder_button.click()
    qtbot.waitUntil(lambda: page.second_folder is None, timeout=5_000)


def test_restore_asks_naming_what_happens_then_locks_and_restores(
    unlocked, qtbot, monkeypatch, vault_dir
):
    page = _page(unlocked, qtbot)
    info = backup.create_backup(unlocked.vault, vault_dir.parent / "saved.ajobackup")
    monkeypatch.setattr(page, "ask_backup_file", lambda: info.path)
    monkeypatch.setattr(page, "ask_credentials", lambda: (ADMIN, ADMIN_PASSWORD, False))
    asked = []

    def answer(_parent, title, text, action):
        asked.append((title, text, action))
        return len(asked) > 1  # refuse the first time

    monkeypatch.setattr(admin_page, "confirm", answer)
    page.restore_from_file()
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=10_000)
    assert unlocked.main_window is not None  # refused: nothing happened
    _title, text, action = asked[0]
    assert "replaces the current vault" in text and "replaced-" in text and "Lock" in action

    done = []
    monkeypatch.setattr(backup_page, "_restored", lambda result: done.append(result))
    page.restore_from_file()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert unlocked.main_window is None  # the session locked before the swap
    assert done[0].replaced_dir is not None and done[0].replaced_dir.exists()
    unlock(qtbot, unlocked)  # the restored vault opens with the same password


def test_wrong_password_for_the_backup_is_shown(unlocked, qtbot, monkeypatch, vault_dir):
    page = _page(unlocked, qtbot)
    info = backup.create_backup(unlocked.vault, vault_dir.parent / "saved.ajobackup")
    monkeypatch.setattr(page, "ask_backup_file", lambda: info.path)
    monkeypatch.setattr(page, "ask_credentials", lambda: (ADMIN, "wrong password here", False))
    errors = []
    monkeypatch.setattr(page, "_failed", lambda exc: errors.append(exc))
    page.restore_from_file()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert errors[0].code == "auth.wrong_credentials"
    assert unlocked.main_window is not None


def test_rotate_keys_shows_the_new_secrets_once(unlocked, qtbot, monkeypatch):
    page = _page(unlocked, qtbot)
    monkeypatch.setattr(admin_page, "confirm", lambda *_a: True)
    monkeypatch.setattr(page, "ask_password", lambda: ADMIN_PASSWORD)
    told = []
    monkeypatch.setattr(page, "_tell", lambda title, text: told.append(text))
    page.rotate_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=15_000)
    assert "recovery code" in told[0]
    page.backup_button.click()  # the open vault works under the new key
    qtbot.waitUntil(lambda: len(told) == 2, timeout=10_000)
