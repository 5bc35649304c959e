"""Taking access away survives a restore: a backup's key file is authenticated, the snapshot's
list of accepted slots applies, and only an administrator of the live vault may replace it."""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import replace

import pytest

from ajo_cases import cli
from ajo_cases.errors import PermissionDenied, SlotRevoked
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.backup import backup, restore, restore_guard
from ajo_cases.services.backup.archive import Manifest
from ajo_cases.services.backup.snapshot import BackupInvalid
from ajo_cases.vault import keyslots
from tests.services.test_restore import fingerprint
from tests.support import ADMIN, ADMIN_PASSWORD

# every account's slot comes back with a local vault's backup; a server backup holds only the
# slot of the administrator who made it (docs/server.md, backup): local vault only
pytestmark = pytest.mark.local_only

PW = "a long enough passphrase"


def _slot_json(vault_dir, user):
    data = json.loads((vault_dir / "keyslots.json").read_text())
    return next(s for s in data["slots"] if s["header"]["user"] == user)


def _rewrite(archive, target, slots=None, manifest=None):
    """Copy a backup, replacing its key file and/or manifest (what a person with the file does)."""
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(target, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "keyslots.json" and slots is not None:
                data = slots
            if info.filename == "manifest.json" and manifest is not None:
                data = manifest
            out.writestr(info, data)
    return target


def _with_slot(slot_bytes, slot_json):
    slot_file = keyslots.parse(slot_bytes)
    slot_file.slots = [*slot_file.slots, keyslots.Slot.from_json(slot_json, slot_file.vault_id)]
    return slot_file.to_bytes()


@pytest.fixture
def farid_removed(admin_vault, vault_dir, tmp_path):
    """Farid was an administrator; he kept a copy of his slot; he was removed; a backup follows."""
    users.add_user(admin_vault, "farid", "admin", PW)
    kept = _slot_json(vault_dir, "farid")
    users.remove_user(admin_vault, "farid")
    info = backup.create_backup(admin_vault, tmp_path)
    admin_vault.close()
    return kept, info


def test_a_slot_added_to_a_backup_fails_the_manifest(farid_removed, vault_dir, tmp_path):
    kept, info = farid_removed
    with zipfile.ZipFile(info.path) as archive:
        slots = archive.read("keyslots.json")
    doctored = _rewrite(info.path, tmp_path / "doctored.ajobackup", slots=_with_slot(slots, kept))
    before = fingerprint(vault_dir)
    with pytest.raises(BackupInvalid, match="key file in the backup was altered"):
        restore.restore_backup(vault_dir, doctored, "farid", PW, live=_authority(vault_dir))
    with pytest.raises(BackupInvalid, match="key file in the backup was altered"):
        restore.restore_backup(vault_dir, doctored, ADMIN, ADMIN_PASSWORD)
    assert fingerprint(vault_dir) == before


def _authority(vault_dir):
    return restore_guard.authorize_live(vault_dir, ADMIN, ADMIN_PASSWORD)


def test_a_backup_from_before_the_manifest_named_its_key_file(farid_removed, vault_dir, tmp_path):
    """Older backups have no slots_sha256: the snapshot's own list still refuses Farid."""
    kept, info = farid_removed
    with zipfile.ZipFile(info.path) as archive:
        slots = archive.read("keyslots.json")
        manifest = Manifest.parse(archive.read("manifest.json"))
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    audit_key = vault.audit_key
    vault.close()
    old_style = replace(manifest, slots_sha256=None)
    old_style = replace(old_style, mac=old_style.signature(audit_key))
    doctored = _rewrite(
        info.path,
        tmp_path / "old.ajobackup",
        slots=_with_slot(slots, kept),
        manifest=old_style.to_bytes(),
    )
    with pytest.raises(SlotRevoked):
        restore.restore_backup(vault_dir, doctored, "farid", PW, live=_authority(vault_dir))
    restore.restore_backup(vault_dir, doctored, ADMIN, ADMIN_PASSWORD)
    assert keyslots.load(vault_dir / "keyslots.json").user_slot("farid") is None
    with pytest.raises(Exception) as caught:
        open_vault(vault_dir, "farid", PW)
    assert caught.value.code in ("auth.wrong_credentials", "auth.slot_revoked")


def test_restore_over_a_live_vault_needs_its_administrator(admin_vault, vault_dir, tmp_path):
    """Farid was an administrator when the backup was made; since then he was removed."""
    users.add_user(admin_vault, "farid", "admin", PW)
    info = backup.create_backup(admin_vault, tmp_path)
    users.remove_user(admin_vault, "farid")
    admin_vault.close()
    before = fingerprint(vault_dir)
    with pytest.raises(PermissionDenied, match="administrator of the current vault"):
        restore.restore_backup(vault_dir, info.path, "farid", PW)
    assert fingerprint(vault_dir) == before
    # a case worker of the live vault is not enough either
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    users.add_user(vault, "nigora", "case_worker", PW + "!")
    vault.close()
    with pytest.raises(PermissionDenied):
        restore_guard.authorize_live(vault_dir, "nigora", PW + "!")
    # the live administrator may (with her own password for the backup's slot)
    restore.restore_backup(vault_dir, info.path, ADMIN, ADMIN_PASSWORD)


def test_restore_with_the_live_recovery_code(admin_vault, vault_dir, tmp_path, recovery_code):
    users.add_user(admin_vault, "farid", "admin", PW)
    info = backup.create_backup(admin_vault, tmp_path)
    users.remove_user(admin_vault, "farid")
    admin_vault.close()
    live = restore_guard.authorize_live(vault_dir, "", recovery_code, use_recovery=True)
    result = restore.restore_backup(vault_dir, info.path, "farid", PW, live=live)
    assert result is not None
    with pytest.raises(PermissionDenied):
        restore_guard.authorize_live(vault_dir, "", "AAAAA-" * 5 + "AAAAA", use_recovery=True)


def test_a_backup_older_than_the_vault_is_said_so(admin_vault, vault_dir, tmp_path):
    info = backup.create_backup(admin_vault, tmp_path)
    preview = restore.preview_restore(vault_dir, info.path, ADMIN, ADMIN_PASSWORD, live=admin_vault)
    assert not preview.older_than_live  # the backup's own record and reading do not count
    users.add_user(admin_vault, "nigora", "case_worker", PW)
    preview = restore.preview_restore(vault_dir, info.path, ADMIN, ADMIN_PASSWORD, live=admin_vault)
    assert preview.older_than_live and preview.live_changes == 1
    admin_vault.close()
    seen = []
    restore.restore_backup(vault_dir, info.path, ADMIN, ADMIN_PASSWORD, confirm=seen.append)
    assert seen[0].older_than_live


def test_cli_restore_warns_and_takes_the_live_recovery_code(
    admin_vault, vault_dir, tmp_path, monkeypatch, capsys, recovery_code
):
    users.add_user(admin_vault, "farid", "admin", PW)
    info = backup.create_backup(admin_vault, tmp_path)
    users.remove_user(admin_vault, "farid")
    admin_vault.close()
    monkeypatch.setenv("AJO_CASES_DATA_DIR", str(vault_dir))
    monkeypatch.setenv("AJO_CASES_USER", "farid")
    monkeypatch.setenv("AJO_CASES_PASSWORD", PW)
    assert cli.main(["restore", str(info.path), "--yes"]) == 1
    assert "administrator of the current vault" in capsys.readouterr().err
    monkeypatch.setenv("AJO_CASES_LIVE_RECOVERY_CODE", recovery_code)
    assert cli.main(["restore", str(info.path), "--yes", "--live-recovery"]) == 0
    assert "OLDER than the current vault" in capsys.readouterr().out


def test_manifest_names_the_key_file(admin_vault, tmp_path):
    info = backup.create_backup(admin_vault, tmp_path)
    with zipfile.ZipFile(info.path) as archive:
        slots = archive.read("keyslots.json")
    assert info.manifest.slots_sha256 == hashlib.sha256(slots).hexdigest()
    assert info.manifest.is_authentic(admin_vault.audit_key)
