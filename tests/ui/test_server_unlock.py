"""The desktop's sign-in to an office-server vault: a removed account hears one sentence."""

from __future__ import annotations

import pytest

from ajo_cases.errors import AccountRemoved
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.ui.app import i18n
from ajo_cases.ui.runtime.failures import failure_text
from tests.support import ADMIN, ADMIN_PASSWORD

PW = "a long enough passphrase"


@pytest.fixture
def backend() -> str:
    return "server"


def test_a_removed_account_is_told_so_in_the_users_language(make_session, vault_dir, qtbot):
    with open_vault(vault_dir, ADMIN, ADMIN_PASSWORD) as admin:
        users.add_user(admin, "Nigora", "case_worker", PW)
        users.remove_user(admin, "Nigora")
    i18n.set_language("tg")
    try:
        session = make_session(vault_dir)
        window = session.unlock_window
        window.user.setText("Nigora")
        window.password.setText(PW)
        window.submit()
        qtbot.waitUntil(lambda: window.error.isVisible(), timeout=20_000)
        tajik = failure_text(AccountRemoved("x")).sentence
        assert window.error.text() == tajik
        assert "маъмур" in tajik  # the administrator, in Tajik
        i18n.set_language("ru")
        assert window.error.text() == failure_text(AccountRemoved("x")).sentence != tajik
        assert session.main_window is None
    finally:
        i18n.set_language("en")
