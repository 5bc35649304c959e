import secrets

import pytest

from ajo_cases.errors import IntegrityFailure, PersonalDataRestricted
from ajo_cases.vault.fieldcipher import FieldCipher

NAME = "Ҷамшед Қодиров"


def test_round_trip_and_no_plaintext():
    cipher = FieldCipher(secrets.token_bytes(32))
    blob = cipher.encrypt("beneficiary", "given_name", "row-1", NAME)
    assert blob is not None
    assert NAME.encode() not in blob and NAME.encode("utf-16-le") not in blob
    assert cipher.decrypt("beneficiary", "given_name", "row-1", blob) == NAME


def test_ciphertext_moved_to_another_row_or_column_fails():
    cipher = FieldCipher(secrets.token_bytes(32))
    blob = cipher.encrypt("beneficiary", "given_name", "row-1", NAME)
    with pytest.raises(IntegrityFailure):
        cipher.decrypt("beneficiary", "given_name", "row-2", blob)
    with pytest.raises(IntegrityFailure):
        cipher.decrypt("beneficiary", "family_name", "row-1", blob)


def test_flipped_byte_fails():
    cipher = FieldCipher(secrets.token_bytes(32))
    blob = bytearray(cipher.encrypt("t", "c", "r", NAME) or b"")
    blob[-1] ^= 1
    with pytest.raises(IntegrityFailure):
        cipher.decrypt("t", "c", "r", bytes(blob))


def test_without_key_every_call_is_refused():
    cipher = FieldCipher(None)
    assert not cipher.can_read_personal
    with pytest.raises(PersonalDataRestricted):
        cipher.encrypt("t", "c", "r", NAME)
    with pytest.raises(PersonalDataRestricted):
        cipher.decrypt("t", "c", "r", b"\x01" + bytes(40))


def test_none_stays_none():
    cipher = FieldCipher(secrets.token_bytes(32))
    assert cipher.encrypt("t", "c", "r", None) is None
    assert cipher.decrypt("t", "c", "r", None) is None


def test_a_value_names_its_key_and_a_ring_opens_old_and_new() -> None:
    from ajo_cases.vault.fieldcipher import FORMAT, key_id, sealed_key_id

    old, new = secrets.token_bytes(32), secrets.token_bytes(32)
    before = FieldCipher(old).encrypt("beneficiary", "given_name_enc", "row-1", "Zarina")
    assert before is not None and before[0] == FORMAT and sealed_key_id(before) == key_id(old)
    ring = FieldCipher(new, (old,))
    after = ring.encrypt("beneficiary", "given_name_enc", "row-1", "Zarina")
    assert after is not None and sealed_key_id(after) == key_id(new)
    assert ring.decrypt("beneficiary", "given_name_enc", "row-1", before) == "Zarina"
    assert ring.decrypt("beneficiary", "given_name_enc", "row-1", after) == "Zarina"
    with pytest.raises(IntegrityFailure, match="does not hold"):
        FieldCipher(old).decrypt("beneficiary", "given_name_enc", "row-1", after)
    # the key id is bound: a value relabelled with another key's id fails
    forged = after[:1] + key_id(old) + after[5:]
    with pytest.raises(IntegrityFailure):
        ring.decrypt("beneficiary", "given_name_enc", "row-1", forged)


def test_slot_payloads_carry_the_previous_key_during_a_rotation_and_old_payloads_still_read() -> (
    None
):
    from ajo_cases.vault.keys import VaultKeys

    keys = VaultKeys.generate().with_seed(secrets.token_bytes(32), secrets.token_bytes(32))
    ring = keys.with_pii(secrets.token_bytes(32), (keys.k_pii,))
    back = VaultKeys.from_payload(ring.to_payload())
    assert (back.k_db, back.k_pii, back.previous_pii) == (ring.k_db, ring.k_pii, (keys.k_pii,))
    assert (back.signing_seed, back.previous_seed) == (ring.signing_seed, ring.previous_seed)
    plain = VaultKeys.generate()
    assert VaultKeys.from_payload(plain.to_payload()).k_pii == plain.k_pii  # unchanged format
    assert len(plain.to_payload()) == 64
    assert VaultKeys.from_payload(ring.for_role("manager").to_payload()).k_pii is None
