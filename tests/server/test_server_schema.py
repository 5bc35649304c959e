"""The migrations build the models' schema on PostgreSQL too, and keep the audit log append-only."""

from __future__ import annotations

import secrets

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from ajo_cases.storage import migrate
from ajo_cases.storage.models import Base
from ajo_cases.storage.server_engine import make_server_engine
from tests.pg_cluster import OWNER, Cluster


def _new_database(cluster: Cluster) -> str:
    name = f"schema_{secrets.token_hex(4)}"
    cluster.sql(f"CREATE DATABASE {name} OWNER {OWNER}")
    return name


def test_migrations_match_models_on_postgresql(pg_cluster: Cluster) -> None:
    engine = make_server_engine(pg_cluster.url(_new_database(pg_cluster)))
    try:
        assert migrate.upgrade(engine)
        assert not migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log", "TRUNCATE audit_log"],
)
def test_the_audit_log_refuses_change_on_postgresql(pg_cluster: Cluster, statement: str) -> None:
    engine = make_server_engine(pg_cluster.url(_new_database(pg_cluster)))
    try:
        migrate.upgrade(engine)
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO audit_log (seq, at, actor, event, fields, detail, mac) "
                    "VALUES (1, now(), 'a', 'e', '', '', '\\x00')"
                )
            )
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
            conn.execute(text(statement))
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar() == 1
    finally:
        engine.dispose()
