"""Administration › Backups: back up now, list, second folder, restore and key rotation."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from ajo_cases.services.backup import backup
from ajo_cases.ui.admin import backup_page
from ajo_cases.ui.admin.backup_page import CredentialsDialog
from ajo_cases.ui.app.pages import PageRegistry, default_registry
from tests.support import ADMIN, ADMIN_PASSWORD
from tests.ui.case_helpers import idle, modal, press, wait_modal
from tests.ui.conftest import unlock


def _page(session, qtbot):
    window = session.main_window
    assert window.show_page("backups")
    page = window.pages["backups"]
    qtbot.waitUntil(lambda: page.status is not None, timeout=5_000)
    return page


def _box(qtbot) -> QMessageBox:
    return wait_modal(qtbot, QMessageBox)


def test_only_administrators_see_the_page():
    registry: PageRegistry = default_registry()
    assert "backups" in [spec.id for spec in registry.for_role("admin")]
    assert "backups" not in [spec.id for spec in registry.for_role("case_worker")]
    assert "backups" not in [spec.id for spec in registry.for_role("manager")]


def test_back_up_now_lists_the_backup_and_updates_the_status(unlocked, qtbot):
    page = _page(unlocked, qtbot)
    assert "No backup" in page.status_label.text()
    page.backup_button.click()
    progress = QApplication.activeModalWidget()  # shown while the worker runs
    assert progress is not None and progress.objectName() == "ProgressDialog"
    qtbot.waitUntil(lambda: len(page.entries) == 1, timeout=10_000)
    told = _box(qtbot)
    assert "checked" in told.text()
    told.accept()
    assert page.table.rowCount() == 1 and page.table.item(0, 1).text() == "manual"
    assert "Last good backup" in page.status_label.text()
    home = unlocked.main_window.pages["home"]  # the change reached the Home page too
    qtbot.waitUntil(lambda: bool(home.summary and home.summary.backup.last_good_at))


def test_second_folder_setting(unlocked, qtbot, tmp_path):
    page = _page(unlocked, qtbot)
    folder = tmp_path / "usb"
    folder.mkdir()
    page.folder_button.click()
    chooser = modal(QFileDialog)
    chooser.fileSelected.emit(str(folder))  # as choosing the folder does
    chooser.reject()
    qtbot.waitUntil(lambda: page.second_folder is not None, timeout=5_000)
    assert str(folder) in page.folder_label.text()
    page.clear_folder_button.click()
    qtbot.waitUntil(lambda: page.second_folder is None, timeout=5_000)


def _open_backup(page, path, password: str) -> None:
    page.ask_credentials(path)  # after the file was chosen
    dialog = modal(CredentialsDialog)
    dialog.user.setText(ADMIN)
    dialog.secret.setText(password)
    dialog.accept()


def test_restore_asks_naming_what_happens_then_locks_and_restores(
    unlocked, qtbot, monkeypatch, vault_dir
):
    page = _page(unlocked, qtbot)
    info = backup.create_backup(unlocked.vault, vault_dir.parent / "saved.ajobackup")
    _open_backup(page, info.path, ADMIN_PASSWORD)
    question = _box(qtbot)
    text = question.text()
    assert "replaces the current vault" in text and "replaced-" in text
    assert "older than the current vault" not in text
    press(question, "Cancel")
    idle(qtbot)
    assert unlocked.main_window is not None  # refused: nothing happened

    done = []
    monkeypatch.setattr(backup_page, "_restored", done.append)
    with unlocked.vault.unit_of_work() as session:  # a change after the backup
        unlocked.vault.record(session, "setting_changed")
    _open_backup(page, info.path, ADMIN_PASSWORD)
    question = _box(qtbot)
    assert "older than the current vault" in question.text()
    press(question, "Lock and restore")
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert unlocked.main_window is None  # the session locked before the swap
    assert done[0].replaced_dir is not None and done[0].replaced_dir.exists()
    unlock(qtbot, unlocked)  # the restored vault opens with the same password


def test_wrong_password_for_the_backup_is_shown(unlocked, qtbot, vault_dir):
    page = _page(unlocked, qtbot)
    info = backup.create_backup(unlocked.vault, vault_dir.parent / "saved.ajobackup")
    _open_backup(page, info.path, "wrong password here")
    shown = _box(qtbot)
    assert shown.text().startswith("The user name or password is wrong")
    shown.accept()
    assert unlocked.main_window is not None


def test_rotate_keys_shows_the_new_secrets_once(unlocked, qtbot):
    page = _page(unlocked, qtbot)
    page.rotate_button.click()
    press(modal(QMessageBox), "Rotate keys")
    asked = modal(QInputDialog)
    asked.setTextValue(ADMIN_PASSWORD)
    asked.accept()
    told = _box(qtbot)
    assert "recovery code" in told.text()
    told.accept()
    page.backup_button.click()  # the open vault works under the new key
    made = _box(qtbot)
    assert "checked" in made.text()
    made.accept()


def test_rotation_shows_progress_then_offers_to_delete_old_copies(unlocked, qtbot):
    page = _page(unlocked, qtbot)
    old = backup.create_backup(unlocked.vault)  # under the keys about to be retired
    page.rotate_keys()
    press(modal(QMessageBox), "Rotate keys")
    asked = modal(QInputDialog)
    asked.setTextValue(ADMIN_PASSWORD)
    asked.accept()
    progress = QApplication.activeModalWidget()
    assert progress is not None and progress.objectName() == "ProgressDialog"
    told = _box(qtbot)
    assert "recovery code" in told.text()
    told.accept()
    offer = _box(qtbot)
    assert str(old.path) in offer.text()
    press(offer, "Back up and delete them")
    done = _box(qtbot)
    assert "old copies were deleted" in done.text()
    done.accept()
    assert not old.path.exists()


@pytest.fixture
def dushanbe_time(monkeypatch):
    """The office's time zone (UTC+5), so local time and UTC differ."""
    import time

    monkeypatch.setenv("TZ", "Asia/Dushanbe")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_backup_times_are_local_dates_and_the_status_bar_shows_the_last(
    unlocked, qtbot, dushanbe_time
):
    import datetime as dt
    import re

    window = unlocked.main_window
    label = window.backup_status
    qtbot.waitUntil(lambda: label.status is not None, timeout=10_000)
    assert label.text().startswith("No backup yet") and "overdue" in label.text()
    assert "font-weight" in label.styleSheet()  # the warning colour, with the word
    page = _page(unlocked, qtbot)
    page.backup_button.click()
    qtbot.waitUntil(lambda: len(page.entries) == 1, timeout=10_000)
    _box(qtbot).accept()
    created = page.entries[0].created_at
    local = (created if created.tzinfo else created.replace(tzinfo=dt.UTC)).astimezone()
    when = page.table.item(0, 0).text()
    assert when == f"{local:%d.%m.%Y %H:%M}"  # the computer's time, not UTC
    assert local.utcoffset() == dt.timedelta(hours=5)
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", when)
    assert "UTC" not in page.status_label.text() and when in page.status_label.text()
    qtbot.waitUntil(lambda: label.text() == f"Last backup: {when}", timeout=10_000)
    assert label.styleSheet() == ""
    assert dt.datetime.strptime(when, "%d.%m.%Y %H:%M")


