"""Entries cannot be written in another account's name: each is signed with its writer's key,
and `verify` trusts only keys the log itself introduced (vault/audit_trust.py).

Each attack below is performed as its attacker would: with the keys their slot gives them,
opening the database directly and appending to the log with the audit (HMAC) key.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from ajo_cases.services.access import users
from ajo_cases.services.access.opening import RECOVERY_ACTOR, open_vault
from ajo_cases.services.access.verify import verify_vault
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage.audit_repo import AuditRepository
from ajo_cases.storage.engine import DB_NAME, make_engine
from ajo_cases.vault import audit_trust, kdf, signing
from ajo_cases.vault.keys import VaultKeys
from tests.support import ADMIN, ADMIN_PASSWORD

PW = "a long enough passphrase"
OWN = "my own quiet passphrase 77"


def _signatures(vault: OpenVault):
    report = verify_vault(vault, full=True)
    return next(c for c in report.checks if c.name == "audit_signatures"), report


def _keys_of(vault_dir: Path, name: str, password: str) -> VaultKeys:
    """What a person learns from their own slot (or one whose password they know)."""
    from ajo_cases.vault import keyslots

    slot = keyslots.load(vault_dir / keyslots.FILE_NAME).user_slot(name)
    assert slot is not None
    return slot.unwrap(kdf.derive_kek(kdf.password_bytes(password), slot.kdf))


def _append_directly(
    vault_dir: Path, keys: VaultKeys, actor: str, event: str, *, signer=None, **kw: str
) -> int:
    """Open the database with K_db alone and append an entry claiming ``actor``."""
    engine = make_engine(vault_dir / DB_NAME, keys.k_db)
    try:
        from sqlalchemy.orm import Session

        repo = AuditRepository(keys.audit_key(), signer)
        with Session(engine) as session, session.begin():
            return repo.append(session, actor=actor, event=event, **kw).seq
    finally:
        engine.dispose()


def _switch_user(vault: OpenVault, name: str, password: str) -> OpenVault:
    vault_dir = vault.data_dir
    vault.close()
    return open_vault(vault_dir, name, password)


def test_a_new_vault_signs_every_entry_and_verifies(admin_vault):
    users.add_user(admin_vault, "nigora", "case_worker", PW)
    users.change_password(admin_vault, ADMIN, "another long passphrase 12")
    check, report = _signatures(admin_vault)
    assert report.ok and check.ok
    assert "0 before signatures" in check.detail and "without a key" not in check.detail
    with admin_vault.read_session() as session:
        rows = session.execute(text("SELECT event, signature FROM audit_log")).all()
    assert all(signature is not None for _event, signature in rows)


@pytest.mark.local_only  # the attacker reads the local key file and opens the file with K_db
def test_a_manager_cannot_append_an_entry_as_the_director(vault_dir):
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    users.add_user(vault, "director", "admin", PW)
    users.add_user(vault, "malika", "manager", PW)
    vault = _switch_user(vault, "malika", PW)
    users.change_password(vault, "malika", OWN)
    vault.close()
    manager = _keys_of(vault_dir, "malika", OWN)
    assert manager.k_pii is None and manager.signing_seed is not None  # K_db and her own key
    unsigned = _append_directly(
        vault_dir, manager, "director", "user_removed", target_table="user", target_id="nigora"
    )
    own_key = signing.Signer("director", manager.signing_seed)  # her key, the director's name
    signed = _append_directly(vault_dir, manager, "director", "export", signer=own_key)

    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        check, report = _signatures(vault)
        chain = next(c for c in report.checks if c.name == "audit_chain")
        assert chain.ok  # the HMAC chain alone is satisfied: K_db recomputes it
        assert not check.ok and not report.ok
        assert f"entry {unsigned} (user_removed, as director): not signed" in check.detail
        assert f"entry {signed} (export, as director): signature does not verify" in check.detail
    finally:
        vault.close()


@pytest.mark.local_only  # the attacker reads the local key file and opens the file with K_db
def test_a_case_worker_cannot_register_a_key_for_the_director(vault_dir):
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    users.add_user(vault, "director", "admin", PW)
    users.add_user(vault, "nigora", "case_worker", PW)
    vault = _switch_user(vault, "nigora", PW)
    users.change_password(vault, "nigora", OWN)
    vault.close()
    worker = _keys_of(vault_dir, "nigora", OWN)
    assert worker.k_pii is not None and worker.signing_seed is not None
    mine = signing.Signer("nigora", worker.signing_seed)
    forged_seed = signing.new_seed()
    as_director = signing.Signer("director", forged_seed)
    detail = signing.key_text(signing.public_key(forged_seed))
    # signed honestly as herself, for the director: not an administrator
    first = _append_directly(vault_dir, worker, "nigora", "signing_key", signer=mine,
                             target_table="user", target_id="director", detail=detail)  # fmt: skip
    # claimed as the director's own new key, signed by the new key itself
    second = _append_directly(vault_dir, worker, "director", "signing_key", signer=as_director,
                              target_table="user", target_id="director", detail=detail)  # fmt: skip
    # and then used
    third = _append_directly(vault_dir, worker, "director", "user_removed", signer=as_director,
                             target_table="user", target_id="admin", detail="admin")  # fmt: skip

    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        check, _report = _signatures(vault)
        assert not check.ok
        assert f"entry {first} (signing_key, as nigora): key registration not allowed" in (
            check.detail
        )
        assert f"entry {second} (signing_key, as director): signature does not verify" in (
            check.detail
        )
        assert f"entry {third} (user_removed, as director)" in check.detail
    finally:
        vault.close()


@pytest.mark.local_only  # the attacker reads the local key file and opens the file with K_db
def test_an_administrator_who_resets_a_password_can_sign_only_until_it_is_changed(vault_dir):
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    users.add_user(vault, "director", "admin", PW)
    vault = _switch_user(vault, "director", PW)
    users.change_password(vault, "director", OWN)
    vault = _switch_user(vault, ADMIN, ADMIN_PASSWORD)
    users.change_password(vault, "director", "reset by the administrator 5")  # the reset
    vault.close()
    known = _keys_of(vault_dir, "director", "reset by the administrator 5").signing_seed
    assert known is not None
    signer = signing.Signer("director", known)
    window = _append_directly(vault_dir, _keys_of(vault_dir, ADMIN, ADMIN_PASSWORD), "director",
                              "export", signer=signer)  # fmt: skip
    vault = open_vault(vault_dir, "director", "reset by the administrator 5")
    users.change_password(vault, "director", "a fresh choice of mine 9")  # forced change
    vault.close()
    late = _append_directly(vault_dir, _keys_of(vault_dir, ADMIN, ADMIN_PASSWORD), "director",
                            "export", signer=signer)  # fmt: skip

    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        check, _report = _signatures(vault)
        assert f"entry {window} " not in check.detail  # what the reset allows, documented
        assert f"entry {late} (export, as director): signature does not verify" in check.detail
    finally:
        vault.close()


@pytest.mark.local_only  # the attacker reads the local key file and opens the file with K_db
def test_a_removed_account_key_is_no_longer_trusted(vault_dir):
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    users.add_user(vault, "farid", "case_worker", PW)
    vault.close()
    farid = _keys_of(vault_dir, "farid", PW)
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    users.remove_user(vault, "farid")
    vault.close()
    assert farid.signing_seed is not None
    after = _append_directly(vault_dir, farid, "farid", "export",
                             signer=signing.Signer("farid", farid.signing_seed))  # fmt: skip
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        check, _report = _signatures(vault)
        assert f"entry {after} (export, as farid): signed by a key the log does not trust" in (
            check.detail
        )
    finally:
        vault.close()


def test_the_recovery_code_signs_with_its_own_key(vault_dir, recovery_code):
    vault = open_vault(vault_dir, "", recovery_code, use_recovery=True)
    try:
        users.change_password(vault, ADMIN, "set with the recovery code 3")
        check, report = _signatures(vault)
        assert check.ok and report.ok
        with vault.read_session() as session:
            actors = session.execute(text("SELECT DISTINCT actor FROM audit_log")).scalars().all()
        assert RECOVERY_ACTOR in actors and audit_trust.RECOVERY_ACTOR == RECOVERY_ACTOR
    finally:
        vault.close()
    vault = open_vault(vault_dir, ADMIN, "set with the recovery code 3")
    try:
        assert _signatures(vault)[0].ok
    finally:
        vault.close()


def _as_before_signatures(vault_dir: Path, recovery_code: str) -> None:
    """A vault as the previous version left it: slots without seeds, no signature column."""
    from ajo_cases.vault import keyslots, recovery
    from ajo_cases.vault.keyslots import RECOVERY_SLOT, Slot

    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    users.add_user(vault, "nigora", "case_worker", PW)
    secrets = {ADMIN: ADMIN_PASSWORD, "nigora": PW}
    for slot in list(vault.slot_file.slots):
        if slot.kind == RECOVERY_SLOT:
            params = kdf.new_recovery_params()
            kek = kdf.derive_kek(recovery.secret_bytes(recovery_code), params)
        else:
            params = kdf.new_password_params()
            kek = kdf.derive_kek(kdf.password_bytes(secrets[slot.user]), params)
        vault.slot_file.replace_slot(Slot.seal(
            kind=slot.kind, user=slot.user, role=slot.role, vault_id=slot.vault_id, kdf=params,
            kek=kek, keys=vault.keys, seed=None, slot_id=slot.slot_id, temporary=slot.temporary,
        ))  # fmt: skip
    vault.save_slots()
    k_db = vault.keys.k_db
    vault.close()
    assert _keys_of(vault_dir, ADMIN, ADMIN_PASSWORD).signing_seed is None
    assert keyslots.load(vault_dir / keyslots.FILE_NAME).recovery_slot() is not None
    engine = make_engine(vault_dir / DB_NAME, k_db)
    try:
        from alembic import command

        from ajo_cases.storage import migrate

        cfg = migrate._config()
        with engine.begin() as conn:  # the later migrations undone first
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0010_audit_signatures")
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
            conn.exec_driver_sql("ALTER TABLE audit_log DROP COLUMN signature")
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0009_account_profile'")
            conn.exec_driver_sql(
                "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
            )
    finally:
        engine.dispose()


@pytest.mark.local_only  # the attacker reads the local key file and opens the file with K_db
def test_an_old_vault_upgrades_and_each_account_gets_its_key_at_sign_in(vault_dir, recovery_code):
    _as_before_signatures(vault_dir, recovery_code)
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)  # migrates; the admin gets a key
    try:
        assert vault.keys.signing_seed is not None
        check, report = _signatures(vault)
        assert check.ok and report.ok, check.detail
        assert "accounts without a key yet: nigora, recovery-code" in check.detail
        assert report.accounts_without_key == ("nigora", "recovery-code")
        assert " 0 before signatures" not in check.detail  # the old entries are counted apart
    finally:
        vault.close()
    assert _keys_of(vault_dir, ADMIN, ADMIN_PASSWORD).signing_seed is not None  # kept in the slot
    # the window: someone with K_db writes as nigora before she signs in: accepted, counted
    admin_keys = _keys_of(vault_dir, ADMIN, ADMIN_PASSWORD)
    _append_directly(vault_dir, admin_keys, "nigora", "export")
    vault = open_vault(vault_dir, "nigora", PW)  # her key, registered by itself
    users.change_password(vault, "nigora", OWN)
    vault.close()
    late = _append_directly(vault_dir, admin_keys, "nigora", "export")  # now she has a key
    vault = open_vault(vault_dir, "", recovery_code, use_recovery=True)
    try:
        check, _report = _signatures(vault)
        assert "1 unsigned from accounts without a key" in check.detail
        assert f"entry {late} (export, as nigora): not signed" in check.detail
        assert "without a key yet" not in check.detail  # the recovery code has one now too
    finally:
        vault.close()


@pytest.mark.local_only  # the attacker reads the local key file and opens the file with K_db
def test_a_key_claimed_first_for_an_old_account_shows_when_its_owner_signs_in(
    vault_dir, recovery_code
):
    _as_before_signatures(vault_dir, recovery_code)
    open_vault(vault_dir, ADMIN, ADMIN_PASSWORD).close()
    admin_keys = _keys_of(vault_dir, ADMIN, ADMIN_PASSWORD)
    seed = signing.new_seed()
    claimed = signing.Signer("nigora", seed)
    _append_directly(vault_dir, admin_keys, "nigora", "signing_key", signer=claimed,
                     target_table="user", target_id="nigora",
                     detail=signing.key_text(signing.public_key(seed)))  # fmt: skip
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        assert _signatures(vault)[0].ok  # trust on first use: the claim cannot be told apart
    finally:
        vault.close()
    open_vault(vault_dir, "nigora", PW).close()  # her own first key now conflicts
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        check, _report = _signatures(vault)
        assert not check.ok and "(signing_key, as nigora)" in check.detail
    finally:
        vault.close()


@pytest.mark.local_only  # the attacker reads the local key file and opens the file with K_db
def test_in_the_window_unsigned_entries_change_no_account_or_key(vault_dir, recovery_code):
    _as_before_signatures(vault_dir, recovery_code)
    open_vault(vault_dir, ADMIN, ADMIN_PASSWORD).close()  # the upgrade; the admin's key
    admin_keys = _keys_of(vault_dir, ADMIN, ADMIN_PASSWORD)
    # as the recovery code (an administrator without a key yet): add an account, unsigned
    _append_directly(vault_dir, admin_keys, RECOVERY_ACTOR, "user_added",
                     target_table="user", target_id="ghost", detail="admin")  # fmt: skip
    seed = signing.new_seed()
    key = signing.key_text(signing.public_key(seed))
    ghost = _append_directly(vault_dir, admin_keys, "ghost", "signing_key",
                             signer=signing.Signer("ghost", seed), target_table="user",
                             target_id="ghost", detail=key)  # fmt: skip
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        check, report = _signatures(vault)
        assert f"entry {ghost} (signing_key, as ghost): signed by a key the log does not trust" in (
            check.detail
        )
        assert "ghost" not in report.accounts_without_key
    finally:
        vault.close()
