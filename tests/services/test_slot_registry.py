"""Taking access away: the database keeps the slots it accepts; copies of others are refused."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import delete, select

from ajo_cases.errors import SlotRevoked, WrongCredentials
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.access.slot_check import UNKNOWN_REMOVED
from ajo_cases.services.access.verify import verify_vault
from ajo_cases.storage import meta_repo, slot_registry_repo
from ajo_cases.storage.models_access import KeySlotEntry
from ajo_cases.storage.models_core import AuditEntry
from ajo_cases.vault import keyslots
from tests.support import ADMIN, ADMIN_PASSWORD

# the key file on the PC is what is attacked here; a server vault keeps its slots in the database
pytestmark = pytest.mark.local_only

PW = "a long enough passphrase"
NEW_PW = "another long passphrase"


def _slot_json(vault_dir, user):
    data = json.loads((vault_dir / "keyslots.json").read_text())
    return next(s for s in data["slots"] if s["header"]["user"] == user)


def _put_slot_back(vault_dir, slot_json):
    """What an attacker does: add a slot to the key file and recompute its checksum."""
    slot_file = keyslots.load(vault_dir / "keyslots.json")
    slot = keyslots.Slot.from_json(slot_json, slot_file.vault_id)
    slot_file.slots = [s for s in slot_file.slots if s.slot_id != slot.slot_id] + [slot]
    (vault_dir / "keyslots.json").write_bytes(slot_file.to_bytes())


def _events(vault, event):
    with vault.read_session() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.event == event)).all()
        return [(e.actor, e.detail) for e in rows]


def test_removed_accounts_slot_copied_back_is_refused(admin_vault, vault_dir):
    users.add_user(admin_vault, "nigora", "case_worker", PW)
    kept = _slot_json(vault_dir, "nigora")  # the copy she (or a friend) keeps
    users.remove_user(admin_vault, "nigora")
    admin_vault.close()

    _put_slot_back(vault_dir, kept)
    with pytest.raises(SlotRevoked):
        open_vault(vault_dir, "nigora", PW)

    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        assert ("nigora", "key slot not accepted: removed or replaced") in _events(
            vault, "login_failed"
        )
        # her slot went out of the key file at the administrator's unlock, and said so
        assert vault.slot_file.user_slot("nigora") is None
        assert UNKNOWN_REMOVED in vault.warnings
        # her refused login is an unverified failed login, not an entry forged with her old key
        report = verify_vault(vault)
        signatures = next(c for c in report.checks if c.name == "audit_signatures")
        assert signatures.ok and "1 unverified failed logins" in signatures.detail
        assert any(
            "unknown key slots removed" in d for _a, d in _events(vault, "integrity_failure")
        )
    finally:
        vault.close()
    assert keyslots.load(vault_dir / "keyslots.json").user_slot("nigora") is None


def test_old_key_file_replayed_after_password_change_is_refused(admin_vault, vault_dir):
    users.add_user(admin_vault, "nigora", "case_worker", PW)
    old_file = (vault_dir / "keyslots.json").read_bytes()
    users.change_password(admin_vault, "nigora", NEW_PW)
    admin_vault.close()
    open_vault(vault_dir, "nigora", NEW_PW).close()

    (vault_dir / "keyslots.json").write_bytes(old_file)
    (vault_dir / "keyslots.json.bak").unlink(missing_ok=True)
    with pytest.raises(SlotRevoked):
        open_vault(vault_dir, "nigora", PW)
    with pytest.raises(WrongCredentials):
        open_vault(vault_dir, "nigora", NEW_PW)  # her new slot is not in the old file


def test_every_legitimate_reseal_keeps_working(admin_vault, vault_dir, recovery_code):
    users.add_user(admin_vault, "nigora", "case_worker", PW)
    users.change_password(admin_vault, "nigora", NEW_PW)
    admin_vault.close()
    vault = open_vault(vault_dir, "nigora", NEW_PW)
    users.change_password(vault, "nigora", PW + " of mine")
    vault.close()
    open_vault(vault_dir, "nigora", PW + " of mine").close()
    open_vault(vault_dir, "", recovery_code, use_recovery=True).close()
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        with vault.read_session() as session:
            registered = slot_registry_repo.known(session)
        from ajo_cases.vault import slot_registry

        assert registered == slot_registry.entries(vault.slot_file.slots)  # nothing stale left
    finally:
        vault.close()


def test_a_vault_from_before_the_list_trusts_its_key_file_once(admin_vault, vault_dir):
    users.add_user(admin_vault, "nigora", "case_worker", PW)
    with admin_vault.unit_of_work() as session:
        session.execute(delete(KeySlotEntry))
        session.execute(
            delete(meta_repo.VaultMeta).where(
                meta_repo.VaultMeta.key == slot_registry_repo.READY_KEY
            )
        )
    kept = _slot_json(vault_dir, "nigora")
    users.remove_user(admin_vault, "nigora")  # the save fills the list from the key file
    admin_vault.close()
    _put_slot_back(vault_dir, kept)
    with pytest.raises(SlotRevoked):
        open_vault(vault_dir, "nigora", PW)


def test_verify_reports_a_slot_planted_while_the_vault_is_open(admin_vault, vault_dir):
    from ajo_cases.services.access.verify import verify_vault

    users.add_user(admin_vault, "nigora", "case_worker", PW)
    kept = _slot_json(vault_dir, "nigora")
    users.remove_user(admin_vault, "nigora")
    checks = {c.name: c for c in verify_vault(admin_vault).checks}
    assert checks["key_slots_accepted"].ok
    _put_slot_back(vault_dir, kept)
    checks = {c.name: c for c in verify_vault(admin_vault).checks}
    assert not checks["key_slots_accepted"].ok
    assert kept["header"]["slot_id"] in checks["key_slots_accepted"].detail
