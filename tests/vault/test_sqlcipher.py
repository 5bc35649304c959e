import secrets
import sqlite3

import pytest

from ajo_cases.errors import VaultDamaged, VaultMissingDatabase
from ajo_cases.vault.sqlcipher import connect, key_pragma


def test_key_must_be_32_bytes():
    with pytest.raises(ValueError):
        key_pragma(b"short")
    assert key_pragma(bytes(32)) == "PRAGMA key = \"x'" + "0" * 64 + "'\""


def test_plain_sqlite_cannot_read(tmp_path):
    path = tmp_path / "x.db"
    key = secrets.token_bytes(32)
    conn = connect(path, key, create=True)
    conn.execute("CREATE TABLE t (name TEXT)")
    conn.execute("INSERT INTO t VALUES ('Ҷамшед')")
    conn.commit()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # temporary tables in memory
    # off on purpose (vault/sqlcipher.py says why): ON made many reads several times slower
    assert conn.execute("PRAGMA cipher_memory_security").fetchone()[0] == "0"
    conn.close()
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()
    assert "Ҷамшед".encode() not in path.read_bytes()


def test_wrong_key_is_damaged_not_recreated(tmp_path):
    path = tmp_path / "x.db"
    conn = connect(path, secrets.token_bytes(32), create=True)
    conn.execute("CREATE TABLE t (a)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(VaultDamaged):
        connect(path, secrets.token_bytes(32))
    assert path.read_bytes() == before


def test_missing_or_empty_file_is_an_error(tmp_path):
    with pytest.raises(VaultMissingDatabase):
        connect(tmp_path / "none.db", bytes(32))
    assert not (tmp_path / "none.db").exists()
    (tmp_path / "empty.db").write_bytes(b"")
    with pytest.raises(VaultMissingDatabase):
        connect(tmp_path / "empty.db", bytes(32))
