"""`server init`, `server profile` and `connect` from the command line, on a real server."""

from __future__ import annotations

import json

import pytest

from ajo_cases import cli
from ajo_cases.reports.vocabulary import label
from ajo_cases.vault.layout import SERVER_PROFILE_FILE
from tests.support import ADMIN, ADMIN_PASSWORD


@pytest.fixture
def admin_env(monkeypatch):
    monkeypatch.setenv("AJO_CASES_USER", ADMIN)
    monkeypatch.setenv("AJO_CASES_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("AJO_CASES_NEW_PASSWORD", ADMIN_PASSWORD)


def test_init_profile_connect_then_every_pc_works(tmp_path, empty_database, admin_env, capsys):
    office = tmp_path / "office-pc"
    argv = ["--data-dir", str(office), "server", "init", "--url", empty_database]
    assert cli.main([*argv, "--admin", ADMIN]) == 0
    out = capsys.readouterr().out
    assert "Recovery code" in out
    profile_text = (office / SERVER_PROFILE_FILE).read_text(encoding="utf-8")
    assert "PGPASSWORD" not in profile_text
    # the owner's password is never kept: the profile holds the address without it
    assert json.loads(profile_text)["url"] == empty_database

    target = tmp_path / "office"
    assert cli.main(["--data-dir", str(office), "server", "profile", "-o", str(target)]) == 0
    written = tmp_path / "office.ajoconnect"
    assert str(written) in capsys.readouterr().out and written.exists()
    assert written.read_bytes() == (office / SERVER_PROFILE_FILE).read_bytes()
    assert label("audit_event", "server_profile_written", "tg") != "server_profile_written"

    laptop = tmp_path / "laptop"
    assert cli.main(["--data-dir", str(laptop), "connect", str(written)]) == 0
    capsys.readouterr()
    assert cli.main(["--data-dir", str(laptop), "user", "add", "nigora", "--role", "manager"]) == 0
    capsys.readouterr()
    assert cli.main(["--data-dir", str(office), "user", "list"]) == 0
    assert "nigora" in capsys.readouterr().out  # added on one PC, seen on the other
    assert cli.main(["--data-dir", str(office), "verify", "--full"]) == 0
    assert "no problems found" in capsys.readouterr().out


def test_connect_refuses_a_folder_that_holds_a_vault_and_a_bad_file(
    tmp_path, empty_database, admin_env, capsys
) -> None:
    office = tmp_path / "office"
    cli.main(["--data-dir", str(office), "server", "init", "--url", empty_database,
              "--admin", ADMIN])  # fmt: skip
    cli.main(["--data-dir", str(office), "server", "profile", "-o", str(tmp_path / "c")])
    capsys.readouterr()
    assert cli.main(["--data-dir", str(office), "connect", str(tmp_path / "c.ajoconnect")]) == 1
    assert "already exists" in capsys.readouterr().err
    bad = tmp_path / "bad.ajoconnect"
    bad.write_text("{not json", encoding="utf-8")
    assert cli.main(["--data-dir", str(tmp_path / "pc"), "connect", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("ajo-cases: ") and "Traceback" not in err
    assert not (tmp_path / "pc" / SERVER_PROFILE_FILE).exists()


def test_init_on_an_unreachable_server_is_one_line_and_exit_1(tmp_path, admin_env, capsys):
    from tests.pg_cluster import free_port

    url = f"postgresql://ajo_owner@127.0.0.1:{free_port()}/db"
    code = cli.main(["--data-dir", str(tmp_path / "pc"), "server", "init", "--url", url,
                     "--admin", ADMIN])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1 and "not reachable" in err and len(err.strip().splitlines()) == 1
