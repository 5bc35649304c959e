"""Sealed fields that fail authentication while a list, a search or an export reads them.

A ciphertext copied from another row (or damaged on disk) fails AES-GCM because the row's id
is part of the associated data. Reading screens report and skip that one record instead of
failing as a whole: the record is noted once per session (a log line and an audit entry with
ids only, never a value) and the session gets the ``damaged_records`` warning.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from sqlalchemy.exc import SQLAlchemyError

from ajo_cases.errors import AjoError, IntegrityFailure
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage.sealed import unseal

_LOG = logging.getLogger(__name__)
T = TypeVar("T")
R = TypeVar("R")
WARNING = "damaged_records"
_CACHE = "damaged"


def noted(vault: OpenVault) -> set[tuple[str, str]]:
    """(table, row id) of every damaged record this session met."""
    seen = vault.caches.get(_CACHE)
    if not isinstance(seen, set):
        seen = set()
        vault.caches[_CACHE] = seen
    return seen


def note(vault: OpenVault, table: str, row_id: str, column: str) -> None:
    seen = noted(vault)
    if (table, row_id) in seen:
        return
    seen.add((table, row_id))
    _LOG.warning("a sealed field failed authentication: %s.%s, row %s", table, column, row_id)
    if WARNING not in vault.warnings:
        vault.warnings.append(WARNING)
    try:
        with vault.unit_of_work(audit_only=True) as session:
            vault.record(session, "integrity_failure", target_table=table, target_id=row_id,
                         detail=f"sealed field {column} failed authentication")  # fmt: skip
    except (AjoError, SQLAlchemyError) as exc:  # a read-only or damaged database: still read on
        _LOG.warning("could not audit a damaged record: %s", type(exc).__name__)


def unseal_or_skip(vault: OpenVault, row: Any, column: str) -> tuple[str | None, bool]:
    """(value, ok): ok is False when the field failed authentication (then noted)."""
    try:
        return unseal(vault.cipher, row, column), True
    except IntegrityFailure:
        note(vault, row.__tablename__, row.id, column)
        return None, False


def each_or_skip(
    vault: OpenVault, items: Iterable[T], build: Callable[[T], R], row: Callable[[T], Any]
) -> list[R]:
    """``build`` for each item; an item whose sealed field fails is noted (as ``row(item)``)
    and left out, so one damaged record never empties a whole list."""
    built = []
    for item in items:
        try:
            built.append(build(item))
        except IntegrityFailure as exc:
            target = row(item)
            note(vault, target.__tablename__, target.id, str(exc.params.get("column", "")))
    return built
