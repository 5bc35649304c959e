"""Swapping a vault in a crash-safe way (restore and key rotation).

The swap works from a staging folder ``<data dir>/.swap/`` holding
the new ``cases.db`` and ``keyslots.json``, both complete and verified. Only then is a ``READY``
marker written. From that moment the swap rolls forward: the old files move to
``replaced-<time>/`` (or are deleted, for a key rotation), the new ones move in, the marker goes.
A crash before the marker leaves the old vault untouched; a crash after it is finished at the
next unlock, once the staged key file opened and the marker's MAC verified under the staged
vault's key (``swap_marker``): a marker planted in the folder moves nothing before login and
nothing outside the vault folder. Either way one complete vault is usable.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from ajo_cases.errors import DataDirUnusable
from ajo_cases.services.backup import swap_marker
from ajo_cases.services.people import erasure
from ajo_cases.storage.engine import DB_NAME
from ajo_cases.vault import keyslots
from ajo_cases.vault.atomic import atomic_write_bytes, backup_path, fsync_dir
from ajo_cases.vault.lock import VaultLock

STAGING = ".swap"
READY = "READY"
REPLACED_PREFIX = swap_marker.REPLACED_PREFIX
_DB_SIDE_FILES = (f"{DB_NAME}-wal", f"{DB_NAME}-shm")  # moved first: never beside a new db
_SLOTS = keyslots.FILE_NAME


def staging_dir(data_dir: Path) -> Path:
    return data_dir / STAGING


def _discard_staging(folder: Path) -> None:
    if folder.is_symlink():  # never follow a link out of the vault folder
        folder.unlink()
    shutil.rmtree(folder, ignore_errors=True)


def begin_staging(data_dir: Path) -> Path:
    """An empty staging folder (the caller holds the vault lock)."""
    folder = staging_dir(data_dir)
    if swap_pending(data_dir):
        raise DataDirUnusable(
            "an interrupted restore or key rotation is waiting in this vault folder: unlock "
            "the vault once to finish it, then try again",
            path=str(data_dir),
        )
    _discard_staging(folder)
    folder.mkdir(mode=0o700)
    return folder


def swap_pending(data_dir: Path) -> bool:
    """A READY marker waits (finished at the next unlock, once its MAC can be checked)."""
    return (staging_dir(data_dir) / READY).exists()


def pending_slots_path(data_dir: Path) -> Path:
    """The key file of the vault a pending swap puts in place (staged, or already moved in)."""
    staged = staging_dir(data_dir) / _SLOTS
    return staged if staged.exists() else data_dir / _SLOTS


def mark_ready(data_dir: Path, *, replaced: str | None, kind: str, k_db: bytes) -> None:
    """The point of no return: from here the swap always finishes. ``k_db`` is the new
    vault's database key: the marker's MAC is checked under it before anything moves."""
    folder = staging_dir(data_dir)
    fsync_dir(folder)
    marker = swap_marker.make(replaced, kind, k_db)
    atomic_write_bytes(folder / READY, marker, keep_previous=False)


def _move_out(path: Path, replaced: Path | None) -> None:
    if not path.exists():
        return
    if replaced is None:
        path.unlink()
    else:
        target, n = replaced / path.name, 1
        while target.exists():  # never overwrite what an earlier, interrupted attempt kept
            target, n = replaced / f"{path.name}.{n}", n + 1
        os.replace(path, target)


def roll_forward(data_dir: Path, k_db: bytes) -> None:
    """Finish a swap whose READY marker exists (idempotent; the caller holds the lock).

    ``k_db``: the staged vault's database key; a marker that fails its form or its MAC under
    it raises SwapMarkerInvalid and nothing moves.
    """
    folder = staging_dir(data_dir)
    marker = folder / READY
    if folder.is_symlink():
        raise swap_marker.SwapMarkerInvalid(
            "the staging folder .swap is a link; nothing was moved: ask the administrator"
        )
    if not marker.exists():
        return
    info = swap_marker.read(marker)
    swap_marker.check(info, k_db)
    replaced = swap_marker.replaced_folder(data_dir, info)
    new_db, new_slots = folder / DB_NAME, folder / _SLOTS
    if replaced is not None:
        replaced.mkdir(exist_ok=True, mode=0o700)
    if new_db.exists():
        # The old database (WAL and shared memory first) leaves, together with its key files.
        for name in (*_DB_SIDE_FILES, DB_NAME):
            _move_out(data_dir / name, replaced)
        _move_out(backup_path(data_dir / _SLOTS), replaced)
        old_slots = data_dir / _SLOTS
        keep_slots = replaced is not None and not (replaced / _SLOTS).exists()
        if keep_slots and new_slots.exists() and old_slots.exists():
            assert replaced is not None
            shutil.copy2(old_slots, replaced / _SLOTS)
            fsync_dir(replaced)
    if new_slots.exists():
        os.replace(new_slots, data_dir / _SLOTS)  # atomic: a key file is always present
    if new_db.exists():
        os.replace(new_db, data_dir / DB_NAME)
    new_ledger = folder / erasure.LEDGER_FILE  # a rotation's, signed under the new key
    if new_ledger.exists():
        backup_path(data_dir / erasure.LEDGER_FILE).unlink(missing_ok=True)  # the old key's
        os.replace(new_ledger, data_dir / erasure.LEDGER_FILE)
    fsync_dir(data_dir)
    if info.kind == "rotation":
        for old in data_dir.glob(f"{DB_NAME}.before-upgrade-*"):
            old.unlink()  # encrypted under the retired key: no slot can open them any more
    marker.unlink()
    shutil.rmtree(folder, ignore_errors=True)
    fsync_dir(data_dir)


def finish_interrupted_swap(data_dir: Path) -> None:
    """Called before unlocking: drop staging a crash left before its READY marker (the old
    vault is intact). A READY marker waits for the unlock (``roll_forward`` with the key)."""
    folder = staging_dir(data_dir)
    if not folder.exists() and not folder.is_symlink():
        return
    lock = VaultLock(data_dir)
    lock.acquire()
    try:
        if folder.is_symlink() or not (folder / READY).exists():
            _discard_staging(folder)
    except OSError as exc:
        raise DataDirUnusable(
            f"an interrupted restore could not be finished in {data_dir} ({exc.strerror})",
            path=str(data_dir),
        ) from None
    finally:
        lock.release()
