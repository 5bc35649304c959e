"""A kept PostgreSQL cluster and demo vaults for the office-server benchmarks.

100,000 demo cases take minutes to build, so they are built once into a folder outside the
repository (default ``/tmp/ajo-bench-server``) and reused: the cluster's data, its passwords
(``cluster/cluster.json``, root only), a local vault and a server vault's PC folder filled by the
demo generator with the same seed. Delete the folder to build afresh.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the test cluster helper

from ajo_cases.vault import kdf

kdf.use_weak_test_parameters()

from tests.pg_cluster import OWNER, Cluster, kept_cluster  # noqa: E402

from ajo_cases.services.access.opening import create_vault  # noqa: E402
from ajo_cases.services.access.server_vault import create_server_vault  # noqa: E402
from ajo_cases.services.demo import demo  # noqa: E402
from ajo_cases.vault import server_profile  # noqa: E402
from ajo_cases.vault.layout import SERVER_PROFILE_FILE  # noqa: E402

DEFAULT_KEEP = Path("/tmp/ajo-bench-server")
PASSWORD = "benchmark passphrase long enough"
TODAY = date(2026, 6, 30)


@dataclass
class Kept:
    cluster: Cluster
    local: Path  # a local vault
    server: Path  # a PC folder: the profile of the server vault
    database: str

    def point_profile(self, folder: Path, port: int | None = None, host: str = "127.0.0.1") -> None:
        """The cluster listens on a new port each run: the PC folder's profile follows it."""
        profile = server_profile.load(folder)
        port = port or self.cluster.port
        url = f"postgresql://{OWNER}@{host}:{port}/{self.database}"
        server_profile.save(folder, replace(profile, url=url))

    def pc_copy(self, name: str) -> Path:
        """Another PC's folder (its own lock and pin) for the same server vault."""
        folder = self.server.parent / name
        if not folder.exists():
            folder.mkdir()
            shutil.copy2(self.server / SERVER_PROFILE_FILE, folder)
        self.point_profile(folder)
        return folder


def prepare(keep: Path, cases: int) -> Kept:
    """Start the kept cluster; build both demo vaults the first time (minutes at 100k)."""
    keep.mkdir(parents=True, exist_ok=True)
    cluster = kept_cluster(keep / "cluster")
    os.environ["PGPASSWORD"] = cluster.owner_password
    database = f"bench_{cases}"
    kept = Kept(cluster, keep / f"local_{cases}", keep / f"pc_{cases}", database)
    built = keep / f"built_{cases}"
    if built.exists():
        kept.point_profile(kept.server)
        return kept
    for folder in (kept.local, kept.server):
        shutil.rmtree(folder, ignore_errors=True)
    cluster.sql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
    cluster.sql(f"CREATE DATABASE {database} OWNER {OWNER}")
    url = cluster.url(database)
    for name, make in (
        ("local", lambda: create_vault(kept.local, "admin", PASSWORD)),
        ("server", lambda: create_server_vault(kept.server, url, "admin", PASSWORD)),
    ):
        started = time.perf_counter()
        vault, _code = make()
        try:
            demo.fill_demo(vault, cases=cases, seed=1, today=TODAY)
        finally:
            vault.close()
        took = time.perf_counter() - started
        print(f"built the {name} vault with {cases:,} cases in {took:.0f} s")
    cluster.sql("VACUUM ANALYZE", database)
    built.touch()
    return kept


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="build (once) the kept benchmark vaults")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, default=DEFAULT_KEEP)
    args = parser.parse_args()
    prepare(args.keep, args.cases).cluster.pause()
