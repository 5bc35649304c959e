"""A vault on the office server (PostgreSQL): creating it, and signing in from a PC's profile.

The PC's data folder holds the connection profile (vault/server_profile.py) and nothing else of
the vault. Each account is its own PostgreSQL login (storage/server_identity.py): the PC asks
``ajo_prelogin`` for the account's KDF parameters and login name, runs Argon2id once, and signs
in with the login secret derived from it; its own key slot is the only one it can read.
Personal fields are sealed with ``K_pii`` on the PC exactly as in a local vault. The owner's
password (``PGPASSWORD``) is needed only to set the server up and, with the recovery code, to
let the vault's keys be recovered (docs/server.md).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from pathlib import Path

from cryptography.exceptions import InvalidTag
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from ajo_cases.errors import (
    ACCOUNT_REMOVED,
    AccountRemoved,
    InvalidInput,
    KeySlotsCorrupt,
    PermissionDenied,
    ServerRolledBack,
    VaultDamaged,
    VaultExists,
    WrongCredentials,
)
from ajo_cases.services import change_feed
from ajo_cases.services.access import rotation_online, server_accounts
from ajo_cases.services.access.opening import (
    RECOVERY_ACTOR,
    finish_unlock,
    prepare_dir,
    record_creation,
    unwrap_slot,
)
from ajo_cases.services.access.passwords import require_acceptable_password, validate_user_name
from ajo_cases.services.access.server_reach import WRONG, reaching
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import erasure
from ajo_cases.storage import meta_repo, migrate, server_identity, server_prelogin, server_roles
from ajo_cases.storage.server_engine import (
    check_ca,
    driver_url,
    make_login_engine,
    make_server_engine,
    tls_options,
)
from ajo_cases.vault import kdf, recovery, server_login, server_profile, signing
from ajo_cases.vault.auditchain import head_is_authentic
from ajo_cases.vault.kdf import KdfParams
from ajo_cases.vault.keys import VaultKeys
from ajo_cases.vault.keyslots import RECOVERY_SLOT, Slot, SlotFile, fold_user
from ajo_cases.vault.layout import vault_exists
from ajo_cases.vault.lock import VaultLock
from ajo_cases.vault.server_profile import ServerProfile

_OTHER_VAULT = "the office server holds another vault; check the connection file"
_OLDER_SCHEMA = (
    "the database on the office server is older than this program; its administrator must "
    "upgrade it first (ajo-cases server upgrade, with the owner's password)"
)


@dataclass(frozen=True, slots=True)
class PreloginAnswer:
    kdf: KdfParams
    login: str  # the account's PostgreSQL login (a fake one for a name that is no account)


_PRELOGIN_REFUSED = (
    "the office server refused this connection file's sign-in login; ask the administrator "
    "for a new connection file"
)


def _new_keys(
    admin: str, password: str
) -> tuple[VaultKeys, str, Slot, str, Slot, str, bytes, bytes]:
    """Keys (signing as the admin), vault id, the admin's slot and login verifier, the recovery
    slot and code, and the two signing seeds (admin, recovery)."""
    keys, vault_id, code = VaultKeys.generate(), str(uuid.uuid4()), recovery.generate()
    admin_seed, recovery_seed = signing.new_seed(), signing.new_seed()
    recovery_params = kdf.new_recovery_params()
    recovery_slot = Slot.seal(
        kind=RECOVERY_SLOT, user=RECOVERY_ACTOR, role="admin", vault_id=vault_id,
        kdf=recovery_params, kek=kdf.derive_kek(recovery.secret_bytes(code), recovery_params),
        keys=keys, seed=recovery_seed,
    )  # fmt: skip
    admin_slot, verifier = server_accounts.seal(
        user=admin, role="admin", vault_id=vault_id, password=password, keys=keys, seed=admin_seed
    )
    keys = keys.with_seed(admin_seed)  # the session signs as the administrator
    return keys, vault_id, admin_slot, verifier, recovery_slot, code, admin_seed, recovery_seed


def create_server_vault(
    data_dir: Path, url: str, admin: str, password: str, *, ca_pem: str = ""
) -> tuple[OpenVault, str]:
    """Build the schema, roles and functions in an empty database (as its owner), add the
    first admin; the folder gets the profile. Returns the vault, open as the admin's own
    login, and the recovery code (shown once)."""
    driver_url(url)  # a malformed address or one with a password is refused before anything
    tls_options(url, ca_pem)  # and another computer without a pinned CA
    admin = validate_user_name(admin)
    password = require_acceptable_password(password, admin)
    database = make_url(url).database or ""
    prepare_dir(data_dir)
    lock = VaultLock(data_dir)
    lock.acquire()
    try:
        if vault_exists(data_dir):
            raise VaultExists(f"a vault already exists in {data_dir}", path=str(data_dir))
        owner = make_server_engine(url, ca_pem)
        try:
            with reaching(owner):
                if migrate.current_revision(owner) is not None:
                    raise VaultExists("the database is not empty; give an empty database")
                migrate.upgrade(owner)
            keys, vault_id, slot, verifier, recovery_slot, code, seed, r_seed = _new_keys(
                admin, password
            )
            prefix = server_roles.prefix_for(database)
            with reaching(owner), owner.begin() as conn:
                server_identity.install(conn, prefix)
                login, login_password = server_prelogin.create_login(conn, database)
                server_identity.grant(conn, prefix, login)
                server_identity.put_recovery_slot(conn, recovery_slot.to_json())
                admin_login = server_identity.add_account(
                    conn, server_accounts.new_login_id(), fold_user(admin), slot.to_json(), verifier
                )
        finally:
            owner.dispose()
        secret = server_login.derive(password, slot.kdf).secret
        engine = make_login_engine(url, admin_login, secret, ca_pem)
        try:
            vault = OpenVault(data_dir, admin, "admin", keys, engine, lock,
                              SlotFile(vault_id, [slot]), on_server=True)  # fmt: skip
            with reaching(engine), vault.unit_of_work() as session:
                record_creation(vault, session, vault_id, seed, r_seed)
            vault.save_slots()
            # written last: an interrupted set-up leaves no profile that looks usable
            profile = ServerProfile(url, vault_id, login, login_password, ca_pem)
            server_profile.save(data_dir, profile)
        except BaseException:
            engine.dispose()
            raise
    except BaseException:
        lock.release()
        raise
    return vault, code


def _check_vault_id(session: Session, profile: ServerProfile) -> None:
    if meta_repo.get(session, "vault_id") != profile.vault_id:
        raise VaultDamaged(_OTHER_VAULT)


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
        raise ServerRolledBack(
            "the office server holds an older state than this PC has already seen: it may "
            "have been put back from an old copy; ask the administrator"
        )


def _sign_in(profile: ServerProfile, user: str, password: str) -> tuple[Engine, Slot, bytes]:
    """Prelogin, one Argon2id run, the account's own login; returns its engine and slot."""
    answer = prelogin(profile, user)
    sign_in = server_login.derive(password, answer.kdf)
    engine = make_login_engine(profile.url, answer.login, sign_in.secret, profile.ca_pem)
    try:
        with reaching(engine, owner=False), Session(engine) as session:
            _check_vault_id(session, profile)
            raw = server_identity.own_slot(session)
        if raw is None:
            raise AccountRemoved(ACCOUNT_REMOVED)
        try:
            slot = Slot.from_json(raw, profile.vault_id)
        except (ValueError, KeyError, TypeError) as exc:
            raise KeySlotsCorrupt(f"this account's key slot is damaged ({exc})") from None
        if fold_user(slot.user) != fold_user(user):
            raise KeySlotsCorrupt("the office server gave another account's key slot")
    except BaseException:
        engine.dispose()
        raise
    return engine, slot, sign_in.kek


