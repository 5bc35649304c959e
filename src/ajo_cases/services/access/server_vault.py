"""A vault on the office server (PostgreSQL): creating it, and unlocking it from a PC's profile.

The PC's data folder holds the connection profile (vault/server_profile.py) and nothing else of
the vault. The key slots live in the database, so every PC sees the same accounts; personal
fields are sealed with ``K_pii`` on the PC exactly as in a local vault. This first version
connects as the database owner (password from ``PGPASSWORD``); per-account logins come later
(docs/server.md says what exists).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from ajo_cases.errors import (
    InvalidInput,
    KeySlotsCorrupt,
    ServerNotTrusted,
    ServerUnreachable,
    VaultDamaged,
    VaultExists,
    VaultRolledBack,
    WrongCredentials,
)
from ajo_cases.services.access import slot_check
from ajo_cases.services.access.opening import (
    RECOVERY_ACTOR,
    finish_unlock,
    new_vault_keys,
    prepare_dir,
    record_creation,
    unwrap_slot,
)
from ajo_cases.services.access.passwords import require_acceptable_password, validate_user_name
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import erasure
from ajo_cases.storage import meta_repo, migrate, server_prelogin
from ajo_cases.storage.server_engine import check_ca, driver_url, make_server_engine, tls_options
from ajo_cases.vault import keyfile_mac, keyslots, server_profile
from ajo_cases.vault.auditchain import head_is_authentic
from ajo_cases.vault.kdf import KdfParams
from ajo_cases.vault.layout import vault_exists
from ajo_cases.vault.lock import VaultLock
from ajo_cases.vault.server_profile import ServerProfile

_OTHER_VAULT = "the office server holds another vault; check the connection file"
# libpq's words when the server's certificate is not the pinned CA's (or not for its name)
_UNTRUSTED = ("certificate verify failed", "does not match host name", "certificate")


def _unreachable(exc: OperationalError) -> ServerUnreachable:
    # libpq's first line says what failed (refused, timeout, authentication); no data in it
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else "no answer"
    return ServerUnreachable(f"the office server is not reachable ({reason})")


@contextmanager
def reaching(engine: Engine) -> Iterator[None]:
    """Connection failures read as "not reachable", never as a database traceback."""
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
        if "password authentication failed" in said or "no password supplied" in said:
            raise WrongCredentials(
                "the office server refused the database password (PGPASSWORD); check it"
            ) from None
        if exc.connection_invalidated or "connection" in said:
            raise _unreachable(exc) from None
        raise


def create_server_vault(
    data_dir: Path, url: str, admin: str, password: str, *, ca_pem: str = ""
) -> tuple[OpenVault, str]:
    """Build the schema in an empty database, add the first admin; the folder gets the profile.

    Returns the open vault and the recovery code (shown once)."""
    driver_url(url)  # a malformed address or one with a password is refused before anything
    tls_options(url, ca_pem)  # and another computer without a pinned CA
    admin = validate_user_name(admin)
    password = require_acceptable_password(password, admin)
    prepare_dir(data_dir)
    lock = VaultLock(data_dir)
    lock.acquire()
    try:
        if vault_exists(data_dir):
            raise VaultExists(f"a vault already exists in {data_dir}", path=str(data_dir))
        engine = make_server_engine(url, ca_pem)
        try:
            with reaching(engine):
                if migrate.current_revision(engine) is not None:
                    raise VaultExists("the database is not empty; give an empty database")
                migrate.upgrade(engine)
            keys, slot_file, code = new_vault_keys(admin, password)
            vault = OpenVault(
                data_dir, admin, "admin", keys, engine, lock, slot_file, on_server=True
            )
            with vault.unit_of_work() as session:
                record_creation(vault, session, slot_file.vault_id)
            vault.save_slots()
            with engine.begin() as conn:
                login, secret = server_prelogin.install(conn, make_url(url).database or "")
            # written last: an interrupted set-up leaves no profile that looks usable
            profile = ServerProfile(url, slot_file.vault_id, login, secret, ca_pem)
            server_profile.save(data_dir, profile)
        except BaseException:
            engine.dispose()
            raise
    except BaseException:
        lock.release()
        raise
    return vault, code


def _server_slot_file(session: Session, profile: ServerProfile) -> keyslots.SlotFile:
    stored_id = meta_repo.get(session, "vault_id")
    raw = meta_repo.get_slot_file(session)
    if stored_id != profile.vault_id or raw is None:
        raise VaultDamaged(_OTHER_VAULT)
    slot_file = keyslots.parse(raw)
    if slot_file.vault_id != profile.vault_id:
        raise VaultDamaged(_OTHER_VAULT)
    return slot_file


def _check_pin(vault: OpenVault) -> None:
    """Refuse a server whose audit chain does not hold the newest link this PC has seen."""
    pin = server_profile.load_pin(vault.data_dir)
    if pin is None:  # this PC's first unlock
        return
    if not head_is_authentic(vault.audit_key, pin):
        raise KeySlotsCorrupt(
            f"the audit pin in {vault.data_dir} was altered; ask the administrator"
        )
    with vault.read_session() as session:
        mac = vault.audit.mac_at(session, pin.seq)
    if mac is None or mac.hex() != pin.mac:
        raise VaultRolledBack(
            "the office server holds an older state than this PC has already seen: it may "
            "have been put back from an old copy; ask the administrator"
        )


def open_server_vault(
    data_dir: Path, user: str, secret: str, *, use_recovery: bool = False
) -> OpenVault:
    """Unlock a server vault: read the slots from the server, unwrap, check, upgrade."""
    profile = server_profile.load(data_dir)
    lock = VaultLock(data_dir)
    lock.acquire()
    try:
        engine = make_server_engine(profile.url, profile.ca_pem)
        try:
            with reaching(engine), Session(engine) as session:
                slot_file = _server_slot_file(session, profile)
            slot, keys = unwrap_slot(slot_file, user, secret, use_recovery)
            actor = RECOVERY_ACTOR if use_recovery else slot.user
            vault = OpenVault(data_dir, actor, slot.role, keys, engine, lock, slot_file,
                              with_recovery_code=use_recovery, on_server=True)  # fmt: skip
            with reaching(engine):
                _check_pin(vault)
                migrate.upgrade(engine)
                slot_check.refuse_unknown(vault, slot)
                mac_ok = keyfile_mac.is_authentic(keys.k_db, slot_file)
                finish_unlock(vault, slot, secret, False, mac_ok)
                erasure.apply_at_unlock(vault)
        except BaseException:
            engine.dispose()
            raise
    except BaseException:
        lock.release()
        raise
    return vault


def prelogin(profile: ServerProfile, name: str) -> KdfParams:
    """An account's KDF parameters, asked as the prelogin login (which may do nothing else)."""
    if not profile.prelogin_user:
        raise InvalidInput("this connection file has no prelogin login; ask for a new one")
    address = make_url(driver_url(profile.url)).set(
        username=profile.prelogin_user, password=profile.prelogin_password
    )
    options = {"connect_timeout": 10, **tls_options(profile.url, profile.ca_pem)}
    engine = create_engine(address, poolclass=NullPool, connect_args=options)
    try:
        with reaching(engine), engine.connect() as conn:
            found = conn.execute(
                text(f"SELECT {server_prelogin.FUNCTION}(:name)"), {"name": name}
            ).scalar()
    finally:
        engine.dispose()
    if found is None:
        raise VaultDamaged(_OTHER_VAULT)
    return KdfParams.from_json(found)


