"""Editing keyslots.json, recomputing its checksum and blanking the head is detected."""

import json

from sqlalchemy import text

from ajo_cases.services.access.keyfile_check import KEYFILE_ALTERED
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.access.verify import verify_vault
from ajo_cases.vault import keyslots
from tests.support import ADMIN, ADMIN_PASSWORD


def _blank_head(vault_dir):
    """The attack: edit the file, recompute the unkeyed checksum, keep it 'intact'."""
    path = vault_dir / "keyslots.json"
    data = json.loads(path.read_text())
    data.pop("checksum")
    data["audit_head"] = None
    data["checksum"] = __import__("hashlib").sha256(keyslots.canonical_json(data)).hexdigest()
    path.write_text(json.dumps(data))
    assert keyslots.load(path).intact  # the checksum alone no longer tells


def test_a_blanked_head_with_the_checksum_recomputed_is_detected_at_unlock(vault_dir):
    _blank_head(vault_dir)
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        assert KEYFILE_ALTERED in vault.warnings
        with vault.engine.connect() as conn:
            details = (
                conn.execute(text("SELECT detail FROM audit_log WHERE event = 'integrity_failure'"))
                .scalars()
                .all()
            )
        assert "key file not authenticated" in details
    finally:
        vault.close()
    # the next unlock finds a file the program wrote itself
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    assert KEYFILE_ALTERED not in vault.warnings
    vault.close()


def test_an_edit_while_open_is_reported_by_verify(admin_vault):
    _blank_head(admin_vault.data_dir)
    report = verify_vault(admin_vault)
    slots = next(c for c in report.checks if c.name == "key_slots")
    assert not slots.ok and "not authenticated" in slots.detail
    assert not report.ok


def test_a_stripped_mac_is_not_a_way_back(vault_dir):
    path = vault_dir / "keyslots.json"
    slot_file = keyslots.load(path)
    slot_file.mac = None
    path.write_bytes(slot_file.to_bytes())
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        assert KEYFILE_ALTERED in vault.warnings
    finally:
        vault.close()


def test_parked_failed_logins_keep_the_mac_valid(vault_dir):
    import pytest

    from ajo_cases.errors import WrongCredentials

    with pytest.raises(WrongCredentials):
        open_vault(vault_dir, ADMIN, "not the password at all")
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        assert KEYFILE_ALTERED not in vault.warnings
        with vault.engine.connect() as conn:
            events = conn.execute(text("SELECT event FROM audit_log")).scalars().all()
        assert "login_failed" in events
    finally:
        vault.close()
