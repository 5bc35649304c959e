"""Unlocking, and the faults met when opening a vault: damaged, missing or replaced files,
wrong credentials, a second instance."""

import json
import os
import shutil
import sqlite3

import pytest
from sqlalchemy import select

from ajo_cases.errors import (
    DataDirUnusable,
    KeySlotsCorrupt,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultMissingDatabase,
    VaultNotFound,
    VaultRolledBack,
    WrongCredentials,
)
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import create_vault, open_vault
from ajo_cases.storage.models_core import AuditEntry
from ajo_cases.vault import kdf, keyslots
from tests.support import ADMIN, ADMIN_PASSWORD

# the local SQLCipher file itself; the office server has tests of its own (tests/server)
pytestmark = pytest.mark.local_only


def _events(vault):
    with vault.read_session() as session:
        return [
            (e.event, e.actor) for e in session.scalars(select(AuditEntry).order_by(AuditEntry.seq))
        ]


def test_database_is_not_plain_sqlite(vault_dir):
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(vault_dir / "cases.db").execute("SELECT * FROM sqlite_master").fetchall()


def test_open_and_audit_login(vault_dir):
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        assert vault.role == "admin" and vault.may_read_personal
        assert ("login_success", ADMIN) in _events(vault)
    finally:
        vault.close()


def test_user_name_is_case_and_space_insensitive(vault_dir):
    open_vault(vault_dir, "  ADMIN ", ADMIN_PASSWORD).close()


def test_wrong_password_same_message_as_unknown_user_and_audited_later(vault_dir):
    with pytest.raises(WrongCredentials) as wrong:
        open_vault(vault_dir, ADMIN, "not the password at all")
    with pytest.raises(WrongCredentials) as unknown:
        open_vault(vault_dir, "nobody", ADMIN_PASSWORD)
    assert wrong.value.message == unknown.value.message == "wrong user name or password"
    # nothing left open: the lock is free again
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        events = _events(vault)
        failures = [e for e in events if e[0] == "login_failed"]
        assert failures == [("login_failed", ADMIN), ("login_failed", "unknown account")]
        assert events[-1] == ("login_success", ADMIN)
    finally:
        vault.close()
    assert keyslots.load(vault_dir / "keyslots.json").pending_events == []


def test_create_refuses_existing_vault(vault_dir):
    with pytest.raises(VaultExists):
        create_vault(vault_dir, "other", ADMIN_PASSWORD)


def test_no_vault(tmp_path):
    with pytest.raises(VaultNotFound):
        open_vault(tmp_path, ADMIN, ADMIN_PASSWORD)
    assert list(tmp_path.iterdir()) == []


def test_slot_from_another_vault_is_refused(vault_dir, tmp_path):
    other, _ = create_vault(tmp_path / "other", ADMIN, ADMIN_PASSWORD)
    other.close()
    mine = json.loads((vault_dir / "keyslots.json").read_text())
    theirs = json.loads((tmp_path / "other" / "keyslots.json").read_text())
    mine["slots"][0] = theirs["slots"][0]
    (vault_dir / "keyslots.json").write_text(json.dumps(mine))
    (vault_dir / "keyslots.json.bak").unlink()
    with pytest.raises(KeySlotsCorrupt):
        open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)


def test_damaged_database_header_is_reported_not_recreated(vault_dir):
    db = vault_dir / "cases.db"
    data = bytearray(db.read_bytes())
    data[0:16] = bytes(16)  # the salt: the key no longer derives the right page key
    db.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged):
        open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    assert db.read_bytes() == bytes(data)


@pytest.mark.parametrize("how", ["missing", "empty"])
def test_missing_or_empty_database_is_an_error(vault_dir, how):
    db = vault_dir / "cases.db"
    if how == "missing":
        db.unlink()
    else:
        db.write_bytes(b"")
    with pytest.raises(VaultMissingDatabase):
        open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    assert (db.exists() and db.stat().st_size == 0) if how == "empty" else not db.exists()


def test_older_database_swapped_in_is_detected(vault_dir, tmp_path):
    old_copy = tmp_path / "old.db"
    shutil.copyfile(vault_dir / "cases.db", old_copy)
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    users.add_user(vault, "nigora", "case_worker", "a long enough passphrase")
    vault.close()
    shutil.copyfile(old_copy, vault_dir / "cases.db")
    for suffix in ("-wal", "-shm"):
        (vault_dir / f"cases.db{suffix}").unlink(missing_ok=True)
    with pytest.raises(VaultRolledBack):
        open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)


def _edit_slots(vault_dir, edit):
    path = vault_dir / "keyslots.json"
    data = json.loads(path.read_text())
    edit(data)
    path.write_text(json.dumps(data))


def _swap_users(data):
    first, second = data["slots"][0]["header"], data["slots"][1]["header"]
    first["user"], second["user"] = second["user"], first["user"]


