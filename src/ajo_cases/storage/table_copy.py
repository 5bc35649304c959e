"""Copying every row of the vault's tables from one database to another, either way between
the local SQLCipher file and the office server (PostgreSQL).

Rows travel as they are stored: personal fields stay sealed under ``K_pii``, audit entries keep
their sequence numbers and MACs, so the copy's chain verifies under the same audit key. Both
connections are the caller's, inside the caller's transactions: a snapshot read in one
REPEATABLE READ transaction, a copy written in one transaction that commits whole or not at all.
"""

from __future__ import annotations

from sqlalchemy import Connection, Integer, Table, insert, select, text

from ajo_cases.storage import server_identity
from ajo_cases.storage.models import Base

# The office server's own: the change feed (filled by its triggers; a local vault keeps it
# empty) is never copied. The accounts, slots and identity settings (role prefix, prelogin
# secret: server_identity.IDENTITY_TABLES) are no model tables, so no copy reads them; their
# keys are skipped in vault_meta too, as is the slot file an earlier server version kept there.
SERVER_ONLY_TABLES = frozenset({"change_feed"})
# The statistics' compact facts are derived from the other tables: never copied. The target's
# triggers mark every person copied, so its first statistics computation makes them afresh.
DERIVED_TABLES = frozenset({"stats_mark", "stats_code", "stats_case", "stats_service",
                            "stats_referral"})  # fmt: skip
SERVER_ONLY_META = frozenset({server_identity.PREFIX_KEY, server_identity.SECRET_KEY, "keyslots"})
_BATCH = 2000


def tables() -> list[Table]:
    """The model tables, parents before children (foreign keys hold at every insert)."""
    return list(Base.metadata.sorted_tables)


def copy_rows(
    source: Connection, target: Connection, *, skip_meta: frozenset[str] = frozenset()
) -> dict[str, int]:
    """Insert every row of ``source`` into the empty tables of ``target``; returns the counts."""
    counts: dict[str, int] = {}
    for table in tables():
        if table.name in SERVER_ONLY_TABLES or table.name in DERIVED_TABLES:
            counts[table.name] = 0
            continue
        query = select(table)
        if table.name == "vault_meta" and skip_meta:
            query = query.where(table.c.key.not_in(sorted(skip_meta)))
        primary = list(table.primary_key.columns)
        if primary:
            query = query.order_by(*primary)
        result = source.execution_options(stream_results=True, yield_per=_BATCH).execute(query)
        count = 0
        for chunk in result.partitions(_BATCH):
            target.execute(insert(table), [dict(row._mapping) for row in chunk])
            count += len(chunk)
        counts[table.name] = count
    if target.dialect.name == "postgresql":
        _reset_sequences(target)
    return counts


def _reset_sequences(conn: Connection) -> None:
    """Serial keys continue after the copied rows (PostgreSQL does not move them on insert)."""
    for table in tables():
        primary = list(table.primary_key.columns)
        if len(primary) != 1 or not isinstance(primary[0].type, Integer):
            continue
        if primary[0].autoincrement is False:
            continue
        column, name = primary[0].name, table.name  # model names, not input
        highest = f'SELECT max("{column}") FROM "{name}"'  # noqa: S608
        statement = (
            f"SELECT setval(pg_get_serial_sequence(:t, :c), COALESCE(({highest}), 0) + 1, false)"
        )
        conn.execute(text(statement), {"t": name, "c": column})
