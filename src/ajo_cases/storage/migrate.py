"""Schema upgrades at unlock: refuse a newer database, back up before changing an older one."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, exc

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


_REVISION = re.compile(r'^revision = "([^"]+)"$', re.MULTILINE)
_DOWN = re.compile(r'^down_revision = (None|"([^"]+)")$', re.MULTILINE)


def head_from_files() -> str | None:
    """The head revision read from the migration files as text, without importing Alembic
    (0.7 s at every unlock); None when the files are not a plain chain (Alembic decides)."""
    revisions, parents = set(), set()
    for script in (_SCRIPTS / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN.search(text)
        if revision is None:
            continue
        if down is None:
            return None
        revisions.add(revision[1])
        if down[2]:
            parents.add(down[2])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def known_revisions() -> set[str]:
    """Every revision this program knows, read from the migration files as text (importing
    Alembic costs most of a second, e.g. at the first restore)."""
    found = set()
    for script in (_SCRIPTS / "versions").glob("*.py"):
        revision = _REVISION.search(script.read_text(encoding="utf-8"))
        if revision is not None:
            found.add(revision[1])
    return found


def _recorded_revision(engine: Engine) -> str | None:
    """The revision stored in the database, read with plain SQL."""
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    except (exc.OperationalError, exc.ProgrammingError):  # no such table: a new database
        return None  # (SQLite says OperationalError, PostgreSQL ProgrammingError)
    return rows[0][0] if len(rows) == 1 else None


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, backup: Callable[[str], None] | None = None) -> bool:
    """Bring the schema to head. Returns True when anything ran.

    ``backup(current_revision)`` is called first when an existing schema is about to change.
    """
    recorded = _recorded_revision(engine)
    if recorded is not None and recorded == head_from_files():
        return False  # the usual unlock: already at head, Alembic not even imported
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


def upgrade_connection(conn: Connection) -> None:
    """Build the schema on ``conn`` inside the caller's transaction (commits with it or not)."""
    from alembic import command

    cfg = _config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")
