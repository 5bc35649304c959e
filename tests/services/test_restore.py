"""Restore: verified first, swapped only after success, the old vault kept; faults 3, 5, 6, 17."""

from __future__ import annotations

import hashlib
import json
import zipfile

import pytest
from sqlalchemy import select

from ajo_cases.errors import (
    PermissionDenied,
    VaultDamaged,
    VaultMissingDatabase,
    WrongCredentials,
)
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import create_vault, open_vault
from ajo_cases.services.access.verify import verify_vault
from ajo_cases.services.backup import archive, backup, restore, swap
from ajo_cases.services.backup.snapshot import BackupInvalid
from ajo_cases.services.demo import demo
from ajo_cases.storage.models import Base
from tests.support import ADMIN, ADMIN_PASSWORD

# the local SQLCipher file itself; the office server has tests of its own (tests/server)
pytestmark = pytest.mark.local_only


def dump(vault, skip=("audit_log", "vault_meta", "key_slot_registry")):
    """Every row of every table, read through the engine."""
    rows = {}
    with vault.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name not in skip:
                rows[table.name] = sorted(map(repr, conn.execute(select(table)).all()))
    return rows


def fingerprint(folder):
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != "vault.lock"
    }


@pytest.fixture
def live(vault_dir):
    """An open vault that the test may close itself (closing twice would write stale slots)."""
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    yield vault
    if vault.lock._handle is not None:
        vault.close()


@pytest.fixture
def saved(live, tmp_path):
    users.add_user(live, "nigora", "case_worker", "a long enough passphrase")
    return backup.create_backup(live, tmp_path / "saved.ajobackup")


def test_round_trip_of_a_demo_vault_into_an_empty_folder(live, tmp_path):
    demo.fill_demo(live, cases=200, seed=3)
    before = dump(live)
    with live.read_session() as session:
        audit_before = [(e.seq, e.mac) for e in live.audit._in_order(session)]
    info = backup.create_backup(live, tmp_path / "demo.ajobackup")
    target = tmp_path / "elsewhere"
    result = restore.restore_backup(target, info.path, ADMIN, ADMIN_PASSWORD)
    assert result is not None and result.replaced_dir is None
    assert result.preview.counts["case_file"] == 200
    restored = open_vault(target, ADMIN, ADMIN_PASSWORD)
    try:
        assert dump(restored) == before
        with restored.read_session() as session:
            audit_after = [(e.seq, e.mac) for e in restored.audit._in_order(session)]
            events = [e.event for e in restored.audit._in_order(session)]
        assert audit_after[: len(audit_before)] == audit_before
        assert "restore" in events[len(audit_before) :]
        assert verify_vault(restored, full=True).ok
    finally:
        restored.close()


def test_restore_over_the_live_vault_keeps_the_replaced_one(saved, live, vault_dir):
    users.remove_user(live, "nigora")
    live.close()
    kept = fingerprint(vault_dir)
    result = restore.restore_backup(vault_dir, saved.path, ADMIN, ADMIN_PASSWORD)
    assert result.replaced_dir.parent == vault_dir
    assert result.replaced_dir.name.startswith("replaced-")
    assert fingerprint(result.replaced_dir) == kept
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        assert [u.name for u in users.list_users(vault)] == [ADMIN, "nigora"]
        assert verify_vault(vault).ok
    finally:
        vault.close()
    # the replaced vault still opens on its own
    old = open_vault(result.replaced_dir, ADMIN, ADMIN_PASSWORD)
    assert [u.name for u in users.list_users(old)] == [ADMIN]
    old.close()


def test_restore_with_the_recovery_code(saved, live, recovery_code, tmp_path):
    live.close()
    target = tmp_path / "fresh"
    assert restore.restore_backup(target, saved.path, "", recovery_code, use_recovery=True)
    vault = open_vault(target, "", recovery_code, use_recovery=True)
    assert vault.user == "recovery-code" and verify_vault(vault).ok
    vault.close()


def test_wrong_password_and_non_admin_are_refused(saved, live, tmp_path):
    live.close()
    with pytest.raises(WrongCredentials):
        restore.restore_backup(tmp_path / "x", saved.path, ADMIN, "not the right password")
    with pytest.raises(PermissionDenied):
        restore.restore_backup(tmp_path / "x", saved.path, "nigora", "a long enough passphrase")
    assert not (tmp_path / "x" / "cases.db").exists()


def test_declined_confirmation_changes_nothing(saved, live, vault_dir):
    live.close()
    before = fingerprint(vault_dir)
    shown = []
    assert (
        restore.restore_backup(
            vault_dir,
            saved.path,
            ADMIN,
            ADMIN_PASSWORD,
            confirm=lambda p: shown.append(p) and False,
        )
        is None
    )
    assert shown[0].same_vault is True and shown[0].live_exists
    assert fingerprint(vault_dir) == before
    assert not (vault_dir / swap.STAGING).exists()


def _flip(path, offset):
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def _edit_manifest(source, target, change):
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == archive.MANIFEST:
                manifest = json.loads(data)
                change(manifest)
                data = json.dumps(manifest).encode()
            new.writestr(info, data)


