"""Identity on the office server: each account is its own PostgreSQL login.

Signed in through ``ajo_prelogin`` with a secret derived from the password (never the password
itself); a login reads only its own key slot; accounts change only through the administrators'
functions; a removed account's sessions end at once and it cannot sign in again."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from ajo_cases import cli
from ajo_cases.errors import ACCOUNT_REMOVED, AccountRemoved, PermissionDenied, WrongCredentials
from ajo_cases.services.access import server_vault, users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.access.server_vault import create_server_vault, prelogin
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage.server_engine import make_server_engine
from ajo_cases.vault import server_login, server_profile
from tests.support import ADMIN, ADMIN_PASSWORD

PW = "a long enough passphrase"
NEW_PW = "another long passphrase"


def _direct(folder: Path, login: str, password: str) -> psycopg.Connection:
    """A plain PostgreSQL connection as ``login``, outside the program."""
    url = make_url(server_profile.load(folder).url)
    return psycopg.connect(
        host=url.host, port=url.port, dbname=url.database, user=login, password=password,
        autocommit=True, connect_timeout=10,
    )  # fmt: skip


def _secret(folder: Path, user: str, password: str) -> tuple[str, str]:
    """(login, login secret) of an account, as its PC derives them."""
    answer = prelogin(server_profile.load(folder), user)
    return answer.login, server_login.derive(password, answer.kdf).secret


@pytest.fixture
def office(tmp_path, empty_database, monkeypatch) -> Path:
    """A server vault with an admin and a case worker; no PC here holds the owner's password."""
    folder = tmp_path / "pc"
    vault, _code = create_server_vault(folder, empty_database, ADMIN, ADMIN_PASSWORD)
    with vault:
        users.add_user(vault, "Nigora", "case_worker", PW)
    monkeypatch.delenv("PGPASSWORD")  # every account works without it
    return folder


def _second_pc(office: Path, tmp_path: Path, name: str) -> Path:
    connection = tmp_path / "office.ajoconnect"
    with open_vault(office, ADMIN, ADMIN_PASSWORD) as vault:
        server_vault.write_connection_file(vault, connection)
    server_vault.connect(tmp_path / name, connection)
    return tmp_path / name


def test_sign_in_uses_a_derived_secret_the_server_can_check_but_never_the_password(
    office,
) -> None:
    login, secret = _secret(office, "nigora", PW)
    assert secret != PW and PW not in secret
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        _direct(office, login, PW)  # the account's password is no database password
    with _direct(office, login, secret) as conn:  # the secret derived from it is
        assert conn.execute("SELECT current_user").fetchone() == (login,)
        # the server holds only a SCRAM verifier, from which neither is recovered
        stored = conn.execute(
            "SELECT count(*) FROM ajo_accounts WHERE kdf::text LIKE %s", (f"%{secret}%",)
        ).fetchone()
        assert stored == (0,)
    with open_vault(office, "nigora", PW) as vault:
        assert vault.role == "case_worker"
        with vault.engine.connect() as conn:
            assert conn.execute(text("SELECT current_user")).scalar() == login


def test_an_unknown_name_fails_like_a_wrong_password(office) -> None:
    with pytest.raises(WrongCredentials) as unknown:
        open_vault(office, "nobody at all", PW)
    with pytest.raises(WrongCredentials) as wrong:
        open_vault(office, "nigora", "not her password at all")
    assert str(unknown.value) == str(wrong.value) == "wrong user name or password"
    assert type(unknown.value) is type(wrong.value) is WrongCredentials


def test_a_login_reads_only_its_own_slot_and_writes_none(office) -> None:
    login, secret = _secret(office, "nigora", PW)
    admin_login, _ = _secret(office, ADMIN, ADMIN_PASSWORD)
    with _direct(office, login, secret) as conn:
        rows = conn.execute("SELECT login_role, kind FROM ajo_slots").fetchall()
        assert rows == [(login, "user")]  # not the admin's, not the recovery slot
        for statement in (
            "UPDATE ajo_slots SET body = '{}' WHERE login_role = '" + admin_login + "'",  # noqa: S608
            "UPDATE ajo_slots SET body = body",
            "DELETE FROM ajo_slots",
            "INSERT INTO ajo_slots (slot_id, kind, body) VALUES ('x', 'recovery', '{}')",
            "UPDATE ajo_accounts SET role = 'admin'",
            "INSERT INTO ajo_accounts (login_role, user_name, user_folded, role, kdf) "
            "VALUES ('x', 'x', 'x', 'admin', '{}')",
            "SELECT * FROM ajo_identity_settings",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)  # type: ignore[arg-type]


