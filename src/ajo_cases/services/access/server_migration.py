"""``server init --from-vault``: a local vault moves onto an empty office-server database.

Everything happens in one PostgreSQL transaction: the schema, every row as stored (personal
fields stay sealed under the same ``K_pii``, audit entries keep their MACs and signatures under
the same keys, so the chain verifies on the server), the identity tables and functions, the
groups, the prelogin login, and each account's own login with its key slot (as ``server init``
and ``user add`` make them, through storage/server_identity.py).
The server's chain trigger is off while the rows are copied (the local chain's links stay as
they are) and on for the entries the move itself adds. A failure anywhere rolls all of it
back: the database is empty again and the local vault was only read. The first entry the
server adds names the local chain's head, so the history before the move stays provable.

Accounts: the administrator who moves the vault keeps their password and the recovery code
keeps working; every other account gets a temporary password (printed once, as key rotation
does), because what the server holds for an account is derived from a password the
administrator does not know. Only after the server committed is the local vault marked
migrated: from then on it opens read-only, for reference, so two vaults never diverge.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, delete, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from ajo_cases.errors import InvalidInput, VaultExists, VaultMigrated
from ajo_cases.services.access import server_accounts, signing_keys
from ajo_cases.services.access.opening import open_vault, prepare_dir
from ajo_cases.services.access.rotation import temporary_password
from ajo_cases.services.access.server_reach import reaching
from ajo_cases.services.backup import autobackup
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage import (
    meta_repo,
    migrate,
    server_chain,
    server_identity,
    server_prelogin,
    server_roles,
    table_copy,
)
from ajo_cases.storage.audit_repo import write_pending
from ajo_cases.storage.base import utc_now
from ajo_cases.storage.models_access import KeySlotEntry
from ajo_cases.storage.server_engine import driver_url, make_server_engine, tls_options
from ajo_cases.storage.slot_registry_repo import READY_KEY
from ajo_cases.vault import server_profile
from ajo_cases.vault.keyslots import USER_SLOT, Slot, fold_user
from ajo_cases.vault.layout import is_server_vault, vault_exists
from ajo_cases.vault.lock import VaultLock
from ajo_cases.vault.server_profile import ServerProfile

# this PC's backup status and settings stay with the local vault (the server's are its own)
_LOCAL_ONLY_META = frozenset(
    {
        autobackup.SECOND_FOLDER,
        autobackup.MAX_AGE_DAYS,
        autobackup.KEEP_LAST,
        autobackup.KEEP_MONTHLY,
        autobackup.LAST_GOOD_AT,
        autobackup.LAST_HEAD_SEQ,
    }
)


@dataclass(frozen=True, slots=True, repr=False)
class MigrationResult:
    """What to show once: each other account's temporary password."""

    counts: dict[str, int]
    temporary_passwords: dict[str, str] = field(default_factory=dict)

    def __repr__(self) -> str:
        return f"MigrationResult(accounts_reset={sorted(self.temporary_passwords)})"


def migrate_to_server(
    data_dir: Path,
    url: str,
    local_dir: Path,
    user: str,
    password: str,
    *,
    ca_pem: str = "",
) -> MigrationResult:
    """Move the local vault in ``local_dir`` onto the empty database at ``url``; ``data_dir``
    becomes this PC's profile of it. ``user``/``password``: an administrator of the local vault."""
    driver_url(url)
    tls_options(url, ca_pem)  # another computer without a pinned CA: refused before anything
    if is_server_vault(local_dir):
        raise InvalidInput(f"{local_dir} is already a profile of an office-server vault")
    local = open_vault(local_dir, user, password)
    try:
        local.require_role("admin")
        if local.with_recovery_code:
            raise InvalidInput("move the vault as an administrator, not with the recovery code")
        if local.moved_to:
            raise VaultMigrated(
                f"this vault was already moved to the office server {local.moved_to}",
                server=local.moved_to,
            )
        prepare_dir(data_dir)
        lock = VaultLock(data_dir)
        lock.acquire()
        try:
            if vault_exists(data_dir):
                raise VaultExists(f"a vault already exists in {data_dir}", path=str(data_dir))
            profile, result = _copy_onto_server(local, password, url, ca_pem)
            # the server committed: this folder becomes its profile, the local vault retires
            server_profile.save(data_dir, profile)
            _mark_migrated(local, url)
        finally:
            lock.release()
    finally:
        local.close()
    return result


