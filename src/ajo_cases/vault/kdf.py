"""Password-based key derivation with per-slot parameters.

Production uses Argon2id (about 64 MiB, 3 passes, 4 lanes). Only code can lower the cost: the
test suite (and the benchmarks) call ``use_weak_test_parameters()``; nothing in the environment
does. Sealing and unlocking both refuse parameters outside the policy's bounds: below its
floor (a slot sealed cheaply) or above a sane ceiling (an edited slot asking for gigabytes and
dozens of passes would hang the unlock or exhaust memory).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ajo_cases.domain.passwords import normalise_password
from ajo_cases.errors import KeySlotRefused

ARGON2ID = "argon2id"
HKDF_SHA256 = "hkdf-sha256"  # only for high-entropy secrets such as the recovery code

PRODUCTION_MEMORY_KIB = 64 * 1024
PRODUCTION_ITERATIONS = 3
PRODUCTION_LANES = 4
SALT_BYTES = 16

_TEST_MEMORY_KIB = 64
_TEST_ITERATIONS = 1
_TEST_LANES = 1
# The least a production slot may have (OWASP's Argon2id minimum); slots between the floor and
# the policy open and are resealed at the policy; slots below it are refused.
FLOOR_MEMORY_KIB = 19 * 1024
FLOOR_ITERATIONS = 2
FLOOR_LANES = 1
# The most any slot may ask for: beyond this an unlock would take minutes or run out of memory.
MAX_MEMORY_KIB = 256 * 1024
MAX_ITERATIONS = 10
MAX_LANES = 16
MAX_MEMORY_PASSES_KIB = 1024 * 1024  # memory x passes: 1 GiB worth of passes

_weak_for_tests = False


def use_weak_test_parameters(enabled: bool = True) -> None:
    """For the test suite and benchmarks only: cheap Argon2id so they stay fast.

    A code-level switch on purpose: the installed program has no way to reach it.
    """
    global _weak_for_tests
    _weak_for_tests = enabled


def _weak() -> bool:
    return _weak_for_tests


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
        if algorithm == ARGON2ID and min(params.memory_kib, params.iterations, params.lanes) < 1:
            raise ValueError("argon2 numbers must be positive")
        return params


def floor() -> tuple[int, int, int]:
    """(memory KiB, iterations, lanes): the least a slot may have to be sealed or opened."""
    if _weak():
        return _TEST_MEMORY_KIB, _TEST_ITERATIONS, _TEST_LANES
    return FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, FLOOR_LANES


def check_allowed(params: KdfParams) -> None:
    """Raise KeySlotRefused when Argon2id parameters are outside the floor and the ceiling."""
    if params.algorithm != ARGON2ID:
        return
    memory, iterations, lanes = params.memory_kib, params.iterations, params.lanes
    least_memory, least_iterations, least_lanes = floor()
    if memory < least_memory or iterations < least_iterations or lanes < least_lanes:
        raise KeySlotRefused(
            f"a key slot is protected more weakly than this program allows ({memory} KiB, "
            f"{iterations} passes, {lanes} lanes; at least {least_memory} KiB, "
            f"{least_iterations} passes, {least_lanes} lane); restore the key file from a "
            "backup or unlock with the recovery code"
        )
    too_much = (
        memory > MAX_MEMORY_KIB
        or iterations > MAX_ITERATIONS
        or lanes > MAX_LANES
        or memory * iterations > MAX_MEMORY_PASSES_KIB
        or memory < 8 * lanes  # Argon2 itself needs 8 KiB per lane
    )
    if too_much:
        raise KeySlotRefused(
            f"a key slot asks for more work than this program allows ({memory} KiB, "
            f"{iterations} passes, {lanes} lanes; at most {MAX_MEMORY_KIB} KiB, "
            f"{MAX_ITERATIONS} passes, {MAX_LANES} lanes); the key file was probably edited: "
            "restore it from a backup"
        )


def policy() -> tuple[int, int, int]:
    """(memory KiB, iterations, lanes) that new and upgraded slots get."""
    if _weak():
        return _TEST_MEMORY_KIB, _TEST_ITERATIONS, _TEST_LANES
    return PRODUCTION_MEMORY_KIB, PRODUCTION_ITERATIONS, PRODUCTION_LANES


def new_password_params() -> KdfParams:
    memory, iterations, lanes = policy()
    params = KdfParams(ARGON2ID, secrets.token_bytes(SALT_BYTES), memory, iterations, lanes)
    check_allowed(params)
    return params


def new_recovery_params() -> KdfParams:
    return KdfParams(HKDF_SHA256, secrets.token_bytes(SALT_BYTES))


def below_policy(params: KdfParams) -> bool:
    if params.algorithm != ARGON2ID:
        return False
    memory, iterations, lanes = policy()
    return params.memory_kib < memory or params.iterations < iterations or params.lanes < lanes


def password_bytes(password: str) -> bytes:
    """What a password derives from: NFC first, wherever it was typed (unlock, change,
    restore, rotation, prompts), so ``ҷ`` typed as ``ч`` + a combining mark opens the vault."""
    return normalise_password(password).encode("utf-8")


def derive_kek(secret: bytes, params: KdfParams) -> bytes:
    """A 256-bit key-encryption key from a password (Argon2id) or recovery code (HKDF).

    Used both to seal and to open a slot, so both refuse parameters outside the bounds.
    """
    if params.algorithm == ARGON2ID:
        check_allowed(params)
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
