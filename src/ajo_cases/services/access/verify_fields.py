"""`verify --full`: every sealed field authenticates under the row it sits in.

Each ``*_enc`` column is AES-GCM with ``table|column|row id`` as associated data, so a
ciphertext copied into another row or column fails here, as does one damaged on disk. Each
value is opened with the key its key id names (vault/fieldcipher.py): a value naming a key this
account does not hold fails; values still under a previous key (an online rotation not finished)
are counted. The check needs the personal-data key: a manager's verify says it was not run.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Table, select
from sqlalchemy.exc import DBAPIError

from ajo_cases.errors import IntegrityFailure, VaultDamaged
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage.models import Base
from ajo_cases.vault.fieldcipher import sealed_key_id

NAME = "sealed_fields"
_BATCH = 2000
_SHOWN = 5


def sealed_tables() -> Iterator[tuple[Table, list[str]]]:
    for table in Base.metadata.sorted_tables:
        columns = [c.name for c in table.columns if c.name.endswith("_enc")]
        if columns:
            yield table, columns


def check_sealed_fields(vault: OpenVault) -> tuple[bool, str]:
    """(ok, detail): every sealed field decrypts under its own row; detail names the failures
    by table, column and row id (never a value)."""
    if not vault.may_read_personal:
        return True, "not checked: this account holds no personal-data key"
    try:
        return _check(vault)
    except VaultDamaged:  # a page that fails its HMAC: the cipher check names it already
        return False, "not finished: the database is damaged"
    except DBAPIError as exc:
        return False, f"not finished: {type(exc.orig).__name__}"


def _check(vault: OpenVault) -> tuple[bool, str]:
    failures: list[str] = []
    fields = older = 0
    cipher = vault.cipher
    current = cipher.current_key_id
    with vault.engine.connect() as conn:
        for table, columns in sealed_tables():
            query = select(table.c.id, *(table.c[name] for name in columns))
            for row in conn.execute(query.execution_options(yield_per=_BATCH)):
                row_id = row[0]
                for name, blob in zip(columns, row[1:], strict=True):
                    if blob is None:
                        continue
                    fields += 1
                    kid = sealed_key_id(blob)  # None: sealed before key ids, the first key
                    older += kid is not None and kid != current
                    try:
                        cipher.decrypt_bytes(table.name, name, row_id, blob)
                    except IntegrityFailure:
                        failures.append(f"{table.name}.{name} row {row_id}")
    if failures:
        more = f" and {len(failures) - _SHOWN} more" if len(failures) > _SHOWN else ""
        return False, f"{len(failures)} failed: " + "; ".join(failures[:_SHOWN]) + more
    if older:
        return True, f"{fields} fields, {older} still under the previous key (run rotate-keys)"
    return True, f"{fields} fields"
