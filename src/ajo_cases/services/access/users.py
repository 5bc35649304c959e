"""Accounts: each is a key slot; the admin adds, re-keys and removes them."""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.exceptions import InvalidTag

from ajo_cases.errors import InvalidInput, NotFound, PermissionDenied
from ajo_cases.services.access import profiles, server_accounts, signing_keys
from ajo_cases.services.access.opening import TEMPORARY_WARNING, seal_password_slot
from ajo_cases.services.access.passwords import require_acceptable_password, validate_user_name
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.vault import kdf
from ajo_cases.vault.keys import ROLES
from ajo_cases.vault.keyslots import Slot, fold_user


@dataclass(frozen=True, slots=True)
class UserInfo:
    name: str
    role: str
    full_name: str = ""
    position: str = ""
    phone: str = ""
    profile_version: int = 0  # the version of the details read (0: none recorded yet)

    @property
    def changes(self) -> Changes:
        """What adding this account changed (the accounts list, the Home count)."""
        return Changes.of("users", ids=(self.name,))


def list_users(vault: OpenVault) -> list[UserInfo]:
    vault.require_role("admin")
    known = profiles.all_profiles(vault)
    result = []
    for user, role in vault.accounts():
        profile = known.get(user, profiles.Profile(user))
        result.append(
            UserInfo(
                user, role, profile.full_name, profile.position, profile.phone, profile.version
            )
        )
    return result