def write_connection_file(vault: OpenVault, target: Path, *, ca_pem: str = "") -> Path:
    """``server profile -o FILE``: what another PC needs to join (no password, no key).

    ``ca_pem``: pin this CA in the file instead of the profile's (a renewed CA)."""
    vault.require_role("admin")
    if not vault.on_server:
        raise InvalidInput("this vault is on this PC, not on an office server")
    if target.suffix != server_profile.CONNECTION_SUFFIX:
        target = target.with_name(target.name + server_profile.CONNECTION_SUFFIX)
    profile = server_profile.load(vault.data_dir)
    if ca_pem:
        profile = replace(profile, ca_pem=check_ca(ca_pem))
    tls_options(profile.url, profile.ca_pem)  # never a file another PC could not use safely
    server_profile.write_connection_file(target, profile)
    with vault.unit_of_work(audit_only=True) as session:
        vault.record(session, "server_profile_written", target_table="vault")
    return target


def connect(data_dir: Path, connection_file: Path) -> ServerProfile:
    """``connect FILE``: this PC's folder becomes a profile of the server vault in the file.

    The server must answer and hold the vault the file names; nothing is written otherwise."""
    try:
        profile = server_profile.read_connection_file(connection_file)
    except KeySlotsCorrupt as exc:  # a wrong or damaged file, not this PC's key file
        raise InvalidInput(
            f"{connection_file.name} is not a usable connection file ({exc}); ask the "
            "administrator for a new one",
            field="connection_file",
        ) from None
    driver_url(profile.url)
    prepare_dir(data_dir)
    lock = VaultLock(data_dir)
    lock.acquire()
    try:
        if vault_exists(data_dir):
            raise VaultExists(f"a vault already exists in {data_dir}", path=str(data_dir))
        engine = make_server_engine(profile.url, profile.ca_pem)
        try:
            with reaching(engine), Session(engine) as session:
                _server_slot_file(session, profile)
        finally:
            engine.dispose()
        server_profile.save(data_dir, profile)
    finally:
        lock.release()
    return profile
