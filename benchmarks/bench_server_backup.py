"""Getting a vault in and out of the office server: backup of a server vault beside the local
vault's backup, and the move of a local vault onto an empty database (`--from-vault`).

    python benchmarks/bench_server_backup.py [--cases 2000] [--runs 3]

A throw-away PostgreSQL cluster is started as the tests do (fsync off). Both vaults are filled
by the demo generator with the same seed. Backups: median of --runs, ratio server / local from
the same process. The move runs once per run on a fresh empty database (median).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from _common import report

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the test cluster helper

from ajo_cases.vault import kdf

kdf.use_weak_test_parameters()

from ajo_cases.services.access.opening import create_vault, open_vault  # noqa: E402
from ajo_cases.services.access.server_migration import migrate_to_server  # noqa: E402
from ajo_cases.services.access.server_vault import create_server_vault  # noqa: E402
from ajo_cases.services.backup import backup  # noqa: E402
from ajo_cases.services.demo import demo  # noqa: E402

PASSWORD = "benchmark passphrase long enough"
TODAY = date(2026, 6, 30)


def _median(samples: list[float]) -> float:
    return sorted(samples)[len(samples) // 2]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from tests.pg_cluster import start_cluster

    cluster = start_cluster()
    os.environ["PGPASSWORD"] = cluster.owner_password
    try:
        cluster.sql("CREATE DATABASE bench OWNER ajo_owner")
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            times: dict[str, list[float]] = {"local": [], "server": [], "move": []}
            url = cluster.url("bench")
            made = {
                "local": create_vault(root / "local", "admin", PASSWORD)[0],
                "server": create_server_vault(root / "pc", url, "admin", PASSWORD)[0],
            }
            for name, vault in made.items():
                try:
                    demo.fill_demo(vault, cases=args.cases, seed=1, today=TODAY)
                    for run in range(args.runs):
                        start = time.perf_counter()
                        backup.create_backup(vault, root / f"{name}-{run}.ajobackup")
                        times[name].append(time.perf_counter() - start)
                finally:
                    vault.close()
            for run in range(args.runs):
                source = root / f"move-{run}"
                shutil.copytree(root / "local", source, ignore=shutil.ignore_patterns("backups"))
                (source / "vault.lock").unlink(missing_ok=True)
                database = f"move_{run}"
                cluster.sql(f"CREATE DATABASE {database} OWNER ajo_owner")
                start = time.perf_counter()
                migrate_to_server(
                    root / f"moved-{run}", cluster.url(database), source, "admin", PASSWORD
                )
                times["move"].append(time.perf_counter() - start)
            open_vault(root / "moved-0", "admin", PASSWORD).close()  # the moved vault opens
    finally:
        cluster.stop()
    local, server, move = (_median(times[k]) for k in ("local", "server", "move"))
    print(f"backup, local vault   {local:8.2f} s")
    print(f"backup, server vault  {server:8.2f} s   ratio {server / local:5.2f}")
    print(f"move onto the server  {move:8.2f} s")
    report(
        f"server_backup_{args.cases}",
        [("backup: local", local), ("backup: server", server), ("server init --from-vault", move)],
    )


if __name__ == "__main__":
    main()
