"""The SQLAlchemy engine over PostgreSQL (the office server), psycopg 3.

The connection URL never carries a password: libpq takes it from ``PGPASSWORD`` (or a
``.pgpass`` file) for the set-up owner. Personal fields arrive already sealed with ``K_pii``;
the server holds no database-wide key (docs/server.md, the trust decision).
"""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext, make_url

from ajo_cases.errors import InvalidInput, ServerUnreachable

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


# libpq's words for a server that is down, restarting or gone (never an authentication failure)
_DOWN = (
    "connection refused",
    "could not connect",
    "server closed the connection",
    "terminating connection due to administrator command",
    "the database system is shutting down",
    "the database system is starting up",
    "connection is lost",
    "connection is closed",
    "consuming input failed",
    "timeout expired",
)


def unreachable(error: BaseException) -> ServerUnreachable:
    """One line saying the server is not reachable, with libpq's reason (no data in it)."""
    lines = str(error).strip().splitlines()
    reason = lines[0] if lines else "no answer"
    return ServerUnreachable(f"the office server is not reachable ({reason})")


def _server_went_away(context: ExceptionContext) -> BaseException | None:
    """A lost server mid-work reads as "not reachable", never as a database traceback; the
    pool's next checkout (pre-ping) reconnects once the server is back. Pre-pings themselves
    are left to the pool, which reconnects quietly."""
    if context.is_pre_ping:
        return None
    said = str(context.original_exception).lower()
    if context.is_disconnect or any(words in said for words in _DOWN):
        return unreachable(context.original_exception)
    return None


def make_server_engine(url: str) -> Engine:
    engine = create_engine(
        driver_url(url),
        pool_size=2,
        max_overflow=2,
        pool_pre_ping=True,  # a server restarted meanwhile: reconnect instead of failing once
        connect_args={"application_name": "ajo-cases", "connect_timeout": 10},
    )
    event.listen(engine, "handle_error", _server_went_away)
    return engine
