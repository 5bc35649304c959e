"""Signing keys stay consistent through key rotation, restore and removal: after each,
`verify` finds every entry signed by a key the log trusts."""

from __future__ import annotations

import pytest

from ajo_cases.services.access import rotation, users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.access.verify import verify_vault
from ajo_cases.services.backup import backup, restore, restore_guard
from ajo_cases.services.open_vault import OpenVault
from tests.support import ADMIN, ADMIN_PASSWORD

PW = "a long enough passphrase"
OWN = "my own quiet passphrase 77"


def _signatures_ok(vault: OpenVault) -> bool:
    report = verify_vault(vault, full=True)
    check = next(c for c in report.checks if c.name == "audit_signatures")
    assert "without a key" not in check.detail, check.detail
    return check.ok and report.ok


@pytest.mark.local_only  # key rotation is a local vault's
def test_after_a_rotation_every_account_signs_with_a_key_the_log_trusts(vault_dir):
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    users.add_user(vault, "nigora", "case_worker", PW)
    seed_before = vault.keys.signing_seed
    result = rotation.rotate_keys(vault, ADMIN_PASSWORD)
    assert vault.keys.signing_seed == seed_before  # the administrator keeps their own key
    assert _signatures_ok(vault)
    vault.close()
    temporary = result.temporary_passwords["nigora"]
    vault = open_vault(vault_dir, "nigora", temporary)  # the key the administrator registered
    users.change_password(vault, "nigora", OWN)  # the forced change: her own key
    assert _signatures_ok(vault)
    vault.close()
    vault = open_vault(vault_dir, "", result.recovery_code, use_recovery=True)
    try:
        assert _signatures_ok(vault)  # the new recovery code signs with its new key
    finally:
        vault.close()


@pytest.mark.local_only  # restore makes a local vault
def test_restoring_an_older_backup_brings_back_its_keys_with_its_log(vault_dir, tmp_path):
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    users.add_user(vault, "nigora", "case_worker", PW)
    info = backup.create_backup(vault, tmp_path)
    users.change_password(vault, ADMIN, "a newer passphrase of mine 4")  # a new key, later
    vault.close()
    live = restore_guard.authorize_live(vault_dir, ADMIN, "a newer passphrase of mine 4")
    assert restore.restore_backup(vault_dir, info.path, ADMIN, ADMIN_PASSWORD, live=live)
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)  # the backup's slot, the backup's key
    try:
        assert _signatures_ok(vault)
    finally:
        vault.close()
    vault = open_vault(vault_dir, "nigora", PW)
    try:
        users.change_password(vault, "nigora", OWN)
        assert _signatures_ok(vault)
    finally:
        vault.close()


def test_removing_and_adding_an_account_again_gives_it_a_new_trusted_key(admin_vault):
    users.add_user(admin_vault, "farid", "shelter_staff", PW)
    users.remove_user(admin_vault, "farid")
    users.add_user(admin_vault, "farid", "manager", PW)
    assert _signatures_ok(admin_vault)
