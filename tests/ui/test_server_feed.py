"""Two PCs on one office-server vault: what one saves shows on the other's open list and case
window by itself, a stale save keeps the typed input and says who changed the record and
when, and the status bar says which vault is open and whether the server answers."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import make_url

from ajo_cases.domain.records import CaseForm
from ajo_cases.domain.records_casework import AssistanceForm
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.casework import assistance, cases
from ajo_cases.services.people import people
from ajo_cases.ui.cases.case_window import CaseWindow
from ajo_cases.vault import server_profile
from ajo_cases.vault.layout import SERVER_PROFILE_FILE
from tests.support import ADMIN, ADMIN_PASSWORD
from tests.ui.case_helpers import idle, person_form
from tests.ui.conftest import unlock

pytestmark = pytest.mark.parametrize("backend", ["server"])


@pytest.fixture
def other_pc(vault_dir, tmp_path):
    """A second PC with its own profile folder, signed in to the same server vault."""
    folder = tmp_path / "other-pc"
    folder.mkdir()
    shutil.copy(vault_dir / SERVER_PROFILE_FILE, folder / SERVER_PROFILE_FILE)
    vault = open_vault(folder, ADMIN, ADMIN_PASSWORD)
    yield vault
    vault.close()


def test_another_pcs_new_case_and_its_assistance_show_here_by_themselves(
    make_session, vault_dir, other_pc, qtbot
):
    session = make_session(vault_dir)
    unlock(qtbot, session)
    window = session.main_window
    qtbot.waitUntil(lambda: window.vault_place.reachable is True, timeout=10_000)
    page = window.pages["cases"]
    qtbot.waitUntil(lambda: not page.model.loading, timeout=10_000)
    person, _ = people.register(other_pc, person_form(), allow_duplicate=True)
    case, _ = cases.open_case(other_pc, person.id, CaseForm(opened_on=date(2026, 3, 1)))
    qtbot.waitUntil(lambda: case.id in {row.id for row in page.model.rows}, timeout=5_000)

    case_window = CaseWindow(window.context, case.id)
    qtbot.addWidget(case_window)
    case_window.show()
    qtbot.waitUntil(lambda: case_window.detail is not None, timeout=10_000)
    assert case_window.detail.assistance == []
    assistance.add_assistance(other_pc, case.id, AssistanceForm("legal", date(2026, 3, 2)))
    qtbot.waitUntil(lambda: len(case_window.detail.assistance) == 1, timeout=5_000)
    idle(qtbot)


def test_a_stale_save_keeps_what_was_typed_and_names_who_changed_it(
    make_session, vault_dir, other_pc, qtbot
):
    person, _ = people.register(other_pc, person_form(), allow_duplicate=True)
    case, _ = cases.open_case(other_pc, person.id, CaseForm(opened_on=date(2026, 3, 1)))
    session = make_session(vault_dir)
    unlock(qtbot, session)
    window = session.main_window
    case_window = CaseWindow(window.context, case.id)
    qtbot.addWidget(case_window)
    case_window.show()
    qtbot.waitUntil(lambda: case_window.detail is not None, timeout=10_000)
    tab = case_window.tab_pages["profile"]
    tab.fields.notes.setPlainText("typed here, not yet saved")
    assert case_window.dirty()
    # meanwhile the other PC saves the same person; this window hears it but keeps the edit
    people.update(other_pc, person.id, replace(person.form, notes="theirs"), expected_version=1)
    qtbot.waitUntil(lambda: case_window.detail.person.version == 2, timeout=5_000)
    assert tab.fields.notes.toPlainText() == "typed here, not yet saved"
    case_window.save_button.click()
    qtbot.waitUntil(lambda: isinstance(case_window.dialog, QMessageBox), timeout=10_000)
    said = case_window.dialog.text()
    assert said.startswith(f"{ADMIN} changed this record at ") and "Your changes" in said
    assert tab.fields.notes.toPlainText() == "typed here, not yet saved"
    assert case_window.dirty()
    assert people.get(other_pc, person.id).form.notes == "theirs"  # nothing overwritten
    case_window.dialog.close()
    case_window._discarding = True  # closed by the test's teardown without asking
    idle(qtbot)


def test_the_status_bar_says_when_the_server_is_away_and_when_it_is_back(
    make_session, vault_dir, pg_cluster, qtbot
):
    session = make_session(vault_dir)
    unlock(qtbot, session)
    label = session.main_window.vault_place
    database = make_url(server_profile.load(vault_dir).url).database
    qtbot.waitUntil(lambda: label.reachable is True, timeout=10_000)
    place = f"127.0.0.1:{make_url(server_profile.load(vault_dir).url).port}/{database}"
    assert label.text() == f"Office server {place}: connected"
    pg_cluster.sql(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "  # noqa: S608 - a test's own name
        f"WHERE datname = '{database}' AND pid <> pg_backend_pid()"
    )
    qtbot.waitUntil(lambda: label.reachable is False, timeout=10_000)
    assert label.text() == "The office server is not reachable. Reconnecting…"
    assert label.toolTip() == place
    qtbot.waitUntil(lambda: label.reachable is True, timeout=10_000)
    assert label.text().endswith(": connected")
