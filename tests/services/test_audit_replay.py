"""A signed entry copied, or moved to another account, and an entry in another's name: each is
reported by `verify` on both backends.

The attacker is a manager with what her own account gives her: in a local vault the database
key (she opens the file and appends with the audit key), on the office server her own login
(she inserts rows; the server's trigger numbers and links them).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, text

from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.access.verify import verify_vault
from ajo_cases.storage.engine import DB_NAME, make_engine
from ajo_cases.storage.models import AuditEntry
from ajo_cases.vault import signing
from ajo_cases.vault.auditchain import entry_mac
from ajo_cases.vault.keys import VaultKeys
from tests.support import ADMIN, ADMIN_PASSWORD

PW = "a long enough passphrase"
OWN = "my own quiet passphrase 77"
_COLUMNS = ("at", "actor", "event", "target_table", "target_id", "fields", "detail", "signature")
_INSERT = text(
    "INSERT INTO audit_log (seq, mac, at, actor, event, target_table, target_id, fields, detail, "
    "signature) VALUES (:seq, :mac, :at, :actor, :event, :target_table, :target_id, :fields, "
    ":detail, :signature)"
)


def _manager(vault_dir: Path) -> VaultKeys:
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    users.add_user(vault, "malika", "manager", PW)
    vault.close()
    vault = open_vault(vault_dir, "malika", PW)
    users.change_password(vault, "malika", OWN)
    keys = vault.keys
    vault.close()
    return keys


def _append(conn: Connection, backend: str, keys: VaultKeys, row: dict[str, object]) -> int:
    """The row goes in as its attacker can put it there; returns the number it got."""
    if backend == "server":  # her login may INSERT; the trigger gives seq and link
        conn.execute(_INSERT, {**row, "seq": 0, "mac": b""})
        return int(conn.execute(text("SELECT max(seq) FROM audit_log")).scalar_one())
    head = conn.execute(text("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1")).one()
    entry = AuditEntry(seq=head.seq + 1, **row)
    entry.mac = entry_mac(keys.audit_key(), bytes(head.mac), entry.canonical())
    conn.execute(_INSERT, {**row, "seq": entry.seq, "mac": entry.mac})
    return entry.seq


def test_a_copied_a_moved_and_a_forged_entry_are_reported(vault_dir: Path, backend: str) -> None:
    keys = _manager(vault_dir)
    assert keys.signing_seed is not None
    if backend == "server":
        opened = open_vault(vault_dir, "malika", OWN)
        engine = opened.engine
    else:
        opened, engine = None, make_engine(vault_dir / DB_NAME, keys.k_db)
    try:
        with engine.begin() as conn:
            found = conn.execute(
                text(
                    "SELECT seq, at, actor, event, target_table, target_id, fields, detail, "
                    "signature FROM audit_log WHERE event = 'user_added' AND target_id = 'malika'"
                ),
            ).one()  # fmt: skip
            original = found.seq
            row = {name: getattr(found, name) for name in _COLUMNS}
            if isinstance(row["at"], str):  # SQLite hands a raw SELECT's datetime as text
                row["at"] = datetime.fromisoformat(row["at"])
            assert row["actor"] == ADMIN and row["signature"] is not None
            copied = _append(conn, backend, keys, row)
            moved = _append(conn, backend, keys, {**row, "actor": "malika"})
            forged = {**row, "event": "export", "target_id": None, "at": datetime(2026, 5, 1)}
            forged["signature"] = signing.Signer(ADMIN, keys.signing_seed).sign_entry(
                signing.payload(AuditEntry(seq=0, **{**forged, "signature": None}).canonical())
            )  # her own key, the administrator's name
            in_admins_name = _append(conn, backend, keys, forged)
    finally:
        if opened is not None:
            opened.close()
        else:
            engine.dispose()

    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        report = verify_vault(vault, full=True)
    finally:
        vault.close()
    checks = {c.name: c for c in report.checks}
    assert checks["audit_chain"].ok  # each was linked as the chain's rules say
    found_text = checks["audit_signatures"].detail
    assert not checks["audit_signatures"].ok and not report.ok
    copy_reason = f"a copy of entry {original}" if backend == "server" else "does not belong"
    assert f"entry {copied} (user_added, as {ADMIN}): " in found_text
    assert copy_reason in found_text
    assert f"entry {moved} (user_added, as malika): signature does not" in found_text
    assert f"entry {in_admins_name} (export, as {ADMIN}): signature does not verify" in found_text
