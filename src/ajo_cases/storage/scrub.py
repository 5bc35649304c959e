"""Making deleted data unrecoverable in the database file: the SQLite-only steps, in one place.

SQLCipher encrypts every page, and personal fields are encrypted once more, so nothing in the
vault folder is readable without the keys. Erasure must hold against the keys too: once a
person is erased, nobody who later holds them (an administrator, a thief with a password) may
find the person's data in the file. Two things could keep it:

- the free space of a page, or a free page, where a deleted or overwritten value stays until
  something overwrites it: ``PRAGMA secure_delete`` makes SQLite overwrite deleted content
  with zeros at once. SQLCipher turns it on when a database is keyed; every connection turns
  it on again here, so that it never depends on that default;
- the write-ahead log, which keeps old page images until they are copied back and the file is
  cut: ``wal_checkpoint(TRUNCATE)`` after an erasure.

PostgreSQL (the office server) has no such file: there the steps are no-ops and the server's
own storage encryption and VACUUM policy apply (docs/person-data.md).
"""

from __future__ import annotations

import logging
import time
from typing import Any, Final

from sqlalchemy import Engine

_LOG = logging.getLogger(__name__)
_CHECKPOINT_TRIES: Final = 5


def on_connect(dbapi_connection: Any) -> None:
    """Every connection overwrites what it deletes (called by the engine for each one)."""
    dbapi_connection.execute("PRAGMA secure_delete = ON")


def purge_deleted(engine: Engine) -> bool:
    """After data was destroyed: copy the write-ahead log back and cut it to nothing.

    Runs outside any transaction, on a connection of its own. Returns False when a reader that
    holds an old snapshot keeps the log from being emptied; it is emptied when the vault
    closes (SQLite deletes the log when the last connection closes)."""
    if engine.dialect.name != "sqlite":
        return True
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None
        (waited,) = driver.execute("PRAGMA busy_timeout").fetchone()
        driver.execute("PRAGMA busy_timeout = 0")  # a reader makes it report busy, not wait
        try:
            for attempt in range(_CHECKPOINT_TRIES):
                row = driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                if not row[0]:
                    return True
                time.sleep(0.02 * (attempt + 1))
        finally:
            driver.execute(f"PRAGMA busy_timeout = {int(waited)}")
    finally:
        raw.close()
    _LOG.warning("the write-ahead log is in use; it is emptied when the vault closes")
    return False
