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
