from __future__ import annotations

import unicodedata
from importlib import resources

import pytest

from ajo_cases.domain.errors import Problem
from ajo_cases.domain.passwords import (
    DEMO_PASSWORD,
    MAX_LENGTH,
    MIN_LENGTH,
    check_password,
    common_passwords,
    is_common_password,
    normalise_password,
)


def codes(password: str, user_name: str = "") -> list[str]:
    return [problem.code for problem in check_password(password, user_name)]


def test_good_passwords_pass() -> None:
    assert check_password("correct kettle river plum") == []
    assert check_password("кружка-гора-река-сливa") == []
    assert check_password("x" * 7 + "ёлка🙂ab") == []


def test_too_short_reports_minimum_and_length() -> None:
    assert check_password("short") == [Problem("password.too_short", {"min": "12", "length": "5"})]
    assert codes("") == ["password.too_short"]
    assert codes("kettle river") == []  # exactly twelve, varied


def test_too_long() -> None:
    assert codes(("kettle river plum " * 8)[:MAX_LENGTH]) == []
    problems = check_password("a" * MAX_LENGTH + "b")
    assert problems == [Problem("password.too_long", {"max": "128", "length": "129"})]


def test_length_counts_code_points_after_nfc() -> None:
    decomposed = "е\u0308" * 6  # ё as two code points, six times: 12 before NFC, 6 after
    assert len(decomposed) == 12
    assert codes(decomposed) == ["password.too_short"]
    composed_twelve = "ёлка-гора-рек"
    assert codes(composed_twelve) == []
    assert codes(unicodedata.normalize("NFD", composed_twelve)) == []


def test_no_composition_rules() -> None:
    assert codes("alllowercaseletters") == []
    assert codes("тольконашемязыке") == []


@pytest.mark.parametrize(
    "password",
    [
        "qwertyuiop123",
        "QWERTYUIOP123",
        "1q2w3e4r5t6y",
        "йцукенгшщзхъ",
        "ЙЦУКЕНГШЩЗХЪ",
        "qwerty123456",
        "password1234",
        "Password1234",
        "пароль123456",
        "gfhjkm123456",
        "iloveyou1234",
        "tajikistan2024",
        "dushanbe1234",
        "khujand12345",
        "111111111111",
        "123456789012",
        "welcome2025!",
    ],
)
def test_common_passwords_are_refused(password: str) -> None:
    assert "password.common" in codes(password)
    assert is_common_password(password)


def test_common_check_uses_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "йцукенгшщзхъ")
    assert decomposed != "йцукенгшщзхъ"
    assert is_common_password(decomposed)


def test_bundled_list() -> None:
    listed = common_passwords()
    assert len(listed) >= 400
    assert common_passwords() is listed  # read once
    text = resources.files("ajo_cases.domain").joinpath("common_passwords.txt").read_text("utf-8")
    lines = [line for line in text.splitlines() if line]
    assert lines == [line.strip() for line in lines]
    assert all(line == line.lower() for line in lines)
    assert all(len(line) >= MIN_LENGTH for line in lines)
    assert len(lines) == len(set(lines))
    assert any(not line.isascii() for line in lines)  # Russian entries too


def test_user_name_inside_password() -> None:
    assert codes("my name is Zarina-2026", "zarina") == ["password.contains_user_name"]
    assert codes("my name is zarina-2026", "ZARINA") == ["password.contains_user_name"]
    assert codes("перевал луна снег", "Луна") == ["password.contains_user_name"]
    # Very short account names would match almost anything.
    assert codes("correct kettle river plum", "ri") == []
    assert codes("correct kettle river plum", "") == []


def test_all_problems_reported_together() -> None:
    assert codes("admin", "admin") == ["password.too_short", "password.contains_user_name"]
    assert codes("administrator123", "administrator") == [
        "password.common",
        "password.contains_user_name",
    ]


def test_normalise_password() -> None:
    assert normalise_password("е\u0308лка") == "ёлка"
    assert normalise_password("  spaces kept  ") == "  spaces kept  "


@pytest.mark.parametrize(
    ("password", "code"),
    [
        (" " * 12, "password.little_variety"),
        ("abcabcabcabc", "password.little_variety"),
        ("." * 12, "password.little_variety"),
        ("ёёёёёёёёёёёё", "password.little_variety"),
        ("ababababababab", "password.little_variety"),
        ("asdfghjkl;zxcv", "password.guessable"),  # keyboard rows
        ("abcdefghijklmnop", "password.guessable"),  # a sequence
        ("0123456789ab", "password.guessable"),
        (DEMO_PASSWORD, "password.published"),
        (DEMO_PASSWORD.upper(), "password.published"),
    ],
)
def test_too_little_variety_or_entropy_is_refused(password: str, code: str) -> None:
    assert codes(password) == [code]


def test_variety_counts_after_nfc_and_case_folding() -> None:
    assert codes("XyXyXyxYxYxY") == ["password.little_variety"]
    assert codes(unicodedata.normalize("NFD", "ҷҷҷҷҷҷҷҷҷҷҷҷ")) == ["password.little_variety"]


def test_ordinary_passphrases_still_pass() -> None:
    for good in (
        "correct horse battery staple",
        "Ҷамшед қаноатзода хуҷанд",
        "кружка-гора-река-сливa",
        "tea at nine, rain later",
    ):
        assert codes(good) == [], good
