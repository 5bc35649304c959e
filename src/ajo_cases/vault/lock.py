"""One process per vault: an OS file lock held while the vault is open."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

from ajo_cases.errors import DataDirUnusable, VaultInUse

LOCK_NAME = "vault.lock"


class VaultLock:
    def __init__(self, folder: Path) -> None:
        self._path = folder / LOCK_NAME
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        try:
            handle = open(self._path, "a+b")  # noqa: SIM115 - held open for the lock's lifetime
        except OSError as exc:
            raise DataDirUnusable(
                f"cannot write in the data directory {self._path.parent} ({exc.strerror})",
                path=str(self._path.parent),
            ) from None
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise VaultInUse(
                "this vault is already open in another window or by another user; close it first"
            ) from None
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            try:
                _unlock(self._handle)
            finally:
                self._handle.close()
                self._handle = None

    def __enter__(self) -> VaultLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
