"""Atomic side-file writes: temp file in the same folder, fsync, rename, previous copy kept."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    # Directory fsync makes the rename durable on POSIX; Windows has no equivalent call.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_temp(folder: Path, stem: str, data: bytes) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{stem}.", suffix=".tmp", dir=folder)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return tmp


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def atomic_write_bytes(path: Path, data: bytes, *, keep_previous: bool = True) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file.

    With ``keep_previous`` the file being replaced survives as ``<name>.bak`` (itself
    written atomically), so a later corruption of the main file still has a fallback.
    """
    folder = path.parent
    tmp = _write_temp(folder, path.name, data)
    try:
        if keep_previous and path.exists():
            previous = path.read_bytes()
            bak_tmp = _write_temp(folder, path.name + ".bak", previous)
            try:
                os.replace(bak_tmp, backup_path(path))
            except BaseException:
                with contextlib.suppress(OSError):
                    bak_tmp.unlink()
                raise
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(folder)