def _recover(profile: ServerProfile, code: str) -> tuple[Engine, Slot, VaultKeys]:
    """The recovery code on a server vault: its slot is read by the owner only."""
    engine = make_server_engine(profile.url, profile.ca_pem)
    try:
        with reaching(engine), Session(engine) as session:
            _check_vault_id(session, profile)
            raw = server_identity.recovery_slot(session)
        if raw is None:
            raise KeySlotsCorrupt("the office server holds no recovery key slot")
        slot_file = SlotFile(profile.vault_id, [Slot.from_json(raw, profile.vault_id)])
        slot, keys = unwrap_slot(slot_file, RECOVERY_ACTOR, code, True)
    except BaseException:
        engine.dispose()
        raise
    return engine, slot, keys


def open_server_vault(
    data_dir: Path, user: str, secret: str, *, use_recovery: bool = False
) -> OpenVault:
    """Sign in as the account's own login (or, with the recovery code, as the owner)."""
    profile = server_profile.load(data_dir)
    lock = VaultLock(data_dir)
    lock.acquire()
    try:
        if use_recovery:
            engine, slot, keys = _recover(profile, secret)
        else:
            engine, slot, kek = _sign_in(profile, user, secret)
            try:
                keys = slot.unwrap(kek)
            except InvalidTag:
                engine.dispose()
                raise WrongCredentials(WRONG) from None
        try:
            actor = RECOVERY_ACTOR if use_recovery else slot.user
            vault = OpenVault(data_dir, actor, slot.role, keys, engine, lock,
                              SlotFile(profile.vault_id, [slot]),
                              with_recovery_code=use_recovery, on_server=True)  # fmt: skip
            with reaching(engine, owner=use_recovery):
                _check_pin(vault)
                _upgrade_or_refuse(engine, use_recovery)
                finish_unlock(vault, slot, secret, False, True)
                erasure.apply_at_unlock(vault)
                change_feed.start_here(vault)  # other PCs' later changes reach this one
            if not use_recovery and kdf.below_policy(slot.kdf):
                server_accounts.change_own(vault, slot, secret, slot.temporary)
            if not use_recovery:  # a key rotation finished since: the old key leaves the slot
                with reaching(engine):
                    rotation_online.prune_at_sign_in(vault, vault.slot_file.slots[0], secret)
        except BaseException:
            engine.dispose()
            raise
    except BaseException:
        lock.release()
        raise
    return vault


