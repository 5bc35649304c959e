"""Cost of per-account audit signatures: `verify --full` on 10k audit entries and unlock
(minus key derivation).

Three logs of 10k entries, each entry in its own transaction:
- "sessions": as people work, 50 sign-ins alternating two accounts, 200 entries each (a run
  per session: one Ed25519 verification covers it);
- "worst case": the two accounts' entries interleaved one by one (every entry its own run,
  10k verifications; an office server with writers at once comes close to this);
- "baseline": the same 10k entries with no signatures at all (the HMAC chain only).

Run: python benchmarks/bench_audit_signatures.py [FOLDER]   (production Argon2id parameters;
the vaults built in FOLDER are reused by the next run)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from _common import report

from ajo_cases.services.access import users
from ajo_cases.services.access.opening import create_vault, open_vault
from ajo_cases.services.access.verify import verify_vault
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.vault import kdf, keyslots, signing

PASSWORD = "benchmark passphrase 2026"
WORKER_PASSWORD = "second benchmark passphrase 77"
ENTRIES = 10_000
SESSIONS = 50
RUNS = 7


def _write(vault: OpenVault, count: int, start: int) -> None:
    for i in range(count):
        with vault.unit_of_work(audit_only=True) as session:
            vault.record(session, "view", target_table="case_file", target_id=str(start + i))


def _new(folder: Path) -> None:
    vault, _ = create_vault(folder, "admin", PASSWORD)
    users.add_user(vault, "worker", "case_worker", WORKER_PASSWORD)
    vault.close()
    vault = open_vault(folder, "worker", WORKER_PASSWORD)
    users.change_password(vault, "worker", WORKER_PASSWORD + " x")
    vault.close()


def sessions(folder: Path) -> None:
    _new(folder)
    per = ENTRIES // SESSIONS
    for n in range(SESSIONS):
        user, password = ("admin", PASSWORD) if n % 2 == 0 else ("worker", WORKER_PASSWORD + " x")
        vault = open_vault(folder, user, password)
        _write(vault, per, n * per)
        vault.close()


def interleaved(folder: Path) -> None:
    _new(folder)
    vault = open_vault(folder, "admin", PASSWORD)
    worker = keyslots.load(folder / keyslots.FILE_NAME).user_slot("worker")
    assert worker is not None
    seed = worker.unwrap(
        kdf.derive_kek(kdf.password_bytes(WORKER_PASSWORD + " x"), worker.kdf)
    ).signing_seed
    assert seed is not None and vault.audit.signer is not None
    signers = [vault.audit.signer, signing.Signer("worker", seed)]
    for i in range(ENTRIES):
        signer = signers[i % 2]
        vault.audit.set_signer(signer)
        with vault.unit_of_work(audit_only=True) as session:
            vault.audit.append(session, actor=signer.actor, event="view",
                               target_table="case_file", target_id=str(i))  # fmt: skip
    vault.audit.set_signer(signers[0])
    vault.close()


def unsigned(folder: Path) -> None:
    _new(folder)
    vault = open_vault(folder, "admin", PASSWORD)
    for i in range(ENTRIES):
        with vault.unit_of_work(audit_only=True) as session:
            vault.audit.append(session, actor="admin", event="view", target_table="case_file",
                               target_id=str(i), sign=False)  # fmt: skip
    vault.close()


def _unlock_minus_kdf(folder: Path) -> float:
    """One unlock minus the time spent in the key derivation during that very unlock."""
    spent = []
    derive = kdf.derive_kek

    def timed(secret: bytes, params: kdf.KdfParams) -> bytes:
        start = time.perf_counter()
        try:
            return derive(secret, params)
        finally:
            spent.append(time.perf_counter() - start)

    kdf.derive_kek = timed
    try:
        start = time.perf_counter()
        open_vault(folder, "admin", PASSWORD).close()
        return time.perf_counter() - start - sum(spent)
    finally:
        kdf.derive_kek = derive


def main() -> None:
    """``python bench_audit_signatures.py [FOLDER]``: the vaults are built in FOLDER (kept,
    and reused when run again) or in a temporary folder. The three vaults are measured in
    turn, round after round, so that other work on the machine weighs on each alike."""
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp())
    cases = (
        ("baseline, unsigned", unsigned, False),  # unsigned entries of a keyed account: forged
        ("sessions", sessions, True),
        ("worst case, interleaved", interleaved, True),
    )
    vaults = {}
    for name, build, ok in cases:
        folder = root / name.split(",")[0]
        if not (folder / keyslots.FILE_NAME).exists():
            build(folder)
        vault = open_vault(folder, "admin", PASSWORD)
        check = next(c for c in verify_vault(vault).checks if c.name == "audit_signatures")
        assert check.ok == ok, check.detail
        vaults[name] = vault
    unlocks: dict[str, list[float]] = {name: [] for name, _b, _o in cases}
    verifies: dict[str, list[float]] = {name: [] for name, _b, _o in cases}
    try:
        for _ in range(RUNS):
            for name, _build, _ok in cases:
                start = time.perf_counter()
                verify_vault(vaults[name], full=True)
                verifies[name].append(time.perf_counter() - start)
    finally:
        for vault in vaults.values():
            vault.close()
    for _ in range(RUNS):
        for name, _build, _ok in cases:
            unlocks[name].append(_unlock_minus_kdf(root / name.split(",")[0]))
    rows = []
    for name, _build, _ok in cases:
        rows.append((f"unlock minus KDF, {name}", statistics.median(unlocks[name])))
        rows.append((f"verify --full 10k, {name}", statistics.median(verifies[name])))
    report("audit_signatures", rows)
    base = rows[1][1]
    print(f"  ratio verify: sessions {rows[3][1] / base:.2f}x, worst case {rows[5][1] / base:.2f}x")


if __name__ == "__main__":
    main()
