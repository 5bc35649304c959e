"""Every sealed value names the K_pii that sealed it; values from before key ids still open.

Runs on both backends: a value in the old format (no key id) opens with the vault's key and
passes verify --full; the batched sweep seals everything again under a new current key,
resumes after being interrupted between batches, and leaves no value under the old key."""

from __future__ import annotations

import secrets

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select, update

from ajo_cases.domain.records import PersonForm
from ajo_cases.errors import IntegrityFailure
from ajo_cases.services.access import rotation_sweep, verify, verify_fields
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.people import people
from ajo_cases.storage.models import Beneficiary
from ajo_cases.vault.fieldcipher import FieldCipher, associated_data, key_id, sealed_key_id
from tests.support import ADMIN, ADMIN_PASSWORD


def _legacy(k_pii: bytes, table: str, column: str, row_id: str, value: str) -> bytes:
    """A value as the program sealed it before key ids: format 1, nonce, ciphertext."""
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(k_pii).encrypt(nonce, value.encode(), associated_data(table, column, row_id))
    return bytes([1]) + nonce + sealed


def _plant_legacy_note(vault, k_pii: bytes, person_id: str) -> None:
    """The person's notes sealed as before key ids, written straight into the row."""
    legacy = _legacy(k_pii, "beneficiary", "notes_enc", person_id, "left in 2019")
    with vault.unit_of_work() as session:
        session.execute(
            update(Beneficiary).where(Beneficiary.id == person_id).values(notes_enc=legacy)
        )


def _people(vault, count: int) -> list[str]:
    ids = []
    for n in range(count):
        form = PersonForm(
            sex="female",
            category="returnee_migrant",
            family_name=f"Karimova{n}",
            given_name="Zarina",
        )
        record, _ = people.register(vault, form, allow_duplicate=True)
        ids.append(record.id)
    return ids


def _blobs(vault) -> list[bytes]:
    found: list[bytes] = []
    with vault.engine.connect() as conn:
        for table, columns in verify_fields.sealed_tables():
            for row in conn.execute(select(*(table.c[c] for c in columns))):
                found += [bytes(b) for b in row if b is not None]
    return found


def test_a_value_sealed_before_key_ids_still_opens_and_verifies(vault_dir) -> None:
    with open_vault(vault_dir, ADMIN, ADMIN_PASSWORD) as vault:
        (person,) = _people(vault, 1)
        k_pii = vault.keys.k_pii
        assert k_pii is not None
        old = _legacy(k_pii, "beneficiary", "family_name_enc", person, "Rahimova")
        with vault.unit_of_work() as session:
            session.execute(
                update(Beneficiary).where(Beneficiary.id == person).values(family_name_enc=old)
            )
        new_blobs = [b for b in _blobs(vault) if b[0] == 2]
        assert new_blobs and all(sealed_key_id(b) == key_id(k_pii) for b in new_blobs)
    with open_vault(vault_dir, ADMIN, ADMIN_PASSWORD) as vault:
        assert people.get(vault, person).form.family_name == "Rahimova"
        report = verify.verify_vault(vault, full=True)
        assert report.ok, report


def test_a_value_under_a_key_not_held_fails_verify_full(vault_dir) -> None:
    with open_vault(vault_dir, ADMIN, ADMIN_PASSWORD) as vault:
        (person,) = _people(vault, 1)
        stranger = FieldCipher(secrets.token_bytes(32))
        blob = stranger.encrypt("beneficiary", "family_name_enc", person, "Rahimova")
        with vault.unit_of_work() as session:
            session.execute(
                update(Beneficiary).where(Beneficiary.id == person).values(family_name_enc=blob)
            )
        ok, detail = verify_fields.check_sealed_fields(vault)
        assert not ok and f"beneficiary.family_name_enc row {person}" in detail
        with pytest.raises(IntegrityFailure, match="key this account does not hold"):
            people.get(vault, person)


def test_the_sweep_reseals_under_the_current_key_and_resumes_after_an_interruption(
    vault_dir,
) -> None:
    with open_vault(vault_dir, ADMIN, ADMIN_PASSWORD) as vault:
        ids = _people(vault, 7)
        old = vault.keys.k_pii
        assert old is not None
        _plant_legacy_note(vault, old, ids[0])
        new = secrets.token_bytes(32)
        vault.keys = vault.keys.with_pii(new, (old,))
        vault.__post_init__()
        before = rotation_sweep.remaining(vault)
        assert before >= 7
        batches = 0

        def stop_after_two() -> None:
            nonlocal batches
            batches += 1
            if batches == 2:
                raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            rotation_sweep.sweep(vault, batch=2, between=stop_after_two)
        assert 0 < rotation_sweep.remaining(vault) < before  # two batches kept
        rotation_sweep.sweep(vault, batch=2)
        assert rotation_sweep.remaining(vault) == 0
        blobs = _blobs(vault)
        assert blobs and all(sealed_key_id(b) == key_id(new) for b in blobs)
        vault.keys = vault.keys.with_pii(new)  # the old key is gone: everything still opens
        vault.__post_init__()
        assert people.get(vault, ids[0]).form.notes == "left in 2019"
        assert [people.get(vault, i).form.family_name for i in ids] == [
            f"Karimova{n}" for n in range(7)
        ]
        with pytest.raises(IntegrityFailure):  # and the old key opens none of it
            FieldCipher(old).decrypt("beneficiary", "notes_enc", ids[0], _note(vault, ids[0]))


def _note(vault, person: str) -> bytes:
    with vault.read_session() as session:
        blob = session.scalar(select(Beneficiary.notes_enc).where(Beneficiary.id == person))
    assert blob is not None
    return bytes(blob)


@pytest.mark.local_only  # the server's online rotation: tests/server/test_pii_rotation.py
def test_the_local_rotation_leaves_every_value_under_the_new_key_id(vault_dir) -> None:
    from ajo_cases.services.access import rotation, users
    from ajo_cases.vault import kdf, keyslots

    with open_vault(vault_dir, ADMIN, ADMIN_PASSWORD) as vault:
        ids = _people(vault, 3)
        old = vault.keys.k_pii
        assert old is not None
        _plant_legacy_note(vault, old, ids[0])
        users.add_user(vault, "Nigora", "case_worker", "a long enough passphrase")
        result = rotation.rotate_keys(vault, ADMIN_PASSWORD)
        new = vault.keys.k_pii
        assert new is not None and new != old
        assert {sealed_key_id(b) for b in _blobs(vault)} == {key_id(new)}
        assert people.get(vault, ids[0]).form.notes == "left in 2019"
    slots = keyslots.load(vault_dir / keyslots.FILE_NAME).slots
    secrets_by_user = {ADMIN: ADMIN_PASSWORD, **result.temporary_passwords}
    for slot in slots:
        if slot.kind != keyslots.USER_SLOT:
            continue
        secret = kdf.password_bytes(secrets_by_user[slot.user])
        keys = slot.unwrap(kdf.derive_kek(secret, slot.kdf))
        assert keys.k_pii == new and keys.previous_pii == ()
