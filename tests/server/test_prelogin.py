"""`ajo_prelogin(name)`: the KDF parameters and login name of an account and nothing else;
stable fake ones for names that are not accounts; the prelogin login can read no table."""

from __future__ import annotations

import re

import psycopg
import pytest

from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.access.server_vault import create_server_vault, prelogin
from ajo_cases.vault import server_profile
from tests.services.stored_slots import stored_slot_file
from tests.support import ADMIN, ADMIN_PASSWORD

PW = "a long enough passphrase"


@pytest.fixture
def profile(tmp_path, empty_database):
    folder = tmp_path / "pc"
    vault, _code = create_server_vault(folder, empty_database, ADMIN, ADMIN_PASSWORD)
    try:
        users.add_user(vault, "Nigora Karimova", "case_worker", PW)
        slots = {s.user: s.kdf for s in stored_slot_file(vault).users()}
    finally:
        vault.close()
    return server_profile.load(folder), slots, folder


def test_an_account_gets_its_own_slots_parameters_and_login(profile) -> None:
    found, slots, _folder = profile
    admin = prelogin(found, ADMIN)
    assert admin.kdf == slots[ADMIN]
    nigora = prelogin(found, "  nigora   KARIMOVA ")  # folded as at sign-in
    assert nigora.kdf == slots["Nigora Karimova"]
    database = found.url.rsplit("/", 1)[1]
    for answer in (admin, nigora):  # DB_u_<12 hex>: never the account's name
        assert re.fullmatch(rf"{database}_u_[0-9a-f]{{12}}", answer.login)
    assert admin.login != nigora.login


def test_an_unknown_name_gets_stable_fake_parameters_shaped_like_real_ones(profile) -> None:
    found, slots, _folder = profile
    fake = prelogin(found, "nobody here")
    assert fake == prelogin(found, "nobody here")  # stable: asking twice tells nothing
    other = prelogin(found, "someone else")
    assert fake.kdf.salt != other.kdf.salt and fake.login != other.login
    assert fake.kdf.salt not in {kdf.salt for kdf in slots.values()}
    real = prelogin(found, ADMIN)
    shape = (fake.kdf.algorithm, fake.kdf.memory_kib, fake.kdf.iterations, fake.kdf.lanes)
    assert shape == (real.kdf.algorithm, real.kdf.memory_kib, real.kdf.iterations, real.kdf.lanes)
    assert len(fake.kdf.salt) == len(real.kdf.salt)
    prefix = real.login.rsplit("_u_", 1)[0]
    assert re.fullmatch(rf"{prefix}_u_[0-9a-f]{{12}}", fake.login)  # a login name like a real one


def test_the_prelogin_login_can_do_nothing_else(profile, empty_database) -> None:
    found, _slots, _folder = profile
    host_port_db = empty_database.split("@", 1)[1]
    host, rest = host_port_db.split(":", 1)
    port, database = rest.split("/", 1)
    with psycopg.connect(
        host=host, port=int(port), dbname=database, user=found.prelogin_user,
        password=found.prelogin_password, autocommit=True,
    ) as conn:  # fmt: skip
        for statement in (
            "SELECT value FROM vault_meta",
            "SELECT count(*) FROM audit_log",
            "SELECT count(*) FROM beneficiary",
            "SELECT count(*) FROM ajo_accounts",
            "SELECT count(*) FROM ajo_slots",
            "SELECT count(*) FROM ajo_identity_settings",
            "SELECT ajo_remove_account('x')",
            "SELECT ajo_change_own_password('{}'::jsonb, 'x')",
            "INSERT INTO audit_log (seq, at, actor, event, fields, detail, mac) "
            "VALUES (999, now(), 'x', 'x', '', '', '\\x00')",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)  # type: ignore[arg-type]


def test_the_profile_holds_the_prelogin_login_but_the_folder_still_opens(profile) -> None:
    found, _slots, folder = profile
    assert found.prelogin_user.endswith("_prelogin") and found.prelogin_password
    open_vault(folder, "nigora karimova", PW).close()
