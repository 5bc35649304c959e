from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from shiboken6 import isValid

from ajo_cases.ui.app.main_window import MainWindow
from ajo_cases.ui.kit.clipboard import copy_text
from ajo_cases.ui.runtime.tasks import task_manager
from ajo_cases.vault.lock import VaultLock
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


def test_idle_lock_fires(make_session, vault_dir, qtbot):
    session = make_session(vault_dir, idle_ms=300)
    unlock(qtbot, session)
    with qtbot.waitSignal(session.locked, timeout=5_000) as signal:
        pass
    assert signal.args == ["idle"]
    assert session.main_window is None
    assert "not in use" in session.unlock_window.reason_label.text()


def test_input_postpones_the_idle_lock(make_session, vault_dir, qtbot):
    # Generous margins: on a busy machine a 200 ms wait can take much longer.
    session = make_session(vault_dir, idle_ms=2_000)
    unlock(qtbot, session)
    for _ in range(6):
        qtbot.wait(500)
        qtbot.keyClick(session.main_window.navigation, Qt.Key.Key_Down)
    assert session.main_window is not None  # 3 s passed, but never 2 s without input
    qtbot.waitSignal(session.locked, timeout=5_000).wait()


def test_absolute_session_limit(make_session, vault_dir, qtbot):
    session = make_session(vault_dir, idle_ms=60_000, absolute_ms=300)
    unlock(qtbot, session)
    with qtbot.waitSignal(session.locked, timeout=5_000) as signal:
        pass
    assert signal.args == ["session_expired"]
    assert "12" in session.unlock_window.reason_label.text()


def test_drafts_come_back_after_unlock(unlocked, qtbot, monkeypatch):
    from ajo_cases.ui.home.home_page import HomePage

    received = []
    monkeypatch.setattr(HomePage, "take_draft", lambda _self: {"note": "unsaved"})
    monkeypatch.setattr(HomePage, "restore_draft", lambda _self, draft: received.append(draft))
    unlocked.lock()
    assert unlocked.drafts.has("admin", "home")
    unlock(qtbot, unlocked)
    assert received == [{"note": "unsaved"}]


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
