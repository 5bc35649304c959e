"""The SQLAlchemy engine over a keyed SQLCipher connection."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from ajo_cases.storage import scrub
from ajo_cases.vault.layout import DB_FILE
from ajo_cases.vault.sqlcipher import connect, damaged, is_damage

DB_NAME = DB_FILE
IMMEDIATE = "ajo_immediate"  # execution option: begin a write transaction


def make_engine(path: Path, k_db: bytes, *, create: bool = False) -> Engine:
    """An engine whose every connection is keyed; the first connection proves the key works."""
    if create:
        connect(path, k_db, create=True).close()
    first = connect(path, k_db)  # raises VaultDamaged / VaultMissingDatabase before any pool exists
    pending = [first]

    def creator() -> object:
        return pending.pop() if pending else connect(path, k_db)

    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher3.dbapi2,
        creator=creator,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
    )

    # pysqlite's own transaction handling defers BEGIN; emit it ourselves so that a unit of
    # work is one real SQLite transaction (and SAVEPOINT works). Writers ask for IMMEDIATE so
    # they take the write lock up front; readers stay deferred and never block each other.
    @event.listens_for(engine, "connect")
    def _no_driver_transactions(dbapi_connection: object, _record: object) -> None:
        dbapi_connection.isolation_level = None  # type: ignore[attr-defined]
        scrub.on_connect(dbapi_connection)  # deleted content is overwritten at once

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get(IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    # A page that fails its check anywhere (not only at unlock) reads as "damaged, restore
    # a backup", not as a database error with SQL in it.
    @event.listens_for(engine, "handle_error")
    def _damage(context: ExceptionContext) -> None:
        if is_damage(context.original_exception):
            raise damaged() from None

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
