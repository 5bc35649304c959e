"""Removing rows: a plain DELETE in a local vault; on the office server, ``ajo_remove``.

App logins on the server may not DELETE (docs/server.md, privileges). The few rows the app
removes (a document, an assistance entry or activity entered by mistake, open follow-ups no
longer needed, a budget line replaced, an unused partner or project) go
through ``ajo_remove``, a SECURITY DEFINER function that deletes only from those tables and
records each removal with the login that asked in ``removed_row``, which no app login can write.
Lists and statistics read the same tables on both backends, so a removed row is gone from both.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

# table -> the column that names a row to remove
REMOVABLE: Final = {
    "activity": "id",
    "assistance": "id",
    "attachment": "id",
    "follow_up": "id",
    "grant_budget_line": "id",
    "partner_org": "id",
    "project": "id",
}
ADMIN_ONLY: Final = ("partner_org", "project")
FUNCTION: Final = "ajo_remove"


def on_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def remove(session: Session, row: Any) -> None:
    """Remove one loaded row (keyed by ``id``) in the caller's transaction."""
    if not on_server(session):
        session.delete(row)
        return
    session.flush()
    remove_ids(session, type(row), [row.id])
    session.expunge(row)


def remove_ids(session: Session, model: Any, ids: Sequence[str]) -> int:
    """Remove the rows of ``model`` whose key (``REMOVABLE``) is in ``ids``; returns how many."""
    table = model.__tablename__
    key = REMOVABLE[table]
    if not ids:
        return 0
    if on_server(session):
        return int(session.scalar(select(func.ajo_remove(table, list(ids)))) or 0)
    result = session.execute(delete(model).where(model.__table__.columns[key].in_(ids)))
    return int(getattr(result, "rowcount", 0) or 0)
