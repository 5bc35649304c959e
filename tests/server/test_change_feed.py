"""The change feed: another PC's committed change reaches this PC by number, the doorbell
wakes a follower at once, a dropped connection is reported and followed again, and a save
cut off mid-way leaves nothing behind."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.domain.records_grants import BudgetLine, GrantForm
from ajo_cases.errors import ServerUnreachable, StaleRecord
from ajo_cases.services import change_feed
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.access.server_vault import create_server_vault
from ajo_cases.services.casework import cases, grants
from ajo_cases.services.changes import Changes
from ajo_cases.services.people import people, search
from ajo_cases.storage.models import AuditEntry, Beneficiary, Grant
from ajo_cases.vault.layout import SERVER_PROFILE_FILE
from tests.support import ADMIN, ADMIN_PASSWORD, CANARY_NAME

FORM = PersonForm(sex="female", category="returnee_migrant", given_name=CANARY_NAME)
PLAN = GrantForm("tailoring", "Workshop", (BudgetLine("sewing machine", 1, 250_000),))


def _two_pcs(tmp_path: Path, url: str):
    first = tmp_path / "first"
    vault, _code = create_server_vault(first, url, ADMIN, ADMIN_PASSWORD)
    vault.close()
    second = tmp_path / "second"
    second.mkdir()
    (second / SERVER_PROFILE_FILE).write_bytes((first / SERVER_PROFILE_FILE).read_bytes())
    return open_vault(first, ADMIN, ADMIN_PASSWORD), open_vault(second, ADMIN, ADMIN_PASSWORD)


class Heard:
    """What a follower reported, with a way to wait for it."""

    def __init__(self) -> None:
        self.changes: list[Changes] = []
        self.states: list[bool] = []
        self._event = threading.Condition()

    def change(self, changes: Changes) -> None:
        with self._event:
            self.changes.append(changes)
            self._event.notify_all()

    def state(self, reachable: bool) -> None:
        with self._event:
            self.states.append(reachable)
            self._event.notify_all()

    def wait_for(self, predicate, timeout: float = 10.0) -> bool:
        with self._event:
            return self._event.wait_for(predicate, timeout)

    def saw_case(self, case_id: str) -> bool:
        return any(case_id in c.case_ids for c in self.changes)


def test_b_catches_up_on_what_a_committed_and_its_name_index_finds_the_person(
    tmp_path, empty_database
):
    a, b = _two_pcs(tmp_path, empty_database)
    try:
        assert search.find(b, CANARY_NAME) == []  # B's name index is built, without her
        position = change_feed.head(b)
        person, _ = people.register(a, FORM, allow_duplicate=True)
        case, _ = cases.open_case(a, person.id, CaseForm(opened_on=date(2026, 3, 1)))
        # A announced its own saves when it made them: the feed does not tell A again
        a_position, a_heard = change_feed.catch_up(a, position)
        assert a_position > position and a_heard == Changes()
        writes = b.writes
        position, changes = change_feed.catch_up(b, position)
        assert changes.touches("person", "case") and case.id in changes.case_ids
        assert person.id in changes.ids
        assert b.writes > writes  # B's caches made before are stale now
        assert [hit.case_id for hit in search.find(b, CANARY_NAME)] == [case.id]
        assert change_feed.catch_up(b, position) == (position, Changes())  # nothing twice
        # the feed holds table names and ids: nothing a name could be read from
        with a.engine.connect() as conn:
            rows = conn.execute(text("SELECT tbl, ids, case_ids FROM change_feed")).all()
        assert rows and all(CANARY_NAME not in str(row) for row in rows)
        seen = {row.tbl for row in rows}
        assert {"beneficiary", "case_file", "audit_log"} - {"audit_log"} <= seen
    finally:
        a.close()
        b.close()


def test_a_follower_hears_the_doorbell_and_reports_within_a_second(tmp_path, empty_database):
    a, b = _two_pcs(tmp_path, empty_database)
    heard = Heard()
    follower = change_feed.FeedFollower(b, heard.change, heard.state)
    follower.start()
    try:
        assert heard.wait_for(lambda: heard.states == [True])
        person, _ = people.register(a, FORM, allow_duplicate=True)
        committed = time.monotonic()
        case, _ = cases.open_case(a, person.id, CaseForm(opened_on=date(2026, 3, 1)))
        assert heard.wait_for(lambda: heard.saw_case(case.id), timeout=5)
        assert time.monotonic() - committed < 1.0
    finally:
        follower.stop(wait=5)
        a.close()
        b.close()


def _terminate(url: str, pg_cluster) -> None:
    database = make_url(url).database
    pg_cluster.sql(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "  # noqa: S608 - a test's own name
        f"WHERE datname = '{database}' AND pid <> pg_backend_pid()"
    )


def test_after_its_connections_are_ended_the_follower_says_so_reconnects_and_catches_up(
    tmp_path, empty_database, pg_cluster
):
    a, b = _two_pcs(tmp_path, empty_database)
    heard = Heard()
    follower = change_feed.FeedFollower(b, heard.change, heard.state)
    follower.start()
    try:
        assert heard.wait_for(lambda: heard.states == [True])
        _terminate(empty_database, pg_cluster)
        assert heard.wait_for(lambda: heard.states[-2:] == [False, True] and len(heard.states) == 3)
        # a change made while B was away or after it came back: caught up either way
        person, _ = people.register(a, FORM, allow_duplicate=True)
        case, _ = cases.open_case(a, person.id, CaseForm(opened_on=date(2026, 3, 1)))
        assert heard.wait_for(lambda: heard.saw_case(case.id))
        assert people.get(b, person.id).form.given_name == CANARY_NAME  # B's pool reconnected
    finally:
        follower.stop(wait=5)
        a.close()
        b.close()


def _count_people(vault) -> int:
    with vault.read_session() as session:
        return session.scalar(select(func.count()).select_from(Beneficiary)) or 0


def test_a_save_whose_connection_is_killed_mid_way_fails_cleanly_and_keeps_nothing(
    tmp_path, empty_database, pg_cluster
):
    a, b = _two_pcs(tmp_path, empty_database)
    try:
        with b.read_session() as session:
            audit_before = session.scalar(select(func.max(AuditEntry.seq)))
        with pytest.raises(ServerUnreachable), a.unit_of_work() as session:
            row = people.add_person_row(a, session, FORM)
            session.flush()
            a.record(session, "create", target_table="beneficiary", target_id=row.id)
            pid = session.execute(text("SELECT pg_backend_pid()")).scalar()
            pg_cluster.sql(f"SELECT pg_terminate_backend({pid})")
        assert _count_people(b) == 0
        with b.read_session() as session:
            assert session.scalar(select(func.max(AuditEntry.seq))) == audit_before
        # the next save reconnects by itself
        people.register(a, FORM, allow_duplicate=True)
        assert _count_people(b) == 1
    finally:
        a.close()
        b.close()


def test_a_save_while_the_server_refuses_connections_says_it_is_not_reachable(
    tmp_path, empty_database, pg_cluster
):
    a, b = _two_pcs(tmp_path, empty_database)
    database = make_url(empty_database).database
    try:
        pg_cluster.sql(f"ALTER DATABASE {database} ALLOW_CONNECTIONS false")
        _terminate(empty_database, pg_cluster)
        with pytest.raises(ServerUnreachable):
            people.register(a, FORM, allow_duplicate=True)
        pg_cluster.sql(f"ALTER DATABASE {database} ALLOW_CONNECTIONS true")
        people.register(a, FORM, allow_duplicate=True)
        assert _count_people(b) == 1
    finally:
        pg_cluster.sql(f"ALTER DATABASE {database} ALLOW_CONNECTIONS true")
        a.close()
        b.close()


def test_the_race_between_check_and_write_names_who_changed_the_grant(tmp_path, empty_database):
    """B checks the grant's version while A's save is still open; B's write then waits for
    A's row lock, finds the version moved and is told who saved it."""
    a, b = _two_pcs(tmp_path, empty_database)
    try:
        person, _ = people.register(a, FORM, allow_duplicate=True)
        case, _ = cases.open_case(a, person.id, CaseForm(opened_on=date(2026, 3, 1)))
        grant, _ = grants.create_grant(a, case.id, PLAN, date(2026, 3, 2))
        a_holds_the_row, release = threading.Event(), threading.Event()

        def a_saves() -> None:
            with a.unit_of_work() as session:
                row = session.get(Grant, grant.id)
                row.contribution_minor = 5
                session.flush()
                a.record(session, "update", target_table="grant_plan", target_id=grant.id)
                a_holds_the_row.set()
                release.wait(30)

        saver = threading.Thread(target=a_saves)
        saver.start()
        assert a_holds_the_row.wait(30)
        outcome: list[BaseException | None] = []

        def b_saves() -> None:
            try:
                grants.update_plan(b, grant.id, replace(PLAN, title="B"), expected_version=1)
                outcome.append(None)
            except BaseException as exc:  # asserted below
                outcome.append(exc)

        writer = threading.Thread(target=b_saves)
        writer.start()
        time.sleep(0.5)
        release.set()
        saver.join(30)
        writer.join(30)
        assert len(outcome) == 1 and isinstance(outcome[0], StaleRecord), outcome
        assert outcome[0].params["who"] == ADMIN and outcome[0].params["at"]
        with a.read_session() as session:
            assert session.get(Grant, grant.id).contribution_minor == 5
    finally:
        a.close()
        b.close()
