"""Files a person asks for (``-o`` of export, print, stats, backup; "Save as" in the app).

One way to write them all. A device or a FIFO (``/dev/null``, ``/dev/stdout``, a pipe) is
written into, never replaced: renaming a temp file over ``/dev/null`` as root would leave a
plaintext file of every name where the device was. A regular file (new or existing) is written
atomically: a temp file created 0600 in the same folder, fsync, rename, so readers never see
half a file and the result is readable only by its owner. A symbolic link keeps pointing where
it did: its target is written.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from ajo_cases.vault.atomic import fsync_dir

Writer = Callable[[BinaryIO], None]


def _open_special(path: Path) -> int | None:
    """A descriptor when ``path`` is an existing device, FIFO or socket; None otherwise.

    Opened without O_CREAT and checked on the descriptor, so a file swapped in between the
    check and the open is never truncated or created here.
    """
    try:
        if stat.S_ISREG(os.stat(path).st_mode) or path.is_dir():
            return None
    except (FileNotFoundError, NotADirectoryError):
        return None
    fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
    if stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        return None
    return fd


def write_output(path: Path, write: Writer) -> None:
    """Write a user-chosen output file through ``write(handle)``; see the module's rules."""
    special = _open_special(path)
    if special is not None:
        with os.fdopen(special, "wb") as handle:
            write(handle)
        return
    target = Path(os.path.realpath(path))  # a link keeps pointing where it did
    if target.is_dir():
        raise IsADirectoryError(21, "is a folder", str(path))
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    tmp = Path(name)  # mkstemp creates it 0600
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(target.parent)


def write_output_bytes(path: Path, data: bytes) -> None:
    def write(handle: BinaryIO) -> None:
        handle.write(data)

    write_output(path, write)


def is_special(path: Path) -> bool:
    """An existing device, FIFO or socket (not a regular file or folder)."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))
