"""Sealing personal fields again under the current ``K_pii``, in batches, while others work.

The online key rotation (rotation_online.py) leaves the values sealed with the previous key
where they are and sweeps them here: each batch is its own short transaction, so other PCs keep
saving in between, and the sweep can stop anywhere (a crash, a lost connection) and be run
again: it looks only for values whose key id is not the current one.

A row is written only where it still holds what the sweep read: its version and every sealed
value it sealed again (compare-and-set). Someone who saved the row in between keeps their
edit; the sweep reads that row again and retries it. The sweep does not raise the row's
version: a window open on the row saves afterwards without a conflict, since nothing a person
sees changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    CursorResult,
    Row,
    Table,
    and_,
    false,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from ajo_cases.errors import IntegrityFailure
from ajo_cases.services.access.verify_fields import sealed_tables
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.vault.fieldcipher import KEY_ID_BYTES, FieldCipher

Progress = Callable[[int, int], object]  # (done, total); False pauses between batches
BATCH = 500
_RETRIES = 5


class SweepPaused(Exception):
    """The person stopped the sweep between batches: run the rotation again to continue."""


@dataclass(slots=True)
class SweepResult:
    fields: int = 0  # values sealed again
    rows: int = 0
    retried: int = 0  # rows someone saved during the sweep, read again and done


def _stale(table: Table, columns: list[str], current: bytes) -> ColumnElement[bool]:
    """Rows with a sealed value not under the current key (version 1, or another key id)."""
    width = 1 + KEY_ID_BYTES
    return or_(
        false(),
        *(
            and_(table.c[c].is_not(None), func.substr(table.c[c], 1, width) != current)
            for c in columns
        ),
    )


def _prefix(cipher: FieldCipher) -> bytes:
    return bytes([2]) + cipher.current_key_id


def remaining(vault: OpenVault, within: Session | None = None) -> int:
    """Rows that still hold a value not sealed under the current key."""
    current = _prefix(vault.cipher)
    with vault.read_session() if within is None else nullcontext(within) as session:
        return sum(
            int(
                session.execute(
                    select(func.count()).select_from(table).where(_stale(table, cols, current))
                ).scalar_one()
            )
            for table, cols in sealed_tables()
        )


def sweep(
    vault: OpenVault,
    progress: Progress | None = None,
    batch: int = BATCH,
    between: Callable[[], None] | None = None,
) -> SweepResult:
    """Seal again every value not under the current key; ``between`` runs after each
    committed batch (tests interrupt there)."""
    cipher = vault.cipher
    total, result = remaining(vault), SweepResult()
    report = progress or (lambda _d, _t: None)
    report(0, total)
    current = _prefix(cipher)
    for table, columns in sealed_tables():
        for rows in _batches(vault, table, columns, current, batch):
            with vault.unit_of_work() as session:
                for row in rows:
                    _one_row(session, cipher, table, columns, row, result)
            result.rows += len(rows)
            if between is not None:
                between()
            if report(min(result.rows, total), total) is False:
                raise SweepPaused()
    return result


def _picked(table: Table, columns: list[str]) -> list[ColumnElement[Any]]:
    """id, the sealed columns, and the version where the table has one."""
    version = [table.c.version] if "version" in table.c else []
    return [table.c.id, *(table.c[c] for c in columns), *version]


def _batches(
    vault: OpenVault, table: Table, columns: list[str], current: bytes, batch: int
) -> Iterator[list[Row[Any]]]:
    """The next rows to do, read outside the writing transaction (each write checks them)."""
    last = ""
    while True:
        with vault.read_session() as session:
            rows = list(
                session.execute(
                    select(*_picked(table, columns))
                    .where(table.c.id > last, _stale(table, columns, current))
                    .order_by(table.c.id)
                    .limit(batch)
                )
            )
        if not rows:
            return
        yield rows
        last = rows[-1][0]


def _one_row(
    session: Session,
    cipher: FieldCipher,
    table: Table,
    columns: list[str],
    first: Row[Any],
    result: SweepResult,
) -> None:
    versioned = "version" in table.c
    row_id, row = str(first[0]), cast(Row[Any] | None, first)
    for attempt in range(_RETRIES):
        if attempt:  # someone saved it meanwhile: read it again, as it is now
            row = session.execute(
                select(*_picked(table, columns)).where(table.c.id == row_id)
            ).first()
        if row is None:  # removed meanwhile
            return
        blobs = list(row[1 : 1 + len(columns)])
        changed = {
            name: _again(cipher, table.name, name, row_id, bytes(blob))
            for name, blob in zip(columns, blobs, strict=True)
            if blob is not None and not bytes(blob).startswith(_prefix(cipher))
        }
        if not changed:
            return
        where = [table.c.id == row_id]
        where += [
            table.c[name].is_not_distinct_from(blobs[columns.index(name)]) for name in changed
        ]
        if versioned:
            where.append(table.c.version == row[-1])
        done = cast(
            CursorResult[Any], session.execute(update(table).where(*where).values(**changed))
        )
        if done.rowcount == 1:
            result.fields += len(changed)
            result.retried += attempt > 0
            return
    raise IntegrityFailure(
        f"a row of {table.name} kept changing during the key rotation; run it again",
        table=table.name,
    )


def _again(cipher: FieldCipher, table: str, column: str, row_id: str, blob: bytes) -> bytes:
    try:
        plain = cipher.decrypt_bytes(table, column, row_id, blob)
    except IntegrityFailure:
        raise IntegrityFailure(
            f"a sealed field fails its check ({table}.{column}, row {row_id}); run verify "
            "--full and restore it before rotating keys",
            table=table,
            column=column,
        ) from None
    return cipher.encrypt_bytes(table, column, row_id, plain)
