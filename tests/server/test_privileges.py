"""What a connected login may do, enforced by PostgreSQL: each group's login tries."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from ajo_cases.services.access.server_vault import create_server_vault
from ajo_cases.storage import server_grants
from ajo_cases.storage.models import Base
from ajo_cases.storage.server_engine import make_server_engine
from tests.pg_cluster import Cluster
from tests.server.logins import ROLE_GROUPS, Login, make_login
from tests.support import ADMIN, ADMIN_PASSWORD

TABLES = [t.name for t in Base.metadata.sorted_tables]


@pytest.fixture
def server_url(tmp_path: Path, empty_database: str) -> str:
    vault, _code = create_server_vault(tmp_path / "pc", empty_database, ADMIN, ADMIN_PASSWORD)
    vault.close()
    return empty_database


def _refused(login: Login, statement: str) -> str:
    engine = login.engine()
    try:
        with pytest.raises(DBAPIError) as caught, engine.begin() as conn:
            conn.execute(text(statement))
    finally:
        engine.dispose()
    return str(caught.value.orig)


@pytest.mark.parametrize("role", sorted(ROLE_GROUPS))
def test_no_app_login_may_change_the_audit_log(
    pg_cluster: Cluster, server_url: str, role: str
) -> None:
    login = make_login(pg_cluster, server_url, ROLE_GROUPS[role])
    for statement in (
        "UPDATE audit_log SET actor = 'someone else'",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
    ):
        # refused by the privileges, before the append-only trigger has a say
        assert "permission denied" in _refused(login, statement)
    engine = login.engine()
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one() > 0
    finally:
        engine.dispose()


@pytest.mark.parametrize("role", sorted(ROLE_GROUPS))
def test_no_app_login_may_delete_or_truncate_any_table(
    pg_cluster: Cluster, server_url: str, role: str
) -> None:
    login = make_login(pg_cluster, server_url, ROLE_GROUPS[role])
    for table in [*TABLES, "alembic_version"]:
        assert "permission denied" in _refused(login, f'DELETE FROM "{table}"'), table  # noqa: S608
        assert "permission denied" in _refused(login, f'TRUNCATE "{table}"'), table
    # nor write the record of removals, which only ajo_remove writes
    assert "permission denied" in _refused(
        login,
        "INSERT INTO removed_row (table_name, row_id, removed_at, login) "
        "VALUES ('x', 'y', now(), 'z')",
    )
    assert "permission denied" in _refused(login, "UPDATE removed_row SET login = 'z'")


def test_a_managers_login_cannot_select_a_sealed_column(
    pg_cluster: Cluster, server_url: str
) -> None:
    manager = make_login(pg_cluster, server_url, ROLE_GROUPS["manager"])
    worker = make_login(pg_cluster, server_url, ROLE_GROUPS["case_worker"])
    for table in Base.metadata.sorted_tables:
        for column in (c.name for c in table.columns if c.name.endswith("_enc")):
            said = _refused(manager, f'SELECT "{column}" FROM "{table.name}"')  # noqa: S608
            assert "permission denied" in said, (table.name, column)
    assert "permission denied" in _refused(manager, "SELECT * FROM beneficiary")
    engine = manager.engine()
    try:  # the statistical columns stay readable
        with engine.connect() as conn:
            conn.execute(text("SELECT id, sex, category FROM beneficiary")).all()
            conn.execute(text("SELECT id, code, status FROM case_file")).all()
    finally:
        engine.dispose()
    engine = worker.engine()
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT notes_enc, birth_date_enc FROM beneficiary")).all()
    finally:
        engine.dispose()


def test_grants_apply_again_without_change_and_leave_no_delete(
    pg_cluster: Cluster, server_url: str
) -> None:
    database = make_url(server_url).database or ""
    engine = make_server_engine(server_url)
    try:
        with engine.begin() as conn:  # a later migration's run: idempotent
            server_grants.apply(conn, database)
            server_grants.apply(conn, database)
        with engine.connect() as conn:
            for name in server_grants.GROUPS:
                role = server_grants.group(database, name)
                for table in [*TABLES, "alembic_version"]:
                    for privilege in ("DELETE", "TRUNCATE"):
                        held = conn.execute(
                            text("SELECT has_table_privilege(:r, :t, :p)"),
                            {"r": role, "t": f'"{table}"', "p": privilege},
                        ).scalar_one()
                        assert not held, (role, table, privilege)
    finally:
        engine.dispose()


def test_ajo_remove_removes_only_what_the_app_removes(pg_cluster: Cluster, server_url: str) -> None:
    worker = make_login(pg_cluster, server_url, ROLE_GROUPS["case_worker"])
    assert "never removed" in _refused(worker, "SELECT ajo_remove('beneficiary', ARRAY['x'])")
    assert "never removed" in _refused(worker, "SELECT ajo_remove('audit_log', ARRAY['1'])")
    assert "only administrators" in _refused(worker, "SELECT ajo_remove('partner_org', ARRAY['x'])")
    outsider = make_login(pg_cluster, server_url, ())  # in no group: may not even call it
    assert "permission denied" in _refused(outsider, "SELECT ajo_remove('activity', ARRAY['x'])")
