"""Faults on the office server: a restart mid-run, a client killed inside a transaction, a removed
account, a server put back from an old dump. Real PostgreSQL and real client processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.errors import AjoError, ServerRolledBack
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.casework import cases
from ajo_cases.services.people import people
from tests.pg_cluster import OWNER, Cluster, start_cluster
from tests.server import load_support
from tests.server.load_support import WORKER_PASSWORD, Outcome
from tests.support import ADMIN, ADMIN_PASSWORD


@pytest.fixture
def own_cluster(pg_cluster: Cluster, monkeypatch: pytest.MonkeyPatch) -> Iterator[Cluster]:
    """A cluster of this test's own, so restarting it disturbs no other test."""
    cluster = start_cluster()
    monkeypatch.setenv("PGPASSWORD", cluster.owner_password)
    try:
        yield cluster
    finally:
        cluster.stop()


def _wait_for(condition, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def _finish(children: list[subprocess.Popen[bytes]], seconds: float) -> list[int | None]:
    for child in children:
        child.communicate(timeout=seconds)
    return [child.returncode for child in children]


@pytest.mark.slow
def test_a_server_restarted_mid_run(tmp_path, own_cluster: Cluster) -> None:
    """Clients hear "not reachable", carry on once it is back; no change is left half done."""
    own_cluster.sql(f"CREATE DATABASE office OWNER {OWNER}")
    url = own_cluster.url("office")
    office = load_support.office(tmp_path, url, workers=1)
    plans = [office.plan(0, ADMIN, 14), office.plan(1, "worker1", 14)]
    children = [load_support.start(plan) for plan in plans]
    _wait_for(lambda: all(load_support.journal(p)[-1:] for p in plans))
    time.sleep(3)
    own_cluster.pause("fast")  # ends every session, mid-transaction or not
    time.sleep(2)
    back = time.time()
    own_cluster.resume()
    assert _finish(children, 120) == [0, 0]
    outcome = Outcome(plans)
    assert outcome.of("crash") == []
    for plan in plans:
        entries = Outcome([plan])
        heard = [e["message"] for e in entries.of("doubt")]
        assert heard and all("office server is not reachable" in m for m in heard), heard
        after = [e for e in entries.entries if e["t"] > back and e["kind"] in _CHANGES]
        assert after, f"the client did not carry on: {entries.summary()}"
    vault = office.admin()
    try:
        outcome.check_all(vault, office.shared_cases)
    finally:
        vault.close()
    checked = load_support.verify_full(office.admin_dir)
    assert checked.returncode == 0, checked.stdout + checked.stderr


_CHANGES = ("person", "case", "edit", "stay", "discharge", "import")


@pytest.mark.slow
def test_a_client_killed_inside_a_transaction(tmp_path, empty_database) -> None:
    """Killed holding the case-code turn with its rows written: nothing of it stays, the
    number it drew goes to the next case, and the other client, kept waiting, carries on."""
    office = load_support.office(tmp_path, empty_database, workers=1)
    doomed = office.plan(0, ADMIN, 60, hold_in="case_file")
    other = office.plan(1, "worker1", 20)
    survivor = load_support.start(other)
    _wait_for(lambda: any(e["kind"] == "ready" for e in load_support.journal(other)))
    victim = load_support.start(doomed)
    _wait_for(lambda: any(e["kind"] == "holding" for e in load_support.journal(doomed)))
    time.sleep(2)  # the survivor waits for the turns the doomed one holds
    killed_at = time.time()
    victim.send_signal(signal.SIGKILL)
    victim.wait(30)
    assert _finish([survivor], 120) == [0]
    mine = Outcome([doomed])
    assert mine.of("case") == [] and len(mine.of("person")) == 1
    drawn = mine.of("holding")[0]["code"]
    theirs = Outcome([other])
    assert theirs.of("crash") == []
    assert theirs.after(killed_at, "case"), theirs.summary()
    vault = office.admin()
    try:
        Outcome([doomed, other]).check_all(vault, office.shared_cases)
        orphan = mine.of("person")[0]["id"]
        assert load_support.cases_of(vault, orphan) == []  # its case never committed
        # the number the killed client drew went to a survivor's case or register (and the
        # check above found the year's numbers without a gap)
        assert drawn in load_support.all_codes(vault)
    finally:
        vault.close()
    checked = load_support.verify_full(office.admin_dir)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def _cli(folder: Path, user: str, password: str, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.cheap_kdf_main", "--data-dir", str(folder),
         "--user", user, *argv],
        capture_output=True, text=True, cwd=load_support.ROOT, timeout=120, check=False,
        env={**os.environ, "PYTHONPATH": str(load_support.ROOT), "AJO_CASES_PASSWORD": password},
    )  # fmt: skip


