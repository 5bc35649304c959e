from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ajo_cases.domain.casecode import CaseCode, format_case_code, is_case_code, parse_case_code
from ajo_cases.domain.errors import RuleViolation


def test_format() -> None:
    assert format_case_code("SH", 2026, 42) == "SH-2026-0042"
    assert format_case_code("KH", 2026, 1) == "KH-2026-0001"
    assert format_case_code("SH", 2026, 123456) == "SH-2026-123456"


@pytest.mark.parametrize(
    ("prefix", "year", "sequence", "code"),
    [
        ("sh", 2026, 1, "case_code.bad_prefix"),
        ("", 2026, 1, "case_code.bad_prefix"),
        ("TOOLONG", 2026, 1, "case_code.bad_prefix"),
        ("S1", 2026, 1, "case_code.bad_prefix"),
        ("SH", 26, 1, "case_code.bad_year"),
        ("SH", 2026, 0, "case_code.bad_sequence"),
    ],
)
def test_format_refuses_bad_parts(prefix: str, year: int, sequence: int, code: str) -> None:
    with pytest.raises(RuleViolation) as caught:
        format_case_code(prefix, year, sequence)
    assert caught.value.code == code


@pytest.mark.parametrize(
    "text",
    [
        "SH-2026-0042",
        "sh-2026-0042",
        "  SH-2026-0042  ",
        "SH 2026 0042",
        "SH2026-0042",
        "SH20260042",
        "SH–2026–42",
        "SH/2026/042",
        "ЅН-2026-0042",  # Cyrillic Ѕ and Н
        "ѕн-2026-0042",
        "sh - 2026 - 0042",
    ],
)
def test_parse_is_tolerant(text: str) -> None:
    assert parse_case_code(text) == CaseCode("SH", 2026, 42)
    assert is_case_code(text)


def test_cyrillic_lookalikes() -> None:
    assert parse_case_code("АВ-2025-0007") == CaseCode("AB", 2025, 7)
    assert parse_case_code("КТ-2025-0007") == CaseCode("KT", 2025, 7)
    assert parse_case_code("МОР-2025-0007") == CaseCode("MOP", 2025, 7)
    assert parse_case_code("СХЕ-2025-0007") == CaseCode("CXE", 2025, 7)


@pytest.mark.parametrize(
    "text",
    ["", "Jamshed", "SH-26-0042", "SH-2026-0000", "SH-2026-", "2026-0042", "SH-2026-00a2",
     "Джамшед", "SH-2026-0042-1", "ABCDEF-2026-0001", "SH-1800-0001"],
)  # fmt: skip
def test_not_case_codes(text: str) -> None:
    assert parse_case_code(text) is None
    assert not is_case_code(text)


def test_str_round_trip() -> None:
    code = parse_case_code("sh 2026 42")
    assert code is not None
    assert str(code) == "SH-2026-0042"


@given(
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=5),
    st.integers(min_value=1900, max_value=2999),
    st.integers(min_value=1, max_value=10**9 - 1),
)
def test_format_then_parse(prefix: str, year: int, sequence: int) -> None:
    text = format_case_code(prefix, year, sequence)
    assert parse_case_code(text) == CaseCode(prefix, year, sequence)
    assert parse_case_code(text.lower()) == CaseCode(prefix, year, sequence)


@given(st.text())
def test_parse_never_raises(text: str) -> None:
    parse_case_code(text)
