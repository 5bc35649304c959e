"""`server init --from-vault`: a local vault moves onto an empty database in one transaction;
the audit chain verifies there, other accounts get temporary passwords, the local vault
becomes read-only; a failure half-way leaves the database empty and the local vault as it was."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import undefer

from ajo_cases import cli
from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.errors import VaultExists, VaultMigrated, WrongCredentials
from ajo_cases.services.access import server_migration, users
from ajo_cases.services.access.opening import MIGRATED_WARNING, open_vault
from ajo_cases.services.access.verify import verify_vault
from ajo_cases.services.casework import attachments, cases
from ajo_cases.services.people import people
from ajo_cases.storage import server_chain, server_identity, table_copy
from ajo_cases.storage.models_core import AuditEntry
from ajo_cases.storage.server_engine import driver_url
from ajo_cases.vault import signing
from ajo_cases.vault.layout import SERVER_PROFILE_FILE
from tests.pg_cluster import Cluster
from tests.support import ADMIN, ADMIN_PASSWORD, CANARY_NAME

WORKER, WORKER_PASSWORD = "dilnoza", "lantern orchard pebble ninety"
DOCUMENT = b"%PDF-1.4 scanned passport " * 300


@pytest.fixture
def local_vault(template_vault, tmp_path) -> tuple[Path, dict[str, str]]:
    """A local vault with a second account, a person, a case, a document."""
    folder = tmp_path / "local"
    shutil.copytree(template_vault[0], folder)
    vault = open_vault(folder, ADMIN, ADMIN_PASSWORD)
    try:
        users.add_user(vault, WORKER, "case_worker", WORKER_PASSWORD)
        person, _ = people.register(
            vault,
            PersonForm(sex="female", category="victim_of_trafficking", given_name=CANARY_NAME),
            allow_duplicate=True,
        )
        case, _ = cases.open_case(vault, person.id, CaseForm(opened_on=date(2026, 2, 1)))
        document, _ = attachments.add_attachment(
            vault, case.id, "id_document", "passport.pdf", "application/pdf", DOCUMENT
        )
        ids = {"person": person.id, "case": case.id, "code": case.code, "doc": document.id}
    finally:
        vault.close()
    return folder, ids


@pytest.fixture
def admin_env(monkeypatch):
    monkeypatch.setenv("AJO_CASES_NEW_PASSWORD", "quiet meadow copper lantern")
    monkeypatch.setenv("AJO_CASES_USER", ADMIN)
    monkeypatch.setenv("AJO_CASES_PASSWORD", ADMIN_PASSWORD)


def _tables(url: str) -> int:
    engine = create_engine(driver_url(url))
    try:
        with engine.connect() as conn:
            return int(
                conn.execute(
                    text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
                ).scalar_one()
            )
    finally:
        engine.dispose()


def _audit_count(vault) -> int:
    with vault.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def test_a_local_vault_moves_onto_the_server_from_the_command_line(
    tmp_path, empty_database, local_vault, template_vault, admin_env, capsys
) -> None:
    local, ids = local_vault
    before = open_vault(local, ADMIN, ADMIN_PASSWORD)
    local_entries = _audit_count(before)  # the move's own sign-in comes after this one
    before.close()
    office = tmp_path / "office"
    argv = ["--data-dir", str(office), "server", "init", "--url", empty_database,
            "--from-vault", str(local)]  # fmt: skip
    assert cli.main(argv) == 0
    out = capsys.readouterr().out
    assert "read-only" in out and "1 people, 1 cases" in out
    line = next(x for x in out.splitlines() if x.strip().startswith(f"{WORKER}:"))
    temporary = line.split(":", 1)[1].strip()
    assert ADMIN + ":" not in out  # the moving administrator keeps their password

    server = open_vault(office, ADMIN, ADMIN_PASSWORD)
    try:
        assert server.on_server
        assert people.get(server, ids["person"]).form.given_name == CANARY_NAME
        assert cases.get_case(server, ids["case"]).code == ids["code"]
        assert attachments.get_content(server, ids["doc"]) == DOCUMENT
        report = verify_vault(server, full=True)
        assert report.ok, [(c.name, c.detail) for c in report.checks if not c.ok]
        with server.read_session() as session:
            entries = session.scalars(
                select(AuditEntry).options(undefer(AuditEntry.signature)).order_by(AuditEntry.seq)
            ).all()
        moved = next(e for e in entries if e.event == "migrated_from_vault")
        # every local entry (and the move's sign-in) came along; the local head is named
        assert moved.seq == local_entries + 2
        previous = entries[moved.seq - 2]
        assert f"local_head={previous.seq}:{previous.mac.hex()}" in moved.detail
        # the copy kept the local links; the server's trigger links from the move on
        assert moved.mac == server_chain.link(previous.mac, server_chain.entry_canonical(moved))
        assert moved.signature is not None and signing.is_per_entry(moved.signature)
        assert "accounts_reset=1" in moved.detail
        # the worker's new signing key is registered by the moving administrator's signed entry
        with server.read_session() as session:
            key = session.scalars(
                select(AuditEntry).where(
                    AuditEntry.seq > moved.seq,
                    AuditEntry.event == "signing_key",
                    AuditEntry.target_id == WORKER,
                )
            ).one()
            assert key.actor == ADMIN and key.signature
            accounts = server_identity.accounts(session)
            own = server_identity.own_slot(session)
        # each account its own login; the administrator's login reads its own slot only
        assert sorted(a.user for a in accounts) == sorted([ADMIN, WORKER])
        assert len({a.login_role for a in accounts}) == 2
        assert own is not None and own["header"]["user"] == ADMIN
    finally:
        server.close()
    with pytest.raises(WrongCredentials):
        open_vault(office, WORKER, WORKER_PASSWORD)  # the old password does not open it
    worker = open_vault(office, WORKER, temporary)
    try:
        assert worker.password_is_temporary and worker.role == "case_worker"
    finally:
        worker.close()
    by_code = open_vault(office, "", template_vault[1], use_recovery=True)
    by_code.close()  # the recovery code still works

    old = open_vault(local, ADMIN, ADMIN_PASSWORD)  # still opens, for reference
    try:
        assert old.moved_to == empty_database and MIGRATED_WARNING in old.warnings
        assert people.get(old, ids["person"]).form.given_name == CANARY_NAME
        with pytest.raises(VaultMigrated, match="moved to the office server") as refused:
            people.register(
                old, PersonForm(sex="male", category="returnee_migrant", given_name="Фаррух"),
                allow_duplicate=True,
            )  # fmt: skip
        assert empty_database in str(refused.value)
    finally:
        old.close()
    local_cli = ["--data-dir", str(local), "user", "add", "nigora", "--role", "manager"]
    capsys.readouterr()
    assert cli.main(local_cli) == 1
    err = capsys.readouterr().err
    assert "moved to the office server" in err and empty_database in err
    again = ["--data-dir", str(tmp_path / "office2"), "server", "init", "--url",
             empty_database, "--from-vault", str(local)]  # fmt: skip
    assert cli.main(again) == 1
    assert "already moved" in capsys.readouterr().err


def test_a_failure_half_way_leaves_the_database_empty_and_the_local_vault_as_it_was(
    tmp_path, empty_database, local_vault, monkeypatch, pg_cluster: Cluster
) -> None:
    local, ids = local_vault
    office = tmp_path / "office"
    copied: list[str] = []
    real_copy = table_copy.copy_rows

    def copy_then_fail(source, target, **kw):  # type: ignore[no-untyped-def]
        counts = real_copy(source, target, **kw)
        copied.extend(counts)  # every row is in the server's open transaction by now
        raise OSError("the network went away")

    monkeypatch.setattr(table_copy, "copy_rows", copy_then_fail)
    with pytest.raises(OSError, match="network"):
        server_migration.migrate_to_server(office, empty_database, local, ADMIN, ADMIN_PASSWORD)
    assert "beneficiary" in copied
    assert _tables(empty_database) == 0
    assert not (office / SERVER_PROFILE_FILE).exists()
    # a failure after the copy and the slots (at the prelogin login) rolls back as well
    monkeypatch.setattr(table_copy, "copy_rows", real_copy)

    real_add = server_identity.add_account
    added: list[str] = []

    def second_login_refused(session, login_id, folded, slot, verifier):  # type: ignore[no-untyped-def]
        if added:  # the administrator's login, the prelogin login and the groups exist by now
            raise OSError("the server refused CREATE ROLE")
        added.append(real_add(session, login_id, folded, slot, verifier))
        return added[-1]

    monkeypatch.setattr(server_identity, "add_account", second_login_refused)
    with pytest.raises(OSError, match="CREATE ROLE"):
        server_migration.migrate_to_server(office, empty_database, local, ADMIN, ADMIN_PASSWORD)
    assert _tables(empty_database) == 0 and added
    database = make_url(empty_database).database
    roles = pg_cluster.sql(f"SELECT rolname FROM pg_roles WHERE rolname LIKE '{database}%'")  # noqa: S608
    assert roles == "[]"
    vault = open_vault(local, ADMIN, ADMIN_PASSWORD)
    try:
        assert not vault.moved_to and MIGRATED_WARNING not in vault.warnings
        people.register(  # writes still work: nothing was marked
            vault, PersonForm(sex="male", category="returnee_migrant", given_name="Фаррух"),
            allow_duplicate=True,
        )  # fmt: skip
        assert people.get(vault, ids["person"]).form.given_name == CANARY_NAME
        assert verify_vault(vault, full=True).ok
    finally:
        vault.close()
    monkeypatch.undo()
    server_migration.migrate_to_server(office, empty_database, local, ADMIN, ADMIN_PASSWORD)
    assert (office / SERVER_PROFILE_FILE).exists()


def test_a_database_that_is_not_empty_is_refused_and_nothing_is_marked(
    tmp_path, empty_database, local_vault
) -> None:
    local, _ids = local_vault
    engine = create_engine(driver_url(empty_database))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE someone_elses (x int)"))
    engine.dispose()
    with pytest.raises(VaultExists, match="not empty"):
        server_migration.migrate_to_server(
            tmp_path / "office", empty_database, local, ADMIN, ADMIN_PASSWORD
        )
    vault = open_vault(local, ADMIN, ADMIN_PASSWORD)
    try:
        assert not vault.moved_to
    finally:
        vault.close()
