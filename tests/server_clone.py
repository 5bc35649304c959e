"""Copies of a template office-server vault for tests: a database cloned with
``CREATE DATABASE … TEMPLATE`` shares the cluster's roles with its template, so each copy gets
roles of its own (groups, one login per account with the same SCRAM verifier, a prelogin
login) and they are dropped with it. A password change or a removal in one test then never
reaches another."""

from __future__ import annotations

from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from ajo_cases.storage import server_identity, server_prelogin, server_roles
from tests.pg_cluster import OWNER, SUPERUSER, Cluster


def _superuser_engine(cluster: Cluster, database: str):  # type: ignore[no-untyped-def]
    return create_engine(
        f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{cluster.port}/{database}",
        poolclass=NullPool,
        connect_args={"password": cluster.superuser_password},
    )


def rehome(cluster: Cluster, database: str) -> tuple[str, str]:
    """Give the clone ``database`` its own roles; returns its prelogin (login, password)."""
    engine = _superuser_engine(cluster, database)
    try:
        with engine.begin() as conn:
            old = server_identity.prefix(conn)
            new = server_roles.prefix_for(database)
            accounts = conn.execute(
                text(
                    "SELECT a.login_role, a.role, r.rolpassword FROM ajo_accounts a "
                    "JOIN pg_authid r ON r.rolname = a.login_role WHERE a.removed_at IS NULL"
                )
            ).all()
            server_roles.ensure_groups(conn, new)
            for login, role, verifier in accounts:
                moved = new + login[len(old) :]
                conn.exec_driver_sql(f"CREATE ROLE \"{moved}\" LOGIN PASSWORD '{verifier}'")
                for name in server_roles.groups_of(role):
                    conn.exec_driver_sql(f'GRANT "{server_roles.group(new, name)}" TO "{moved}"')
                conn.exec_driver_sql(f'GRANT "{moved}" TO {OWNER}')
                conn.execute(
                    text("UPDATE ajo_accounts SET login_role = :n WHERE login_role = :o"),
                    {"n": moved, "o": login},
                )
            conn.execute(
                text("UPDATE ajo_identity_settings SET value = :v WHERE key = :k"),
                {"v": new, "k": server_identity.PREFIX_KEY},
            )
            prelogin = server_prelogin.create_login(conn, database)
            server_identity.grant(conn, new, prelogin[0])
    finally:
        engine.dispose()
    return prelogin


def drop_roles(cluster: Cluster, database: str) -> None:
    """After the database is dropped: the roles named after it go too."""
    prefix = server_roles.prefix_for(database)
    engine = _superuser_engine(cluster, "postgres")
    try:
        with engine.begin() as conn:
            names = conn.execute(
                text("SELECT rolname FROM pg_roles WHERE starts_with(rolname, :p)"),
                {"p": prefix + "_"},
            ).scalars()
            for name in sorted(names):
                conn.exec_driver_sql(f'DROP ROLE "{name}"')
    finally:
        engine.dispose()