KEYSLOT_DAMAGE = {
    "bad json": lambda p: p.write_text("{not json"),
    "truncated": lambda p: p.write_bytes(p.read_bytes()[:100]),
    "missing fields": lambda p: p.write_text(json.dumps({"format": 1})),
    "unknown version": lambda p: _edit_slots(p.parent, lambda d: d.update(format=99)),
    "edited kdf": lambda p: _edit_slots(
        p.parent, lambda d: d["slots"][0]["header"]["kdf"].update(iterations=2)
    ),
    "swapped users": lambda p: _edit_slots(p.parent, _swap_users),
}


@pytest.mark.parametrize("damage", sorted(KEYSLOT_DAMAGE))
def test_corrupt_key_file_falls_back_to_backup(admin_vault, damage):
    vault_dir = admin_vault.data_dir
    users.add_user(admin_vault, "nigora", "case_worker", "a long enough passphrase")
    admin_vault.close()
    KEYSLOT_DAMAGE[damage](vault_dir / "keyslots.json")
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        assert "keyslots_restored_from_backup" in vault.warnings
        assert ("keyslots_restored_from_backup", ADMIN) in _events(vault)
    finally:
        vault.close()
    assert keyslots.load(vault_dir / "keyslots.json").intact
    assert keyslots.load(vault_dir / "keyslots.json.bak").intact  # the damaged copy is not kept


@pytest.mark.parametrize("damage", ["bad json", "edited kdf"])
def test_corrupt_key_file_without_backup_is_a_clear_error(vault_dir, damage):
    (vault_dir / "keyslots.json.bak").unlink(missing_ok=True)
    KEYSLOT_DAMAGE[damage](vault_dir / "keyslots.json")
    with pytest.raises(KeySlotsCorrupt):
        open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)


def test_recovery_code_works_when_admin_slot_is_edited(vault_dir, recovery_code):
    (vault_dir / "keyslots.json.bak").unlink(missing_ok=True)
    KEYSLOT_DAMAGE["edited kdf"](vault_dir / "keyslots.json")
    vault = open_vault(vault_dir, "", recovery_code, use_recovery=True)
    try:
        assert vault.role == "admin" and vault.may_read_personal
    finally:
        vault.close()


def test_recovery_code_resets_admin_password(vault_dir, recovery_code):
    vault = open_vault(vault_dir, "", recovery_code.lower().replace("-", " "), use_recovery=True)
    users.change_password(vault, ADMIN, "a brand new director passphrase")
    vault.close()
    with pytest.raises(WrongCredentials):
        open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    open_vault(vault_dir, ADMIN, "a brand new director passphrase").close()


def test_wrong_recovery_code_refused(vault_dir):
    from ajo_cases.vault import recovery

    with pytest.raises(WrongCredentials):
        open_vault(vault_dir, "", recovery.generate(), use_recovery=True)


def test_second_instance_refused(admin_vault):
    with pytest.raises(VaultInUse):
        open_vault(admin_vault.data_dir, ADMIN, ADMIN_PASSWORD)


def test_data_dir_that_is_a_file_is_unusable(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DataDirUnusable):
        create_vault(blocker / "vault", ADMIN, ADMIN_PASSWORD)


def test_read_only_data_dir_is_refused_without_fallback(vault_dir, monkeypatch, tmp_path):
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode)
    )
    with pytest.raises(DataDirUnusable):
        open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    with pytest.raises(DataDirUnusable):
        create_vault(tmp_path / "new", ADMIN, ADMIN_PASSWORD)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_really_read_only_dir(vault_dir):
    os.chmod(vault_dir, 0o500)
    try:
        with pytest.raises(DataDirUnusable):
            open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    finally:
        os.chmod(vault_dir, 0o700)


def test_weak_slot_is_upgraded_at_login(vault_dir):
    import secrets

    from ajo_cases.vault.keyslots import Slot

    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    old = vault.slot_file.user_slot(ADMIN)
    # above the production floor, below the policy: opens, then is resealed at the policy
    params = kdf.KdfParams(kdf.ARGON2ID, secrets.token_bytes(16), 20 * 1024, 2, 1)
    kdf.use_weak_test_parameters(False)
    try:
        weaker = Slot.seal(
            kind=old.kind, user=old.user, role=old.role, vault_id=old.vault_id, kdf=params,
            kek=kdf.derive_kek(ADMIN_PASSWORD.encode(), params), keys=vault.keys,
            seed=vault.keys.signing_seed, slot_id=old.slot_id,
        )  # fmt: skip
        vault.slot_file.replace_slot(weaker)
        vault.close()
        open_vault(vault_dir, ADMIN, ADMIN_PASSWORD).close()
        slot = keyslots.load(vault_dir / "keyslots.json").user_slot(ADMIN)
        assert (slot.kdf.memory_kib, slot.kdf.iterations, slot.kdf.lanes) == (65536, 3, 4)
        vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
        try:
            assert _events(vault).count(("kdf_upgraded", ADMIN)) == 1
        finally:
            vault.close()
    finally:
        kdf.use_weak_test_parameters(True)


def test_newer_database_is_refused(admin_vault):
    from sqlalchemy import text

    from ajo_cases.errors import DatabaseTooNew

    with admin_vault.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_future'"))
    vault_dir = admin_vault.data_dir
    admin_vault.close()
    with pytest.raises(DatabaseTooNew):
        open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
