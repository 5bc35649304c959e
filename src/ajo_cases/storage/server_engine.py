"""The SQLAlchemy engine over PostgreSQL (the office server), psycopg 3.

The connection URL never carries a password: libpq takes it from ``PGPASSWORD`` (or a
``.pgpass`` file) for the set-up owner. Personal fields arrive already sealed with ``K_pii``;
the server holds no database-wide key (docs/server.md, the trust decision).
"""

from __future__ import annotations

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from ajo_cases.errors import InvalidInput

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def driver_url(url: str) -> str:
    """``postgresql://user@host:port/db`` as SQLAlchemy's psycopg 3 URL; no password allowed."""
    try:
        parsed = make_url(url)
    except Exception:
        raise InvalidInput("the server address is not a postgresql:// URL") from None
    if parsed.drivername not in SCHEMES or not parsed.database or not parsed.host:
        raise InvalidInput("the server address must look like postgresql://USER@HOST:PORT/DATABASE")
    if parsed.password is not None:
        raise InvalidInput("the server address must not contain a password")
    return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


def make_server_engine(url: str) -> Engine:
    return create_engine(
        driver_url(url),
        pool_size=2,
        max_overflow=2,
        pool_pre_ping=True,  # a server restarted meanwhile: reconnect instead of failing once
        connect_args={"application_name": "ajo-cases", "connect_timeout": 10},
    )


def is_unreachable(exc: DBAPIError) -> bool:
    """The failure is the connection's to the office server (refused, dropped, server shut
    down), not the SQL's; never true of a local vault's errors."""
    if not type(exc.orig).__module__.startswith("psycopg"):
        return False
    if exc.connection_invalidated:
        return True
    if not isinstance(exc, OperationalError):
        return False
    state = getattr(exc.orig, "sqlstate", None)
    return state is None or state.startswith(("08", "57P"))