def _remove_worker(office: load_support.Office) -> None:
    vault = office.admin()
    try:
        users.remove_user(vault, "worker1")
    finally:
        vault.close()


def test_a_removed_account_cannot_sign_in_again(tmp_path, empty_database) -> None:
    office = load_support.office(tmp_path, empty_database, workers=1)
    laptop = office.pc("laptop")
    signed_in = _cli(laptop, "worker1", WORKER_PASSWORD, "find", "Умеда")
    assert signed_in.returncode == 0, signed_in.stderr
    _remove_worker(office)
    refused = _cli(laptop, "worker1", WORKER_PASSWORD, "find", "Умеда")
    assert refused.returncode == 1
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ajo-cases: "), refused.stderr


def test_closing_an_older_session_keeps_the_accounts_changed_meanwhile(
    tmp_path, empty_database
) -> None:
    """A PC unlocked before an account was removed (or added) closes afterwards: its old copy
    of the accounts must not bring the removed one back, nor drop the new one."""
    office = load_support.office(tmp_path, empty_database, workers=1)
    older = open_vault(office.pc("worker-pc"), "worker1", WORKER_PASSWORD)
    vault = office.admin()
    try:
        users.remove_user(vault, "worker1")
        users.add_user(vault, "newcomer", "case_worker", WORKER_PASSWORD)
    finally:
        vault.close()
    older.close()
    assert _cli(office.admin_dir, "worker1", WORKER_PASSWORD, "find", "Умеда").returncode == 1
    newcomer = _cli(office.admin_dir, "newcomer", WORKER_PASSWORD, "find", "Умеда")
    assert newcomer.returncode == 0, newcomer.stderr


def test_a_removed_accounts_open_session_fails_at_its_next_action(tmp_path, empty_database):
    office = load_support.office(tmp_path, empty_database, workers=1)
    session = open_vault(office.pc("worker-pc"), "worker1", WORKER_PASSWORD)
    try:
        _remove_worker(office)
        form = PersonForm(sex="female", category="returnee_migrant", given_name="Пас")
        with pytest.raises(AjoError) as refused:
            people.register(session, form, allow_duplicate=True)
        assert len(str(refused.value).splitlines()) == 1
    finally:
        session.close()
    # what the removed session did not write, and its closing did not bring the account back
    assert _cli(office.admin_dir, "worker1", WORKER_PASSWORD, "find", "Умеда").returncode == 1
    vault = office.admin()
    try:
        assert "Пас" not in load_support.given_names(vault)
    finally:
        vault.close()


def test_a_server_restored_from_an_older_dump_is_refused(
    tmp_path, empty_database, pg_cluster: Cluster
) -> None:
    """The administrator's own pg_dump put back over the live database: this PC's pin is newer
    than anything in it, so it refuses; a PC that never saw the newer state is not warned."""
    database = empty_database.rsplit("/", 1)[1]
    office = load_support.office(tmp_path, empty_database, workers=0)
    folder = office.admin_dir
    saved = tmp_path / "office.dump"
    subprocess.run(
        [str(pg_cluster.bindir / "pg_dump"), "-Fc", "-f", str(saved), empty_database],
        check=True, timeout=120,
    )  # fmt: skip
    newcomer = office.pc("new-pc")  # set up now, first unlock only after the restore
    vault = office.admin()
    try:
        later, _ = people.register(
            vault,
            PersonForm(sex="male", category="returnee_migrant", given_name="Баъдӣ"),
            allow_duplicate=True,
        )
        cases.open_case(vault, later.id, CaseForm(opened_on=date(2026, 4, 1)))
    finally:
        vault.close()  # the pin moves past everything in the dump
    pg_cluster.sql(f"DROP DATABASE {database} WITH (FORCE)")
    pg_cluster.sql(f"CREATE DATABASE {database} OWNER {OWNER}")
    subprocess.run(
        [str(pg_cluster.bindir / "pg_restore"), "--no-owner", "-d", empty_database, str(saved)],
        check=True, timeout=120,
    )  # fmt: skip
    with pytest.raises(ServerRolledBack, match="older state"):
        open_vault(folder, ADMIN, ADMIN_PASSWORD)
    refused = _cli(folder, ADMIN, ADMIN_PASSWORD, "verify")
    assert refused.returncode == 1 and "older state" in refused.stderr
    # a PC with no pin yet has nothing to compare: it opens the old state (docs say so)
    vault = open_vault(newcomer, ADMIN, ADMIN_PASSWORD)
    try:
        assert "Баъдӣ" not in load_support.given_names(vault)
    finally:
        vault.close()
