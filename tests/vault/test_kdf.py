import dataclasses
import time

import pytest

from ajo_cases.errors import KeySlotRefused
from ajo_cases.vault import kdf


@pytest.fixture
def production_policy():
    kdf.use_weak_test_parameters(False)
    yield
    kdf.use_weak_test_parameters(True)


def test_production_defaults_are_strong():
    kdf.use_weak_test_parameters(False)
    try:
        assert kdf.policy() == (64 * 1024, 3, 4)
        params = kdf.new_password_params()
        assert params.algorithm == "argon2id"
        assert (params.memory_kib, params.iterations, params.lanes) == (65536, 3, 4)
        assert len(params.salt) == 16
    finally:
        kdf.use_weak_test_parameters(True)


def test_weak_slots_are_below_production_policy():
    weak = kdf.new_password_params()
    kdf.use_weak_test_parameters(False)
    try:
        assert kdf.below_policy(weak)
    finally:
        kdf.use_weak_test_parameters(True)
    assert not kdf.below_policy(weak)


def test_same_secret_and_params_give_same_key_and_salt_changes_it():
    params = kdf.new_password_params()
    assert kdf.derive_kek(b"pw", params) == kdf.derive_kek(b"pw", params)
    assert kdf.derive_kek(b"pw", params) != kdf.derive_kek(b"pw", kdf.new_password_params())


@pytest.mark.parametrize(
    "edit",
    [
        {"iterations": 0},
        {"memory_kib": -1},
        {"algorithm": "md5"},
        {"salt": "00"},
        {"iterations": "3"},
    ],
)
def test_edited_parameters_are_refused(edit):
    data = kdf.new_password_params().to_json() | edit
    with pytest.raises(ValueError):
        kdf.KdfParams.from_json(data)


def test_environment_cannot_weaken_the_key_derivation(monkeypatch, production_policy):
    """The old test switch in the environment of an installed program does nothing."""
    monkeypatch.setenv("AJO_CASES_TEST_WEAK_KDF", "1")
    assert kdf.policy() == (64 * 1024, 3, 4)
    params = kdf.new_password_params()
    assert (params.memory_kib, params.iterations, params.lanes) == (65536, 3, 4)


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    "edit",
    [
        {"memory_kib": 4 * 1024 * 1024, "iterations": 64},  # 4 GiB x 64 passes
        {"memory_kib": 4 * 1024 * 1024},
        {"iterations": 64},
        {"lanes": 64},
        {"memory_kib": 200 * 1024, "iterations": 8},  # each within bounds, together too much
    ],
)
def test_too_costly_parameters_are_refused_not_run(edit):
    params = kdf.KdfParams.from_json(kdf.new_password_params().to_json() | edit)
    started = time.monotonic()
    with pytest.raises(KeySlotRefused, match="more work than this program allows"):
        kdf.derive_kek(b"pw", params)
    assert time.monotonic() - started < 1


def test_weak_parameters_are_refused_by_the_production_floor(production_policy):
    weak = dataclasses.replace(kdf.new_password_params(), memory_kib=64, iterations=1, lanes=1)
    with pytest.raises(KeySlotRefused, match="more weakly"):
        kdf.derive_kek(b"pw", weak)
    between = dataclasses.replace(weak, memory_kib=32 * 1024, iterations=2, lanes=2)
    assert len(kdf.derive_kek(b"pw", between)) == 32  # above the floor: opens, then resealed
    assert kdf.below_policy(between)


def test_password_bytes_are_nfc():
    assert kdf.password_bytes("ч\u0323") == "ч\u0323".encode()  # no composed form: unchanged
    assert kdf.password_bytes("е\u0308лка") == "ёлка".encode()
