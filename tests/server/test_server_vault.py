"""A vault on the office server: created, unlocked from a PC's profile, refused when wrong."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest

from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.errors import (
    InvalidInput,
    ServerUnreachable,
    VaultDamaged,
    VaultExists,
    WrongCredentials,
)
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.access.server_vault import create_server_vault
from ajo_cases.services.casework import cases
from ajo_cases.services.people import people
from ajo_cases.vault.layout import SERVER_PROFILE_FILE
from tests.pg_cluster import Cluster, free_port
from tests.server_clone import drop_roles
from tests.support import ADMIN, ADMIN_PASSWORD, CANARY_NAME


def _create(folder: Path, url: str) -> str:
    vault, code = create_server_vault(folder, url, ADMIN, ADMIN_PASSWORD)
    vault.close()
    return code


def test_a_pc_folder_holds_only_the_profile_without_the_owner_password(
    tmp_path, empty_database
) -> None:
    folder = tmp_path / "pc"
    _create(folder, empty_database)
    names = {p.name for p in folder.iterdir()}
    assert "cases.db" not in names and "keyslots.json" not in names
    profile = json.loads((folder / SERVER_PROFILE_FILE).read_text(encoding="utf-8"))
    assert profile["url"] == empty_database  # no password in it
    assert ":" not in profile["url"].split("@")[0].removeprefix("postgresql://")
    vault = open_vault(folder, ADMIN, ADMIN_PASSWORD)
    try:
        assert vault.on_server and vault.role == "admin"
    finally:
        vault.close()


def test_a_second_pc_with_a_copy_of_the_profile_sees_the_same_records(
    tmp_path, empty_database
) -> None:
    first = tmp_path / "first"
    _create(first, empty_database)
    second = tmp_path / "second"
    second.mkdir()
    (second / SERVER_PROFILE_FILE).write_bytes((first / SERVER_PROFILE_FILE).read_bytes())
    vault = open_vault(first, ADMIN, ADMIN_PASSWORD)
    try:
        person, _ = people.register(
            vault,
            PersonForm(
                sex="female", category="returnee_migrant", given_name="Гулнора", family_name="Х"
            ),
            allow_duplicate=True,
        )
        case, _ = cases.open_case(vault, person.id, CaseForm(opened_on=date(2026, 3, 1)))
    finally:
        vault.close()
    other = open_vault(second, ADMIN, ADMIN_PASSWORD)
    try:
        assert people.get(other, person.id).form.given_name == "Гулнора"
        assert cases.get_case(other, case.id).code == case.code
    finally:
        other.close()


def test_wrong_password_and_recovery_code(tmp_path, empty_database) -> None:
    folder = tmp_path / "pc"
    code = _create(folder, empty_database)
    with pytest.raises(WrongCredentials):
        open_vault(folder, ADMIN, "not the password at all")
    with pytest.raises(WrongCredentials):
        open_vault(folder, "nobody", ADMIN_PASSWORD)
    vault = open_vault(folder, "", code, use_recovery=True)
    vault.close()


def test_a_database_holding_a_vault_is_not_set_up_again(tmp_path, empty_database) -> None:
    _create(tmp_path / "first", empty_database)
    with pytest.raises(VaultExists, match="not empty"):
        create_server_vault(tmp_path / "second", empty_database, ADMIN, ADMIN_PASSWORD)
    assert not (tmp_path / "second" / SERVER_PROFILE_FILE).exists()


def test_a_server_holding_another_vault_is_refused(
    tmp_path, empty_database, pg_cluster: Cluster
) -> None:
    _create(tmp_path / "ours", empty_database)
    other_db = "other_" + tmp_path.name.lower().replace("-", "_")[-20:]
    pg_cluster.sql(f"CREATE DATABASE {other_db} OWNER ajo_owner")
    try:
        _create(tmp_path / "theirs", pg_cluster.url(other_db))
        profile = tmp_path / "ours" / SERVER_PROFILE_FILE
        data = json.loads(profile.read_text(encoding="utf-8"))
        data["url"] = pg_cluster.url(other_db)  # our vault id, their server
        profile.write_text(json.dumps(data), encoding="utf-8")
        with pytest.raises(VaultDamaged, match="another vault"):
            open_vault(tmp_path / "ours", ADMIN, ADMIN_PASSWORD)
    finally:
        pg_cluster.sql(f"DROP DATABASE IF EXISTS {other_db} WITH (FORCE)")
        drop_roles(pg_cluster, other_db)


def test_an_unreachable_server_is_one_clear_error(tmp_path) -> None:
    url = f"postgresql://ajo_owner@127.0.0.1:{free_port()}/nothing"
    with pytest.raises(ServerUnreachable, match="not reachable"):
        create_server_vault(tmp_path / "pc", url, ADMIN, ADMIN_PASSWORD)


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://ajo_owner:secret@127.0.0.1:5432/db",  # a password would land in the profile
        "mysql://u@h/db",
        "postgresql://u@127.0.0.1:5432/",
    ],
)
def test_addresses_with_a_password_or_not_postgresql_are_refused(tmp_path, url) -> None:
    with pytest.raises(InvalidInput):
        create_server_vault(tmp_path / "pc", url, ADMIN, ADMIN_PASSWORD)
    assert not (tmp_path / "pc" / SERVER_PROFILE_FILE).exists()


def test_a_dump_of_the_server_holds_no_name(tmp_path, empty_database, pg_cluster: Cluster) -> None:
    """Personal fields are sealed on the PC: the server's own dump shows none of them."""
    folder = tmp_path / "pc"
    _create(folder, empty_database)
    vault = open_vault(folder, ADMIN, ADMIN_PASSWORD)
    try:
        person, _ = people.register(
            vault,
            PersonForm(
                sex="male",
                category="returnee_migrant",
                given_name=CANARY_NAME,
                family_name="Қодиров",
                latin_name="Canaryeski Jamshedjon",
                phone="+992 92 000 00 00",
            ),
            allow_duplicate=True,
        )
        cases.open_case(vault, person.id, CaseForm(opened_on=date(2026, 3, 1)))
    finally:
        vault.close()
    dump = subprocess.run(
        [str(pg_cluster.bindir / "pg_dump"), "--data-only", empty_database],
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout
    assert b"returnee_migrant" in dump  # the statistical facts are there, readable
    for text in (CANARY_NAME, "Canaryeski", "Қодиров", "+992 92 000 00 00"):
        assert text.encode("utf-8") not in dump
        assert text.encode("utf-16-le") not in dump


def test_two_pcs_appending_at_once_keep_one_unbroken_chain(tmp_path, empty_database) -> None:
    """Without the advisory lock both would read the same head and one commit would fail."""
    import threading

    from ajo_cases.services.access.verify import verify_vault

    folder = tmp_path / "first"
    _create(folder, empty_database)
    second = tmp_path / "second"
    second.mkdir()
    (second / SERVER_PROFILE_FILE).write_bytes((folder / SERVER_PROFILE_FILE).read_bytes())
    vaults = [open_vault(folder, ADMIN, ADMIN_PASSWORD), open_vault(second, ADMIN, ADMIN_PASSWORD)]
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def append(vault) -> None:
        start.wait()
        try:
            for i in range(25):
                with vault.unit_of_work(audit_only=True) as session:
                    vault.record(session, "test_event", detail=str(i))
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=append, args=(v,)) for v in vaults]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    try:
        assert errors == []
        report = verify_vault(vaults[0])
        chain = next(c for c in report.checks if c.name == "audit_chain")
        assert chain.ok, chain.detail
    finally:
        for vault in vaults:
            vault.close()


