"""The SQLAlchemy engine over PostgreSQL (the office server), psycopg 3.

The connection URL never carries a password: libpq takes it from ``PGPASSWORD`` (or a
``.pgpass`` file) for the set-up owner. Personal fields arrive already sealed with ``K_pii``;
the server holds no database-wide key (docs/server.md, the trust decision).

TLS: a server on another computer is reached only with ``sslmode=verify-full`` against the CA
certificate pinned in the profile, and nothing else (not the system's CAs): a server whose
certificate that CA did not sign, or whose name it does not carry, is refused. Only a server
on this PC (localhost) may be reached without a pinned CA.
"""

from __future__ import annotations

import hashlib
import select
import time
import weakref
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import DBAPIError, DisconnectionError, OperationalError
from sqlalchemy.pool import ConnectionPoolEntry

from ajo_cases import APP_AUTHOR, APP_NAME
from ajo_cases.errors import (
    ACCOUNT_REMOVED,
    AccountRemoved,
    InvalidInput,
    ServerNotTrusted,
    ServerUnreachable,
)
from ajo_cases.vault.atomic import atomic_write_bytes

PING_WHEN_IDLE = 2.0  # seconds a pooled connection waited before it is pinged at checkout
SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
# the only address parameter a URL may carry: which IP to dial, the name is still checked
_ALLOWED_QUERY = frozenset({"hostaddr"})
_MAX_CA_BYTES = 64 * 1024


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
    if set(parsed.query) - _ALLOWED_QUERY:  # sslmode and the like come from the profile only
        raise InvalidInput("the server address must not carry connection options")
    return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


def is_local(url: str) -> bool:
    return (make_url(url).host or "") in LOCAL_HOSTS


def check_ca(pem: str) -> str:
    """The CA certificate(s) as PEM text, or InvalidInput naming what is wrong."""
    if len(pem) > _MAX_CA_BYTES:
        raise InvalidInput("the CA certificate file is too large; give the CA's PEM file")
    from cryptography import x509  # only when a CA is given: not at every start

    try:
        certificates = x509.load_pem_x509_certificates(pem.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        raise InvalidInput(
            "the CA certificate is not a PEM certificate (-----BEGIN CERTIFICATE-----)"
        ) from None
    if not certificates:
        raise InvalidInput("the CA certificate file holds no certificate")
    return pem


def read_ca_file(path: Path) -> str:
    try:
        raw = path.read_bytes()[: _MAX_CA_BYTES + 1]
    except OSError as exc:
        raise InvalidInput(f"the CA certificate {path} cannot be read ({exc.strerror})") from None
    return check_ca(raw.decode("ascii", errors="replace"))


def _ca_path(pem: str) -> Path:
    """libpq reads the CA from a file: the pinned PEM, written where only this user writes."""
    folder = Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "server-ca"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / f"{hashlib.sha256(pem.encode('ascii')).hexdigest()[:32]}.pem"
    atomic_write_bytes(path, pem.encode("ascii"), keep_previous=False)  # always the pinned one
    return path


def tls_options(url: str, ca_pem: str) -> dict[str, str]:
    """libpq's TLS settings for this address; refuses another computer without a pinned CA."""
    if ca_pem:
        return {"sslmode": "verify-full", "sslrootcert": str(_ca_path(check_ca(ca_pem)))}
    if not is_local(url):
        raise ServerNotTrusted(
            f"the office server {make_url(url).host} is on another computer: its CA "
            "certificate must be pinned (--ca FILE, or a connection file that holds it)"
        )
    return {}


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
    pool's next checkout reconnects once the server is back (a connection that waited in the
    pool is pinged first, see _ping_when_idle)."""
    if context.is_pre_ping:
        return None
    said = str(context.original_exception).lower()
    if context.is_disconnect or any(words in said for words in _DOWN):
        if context.engine is not None:  # the pool's other connections may be gone too
            _TROUBLE[context.engine] = time.monotonic()
        return unreachable(context.original_exception)
    return None


def make_server_engine(url: str, ca_pem: str = "") -> Engine:
    engine = create_engine(
        driver_url(url),
        pool_size=2,
        max_overflow=2,
        connect_args={
            "application_name": "ajo-cases",
            "connect_timeout": 10,
            **tls_options(url, ca_pem),
        },
    )
    event.listen(engine, "handle_error", _server_went_away)
    _ping_when_idle(engine)
    return engine


def _has_news(dbapi: DBAPIConnection) -> bool:
    """An idle connection has nothing to read unless the server said something on its own,
    such as "terminating connection" before a restart: then it is pinged. No round trip."""
    fileno = getattr(dbapi, "fileno", None)  # psycopg's connection: its socket
    if fileno is None:
        return True
    try:
        readable, _w, _x = select.select([fileno()], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)


_TROUBLE: weakref.WeakKeyDictionary[Engine, float] = weakref.WeakKeyDictionary()
PING_AFTER_TROUBLE = 60.0  # seconds after a lost server during which every checkout pings


def _ping_when_idle(engine: Engine) -> None:
    """A connection that waited in the pool for a while is pinged before use (a server
    restarted meanwhile: reconnect instead of failing once), and so is every connection for a
    minute after the server was found away; one used moments ago is not, so a save does not
    pay a round trip for it."""

    @event.listens_for(engine, "checkin")
    def _idle(_dbapi: object, record: ConnectionPoolEntry) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _ping(dbapi: DBAPIConnection, record: ConnectionPoolEntry, _proxy: object) -> None:
        now, since = time.monotonic(), record.info.get("idle_since")
        trouble = _TROUBLE.get(engine)
        recent_trouble = trouble is not None and now - trouble < PING_AFTER_TROUBLE
        if since is None or (
            now - since < PING_WHEN_IDLE and not recent_trouble and not _has_news(dbapi)
        ):
            return
        try:
            engine.dialect.do_ping(dbapi)
        except Exception as exc:  # gone: the pool drops it and connects afresh
            raise DisconnectionError(str(exc)) from exc


# An account's own login: its secret can change while the vault is open (a password change),
# so every new connection reads the current one rather than one fixed at creation.
_SECRETS: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()
NOT_PERMITTED = "is not permitted to log in"  # PostgreSQL, for a NOLOGIN role's right password


def make_login_engine(url: str, login: str, secret: str, ca_pem: str = "") -> Engine:
    """An engine that connects as the account's login role with its login secret (SCRAM),
    over TLS against the pinned CA as make_server_engine."""
    address = make_url(driver_url(url)).set(username=login)
    engine = create_engine(
        address,
        # one connection is the change feed's for good (storage/server_listen.py); the rest
        # serve the UI's worker, the feed's catch-up reads and a session waiting for its turn
        pool_size=3,
        max_overflow=5,
        connect_args={
            "application_name": "ajo-cases",
            "connect_timeout": 10,
            **tls_options(url, ca_pem),
        },
    )
    _SECRETS[engine] = secret

    @event.listens_for(engine, "do_connect")
    def _with_secret(
        _dialect: object, _rec: object, _args: object, params: dict[str, object]
    ) -> None:
        params["password"] = _SECRETS[engine]

    @event.listens_for(engine, "handle_error")
    def _removed(context: ExceptionContext) -> None:
        if NOT_PERMITTED in str(context.original_exception):
            raise AccountRemoved(ACCOUNT_REMOVED) from None

    event.listen(engine, "handle_error", _server_went_away)  # after the removal's own words
    _ping_when_idle(engine)
    return engine


def set_login_secret(engine: Engine, secret: str) -> None:
    _SECRETS[engine] = secret


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
