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
from pathlib import Path

import platformdirs
from cryptography import x509
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url

from ajo_cases import APP_AUTHOR, APP_NAME
from ajo_cases.errors import InvalidInput, ServerNotTrusted
from ajo_cases.vault.atomic import atomic_write_bytes

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


def make_server_engine(url: str, ca_pem: str = "") -> Engine:
    return create_engine(
        driver_url(url),
        pool_size=2,
        max_overflow=2,
        pool_pre_ping=True,  # a server restarted meanwhile: reconnect instead of failing once
        connect_args={
            "application_name": "ajo-cases",
            "connect_timeout": 10,
            **tls_options(url, ca_pem),
        },
    )
