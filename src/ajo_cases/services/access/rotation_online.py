"""`rotate-keys` on an office-server vault: a new ``K_pii`` while the other PCs keep working.

Three steps, each safe to stop after (run the command again and it continues):

1. **Start**, one transaction: a new ``K_pii`` becomes current. Every account that holds the
   personal-data key gets a new slot with the new key and the previous one (to read what is
   not sealed again yet): the administrator's own slot keeps its password; every other one
   gets a temporary password, shown once, as the local vault's rotation does (their slots are
   sealed under passwords the administrator does not know), and its open sessions end once
   this committed, so no PC goes on sealing with the old key. The recovery code is new and
   its slot holds the new key only. ``vault_meta`` ``pii.rotating`` says a rotation runs.
2. **Sweep** (rotation_sweep.py): every value not under the new key is sealed again, in
   batches of short transactions, respecting row versions.
3. **Finish**, one transaction, once nothing sealed with the old key is left: the old key
   goes from the administrator's slot and from every slot still on the temporary password
   this run gave; ``pii.rotating`` is deleted. An account that chose its own password during
   the rotation drops the old key from its slot at its next sign-in (it sees the rotation
   finished). Managers hold no ``K_pii``: their slots do not change.

A run that finds the administrator's slot holding a previous key resumes at step 2.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field

from ajo_cases.errors import InvalidInput, WrongCredentials
from ajo_cases.services.access import rotation_sweep, server_accounts, signing_keys
from ajo_cases.services.access.opening import RECOVERY_ACTOR
from ajo_cases.services.access.rotation import temporary_password
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import erasure
from ajo_cases.storage import meta_repo, server_identity
from ajo_cases.storage.server_engine import set_login_secret
from ajo_cases.storage.take_turns import KEY_ROTATION, take_turn
from ajo_cases.vault import kdf, recovery, server_login
from ajo_cases.vault.fieldcipher import key_id
from ajo_cases.vault.keys import KEY_BYTES, VaultKeys, role_holds_pii
from ajo_cases.vault.keyslots import RECOVERY_SLOT, Slot

ROTATING = "pii.rotating"  # vault_meta: "<old key id> <new key id>" while a rotation runs
Stage = Callable[[str, int, int], object]  # ("sweep", done, total) and the like


@dataclass(frozen=True, slots=True, repr=False)
class OnlineResult:
    """Secrets to show once (empty when this run resumed a rotation begun earlier)."""

    recovery_code: str = ""
    temporary_passwords: dict[str, str] = field(default_factory=dict)
    fields_resealed: int = 0
    rows_retried: int = 0
    resumed: bool = False

    def __repr__(self) -> str:
        return f"OnlineResult(accounts_reset={sorted(self.temporary_passwords)})"

    @property
    def changes(self) -> Changes:
        return Changes.of("users")


@dataclass(slots=True)
class _Started:
    code: str
    temporary: dict[str, tuple[str, str, bytes, dict[str, object]]]  # name: (login, pw, seed, kdf)


def in_progress(vault: OpenVault) -> bool:
    with vault.read_session() as session:
        return bool(meta_repo.get(session, ROTATING))  # "" once finished (no DELETE here)


def rotate_online(
    vault: OpenVault,
    password: str,
    progress: rotation_sweep.Progress | None = None,
    *,
    batch: int = rotation_sweep.BATCH,
    between: Callable[[], None] | None = None,
) -> OnlineResult:
    """Rotate ``K_pii`` of a server vault (or finish a rotation begun earlier)."""
    own = _check_admin(vault, password)
    resumed = bool(vault.keys.previous_pii)
    started = None if resumed else _start(vault, own, password)
    swept = rotation_sweep.sweep(vault, progress, batch, between)
    while rotation_sweep.remaining(vault):  # a PC that still sealed with the old key
        more = rotation_sweep.sweep(vault, None, batch, between)
        swept.fields, swept.retried = swept.fields + more.fields, swept.retried + more.retried
    _finish(vault, password, started)
    temporary = {
        name: pw for name, (_l, pw, _s, _k) in (started.temporary if started else {}).items()
    }
    return OnlineResult(
        started.code if started else "", temporary, swept.fields, swept.retried, resumed
    )


def _check_admin(vault: OpenVault, password: str) -> Slot:
    vault.require_role("admin")
    if not vault.on_server:
        raise InvalidInput("this vault is on this PC; its keys rotate offline")
    if vault.with_recovery_code:
        raise InvalidInput("sign in with an administrator account (not the recovery code) first")
    own = vault.slot_file.user_slot(vault.user)
    if own is None or vault.keys.k_pii is None:
        raise InvalidInput("your account has no key slot; sign in again")
    if not server_accounts.opens(own, password):
        raise WrongCredentials("wrong password")
    return own


def _start(vault: OpenVault, own: Slot, password: str) -> _Started:
    old = vault.keys.k_pii
    assert old is not None  # checked by _check_admin
    new = _new_key(old)
    ring = vault.keys.with_pii(new, (old,))
    vault_id = vault.slot_file.vault_id
    code = recovery.generate()
    recovery_seed = signing_keys.new_seed()
    params = kdf.new_recovery_params()
    recovery_slot = Slot.seal(
        kind=RECOVERY_SLOT, user=RECOVERY_ACTOR, role="admin", vault_id=vault_id, kdf=params,
        kek=kdf.derive_kek(recovery.secret_bytes(code), params),
        keys=ring.with_pii(new), seed=recovery_seed,
    )  # fmt: skip
    mine, verifier = server_accounts.seal(
        user=own.user, role=own.role, vault_id=vault_id, password=password, keys=ring,
        seed=vault.keys.signing_seed, slot_id=own.slot_id, temporary=own.temporary,
    )  # fmt: skip
    temporary: dict[str, tuple[str, str, bytes, dict[str, object]]] = {}
    own_login = server_accounts.login_of(vault, vault.user)
    with server_accounts.refused_as_errors(), vault.unit_of_work() as session:
        take_turn(session, KEY_ROTATION)  # two administrators never start two at once
        if meta_repo.get(session, ROTATING):
            raise InvalidInput(
                "another administrator has started a key rotation; sign in again and run "
                "rotate-keys to continue it"
            )
        for account in server_identity.accounts(session):
            if account.login_role == own_login or not role_holds_pii(account.role):
                continue
            secret, seed = temporary_password(), signing_keys.new_seed()
            slot, check = server_accounts.seal(
                user=account.user, role=account.role, vault_id=vault_id, password=secret,
                keys=ring, seed=seed, temporary=True,
            )  # fmt: skip
            server_identity.reset_account(session, account.login_role, slot.to_json(), check)
            temporary[account.user] = (account.login_role, secret, seed, slot.kdf.to_json())
            vault.record(session, "password_reset", target_table="user", target_id=account.user)
            signing_keys.register(vault, session, account.user, seed)
        server_identity.change_own_password(session, mine.to_json(), verifier)
        server_identity.replace_recovery_slot(session, recovery_slot.to_json())
        signing_keys.register(vault, session, RECOVERY_ACTOR, recovery_seed)
        meta_repo.put(session, ROTATING, f"{key_id(old).hex()} {key_id(new).hex()}")
        vault.record(
            session, "key_rotation", target_table="vault",
            detail=f"started online new_key={key_id(new).hex()} accounts_reset={len(temporary)} "
            "recovery_code=new",
        )  # fmt: skip
    _use(vault, ring, mine, password)
    with server_accounts.refused_as_errors(), vault.unit_of_work(audit_only=True) as session:
        for login, _secret, _seed, _kdf in temporary.values():
            server_identity.end_sessions_after_reset(session, login)
    return _Started(code, temporary)


def _new_key(old: bytes) -> bytes:
    while True:  # a new id too (4 bytes: a clash is unlikely, and never kept)
        new = secrets.token_bytes(KEY_BYTES)
        if key_id(new) != key_id(old):
            return new


def _finish(vault: OpenVault, password: str, started: _Started | None) -> None:
    """Drop the old key from the slots this run can re-seal; the rotation is over."""
    keys = vault.keys.with_pii(vault.keys.k_pii or b"")
    own = vault.slot_file.user_slot(vault.user)
    assert own is not None
    mine, verifier = server_accounts.seal(
        user=own.user, role=own.role, vault_id=own.vault_id, password=password, keys=keys,
        seed=keys.signing_seed, slot_id=own.slot_id, temporary=own.temporary,
    )  # fmt: skip
    with server_accounts.refused_as_errors(), vault.unit_of_work() as session:
        if rotation_sweep.remaining(
            vault, session
        ):  # checked again: nothing under the old key is lost
            raise InvalidInput("values under the old key appeared; run rotate-keys again")
        for name, (login, secret, seed, params) in (started.temporary if started else {}).items():
            now = server_identity.account_kdf(session, login)
            if now is None or json.dumps(now, sort_keys=True) != json.dumps(params, sort_keys=True):
                continue  # its owner chose a password already: the next sign-in drops it
            role = next(a.role for a in server_identity.accounts(session) if a.login_role == login)
            slot, check = server_accounts.seal(
                user=name, role=role, vault_id=own.vault_id, password=secret, keys=keys,
                seed=seed, temporary=True,
            )  # fmt: skip
            server_identity.reset_account(session, login, slot.to_json(), check)
        server_identity.change_own_password(session, mine.to_json(), verifier)
        meta_repo.put(session, ROTATING, "")
        vault.record(
            session, "keys_rotated", target_table="vault",
            detail=f"online key={key_id(keys.k_pii or b'').hex()} old key dropped",
        )  # fmt: skip
    erasure.resign_ledger(vault)  # while the previous key is still held
    _use(vault, keys, mine, password)


def _use(vault: OpenVault, keys: VaultKeys, slot: Slot, password: str) -> None:
    """The open vault works with the new keys and its new login secret from now on."""
    set_login_secret(vault.engine, server_login.derive(password, slot.kdf).secret)
    vault.keys = keys
    vault.slot_file.replace_slot(slot)
    vault.__post_init__()
    vault.caches.clear()


def prune_at_sign_in(vault: OpenVault, slot: Slot, password: str) -> None:
    """At sign-in: a slot still holding a previous key after the rotation finished drops it."""
    if not vault.keys.previous_pii or in_progress(vault):
        return
    erasure.resign_ledger(vault)
    vault.keys = vault.keys.with_pii(vault.keys.k_pii or b"")
    vault.__post_init__()
    server_accounts.change_own(vault, slot, password, slot.temporary)