def _copy_onto_server(
    local: OpenVault, password: str, url: str, ca_pem: str
) -> tuple[ServerProfile, MigrationResult]:
    database = make_url(url).database or ""
    vault_id = local.slot_file.vault_id
    engine = make_server_engine(url, ca_pem)
    try:
        with reaching(engine), engine.connect() as server, server.begin():
            _require_empty(server)
            migrate.upgrade_connection(server)
            with local.engine.connect() as source, source.begin():
                skip = table_copy.SERVER_ONLY_META | _LOCAL_ONLY_META | {READY_KEY}
                # the local entries keep their numbers and HMAC links; the server links on
                server_chain.set_enabled(server, False)
                counts = table_copy.copy_rows(source, server, skip_meta=skip)
                server_chain.set_enabled(server, True)
            # the key-file registry is the local vault's: on the server the slots table is it
            server.execute(delete(KeySlotEntry))
            prefix = server_roles.prefix_for(database)
            server_identity.install(server, prefix)
            login, secret = server_prelogin.create_login(server, database)
            server_identity.grant(server, prefix, login)
            recovery = local.slot_file.recovery_slot()
            if recovery is not None:  # sealed under the code alone: it moves as it is
                server_identity.put_recovery_slot(server, recovery.to_json())
            with Session(bind=server) as session:
                temporary = _accounts(local, session, password)
                write_pending(session)  # the audit entries last, as at every commit
                session.flush()
    finally:
        engine.dispose()
    profile = ServerProfile(url, vault_id, login, secret, ca_pem)
    return profile, MigrationResult(counts, temporary)


def _require_empty(server: Connection) -> None:
    tables = server.execute(
        text("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")
    ).scalar()
    if tables:
        raise VaultExists("the database is not empty; give an empty database")


def _accounts(local: OpenVault, session: Session, password: str) -> dict[str, str]:
    """The server's first entry names the local chain's head; then every account becomes a
    login of its own with its slot (server_accounts.seal: the server's derivation). The moving
    administrator keeps their password and signing key; every other account gets a temporary
    password and a new signing key, registered in an entry the administrator signs (as
    ``user add`` does), since its owner's old key is sealed under a password no one here knows."""
    local_head = local.audit.last(session)
    head_text = f"{local_head.seq}:{local_head.mac.hex()}" if local_head else "0:"
    others = [s for s in local.slot_file.slots if s.kind == USER_SLOT and s.user != local.user]
    local.record(
        session, "migrated_from_vault", target_table="vault",
        target_id=local.slot_file.vault_id,
        detail=f"local_head={head_text} accounts_reset={len(others)}",
    )  # fmt: skip
    own = local.slot_file.user_slot(local.user)
    assert own is not None and local.keys.signing_seed is not None  # opened just now
    _add(local, session, own, password, local.keys.signing_seed, False)
    temporary: dict[str, str] = {}
    for slot in others:
        password = temporary[slot.user] = temporary_password()
        seed = signing_keys.new_seed()
        _add(local, session, slot, password, seed, True)
        local.record(session, "password_changed", target_table="user", target_id=slot.user)
        signing_keys.register(local, session, slot.user, seed)
    return temporary


def _add(
    local: OpenVault, session: Session, slot: Slot, password: str, seed: bytes, temporary: bool
) -> None:
    sealed, verifier = server_accounts.seal(
        user=slot.user, role=slot.role, vault_id=slot.vault_id, password=password,
        keys=local.keys, seed=seed, slot_id=slot.slot_id, temporary=temporary,
    )  # fmt: skip
    login_id = server_accounts.new_login_id()
    server_identity.add_account(session, login_id, fold_user(slot.user), sealed.to_json(), verifier)


def _mark_migrated(local: OpenVault, url: str) -> None:
    moved = json.dumps({"url": url, "at": utc_now().isoformat(timespec="seconds")})
    with local.unit_of_work() as session:
        meta_repo.put(session, meta_repo.MIGRATED_KEY, moved)
        local.record(session, "migrated_to_server", target_table="vault", detail=f"url={url}")
    local.moved_to = url
