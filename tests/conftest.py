"""Shared fixtures: cheap KDF for tests only, and a template vault copied per test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ajo_cases.vault import kdf

kdf.use_weak_test_parameters()

from tests.pg_cluster import Cluster, ClusterUnavailable, start_cluster  # noqa: E402
from tests.support import ADMIN, ADMIN_PASSWORD  # noqa: E402


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
def vault_dir(template_vault: tuple[Path, str], tmp_path: Path) -> Path:
    target = tmp_path / "vault"
    shutil.copytree(template_vault[0], target)
    return target


@pytest.fixture
def recovery_code(template_vault: tuple[Path, str]) -> str:
    return template_vault[1]


@pytest.fixture
def admin_vault(vault_dir: Path) -> Iterator[object]:
    from ajo_cases.services.access.opening import open_vault

    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    yield vault
    vault.close()
