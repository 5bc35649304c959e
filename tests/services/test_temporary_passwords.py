"""A password someone else set (a new account, an administrator's reset, a key rotation) is
temporary until its owner chooses their own; the mark is authenticated with the slot."""

import json

import pytest

from ajo_cases import cli
from ajo_cases.errors import InvalidInput, WrongCredentials
from ajo_cases.services.access import rotation, users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.vault import keyslots
from tests.support import ADMIN, ADMIN_PASSWORD

GIVEN = "a password the admin chose"
OWN = "one I chose myself, long"


def _temporary(vault_dir, user, password):
    vault = open_vault(vault_dir, user, password)
    try:
        return vault.password_is_temporary
    finally:
        vault.close()


def test_new_account_is_temporary_until_its_owner_changes_it(admin_vault, vault_dir):
    users.add_user(admin_vault, "nigora", "case_worker", GIVEN)
    assert not admin_vault.password_is_temporary
    admin_vault.close()
    assert _temporary(vault_dir, "nigora", GIVEN)
    vault = open_vault(vault_dir, "nigora", GIVEN)
    users.change_password(vault, "nigora", OWN)
    vault.close()
    assert not _temporary(vault_dir, "nigora", OWN)

    admin = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    users.change_password(admin, "nigora", GIVEN)  # the administrator resets it
    admin.close()
    assert _temporary(vault_dir, "nigora", GIVEN)


@pytest.mark.local_only
def test_ordinary_slots_keep_their_format_and_the_mark_cannot_be_removed(admin_vault, vault_dir):
    users.add_user(admin_vault, "nigora", "case_worker", GIVEN)
    admin_vault.close()
    path = vault_dir / keyslots.FILE_NAME
    data = json.loads(path.read_text())
    headers = {slot["header"]["user"]: slot["header"] for slot in data["slots"]}
    # a build that predates temporary slots refuses format 2 instead of rewriting it
    assert headers[ADMIN]["format"] == keyslots.FORMAT == 1
    assert headers["nigora"]["format"] == keyslots.TEMPORARY_SLOT_FORMAT
    for slot in data["slots"]:
        slot["header"]["format"] = 1  # someone edits the file to skip the question
    body = {key: value for key, value in data.items() if key != "checksum"}
    edited = keyslots.parse(json.dumps(body).encode())  # checksum recomputed on save
    keyslots.save(path, edited)
    keyslots.save(path, edited)  # the backup copy too
    with pytest.raises(WrongCredentials):
        open_vault(vault_dir, "nigora", GIVEN)
    assert not _temporary(vault_dir, ADMIN, ADMIN_PASSWORD)


def test_the_given_password_cannot_be_chosen_again(admin_vault, vault_dir):
    users.add_user(admin_vault, "nigora", "case_worker", GIVEN)
    admin_vault.close()
    vault = open_vault(vault_dir, "nigora", GIVEN)
    try:
        with pytest.raises(InvalidInput) as caught:
            users.change_password(vault, "nigora", GIVEN)
        assert caught.value.params["field"] == "password_given"
        assert vault.password_is_temporary
    finally:
        vault.close()


def test_the_recovery_code_name_is_reserved(admin_vault):
    with pytest.raises(InvalidInput):
        users.add_user(admin_vault, "Recovery-Code", "admin", GIVEN)


@pytest.mark.local_only
def test_key_rotation_gives_others_temporary_passwords(admin_vault, vault_dir):
    users.add_user(admin_vault, "boss", "manager", GIVEN)
    result = rotation.rotate_keys(admin_vault, ADMIN_PASSWORD)
    admin_vault.close()
    assert not _temporary(vault_dir, ADMIN, ADMIN_PASSWORD)
    assert _temporary(vault_dir, "boss", result.temporary_passwords["boss"])


def test_recovery_code_sets_the_administrators_own_password(admin_vault, vault_dir, recovery_code):
    users.add_user(admin_vault, "nigora", "case_worker", GIVEN)
    admin_vault.close()
    vault = open_vault(vault_dir, "", recovery_code, use_recovery=True)
    users.change_password(vault, ADMIN, OWN)
    users.change_password(vault, "nigora", OWN)  # someone else's: temporary again
    vault.close()
    assert not _temporary(vault_dir, ADMIN, OWN)
    assert _temporary(vault_dir, "nigora", OWN)


def test_command_line_asks_for_an_own_password(admin_vault, vault_dir, monkeypatch, capsys):
    users.add_user(admin_vault, "boss", "manager", GIVEN)
    admin_vault.close()
    monkeypatch.setenv("AJO_CASES_DATA_DIR", str(vault_dir))
    monkeypatch.setenv("AJO_CASES_USER", "boss")
    monkeypatch.setenv("AJO_CASES_PASSWORD", GIVEN)
    assert cli.main(["find", "SH-2026-0001"]) == 0
    assert "ajo-cases user passwd boss" in capsys.readouterr().err
    monkeypatch.setenv("AJO_CASES_NEW_PASSWORD", OWN)
    assert cli.main(["user", "passwd", "boss"]) == 0
    assert "passwd" not in capsys.readouterr().err
    monkeypatch.setenv("AJO_CASES_PASSWORD", OWN)
    assert cli.main(["find", "SH-2026-0001"]) == 0
    assert "administrator" not in capsys.readouterr().err
