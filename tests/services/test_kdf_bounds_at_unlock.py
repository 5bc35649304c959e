"""An edited key slot cannot make the unlock run an enormous key derivation, and a cheaply
sealed slot is refused by the production floor; the demo vault is the one published password."""

from __future__ import annotations

import json
import time

import pytest

from ajo_cases import app
from ajo_cases.domain.passwords import DEMO_PASSWORD
from ajo_cases.errors import KeySlotRefused, PasswordRejected
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import create_vault, open_vault
from ajo_cases.vault import kdf
from tests.support import ADMIN, ADMIN_PASSWORD

# KDF parameters edited in the local key file
pytestmark = pytest.mark.local_only


def _edit_admin_kdf(vault_dir, **changes):
    path = vault_dir / "keyslots.json"
    data = json.loads(path.read_text())
    for slot in data["slots"]:
        if slot["header"]["user"] == ADMIN:
            slot["header"]["kdf"].update(changes)
    data.pop("checksum")
    path.write_text(json.dumps(data))
    (vault_dir / "keyslots.json.bak").unlink(missing_ok=True)


@pytest.mark.timeout(30)
def test_a_slot_asking_for_4_gib_and_64_passes_is_refused_not_run(vault_dir):
    _edit_admin_kdf(vault_dir, memory_kib=4 * 1024 * 1024, iterations=64)
    started = time.monotonic()
    with pytest.raises(KeySlotRefused) as caught:
        open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    assert time.monotonic() - started < 2
    assert "more work than this program allows" in caught.value.message
    assert caught.value.code == "vault.keyslot_refused"


def test_a_cheap_slot_is_refused_once_the_production_floor_applies(vault_dir):
    kdf.use_weak_test_parameters(False)
    try:
        with pytest.raises(KeySlotRefused, match="more weakly"):
            open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    finally:
        kdf.use_weak_test_parameters(True)


def test_the_published_demo_password_is_refused_for_real_accounts(admin_vault, tmp_path):
    with pytest.raises(PasswordRejected) as caught:
        users.add_user(admin_vault, "nigora", "case_worker", DEMO_PASSWORD)
    assert caught.value.problems == ["password.published"]
    with pytest.raises(PasswordRejected):
        create_vault(tmp_path / "real", "director", DEMO_PASSWORD)
    assert not (tmp_path / "real" / "keyslots.json").exists()


def test_the_demo_vault_still_opens_with_the_demo_password(tmp_path):
    folder = tmp_path / "demo"
    app.prepare_demo_vault(folder)
    vault = open_vault(folder, app.DEMO_USER, app.DEMO_SECRET)
    try:
        assert vault.role == "admin"
    finally:
        vault.close()