def test_the_offline_rotation_and_automatic_backups_refuse_a_server_vault(
    tmp_path, empty_database
) -> None:
    """The local vault's rotation (a new database file) refuses a server vault, whose key
    rotates online (tests/server/test_pii_rotation.py), without damage; no PC makes automatic
    backups of it (tests/server/test_server_backup.py covers backups)."""
    from ajo_cases.services.access import rotation
    from ajo_cases.services.backup import autobackup

    folder = tmp_path / "pc"
    _create(folder, empty_database)
    vault = open_vault(folder, ADMIN, ADMIN_PASSWORD)
    try:
        assert autobackup.maybe_backup(vault, force=True) is None
        with pytest.raises(InvalidInput, match="office-server"):
            rotation.rotate_keys(vault, ADMIN_PASSWORD)
    finally:
        vault.close()
    assert not (folder / "backups").exists() and not (folder / "cases.db").exists()
    vault = open_vault(folder, ADMIN, ADMIN_PASSWORD)
    vault.close()


def test_a_server_put_back_to_an_older_state_is_refused(
    tmp_path, empty_database, pg_cluster: Cluster
) -> None:
    """A dump restored over the server (or a rolled-back disk): the PC's pin is not in it."""
    from ajo_cases.errors import VaultRolledBack
    from ajo_cases.vault.server_profile import PIN_FILE

    folder = tmp_path / "pc"
    _create(folder, empty_database)
    assert (folder / PIN_FILE).exists()
    old_copy = "old_" + empty_database.rsplit("/", 1)[1]
    pg_cluster.sql(f"CREATE DATABASE {old_copy} TEMPLATE {empty_database.rsplit('/', 1)[1]}")
    try:
        vault = open_vault(folder, ADMIN, ADMIN_PASSWORD)
        people.register(
            vault,
            PersonForm(sex="male", category="returnee_migrant", given_name="Б"),
            allow_duplicate=True,
        )
        vault.close()  # the pin moves past the old copy's newest entry
        profile = folder / SERVER_PROFILE_FILE
        good = profile.read_bytes()
        data = json.loads(good)
        data["url"] = pg_cluster.url(old_copy)
        profile.write_text(json.dumps(data), encoding="utf-8")
        with pytest.raises(VaultRolledBack, match="older state"):
            open_vault(folder, ADMIN, ADMIN_PASSWORD)
        profile.write_bytes(good)  # the real server still opens
        open_vault(folder, ADMIN, ADMIN_PASSWORD).close()
    finally:
        pg_cluster.sql(f"DROP DATABASE IF EXISTS {old_copy} WITH (FORCE)")


