from __future__ import annotations

import re
import unicodedata

from PySide6.QtWidgets import QDialogButtonBox
from shiboken6 import isValid

from ajo_cases.errors import WrongCredentials
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault, vault_exists
from ajo_cases.ui.app import i18n
from ajo_cases.ui.runtime.failures import failure_text
from tests.support import ADMIN, ADMIN_PASSWORD
from tests.ui.conftest import create_here, unlock

NEW_PASSWORD = "a brand new long passphrase"


def test_first_run_creates_vault_and_shows_the_code_once(make_session, tmp_path, qtbot):
    folder = tmp_path / "new-vault"
    session = make_session(folder)
    window = create_here(session)
    assert window is not None and window.isVisible()
    assert not window.create_button.isEnabled()
    window.name.setText("Zarina")
    window.passwords.password.setText("short")
    assert not window.create_button.isEnabled()
    assert "12" in window.passwords.problems_label.text()
    window.passwords.password.setText(NEW_PASSWORD)
    window.passwords.repeat.setText(NEW_PASSWORD)
    assert window.create_button.isEnabled()
    window.create_button.click()
    qtbot.waitUntil(lambda: session.recovery_dialog is not None, timeout=10_000)
    dialog = session.recovery_dialog
    code = dialog.code_label.text()
    assert re.fullmatch(r"[0-9A-Z]{5}(-[0-9A-Z]{5}){5}", code)
    assert not dialog.continue_button.isEnabled()
    dialog.reject()  # Escape must not skip the code
    assert dialog.isVisible()
    dialog.confirm.setChecked(True)
    dialog.continue_button.click()
    qtbot.waitUntil(lambda: session.main_window is not None)
    assert dialog.code_label.text() == ""  # shown once: gone from the widget
    assert vault_exists(folder)
    assert session.vault.user == "Zarina" and session.vault.role == "admin"
    # The printable sheet carries the code only while the dialog is up.
    assert code not in dialog.recovery_document().toPlainText()


def test_wrong_password_shows_translated_error_and_stays(make_session, vault_dir, qtbot):
    i18n.set_language("tg")
    session = make_session(vault_dir)
    window = session.unlock_window
    window.user.setText(ADMIN)
    window.password.setText("not the password at all")
    window.submit()
    assert window.busy.isVisible()
    qtbot.waitUntil(lambda: window.error.isVisible(), timeout=10_000)
    expected = failure_text(WrongCredentials("x")).sentence
    assert window.error.text() == expected
    i18n.set_language("en")
    assert window.error.text() != expected  # follows the language switch
    assert window.error.text() == failure_text(WrongCredentials("x")).sentence
    assert window.isVisible() and session.main_window is None
    assert window.user.text() == ADMIN  # typed input survives the switch


def test_unlock_opens_main_window(unlocked):
    window = unlocked.main_window
    assert window.isVisible()
    assert not unlocked.unlock_window.isVisible()
    assert window.user_label.text() == "admin · Administrator"
    # the status bar says which vault is open: this PC's folder, by its name
    assert window.status_label.text() == f"This PC: {unlocked.vault.data_dir.name}"
    assert window.status_label.toolTip() == str(unlocked.vault.data_dir)
    assert unlocked.unlock_window.password.text() == ""


def test_recovery_code_resets_the_admin_password(make_session, vault_dir, recovery_code, qtbot):
    session = make_session(vault_dir)
    window = session.unlock_window
    window.open_recovery()
    from ajo_cases.ui.app.recovery_dialog import RecoveryDialog

    dialog = window.findChild(RecoveryDialog)
    dialog.code.setText(recovery_code.lower())
    dialog.name.setText(ADMIN)
    dialog.passwords.password.setText(NEW_PASSWORD)
    dialog.passwords.repeat.setText(NEW_PASSWORD)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not isValid(dialog), timeout=10_000)  # closed and deleted
    assert window.user.text() == ADMIN
    assert "new password" in window.reason_label.text()
    unlock(qtbot, session, ADMIN, NEW_PASSWORD)


def test_recovery_with_a_wrong_code_says_so(make_session, vault_dir, qtbot):
    session = make_session(vault_dir)
    session.unlock_window.open_recovery()
    from ajo_cases.ui.app.recovery_dialog import RecoveryDialog

    dialog = session.unlock_window.findChild(RecoveryDialog)
    dialog.code.setText("00000-00000-00000-00000-00000-00000")
    dialog.name.setText(ADMIN)
    dialog.passwords.password.setText(NEW_PASSWORD)
    dialog.passwords.repeat.setText(NEW_PASSWORD)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "recovery code" in dialog.error.text()
    dialog.reject()


