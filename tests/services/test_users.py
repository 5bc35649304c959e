import pytest

from ajo_cases.errors import (
    InvalidInput,
    PasswordRejected,
    PermissionDenied,
    PersonalDataRestricted,
)
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from tests.services.stored_slots import slot_key, stored_slot_file
from tests.support import ADMIN, ADMIN_PASSWORD

PW = "a long enough passphrase"


def _slot_json(vault):
    data = stored_slot_file(vault)
    return {slot.user: slot.to_json() for slot in data.slots}


def test_add_list_and_roles(admin_vault):
    users.add_user(admin_vault, "Nigora", "case_worker", PW)
    users.add_user(admin_vault, "Farrukh", "manager", PW + "!")
    listed = {(u.name, u.role) for u in users.list_users(admin_vault)}
    assert listed == {(ADMIN, "admin"), ("Nigora", "case_worker"), ("Farrukh", "manager")}
    with pytest.raises(InvalidInput):
        users.add_user(admin_vault, "nigora", "shelter_staff", PW)
    with pytest.raises(InvalidInput):
        users.add_user(admin_vault, "x", "superuser", PW)


def test_weak_password_rejected(admin_vault):
    with pytest.raises(PasswordRejected) as err:
        users.add_user(admin_vault, "Nigora", "case_worker", "short")
    assert "password.too_short" in err.value.problems


def test_change_password_rewrites_only_that_slot(admin_vault):
    users.add_user(admin_vault, "Nigora", "case_worker", PW)
    before = _slot_json(admin_vault)
    users.change_password(admin_vault, "Nigora", "another long passphrase")
    after = _slot_json(admin_vault)
    assert after["Nigora"] != before["Nigora"]
    assert {k: v for k, v in after.items() if k != "Nigora"} == {
        k: v for k, v in before.items() if k != "Nigora"
    }
    vault_dir = admin_vault.data_dir
    admin_vault.close()
    open_vault(vault_dir, "Nigora", "another long passphrase").close()


def test_remove_user_deletes_slot(admin_vault):
    users.add_user(admin_vault, "Nigora", "case_worker", PW)
    users.remove_user(admin_vault, "Nigora")
    assert "Nigora" not in _slot_json(admin_vault)
    with pytest.raises(InvalidInput):
        users.remove_user(admin_vault, ADMIN)


def test_manager_holds_no_personal_key_even_below_services(admin_vault):
    users.add_user(admin_vault, "Farrukh", "manager", PW)
    blob = admin_vault.cipher.encrypt("beneficiary", "given_name", "row-1", "Ҷамшед")
    vault_dir = admin_vault.data_dir
    admin_vault.close()
    manager = open_vault(vault_dir, "Farrukh", PW)
    try:
        assert manager.keys.k_pii is None and not manager.may_read_personal
        with pytest.raises(PersonalDataRestricted):
            manager.cipher.decrypt("beneficiary", "given_name", "row-1", blob)
        with pytest.raises(PermissionDenied):
            users.list_users(manager)
        # the slot itself carries only K_db: unwrap it directly
        data = stored_slot_file(manager)
        slot = data.user_slot("Farrukh")
        keys = slot.unwrap(slot_key(manager, PW, slot))
        assert keys.k_pii is None
    finally:
        manager.close()


def test_non_admin_cannot_manage_users(admin_vault):
    users.add_user(admin_vault, "Nigora", "case_worker", PW)
    vault_dir = admin_vault.data_dir
    admin_vault.close()
    worker = open_vault(vault_dir, "Nigora", PW)
    try:
        with pytest.raises(PermissionDenied):
            users.add_user(worker, "Other", "admin", PW)
        with pytest.raises(PermissionDenied):
            users.change_password(worker, ADMIN, "another long passphrase")
        users.change_password(worker, "Nigora", "my own new passphrase")
    finally:
        worker.close()
    open_vault(vault_dir, ADMIN, ADMIN_PASSWORD).close()
