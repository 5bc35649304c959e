"""Rotating K_pii online on the office server (docs/server.md, "Rotating the personal-data key").

A removed case worker's K_pii opens nothing written after the rotation; every value ends under
the new key id and no slot holds the old key; an interrupted rotation (an exception between
batches, a killed process) continues when run again; an edit saved by another PC during the
sweep is kept; a dump of the database holds no name."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select, text

from ajo_cases import cli
from ajo_cases.domain.records import PersonForm
from ajo_cases.errors import IntegrityFailure, WrongCredentials
from ajo_cases.services.access import rotation_online, rotation_sweep, users, verify, verify_fields
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.access.server_vault import create_server_vault
from ajo_cases.services.people import people
from ajo_cases.storage.models import Beneficiary
from ajo_cases.storage.server_engine import make_server_engine
from ajo_cases.vault import server_login
from ajo_cases.vault.fieldcipher import FieldCipher, key_id, sealed_key_id
from ajo_cases.vault.keys import VaultKeys
from ajo_cases.vault.keyslots import Slot
from tests.pg_cluster import Cluster
from tests.server import load_support
from tests.support import ADMIN, ADMIN_PASSWORD

PW = "a long enough passphrase"
NAME = "Qurbonova"


@pytest.fixture
def office(tmp_path, empty_database) -> Path:
    """Admin, a case worker (Nigora), a manager, and people registered under the first key."""
    folder = tmp_path / "pc"
    vault, _code = create_server_vault(folder, empty_database, ADMIN, ADMIN_PASSWORD)
    with vault:
        users.add_user(vault, "Nigora", "case_worker", PW)
        users.add_user(vault, "Manzura", "manager", PW)
        for n in range(9):
            form = PersonForm(
                sex="female", category="returnee_migrant", family_name=f"{NAME}{n}",
                given_name="Gulnora", notes="met at the border",
            )  # fmt: skip
            people.register(vault, form, allow_duplicate=True)
    return folder


def _blobs(vault) -> list[bytes]:
    found: list[bytes] = []
    with vault.engine.connect() as conn:
        for table, columns in verify_fields.sealed_tables():
            for row in conn.execute(select(*(table.c[c] for c in columns))):
                found += [bytes(b) for b in row if b is not None]
    return found


def _slot_keys(url: str, slot_json: dict, password: str) -> VaultKeys:
    slot = Slot.from_json(slot_json, slot_json["header"]["vault_id"])
    return slot.unwrap(server_login.derive(password, slot.kdf).kek)


def _all_slots(url: str) -> dict[str, dict]:
    """Every account's slot, read as the owner (no login may)."""
    owner = make_server_engine(url)
    try:
        with owner.connect() as conn:
            rows = conn.execute(
                text("SELECT a.user_name, s.body FROM ajo_slots s JOIN ajo_accounts a "
                     "ON a.login_role = s.login_role WHERE a.removed_at IS NULL")
            ).all()  # fmt: skip
    finally:
        owner.dispose()
    return {name: dict(body) for name, body in rows}


def _url(vault) -> str:
    from ajo_cases.vault import server_profile

    return server_profile.load(vault.data_dir).url


