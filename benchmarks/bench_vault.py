"""Unlock time split into key derivation and database open; verify time by audit-log size and
by the sealed fields it authenticates (a demo vault of 10,000 cases).

Run: python benchmarks/bench_vault.py   (uses the production Argon2id parameters for unlock)
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from _common import median_seconds, report

from ajo_cases.services.access import verify_fields
from ajo_cases.services.access.opening import create_vault, open_vault
from ajo_cases.services.access.verify import verify_vault
from ajo_cases.services.demo.demo import fill_demo
from ajo_cases.vault import kdf, keyslots

PASSWORD = "benchmark passphrase 2026"


def main() -> None:
    folder = Path(tempfile.mkdtemp()) / "vault"
    vault, _ = create_vault(folder, "admin", PASSWORD)  # production KDF parameters
    vault.close()
    slot = keyslots.load(folder / keyslots.FILE_NAME).user_slot("admin")
    assert slot is not None
    derive = median_seconds(lambda: kdf.derive_kek(PASSWORD.encode(), slot.kdf))
    unlock = median_seconds(lambda: open_vault(folder, "admin", PASSWORD).close())

    vault = open_vault(folder, "admin", PASSWORD)
    verify_empty = median_seconds(lambda: verify_vault(vault, full=True))
    with vault.unit_of_work() as session:
        for i in range(10_000):
            vault.record(session, "benchmark", target_table="case_file", target_id=str(i))
    verify_10k = median_seconds(lambda: verify_vault(vault, full=True))
    fill_demo(vault, cases=10_000, seed=7)
    verify_demo = median_seconds(lambda: verify_vault(vault, full=True), runs=3)
    fields = median_seconds(lambda: verify_fields.check_sealed_fields(vault), runs=3)
    vault.close()

    report(
        "vault",
        [
            ("KDF (Argon2id 64 MiB, t=3, p=4)", derive),
            ("unlock total (KDF + open + checks)", unlock),
            ("unlock minus KDF", unlock - derive),
            ("verify --full, fresh audit log", verify_empty),
            ("verify --full, 10k audit entries", verify_10k),
            ("verify --full, 10k demo cases", verify_demo),
            ("  of which sealed fields authenticated", fields),
        ],
    )


if __name__ == "__main__":
    main()
