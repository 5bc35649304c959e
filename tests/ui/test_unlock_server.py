"""The desktop opens a vault on the office server from a PC's profile folder, and says in the
user's language when the server cannot be reached."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from ajo_cases.errors import ServerRolledBack, ServerUnreachable
from ajo_cases.services.access.opening import open_vault
from ajo_cases.ui.app import i18n
from ajo_cases.ui.runtime.failures import failure_text
from ajo_cases.vault import server_profile
from ajo_cases.vault.layout import SERVER_PROFILE_FILE
from tests.pg_cluster import free_port
from tests.support import ADMIN, ADMIN_PASSWORD
from tests.ui.conftest import unlock


@pytest.mark.parametrize("backend", ["server"])
def test_a_server_profile_unlocks_into_the_main_window(make_session, vault_dir, qtbot):
    session = make_session(vault_dir)
    unlock(qtbot, session)
    assert session.main_window.isVisible()
    assert session.vault.on_server


@pytest.mark.parametrize("backend", ["server"])
def test_an_unreachable_server_is_said_in_tajik(make_session, vault_dir, qtbot):
    profile = vault_dir / SERVER_PROFILE_FILE
    data = json.loads(profile.read_text(encoding="utf-8"))
    data["url"] = f"postgresql://ajo_owner@127.0.0.1:{free_port()}/gone"
    profile.write_text(json.dumps(data), encoding="utf-8")
    i18n.set_language("tg")
    try:
        session = make_session(vault_dir)
        window = session.unlock_window
        window.user.setText(ADMIN)
        window.password.setText(ADMIN_PASSWORD)
        window.submit()
        qtbot.waitUntil(lambda: window.error.isVisible(), timeout=15_000)
        assert window.error.text() == failure_text(ServerUnreachable("x")).sentence
        assert "Сервери идора" in window.error.text()
        assert session.main_window is None
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize("backend", ["server"])
def test_a_server_put_back_behind_this_pcs_pin_is_refused_in_russian(
    make_session, vault_dir, qtbot, pg_cluster
):
    """The server loses its newest entries (an old copy put back): this PC saw them and says so."""
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    vault.close()  # the pin is now this vault's newest link
    database = make_url(server_profile.load(vault_dir).url).database or ""
    pg_cluster.sql(
        "SET session_replication_role = replica; "
        "DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 2 FROM audit_log)",
        database,
    )
    screenshot = os.environ.get("AJO_SCREENSHOT_DIR")
    i18n.set_language("ru")
    try:
        session = make_session(vault_dir)
        window = session.unlock_window
        window.user.setText(ADMIN)
        window.password.setText(ADMIN_PASSWORD)
        window.submit()
        qtbot.waitUntil(lambda: window.error.isVisible(), timeout=15_000)
        assert window.error.text() == failure_text(ServerRolledBack("x")).sentence
        assert window.error.text().startswith("Сервер офиса хранит более старое состояние")
        assert session.main_window is None
        if screenshot:  # for looking at the sentence as users see it
            qtbot.wait(500)
            window.grab().save(str(Path(screenshot) / "unlock-server-rolled-back-ru.png"))
    finally:
        i18n.set_language("en")
