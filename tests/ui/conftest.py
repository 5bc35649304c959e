"""UI fixtures: isolated settings, English to start with, a session on a copied vault."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.support import ADMIN, ADMIN_PASSWORD

# The offscreen platform cannot raise windows or pass size hints to a window manager; these
# notes describe the test platform, not the application, so they must not fail a test.
_OFFSCREEN_NOTES = "This plugin does not support"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(_OFFSCREEN_NOTES))


@pytest.fixture(scope="session", autouse=True)
def worker_thread(qapp) -> Iterator[None]:
    yield
    from ajo_cases.ui.runtime import tasks

    tasks.shutdown()  # the worker thread ends before Python tears Qt down


@pytest.fixture(autouse=True)
def ui_environment(qapp, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from ajo_cases.ui.app import i18n, settings
    from ajo_cases.ui.runtime.tasks import task_manager

    monkeypatch.setattr(settings, "default_settings_path", lambda: tmp_path / "settings.ini")
    i18n.set_language("en")
    yield
    qtbot.waitUntil(lambda: not task_manager().busy, timeout=10_000)
    i18n.set_language("en")


@pytest.fixture
def make_session(qtbot, tmp_path: Path) -> Iterator[Callable[..., object]]:
    from ajo_cases.ui.app.session import AppSession
    from ajo_cases.ui.app.settings import Settings

    made: list[AppSession] = []

    def make(data_dir: Path, **options: object) -> AppSession:
        session = AppSession(data_dir, Settings(tmp_path / "session.ini"), **options)
        made.append(session)
        session.start()  # the first window comes once the worker looked at the folder
        qtbot.waitUntil(
            lambda: session.unlock_window.isVisible() or session.start_window is not None,
            timeout=10_000,
        )
        return session

    yield make
    for session in made:
        session.quit()
        qtbot.waitUntil(lambda s=session: s.vault is None, timeout=10_000)
        session.unlock_window.deleteLater()


def create_here(session):
    """First run: choose "Create a vault on this PC"; returns the window that creates it."""
    session.start_window.create_button.click()
    assert session.create_window is not None
    return session.create_window


def unlock(qtbot, session, user: str = ADMIN, password: str = ADMIN_PASSWORD) -> None:
    window = session.unlock_window
    window.user.setText(user)
    window.password.setText(password)
    window.submit()
    qtbot.waitUntil(lambda: session.main_window is not None, timeout=10_000)


@pytest.fixture
def unlocked(make_session, vault_dir: Path, qtbot):
    session = make_session(vault_dir)
    unlock(qtbot, session)
    return session
