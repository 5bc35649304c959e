"""The snapshot of an office-server vault for a backup: a local SQLCipher file under ``K_db``.

Every row is read in one REPEATABLE READ, read-only transaction (one consistent moment, even
while other PCs keep saving) and written into a new file with the same schema, so the backup
has the same ``.ajobackup`` format as a local vault's and restores as a local vault. The rows
are copied as stored: personal fields stay sealed, the audit chain keeps its MACs.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from ajo_cases.services.backup.snapshot import BackupFailed
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage import migrate, slot_registry_repo, table_copy
from ajo_cases.storage.engine import make_engine
from ajo_cases.vault import slot_registry
from ajo_cases.vault.sqlcipher import connect


def snapshot_server(vault: OpenVault, target: Path) -> dict[str, int]:
    """Write the server vault's rows into a new local database file at ``target``.

    The key slots the backup carries are the signed-in account's own (row-level security
    shows a login no other; the recovery slot only to the owner): the copy's list of accepted
    slots holds exactly those, so the backup restores and opens with them."""
    local = make_engine(target, vault.keys.k_db, create=True)
    try:
        migrate.upgrade(local)
        with (
            vault.engine.connect().execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            ) as source,
            source.begin(),
        ):
            revision = source.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if revision != migrate.head_revision():
                raise BackupFailed(
                    "the office server's database has another schema version than this "
                    "program; update AJO Cases on this PC, then back up again"
                )
            with local.begin() as dest:
                counts = table_copy.copy_rows(source, dest, skip_meta=table_copy.SERVER_ONLY_META)
                with Session(bind=dest) as session:
                    entries = slot_registry.entries(vault.slot_file.slots)
                    slot_registry_repo.replace_all(session, entries)
                    session.flush()
    finally:
        local.dispose()
    raw = connect(target, vault.keys.k_db)
    try:
        raw.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no WAL
    finally:
        raw.close()
    return counts
