"""Case codes such as SH-2026-0042: office/kind prefix, year, sequence (at least 4 digits).

Parsing is forgiving because codes are typed from paper: any case, spaces or other dashes,
and Cyrillic letters that look like Latin ones (a Russian keyboard layout left on).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from ajo_cases.domain.errors import RuleViolation

MIN_SEQUENCE_DIGITS: Final = 4
_PREFIX_RE: Final = re.compile(r"^[A-Z]{1,5}$")
_CODE_RE: Final = re.compile(r"^([A-Z]{1,5})\s*[-_/.–—]?\s*(\d{4})\s*[-_/.–—]?\s*(\d{1,9})$")

# Cyrillic (and a few other) capitals drawn like Latin ones.
_LOOKALIKES: Final = str.maketrans(
    {
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O",
        "Р": "P", "С": "C", "Т": "T", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J",
        "У": "Y", "Ү": "Y",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class CaseCode:
    prefix: str
    year: int
    sequence: int

    def __str__(self) -> str:
        return format_case_code(self.prefix, self.year, self.sequence)


def format_case_code(prefix: str, year: int, sequence: int) -> str:
    if not _PREFIX_RE.match(prefix):
        raise RuleViolation("case_code.bad_prefix", prefix=prefix)
    if not 1900 <= year <= 2999:
        raise RuleViolation("case_code.bad_year", year=year)
    if sequence < 1:
        raise RuleViolation("case_code.bad_sequence", sequence=sequence)
    return f"{prefix}-{year}-{sequence:0{MIN_SEQUENCE_DIGITS}d}"


def parse_case_code(text: str) -> CaseCode | None:
    """The code in `text`, or None when it is not a case code (e.g. a name in a search box)."""
    cleaned = text.strip().upper().translate(_LOOKALIKES)
    found = _CODE_RE.match(cleaned)
    if found is None:
        return None
    prefix, year, sequence = found.group(1), int(found.group(2)), int(found.group(3))
    if not 1900 <= year <= 2999 or sequence < 1:
        return None
    return CaseCode(prefix, year, sequence)


def is_case_code(text: str) -> bool:
    return parse_case_code(text) is not None
