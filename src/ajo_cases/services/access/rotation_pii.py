"""Rotation's second half: personal fields, and what else hangs on the personal-data key.

Every sealed column (``*_enc``: names, the name index, free texts, attachment names and
contents) is opened under the old ``K_pii`` and sealed again under the new one, in the staged
copy before the swap, so a former case worker's ``K_pii`` (or a manager who obtained it) opens
nothing in the current vault. The erasure ledger, signed with a key derived from ``K_pii``, is
signed again and swapped in with the database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ajo_cases.errors import IntegrityFailure
from ajo_cases.services.people import erasure_ledger as ledger
from ajo_cases.services.people.erasure_ledger import LedgerInvalid
from ajo_cases.storage.base import Base
from ajo_cases.storage.engine import make_engine
from ajo_cases.vault.atomic import backup_path
from ajo_cases.vault.fieldcipher import FieldCipher

Progress = Callable[[int, int], bool]  # (done, total) -> False once the person cancelled
_BATCH = 2000
_BATCH_BYTES = 32 * 1024 * 1024  # attachments are large: fewer rows per batch, bounded memory


class RotationCancelled(Exception):
    """The person cancelled before the swap: nothing was changed."""


def sealed_columns() -> Iterator[tuple[str, list[str]]]:
    for table in Base.metadata.sorted_tables:
        columns = [c.name for c in table.columns if c.name.endswith("_enc")]
        if columns:
            yield table.name, columns


def count_rows(raw: Any) -> int:
    return sum(
        int(raw.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])  # noqa: S608
        for name, _columns in sealed_columns()
    )


def reseal(path: Path, k_db: bytes, old: FieldCipher, new_pii: bytes, progress: Progress) -> int:
    """Re-seal every personal field of the database at ``path`` (``old``: the keys held now,
    previous ones included); returns the fields done."""
    new = FieldCipher(new_pii)
    engine = make_engine(path, k_db)
    fields = 0
    try:
        with engine.connect() as conn:
            raw: Any = conn.connection.dbapi_connection
            total, done = count_rows(raw), 0
            if not progress(done, total):
                raise RotationCancelled()
            raw.execute("BEGIN IMMEDIATE")
            try:
                for table, columns in sealed_columns():
                    picked = ", ".join(f'"{c}"' for c in columns)
                    setting = ", ".join(f'"{c}" = ?' for c in columns)
                    select_sql = (
                        f'SELECT rowid, id, {picked} FROM "{table}" '  # noqa: S608
                        "WHERE rowid > ? ORDER BY rowid LIMIT ?"
                    )
                    update_sql = f'UPDATE "{table}" SET {setting} WHERE rowid = ?'  # noqa: S608
                    batch = _batch_rows(raw, table, columns)
                    last = -1
                    while rows := raw.execute(select_sql, (last, batch)).fetchall():
                        updates = []
                        for rowid, row_id, *blobs in rows:
                            values = [
                                None if blob is None else _again(old, new, table, col, row_id, blob)
                                for col, blob in zip(columns, blobs, strict=True)
                            ]
                            fields += sum(v is not None for v in values)
                            updates.append((*values, rowid))
                        raw.executemany(update_sql, updates)
                        last, done = rows[-1][0], done + len(rows)
                        if not progress(done, total):
                            raise RotationCancelled()
                raw.execute("COMMIT")
            except BaseException:
                raw.execute("ROLLBACK")
                raise
    finally:
        engine.dispose()
    return fields


def _batch_rows(raw: Any, table: str, columns: list[str]) -> int:
    """Rows per batch so that one batch holds about _BATCH_BYTES of sealed data."""
    sizes = " + ".join(f'coalesce(length("{c}"), 0)' for c in columns)
    average = raw.execute(f'SELECT avg({sizes}) FROM "{table}"').fetchone()[0]  # noqa: S608
    if not average:
        return _BATCH
    return max(1, min(_BATCH, int(_BATCH_BYTES // average)))


def _again(old: FieldCipher, new: FieldCipher, table: str, column: str, row_id: str,
           blob: bytes) -> bytes:  # fmt: skip
    try:
        plain = old.decrypt_bytes(table, column, str(row_id), bytes(blob))
    except IntegrityFailure:
        raise IntegrityFailure(
            f"a sealed field fails its check ({table}.{column}); run verify --full and "
            "restore a backup before rotating keys",
            table=table,
            column=column,
        ) from None
    return new.encrypt_bytes(table, column, str(row_id), plain)


def resign_ledger(
    source: Path, target: Path, vault_id: str, old_pii: bytes, new_pii: bytes
) -> bool:
    """Write the ledger at ``source`` to ``target`` signed under the new key. False when there
    is none; IntegrityFailure when it fails its check (rotation stops: nothing changed)."""
    if not source.exists() and not backup_path(source).exists():
        return False
    try:
        erasures = ledger.read_or_backup(source, old_pii, vault_id)
    except LedgerInvalid as exc:
        raise IntegrityFailure(
            f"the erasure ledger fails its check ({exc}); nothing was changed"
        ) from None
    ledger.write(target, new_pii, vault_id, erasures)
    return True
