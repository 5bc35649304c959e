"""Applying the password policy and the rules for account names."""

from __future__ import annotations

import unicodedata

from ajo_cases.domain import passwords as policy
from ajo_cases.errors import InvalidInput, PasswordRejected

MAX_USER_NAME = 64


def validate_user_name(name: str) -> str:
    cleaned = " ".join(unicodedata.normalize("NFC", name).split())
    if not cleaned or len(cleaned) > MAX_USER_NAME or not all(ch.isprintable() for ch in cleaned):
        raise InvalidInput("an account name must be 1 to 64 printable characters")
    return cleaned


def require_acceptable_password(password: str, user_name: str) -> str:
    """The normalised password, or PasswordRejected listing every problem code."""
    problems = policy.check_password(password, user_name)
    if problems:
        codes = [problem.code for problem in problems]
        raise PasswordRejected(
            "the password is not acceptable: " + "; ".join(problem.message for problem in problems),
            codes,
        )
    return policy.normalise_password(password)


def normalise(password: str) -> str:
    return policy.normalise_password(password)
