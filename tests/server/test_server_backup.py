"""A backup of an office-server vault: the same .ajobackup, one consistent snapshot, and it
restores as a local vault that opens with the same passwords and holds the same records."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.errors import WrongCredentials
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.access.server_vault import create_server_vault
from ajo_cases.services.access.verify import verify_vault
from ajo_cases.services.backup import autobackup, backup, restore
from ajo_cases.services.casework import attachments, cases
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import people
from ajo_cases.storage import table_copy
from ajo_cases.storage.models_core import AuditEntry
from ajo_cases.storage.models_people import Beneficiary
from ajo_cases.vault.layout import is_server_vault
from tests.support import ADMIN, ADMIN_PASSWORD, CANARY_NAME

WORKER, WORKER_PASSWORD = "dilnoza", "lantern orchard pebble ninety"
DOCUMENT = b"%PDF-1.4 scanned passport " * 200


def _fill(vault: OpenVault) -> tuple[str, str, str]:
    users.add_user(vault, WORKER, "case_worker", WORKER_PASSWORD)
    person, _ = people.register(
        vault,
        PersonForm(sex="female", category="victim_of_trafficking", given_name=CANARY_NAME,
                   family_name="Раҳимова"),
        allow_duplicate=True,
    )  # fmt: skip
    case, _ = cases.open_case(vault, person.id, CaseForm(opened_on=date(2026, 3, 1)))
    info, _ = attachments.add_attachment(
        vault, case.id, "id_document", "passport.pdf", "application/pdf", DOCUMENT
    )
    return person.id, case.id, info.id


def test_a_server_vault_backs_up_and_restores_as_a_local_vault(tmp_path, empty_database) -> None:
    pc = tmp_path / "pc"
    vault, _code = create_server_vault(pc, empty_database, ADMIN, ADMIN_PASSWORD)
    try:
        person_id, case_id, document_id = _fill(vault)
        code = cases.get_case(vault, case_id).code
        info = backup.create_backup(vault, tmp_path)
        with vault.read_session() as session:
            server_audit = session.scalar(select(func.count()).select_from(AuditEntry))
    finally:
        vault.close()
    assert info.path.suffix == ".ajobackup" and info.path.parent == tmp_path
    assert info.manifest.counts["beneficiary"] == 1 and info.manifest.counts["attachment"] == 1
    # the audit entry of the backup itself comes after the snapshot
    assert info.manifest.counts["audit_log"] == server_audit - 1
    assert not list(pc.glob(f"{backup.TEMP_PREFIX}*"))  # no snapshot left beside the profile

    local = tmp_path / "local"
    result = restore.restore_backup(local, info.path, ADMIN, ADMIN_PASSWORD)
    assert result is not None and not is_server_vault(local)
    assert (local / "cases.db").exists() and (local / "keyslots.json").exists()
    # the backup holds the slot of the administrator who made it (a login reads no other
    # account's slot): the worker gets access back through a new temporary password
    with pytest.raises(WrongCredentials):
        open_vault(local, WORKER, WORKER_PASSWORD)
    restored = open_vault(local, ADMIN, ADMIN_PASSWORD)  # the same password as on the server
    try:
        users.add_user(restored, WORKER, "case_worker", "amber willow forty harbour")
    finally:
        restored.close()
    worker = open_vault(local, WORKER, "amber willow forty harbour")
    try:
        assert not worker.on_server and worker.role == "case_worker"
        assert worker.password_is_temporary
    finally:
        worker.close()
    restored = open_vault(local, ADMIN, ADMIN_PASSWORD)
    try:
        assert not restored.on_server
        assert people.get(restored, person_id).form.given_name == CANARY_NAME
        assert cases.get_case(restored, case_id).code == code
        assert attachments.get_content(restored, document_id) == DOCUMENT
        report = verify_vault(restored, full=True)
        assert report.ok, [(c.name, c.detail) for c in report.checks if not c.ok]
        with restored.read_session() as session:
            events = session.scalars(select(AuditEntry.event).order_by(AuditEntry.seq)).all()
        assert "restore" in events and events[-1] == "verify"
    finally:
        restored.close()


def test_the_snapshot_is_one_moment_while_another_pc_writes(
    tmp_path, empty_database, monkeypatch
) -> None:
    """A person registered on another PC while the backup reads is in none of its tables."""
    pc, other_pc = tmp_path / "pc", tmp_path / "other"
    vault, _code = create_server_vault(pc, empty_database, ADMIN, ADMIN_PASSWORD)
    vault.close()
    other_pc.mkdir()
    (other_pc / "server.json").write_bytes((pc / "server.json").read_bytes())
    vault = open_vault(pc, ADMIN, ADMIN_PASSWORD)
    other = open_vault(other_pc, ADMIN, ADMIN_PASSWORD)
    try:
        people.register(
            vault, PersonForm(sex="male", category="returnee_migrant", given_name="Бахтиёр"),
            allow_duplicate=True,
        )  # fmt: skip
        real_copy = table_copy.copy_rows
        written: list[str] = []

        def copy_while_another_pc_saves(source, target, **kw):  # type: ignore[no-untyped-def]
            source.execute(select(func.count()).select_from(Beneficiary)).scalar()  # snapshot
            person, _ = people.register(
                other, PersonForm(sex="female", category="returnee_migrant", given_name="Мадина"),
                allow_duplicate=True,
            )  # fmt: skip
            written.append(person.id)
            return real_copy(source, target, **kw)

        monkeypatch.setattr(table_copy, "copy_rows", copy_while_another_pc_saves)
        info = backup.create_backup(vault, tmp_path)
        assert written, "the other PC's save ran during the backup"
        assert info.manifest.counts["beneficiary"] == 1  # not the person saved meanwhile
        with vault.read_session() as session:
            live_people = session.scalar(select(func.count()).select_from(Beneficiary))
            live_audit = session.scalar(select(func.count()).select_from(AuditEntry))
        assert live_people == 2
        # the registration's audit entry is not in the backup either: one moment throughout
        assert info.manifest.counts["audit_log"] == live_audit - 2
    finally:
        other.close()
        vault.close()
    local = tmp_path / "local"
    restore.restore_backup(local, info.path, ADMIN, ADMIN_PASSWORD)
    restored = open_vault(local, ADMIN, ADMIN_PASSWORD)
    try:
        assert verify_vault(restored, full=True).ok
    finally:
        restored.close()


def test_pcs_of_a_server_vault_make_no_automatic_backups(tmp_path, empty_database) -> None:
    pc = tmp_path / "pc"
    vault, _code = create_server_vault(pc, empty_database, ADMIN, ADMIN_PASSWORD)
    try:
        assert autobackup.maybe_backup(vault, force=True) is None
        assert not backup.default_folder(Path(pc)).exists()
        # no backup made on this PC, yet nothing tells its user a backup is overdue
        assert autobackup.status(vault).last_good_at is None
        assert not autobackup.status(vault).overdue
    finally:
        vault.close()


def test_backup_and_restore_from_the_command_line(
    tmp_path, empty_database, monkeypatch, capsys
) -> None:
    from ajo_cases import cli

    monkeypatch.setenv("AJO_CASES_USER", ADMIN)
    monkeypatch.setenv("AJO_CASES_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("AJO_CASES_NEW_PASSWORD", ADMIN_PASSWORD)
    office, local = tmp_path / "office", tmp_path / "local"
    init = ["--data-dir", str(office), "server", "init", "--url", empty_database]
    assert cli.main([*init, "--admin", ADMIN]) == 0
    target = tmp_path / "copy.ajobackup"
    assert cli.main(["--data-dir", str(office), "backup", "-o", str(target)]) == 0
    assert "written and verified" in capsys.readouterr().out
    assert cli.main(["--data-dir", str(office), "restore", str(target), "--yes"]) == 1
    assert "restore into another folder" in capsys.readouterr().err
    assert cli.main(["--data-dir", str(local), "restore", str(target), "--yes"]) == 0
    capsys.readouterr()
    assert cli.main(["--data-dir", str(local), "verify", "--full"]) == 0
    assert "no problems found" in capsys.readouterr().out
