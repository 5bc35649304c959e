"""The command line shows the key file's warnings as the app does."""

import json

import pytest

from ajo_cases import cli
from ajo_cases.vault import keyslots
from tests.support import ADMIN, ADMIN_PASSWORD


@pytest.fixture
def env(monkeypatch, vault_dir):
    monkeypatch.setenv("AJO_CASES_DATA_DIR", str(vault_dir))
    monkeypatch.setenv("AJO_CASES_USER", ADMIN)
    monkeypatch.setenv("AJO_CASES_PASSWORD", ADMIN_PASSWORD)
    return vault_dir


def test_an_edited_key_file_is_named_on_the_command_line(env, capsys):
    path = env / "keyslots.json"
    data = json.loads(path.read_text())
    data["pending_events"] = [{"event": "login_failed", "user": "x", "at": "2026"}]
    path.write_text(json.dumps(data))  # checksum not recomputed
    (env / "keyslots.json.bak").unlink(missing_ok=True)  # no intact copy to fall back on
    assert cli.main(["verify"]) in (0, 1)
    assert "does not match its checksum" in capsys.readouterr().err


def test_a_key_file_restored_from_its_copy_is_named(env, capsys):
    (env / "keyslots.json.bak").write_bytes((env / "keyslots.json").read_bytes())
    (env / "keyslots.json").write_text("{ damaged")
    cli.main(["verify"])
    assert "restored from its backup copy" in capsys.readouterr().err


def test_a_blanked_audit_head_is_named(env, capsys):
    path = env / "keyslots.json"
    slot_file = keyslots.load(path)
    slot_file.audit_head = None
    path.write_bytes(slot_file.to_bytes())  # checksum recomputed
    cli.main(["verify"])
    assert "audit log does not reach" in capsys.readouterr().err