def test_only_administrators_may_call_the_account_functions(office) -> None:
    login, secret = _secret(office, "nigora", PW)
    admin_login, _ = _secret(office, ADMIN, ADMIN_PASSWORD)
    with _direct(office, login, secret) as conn:
        for statement in (
            "SELECT ajo_add_account('0123456789ab', 'x', '{}'::jsonb, 'SCRAM-SHA-256$4096:x')",
            f"SELECT ajo_reset_account('{admin_login}', '{{}}'::jsonb, 'SCRAM-SHA-256$4096:x')",
            f"SELECT ajo_remove_account('{admin_login}')",
            f"SELECT ajo_end_sessions('{admin_login}')",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)  # type: ignore[arg-type]
    with open_vault(office, "nigora", PW) as worker:
        with pytest.raises(PermissionDenied):
            users.add_user(worker, "Other", "admin", PW)
        with pytest.raises(PermissionDenied):
            users.remove_user(worker, ADMIN)


def test_the_own_password_function_changes_only_the_callers_slot(office) -> None:
    """Handing it the administrator's slot does not reach the administrator's row."""
    login, secret = _secret(office, "nigora", PW)
    with open_vault(office, ADMIN, ADMIN_PASSWORD) as admin:
        admin_slot = admin.slot_file.slots[0].to_json()
    forged = psycopg.types.json.Jsonb(admin_slot)
    with _direct(office, login, secret) as conn, pytest.raises(psycopg.errors.NoDataFound):
        conn.execute(
            "SELECT ajo_change_own_password(%s, 'SCRAM-SHA-256$4096:x')",
            (forged,),
        )
    open_vault(office, ADMIN, ADMIN_PASSWORD).close()  # the administrator is untouched


def test_a_password_change_changes_the_slot_and_the_logins_secret(office) -> None:
    old_login, old_secret = _secret(office, "nigora", PW)
    with open_vault(office, "nigora", PW) as vault:
        users.change_password(vault, "nigora", NEW_PW)
        with vault.engine.connect() as conn:  # a new connection uses the new secret
            conn.invalidate()
        with vault.read_session() as session:
            assert session.execute(text("SELECT 1")).scalar() == 1
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        _direct(office, old_login, old_secret)  # the old password fails at the database
    with pytest.raises(WrongCredentials):
        open_vault(office, "nigora", PW)
    new_login, new_secret = _secret(office, "nigora", NEW_PW)
    assert new_login == old_login and new_secret != old_secret
    _direct(office, new_login, new_secret).close()
    open_vault(office, "nigora", NEW_PW).close()


def test_an_administrators_reset_also_changes_the_login(office) -> None:
    with open_vault(office, ADMIN, ADMIN_PASSWORD) as admin:
        users.change_password(admin, "Nigora", NEW_PW)
    with pytest.raises(WrongCredentials):
        open_vault(office, "nigora", PW)
    with open_vault(office, "nigora", NEW_PW) as worker:
        assert worker.password_is_temporary


def _backends(office: Path, login: str) -> int:
    admin_login, admin_secret = _secret(office, ADMIN, ADMIN_PASSWORD)
    with _direct(office, admin_login, admin_secret) as conn:
        found = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE usename = %s", (login,)
        ).fetchone()
    assert found is not None
    return int(found[0])


def test_removal_ends_an_open_session_at_once_and_the_next_sign_in_fails(office, tmp_path) -> None:
    login, _ = _secret(office, "nigora", PW)
    laptop = _second_pc(office, tmp_path, "laptop")
    worker: OpenVault = open_vault(laptop, "nigora", PW)
    try:
        with worker.read_session() as session:  # a session that holds a connection
            session.execute(text("SELECT 1"))
        assert _backends(office, login) >= 1
        with open_vault(office, ADMIN, ADMIN_PASSWORD) as admin:
            users.remove_user(admin, "Nigora")
            assert [u.name for u in users.list_users(admin)] == [ADMIN]
        assert _backends(office, login) == 0  # ended by the removal, not at her next step
        with pytest.raises(AccountRemoved, match=ACCOUNT_REMOVED), worker.read_session() as s:
            s.execute(text("SELECT count(*) FROM beneficiary"))
    finally:
        worker.close()  # closing a removed account's vault is quiet
    with pytest.raises(AccountRemoved, match=ACCOUNT_REMOVED):
        open_vault(laptop, "nigora", PW)
    # without her password the removal is not told: the same answer as any wrong password
    with pytest.raises(WrongCredentials) as wrong:
        open_vault(laptop, "nigora", "not her password at all")
    assert type(wrong.value) is WrongCredentials


