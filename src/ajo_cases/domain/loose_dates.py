"""Dates as registers hold them: typed in several forms, as Excel date numbers, or only a year.

"12.03.1990", "12/03/1990", "12-03-90", "1990-03-12", "12 марта 1990 г.", "12 марти 1990",
"March 12, 1990", "32944" (Excel's day number) and "1990" (a year only) are all read; the
result says how precise it is, so a bare birth year can become an estimated age instead of an
invented day. Nothing here guesses between day and month: day first, as written here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Final, Literal

Precision = Literal["day", "month", "year"]

_EXCEL_EPOCH: Final = date(1899, 12, 30)  # day 0 of Excel's 1900 system, past its leap bug
# Excel day numbers read as dates: from 1905 to 2119. Four-digit numbers from 1900 to 2100
# are years, never day numbers.
_SERIAL_RANGE: Final = range(2101, 80_000)
_YEAR_RANGE: Final = range(1900, 2101)
_MONTHS: Final[dict[str, int]] = {
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "май": 5, "мая": 5, "июн": 6, "июл": 7, "авг": 8,
    "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_YEAR_WORD: Final = re.compile(r"\s*(г\.?|года?|гг\.?|с\.?|сол(и)?|y\.?|yil)\s*$", re.IGNORECASE)
_TIME_PART: Final = re.compile(r"[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")
_DMY: Final = re.compile(r"^(\d{1,2})[./\-\s](\d{1,2})[./\-\s](\d{4}|\d{2})$")
_YMD: Final = re.compile(r"^(\d{4})[./\-](\d{1,2})[./\-](\d{1,2})$")
_MY: Final = re.compile(r"^(\d{1,2})[./\-](\d{4})$")
_D_MONTH_Y: Final = re.compile(r"^(\d{1,2})[\s.\-]*([^\W\d_]+)\.?[\s.,\-]*(\d{4})$")
_MONTH_D_Y: Final = re.compile(r"^([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")
_MONTH_Y: Final = re.compile(r"^([^\W\d_]+)\.?[\s,]+(\d{4})$")
_WHOLE: Final = re.compile(r"^(\d+)(\.0+)?$")


@dataclass(frozen=True, slots=True)
class LooseDate:
    value: date  # the first day of the month or year when less precise
    precision: Precision


def _month(word: str) -> int | None:
    return _MONTHS.get(word.casefold()[:3])


def _year(text: str, today: date) -> int:
    year = int(text)
    if len(text) == 2:  # "90" is 1990, "05" is 2005 (not later than this year)
        year += 2000 if 2000 + year <= today.year else 1900
    return year


def _make(year: int, month: int, day: int, precision: Precision) -> LooseDate | None:
    try:
        return LooseDate(date(year, month, day), precision)
    except ValueError:
        return None


def _from_number(number: int) -> LooseDate | None:
    if number in _YEAR_RANGE:
        return LooseDate(date(number, 1, 1), "year")
    if number in _SERIAL_RANGE:
        return LooseDate(_EXCEL_EPOCH + timedelta(days=number), "day")
    return None


def parse_loose_date(value: object, today: date | None = None) -> LooseDate | None:
    """The date in a cell, or None when it is not one. `today` places two-digit years."""
    today = today or date.today()
    if isinstance(value, datetime):
        return LooseDate(value.date(), "day")
    if isinstance(value, date):
        return LooseDate(value, "day")
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _from_number(int(value)) if float(value).is_integer() else None
    text = _TIME_PART.sub("", _YEAR_WORD.sub("", str(value).strip())).strip()
    return _from_text(text, today)


def _from_text(text: str, today: date) -> LooseDate | None:
    whole = _WHOLE.match(text)
    if whole:
        return _from_number(int(whole[1]))
    found = _DMY.match(text)
    if found:
        return _make(_year(found[3], today), int(found[2]), int(found[1]), "day")
    found = _YMD.match(text)
    if found:
        return _make(int(found[1]), int(found[2]), int(found[3]), "day")
    found = _MY.match(text)
    if found:
        return _make(int(found[2]), int(found[1]), 1, "month")
    found = _D_MONTH_Y.match(text)
    if found and _month(found[2]):
        return _make(int(found[3]), _month(found[2]) or 0, int(found[1]), "day")
    found = _MONTH_D_Y.match(text)
    if found and _month(found[1]):
        return _make(int(found[3]), _month(found[1]) or 0, int(found[2]), "day")
    found = _MONTH_Y.match(text)
    if found and _month(found[1]):
        return _make(int(found[2]), _month(found[1]) or 0, 1, "month")
    return None
