"""An insider with K_db who truncates the log and rewrites the key file to match is still
caught by the head kept in the second backup folder and in the backups' manifests."""

import pytest
from sqlalchemy import text

from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.access.verify import verify_vault
from ajo_cases.services.backup import autobackup, backup, restore
from ajo_cases.services.open_vault import AUDIT_TAMPERED
from ajo_cases.vault import audit_anchor, keyfile_mac, keyslots
from ajo_cases.vault.auditchain import make_head
from tests.support import ADMIN, ADMIN_PASSWORD


@pytest.fixture
def second(vault_dir, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    autobackup.set_second_folder(vault, folder)
    with vault.unit_of_work() as session:
        for i in range(5):
            vault.record(session, "export", detail=f"file {i}")
    autobackup.maybe_backup(vault, force=True)
    vault.close()
    return folder


def _truncate_and_cover_up(vault_dir, delete):
    """Everything K_db allows inside the vault folder: delete the newest entries, then write
    a key file whose head, tag, checksum and MAC all match the shortened chain."""
    path = vault_dir / "keyslots.json"
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    keys = vault.keys
    with vault.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_log_no_delete"))
        last = conn.execute(text("SELECT max(seq) FROM audit_log")).scalar()
        conn.execute(text("DELETE FROM audit_log WHERE seq > :n"), {"n": last - delete})
        seq, mac = conn.execute(
            text("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1")
        ).one()
    vault.engine.dispose()
    vault.lock.release()  # walk away without the program's close
    for bak in backup.default_folder(vault_dir).glob("*"):
        bak.unlink()  # the backups inside the vault folder are within reach too
    slot_file = keyslots.load(path)
    slot_file.audit_head = make_head(keys.audit_key(), seq, mac)
    path.write_bytes(keyfile_mac.sign(keys.k_db, slot_file).to_bytes())


def test_the_second_folder_head_catches_a_covered_up_truncation(vault_dir, second):
    anchored = audit_anchor.decode_anchor
    assert list(second.glob("audit-head-*.json")) and anchored  # written at the close
    _truncate_and_cover_up(vault_dir, delete=4)
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        assert AUDIT_TAMPERED in vault.warnings
        report = verify_vault(vault)
        head = next(c for c in report.checks if c.name == "audit_head")
        assert not head.ok and not report.ok
    finally:
        vault.close()


def test_the_anchor_never_moves_backwards(vault_dir, second):
    (path,) = second.glob("audit-head-*.json")
    before = path.read_bytes()
    _truncate_and_cover_up(vault_dir, delete=4)
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    autobackup.maybe_backup(vault)
    vault.close()
    assert path.read_bytes() == before


def test_a_backups_manifest_catches_it_without_a_second_folder(vault_dir, tmp_path):
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    with vault.unit_of_work() as session:
        vault.record(session, "export", detail="the one to hide")
    backup.create_backup(vault, tmp_path / "kept.ajobackup")
    vault.close()
    outside = tmp_path / "kept.ajobackup"
    _truncate_and_cover_up(vault_dir, delete=4)  # the export and what followed it
    # the copy put back into the vault's backup folder (or found in the second one)
    backup.default_folder(vault_dir).mkdir(exist_ok=True)
    outside.rename(backup.default_folder(vault_dir) / outside.name)
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        assert not verify_vault(vault).ok
    finally:
        vault.close()


def test_restoring_an_older_backup_is_not_reported_as_tampering(vault_dir, second, tmp_path):
    older = tmp_path / "older.ajobackup"
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    backup.create_backup(vault, older)
    with vault.unit_of_work() as session:
        vault.record(session, "export", detail="after the backup")
    autobackup.maybe_backup(vault, force=True)
    vault.close()
    restore.restore_backup(vault_dir, older, ADMIN, ADMIN_PASSWORD)
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        assert AUDIT_TAMPERED not in vault.warnings
        assert verify_vault(vault).ok
    finally:
        vault.close()


def test_a_key_rotation_starts_the_head_file_again(vault_dir, second):
    from ajo_cases.services.access import rotation

    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    rotation.rotate_keys(vault, ADMIN_PASSWORD)
    autobackup.maybe_backup(vault)
    vault.close()
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        assert AUDIT_TAMPERED not in vault.warnings
        assert verify_vault(vault).ok
        (path,) = second.glob("audit-head-*.json")
        assert audit_anchor.decode_anchor(
            vault.audit_key, vault.slot_file.vault_id, path.read_bytes()
        )  # rewritten under the new keys
    finally:
        vault.close()
