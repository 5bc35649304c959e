"""The command-line contract: init, user management, verify, exit codes, no tracebacks."""

import re
import subprocess
import sys

import pytest

from ajo_cases import cli
from tests.support import ADMIN, ADMIN_PASSWORD

PW = "a long enough passphrase"


@pytest.fixture
def env(monkeypatch, vault_dir):
    monkeypatch.setenv("AJO_CASES_DATA_DIR", str(vault_dir))
    monkeypatch.setenv("AJO_CASES_USER", ADMIN)
    monkeypatch.setenv("AJO_CASES_PASSWORD", ADMIN_PASSWORD)
    return vault_dir


def test_init_prints_recovery_code_once(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("AJO_CASES_NEW_PASSWORD", ADMIN_PASSWORD)
    assert cli.main(["--data-dir", str(tmp_path / "v"), "init", "--admin", "Director"]) == 0
    out = capsys.readouterr().out
    code = re.search(r"([0-9A-Z]{5}-){5}[0-9A-Z]{5}", out)
    assert code
    assert code.group(0) not in (tmp_path / "v" / "keyslots.json").read_text()
    assert cli.main(["--data-dir", str(tmp_path / "v"), "init", "--admin", "Director"]) == 1
    assert "already exists" in capsys.readouterr().err


def test_user_lifecycle(env, monkeypatch, capsys):
    monkeypatch.setenv("AJO_CASES_NEW_PASSWORD", PW)
    assert cli.main(["user", "add", "Nigora", "--role", "case_worker"]) == 0
    assert cli.main(["user", "list"]) == 0
    assert "Nigora\tcase_worker" in capsys.readouterr().out
    monkeypatch.setenv("AJO_CASES_NEW_PASSWORD", "yet another passphrase")
    assert cli.main(["user", "passwd", "Nigora"]) == 0
    assert (
        cli.main(
            [
                "--user",
                "Nigora",
                "--password-file",
                str(_write(env.parent, "yet another passphrase")),
                "verify",
            ]
        )
        == 0
    )
    assert cli.main(["user", "remove", "Nigora"]) == 0
    capsys.readouterr()
    assert cli.main(["user", "list"]) == 0
    assert "Nigora" not in capsys.readouterr().out


def _write(folder, text):
    path = folder / "pw.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return path


def test_wrong_password_exit_1_one_line(env, monkeypatch, capsys):
    monkeypatch.setenv("AJO_CASES_PASSWORD", "definitely not it")
    assert cli.main(["verify"]) == 1
    err = capsys.readouterr().err
    assert err.strip() == "ajo-cases: wrong user name or password"


def test_weak_new_password_is_explained(env, monkeypatch, capsys):
    monkeypatch.setenv("AJO_CASES_NEW_PASSWORD", "qwerty")
    assert cli.main(["user", "add", "Nigora", "--role", "case_worker"]) == 1
    assert "password" in capsys.readouterr().err


def test_usage_error_exit_2(capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["user", "add"])
    assert exc.value.code == 2


def test_verify_ok(env, capsys):
    assert cli.main(["verify", "--full"]) == 0
    assert "no problems found" in capsys.readouterr().out


def test_recover_sets_new_password(env, monkeypatch, recovery_code, capsys):
    monkeypatch.setenv("AJO_CASES_RECOVERY_CODE", recovery_code)
    monkeypatch.setenv("AJO_CASES_NEW_PASSWORD", "the reset director passphrase")
    assert cli.main(["recover", ADMIN]) == 0
    monkeypatch.setenv("AJO_CASES_PASSWORD", "the reset director passphrase")
    assert cli.main(["verify"]) == 0


def test_gui_dispatch():
    from ajo_cases.__main__ import wants_gui

    assert wants_gui([])
    assert wants_gui(["--data-dir", "x", "--lang", "tg"])
    assert wants_gui(["--demo", "--lang=ru"])
    assert not wants_gui(["--data-dir", "x", "verify"])
    assert not wants_gui(["--version"])


def test_real_process_no_traceback(tmp_path):
    env = {"AJO_CASES_PASSWORD": "x" * 20, "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ajo_cases",
            "--data-dir",
            str(tmp_path / "none"),
            "--user",
            "a",
            "verify",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "no vault" in result.stderr


def test_remove_says_rotation_completes_it_and_rotates(env, monkeypatch, capsys):
    monkeypatch.setenv("AJO_CASES_NEW_PASSWORD", PW)
    assert cli.main(["user", "add", "Nigora", "--role", "case_worker"]) == 0
    capsys.readouterr()
    assert cli.main(["user", "remove", "Nigora"]) == 0  # not a terminal: said, not asked
    out = capsys.readouterr().out
    assert "key rotation completes it" in out and "ajo-cases rotate-keys" in out

    assert cli.main(["user", "add", "Farrukh", "--role", "manager"]) == 0
    (env / "backups").mkdir(exist_ok=True)
    assert cli.main(["backup"]) == 0
    digests = lambda: {p.read_bytes()[-4096:] for p in (env / "backups").glob("*.ajobackup")}  # noqa: E731
    old = digests()
    assert old
    capsys.readouterr()
    code = cli.main(["user", "remove", "Farrukh", "--rotate", "--delete-old-copies"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "Keys rotated" in captured.out and "old copies are deleted" in captured.out
    assert "personal fields re-sealed: 100%" in captured.err
    assert not old & digests()  # the backups under the old keys are gone


def test_user_full_name_position_and_phone(env, monkeypatch, capsys):
    monkeypatch.setenv("AJO_CASES_NEW_PASSWORD", PW)
    argv = ["user", "add", "nigora", "--role", "case_worker", "--full-name", "Нигора Раҳимова"]
    assert cli.main([*argv, "--position", "Корманди иҷтимоӣ"]) == 0
    assert cli.main(["user", "edit", "nigora", "--phone", "+992 92 000 00 00"]) == 0
    capsys.readouterr()
    assert cli.main(["user", "list"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("nigora"))
    assert line.split("\t") == [
        "nigora", "case_worker", "Нигора Раҳимова", "Корманди иҷтимоӣ", "+992 92 000 00 00",
    ]  # fmt: skip
    assert cli.main(["user", "edit", "nobody", "--phone", "1"]) == 1


def test_verify_names_a_forged_entry_and_exits_1(env, capsys):
    from ajo_cases.services.access.opening import open_vault

    vault = open_vault(env, ADMIN, ADMIN_PASSWORD)
    try:  # what anyone holding K_db can do: an entry in the administrator's name, unsigned
        with vault.unit_of_work(audit_only=True) as session:
            seq = vault.audit.append(session, actor=ADMIN, event="export", sign=False).seq
    finally:
        vault.close()
    assert cli.main(["verify", "--full"]) == 1
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if x.startswith("audit_signatures"))
    assert "FAILED" in line and f"entry {seq} (export, as {ADMIN}): not signed" in line
