"""Every output file: a device or FIFO is written into, never replaced by a plaintext file; a
regular file is created 0600, atomically. (As root, ``export -o /dev/null`` used to rename a
file of every name over the device.)"""

from __future__ import annotations

import os
import stat
import sys
import threading
import zipfile
from datetime import date
from pathlib import Path

import pytest

from ajo_cases import cli
from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.casework import attachments, cases
from ajo_cases.services.people import people
from ajo_cases.vault.output import write_output, write_output_bytes
from tests.reports.casebuilder import build_case
from tests.support import ADMIN, ADMIN_PASSWORD

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and devices are POSIX")
NAME = "Қодиров"


class FifoReader:
    """A FIFO with a reader draining it in the background (a writer blocks until one opens)."""

    def __init__(self, path: Path) -> None:
        os.mkfifo(path, 0o600)
        self.path, self.data = path, b""
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        with open(self.path, "rb") as handle:
            self.data = handle.read()

    def finish(self) -> bytes:
        self.thread.join(timeout=30)
        assert not self.thread.is_alive()
        assert stat.S_ISFIFO(os.lstat(self.path).st_mode), "the FIFO was replaced by a file"
        return self.data


@pytest.fixture
def out_dir(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def env(monkeypatch, vault_dir):
    monkeypatch.setenv("AJO_CASES_DATA_DIR", str(vault_dir))
    monkeypatch.setenv("AJO_CASES_USER", ADMIN)
    monkeypatch.setenv("AJO_CASES_PASSWORD", ADMIN_PASSWORD)
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        built = build_case(vault)
        person, _ = people.register(
            vault, PersonForm(sex="male", category="returnee_migrant", family_name=NAME),
            allow_duplicate=True,
        )  # fmt: skip
        case, _ = cases.open_case(vault, person.id, CaseForm(opened_on=date(2026, 3, 2)))
        info, _ = attachments.add_attachment(
            vault, case.id, "id_document", "scan.pdf", "application/pdf", b"%PDF-1.4 scan"
        )
    finally:
        vault.close()
    return built, info.id


def test_export_into_a_fifo_writes_into_it(env, out_dir):
    fifo = FifoReader(out_dir / "pipe")
    assert cli.main(["export", "--format", "csv", "-o", str(fifo.path)]) == 0
    assert NAME in fifo.finish().decode("utf-8-sig")
    assert [p.name for p in out_dir.iterdir()] == ["pipe"]  # no temp file left beside it


def test_export_into_a_character_device_keeps_the_device(env, out_dir):
    device = out_dir / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a private /dev/null
    except (PermissionError, OSError):
        pytest.skip("creating a device node needs root")
    assert cli.main(["export", "--format", "csv", "-o", str(device)]) == 0
    assert stat.S_ISCHR(os.lstat(device).st_mode)
    assert os.stat(device).st_rdev == os.makedev(1, 3)


@pytest.mark.parametrize(
    ("name", "argv"),
    [
        ("pipe.pdf", ["print", "case", "{code}", "-o", "{out}"]),
        ("pipe.csv", ["stats", "--from", "01.01.2026", "--to", "31.12.2026", "-o", "{out}"]),
        ("pipe.pdf", ["person", "export", "{code}", "-o", "{out}"]),
    ],
)
def test_print_stats_and_person_export_into_a_fifo(env, out_dir, name, argv):
    built, _ = env
    fifo = FifoReader(out_dir / name)
    args = [a.replace("{code}", built.code).replace("{out}", str(fifo.path)) for a in argv]
    assert cli.main(args) == 0
    assert fifo.finish()


def test_backup_into_a_fifo_streams_a_checked_archive(env, out_dir):
    fifo = FifoReader(out_dir / "pipe")
    assert cli.main(["backup", "-o", str(fifo.path)]) == 0
    received = out_dir / "received.ajobackup"
    received.write_bytes(fifo.finish())
    assert zipfile.ZipFile(received).testzip() is None
    assert [p.name for p in out_dir.iterdir()] == sorted(["pipe", "received.ajobackup"])


def test_regular_outputs_are_created_0600(env, out_dir):
    old = os.umask(0)
    try:
        out = out_dir / "export.csv"
        assert cli.main(["export", "--format", "csv", "-o", str(out)]) == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
        out.chmod(0o644)  # an existing, looser file: replaced by a 0600 one
        assert cli.main(["export", "--format", "csv", "-o", str(out)]) == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
        saved = out_dir / "copy.ajobackup"
        assert cli.main(["backup", "-o", str(saved)]) == 0
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    finally:
        os.umask(old)


def test_attachment_copy_is_atomic_0600_and_goes_into_a_fifo(env, vault_dir, out_dir):
    _built, attachment_id = env
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        target = out_dir / "copy.pdf"
        target.write_bytes(b"the copy from yesterday")
        with pytest.MonkeyPatch.context() as patch:  # the decryption fails half-way
            patch.setattr(attachments, "get_content", lambda *_a: (_ for _ in ()).throw(OSError))
            with pytest.raises(OSError):
                attachments.save_copy(vault, attachment_id, target)
        assert target.read_bytes() == b"the copy from yesterday"
        attachments.save_copy(vault, attachment_id, target)
        assert target.read_bytes() == b"%PDF-1.4 scan"
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        fifo = FifoReader(out_dir / "pipe")
        attachments.save_copy(vault, attachment_id, fifo.path)
        assert fifo.finish() == b"%PDF-1.4 scan"
    finally:
        vault.close()


def test_a_failed_write_leaves_the_old_file_and_no_temp(tmp_path):
    target = tmp_path / "report.csv"
    target.write_bytes(b"old")

    def half(handle):
        handle.write(b"new, half")
        raise RuntimeError("disk gone")

    with pytest.raises(RuntimeError):
        write_output(target, half)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]


def test_a_link_keeps_pointing_at_its_target(tmp_path):
    real = tmp_path / "real.csv"
    real.write_bytes(b"old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    write_output_bytes(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"
