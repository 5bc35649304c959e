"""Cost of the audit-head anchors: unlock (minus key derivation) and `verify --full` on a vault
with 10k audit entries, without anchors (baseline) and with a second backup folder holding
the head file plus 30 backups whose manifests are read at unlock and in verify.

Run: python benchmarks/bench_tamper_evidence.py   (production Argon2id parameters)
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from _common import median_seconds, report

from ajo_cases.services.access.opening import create_vault, open_vault
from ajo_cases.services.access.verify import verify_vault
from ajo_cases.services.backup import archive, autobackup, backup
from ajo_cases.vault import kdf, keyslots

PASSWORD = "benchmark passphrase 2026"
BACKUPS = 30


def _measure(folder: Path) -> tuple[float, float]:
    slot = keyslots.load(folder / keyslots.FILE_NAME).user_slot("admin")
    assert slot is not None
    derive = median_seconds(lambda: kdf.derive_kek(PASSWORD.encode(), slot.kdf))
    unlock = median_seconds(lambda: open_vault(folder, "admin", PASSWORD).close())
    vault = open_vault(folder, "admin", PASSWORD)
    try:
        verify = median_seconds(lambda: verify_vault(vault, full=True))
    finally:
        vault.close()
    return unlock - derive, verify


def main() -> None:
    root = Path(tempfile.mkdtemp())
    folder = root / "vault"
    vault, _ = create_vault(folder, "admin", PASSWORD)
    with vault.unit_of_work() as session:
        for i in range(10_000):
            vault.record(session, "benchmark", target_table="case_file", target_id=str(i))
    vault.close()
    base_unlock, base_verify = _measure(folder)

    second = root / "usb"
    second.mkdir()
    vault = open_vault(folder, "admin", PASSWORD)
    autobackup.set_second_folder(vault, second)
    info = autobackup.maybe_backup(vault, force=True)
    assert info is not None
    for i in range(BACKUPS - 1):  # same manifest, but each file is opened and checked
        shutil.copyfile(info.path, backup.default_folder(folder) / f"copy-{i}{archive.SUFFIX}")
    vault.close()
    anchored_unlock, anchored_verify = _measure(folder)

    report(
        "tamper_evidence",
        [
            ("unlock minus KDF, no anchors (baseline)", base_unlock),
            (f"unlock minus KDF, head file + {BACKUPS} backups", anchored_unlock),
            ("verify --full 10k entries, no anchors", base_verify),
            (f"verify --full 10k entries, head file + {BACKUPS} backups", anchored_verify),
        ],
    )
    print(f"  ratio unlock {anchored_unlock / base_unlock:.2f}x, "
          f"verify {anchored_verify / base_verify:.2f}x")  # fmt: skip


if __name__ == "__main__":
    main()
