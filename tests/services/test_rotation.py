"""Key rotation: a new K_db, every slot re-sealed, the audit chain still verifies."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import select

from ajo_cases.errors import (
    InvalidInput,
    KeySlotsCorrupt,
    PermissionDenied,
    VaultDamaged,
    WrongCredentials,
)
from ajo_cases.services.access import rotation, users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.access.verify import verify_vault
from ajo_cases.services.backup import backup, restore, swap
from ajo_cases.services.demo import demo
from ajo_cases.storage.base import Base
from ajo_cases.storage.table_copy import DERIVED_TABLES
from tests.support import ADMIN, ADMIN_PASSWORD

# the local SQLCipher file itself; the office server has tests of its own (tests/server)
pytestmark = pytest.mark.local_only

STAFF_PASSWORD = "a long enough passphrase"


def plain_dump(vault):
    """Every row of every table with each sealed field opened under the vault's current key."""
    rows = {}
    with vault.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name in ("audit_log", "vault_meta", "key_slot_registry"):
                continue
            if table.name in DERIVED_TABLES:  # re-sealed rows mark their persons: no record
                continue
            sealed = [c.name for c in table.columns if c.name.endswith("_enc")]
            found = []
            for row in conn.execute(select(table)).mappings():
                values = dict(row)
                for name in sealed:
                    if values[name] is not None:
                        values[name] = vault.cipher.decrypt_bytes(
                            table.name, name, values["id"], values[name]
                        )
                found.append(repr(sorted(values.items())))
            rows[table.name] = sorted(found)
    return rows


@pytest.fixture
def live(vault_dir):
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    users.add_user(vault, "nigora", "case_worker", STAFF_PASSWORD)
    users.add_user(vault, "rustam", "manager", STAFF_PASSWORD)
    yield vault
    if vault.lock._handle is not None:
        vault.close()


def test_rotation_re_encrypts_and_keeps_every_record(live, vault_dir, recovery_code, tmp_path):
    demo.fill_demo(live, cases=25, seed=4)
    before = plain_dump(live)
    old_k_db, old_k_pii = live.keys.k_db, live.keys.k_pii
    old_slots = (vault_dir / "keyslots.json").read_bytes()
    result = rotation.rotate_keys(live, ADMIN_PASSWORD)
    assert live.keys.k_db != old_k_db and live.keys.k_pii != old_k_pii
    assert result.fields_resealed > 25
    assert set(result.temporary_passwords) == {"nigora", "rustam"}
    assert result.recovery_code not in repr(result)
    # the open vault keeps working on the new file, every personal field reads the same
    assert plain_dump(live) == before
    report = verify_vault(live, full=True)
    assert report.ok, report.checks
    live.close()
    assert not list(vault_dir.glob("cases.db.before-upgrade-*"))
    assert not (vault_dir / swap.STAGING).exists()

    # every account opens with what it was given; nobody's old secret works any more
    open_vault(vault_dir, ADMIN, ADMIN_PASSWORD).close()
    for name, password in result.temporary_passwords.items():
        vault = open_vault(vault_dir, name, password)
        assert vault.role in ("case_worker", "manager")
        vault.close()
        with pytest.raises(WrongCredentials):
            open_vault(vault_dir, name, STAFF_PASSWORD)
    open_vault(vault_dir, "", result.recovery_code, use_recovery=True).close()
    with pytest.raises(WrongCredentials):
        open_vault(vault_dir, "", recovery_code, use_recovery=True)

    # a copy of the old key file (a former user's) cannot open the new database
    stale = tmp_path / "stale"
    shutil.copytree(vault_dir, stale)
    (stale / "keyslots.json").write_bytes(old_slots)
    (stale / "keyslots.json.bak").unlink(missing_ok=True)
    with pytest.raises((VaultDamaged, KeySlotsCorrupt)):
        open_vault(stale, "nigora", STAFF_PASSWORD)


def test_audit_chain_is_relinked_and_the_rotation_recorded(live):
    result = rotation.rotate_keys(live, ADMIN_PASSWORD)
    with live.read_session() as session:
        chain = live.audit.verify(session)
        events = [e.event for e in live.audit._in_order(session)]
    assert chain.ok and chain.entries == len(events)
    assert "key_rotation" in events
    after = events[events.index("keys_rotated") + 1 :]
    assert after.count("password_reset") == len(result.temporary_passwords)
    # each reset account and the new recovery code get a key registered by the administrator
    assert after.count("signing_key") == len(result.temporary_passwords) + 1


def test_wrong_password_or_role_is_refused_and_nothing_changes(live, vault_dir):
    before = (vault_dir / "keyslots.json").read_bytes()
    with pytest.raises(WrongCredentials):
        rotation.rotate_keys(live, "not my password at all")
    assert (vault_dir / "keyslots.json").read_bytes() == before
    live.close()
    worker = open_vault(vault_dir, "nigora", STAFF_PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            rotation.rotate_keys(worker, STAFF_PASSWORD)
    finally:
        worker.close()


def test_recovery_session_must_sign_in_as_an_admin(live, vault_dir, recovery_code):
    live.close()
    vault = open_vault(vault_dir, "", recovery_code, use_recovery=True)
    try:
        with pytest.raises(InvalidInput):
            rotation.rotate_keys(vault, ADMIN_PASSWORD)
    finally:
        vault.close()


def test_old_backup_still_restores_elsewhere_after_rotation(live, vault_dir, tmp_path):
    old = backup.create_backup(live, tmp_path / "old.ajobackup")
    rotation.rotate_keys(live, ADMIN_PASSWORD)
    new = backup.create_backup(live, tmp_path / "new.ajobackup")
    live.close()
    with pytest.raises(PermissionDenied):  # only an administrator restores
        restore.restore_backup(tmp_path / "a", old.path, "nigora", STAFF_PASSWORD)
    restore.restore_backup(tmp_path / "a", old.path, ADMIN, ADMIN_PASSWORD)
    restore.restore_backup(tmp_path / "b", new.path, ADMIN, ADMIN_PASSWORD)
    for folder in (tmp_path / "a", tmp_path / "b"):
        vault = open_vault(folder, ADMIN, ADMIN_PASSWORD)
        assert verify_vault(vault).ok
        vault.close()
