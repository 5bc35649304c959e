"""Office-server tests: each gets a fresh, empty database owned by the set-up owner."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import pytest

from tests.pg_cluster import OWNER, Cluster
from tests.server_clone import drop_roles


@pytest.fixture
def empty_database(pg_cluster: Cluster) -> Iterator[str]:
    """The URL (no password) of a new empty database."""
    name = f"e_{secrets.token_hex(6)}"
    pg_cluster.sql(f"CREATE DATABASE {name} OWNER {OWNER}")
    try:
        yield pg_cluster.url(name)
    finally:
        pg_cluster.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        drop_roles(pg_cluster, name)