def test_an_edited_pin_is_refused(tmp_path, empty_database) -> None:
    from ajo_cases.errors import KeySlotsCorrupt
    from ajo_cases.vault.server_profile import PIN_FILE

    folder = tmp_path / "pc"
    _create(folder, empty_database)
    pin = json.loads((folder / PIN_FILE).read_text(encoding="utf-8"))
    pin["seq"] = 1  # pointing the pin at an older entry to accept a rolled-back server
    (folder / PIN_FILE).write_text(json.dumps(pin), encoding="utf-8")
    with pytest.raises(KeySlotsCorrupt, match="altered"):
        open_vault(folder, ADMIN, ADMIN_PASSWORD)


def test_a_backup_is_not_restored_into_a_server_profile(tmp_path, empty_database) -> None:
    """A local vault beside the profile would never be opened: refused, the folder unchanged."""
    from ajo_cases.services.access.opening import create_vault
    from ajo_cases.services.backup import backup, restore

    local = tmp_path / "local"
    vault, _code = create_vault(local, ADMIN, ADMIN_PASSWORD)
    try:
        made = backup.create_backup(vault, tmp_path, kind="manual")
    finally:
        vault.close()
    folder = tmp_path / "pc"
    _create(folder, empty_database)
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(InvalidInput, match="office server"):
        restore.restore_backup(folder, made.path, ADMIN, ADMIN_PASSWORD, confirm=lambda _p: True)
    assert sorted(p.name for p in folder.iterdir()) == before


def test_a_wrong_database_password_is_said_so(tmp_path, empty_database, monkeypatch) -> None:
    """The owner's password serves only the set-up and the recovery code (docs/server.md)."""
    folder = tmp_path / "pc"
    code = _create(folder, empty_database)
    monkeypatch.setenv("PGPASSWORD", "not the owner's password")
    with pytest.raises(WrongCredentials, match="database password"):
        open_vault(folder, "", code, use_recovery=True)
    open_vault(folder, ADMIN, ADMIN_PASSWORD).close()  # an account never needs it
