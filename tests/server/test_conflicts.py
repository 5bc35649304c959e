"""Two PCs saving the same record: the second is told, nothing is overwritten silently."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text, update

from ajo_cases.domain.records import PersonForm
from ajo_cases.errors import InvalidInput
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.access.server_vault import create_server_vault
from ajo_cases.services.people import people
from ajo_cases.storage.models import Beneficiary
from ajo_cases.vault.layout import SERVER_PROFILE_FILE
from tests.support import ADMIN, ADMIN_PASSWORD

FORM = PersonForm(sex="female", category="returnee_migrant", given_name="Гулнора")


def _two_pcs(tmp_path: Path, url: str):
    first = tmp_path / "first"
    vault, _code = create_server_vault(first, url, ADMIN, ADMIN_PASSWORD)
    vault.close()
    second = tmp_path / "second"
    second.mkdir()
    (second / SERVER_PROFILE_FILE).write_bytes((first / SERVER_PROFILE_FILE).read_bytes())
    return open_vault(first, ADMIN, ADMIN_PASSWORD), open_vault(second, ADMIN, ADMIN_PASSWORD)


def test_a_save_over_a_newer_version_from_another_pc_is_refused(tmp_path, empty_database):
    a, b = _two_pcs(tmp_path, empty_database)
    try:
        person, _ = people.register(a, FORM, allow_duplicate=True)
        seen_by_b = people.get(b, person.id)
        people.update(a, person.id, replace(FORM, phone="+992 1"), expected_version=1)
        with pytest.raises(InvalidInput) as caught:
            people.update(b, person.id, replace(FORM, phone="+992 2"),
                          expected_version=seen_by_b.version)  # fmt: skip
        assert caught.value.params["field"] == "version"
        assert people.get(a, person.id).form.phone == "+992 1"
    finally:
        a.close()
        b.close()


def test_the_race_between_check_and_write_is_a_conflict_not_a_crash(tmp_path, empty_database):
    """B checks the version while A's save is still open; B's write then waits for A's row
    lock and finds the version moved: the same conflict, never a lost update or a traceback."""
    a, b = _two_pcs(tmp_path, empty_database)
    try:
        person, _ = people.register(a, FORM, allow_duplicate=True)
        a_holds_the_row, release = threading.Event(), threading.Event()

        def a_saves() -> None:
            with a.unit_of_work() as session:
                session.execute(
                    update(Beneficiary)
                    .where(Beneficiary.id == person.id)
                    .values(version=Beneficiary.version + 1)
                )
                a_holds_the_row.set()
                release.wait(30)

        saver = threading.Thread(target=a_saves)
        saver.start()
        assert a_holds_the_row.wait(30)
        outcome: list[BaseException | None] = []

        def b_saves() -> None:
            try:
                people.update(b, person.id, replace(FORM, phone="+992 2"), expected_version=1)
                outcome.append(None)
            except BaseException as exc:  # asserted below
                outcome.append(exc)

        writer = threading.Thread(target=b_saves)
        writer.start()
        _wait_until_blocked(a)
        release.set()
        saver.join(30)
        writer.join(30)
        assert len(outcome) == 1 and isinstance(outcome[0], InvalidInput), outcome
        assert outcome[0].params["field"] == "version"
        assert people.get(a, person.id).form.phone is None  # B's write did not land
    finally:
        a.close()
        b.close()


def _wait_until_blocked(vault, timeout: float = 20.0) -> None:
    """Until some session of this database waits on a row lock."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with vault.engine.connect() as conn:
            waiting = conn.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            ).scalar()
        if waiting:
            return
        time.sleep(0.02)
    raise AssertionError("the second save never waited for the first")
