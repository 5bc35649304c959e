"""Password-based key derivation with per-slot parameters.

Production uses Argon2id (about 64 MiB, 3 passes, 4 lanes). Tests switch to cheap
parameters through ``use_weak_test_parameters()`` or ``AJO_CASES_TEST_WEAK_KDF=1``; slots made
that way are upgraded at the next login without the switch, because the stored parameters are
below policy.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

ARGON2ID = "argon2id"
HKDF_SHA256 = "hkdf-sha256"  # only for high-entropy secrets such as the recovery code

PRODUCTION_MEMORY_KIB = 64 * 1024
PRODUCTION_ITERATIONS = 3
PRODUCTION_LANES = 4
SALT_BYTES = 16

_TEST_MEMORY_KIB = 64
_TEST_ITERATIONS = 1
_TEST_LANES = 1
_TEST_ENV = "AJO_CASES_TEST_WEAK_KDF"

_weak_for_tests = False


def use_weak_test_parameters(enabled: bool = True) -> None:
    """Test-only switch: cheap Argon2id so the suite stays fast."""
    global _weak_for_tests
    _weak_for_tests = enabled


def _weak() -> bool:
    return _weak_for_tests or os.environ.get(_TEST_ENV) == "1"


@dataclass(frozen=True, slots=True)
class KdfParams:
    algorithm: str
    salt: bytes
    memory_kib: int = 0
    iterations: int = 0
    lanes: int = 0

    def to_json(self) -> dict[str, object]:
        return {
            "algorithm": self.algorithm,
            "salt": self.salt.hex(),
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }

    @classmethod
    def from_json(cls, data: object) -> KdfParams:
        if not isinstance(data, dict):
            raise ValueError("kdf parameters are not an object")
        algorithm = data.get("algorithm")
        salt = bytes.fromhex(str(data.get("salt", "")))
        memory, iterations, lanes = (data.get(k) for k in ("memory_kib", "iterations", "lanes"))
        if algorithm not in (ARGON2ID, HKDF_SHA256) or len(salt) != SALT_BYTES:
            raise ValueError("unknown kdf algorithm or bad salt")
        if not all(
            isinstance(v, int) and not isinstance(v, bool) for v in (memory, iterations, lanes)
        ):
            raise ValueError("kdf numbers are not integers")
        params = cls(algorithm, salt, int(memory), int(iterations), int(lanes))  # type: ignore[arg-type]
        if algorithm == ARGON2ID:
            _check_argon2_bounds(params)
        return params


def _check_argon2_bounds(params: KdfParams) -> None:
    # Bounds keep an edited file from making unlock hang or exhaust memory.
    if not (1 <= params.lanes <= 64 and 1 <= params.iterations <= 64):
        raise ValueError("argon2 iterations or lanes out of range")
    if not (8 * params.lanes <= params.memory_kib <= 4 * 1024 * 1024):
        raise ValueError("argon2 memory out of range")


def policy() -> tuple[int, int, int]:
    """(memory KiB, iterations, lanes) that new and upgraded slots get."""
    if _weak():
        return _TEST_MEMORY_KIB, _TEST_ITERATIONS, _TEST_LANES
    return PRODUCTION_MEMORY_KIB, PRODUCTION_ITERATIONS, PRODUCTION_LANES


def new_password_params() -> KdfParams:
    memory, iterations, lanes = policy()
    return KdfParams(ARGON2ID, secrets.token_bytes(SALT_BYTES), memory, iterations, lanes)


def new_recovery_params() -> KdfParams:
    return KdfParams(HKDF_SHA256, secrets.token_bytes(SALT_BYTES))


def below_policy(params: KdfParams) -> bool:
    if params.algorithm != ARGON2ID:
        return False
    memory, iterations, lanes = policy()
    return params.memory_kib < memory or params.iterations < iterations or params.lanes < lanes


def derive_kek(secret: bytes, params: KdfParams) -> bytes:
    """A 256-bit key-encryption key from a password (Argon2id) or recovery code (HKDF)."""
    if params.algorithm == ARGON2ID:
        _check_argon2_bounds(params)
        kdf = Argon2id(
            salt=params.salt,
            length=32,
            iterations=params.iterations,
            lanes=params.lanes,
            memory_cost=params.memory_kib,
        )
        return kdf.derive(secret)
    if params.algorithm == HKDF_SHA256:
        hkdf = HKDF(hashes.SHA256(), 32, params.salt, b"ajo-cases recovery kek v1")
        return hkdf.derive(secret)
    raise ValueError(f"unknown kdf {params.algorithm}")
