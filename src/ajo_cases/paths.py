"""Where the vault lives: --data-dir, then AJO_CASES_DATA_DIR, then the platform default."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from ajo_cases import APP_AUTHOR, APP_NAME

DATA_DIR_ENV = "AJO_CASES_DATA_DIR"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def config_dir() -> Path:
    """Settings and window state: never personal data."""
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
