"""Signing seeds in slot payloads, and the replay that decides which signatures to trust."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

import pytest

from ajo_cases.vault import audit_trust, signing
from ajo_cases.vault.keys import VaultKeys
from ajo_cases.vault.keyslots import canonical_json


def test_a_seed_travels_in_the_payload_and_older_payloads_still_unwrap():
    keys = VaultKeys.generate()
    seed = signing.new_seed()
    for role in ("admin", "manager"):
        payload = keys.for_role(role).with_seed(seed).to_payload()
        back = VaultKeys.from_payload(payload)
        assert back.signing_seed == seed and back.k_db == keys.k_db
        assert back.k_pii == (None if role == "manager" else keys.k_pii)
    old_admin = VaultKeys.from_payload(keys.k_db + (keys.k_pii or b""))
    old_manager = VaultKeys.from_payload(keys.k_db)
    assert old_admin.signing_seed is None and old_admin.k_pii == keys.k_pii
    assert old_manager.signing_seed is None and old_manager.k_pii is None
    with pytest.raises(ValueError):
        VaultKeys.from_payload(b"AJS1" + secrets.token_bytes(40))


def test_a_role_never_passes_its_seed_on():
    keys = VaultKeys.generate().with_seed(signing.new_seed())
    assert keys.for_role("case_worker").signing_seed is None
    assert "seed" not in repr(keys) and keys.signing_seed is not None
    assert repr(signing.Signer("a", signing.new_seed())) == "Signer(actor='a')"


@dataclass
class _Row:
    seq: int
    actor: str
    event: str
    target_id: str | None
    detail: str
    signature: bytes | None = None

    def canonical(self) -> bytes:
        return canonical_json([self.seq, self.actor, self.event, self.target_id, self.detail])


def _log(*rows: tuple[str, str, str, str], signer_of=None) -> list[_Row]:
    """Rows written as the app writes them: each signer extends its run while it is the
    newest writer."""
    out: list[_Row] = []
    link, run = signing.GENESIS_LINK, None
    for seq, (actor, event, target, detail) in enumerate(rows, start=1):
        row = _Row(seq, actor, event, target, detail)
        signer = signer_of(actor) if signer_of else None
        if signer is not None:
            if run is not None and run[0] == actor and run[1] == seq - 1:
                first, running = run[2], signing.run_hash(run[3], row.canonical())
            else:
                first, running = seq, signing.run_hash(link, row.canonical())
            row.signature = signer.sign(first, running)
            run = (actor, seq, first, running)
        else:
            run = None
        link = signing.link(row.canonical(), row.signature)
        out.append(row)
    return out


def _replay(rows: list[_Row]) -> audit_trust.Replay:
    replay = audit_trust.Replay()
    for row in rows:
        replay.feed(row, row.canonical())
    return replay.finish()


def _vault_log(*more: tuple[str, str, str, str]):
    seeds = {"admin": signing.new_seed(), "dina": signing.new_seed()}

    def signer_of(actor: str) -> signing.Signer | None:
        return signing.Signer(actor, seeds[actor]) if actor in seeds else None

    def key(name: str) -> str:
        return signing.key_text(signing.public_key(seeds[name]))

    rows = (
        ("admin", "vault_created", "v", key("admin")),
        ("admin", "user_added", "dina", "case_worker"),
        ("admin", "signing_key", "dina", key("dina")),
        ("dina", "view", "c1", ""),
        ("dina", "update", "c1", ""),
        *more,
    )
    return _log(*rows, signer_of=signer_of)


def test_one_verification_covers_a_run_and_every_entry_in_it():
    rows = _vault_log()
    replay = _replay(rows)
    assert not replay.forged and replay.signed == len(rows)
    rows[3].detail = "changed inside the run"  # not the run's last entry: still caught
    assert [f.seq for f in _replay(rows).forged] == [4, 5]


def test_a_signature_moved_to_another_entry_does_not_verify():
    rows = _vault_log(("admin", "view", "c2", ""))
    rows[5].signature = rows[4].signature  # dina's signature on the admin's entry
    assert [f.seq for f in _replay(rows).forged] == [6]


def test_before_signatures_and_unverified_failed_logins_are_not_forged():
    seed = signing.new_seed()
    late_genesis = _log(
        ("old", "vault_created", "v", ""),
        ("old", "user_added", "old", "admin"),
        ("admin", "vault_created", "v", signing.key_text(signing.public_key(seed))),
        signer_of=lambda actor: signing.Signer(actor, seed) if actor == "admin" else None,
    )
    replay = _replay(late_genesis)
    assert replay.before_signatures == 2  # everything before the first signed entry
    # a key introduces itself through vault_created only as the log's very first entry
    assert [(f.seq, f.reason) for f in replay.forged] == [
        (3, "signed by a key the log does not trust")
    ]
    failed = _vault_log(("someone", "login_failed", "dina", "unverified; at 10:00"))
    replay = _replay(failed)
    assert not replay.forged and replay.unverified == 1


@dataclass
class _Entry:
    """An entry as the office server keeps it: signed alone, numbered after signing."""

    seq: int
    actor: str
    event: str
    target_id: str | None
    detail: str
    signature: bytes | None = None

    def canonical(self) -> dict[str, object]:
        return {"seq": self.seq, "actor": self.actor, "event": self.event,
                "target_id": self.target_id or "", "detail": self.detail}  # fmt: skip


def _server_log(signer: signing.Signer) -> list[_Entry]:
    rows = [_Entry(0, signer.actor, "vault_created", "vault", signing.key_text(signer.public))]
    rows += [_Entry(0, signer.actor, "view", f"c{n}", "") for n in range(3)]
    for row in rows:  # signed before the number is known
        row.signature = signer.sign_entry(signing.payload(row.canonical()))
    for seq, row in enumerate(rows, start=1):  # the server numbers them afterwards
        row.seq = seq
    return rows


def _replay_entries(rows: list[_Entry]) -> audit_trust.Replay:
    replay = audit_trust.Replay()
    for row in rows:
        replay.feed(row, canonical_json(row.canonical()))
    return replay.finish()


def test_an_entry_signed_before_it_was_numbered_verifies_and_a_copy_does_not():
    signer = signing.Signer("admin", signing.new_seed())
    rows = _server_log(signer)
    assert all(signing.is_per_entry(r.signature or b"") for r in rows)
    assert len(rows[1].signature or b"") == signing.BLOB_BYTES  # fits the same column
    replay = _replay_entries(rows)
    assert replay.forged == [] and replay.signed == 4
    copy = _Entry(5, "admin", "view", "c0", "", rows[1].signature)
    moved = _Entry(6, "nigora", "view", "c0", "", rows[1].signature)
    changed = _Entry(7, "admin", "view", "c9", "", rows[2].signature)
    replay = _replay_entries([*rows, copy, moved, changed])
    assert [f.describe() for f in replay.forged] == [
        "entry 5 (view, as admin): a copy of entry 2",
        "entry 6 (view, as nigora): signed by a key the log does not trust",
        "entry 7 (view, as admin): signature does not verify",
    ]
    assert replay.signed == 4