def test_a_removed_case_workers_key_opens_nothing_written_after_the_rotation(office) -> None:
    with open_vault(office, "nigora", PW) as hers:
        her_keys = hers.keys  # what she takes with her
    with open_vault(office, ADMIN, ADMIN_PASSWORD) as vault:
        users.remove_user(vault, "Nigora")
        old_id = key_id(vault.keys.k_pii)
        result = rotation_online.rotate_online(vault, ADMIN_PASSWORD, batch=4)
        assert result.recovery_code and not result.resumed
        assert set(result.temporary_passwords) == set()  # Nigora is gone; a manager holds no K_pii
        new_id = key_id(vault.keys.k_pii)
        assert new_id != old_id and not vault.keys.previous_pii
        blobs = _blobs(vault)
        assert blobs and {sealed_key_id(b) for b in blobs} == {new_id}
        form = PersonForm(sex="female", category="returnee_migrant", family_name="Nazarova")
        record, _ = people.register(vault, form, allow_duplicate=True)
        with vault.read_session() as session:
            after = session.scalar(
                select(Beneficiary.family_name_enc).where(Beneficiary.id == record.id)
            )
            rows = session.execute(select(Beneficiary.id, Beneficiary.family_name_enc)).all()
        assert after is not None and sealed_key_id(bytes(after)) == new_id
        hers_cipher = FieldCipher(her_keys.k_pii)
        for row_id, blob in rows:  # neither the new name nor any re-sealed one
            with pytest.raises(IntegrityFailure):
                hers_cipher.decrypt("beneficiary", "family_name_enc", row_id, bytes(blob))
        report = verify.verify_vault(vault, full=True)
        assert report.ok, [c for c in report.checks if not c.ok]
        admin_slot = _all_slots(_url(vault))["admin"]
        keys = _slot_keys(_url(vault), admin_slot, ADMIN_PASSWORD)
        assert keys.k_pii == vault.keys.k_pii and keys.previous_pii == ()
        with vault.read_session() as session:
            events = [e for (e,) in session.execute(text("SELECT event FROM audit_log"))]
        assert "key_rotation" in events and "keys_rotated" in events


def test_other_accounts_get_the_new_key_with_a_temporary_password_and_no_slot_keeps_the_old(
    office,
) -> None:
    with open_vault(office, ADMIN, ADMIN_PASSWORD) as vault:
        old = vault.keys.k_pii
        result = rotation_online.rotate_online(vault, ADMIN_PASSWORD, batch=5)
        url = _url(vault)
    assert set(result.temporary_passwords) == {"Nigora"}
    slots = _all_slots(url)
    nigora = _slot_keys(url, slots["Nigora"], result.temporary_passwords["Nigora"])
    admin = _slot_keys(url, slots["admin"], ADMIN_PASSWORD)
    assert nigora.k_pii == admin.k_pii != old
    assert old not in (*nigora.previous_pii, *admin.previous_pii)
    assert _slot_keys(url, slots["Manzura"], PW).k_pii is None  # unchanged: she has none
    with pytest.raises(WrongCredentials):  # her old password no longer signs in
        open_vault(office, "nigora", PW)
    with open_vault(office, "nigora", result.temporary_passwords["Nigora"]) as hers:
        assert people.get(hers, _first_person(hers)).form.given_name == "Gulnora"


def _first_person(vault) -> str:
    with vault.read_session() as session:
        found = session.scalar(select(Beneficiary.id).order_by(Beneficiary.id))
    assert found is not None
    return found


def test_an_interrupted_rotation_continues_when_run_again(office) -> None:
    with open_vault(office, ADMIN, ADMIN_PASSWORD) as vault:
        old = vault.keys.k_pii
        batches = 0

        def stop() -> None:
            nonlocal batches
            batches += 1
            if batches == 2:
                raise ConnectionError("the network went away")

        with pytest.raises(ConnectionError):
            rotation_online.rotate_online(vault, ADMIN_PASSWORD, batch=3, between=stop)
        started = vault.keys.k_pii
        assert rotation_online.in_progress(vault) and vault.keys.previous_pii == (old,)
    # a PC signing in meanwhile reads both the re-sealed and the not yet re-sealed
    with open_vault(office, ADMIN, ADMIN_PASSWORD) as vault:
        assert vault.keys.k_pii == started and vault.keys.previous_pii == (old,)
        assert rotation_sweep.remaining(vault) > 0
        report = verify.verify_vault(vault, full=True)
        sealed = next(c for c in report.checks if c.name == "sealed_fields")
        assert report.ok and "still under the previous key" in sealed.detail
        assert sorted(p.family_name for p in _forms(vault)) == [f"{NAME}{n}" for n in range(9)]
        result = rotation_online.rotate_online(vault, ADMIN_PASSWORD, batch=3)
        assert result.resumed and not result.recovery_code
        assert not rotation_online.in_progress(vault) and vault.keys.previous_pii == ()
        assert {sealed_key_id(b) for b in _blobs(vault)} == {key_id(started)}