BAD_BACKUPS = {
    "flipped byte in the snapshot": lambda src, dst: (
        dst.write_bytes(src.read_bytes()),
        _flip(dst, src.stat().st_size // 2),
    ),
    "truncated": lambda src, dst: dst.write_bytes(src.read_bytes()[: src.stat().st_size // 2]),
    "not a backup": lambda src, dst: dst.write_bytes(b"hello" * 100),
    "empty": lambda src, dst: dst.write_bytes(b""),
    "edited counts": lambda src, dst: _edit_manifest(
        src, dst, lambda m: m["counts"].update(case_file=999)
    ),
    "edited checksum": lambda src, dst: _edit_manifest(
        src, dst, lambda m: m.update(snapshot_sha256="0" * 64)
    ),
    "missing": lambda src, dst: None,
}


@pytest.mark.parametrize("damage", list(BAD_BACKUPS))
def test_wrong_corrupted_or_truncated_backup_is_refused(saved, live, vault_dir, damage):
    """Fault 17: refused, the live vault untouched."""
    live.close()
    bad = vault_dir.parent / "bad.ajobackup"
    BAD_BACKUPS[damage](saved.path, bad)
    before = fingerprint(vault_dir)
    with pytest.raises(BackupInvalid):
        restore.preview_restore(vault_dir, bad, ADMIN, ADMIN_PASSWORD)
    with pytest.raises(BackupInvalid):
        restore.restore_backup(vault_dir, bad, ADMIN, ADMIN_PASSWORD)
    assert fingerprint(vault_dir) == before
    open_vault(vault_dir, ADMIN, ADMIN_PASSWORD).close()


def test_backup_of_another_vault_is_refused_unless_asked(saved, live, vault_dir, tmp_path):
    live.close()
    other, _code = create_vault(tmp_path / "other", ADMIN, ADMIN_PASSWORD)
    foreign = backup.create_backup(other, tmp_path / "foreign.ajobackup")
    other.close()
    before = fingerprint(vault_dir)
    with pytest.raises(BackupInvalid, match="another vault"):
        restore.restore_backup(vault_dir, foreign.path, ADMIN, ADMIN_PASSWORD)
    assert fingerprint(vault_dir) == before
    result = restore.restore_backup(
        vault_dir, foreign.path, ADMIN, ADMIN_PASSWORD, allow_other_vault=True
    )
    assert result.preview.same_vault is False


def _damage_then_restore(vault_dir, saved, damage, expected):
    db = vault_dir / "cases.db"
    damage(db)
    damaged = db.read_bytes()
    with pytest.raises(expected) as caught:
        vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
        try:  # a damaged page deeper in the file fails at the first full check
            report = verify_vault(vault, full=True)
            assert not report.ok
            raise VaultDamaged("verify failed")
        finally:
            vault.close()
    assert caught.value.code in ("vault.damaged", "vault.database_missing")  # UI: offer restore
    # Never recreated: same salt (first 16 bytes), nothing shorter than what was there.
    assert db.read_bytes()[:16] == damaged[:16] and db.stat().st_size >= len(damaged)
    restore.restore_backup(vault_dir, saved.path, ADMIN, ADMIN_PASSWORD)
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    assert verify_vault(vault, full=True).ok
    vault.close()


def _checkpointed_close(vault):
    with vault.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.close()


def test_fault_3_header_salt_changed_is_damaged_and_restorable(saved, live, vault_dir):
    _checkpointed_close(live)
    _damage_then_restore(vault_dir, saved, lambda db: _flip(db, 5), VaultDamaged)


def test_fault_5_truncated_mid_page_is_an_error(saved, live, vault_dir):
    demo.fill_demo(live, cases=40, seed=5)
    _checkpointed_close(live)
    size = (vault_dir / "cases.db").stat().st_size

    def truncate(db):
        with db.open("r+b") as handle:
            handle.truncate(size // 2 + 1234)  # in the middle of a page

    _damage_then_restore(vault_dir, saved, truncate, VaultDamaged)


def test_fault_6_flipped_byte_in_a_page_fails_authentication(saved, live, vault_dir):
    demo.fill_demo(live, cases=40, seed=6)
    _checkpointed_close(live)
    size = (vault_dir / "cases.db").stat().st_size
    _damage_then_restore(vault_dir, saved, lambda db: _flip(db, size // 2 + 100), VaultDamaged)


def test_missing_database_error_offers_restore(saved, live, vault_dir):
    live.close()
    for name in ("cases.db", "cases.db-wal", "cases.db-shm"):
        (vault_dir / name).unlink(missing_ok=True)
    with pytest.raises(VaultMissingDatabase):
        open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    restore.restore_backup(vault_dir, saved.path, ADMIN, ADMIN_PASSWORD)
    open_vault(vault_dir, ADMIN, ADMIN_PASSWORD).close()


def test_interrupted_swap_is_finished_at_the_next_unlock(saved, live, vault_dir):
    """A crash right after the READY marker: the next unlock completes the restore."""
    live.close()
    folder = swap.begin_staging(vault_dir)
    archive.extract_snapshot(saved.path, folder / "cases.db", saved.manifest)
    (folder / "keyslots.json").write_bytes(archive.read_archive(saved.path)[1])
    k_db = restore._open_backup(saved.path, ADMIN, ADMIN_PASSWORD, False).keys.k_db
    name = "replaced-20260101-120000-000000"
    swap.mark_ready(vault_dir, replaced=name, kind="restore", k_db=k_db)
    (vault_dir / "cases.db").rename(vault_dir / "partial")  # half moved out
    (vault_dir / name).mkdir()
    (vault_dir / "partial").rename(vault_dir / name / "cases.db")
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        assert "nigora" in [u.name for u in users.list_users(vault)]
        assert verify_vault(vault).ok
    finally:
        vault.close()
    assert not (vault_dir / swap.STAGING).exists()
    assert (vault_dir / name / "keyslots.json").exists()
