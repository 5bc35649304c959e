import errno
import os

import pytest

from ajo_cases.vault.atomic import atomic_write_bytes, backup_path


def test_writes_and_keeps_previous(tmp_path):
    target = tmp_path / "side.json"
    atomic_write_bytes(target, b"one")
    atomic_write_bytes(target, b"two")
    assert target.read_bytes() == b"two"
    assert backup_path(target).read_bytes() == b"one"
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600


def test_disk_full_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "side.json"
    atomic_write_bytes(target, b"good")

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"good"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["side.json"]
