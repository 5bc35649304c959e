"""Accounts on the office server: each is a PostgreSQL login with one key slot row.

Every change goes through the server's SECURITY DEFINER functions (storage/server_identity.py)
in the same transaction as its audit entry: a row per account, so two administrators changing
accounts at the same moment never lose a change. The slot is sealed here with the key derived
for it (vault/server_login.py) and the login gets the SCRAM verifier of its secret: neither the
password nor the login secret reaches the server.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from cryptography.exceptions import InvalidTag
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ajo_cases.errors import InvalidInput, NotFound, PermissionDenied
from ajo_cases.services.access import signing_keys
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage import server_identity
from ajo_cases.storage.server_engine import set_login_secret
from ajo_cases.vault import kdf, server_login
from ajo_cases.vault.keys import VaultKeys
from ajo_cases.vault.keyslots import USER_SLOT, Slot, fold_user

LOGIN_ID_BYTES = 6  # the login role is DB_u_<12 hex>: never the account's name


def seal(
    *,
    user: str,
    role: str,
    vault_id: str,
    password: str,
    keys: VaultKeys,
    seed: bytes | None,
    slot_id: str | None = None,
    temporary: bool = False,
) -> tuple[Slot, str]:
    """A slot for ``password`` and the SCRAM verifier of the login secret derived with it;
    ``seed``: the account's own signing seed (services/access/signing_keys.py)."""
    params = kdf.new_password_params()
    sign_in = server_login.derive(password, params)
    slot = Slot.seal(
        kind=USER_SLOT, user=user, role=role, vault_id=vault_id, kdf=params, kek=sign_in.kek,
        keys=keys, seed=seed, slot_id=slot_id, temporary=temporary,
    )  # fmt: skip
    return slot, server_login.scram_verifier(sign_in.secret)


def new_login_id() -> str:
    return secrets.token_hex(LOGIN_ID_BYTES)


def opens(slot: Slot, password: str) -> bool:
    """The password opens the slot as it is now (one key derivation)."""
    try:
        slot.unwrap(server_login.derive(password, slot.kdf).kek)
    except InvalidTag:
        return False
    return True


@contextmanager
def refused_as_errors() -> Iterator[None]:
    """The functions' refusals as the program's own errors."""
    try:
        yield
    except DBAPIError as exc:
        # psycopg loads only when an office server is used: never for a local vault
        from psycopg import errors as pg_errors

        said = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else ""
        if isinstance(exc.orig, pg_errors.InsufficientPrivilege):
            raise PermissionDenied("your account may not do this") from None
        if isinstance(exc.orig, pg_errors.UniqueViolation):
            raise InvalidInput("an account with this name already exists") from None
        if isinstance(exc.orig, pg_errors.NoDataFound):
            raise NotFound("no such account") from None
        if isinstance(exc.orig, pg_errors.CheckViolation):
            raise InvalidInput(said) from None
        raise


def login_of(vault: OpenVault, name: str) -> str:
    with vault.read_session() as session:
        login = server_identity.login_of(session, fold_user(name))
    if login is None:
        raise NotFound(f"no account named {name!r}")
    return login


def add(
    vault: OpenVault,
    name: str,
    role: str,
    password: str,
    seed: bytes,
    also: Callable[[Session], object],
    *,
    temporary: bool = True,
) -> None:
    """The account's login, its groups and its slot (temporary password), with the audit entry
    and the registration of its signing key (made here, replaced at the owner's first change)."""
    slot, verifier = seal(
        user=name, role=role, vault_id=vault.slot_file.vault_id, password=password,
        keys=vault.keys, seed=seed, temporary=temporary,
    )  # fmt: skip
    login_id = new_login_id()
    with refused_as_errors(), vault.unit_of_work() as session:
        server_identity.add_account(session, login_id, fold_user(name), slot.to_json(), verifier)
        vault.record(session, "user_added", target_table="user", target_id=name, detail=role)
        signing_keys.register(vault, session, name, seed)
        also(session)  # the account's details, in the same transaction


def change_own(vault: OpenVault, slot: Slot, new_password: str, temporary: bool) -> None:
    """Re-seal the signed-in account's own slot and change its login secret with it; a new
    signing key comes with it, registered in the same transaction under the key it replaces."""
    seed = signing_keys.new_seed()
    resealed, verifier = seal(
        user=slot.user, role=slot.role, vault_id=slot.vault_id, password=new_password,
        keys=vault.keys, seed=seed, slot_id=slot.slot_id, temporary=temporary,
    )  # fmt: skip
    secret = server_login.derive(new_password, resealed.kdf).secret
    with refused_as_errors(), vault.unit_of_work() as session:
        server_identity.change_own_password(session, resealed.to_json(), verifier)
        vault.record(session, "password_changed", target_table="user", target_id=slot.user)
        signing_keys.register(vault, session, slot.user, seed)
    vault.use_signing_seed(seed)
    set_login_secret(vault.engine, secret)  # connections opened from now on use the new one
    vault.slot_file.replace_slot(resealed)


def reset(vault: OpenVault, name: str, role: str, new_password: str, temporary: bool) -> None:
    """An administrator (or the recovery code's holder) sets someone's password."""
    login = login_of(vault, name)
    seed = signing_keys.new_seed()  # known to whoever resets, until the owner's own change
    resealed, verifier = seal(
        user=name, role=role, vault_id=vault.slot_file.vault_id, password=new_password,
        keys=vault.keys, seed=seed, temporary=temporary,
    )  # fmt: skip
    with refused_as_errors(), vault.unit_of_work() as session:
        server_identity.reset_account(session, login, resealed.to_json(), verifier)
        vault.record(session, "password_changed", target_table="user", target_id=name)
        signing_keys.register(vault, session, name, seed)


def remove(vault: OpenVault, name: str, role: str) -> None:
    """Soft-remove the account, disable its login and end its open sessions at once."""
    login = login_of(vault, name)
    with refused_as_errors(), vault.unit_of_work() as session:
        server_identity.remove_account(session, login)
        vault.record(session, "user_removed", target_table="user", target_id=name, detail=role)
    # a session that reconnected before the removal committed ends now
    with refused_as_errors(), vault.unit_of_work(audit_only=True) as session:
        server_identity.end_sessions(session, login)
