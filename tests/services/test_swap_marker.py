"""A READY marker planted in the vault folder moves nothing before login and nothing outside the
vault folder: its form is strict and its MAC must verify under the staged vault's key."""

from __future__ import annotations

import hashlib
import json

import pytest

from ajo_cases.errors import DataDirUnusable, VaultDamaged
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.backup import backup, restore, swap, swap_marker
from ajo_cases.services.backup.swap_marker import SwapMarkerInvalid
from tests.support import ADMIN, ADMIN_PASSWORD

# the restore/rotation swap of the local vault folder
pytestmark = pytest.mark.local_only


def fingerprint(folder):
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "vault.lock"
    }


def plant(vault_dir, marker: dict, *, with_files: bool = True):
    staging = vault_dir / ".swap"
    staging.mkdir()
    if with_files:  # a copy of the live files, so a swap would "work"
        (staging / "cases.db").write_bytes((vault_dir / "cases.db").read_bytes())
        (staging / "keyslots.json").write_bytes((vault_dir / "keyslots.json").read_bytes())
    (staging / "READY").write_text(json.dumps(marker))


@pytest.mark.parametrize(
    "replaced",
    [
        "../outside",
        "/tmp/elsewhere",
        "replaced-../../x",
        "..",
        "replaced-20260101-120000-000000/..",
    ],
)
def test_a_marker_pointing_outside_the_vault_moves_nothing(vault_dir, tmp_path, replaced):
    before = fingerprint(vault_dir)
    plant(vault_dir, {"replaced": replaced, "kind": "restore"})
    with pytest.raises(SwapMarkerInvalid):
        open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    assert not (tmp_path / "outside").exists() and not (vault_dir.parent / "x").exists()
    assert (vault_dir / "cases.db").exists()
    after = fingerprint(vault_dir)
    assert {k: v for k, v in after.items() if not k.startswith(".swap")} == {
        k: v for k, v in before.items() if not k.startswith(".swap")
    }


def test_a_well_formed_marker_without_the_vault_key_moves_nothing(vault_dir):
    """Right form, a made-up MAC: refused at unlock, the live files stay where they are."""
    name = "replaced-20260101-120000-000000"
    plant(vault_dir, {"format": 1, "replaced": name, "kind": "rotation", "mac": "00" * 32})
    live = fingerprint(vault_dir)
    with pytest.raises(SwapMarkerInvalid, match="does not verify"):
        open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    assert not (vault_dir / name).exists()
    assert fingerprint(vault_dir) == live


def test_nothing_happens_before_login(vault_dir):
    """Before a password opens the staged key file, the marker is not even read."""
    plant(vault_dir, {"replaced": "../outside", "kind": "restore"})
    swap.finish_interrupted_swap(vault_dir)  # what runs before the unlock
    assert (vault_dir / ".swap" / "READY").exists() and (vault_dir / "cases.db").exists()
    with pytest.raises(VaultDamaged):  # and the wrong password learns nothing either
        open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)


def test_a_staging_link_out_of_the_vault_is_never_followed(vault_dir, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "precious.txt").write_text("keep me")
    (vault_dir / ".swap").symlink_to(outside, target_is_directory=True)
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)  # leftovers without READY: dropped
    vault.close()
    assert (outside / "precious.txt").read_text() == "keep me"
    assert not (vault_dir / ".swap").exists()


def test_a_replaced_folder_that_is_a_link_is_refused(vault_dir, tmp_path):
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    k_db = vault.keys.k_db
    vault.close()
    name = "replaced-20260101-120000-000000"
    (tmp_path / "elsewhere").mkdir()
    (vault_dir / name).symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    staging = vault_dir / ".swap"
    staging.mkdir()
    (staging / "READY").write_bytes(swap_marker.make(name, "restore", k_db))
    with pytest.raises(SwapMarkerInvalid, match="link"):
        open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    assert list((tmp_path / "elsewhere").iterdir()) == []


def test_a_pending_marker_blocks_a_new_restore_until_unlock(vault_dir, tmp_path):
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    saved = backup.create_backup(vault, tmp_path / "x.ajobackup")
    vault.close()
    plant(vault_dir, {"replaced": None, "kind": "restore"})
    with pytest.raises(DataDirUnusable, match="unlock the vault once"):
        restore.restore_backup(vault_dir, saved.path, ADMIN, ADMIN_PASSWORD)


def test_marker_names_only_what_a_restore_makes():
    with pytest.raises(ValueError):
        swap_marker.make("../x", "restore", b"k" * 32)
    with pytest.raises(ValueError):
        swap_marker.make(None, "delete-everything", b"k" * 32)
    good = swap_marker.make("replaced-20260101-120000-000000", "restore", b"k" * 32)
    swap_marker.check(swap_marker.parse(good), b"k" * 32)
    with pytest.raises(SwapMarkerInvalid):
        swap_marker.check(swap_marker.parse(good), b"j" * 32)


@pytest.mark.timeout(30)
def test_a_marker_that_is_a_link_to_an_endless_device_is_refused(vault_dir):
    staging = vault_dir / ".swap"
    staging.mkdir()
    (staging / "READY").symlink_to("/dev/zero")
    with pytest.raises(SwapMarkerInvalid, match="link"):
        open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
