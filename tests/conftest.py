"""Shared fixtures: cheap KDF for tests only, and a template vault copied per test."""

from __future__ import annotations

import gc
import os
import secrets
import shutil
import warnings
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ajo_cases.vault import kdf

kdf.use_weak_test_parameters()

from tests.pg_cluster import OWNER, Cluster, ClusterUnavailable, start_cluster  # noqa: E402
from tests.server_clone import drop_roles, rehome  # noqa: E402
from tests.support import ADMIN, ADMIN_PASSWORD  # noqa: E402

SERVER_TEMPLATE_DB = "ajo_template"


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """A real PostgreSQL for the session; its owner's password is in PGPASSWORD meanwhile.

    Missing PostgreSQL skips the tests that need it on a developer's PC, never in CI."""
    try:
        cluster = start_cluster()
    except ClusterUnavailable as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI needs PostgreSQL: {exc}")
        pytest.skip(str(exc))
    previous = os.environ.get("PGPASSWORD")
    os.environ["PGPASSWORD"] = cluster.owner_password
    try:
        yield cluster
    finally:
        if previous is None:
            os.environ.pop("PGPASSWORD", None)
        else:
            os.environ["PGPASSWORD"] = previous
        cluster.stop()


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One vault built per session (admin only); returns its folder and recovery code."""
    from ajo_cases.services.access.opening import create_vault

    folder = tmp_path_factory.mktemp("template") / "vault"
    vault, code = create_vault(folder, ADMIN, ADMIN_PASSWORD)
    vault.close()
    (folder / "vault.lock").unlink(missing_ok=True)
    return folder, code


@pytest.fixture
def backend() -> str:
    """Where the vault lives: "local" (SQLCipher file); tests/services also run on "server"."""
    return "local"


@pytest.fixture(scope="session")
def server_template(
    pg_cluster: Cluster, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, str]:
    """One office-server vault built per session in a template database (admin only)."""
    from ajo_cases.services.access.server_vault import create_server_vault

    pg_cluster.sql(f"CREATE DATABASE {SERVER_TEMPLATE_DB} OWNER {OWNER}")
    folder = tmp_path_factory.mktemp("server-template") / "vault"
    vault, code = create_server_vault(
        folder, pg_cluster.url(SERVER_TEMPLATE_DB), ADMIN, ADMIN_PASSWORD
    )
    vault.close()
    (folder / "vault.lock").unlink(missing_ok=True)
    return folder, code


def _server_copy(request: pytest.FixtureRequest, target: Path) -> Iterator[Path]:
    """A fresh database cloned from the template and a PC folder whose profile points at it."""
    from ajo_cases.vault import server_profile

    cluster: Cluster = request.getfixturevalue("pg_cluster")
    folder, _code = request.getfixturevalue("server_template")
    database = f"t_{secrets.token_hex(6)}"
    cluster.sql(f"CREATE DATABASE {database} TEMPLATE {SERVER_TEMPLATE_DB} OWNER {OWNER}")
    try:
        login, password = rehome(cluster, database)
        shutil.copytree(folder, target)
        profile = server_profile.load(target)
        server_profile.save(
            target,
            replace(
                profile, url=cluster.url(database), prelogin_user=login, prelogin_password=password
            ),
        )
        yield target
    finally:
        # a vault a test left open: its pooled connections go quietly, then the database
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            gc.collect()
        cluster.sql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        drop_roles(cluster, database)


@pytest.fixture
def vault_dir(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    target = tmp_path / "vault"
    if backend == "server":
        yield from _server_copy(request, target)
        return
    template: tuple[Path, str] = request.getfixturevalue("template_vault")
    shutil.copytree(template[0], target)
    yield target


@pytest.fixture
def recovery_code(backend: str, request: pytest.FixtureRequest) -> str:
    name = "server_template" if backend == "server" else "template_vault"
    template: tuple[Path, str] = request.getfixturevalue(name)
    return template[1]


@pytest.fixture
def admin_vault(vault_dir: Path) -> Iterator[object]:
    from ajo_cases.services.access.opening import open_vault

    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    yield vault
    vault.close()
