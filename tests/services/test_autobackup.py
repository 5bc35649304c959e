"""Automatic backups: when they are due, where they go, what is kept, the Home status."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.errors import InvalidInput
from ajo_cases.services.backup import autobackup, backup
from ajo_cases.services.backup.autobackup import BackupSettings
from ajo_cases.services.casework import cases
from ajo_cases.services.people import people

# automatic backups are a local vault's; on the office server its administrator backs up
# (docs/server.md): local vault only
pytestmark = pytest.mark.local_only


def _add_case(vault):
    form = PersonForm(sex="female", category="returnee_migrant", given_name="Auto")
    person, _ = people.register(vault, form, allow_duplicate=True)
    cases.open_case(vault, person.id, CaseForm(opened_on=date(2026, 2, 1)))


def test_first_close_backs_up_then_only_after_changes_or_a_day(admin_vault):
    status = autobackup.status(admin_vault)
    assert status.last_good_at is None and status.overdue
    first = autobackup.maybe_backup(admin_vault)
    assert first is not None and first.manifest.kind == "auto"
    assert first.path.parent == admin_vault.data_dir / "backups"
    assert "-auto" in first.path.name
    assert autobackup.maybe_backup(admin_vault) is None  # nothing changed since
    _add_case(admin_vault)
    assert autobackup.maybe_backup(admin_vault) is not None
    later = datetime.fromisoformat(first.manifest.created_at) + timedelta(hours=25)
    assert autobackup.is_due(admin_vault, later)
    assert not autobackup.status(admin_vault).overdue


def test_status_warns_when_the_last_backup_is_too_old(admin_vault):
    backup.create_backup(admin_vault)
    now = autobackup.status(admin_vault).last_good_at
    assert not autobackup.status(admin_vault, now + timedelta(days=6)).overdue
    assert autobackup.status(admin_vault, now + timedelta(days=8)).overdue
    autobackup.set_max_age(admin_vault, 30)
    assert not autobackup.status(admin_vault, now + timedelta(days=8)).overdue
    with pytest.raises(InvalidInput):
        autobackup.set_max_age(admin_vault, 0)


def test_second_folder_gets_a_copy(admin_vault, tmp_path):
    second = tmp_path / "usb"
    second.mkdir()
    settings = autobackup.set_second_folder(admin_vault, second)
    assert settings.second_folder == second.resolve()
    info = autobackup.maybe_backup(admin_vault, force=True)
    copy = second / info.path.name
    assert copy.read_bytes() == info.path.read_bytes()
    assert {e.location for e in autobackup.list_backups(admin_vault)} == {"data", "second"}
    with pytest.raises(InvalidInput):
        autobackup.set_second_folder(admin_vault, tmp_path / "missing")
    assert autobackup.set_second_folder(admin_vault, None).second_folder is None


def test_unavailable_second_folder_does_not_fail_the_backup(admin_vault, tmp_path):
    second = tmp_path / "usb"
    second.mkdir()
    autobackup.set_second_folder(admin_vault, second)
    second.rmdir()  # the stick was pulled out
    assert autobackup.maybe_backup(admin_vault, force=True) is not None


def test_failure_is_audited_and_never_raised(admin_vault, monkeypatch):
    def broken(*_args, **_kwargs):
        raise backup.BackupDiskFull("disk full")

    monkeypatch.setattr(backup, "create_backup", broken)
    assert autobackup.maybe_backup(admin_vault, force=True) is None
    with admin_vault.read_session() as session:
        assert admin_vault.audit.last(session).event == "backup_failed"


def test_retention_keeps_last_seven_daily_and_monthly(tmp_path):
    now = datetime(2026, 6, 30, 12, 0)
    stamps = [now - timedelta(hours=6 * i) for i in range(40)]  # ten days, four a day
    stamps += [datetime(2026, m, 3, 9, 0) for m in range(1, 6)]  # one per earlier month
    stamps += [datetime(2025, 3, 1, 9, 0)]  # more than a year ago
    entries = [(when, Path(f"/b/{i}")) for i, when in enumerate(stamps)]
    kept = autobackup._kept(entries, BackupSettings(), now)
    newest = sorted(entries, reverse=True)
    assert {p for _w, p in newest[:7]} <= kept
    days = {w.date() for w, p in entries if p in kept and now - w <= timedelta(days=7)}
    assert len(days) >= 7
    assert all(any(p in kept and w.month == m for w, p in entries) for m in range(1, 6))
    assert Path(f"/b/{len(stamps) - 1}") not in kept  # older than a year
    assert len(kept) < len(entries)


def test_prune_deletes_only_automatic_backups(admin_vault):
    manual = backup.create_backup(admin_vault)
    autos = [backup.create_backup(admin_vault, kind="auto") for _ in range(9)]
    removed = autobackup.prune(
        backup.default_folder(admin_vault.data_dir), BackupSettings(keep_last=3, keep_daily=0)
    )
    assert manual.path.exists()
    assert len(removed) == 6 and all(not p.exists() for p in removed)
    assert sum(a.path.exists() for a in autos) == 3
