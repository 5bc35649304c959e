"""The test session's PostgreSQL is real, unprivileged and reachable only with a password."""

from __future__ import annotations

import os

import psycopg
import pytest

from tests.pg_cluster import OWNER, Cluster


def test_the_owner_reaches_a_real_server_with_a_password(pg_cluster: Cluster) -> None:
    with psycopg.connect(pg_cluster.url("postgres")) as conn:  # password from PGPASSWORD
        version = conn.execute("SHOW server_version_num").fetchone()
        role = conn.execute(
            "SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user"
        ).fetchone()
    assert version is not None and int(version[0]) >= 150000
    assert role == (False, True)  # the owner sets up roles but is no superuser


def test_a_wrong_password_is_refused(pg_cluster: Cluster, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSWORD", "not the password")
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(pg_cluster.url("postgres", OWNER)).close()


def test_the_server_does_not_run_as_root(pg_cluster: Cluster) -> None:
    pid_line = (pg_cluster.data / "postmaster.pid").read_text(encoding="utf-8").splitlines()[0]
    assert os.stat(f"/proc/{pid_line}").st_uid != 0


def test_missing_postgresql_is_named_not_hidden(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """Off CI the server tests skip with this reason; in CI the fixture fails with it."""
    from tests.pg_cluster import ClusterUnavailable, find_bindir

    monkeypatch.setenv("AJO_PG_BINDIR", str(tmp_path / "nowhere"))
    with pytest.raises(ClusterUnavailable, match="postgresql"):
        find_bindir()
