"""How a failed connection to the office server reads: one sentence, never a traceback.

libpq says what failed in its first line (refused, a timeout, TLS, authentication); none of it
carries data. Used around every connection the PC makes: the owner's at set-up, the prelogin
login's and the account's own.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from ajo_cases.errors import AccountRemoved, ServerNotTrusted, ServerUnreachable, WrongCredentials
from ajo_cases.storage.server_engine import NOT_PERMITTED

WRONG = "wrong user name or password"
# libpq's words when the server's certificate is not the pinned CA's (or not for its name)
_UNTRUSTED = ("certificate verify failed", "does not match host name", "certificate")


def _unreachable(exc: OperationalError) -> ServerUnreachable:
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else "no answer"
    return ServerUnreachable(f"the office server is not reachable ({reason})")


@contextmanager
def reaching(engine: Engine | None = None, *, owner: bool = True) -> Iterator[None]:
    """Connection failures read as "not reachable", an untrusted server or a refused password,
    never a traceback."""
    try:
        yield
    except OperationalError as exc:
        said = str(exc.orig).lower()
        if "server does not support ssl" in said:
            raise ServerNotTrusted(
                "the office server does not offer an encrypted connection (TLS); ask the "
                "administrator to turn it on"
            ) from None
        if any(sign in said for sign in _UNTRUSTED):
            raise ServerNotTrusted(
                "the office server's certificate does not match the CA certificate pinned in "
                "the connection file; do not connect, ask the administrator"
            ) from None
        if NOT_PERMITTED in said:
            raise AccountRemoved(
                "this account was removed from the vault; ask the administrator"
            ) from None
        if "password authentication failed" in said or "no password supplied" in said:
            if not owner:
                raise WrongCredentials(WRONG) from None
            raise WrongCredentials(
                "the office server refused the database password (PGPASSWORD); check it"
            ) from None
        if exc.connection_invalidated or "connection" in said:
            raise _unreachable(exc) from None
        raise
