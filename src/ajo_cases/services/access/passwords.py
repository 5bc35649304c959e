"""Applying the password policy and the rules for account names."""

from __future__ import annotations

import unicodedata

from ajo_cases.domain import passwords as policy
from ajo_cases.errors import InvalidInput, PasswordRejected

MAX_USER_NAME = 64
_MESSAGES = {
    "password.too_short": "use at least {min} characters (a few words make a good password)",
    "password.too_long": "use at most {max} characters",
    "password.common": "it is on the list of commonly used passwords",
    "password.contains_user_name": "it must not contain the account name",
    "password.published": "it is the published demo password",
    "password.little_variety": "it repeats too few different characters (use at least {min})",
    "password.guessable": "it is too easy to guess (a pattern, a keyboard row, a date or a "
    "common word); a few unrelated words are better",
}


RESERVED_NAME = "recovery-code"  # how the audit log names whoever used the recovery code


def validate_user_name(name: str) -> str:
    cleaned = " ".join(unicodedata.normalize("NFC", name).split())
    if not cleaned or len(cleaned) > MAX_USER_NAME or not all(ch.isprintable() for ch in cleaned):
        raise InvalidInput("an account name must be 1 to 64 printable characters")
    if cleaned.casefold() == RESERVED_NAME:
        raise InvalidInput(f"the name {cleaned!r} is reserved", field="user_name_reserved")
    return cleaned


def require_acceptable_password(password: str, user_name: str) -> str:
    """The normalised password, or PasswordRejected listing every problem code."""
    problems = policy.check_password(password, user_name)
    if problems:
        reasons = [_MESSAGES.get(p.code, p.code).format(**p.params) for p in problems]
        raise PasswordRejected(
            "the password is not acceptable: " + "; ".join(reasons), [p.code for p in problems]
        )
    return policy.normalise_password(password)


def normalise(password: str) -> str:
    return policy.normalise_password(password)
