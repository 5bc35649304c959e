"""Each account's signing key: made with its slot, registered in the audit log.

A key is trusted because an entry signed by a key already trusted introduced it
(vault/audit_trust.py). Who makes a key also knows it, so:

- an administrator who builds a slot (new account, password reset, key rotation) makes its
  key and registers it; the owner replaces it at the forced password change, in an entry
  signed by the key it had (from then on the administrator's copy is worthless);
- every password change of one's own makes a new key;
- an account from before signatures gets its key at its next sign-in (trust on first use).
"""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage.models_core import AuditEntry
from ajo_cases.vault import kdf, recovery, signing
from ajo_cases.vault.audit_trust import SIGNING_KEY, VAULT_CREATED
from ajo_cases.vault.keyslots import RECOVERY_SLOT, Slot

new_seed = signing.new_seed


def register(vault: OpenVault, session: Session, account: str, seed: bytes) -> None:
    """Record ``account``'s public key, signed by whoever is signed in."""
    detail = signing.key_text(signing.public_key(seed))
    vault.record(session, SIGNING_KEY, target_table="user", target_id=account, detail=detail)


def give_own_key(vault: OpenVault, slot: Slot, secret: str) -> Slot | None:
    """At sign-in, a slot sealed before signatures gets a key: the slot is sealed again with
    it and the key registered in an entry signed by itself. Returns the new slot (the caller
    saves the key file), or None when the slot has a key already."""
    if vault.keys.signing_seed is not None:
        return None
    seed = new_seed()
    resealed = reseal(slot, secret, vault, seed)
    vault.use_signing_seed(seed)
    with vault.unit_of_work(audit_only=True) as session:
        register(vault, session, vault.user, seed)
    vault.slot_file.replace_slot(resealed)
    return resealed


def finish_pending(vault: OpenVault) -> bool:
    """A slot that still carries the seed it replaced: when the log's newest key for this
    account is still that one (the password change was cut short after the key file was
    written), register the new key now, signed with the previous one. Returns True if so."""
    previous, seed = vault.keys.previous_seed, vault.keys.signing_seed
    if previous is None or seed is None:
        return False
    if logged_key(vault, vault.user) != signing.public_key(previous):
        return False
    vault.use_signing_seed(previous)
    try:
        with vault.unit_of_work(audit_only=True) as session:
            register(vault, session, vault.user, seed)
    finally:
        vault.use_signing_seed(seed)
    return True


def logged_key(vault: OpenVault, account: str) -> bytes | None:
    """The newest public key the log introduced for ``account`` (signatures unchecked:
    `verify` checks them)."""
    with vault.read_session() as session:
        detail = session.scalar(
            select(AuditEntry.detail)
            .where(
                or_(
                    (AuditEntry.event == SIGNING_KEY) & (AuditEntry.target_id == account),
                    (AuditEntry.seq == 1)
                    & (AuditEntry.event == VAULT_CREATED)
                    & (AuditEntry.actor == account),
                )
            )
            .order_by(AuditEntry.seq.desc())
            .limit(1)
        )
    return None if detail is None else signing.parse_key_text(detail)


def reseal(slot: Slot, secret: str, vault: OpenVault, seed: bytes) -> Slot:
    """``slot`` under the same secret with ``seed`` inside (fresh salt, current policy)."""
    if slot.kind == RECOVERY_SLOT:
        params = kdf.new_recovery_params()
        return Slot.seal(
            kind=RECOVERY_SLOT, user=slot.user, role=slot.role, vault_id=slot.vault_id,
            kdf=params, kek=kdf.derive_kek(recovery.secret_bytes(secret), params),
            keys=vault.keys, seed=seed, slot_id=slot.slot_id,
        )  # fmt: skip
    params = kdf.new_password_params()  # one more derivation, once per older account
    return Slot.seal(
        kind=slot.kind, user=slot.user, role=slot.role, vault_id=slot.vault_id, kdf=params,
        kek=kdf.derive_kek(kdf.password_bytes(secret), params), keys=vault.keys, seed=seed,
        slot_id=slot.slot_id, temporary=slot.temporary,
    )  # fmt: skip
