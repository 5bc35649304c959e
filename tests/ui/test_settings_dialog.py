"""Settings: idle lock 1–15 minutes (default 5), applied to the running session; language."""

from __future__ import annotations

from ajo_cases.ui.app import i18n
from ajo_cases.ui.app.settings import IDLE_LOCK_MINUTES, LANGUAGE, Settings
from ajo_cases.ui.app.settings_dialog import SettingsDialog


def test_defaults_and_bounds(qtbot, tmp_path):
    settings = Settings(tmp_path / "s.ini")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.idle.value() == 5
    assert (dialog.idle.minimum(), dialog.idle.maximum()) == (1, 15)
    dialog.idle.setValue(40)
    assert dialog.idle.value() == 15


def test_saving_stores_and_announces(qtbot, tmp_path):
    settings = Settings(tmp_path / "s.ini")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.idle.setValue(9)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    with qtbot.waitSignal(dialog.idle_minutes_changed) as blocker:
        dialog.accept()
    assert blocker.args == [9]
    assert settings.get(IDLE_LOCK_MINUTES) == 9
    assert settings.get(LANGUAGE) == "ru"
    assert i18n.current_language() == "ru"


def test_applies_to_the_running_idle_lock(unlocked, qtbot):
    window = unlocked.main_window
    window.show_page("administration")
    window.pages["administration"].settings_button.click()
    dialog = unlocked.settings_dialog
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    dialog.idle.setValue(2)
    dialog.accept()
    assert unlocked.idle.idle_ms == 2 * 60_000
    assert unlocked.settings.get(IDLE_LOCK_MINUTES) == 2