def add_user(
    vault: OpenVault,
    name: str,
    role: str,
    password: str,
    profile: profiles.Profile | None = None,
) -> UserInfo:
    """A new account with a temporary password; its full name, position and phone with it."""
    vault.require_role("admin")
    name = validate_user_name(name)
    if role not in ROLES:
        raise InvalidInput(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    if vault.has_account(name):
        raise InvalidInput(f"an account named {name!r} already exists")
    password = require_acceptable_password(password, name)
    seed = signing_keys.new_seed()  # replaced by the owner at the forced password change
    details = (
        profiles.Profile(name)
        if profile is None
        else profiles.Profile(name, profile.full_name, profile.position, profile.phone)
    )
    if vault.on_server:
        server_accounts.add(
            vault, name, role, password, seed, lambda s: profiles.write(vault, s, details)
        )
        return UserInfo(name, role, details.full_name, details.position, details.phone)
    slot = seal_password_slot(
        user=name, role=role, vault_id=vault.slot_file.vault_id, password=password,
        keys=vault.keys, seed=seed,
        temporary=True,  # chosen by the administrator: the owner picks theirs
    )  # fmt: skip
    with vault.unit_of_work() as session:
        vault.record(session, "user_added", target_table="user", target_id=name, detail=role)
        signing_keys.register(vault, session, name, seed)
        profiles.write(vault, session, details)
    vault.slot_file.slots = [*vault.slot_file.slots, slot]
    vault.save_slots()
    return UserInfo(name, role, details.full_name, details.position, details.phone)


def change_password(vault: OpenVault, name: str, new_password: str) -> Changes:
    """Re-seal one slot under a new password; every other slot stays byte-for-byte the same.
    A password set for someone else is temporary: its owner is asked to choose their own at
    the next unlock, and may not choose the one they were given."""
    if vault.on_server:
        return _change_on_server(vault, name, new_password)
    slot = vault.slot_file.user_slot(name)
    if slot is None:
        raise NotFound(f"no account named {name!r}")
    if vault.role != "admin" and slot.user != vault.user:
        raise PermissionDenied("only an administrator may change another account's password")
    new_password = require_acceptable_password(new_password, slot.user)
    if vault.with_recovery_code:  # the code's holder is an administrator: their own account
        temporary = slot.role != "admin"
    else:
        temporary = slot.user != vault.user
        if slot.temporary and not temporary and _opens(slot, new_password):
            raise InvalidInput(
                "choose a password of your own, not the one you were given",
                field="password_given",
            )
    # A new signing key with every password: one's own, registered under the key it replaces
    # (so a key an administrator made stops working); someone else's, registered by whoever
    # sets it (who knows it until the owner changes the password).
    seed = signing_keys.new_seed()
    own = slot.user == vault.user
    # A manager's own vault session lacks K_pii, but its slot never held it either. One's own
    # slot keeps the seed it replaces until the registration is in the log: written first, so
    # a crash in between is finished at the next unlock (signing_keys.finish_pending).
    resealed = seal_password_slot(
        user=slot.user,
        role=slot.role,
        vault_id=slot.vault_id,
        password=new_password,
        keys=vault.keys,
        seed=seed,
        slot_id=slot.slot_id,
        temporary=temporary,
        previous_seed=vault.keys.signing_seed if own else None,
    )
    if own:
        vault.slot_file.replace_slot(resealed)
        vault.save_slots()
    with vault.unit_of_work() as session:
        vault.record(session, "password_changed", target_table="user", target_id=slot.user)
        signing_keys.register(vault, session, slot.user, seed)
    if own:
        vault.use_signing_seed(seed)
    else:
        vault.slot_file.replace_slot(resealed)
    vault.save_slots()
    if slot.user == vault.user and not temporary and TEMPORARY_WARNING in vault.warnings:
        vault.warnings.remove(TEMPORARY_WARNING)
    return Changes.of("users", ids=(slot.user,))


def _account(vault: OpenVault, name: str) -> tuple[str, str]:
    """(name as stored, role) of an account on the office server."""
    wanted = fold_user(name)
    found = next(((u, r) for u, r in vault.accounts() if fold_user(u) == wanted), None)
    if found is None:
        raise NotFound(f"no account named {name!r}")
    return found


def _change_on_server(vault: OpenVault, name: str, new_password: str) -> Changes:
    """As on a local vault; the account's own change also changes its login's secret, and
    someone else's goes through the administrators' reset function."""
    user, role = _account(vault, name)
    own = not vault.with_recovery_code and fold_user(user) == fold_user(vault.user)
    if vault.role != "admin" and not own:
        raise PermissionDenied("only an administrator may change another account's password")
    new_password = require_acceptable_password(new_password, user)
    if own:
        slot = vault.slot_file.user_slot(vault.user)
        assert slot is not None  # the slot this session signed in with
        if slot.temporary and server_accounts.opens(slot, new_password):
            raise InvalidInput(
                "choose a password of your own, not the one you were given",
                field="password_given",
            )
        server_accounts.change_own(vault, slot, new_password, temporary=False)
        if TEMPORARY_WARNING in vault.warnings:
            vault.warnings.remove(TEMPORARY_WARNING)
    else:
        temporary = role != "admin" if vault.with_recovery_code else True
        server_accounts.reset(vault, user, role, new_password, temporary)
    return Changes.of("users", ids=(user,))


def _opens(slot: Slot, password: str) -> bool:
    """The password opens the slot as it is now (one key derivation)."""
    try:
        slot.unwrap(kdf.derive_kek(kdf.password_bytes(password), slot.kdf))
    except InvalidTag:
        return False
    return True


def remove_user(vault: OpenVault, name: str) -> Changes:
    vault.require_role("admin")
    if vault.on_server:
        return _remove_on_server(vault, name)
    slot = vault.slot_file.user_slot(name)
    if slot is None:
        raise NotFound(f"no account named {name!r}")
    if slot.user == vault.user:
        raise InvalidInput("you cannot remove the account you are signed in with")
    admins = [s for s in vault.slot_file.users() if s.role == "admin"]
    if slot.role == "admin" and len(admins) == 1:
        raise InvalidInput("the last administrator cannot be removed")
    with vault.unit_of_work() as session:
        vault.record(
            session, "user_removed", target_table="user", target_id=slot.user, detail=slot.role
        )
    vault.slot_file.slots = [s for s in vault.slot_file.slots if s.slot_id != slot.slot_id]
    vault.save_slots()
    return Changes.of("users", ids=(slot.user,))


def _remove_on_server(vault: OpenVault, name: str) -> Changes:
    """The account is soft-removed, its login disabled and its open sessions ended at once
    (the server's function checks the same rules again, under a lock)."""
    user, role = _account(vault, name)
    if fold_user(user) == fold_user(vault.user):
        raise InvalidInput("you cannot remove the account you are signed in with")
    if role == "admin" and sum(r == "admin" for _u, r in vault.accounts()) == 1:
        raise InvalidInput("the last administrator cannot be removed")
    server_accounts.remove(vault, user, role)
    return Changes.of("users", ids=(user,))
