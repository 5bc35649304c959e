"""Events parked in the key file before unlock: only failed logins, bounded, unverified."""

import pytest
from sqlalchemy import text

from ajo_cases.errors import WrongCredentials
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.access.parked_events import MAX_ACCEPTED
from ajo_cases.vault import keyslots
from tests.support import ADMIN, ADMIN_PASSWORD

SECRET_TYPED_AS_NAME = "my secret passphrase 2026"


def _plant(vault_dir, events, recompute=True):
    path = vault_dir / "keyslots.json"
    (vault_dir / "keyslots.json.bak").unlink(missing_ok=True)
    slot_file = keyslots.load(path)
    slot_file.pending_events = events
    raw = slot_file.to_bytes()
    if not recompute:
        raw = raw.replace(b'"checksum": "', b'"checksum": "0')
    path.write_bytes(raw)


def _log(vault_dir):
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        with vault.engine.connect() as conn:
            return conn.execute(text("SELECT actor, event, detail FROM audit_log")).all()
    finally:
        vault.close()


def test_a_planted_user_removed_by_the_director_never_enters_the_log(vault_dir):
    _plant(vault_dir, [{"event": "user_removed", "user": "director", "at": "2026-01-01"}])
    rows = _log(vault_dir)
    assert not any(event == "user_removed" for _actor, event, _detail in rows)
    assert ("admin", "integrity_failure", "1 parked events dropped") in rows


def test_failed_logins_are_bounded_and_marked_unverified(vault_dir):
    _plant(vault_dir, [{"event": "login_failed", "user": ADMIN, "at": "2026-01-01T10:00:00"}] * 150)
    failed = [r for r in _log(vault_dir) if r[1] == "login_failed"]
    assert len(failed) == MAX_ACCEPTED
    assert all(r[2].startswith("unverified") for r in failed)


def test_none_are_taken_from_a_key_file_that_fails_its_check(vault_dir):
    _plant(vault_dir, [{"event": "login_failed", "user": ADMIN, "at": "2026"}], recompute=False)
    assert not [r for r in _log(vault_dir) if r[1] == "login_failed"]


def test_a_typed_name_that_is_not_an_account_is_never_stored(vault_dir):
    with pytest.raises(WrongCredentials):
        open_vault(vault_dir, SECRET_TYPED_AS_NAME, ADMIN_PASSWORD)
    assert SECRET_TYPED_AS_NAME.encode() not in (vault_dir / "keyslots.json").read_bytes()
    rows = _log(vault_dir)
    assert ("unknown account", "login_failed") in [(r[0], r[1]) for r in rows]
    assert not any(SECRET_TYPED_AS_NAME in str(r) for r in rows)


def test_a_planted_name_that_is_not_an_account_is_not_stored_either(vault_dir):
    _plant(vault_dir, [{"event": "login_failed", "user": SECRET_TYPED_AS_NAME, "at": "x"}])
    rows = _log(vault_dir)
    assert not any(SECRET_TYPED_AS_NAME in str(r) for r in rows)
