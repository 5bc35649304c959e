"""Every byte a holder of the database key could read from the vault folder.

SQLCipher 4 pages, as opened with a raw key: AES-256-CBC over the page but its reserved tail
(80 bytes: a 16-byte IV, then the HMAC); page 1 keeps its first 16 bytes (the salt) in the
clear. Write-ahead-log frames are a 24-byte header and one such page. Decrypting every page
and frame ourselves sees what no SQL query shows: free pages, the free space inside pages and
old page images in the log, where deleted data would linger.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt(key: bytes, page: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    body = page[start : PAGE - RESERVE]
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def database_pages(path: Path, key: bytes) -> list[bytes]:
    data = path.read_bytes()
    return [
        _decrypt(key, data[offset : offset + PAGE], offset == 0)
        for offset in range(0, len(data) - PAGE + 1, PAGE)
    ]


def wal_pages(path: Path, key: bytes) -> list[bytes]:
    if not path.exists():
        return []
    data = path.read_bytes()
    pages = []
    offset = WAL_HEADER
    while offset + FRAME_HEADER + PAGE <= len(data):
        number = int.from_bytes(data[offset : offset + 4], "big")
        page = data[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE]
        pages.append(_decrypt(key, page, number == 1))
        offset += FRAME_HEADER + PAGE
    return pages


def decrypted_vault_bytes(folder: Path, key: bytes) -> bytes:
    """cases.db and its write-ahead log, every page decrypted, as one byte string."""
    pages = database_pages(folder / "cases.db", key) + wal_pages(folder / "cases.db-wal", key)
    return b"".join(pages)


def spellings(text: str) -> list[bytes]:
    """The byte sequences a text may be stored as: UTF-8 and UTF-16 both ways."""
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]
