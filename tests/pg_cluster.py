"""A real, throw-away PostgreSQL cluster for the test session (never a mock).

Debian's ``postgresql`` package provides the binaries (``/usr/lib/postgresql/<ver>/bin``).
PostgreSQL refuses to run as root, so when the tests run as root (CI) the cluster belongs to
the unprivileged ``nobody`` account and every server command runs through ``runuser``. The
cluster lives in a fresh temporary directory, listens on a free port of 127.0.0.1 only, uses
SCRAM passwords, and is stopped and deleted at the end of the session.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "ajo_test_super"
OWNER = "ajo_owner"
MIN_VERSION = 15
_UNPRIVILEGED = "nobody"


class ClusterUnavailable(RuntimeError):
    """PostgreSQL is not installed here (or is too old)."""


def find_bindir() -> Path:
    override = os.environ.get("AJO_PG_BINDIR")
    if override:
        candidates = [Path(override)]
    else:
        found = []
        for path in Path("/usr/lib/postgresql").glob("*/bin"):
            if re.fullmatch(r"\d+", path.parent.name) and (path / "pg_ctl").exists():
                found.append((int(path.parent.name), path))
        candidates = [
            path for version, path in sorted(found, reverse=True) if version >= MIN_VERSION
        ]
    for path in candidates:
        if (path / "initdb").exists() and (path / "pg_ctl").exists():
            return path
    raise ClusterUnavailable(
        f"PostgreSQL >= {MIN_VERSION} is not installed (Debian package 'postgresql'; "
        "scripts/setup-system installs it)"
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Cluster:
    bindir: Path
    root: Path
    port: int = 0
    superuser_password: str = field(default_factory=lambda: secrets.token_urlsafe(18))
    owner_password: str = field(default_factory=lambda: secrets.token_urlsafe(18))
    # (certificate PEM, private key PEM): the server also speaks TLS with them
    tls: tuple[bytes, bytes] | None = None
    _as_user: list[str] = field(default_factory=list)

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def log(self) -> Path:
        return self.root / "server.log"

    def _run(self, *argv: str, stdin: str | None = None) -> str:
        result = subprocess.run(
            [*self._as_user, *argv],
            input=stdin,
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"{Path(argv[0]).name} failed ({result.returncode}): {result.stderr.strip()}"
            )
        return result.stdout

    def start(self) -> None:
        if os.geteuid() == 0:
            account = pwd.getpwnam(_UNPRIVILEGED)
            os.chown(self.root, account.pw_uid, account.pw_gid)
            self._as_user = ["runuser", "-u", _UNPRIVILEGED, "--"]
        pwfile = self.root / "pw"
        pwfile.write_text(self.superuser_password + "\n", encoding="utf-8")
        if self._as_user:
            account = pwd.getpwnam(_UNPRIVILEGED)
            os.chown(pwfile, account.pw_uid, account.pw_gid)
        pwfile.chmod(0o600)
        self._run(
            str(self.bindir / "initdb"),
            "-D", str(self.data),
            "-U", SUPERUSER,
            "--pwfile", str(pwfile),
            "-A", "scram-sha-256",
            "-E", "UTF8",
            "--no-locale",
            "--no-sync",
        )  # fmt: skip
        pwfile.unlink()
        self.port = free_port()
        self.resume()
        self.sql(f"CREATE ROLE {OWNER} LOGIN CREATEDB CREATEROLE PASSWORD '{self.owner_password}'")

    def resume(self, listen: str = "127.0.0.1") -> None:
        """Start the server (again) on its port; waits until it accepts connections."""
        options = " ".join(
            (
                *self._tls_options(),
                f"-p {self.port}",
                f"-c listen_addresses={listen}",
                f"-c unix_socket_directories={self.root}",
                # a test cluster: durability is not what is tested here, speed is welcome
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
                "-c max_connections=200",
            )
        )
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D", str(self.data),
            "-l", str(self.log),
            "-o", options,
            "-w", "-t", "60",
            "start",
        )  # fmt: skip

    def pause(self, mode: str = "fast") -> None:
        """Stop the server but keep its data (a restart, or a kept benchmark cluster)."""
        self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop"
        )  # fmt: skip

    def _tls_options(self) -> tuple[str, ...]:
        if self.tls is None:
            return ()
        cert, key = self.root / "server.crt", self.root / "server.key"
        cert.write_bytes(self.tls[0])
        key.write_bytes(self.tls[1])
        key.chmod(0o600)  # PostgreSQL refuses a key others may read
        if self._as_user:
            account = pwd.getpwnam(_UNPRIVILEGED)
            for path in (cert, key):
                os.chown(path, account.pw_uid, account.pw_gid)
        return ("-c ssl=on", f"-c ssl_cert_file={cert}", f"-c ssl_key_file={key}")

    def stop(self) -> None:
        if self.data.exists():
            with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
                self._run(
                    str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w",
                    "stop",
                )  # fmt: skip
        shutil.rmtree(self.root, ignore_errors=True)

    def sql(self, statement: str, database: str = "postgres") -> str:
        """Run one statement as the cluster's superuser (set-up only)."""
        import psycopg

        with psycopg.connect(
            host="127.0.0.1",
            port=self.port,
            user=SUPERUSER,
            password=self.superuser_password,
            dbname=database,
            autocommit=True,
        ) as conn:
            cursor = conn.execute(statement)  # type: ignore[arg-type]
            return "" if cursor.description is None else str(cursor.fetchall())

    def url(self, database: str, user: str = OWNER) -> str:
        """A connection URL without a password (the owner's is given through PGPASSWORD)."""
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"


def start_cluster(tls: tuple[bytes, bytes] | None = None) -> Cluster:
    bindir = find_bindir()
    root = Path(tempfile.mkdtemp(prefix="ajo-pg-"))
    cluster = Cluster(bindir=bindir, root=root, tls=tls)
    try:
        cluster.start()
    except BaseException:
        cluster.stop()
        raise
    return cluster


def kept_cluster(root: Path) -> Cluster:
    """A cluster kept in `root` between runs (benchmarks): made once, started each time.

    Its passwords are kept beside it (``root/cluster.json``, readable by root only); stop it
    with ``pause()`` so the data stays."""
    import json

    bindir = find_bindir()
    secrets_file = root / "cluster.json"
    if secrets_file.exists():
        saved = json.loads(secrets_file.read_text(encoding="utf-8"))
        cluster = Cluster(bindir=bindir, root=root, port=free_port(), **saved)
        if os.geteuid() == 0:
            cluster._as_user = ["runuser", "-u", _UNPRIVILEGED, "--"]
        cluster.resume()
        return cluster
    if root.exists():
        shutil.rmtree(root)  # a half-made cluster from an interrupted first run
    root.mkdir(parents=True)
    cluster = Cluster(bindir=bindir, root=root)
    cluster.start()
    secrets_file.touch(mode=0o600)
    secrets_file.write_text(
        json.dumps(
            {
                "superuser_password": cluster.superuser_password,
                "owner_password": cluster.owner_password,
            }
        ),
        encoding="utf-8",
    )
    return cluster
