"""Password policy: length only, no composition rules, no common passwords.

Problems are returned as codes with parameters rather than raised, so the UI can show all
of them at once while the person types.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib import resources
from typing import Final

from ajo_cases.domain.errors import Problem

MIN_LENGTH: Final = 12
RECOMMENDED_LENGTH: Final = 15
MAX_LENGTH: Final = 128
# A one- or two-letter user name would match inside almost any password.
MIN_USER_NAME_TO_CHECK: Final = 3


def normalise_password(password: str) -> str:
    """NFC, so the same password typed on different keyboards gives the same bytes."""
    return unicodedata.normalize("NFC", password)


@cache
def common_passwords() -> frozenset[str]:
    """The bundled list (English and Russian, casefolded), read once."""
    text = resources.files("ajo_cases.domain").joinpath("common_passwords.txt").read_text("utf-8")
    return frozenset(
        normalise_password(line.strip()).casefold() for line in text.splitlines() if line.strip()
    )


def is_common_password(password: str) -> bool:
    return normalise_password(password).casefold() in common_passwords()


def check_password(password: str, user_name: str = "") -> list[Problem]:
    """Every problem with the password; an empty list means it is acceptable.

    Length counts code points after NFC normalisation.
    """
    normalised = normalise_password(password)
    length = len(normalised)
    problems: list[Problem] = []
    if length < MIN_LENGTH:
        problems.append(
            Problem("password.too_short", {"min": str(MIN_LENGTH), "length": str(length)})
        )
    if length > MAX_LENGTH:
        problems.append(
            Problem("password.too_long", {"max": str(MAX_LENGTH), "length": str(length)})
        )
    folded = normalised.casefold()
    if folded in common_passwords():
        problems.append(Problem("password.common"))
    name = normalise_password(user_name).strip().casefold()
    if len(name) >= MIN_USER_NAME_TO_CHECK and name in folded:
        problems.append(Problem("password.contains_user_name"))
    return problems