def test_vault_warnings_appear_as_a_banner(unlocked, qtbot):
    unlocked.vault.warnings.append("keyslots_restored_from_backup")
    unlocked.lock()
    unlock(qtbot, unlocked)  # a fresh vault object: its own warnings only
    assert not unlocked.main_window.banner.isVisible()
    vault = unlocked.vault
    vault.warnings.append("keyslots_restored_from_backup")
    unlocked.main_window.retranslate()
    assert "backup copy" in unlocked.main_window.banner.text()


def test_a_damaged_record_met_during_work_reaches_the_banner(unlocked, qtbot):
    """A list that skipped a damaged record: the banner says so without a new unlock."""
    from ajo_cases.services import damaged

    window = unlocked.main_window
    assert "integrity check" not in window.banner.text()
    damaged.note(unlocked.vault, "beneficiary", "0000", "family_name_enc")
    window.warnings_timer.timeout.emit()  # what the timer does every few seconds
    assert "integrity check" in window.banner.text() and window.banner.isVisible()


def test_role_aware_navigation(make_session, vault_dir, qtbot):
    with open_vault(vault_dir, ADMIN, ADMIN_PASSWORD) as vault:
        users.add_user(vault, "farrukh", "manager", NEW_PASSWORD)
        users.add_user(vault, "nigora", "case_worker", NEW_PASSWORD)
    session = make_session(vault_dir)
    unlock(qtbot, session, "farrukh", NEW_PASSWORD)
    # a manager: Home, the pseudonymous lists (cases, grants), Activities and Statistics
    ids = [spec.id for spec in session.main_window.specs]
    assert ids[:5] == ["home", "cases", "grants", "activities", "statistics"]
    assert not {"referrals", "followups", "shelter", "backups"} & set(ids)
    assert session.main_window.navigation.count() == len(ids)
    assert "hidden" in session.main_window.pages["home"].personal_value.text()
    session.lock()
    unlock(qtbot, session, "nigora", NEW_PASSWORD)
    ids = [spec.id for spec in session.main_window.specs]
    assert ids[:7] == [
        "home", "cases", "shelter", "referrals", "grants", "followups", "activities"
    ]  # fmt: skip
    assert ids[-1] == "administration" and "backups" not in ids
    page = session.main_window.pages["administration"]
    assert page.accounts_card is None  # no user management for a case worker
    assert page.own_button.isVisible() or page.own_button.isVisibleTo(page)


def test_standard_buttons_are_translated_in_tajik(qtbot):
    i18n.set_language("tg")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Бекор кардан"
    i18n.set_language("ru")
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Отмена"


def test_a_password_typed_with_combining_marks_unlocks(make_session, vault_dir, qtbot):
    composed = "Рӯзи нав, гулҳои сӣ ва ёр"
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    users.add_user(vault, "zarina", "case_worker", composed)
    vault.close()
    session = make_session(vault_dir)
    unlock(qtbot, session, "zarina", unicodedata.normalize("NFD", composed))
    assert session.main_window is not None


def test_a_refused_key_slot_is_said_in_the_users_language(make_session, vault_dir, qtbot):
    """A removed account's slot copied back: the unlock window says the key is no longer
    valid (in Tajik here), not "wrong password"."""
    import json

    from ajo_cases.errors import SlotRevoked
    from ajo_cases.vault import keyslots

    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    users.add_user(vault, "nigora", "case_worker", NEW_PASSWORD)
    data = json.loads((vault_dir / "keyslots.json").read_text())
    kept = next(s for s in data["slots"] if s["header"]["user"] == "nigora")
    users.remove_user(vault, "nigora")
    vault.close()
    slot_file = keyslots.load(vault_dir / "keyslots.json")
    slot_file.slots.append(keyslots.Slot.from_json(kept, slot_file.vault_id))
    (vault_dir / "keyslots.json").write_bytes(slot_file.to_bytes())

    i18n.set_language("tg")
    session = make_session(vault_dir)
    window = session.unlock_window
    window.user.setText("nigora")
    window.password.setText(NEW_PASSWORD)
    window.submit()
    qtbot.waitUntil(lambda: window.error.isVisible(), timeout=10_000)
    expected = failure_text(SlotRevoked("x")).sentence
    assert window.error.text() == expected and "Калиди ин ҳисоб" in expected
    assert session.main_window is None
