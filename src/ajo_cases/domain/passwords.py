"""Password policy: length, no composition rules, no common or published passwords, and
enough variety that a guesser does not find it early (zxcvbn's estimate).

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
# Fewer different characters than this is a pattern, not a password (twelve dots, abcabc…).
MIN_DISTINCT_CHARACTERS: Final = 5
# zxcvbn's score 3 is "safely unguessable": about 10^8 guesses or more, which against Argon2id
# at 64 MiB is years of one computer's time. Scores 0-2 fall to an offline attack on a stolen
# key file.
MIN_STRENGTH_SCORE: Final = 3
# The demo vault's password is printed in the README and on the demo's unlock window: anyone
# knows it, so no real account may have it (the demo vault is made without the policy).
DEMO_PASSWORD: Final = "sughd-practice-2026"  # noqa: S105 (published on purpose)


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
    if folded == DEMO_PASSWORD:
        problems.append(Problem("password.published"))
    elif folded in common_passwords():
        problems.append(Problem("password.common"))
    name = normalise_password(user_name).strip().casefold()
    if len(name) >= MIN_USER_NAME_TO_CHECK and name in folded:
        problems.append(Problem("password.contains_user_name"))
    if problems or length > MAX_LENGTH:
        return problems
    if len(set(folded)) < MIN_DISTINCT_CHARACTERS:
        problems.append(Problem("password.little_variety", {"min": str(MIN_DISTINCT_CHARACTERS)}))
    elif length >= MIN_LENGTH and _guessable(normalised, name):
        problems.append(Problem("password.guessable"))
    return problems


def _guessable(password: str, user_name: str) -> bool:
    """zxcvbn finds it early: keyboard walks, repeats, sequences, dates, dictionary words."""
    from zxcvbn import zxcvbn  # its word lists take a moment to load: not at start-up

    hints = [user_name] if user_name else []
    result = zxcvbn(password, user_inputs=hints, max_length=MAX_LENGTH)
    return int(result["score"]) < MIN_STRENGTH_SCORE
