"""Test logins on the office server: a login role created by the cluster's superuser and put in
the vault's groups (storage/server_grants.py), and a PC folder whose profile connects as it."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from ajo_cases.storage import server_grants
from ajo_cases.vault import server_profile
from tests.pg_cluster import Cluster

# the groups an account of each role belongs to (docs/server.md, privileges)
ROLE_GROUPS = {
    "admin": ("staff", "pii", "admin"),
    "case_worker": ("staff", "pii"),
    "shelter_staff": ("staff", "pii"),
    "manager": ("staff", "manager"),
}


@dataclass(frozen=True)
class Login:
    name: str
    password: str
    url: str  # postgresql://name@host:port/db, no password

    def engine(self) -> Engine:
        address = make_url(self.url).set(drivername="postgresql+psycopg", password=self.password)
        return create_engine(address, poolclass=NullPool)


def make_login(cluster: Cluster, url: str, groups: tuple[str, ...]) -> Login:
    database = make_url(url).database or ""
    name = f"{database}_u_{secrets.token_hex(6)}"
    password = secrets.token_urlsafe(18)
    members = ", ".join(f'"{server_grants.group(database, g)}"' for g in groups)
    in_groups = f" IN ROLE {members}" if members else ""
    cluster.sql(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}'{in_groups}")
    return Login(name, password, str(make_url(url).set(username=name)))


def pc_as(folder: Path, target: Path, login: Login) -> Path:
    """A copy of a PC's folder whose profile connects as ``login``."""
    shutil.copytree(folder, target)
    (target / "vault.lock").unlink(missing_ok=True)
    profile = server_profile.load(target)
    server_profile.save(target, replace(profile, url=login.url))
    return target


@contextlib.contextmanager
def password_of(login: Login) -> Iterator[None]:
    """libpq reads the password from PGPASSWORD (the owner's during the test session)."""
    previous = os.environ.get("PGPASSWORD")
    os.environ["PGPASSWORD"] = login.password
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("PGPASSWORD", None)
        else:
            os.environ["PGPASSWORD"] = previous
