"""The recovery code: 130 random bits, Crockford base32 in groups of five, with a checksum.

Shown once at vault creation; it unwraps a slot that holds every key, so a forgotten admin
password does not lose the organisation's records. The checksum catches typing mistakes
before any key derivation is tried.
"""

from __future__ import annotations

import hashlib
import secrets

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
_DATA_CHARS = 26  # 130 bits
_CHECK_CHARS = 4
_GROUP = 5
# Letters people confuse when copying by hand, and Cyrillic look-alikes from a Russian layout.
_CONFUSABLE = str.maketrans(
    {
        "I": "1",
        "L": "1",
        "O": "0",
        "U": "V",
        "А": "A",
        "В": "B",
        "Е": "E",
        "К": "K",
        "М": "M",
        "Н": "H",
        "О": "0",
        "Р": "P",
        "С": "C",
        "Т": "T",
        "Х": "X",
    }
)


class RecoveryCodeInvalid(ValueError):
    """The text is not a well-formed recovery code (wrong length, letter or checksum)."""


def _checksum(data: str) -> str:
    digest = int.from_bytes(hashlib.sha256(data.encode("ascii")).digest()[:4], "big")
    return "".join(_ALPHABET[(digest >> (5 * i)) & 31] for i in range(_CHECK_CHARS))


def generate() -> str:
    data = "".join(secrets.choice(_ALPHABET) for _ in range(_DATA_CHARS))
    return format_code(data + _checksum(data))


def format_code(compact: str) -> str:
    return "-".join(compact[i : i + _GROUP] for i in range(0, len(compact), _GROUP))


def normalise(text: str) -> str:
    """Canonical compact form; raises RecoveryCodeInvalid on a typo."""
    compact = "".join(ch for ch in text.upper().translate(_CONFUSABLE) if ch not in " -\t\n")
    if len(compact) != _DATA_CHARS + _CHECK_CHARS or any(ch not in _ALPHABET for ch in compact):
        raise RecoveryCodeInvalid("the recovery code has the wrong length or letters")
    data, check = compact[:_DATA_CHARS], compact[_DATA_CHARS:]
    if _checksum(data) != check:
        raise RecoveryCodeInvalid("the recovery code checksum does not match")
    return compact


def secret_bytes(text: str) -> bytes:
    """The bytes fed to the recovery slot's key derivation."""
    return normalise(text).encode("ascii")
