"""A manager's sessions on the office server never select a sealed column.

A manager's login is not granted the ``*_enc`` columns (storage/server_grants.py), so a query
that names one fails with "permission denied". The ORM selects every column of an entity, so
for a manager each entity's sealed columns are left out of the SELECT; code that still reaches
for one raises at once instead of sending the query (a bug to fix, never a silent leak).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session, defer, sessionmaker

from ajo_cases.storage.sealed import sealed_column_names


def hide_sealed(sessions: sessionmaker[Session]) -> None:
    event.listen(sessions, "do_orm_execute", _leave_out_sealed)


def _entities(state: ORMExecuteState) -> list[Any]:
    """The mapped classes the statement loads as whole entities (not single columns)."""
    found = []
    for description in getattr(state.statement, "column_descriptions", ()):
        entity = description.get("entity")
        if entity is not None and description.get("expr") is entity:
            found.append(entity)
    return found


def _leave_out_sealed(state: ORMExecuteState) -> None:
    if not state.is_select:
        return
    options = [
        defer(getattr(entity, name), raiseload=True)
        for entity in _entities(state)
        for name in sealed_column_names(entity.__table__)
    ]
    if options:
        state.statement = state.statement.options(*options)
