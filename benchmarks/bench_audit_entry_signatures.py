"""What per-entry signatures (the office server's, version 2) cost against run signatures
(a local vault's, version 1): signing 10k entries, and the replay `verify` runs over them.

In memory, no database: the same 10k entries of two accounts signed
- "runs": as a local vault's working sessions, 50 runs of 200 entries (one verification each);
- "per entry": each entry on its own, as on the office server (10k verifications, 10k nonces).

Run: python benchmarks/bench_audit_entry_signatures.py   (median of 7 rounds; ratios to "runs")
"""

from __future__ import annotations

import statistics
import time
from datetime import datetime, timedelta

from _common import report

from ajo_cases.storage.models_core import AuditEntry
from ajo_cases.vault import audit_trust, signing
from ajo_cases.vault.keyslots import canonical_json

ENTRIES = 10_000
RUN = 200
ROUNDS = 7
START = datetime(2026, 1, 1)


def _entries(signers: dict[str, signing.Signer]) -> list[AuditEntry]:
    """The first administrator's `vault_created` (which introduces the key), then the rest."""
    admin = signers["admin"]
    first = AuditEntry(seq=1, at=START, actor="admin", event="vault_created", target_table="",
                       target_id="", fields="", detail=signing.key_text(admin.public))  # fmt: skip
    rows = [first]
    for seq in range(2, ENTRIES + 1):
        rows.append(
            AuditEntry(seq=seq, at=START + timedelta(seconds=seq), actor="admin", event="view",
                       target_table="case_file", target_id=str(seq), fields="", detail="")
        )  # fmt: skip
    return rows


def _sign_runs(rows: list[AuditEntry], signer: signing.Signer) -> None:
    link, first, running = signing.GENESIS_LINK, 0, b""
    for row in rows:
        canonical = canonical_json(row.canonical())
        if (row.seq - 1) % RUN == 0:
            first, running = row.seq, signing.run_hash(link, canonical)
        else:
            running = signing.run_hash(running, canonical)
        row.signature = signer.sign(first, running)
        link = signing.link(canonical, row.signature)


def _sign_each(rows: list[AuditEntry], signer: signing.Signer) -> None:
    for row in rows:
        row.signature = signer.sign_entry(signing.payload(row.canonical()))


def _replay(rows: list[AuditEntry]) -> float:
    began = time.perf_counter()
    replay = audit_trust.Replay()
    for row in rows:
        replay.feed(row, canonical_json(row.canonical()))
    replay.finish()
    elapsed = time.perf_counter() - began
    assert not replay.forged and replay.signed == ENTRIES, replay.forged[:3]
    return elapsed


def main() -> None:
    signer = signing.Signer("admin", signing.new_seed())
    runs, each = _entries({"admin": signer}), _entries({"admin": signer})
    timings: dict[str, list[float]] = {k: [] for k in ("sign runs", "sign each", "runs", "each")}
    for _ in range(ROUNDS):  # the two in turn, so load on the machine hits both alike
        began = time.perf_counter()
        _sign_runs(runs, signer)
        timings["sign runs"].append(time.perf_counter() - began)
        began = time.perf_counter()
        _sign_each(each, signer)
        timings["sign each"].append(time.perf_counter() - began)
        timings["runs"].append(_replay(runs))
        timings["each"].append(_replay(each))
    median = {k: statistics.median(v) for k, v in timings.items()}
    report(
        "audit_entry_signatures",
        [
            ("sign 10k entries, run signatures (local vault)", median["sign runs"]),
            ("sign 10k entries, one by one (office server)", median["sign each"]),
            ("replay 10k entries, 50 runs (local vault)", median["runs"]),
            ("replay 10k entries, one by one (office server)", median["each"]),
        ],
    )
    print(f"  signing ratio  {median['sign each'] / median['sign runs']:.2f}x")
    print(f"  replay ratio   {median['each'] / median['runs']:.2f}x")


if __name__ == "__main__":
    main()