def _forms(vault) -> list[PersonForm]:
    with vault.read_session() as session:
        ids = list(session.scalars(select(Beneficiary.id)))
    return [people.get(vault, i).form for i in ids]


def test_a_killed_rotation_continues_from_the_command_line(office, monkeypatch, capsys) -> None:
    script = textwrap.dedent(
        f"""
        import os, signal
        from ajo_cases.vault import kdf
        kdf.use_weak_test_parameters()  # as in the tests
        from ajo_cases.services.access import rotation_online
        from ajo_cases.services.access.opening import open_vault
        from pathlib import Path
        vault = open_vault(Path({str(office)!r}), {ADMIN!r}, {ADMIN_PASSWORD!r})
        count = [0]
        def kill():
            count[0] += 1
            if count[0] == 2:
                os.kill(os.getpid(), signal.SIGKILL)
        rotation_online.rotate_online(vault, {ADMIN_PASSWORD!r}, batch=2, between=kill)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).parents[2],
                          env={**os.environ}, timeout=300, check=False,
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    (office / "vault.lock").unlink(missing_ok=True)
    monkeypatch.setenv("AJO_CASES_PASSWORD", ADMIN_PASSWORD)
    code = cli.main(["--data-dir", str(office), "--user", ADMIN, "rotate-keys", "--yes"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "continuing" in out.err and "personal fields re-sealed: 100%" in out.err
    assert "old key is gone" in out.out
    with open_vault(office, ADMIN, ADMIN_PASSWORD) as vault:
        assert not vault.keys.previous_pii and rotation_sweep.remaining(vault) == 0
        report = verify.verify_vault(vault, full=True)
        assert report.ok, [c for c in report.checks if not c.ok]


def test_an_edit_saved_by_another_pc_during_the_sweep_is_kept(office, monkeypatch) -> None:
    with open_vault(office, ADMIN, ADMIN_PASSWORD) as vault:
        target = _first_person(vault)
        other = open_vault_second(office)
        edited = [False]
        original = rotation_sweep._again

        def edit_first(cipher, table, column, row_id, blob):  # the other PC saves in between
            if row_id == target and not edited[0]:
                edited[0] = True
                record = people.get(other, target)
                form = dataclasses.replace(record.form, notes="moved to Khujand")
                people.update(other, target, form, expected_version=record.version)
            return original(cipher, table, column, row_id, blob)

        monkeypatch.setattr(rotation_sweep, "_again", edit_first)
        try:
            result = rotation_online.rotate_online(vault, ADMIN_PASSWORD, batch=4)
        finally:
            other.close()
        assert edited[0] and result.rows_retried >= 1
        assert people.get(vault, target).form.notes == "moved to Khujand"
        assert rotation_sweep.remaining(vault) == 0


def open_vault_second(office: Path):
    """The same administrator on a second PC (another folder, the same profile)."""
    import shutil

    second = office.parent / "pc2"
    shutil.copytree(office, second)
    (second / "vault.lock").unlink(missing_ok=True)
    return open_vault(second, ADMIN, ADMIN_PASSWORD)


def test_a_dump_after_rotation_holds_no_name(office, empty_database, pg_cluster: Cluster) -> None:
    with open_vault(office, ADMIN, ADMIN_PASSWORD) as vault:
        rotation_online.rotate_online(vault, ADMIN_PASSWORD, batch=4)
    dump = load_support.dump(pg_cluster.bindir, empty_database)
    assert b"ajo_slots" in dump and b"beneficiary" in dump  # a real dump of the vault
    assert NAME.encode() not in dump and b"Gulnora" not in dump and b"border" not in dump


def test_an_account_that_chose_its_password_during_the_rotation_drops_the_old_key_at_sign_in(
    office,
) -> None:
    with open_vault(office, "nigora", PW) as hers:  # open on her PC when the rotation starts
        hers_login = server_accounts_login(hers)
        with open_vault_second(office) as vault:  # the administrator on another PC
            old = vault.keys.k_pii
            with pytest.raises(ConnectionError):
                rotation_online.rotate_online(
                    vault, ADMIN_PASSWORD, batch=3, between=_fail(ConnectionError)
                )
            url = _url(vault)
        assert _sessions_of(url, hers_login) == 0  # her open session ended at the start
    # the run's temporary passwords were lost with it: the administrator sets hers again,
    # and she chooses her own while the rotation is still unfinished
    with open_vault(office, ADMIN, ADMIN_PASSWORD) as vault:
        users.change_password(vault, "Nigora", "a temporary passphrase here")
    with open_vault(office, "nigora", "a temporary passphrase here") as hers:
        assert hers.keys.previous_pii == (old,)  # she reads what is not re-sealed yet
        users.change_password(hers, "Nigora", "her very own passphrase")
    with open_vault(office, ADMIN, ADMIN_PASSWORD) as vault:
        rotation_online.rotate_online(vault, ADMIN_PASSWORD, batch=3)
    keys = _slot_keys(url, _all_slots(url)["Nigora"], "her very own passphrase")
    assert keys.previous_pii == (old,)  # the administrator could not re-seal her slot
    with open_vault(office, "nigora", "her very own passphrase") as hers:
        assert not hers.keys.previous_pii  # her sign-in dropped it
        assert people.get(hers, _first_person(hers)).form.given_name == "Gulnora"
    keys = _slot_keys(url, _all_slots(url)["Nigora"], "her very own passphrase")
    assert keys.previous_pii == () and keys.k_pii != old


def _fail(kind: type[Exception]):
    count = [0]

    def stop() -> None:
        count[0] += 1
        if count[0] == 1:
            raise kind("interrupted")

    return stop


def server_accounts_login(vault) -> str:
    from ajo_cases.services.access import server_accounts

    return server_accounts.login_of(vault, vault.user)


def _sessions_of(url: str, login: str) -> int:
    owner = make_server_engine(url)
    try:
        with owner.connect() as conn:
            return int(
                conn.execute(
                    text("SELECT count(*) FROM pg_stat_activity WHERE usename = :l"), {"l": login}
                ).scalar_one()
            )
    finally:
        owner.dispose()


def test_user_remove_on_the_command_line_prints_the_rotation_to_run(
    office, monkeypatch, capsys
) -> None:
    monkeypatch.setenv("AJO_CASES_PASSWORD", ADMIN_PASSWORD)
    code = cli.main(["--data-dir", str(office), "--user", ADMIN, "user", "remove", "Nigora"])
    out = capsys.readouterr().out
    assert code == 0
    assert "Run `ajo-cases --user ADMIN rotate-keys`" in out and "online" in out


def test_a_server_set_up_before_online_rotation_gains_its_functions_with_server_upgrade(
    office, empty_database
) -> None:
    owner = make_server_engine(empty_database)
    try:
        with owner.begin() as conn:  # as a server set up by the previous version
            conn.exec_driver_sql("DROP FUNCTION ajo_put_recovery_slot(jsonb)")
            conn.exec_driver_sql("DROP FUNCTION ajo_end_sessions_after_reset(text)")
    finally:
        owner.dispose()
    assert cli.main(["--data-dir", str(office), "server", "upgrade"]) == 0
    with open_vault(office, ADMIN, ADMIN_PASSWORD) as vault:
        result = rotation_online.rotate_online(vault, ADMIN_PASSWORD)
    assert result.recovery_code and set(result.temporary_passwords) == {"Nigora"}