def test_a_removed_account_is_one_line_and_exit_1_on_the_command_line(
    office, monkeypatch, capsys
) -> None:
    with open_vault(office, ADMIN, ADMIN_PASSWORD) as admin:
        users.remove_user(admin, "Nigora")
    monkeypatch.setenv("AJO_CASES_USER", "nigora")
    monkeypatch.setenv("AJO_CASES_PASSWORD", PW)
    capsys.readouterr()
    assert cli.main(["--data-dir", str(office), "verify"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == f"ajo-cases: {ACCOUNT_REMOVED}"


def test_two_administrators_adding_accounts_at_once_both_land(office, tmp_path) -> None:
    with open_vault(office, ADMIN, ADMIN_PASSWORD) as admin:
        users.add_user(admin, "Second Admin", "admin", PW)
    laptop = _second_pc(office, tmp_path, "laptop")
    with open_vault(laptop, "second admin", PW) as second:
        users.change_password(second, "second admin", NEW_PW)
    first, second = (
        open_vault(office, ADMIN, ADMIN_PASSWORD),
        open_vault(laptop, "second admin", NEW_PW),
    )
    start, failures = threading.Barrier(2), []

    def add(vault: OpenVault, prefix: str) -> None:
        try:
            start.wait()
            for i in range(4):
                users.add_user(vault, f"{prefix} {i}", "shelter_staff", PW)
        except Exception as exc:  # reported below, with the thread's name
            failures.append(exc)

    threads = [threading.Thread(target=add, args=(v, p)) for v, p in ((first, "a"), (second, "b"))]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert failures == []
        names = {u.name for u in users.list_users(first)}
    finally:
        first.close()
        second.close()
    assert {f"{p} {i}" for p in "ab" for i in range(4)} <= names
    open_vault(laptop, "a 3", PW).close()  # each landed with its own working login
    open_vault(office, "b 0", PW).close()


def test_the_recovery_code_needs_the_owner_and_opens_as_the_owner(tmp_path, empty_database) -> None:
    folder = tmp_path / "pc"
    vault, code = create_server_vault(folder, empty_database, ADMIN, ADMIN_PASSWORD)
    vault.close()
    with open_vault(folder, "", code, use_recovery=True) as recovered:
        users.change_password(recovered, ADMIN, NEW_PW)  # an administrator who forgot
    open_vault(folder, ADMIN, NEW_PW).close()


def test_an_account_never_changes_the_schema_the_owner_upgrades_it(
    tmp_path, empty_database, capsys
) -> None:
    """An account's login may not run migrations: an older database is refused with what
    to do, and ``server upgrade`` (the owner) is the way forward."""
    folder = tmp_path / "pc"
    create_server_vault(folder, empty_database, ADMIN, ADMIN_PASSWORD)[0].close()
    owner = make_server_engine(empty_database)
    try:
        with owner.begin() as conn:
            head = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
            conn.execute(text("UPDATE alembic_version SET version_num = '0008_plan_approval'"))
        with pytest.raises(PermissionDenied, match="server upgrade"):
            open_vault(folder, ADMIN, ADMIN_PASSWORD)
        with owner.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :h"), {"h": head})
    finally:
        owner.dispose()
    assert cli.main(["--data-dir", str(folder), "server", "upgrade"]) == 0
    assert "up to date" in capsys.readouterr().out
    open_vault(folder, ADMIN, ADMIN_PASSWORD).close()


def test_a_connection_file_whose_login_is_refused_says_so(office, tmp_path) -> None:
    laptop = _second_pc(office, tmp_path, "laptop")
    profile = server_profile.load(laptop)
    server_profile.save(laptop, replace(profile, prelogin_password="not its password"))
    with pytest.raises(WrongCredentials, match="new connection file"):
        open_vault(laptop, "nigora", PW)
