"""Dates as registers hold them: forms, Excel day numbers, a year alone."""

from datetime import date, datetime

import pytest

from ajo_cases.domain.loose_dates import parse_loose_date

TODAY = date(2026, 6, 30)


@pytest.mark.parametrize(
    "value",
    [
        "12.03.1990", "12/03/1990", "12-03-1990", "12.3.1990", "12.03.90", "1990-03-12",
        "1990.03.12", "1990-03-12 00:00:00", "12 марта 1990 г.", "12 мар 1990", "12 марти 1990",
        "12-Mar-1990", "March 12, 1990", "32944", "32944.0", 32944, 32944.0,
        datetime(1990, 3, 12, 0, 0), date(1990, 3, 12),
    ],
)  # fmt: skip
def test_full_dates(value):
    found = parse_loose_date(value, TODAY)
    assert found is not None and (found.value, found.precision) == (date(1990, 3, 12), "day")


@pytest.mark.parametrize("value", ["1990", "1990 г.", "1990г", "1990 с.", 1990, 1990.0])
def test_a_year_alone(value):
    found = parse_loose_date(value, TODAY)
    assert found is not None and (found.value, found.precision) == (date(1990, 1, 1), "year")


def test_month_and_two_digit_years():
    assert parse_loose_date("03.1990", TODAY).precision == "month"
    assert parse_loose_date("май 2020", TODAY).value == date(2020, 5, 1)
    assert parse_loose_date("12.03.05", TODAY).value == date(2005, 3, 12)
    assert parse_loose_date("12.03.27", TODAY).value == date(1927, 3, 12)  # not in the future


@pytest.mark.parametrize("value", ["31.02.1990", "abc", "", "5", "1899", "12.13.1990", True])
def test_not_dates(value):
    assert parse_loose_date(value, TODAY) is None