@pytest.mark.parametrize("backend", ["server"])
def test_a_server_vault_says_who_backs_it_up_and_still_backs_up_now(unlocked, qtbot):
    page = _page(unlocked, qtbot)
    assert "office server" in page.folder_label.text()
    assert "no automatic backups" in page.folder_label.text()
    assert not page.restore_button.isVisible() and page.rotate_button.isVisible()
    assert not page.folder_button.isVisible()
    page.backup_button.click()
    qtbot.waitUntil(lambda: len(page.entries) == 1, timeout=15_000)
    told = _box(qtbot)
    assert "checked" in told.text()
    told.accept()


@pytest.mark.parametrize("backend", ["server"])
def test_a_server_vault_rotates_its_personal_data_key_online(unlocked, qtbot):
    """The confirmation names what the online rotation does; the result names the fields."""
    from ajo_cases.vault.fieldcipher import key_id

    vault = unlocked.vault
    before = key_id(vault.keys.k_pii)
    page = _page(unlocked, qtbot)
    page.rotate_button.click()
    asked = modal(QMessageBox)
    assert "personal-data key" in asked.text() and "temporary password" in asked.text()
    assert "keep working" in asked.text()
    press(asked, "Rotate keys")
    typed = modal(QInputDialog)
    typed.setTextValue(ADMIN_PASSWORD)
    typed.accept()
    told = _box(qtbot)
    assert "personal-data key was rotated" in told.text() and "recovery code" in told.text()
    told.accept()
    assert key_id(vault.keys.k_pii) != before and not vault.keys.previous_pii
