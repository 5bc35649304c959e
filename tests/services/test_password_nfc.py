"""A password typed with combining marks opens what the composed one sealed, everywhere a
password is read: unlock, change, restore, key rotation, the command line and the unlock window."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from ajo_cases.services.access import rotation, users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.backup import backup, restore
from tests.support import ADMIN, ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[2]
# ӣ, ӯ and ё decompose (и + macron, у + macron, е + diaeresis): what some keyboards send.
COMPOSED = "Рӯзи нав, гулҳои сӣ ва ёр"
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)


def test_the_two_spellings_differ():
    assert DECOMPOSED != COMPOSED
    assert len(DECOMPOSED) > len(COMPOSED)


@pytest.fixture
def with_tajik_admin(vault_dir):
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    users.add_user(vault, "zarina", "admin", COMPOSED)
    vault.close()
    # her own password, so it is not "temporary"
    vault = open_vault(vault_dir, "zarina", COMPOSED)
    users.change_password(vault, "zarina", "ёр " + COMPOSED)
    vault.close()
    return vault_dir, "ёр " + COMPOSED


def test_unlock_and_change_with_decomposed_input(with_tajik_admin):
    vault_dir, password = with_tajik_admin
    vault = open_vault(vault_dir, "zarina", unicodedata.normalize("NFD", password))
    try:
        assert vault.user == "zarina"
    finally:
        vault.close()


@pytest.mark.local_only  # restore and rotation: the local vault
def test_restore_and_rotation_with_decomposed_input(with_tajik_admin, tmp_path):
    vault_dir, password = with_tajik_admin
    typed = unicodedata.normalize("NFD", password)
    vault = open_vault(vault_dir, "zarina", password)
    try:
        saved = backup.create_backup(vault, tmp_path / "b.ajobackup")
        rotation.rotate_keys(vault, typed)  # checks her password before anything else
    finally:
        vault.close()
    result = restore.restore_backup(tmp_path / "elsewhere", saved.path, "zarina", typed)
    assert result is not None


def test_command_line_password_file_with_decomposed_input(with_tajik_admin, tmp_path):
    vault_dir, password = with_tajik_admin
    secret = tmp_path / "pw.txt"
    secret.write_text(unicodedata.normalize("NFD", password) + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "tests.cheap_kdf_main", "--data-dir", str(vault_dir),
         "--user", "zarina", "--password-file", str(secret), "user", "list"],
        capture_output=True, text=True, cwd=ROOT, timeout=120, check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "zarina" in done.stdout


@pytest.mark.local_only  # restore and rotation: the local vault
def test_restore_over_the_live_vault_with_decomposed_input(with_tajik_admin, tmp_path):
    """The live vault's administrator is checked with the same normalised password."""
    vault_dir, password = with_tajik_admin
    vault = open_vault(vault_dir, "zarina", password)
    try:
        saved = backup.create_backup(vault, tmp_path / "b.ajobackup")
    finally:
        vault.close()
    typed = unicodedata.normalize("NFD", password)
    result = restore.restore_backup(vault_dir, saved.path, "zarina", typed)
    assert result is not None and result.replaced_dir is not None
