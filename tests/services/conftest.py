"""The services suite runs on both backends: the local SQLCipher vault and the office server.

A test that exercises the local file itself (damaged pages, the key file, SQLCipher's own
backup and rekey) is marked ``local_only`` and runs on the local vault alone."""

from __future__ import annotations

import pytest

BACKENDS = ("local", "server")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    local_only = metafunc.definition.get_closest_marker("local_only") is not None
    metafunc.parametrize("backend", ["local"] if local_only else list(BACKENDS))
