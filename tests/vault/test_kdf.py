import pytest

from ajo_cases.vault import kdf


def test_production_defaults_are_strong(monkeypatch):
    monkeypatch.delenv("AJO_CASES_TEST_WEAK_KDF", raising=False)
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
        {"memory_kib": 10**9},
        {"iterations": 0},
        {"lanes": 1000},
        {"algorithm": "md5"},
        {"salt": "00"},
        {"iterations": "3"},
    ],
)
def test_edited_parameters_are_refused(edit):
    data = kdf.new_password_params().to_json() | edit
    with pytest.raises(ValueError):
        kdf.KdfParams.from_json(data)
