"""Backups: one verified file; a full disk never leaves a partial file (fault 10); verify finds
orphans; audit order follows sequence numbers when the clock moves (fault 13)."""

from __future__ import annotations

import errno
import json
import subprocess
import zipfile
from datetime import timedelta

import pytest
from sqlalchemy import select

from ajo_cases.domain.records_casework import ATTACHMENT_KINDS
from ajo_cases.services.access.verify import verify_vault
from ajo_cases.services.backup import archive, autobackup, backup, restore
from ajo_cases.services.backup.snapshot import BackupDiskFull, BackupInvalid, check_database_file
from ajo_cases.storage import audit_repo, table_copy
from ajo_cases.storage.models_core import AuditEntry
from ajo_cases.vault import keyslots
from tests.support import ADMIN, ADMIN_PASSWORD

KIND = sorted(ATTACHMENT_KINDS)[0]


def _files(folder):
    return sorted(p.name for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_backup_holds_snapshot_slots_and_manifest(admin_vault, out):
    info = backup.create_backup(admin_vault, out)
    assert info.path.parent == out and info.path.suffix == archive.SUFFIX
    with zipfile.ZipFile(info.path) as zf:
        assert {i.filename for i in zf.infolist()} == archive.MEMBERS
        assert all(i.compress_type == zipfile.ZIP_STORED for i in zf.infolist())
        manifest = json.loads(zf.read(archive.MANIFEST))
        slots = keyslots.parse(zf.read(archive.SLOTS))
    assert manifest["vault_id"] == admin_vault.slot_file.vault_id
    assert manifest["counts"]["audit_log"] >= 2 and manifest["format"] == archive.FORMAT
    assert manifest["audit_head"]["seq"] == manifest["counts"]["audit_log"]
    assert [s.slot_id for s in slots.slots] == [s.slot_id for s in admin_vault.slot_file.slots]
    assert info.manifest.is_authentic(admin_vault.audit_key)
    assert _files(out) == [info.path.name]  # no temporary file left behind
    assert not list(admin_vault.data_dir.glob(f"{backup.TEMP_PREFIX}*"))
    with admin_vault.read_session() as session:
        events = session.scalars(select(AuditEntry.event).order_by(AuditEntry.seq)).all()
    assert events[-1] == "backup"
    assert autobackup.status(admin_vault).last_good_at is not None


def test_default_target_is_the_backups_folder(admin_vault):
    first = backup.create_backup(admin_vault)
    second = backup.create_backup(admin_vault)
    assert first.path.parent == admin_vault.data_dir / "backups"
    assert first.path != second.path and first.path.exists() and second.path.exists()


def test_snapshot_keeps_the_same_key(admin_vault, tmp_path):
    info = backup.create_backup(admin_vault, tmp_path)
    target = tmp_path / "snap.db"
    archive.extract_snapshot(info.path, target, info.manifest)
    facts = check_database_file(target, admin_vault.keys.k_db, expect_counts=info.manifest.counts)
    assert facts.vault_id == admin_vault.slot_file.vault_id


def test_disk_full_while_writing_leaves_no_partial_file(admin_vault, out, monkeypatch):
    target = out / "out.ajobackup"

    def full(tmp, *_args):
        tmp.write_bytes(b"PK partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "write_archive", full)
    with pytest.raises(BackupDiskFull) as caught:
        backup.create_backup(admin_vault, target)
    assert caught.value.code == "backup.disk_full" and "free" in caught.value.message
    assert _files(out) == [] and not target.exists()
    monkeypatch.undo()
    assert verify_vault(admin_vault).ok  # the live vault is untouched and still works


@pytest.fixture
def tiny_disk(tmp_path):
    mount = tmp_path / "usb"
    mount.mkdir()
    try:
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=200k", "tmpfs", str(mount)],
            check=True,
            capture_output=True,
        )
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    yield mount
    subprocess.run(["umount", str(mount)], check=False)


def test_disk_full_on_a_real_small_disk(admin_vault, tiny_disk):
    from ajo_cases.services.demo import demo

    demo.fill_demo(admin_vault, cases=60, seed=2)  # a snapshot larger than the disk
    with pytest.raises(BackupDiskFull):
        backup.create_backup(admin_vault, tiny_disk / "b.ajobackup")
    assert _files(tiny_disk) == []
    assert verify_vault(admin_vault).ok


@pytest.mark.local_only  # references are enforced by PostgreSQL itself on the server
def test_verify_reports_orphans(admin_vault):
    """Rows whose parent is gone (an attachment or a consent without its case) are reported."""
    from datetime import date

    from ajo_cases.domain.records import CaseForm, PersonForm
    from ajo_cases.services.casework import attachments, cases
    from ajo_cases.services.people import people

    person, _ = people.register(
        admin_vault, PersonForm(sex="male", category="returnee_migrant", given_name="Orphan")
    )
    case, _ = cases.open_case(admin_vault, person.id, CaseForm(opened_on=date(2026, 1, 5)))
    attachments.add_attachment(
        admin_vault, case.id, KIND, "scan.pdf", "application/pdf", b"%PDF-1.4 test"
    )
    assert verify_vault(admin_vault).ok
    raw = admin_vault.engine.raw_connection()  # autocommit: the pragma needs no transaction
    try:
        raw.execute("PRAGMA foreign_keys = OFF")
        raw.execute("DELETE FROM case_file WHERE id = ?", (case.id,))
        raw.execute("PRAGMA foreign_keys = ON")
    finally:
        raw.close()
    report = verify_vault(admin_vault)
    references = next(c for c in report.checks if c.name == "references")
    assert not report.ok and not references.ok and "dangling" in references.detail


def test_audit_order_follows_sequence_when_the_clock_moves(admin_vault, monkeypatch, tmp_path):
    """Fault 13: the chain and its order come from sequence numbers, not from timestamps."""
    now = audit_repo.utc_now()
    for shift in (timedelta(days=-400), timedelta(days=3), timedelta(hours=-5)):
        monkeypatch.setattr(audit_repo, "utc_now", lambda s=shift: now + s)
        with admin_vault.unit_of_work() as session:
            admin_vault.record(session, "clock_test")
    with admin_vault.read_session() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        assert admin_vault.audit.verify(session).ok
    seqs = [r.seq for r in rows]
    assert seqs == list(range(1, len(rows) + 1))
    assert [r.event for r in rows[-3:]] == ["clock_test"] * 3
    info = backup.create_backup(admin_vault)
    elsewhere = tmp_path / "elsewhere"  # a server vault's backup restores into another folder
    preview = restore.preview_restore(elsewhere, info.path, ADMIN, ADMIN_PASSWORD)
    assert preview.manifest.audit_head.seq == seqs[-1] + 0  # backup event comes after


def test_reading_a_non_backup_is_refused(tmp_path):
    junk = tmp_path / "x.ajobackup"
    junk.write_bytes(b"not a zip at all")
    with pytest.raises(BackupInvalid):
        archive.read_archive(junk)
    with zipfile.ZipFile(junk, "w") as zf:
        zf.writestr("other.txt", "hello")
    with pytest.raises(BackupInvalid):
        archive.read_archive(junk)


def test_counts_of_the_live_vault_match_the_manifest(admin_vault):
    info = backup.create_backup(admin_vault)
    from ajo_cases.services.backup.snapshot import text_counts

    live = text_counts(admin_vault)
    # The 'backup' audit row and the status in vault_meta are written after the snapshot.
    assert live["audit_log"] == info.manifest.counts["audit_log"] + 1
    for name, count in info.manifest.counts.items():
        if name in table_copy.SERVER_ONLY_TABLES:  # the server's own change feed stays there
            assert count == 0
        elif name == "key_slot_registry" and admin_vault.on_server:
            assert count == len(admin_vault.slot_file.slots)  # the slots the backup carries
        elif name not in ("audit_log", "vault_meta"):
            assert live[name] == count
