from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from shiboken6 import isValid

from ajo_cases.ui.app.main_window import MainWindow
from ajo_cases.ui.kit.clipboard import ClipboardGuard, copy_text
from ajo_cases.ui.runtime.tasks import task_manager
from ajo_cases.vault.lock import VaultLock
from tests.support import ADMIN, ADMIN_PASSWORD
from tests.ui.conftest import unlock


def _vault_released(folder) -> bool:
    lock = VaultLock(folder)
    try:
        lock.acquire()
    except Exception:
        return False
    lock.release()
    return True


def test_ctrl_l_locks_and_leaves_nothing_behind(unlocked, vault_dir, qtbot):
    window = unlocked.main_window
    pages = list(window.pages.values())
    copy_text("Ҷамшед 1990")
    assert QGuiApplication.clipboard().text() == "Ҷамшед 1990"
    with qtbot.waitSignal(unlocked.locked) as signal:
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert signal.args == ["manual"]
    assert unlocked.vault is None and unlocked.main_window is None
    assert unlocked.unlock_window.isVisible()
    assert QGuiApplication.clipboard().text() == ""
    qtbot.waitUntil(lambda: not isValid(window), timeout=5_000)
    assert not any(isValid(page) for page in pages)
    from PySide6.QtWidgets import QApplication

    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    qtbot.waitUntil(lambda: not task_manager().busy, timeout=10_000)
    assert _vault_released(vault_dir)
    unlock(qtbot, unlocked)  # after unlock, the main window comes back
    assert unlocked.main_window.pages


def test_lock_leaves_text_copied_elsewhere_alone(unlocked):
    QGuiApplication.clipboard().setText("from another program")
    unlocked.lock()
    assert QGuiApplication.clipboard().text() == "from another program"


class FakeClock:
    """Milliseconds that pass only when the test says so."""

    def __init__(self) -> None:
        self.now = 1_000_000

    def __call__(self) -> int:
        return self.now

    def advance(self, ms: int) -> None:
        self.now += ms


def test_idle_lock_fires(make_session, vault_dir, qtbot):
    clock = FakeClock()
    session = make_session(vault_dir, idle_ms=300_000, clock=clock)
    unlock(qtbot, session)
    assert session.idle.timer.isActive()  # the check runs on a timer while unlocked
    clock.advance(299_999)
    session.idle.check()
    assert session.main_window is not None
    with qtbot.waitSignal(session.locked, timeout=1_000) as signal:
        clock.advance(1)
        session.idle.check()
    assert signal.args == ["idle"]
    assert session.main_window is None and not session.idle.timer.isActive()
    assert "not in use" in session.unlock_window.reason_label.text()


def test_input_postpones_the_idle_lock(make_session, vault_dir, qtbot):
    clock = FakeClock()
    session = make_session(vault_dir, idle_ms=2_000, clock=clock)
    unlock(qtbot, session)
    for _ in range(6):  # 3 s pass, but never 2 s without input
        clock.advance(500)
        qtbot.keyClick(session.main_window.navigation, Qt.Key.Key_Down)
        session.idle.check()
    assert session.main_window is not None
    clock.advance(1_999)
    session.idle.check()
    assert session.main_window is not None
    clock.advance(1)
    session.idle.check()
    assert session.main_window is None


def test_absolute_session_limit(make_session, vault_dir, qtbot):
    clock = FakeClock()
    session = make_session(vault_dir, idle_ms=60_000, absolute_ms=600_000, clock=clock)
    unlock(qtbot, session)
    for _ in range(20):  # busy all the time: input every half minute, for ten minutes
        clock.advance(30_000)
        qtbot.keyClick(session.main_window.navigation, Qt.Key.Key_Down)
        session.idle.check()
    assert session.main_window is None
    assert session.unlock_window.reason_label.text().startswith("You were signed in for 12")


def test_a_new_idle_time_applies_at_once(make_session, vault_dir, qtbot):
    clock = FakeClock()
    session = make_session(vault_dir, clock=clock)  # 5 minutes by default
    unlock(qtbot, session)
    session.set_idle_minutes(1)
    clock.advance(60_000)
    session.idle.check()
    assert session.main_window is None


def test_the_clipboard_is_cleared_when_its_time_is_up(qtbot):
    guard = ClipboardGuard(clear_after_ms=30_000)
    guard.copy("Ҷамшед 1990")
    assert QGuiApplication.clipboard().text() == "Ҷамшед 1990"
    guard._timer.timeout.emit()  # what the timer does after 30 s
    assert QGuiApplication.clipboard().text() == ""
    guard.copy("Ҷамшед 1990")
    QGuiApplication.clipboard().setText("from another program")
    guard._timer.timeout.emit()
    assert QGuiApplication.clipboard().text() == "from another program"


def test_drafts_come_back_after_unlock(unlocked, qtbot, monkeypatch):
    from ajo_cases.ui.home.home_page import HomePage

    received = []
    monkeypatch.setattr(HomePage, "take_draft", lambda _self: {"note": "unsaved"})
    monkeypatch.setattr(HomePage, "restore_draft", lambda _self, draft: received.append(draft))
    unlocked.lock()
    assert unlocked.drafts.has("admin", "home")
    unlock(qtbot, unlocked)
    assert received == [{"note": "unsaved"}]


def test_drafts_are_ciphertext_while_locked(unlocked, qtbot, monkeypatch):
    """Fault 14: the draft survives the lock, kept encrypted; its key left with the vault."""
    import pickle

    from ajo_cases.ui.home.home_page import HomePage

    secret = "Ҷамшед Қаноатзода, 12.03.1990"
    monkeypatch.setattr(HomePage, "take_draft", lambda _self: {"note": secret})
    monkeypatch.setattr(HomePage, "restore_draft", lambda _self, draft: None)
    unlocked.lock()
    assert unlocked.vault is None  # the keys are gone with the vault
    sealed = unlocked.drafts._drafts[("admin", "home")]
    assert isinstance(sealed, bytes)
    for form in (secret.encode("utf-8"), secret.encode("utf-16-le"), pickle.dumps(secret)):
        assert form not in sealed
    assert "Ҷамшед".encode() not in sealed


def test_a_draft_opens_only_for_its_account_and_page(vault_dir):
    from ajo_cases.services import drafts
    from ajo_cases.services.access import users
    from ajo_cases.services.access.opening import open_vault

    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        sealed = drafts.seal_draft(vault, "home", {"note": "x"})
        assert drafts.open_draft(vault, "home", sealed) == {"note": "x"}
        assert drafts.open_draft(vault, "shelter", sealed) is None
        users.add_user(vault, "nigora", "case_worker", "a long enough passphrase")
    finally:
        vault.close()
    other = open_vault(vault_dir, "nigora", "a long enough passphrase")
    try:
        assert drafts.open_draft(other, "home", sealed) is None
    finally:
        other.close()


def test_open_app_makes_the_daily_backup_when_due(unlocked, qtbot):
    from ajo_cases.services.backup import autobackup

    assert unlocked.backup_timer.isActive()
    assert autobackup.status(unlocked.vault).last_good_at is None
    unlocked.backup_timer.timeout.emit()  # what the hourly timer does
    qtbot.waitUntil(
        lambda: autobackup.status(unlocked.vault).last_good_at is not None, timeout=20_000
    )
    unlocked.lock()
    assert not unlocked.backup_timer.isActive()
