"""Fault 22: a canary name entered through the services never appears in plaintext on disk
(data folder, backup folders, temp folder) or in logs and captured output, in UTF-8 or UTF-16.

The export itself is personal data by the administrator's choice, so it is written to memory
here; what is checked is that nothing else (temp files, logs, backups) carries the name.
"""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest

from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.access.verify import verify_vault
from ajo_cases.services.backup import autobackup, backup, restore
from ajo_cases.services.casework import cases
from ajo_cases.services.exchange import exporter
from ajo_cases.services.people import people
from tests.support import ADMIN, ADMIN_PASSWORD, CANARY_NAME

ROOT = Path(__file__).resolve().parents[2]


def _needles() -> list[bytes]:
    parts = [CANARY_NAME, *CANARY_NAME.split()]
    return [
        text.encode(encoding)
        for text in parts
        for encoding in ("utf-8", "utf-16-le", "utf-16-be")
        if len(text) >= 6
    ]


def _leaks(folder: Path) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path}: {n!r}" for n in _needles() if n in data]
    return found


def _text_leaks(text: str) -> list[str]:
    data = [text.encode("utf-8"), text.encode("utf-16-le")]
    return [repr(n) for n in _needles() for blob in data if n in blob]


@pytest.fixture
def scratch_temp(tmp_path, monkeypatch):
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(folder))
    return folder


def test_canary_never_reaches_disk_logs_or_output(
    vault_dir, tmp_path, scratch_temp, caplog, capsys
):
    caplog.set_level(logging.DEBUG)
    second = tmp_path / "usb"
    second.mkdir()
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        family, given, latin = CANARY_NAME.split()
        form = PersonForm(
            sex="male",
            category="returnee_migrant",
            family_name=family,
            given_name=given,
            latin_name=latin,
            notes=CANARY_NAME,
            address=CANARY_NAME,
        )
        person, _ = people.register(vault, form, allow_duplicate=True)
        case, _ = cases.open_case(
            vault, person.id, CaseForm(opened_on=date(2026, 4, 1), narrative=CANARY_NAME)
        )
        assert people.get(vault, person.id).form.family_name == family  # it really is there
        autobackup.set_second_folder(vault, second)
        info = autobackup.maybe_backup(vault, force=True)
        manual = backup.create_backup(vault, tmp_path / "manual.ajobackup")
        out = io.StringIO()
        exporter.export_records(vault, "csv", out)
        assert CANARY_NAME.split()[2] in out.getvalue()  # the export does contain it
        try:
            from ajo_cases.services import printing

            pdf = printing.case_summary_pdf(vault, case.id)
            assert pdf
        except ImportError:
            pass
        assert verify_vault(vault).ok
    finally:
        vault.close()
    restore.restore_backup(tmp_path / "restored", manual.path, ADMIN, ADMIN_PASSWORD)

    env = {
        **os.environ,
        "AJO_CASES_PASSWORD": ADMIN_PASSWORD,
        "TMPDIR": str(scratch_temp),
        "PYTHONPATH": str(ROOT),
    }
    runs = [
        ["backup", "-o", str(tmp_path / "cli.ajobackup")],
        ["verify", "--full"],
        ["restore", str(tmp_path / "cli.ajobackup"), "--yes"],
    ]
    outputs = []
    for argv in runs:
        done = subprocess.run(
            [sys.executable, "-m", "tests.cheap_kdf_main", "--data-dir", str(vault_dir),
             "--user", ADMIN, *argv],
            capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout + done.stderr)

    captured = capsys.readouterr()
    assert info is not None and info.path.exists() and (second / info.path.name).exists()
    problems = []
    for folder in (vault_dir, second, scratch_temp, tmp_path / "restored"):
        problems += _leaks(folder)
    problems += _leaks(tmp_path)  # every backup file and anything else the test wrote
    problems += _text_leaks(caplog.text) + _text_leaks(captured.out + captured.err)
    for output in outputs:
        problems += _text_leaks(output)
    assert problems == []
