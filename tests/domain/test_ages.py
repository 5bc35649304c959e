from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ajo_cases.domain.ages import (
    CHILD_ADULT_BANDS,
    DEFAULT_AGE_BANDS,
    AgeAtIntake,
    AgeBands,
    age_at,
    age_at_intake,
    is_child,
)
from ajo_cases.domain.errors import RuleViolation


@pytest.mark.parametrize(
    ("birth", "on", "years"),
    [
        (date(2000, 5, 10), date(2026, 5, 9), 25),
        (date(2000, 5, 10), date(2026, 5, 10), 26),
        (date(2000, 5, 10), date(2000, 5, 10), 0),
        (date(2008, 2, 29), date(2026, 2, 28), 17),
        (date(2008, 2, 29), date(2026, 3, 1), 18),
        (date(2008, 2, 29), date(2028, 2, 29), 20),
        (date(1990, 12, 31), date(2026, 1, 1), 35),
    ],
)
def test_age_at(birth: date, on: date, years: int) -> None:
    assert age_at(birth, on) == years


def test_age_before_birth_is_refused() -> None:
    with pytest.raises(RuleViolation) as caught:
        age_at(date(2026, 1, 2), date(2026, 1, 1))
    assert caught.value.code == "age.date_before_birth"


@given(st.dates(), st.dates())
def test_age_matches_counting_birthdays(birth: date, on: date) -> None:
    if on < birth:
        birth, on = on, birth
    years = age_at(birth, on)
    assert years >= 0
    assert on.year - birth.year - 1 <= years <= on.year - birth.year


def test_age_at_intake_prefers_birth_date() -> None:
    intake = date(2026, 3, 1)
    assert age_at_intake(date(2010, 3, 2), 30, None, intake) == AgeAtIntake(15, estimated=False)


def test_age_at_intake_from_estimate() -> None:
    intake = date(2026, 3, 1)
    assert age_at_intake(None, 30, None, intake) == AgeAtIntake(30, estimated=True)
    assert age_at_intake(None, 30, date(2024, 2, 1), intake) == AgeAtIntake(32, estimated=True)
    assert age_at_intake(None, 30, date(2024, 6, 1), intake) == AgeAtIntake(31, estimated=True)
    # Estimated later than intake (case entered after the fact): count back.
    assert age_at_intake(None, 30, date(2028, 3, 1), intake) == AgeAtIntake(28, estimated=True)
    assert age_at_intake(None, 1, date(2030, 3, 1), intake) == AgeAtIntake(0, estimated=True)


def test_age_at_intake_unknown() -> None:
    assert age_at_intake(None, None, None, date(2026, 3, 1)) is None
    with pytest.raises(RuleViolation):
        age_at_intake(None, -1, None, date(2026, 3, 1))


def test_is_child() -> None:
    assert is_child(0)
    assert is_child(17)
    assert not is_child(18)
    assert not is_child(70)


def test_default_bands() -> None:
    assert DEFAULT_AGE_BANDS.labels == ("0-17", "18-24", "25-34", "35-49", "50+")
    assert [DEFAULT_AGE_BANDS.band_of(age) for age in (0, 17, 18, 24, 25, 49, 50, 99)] == [
        "0-17",
        "0-17",
        "18-24",
        "18-24",
        "25-34",
        "35-49",
        "50+",
        "50+",
    ]
    assert str(DEFAULT_AGE_BANDS) == "0-17,18-24,25-34,35-49,50+"
    assert CHILD_ADULT_BANDS.band_of(18) == "18+"


def test_parse_is_tolerant_of_spacing_and_dashes() -> None:
    bands = AgeBands.parse(" 0 - 13 , 14–17, 18 + ")
    assert bands.labels == ("0-13", "14-17", "18+")


@pytest.mark.parametrize(
    ("spec", "code"),
    [
        ("", "age_bands.empty"),
        (" , ", "age_bands.empty"),
        ("1-17,18+", "age_bands.not_contiguous"),
        ("0-17,19+", "age_bands.not_contiguous"),
        ("0-17,15-30,31+", "age_bands.not_contiguous"),
        ("0-17,18-60", "age_bands.last_band_not_open"),
        ("0+,18+", "age_bands.open_band_not_last"),
        ("0-17,abc", "age_bands.bad_band"),
        ("0-17,30-18,31+", "age_bands.bad_band"),
        ("0-17,-5", "age_bands.bad_band"),
    ],
)
def test_bad_band_specs(spec: str, code: str) -> None:
    with pytest.raises(RuleViolation) as caught:
        AgeBands.parse(spec)
    assert caught.value.code == code


def test_band_of_negative_age_is_refused() -> None:
    with pytest.raises(RuleViolation):
        DEFAULT_AGE_BANDS.band_of(-1)


@given(st.integers(min_value=0, max_value=150))
def test_every_age_has_exactly_one_band(years: int) -> None:
    label = DEFAULT_AGE_BANDS.band_of(years)
    assert sum(band.contains(years) for band in DEFAULT_AGE_BANDS.bands) == 1
    assert label in DEFAULT_AGE_BANDS.labels