def _upgrade_or_refuse(engine: Engine, as_owner: bool) -> None:
    """An account's login may not change the schema: an older database is refused."""
    if as_owner:
        migrate.upgrade(engine)
        return

    def refuse(_revision: str) -> None:
        raise PermissionDenied(_OLDER_SCHEMA)

    migrate.upgrade(engine, refuse)


def upgrade_server(data_dir: Path) -> bool:
    """``server upgrade``: as the owner (``PGPASSWORD``), bring the schema to this program's
    version and grant the groups what the new tables need. Returns True when anything ran."""
    profile = server_profile.load(data_dir)
    owner = make_server_engine(profile.url, profile.ca_pem)
    try:
        with reaching(owner):
            with Session(owner) as session:
                _check_vault_id(session, profile)
            changed = migrate.upgrade(owner)
            with owner.begin() as conn:
                server_identity.refresh_functions(conn)
                server_identity.grant(conn, server_identity.prefix(conn), profile.prelogin_user)
    finally:
        owner.dispose()
    return changed


def prelogin(profile: ServerProfile, name: str) -> PreloginAnswer:
    """An account's KDF parameters and login, asked as the prelogin login (which may do
    nothing else). The name is folded here as at sign-in."""
    found = _as_prelogin(
        profile, f"SELECT {server_prelogin.FUNCTION}(:name)", {"name": fold_user(name)}
    )
    if not isinstance(found, dict):
        raise VaultDamaged(_OTHER_VAULT)
    try:
        return PreloginAnswer(KdfParams.from_json(found["kdf"]), str(found["login"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise VaultDamaged(f"the office server's sign-in answer is damaged ({exc})") from None


def _as_prelogin(profile: ServerProfile, query: str, params: dict[str, str]) -> object:
    if not profile.prelogin_user:
        raise InvalidInput("this connection file has no prelogin login; ask for a new one")
    address = make_url(driver_url(profile.url)).set(username=profile.prelogin_user)
    engine = create_engine(
        address,
        poolclass=NullPool,
        connect_args={
            "connect_timeout": 10,
            "password": profile.prelogin_password,
            **tls_options(profile.url, profile.ca_pem),
        },
    )
    try:
        with engine.connect() as conn:
            return conn.execute(text(query), params).scalar()
    except OperationalError as exc:
        if "password authentication failed" in str(exc.orig).lower():
            raise WrongCredentials(_PRELOGIN_REFUSED) from None
        with reaching(engine):
            raise
    except ProgrammingError:  # no such function here, or not this login's to run
        raise VaultDamaged(_OTHER_VAULT) from None
    finally:
        engine.dispose()


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

    The server must answer (to the file's prelogin login) and hold the vault the file names;
    nothing is written otherwise. No owner's password is needed."""
    try:
        profile = server_profile.read_connection_file(connection_file)
    except KeySlotsCorrupt as exc:  # a wrong or damaged file, not this PC's key file
        raise InvalidInput(
            f"{connection_file.name} is not a usable connection file ({exc}); ask the "
            "administrator for a new one",
            field="connection_file",
        ) from None
    driver_url(profile.url)
    tls_options(profile.url, profile.ca_pem)  # another computer without a pinned CA: refused
    prepare_dir(data_dir)
    lock = VaultLock(data_dir)
    lock.acquire()
    try:
        if vault_exists(data_dir):
            raise VaultExists(f"a vault already exists in {data_dir}", path=str(data_dir))
        vault_id = _as_prelogin(profile, f"SELECT {server_prelogin.VAULT_ID_FUNCTION}()", {})
        if vault_id != profile.vault_id:
            raise VaultDamaged(_OTHER_VAULT)
        server_profile.save(data_dir, profile)
    finally:
        lock.release()
    return profile
