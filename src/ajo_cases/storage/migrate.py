"""Schema upgrades at unlock: refuse a newer database, back up before changing an older one."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from ajo_cases.errors import DatabaseTooNew

if TYPE_CHECKING:  # Alembic is imported on first use: it is slow to import at start-up
    from alembic.config import Config

_LOG = logging.getLogger(__name__)
_SCRIPTS = Path(__file__).with_name("migrations")


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_SCRIPTS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, backup: Callable[[str], None] | None = None) -> bool:
    """Bring the schema to head. Returns True when anything ran.

    ``backup(current_revision)`` is called first when an existing schema is about to change.
    """
    from alembic import command
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(_config())
    current = current_revision(engine)
    if current == scripts.get_current_head():
        return False
    if current is not None:
        known = {rev.revision for rev in scripts.walk_revisions()}
        if current not in known:
            raise DatabaseTooNew(
                "this vault was written by a newer version of AJO Cases; install that version"
            )
        if backup is not None:
            backup(current)
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    _LOG.info("schema upgraded from %s to %s", current, scripts.get_current_head())
    return True
