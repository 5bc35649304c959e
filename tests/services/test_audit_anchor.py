"""Truncating or rewriting the audit log with K_db in hand is detected (issue: tamper evidence)."""

import json

import pytest
from sqlalchemy import text

from ajo_cases.errors import VaultRolledBack
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.access.verify import verify_vault
from ajo_cases.services.open_vault import AUDIT_TAMPERED
from ajo_cases.vault import keyslots
from tests.support import ADMIN, ADMIN_PASSWORD


def _add_entries(vault, n=5):
    with vault.unit_of_work() as session:
        for i in range(n):
            vault.record(session, "export", detail=f"file {i}")


def _truncate(vault, keep_after_delete):
    """What a manager with K_db does: drop the trigger and delete the newest entries."""
    with vault.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_log_no_delete"))
        conn.execute(text("DELETE FROM audit_log WHERE seq > :n"), {"n": keep_after_delete})


def _last_seq(vault):
    with vault.read_session() as session:
        return vault.audit.last(session).seq


def _audit_head(report):
    return next(c for c in report.checks if c.name == "audit_head")


def test_entries_deleted_while_open_fail_verify_and_the_head_stays(vault_dir):
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    vault.save_slots()  # the head recorded now covers the exports below once written
    _add_entries(vault)
    vault.save_slots()
    recorded = vault.slot_file.audit_head.seq
    _truncate(vault, recorded - 3)
    report = verify_vault(vault)
    assert not report.ok
    assert not _audit_head(report).ok and "deleted" in _audit_head(report).detail
    vault.close()
    # closing did not move the head back to the truncated chain
    assert keyslots.load(vault_dir / "keyslots.json").audit_head.seq == recorded
    assert AUDIT_TAMPERED in vault.warnings
    with pytest.raises(VaultRolledBack):
        open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)


def test_a_rewritten_last_entry_fails_verify(admin_vault):
    _add_entries(admin_vault)
    admin_vault.save_slots()
    seq = admin_vault.slot_file.audit_head.seq
    _truncate(admin_vault, seq - 1)
    with admin_vault.unit_of_work() as session:  # a new entry where the deleted one was
        admin_vault.record(session, "view", detail="innocent")
    report = verify_vault(admin_vault)
    assert not _audit_head(report).ok and "rewritten" in _audit_head(report).detail


def test_verify_reads_the_head_before_writing(admin_vault):
    _add_entries(admin_vault)
    admin_vault.save_slots()
    seq = admin_vault.slot_file.audit_head.seq
    admin_vault.slot_file.audit_head = None  # as if the session had never recorded it
    _truncate(admin_vault, seq - 2)
    assert not verify_vault(admin_vault).ok  # the key file on disk still knows the head


def test_a_blanked_head_on_a_used_vault_is_tampering(vault_dir):
    path = vault_dir / "keyslots.json"
    slot_file = keyslots.load(path)
    slot_file.audit_head = None
    path.write_bytes(slot_file.to_bytes())  # checksum recomputed
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        assert AUDIT_TAMPERED in vault.warnings
        with vault.engine.connect() as conn:
            events = conn.execute(text("SELECT event, detail FROM audit_log")).all()
        assert ("integrity_failure", "audit head missing or behind") in events
    finally:
        vault.close()


def test_a_healthy_vault_still_verifies_and_the_head_moves_forward(admin_vault):
    _add_entries(admin_vault)
    assert verify_vault(admin_vault).ok
    assert admin_vault.slot_file.audit_head.seq == _last_seq(admin_vault)
    assert json.loads((admin_vault.data_dir / "keyslots.json").read_text())["audit_head"]
