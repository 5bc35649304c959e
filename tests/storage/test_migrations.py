"""The migrations build exactly the schema the models describe."""

import secrets

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from ajo_cases.storage import migrate
from ajo_cases.storage.engine import make_engine
from ajo_cases.storage.models import Base


def test_migrations_match_models(tmp_path):
    engine = make_engine(tmp_path / "m.db", secrets.token_bytes(32), create=True)
    try:
        assert migrate.upgrade(engine)
        assert not migrate.upgrade(engine)  # idempotent: nothing left to run
        assert migrate.current_revision(engine) == migrate.head_revision()
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
    finally:
        engine.dispose()


def test_head_read_from_the_files_is_alembics_head():
    assert migrate.head_from_files() == migrate.head_revision()


def test_revisions_read_from_the_files_are_alembics():
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate._config())
    assert migrate.known_revisions() == {rev.revision for rev in scripts.walk_revisions()}


def test_an_older_schema_is_still_upgraded(tmp_path):
    from alembic import command

    engine = make_engine(tmp_path / "m.db", secrets.token_bytes(32), create=True)
    try:
        migrate.upgrade(engine)
        cfg = migrate._config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "-1")
        assert migrate.current_revision(engine) != migrate.head_revision()
        seen: list[str] = []
        assert migrate.upgrade(engine, seen.append)  # the quick check does not skip it
        assert seen and migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()
