"""Several office PCs saving case edits at once on the server vault (one process each).

Used by bench_server.py: ``saves(folders, seconds, think)`` starts one worker per PC folder;
each opens the vault, waits for a common start, then for `seconds` opens a random case and saves
an edit of its narrative (sealed, version-checked, audited), timing the save alone, then pauses
`think` seconds (0.5 to 1.5 times, at random: people read and type between saves; 0 saves back
to back, which on a machine with fewer cores than clients measures its CPU queue). Returns every
save's seconds (refused saves, when two PCs picked the same case, are counted apart).

    python benchmarks/bench_server_clients.py --worker FOLDER START SECONDS SEED THINK  (internal)
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from ajo_cases.vault import kdf

kdf.use_weak_test_parameters()

from sqlalchemy import func, select  # noqa: E402

from ajo_cases.errors import InvalidInput  # noqa: E402
from ajo_cases.services.access.opening import open_vault  # noqa: E402
from ajo_cases.services.casework import cases  # noqa: E402
from ajo_cases.storage.models import Case  # noqa: E402

PASSWORD = "benchmark passphrase long enough"


def worker(folder: Path, start: float, seconds: float, seed: int, think: float) -> None:
    vault = open_vault(folder, "admin", PASSWORD)
    try:
        with vault.read_session() as session:
            ids = list(session.scalars(select(Case.id).order_by(func.random()).limit(300)))
        rng = random.Random(seed)
        took, refused = [], 0
        time.sleep(max(0.0, start - time.time()))
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            case_id = rng.choice(ids)
            record = cases.get_case(vault, case_id)
            form = replace(record.form, narrative=f"edited by {seed} at {time.time():.3f}")
            began = time.perf_counter()
            try:
                cases.update_case(vault, case_id, form, expected_version=record.version)
            except InvalidInput:
                refused += 1
                continue
            took.append(time.perf_counter() - began)
            time.sleep(think * rng.uniform(0.5, 1.5))
    finally:
        vault.close()
    print(json.dumps({"saves": took, "refused": refused}))


def saves(folders: list[Path], seconds: float, think: float) -> tuple[list[float], int]:
    """Every save's seconds from all workers, and how many were refused as conflicts."""
    start = time.time() + 8 + len(folders)  # every worker has unlocked by then
    children = [
        subprocess.Popen(
            [
                sys.executable,
                __file__,
                "--worker",
                str(folder),
                str(start),
                str(seconds),
                str(i),
                str(think),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        for i, folder in enumerate(folders)
    ]
    took: list[float] = []
    refused = 0
    for child in children:
        out, _err = child.communicate(timeout=seconds + 300)
        if child.returncode != 0:
            raise RuntimeError(f"a client failed ({child.returncode})")
        found = json.loads(out.strip().splitlines()[-1])
        took += found["saves"]
        refused += found["refused"]
    return took, refused


if __name__ == "__main__":
    if len(sys.argv) == 7 and sys.argv[1] == "--worker":
        folder, start, seconds, seed, think = sys.argv[2:]
        worker(Path(folder), float(start), float(seconds), int(seed), float(think))
    else:
        print(__doc__)
