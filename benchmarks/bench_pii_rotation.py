"""Rotating the personal-data key: online on the office server, offline on a local vault.

    python benchmarks/bench_pii_rotation.py [--cases 1000] [--runs 3]

The same demo data (--cases) in an office-server vault (a throw-away PostgreSQL cluster, as
the tests start) and in a local vault. Measured, median of --runs, each run a whole rotation:

- the server's online rotation (services/access/rotation_online.py: start, batched sweep of
  every sealed value, finish), one case worker reset;
- the baseline: the local vault's offline rotation of both keys (a new database file).

Cheap KDF, so the figures are the re-sealing, not the key derivation.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the test cluster helper

from ajo_cases.vault import kdf

kdf.use_weak_test_parameters()

from tests.pg_cluster import OWNER, start_cluster  # noqa: E402

from ajo_cases.services.access import rotation, rotation_online, users  # noqa: E402
from ajo_cases.services.access.opening import create_vault  # noqa: E402
from ajo_cases.services.access.server_vault import create_server_vault  # noqa: E402
from ajo_cases.services.demo import demo  # noqa: E402

PASSWORD = "correct horse battery staple"


def _median_runs(runs: int, work: Callable[[], int]) -> tuple[float, int]:
    times, fields = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        fields = work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), fields


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    cluster = start_cluster()
    os.environ["PGPASSWORD"] = cluster.owner_password
    folder = Path(tempfile.mkdtemp(prefix="ajo-bench-rotation-"))
    try:
        cluster.sql(f"CREATE DATABASE bench OWNER {OWNER}")
        server, _code = create_server_vault(folder / "s", cluster.url("bench"), "admin", PASSWORD)
        with server:
            demo.fill_demo(server, cases=args.cases, seed=3)
            users.add_user(server, "nigora", "case_worker", "a long enough passphrase")
            online, fields = _median_runs(
                args.runs,
                lambda: rotation_online.rotate_online(server, PASSWORD).fields_resealed,
            )
        local, _code = create_vault(folder / "l", "admin", PASSWORD)
        with local:
            demo.fill_demo(local, cases=args.cases, seed=3)
            offline, _ = _median_runs(
                args.runs, lambda: rotation.rotate_keys(local, PASSWORD).fields_resealed
            )
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)
    print(f"{args.cases} cases, {fields} sealed values, median of {args.runs} runs")
    print(f"office server, online: {online:.2f} s ({fields / online:,.0f} values/s)")
    print(f"local vault, offline (baseline): {offline:.2f} s; ratio {online / offline:.1f}")


if __name__ == "__main__":
    main()
