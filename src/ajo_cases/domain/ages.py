"""Ages: exact age, age at intake (from birth date or an estimate), child flag, age bands."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Final

from ajo_cases.domain.errors import RuleViolation

ADULT_AGE: Final = 18


def age_at(birth: date, on: date) -> int:
    """Whole years on `on`; someone born on 29 February turns a year older on 1 March."""
    if on < birth:
        raise RuleViolation("age.date_before_birth", birth=birth.isoformat(), on=on.isoformat())
    before_birthday = (on.month, on.day) < (birth.month, birth.day)
    return on.year - birth.year - int(before_birthday)


def _years_between(start: date, end: date) -> int:
    # Signed whole years, for an estimate recorded before or after the intake date.
    return age_at(start, end) if end >= start else -age_at(end, start)


@dataclass(frozen=True, slots=True)
class AgeAtIntake:
    years: int
    estimated: bool


def age_at_intake(
    birth_date: date | None,
    estimated_age: int | None,
    estimated_on: date | None,
    intake_date: date,
) -> AgeAtIntake | None:
    """Age at intake, from the birth date when known, else from the estimate; None if neither.

    An estimate made on another day is moved by the years in between; one without a date is
    taken as made at intake.
    """
    if birth_date is not None:
        return AgeAtIntake(age_at(birth_date, intake_date), estimated=False)
    if estimated_age is None:
        return None
    if estimated_age < 0:
        raise RuleViolation("age.negative", years=estimated_age)
    shift = 0 if estimated_on is None else _years_between(estimated_on, intake_date)
    return AgeAtIntake(max(0, estimated_age + shift), estimated=True)


def is_child(years: int) -> bool:
    return years < ADULT_AGE


_BAND_RE: Final = re.compile(r"^(\d+)\s*(?:[-–—]\s*(\d+)|(\+))$")


@dataclass(frozen=True, slots=True)
class AgeBand:
    low: int
    high: int | None  # None: open-ended ("50+")

    @property
    def label(self) -> str:
        return f"{self.low}+" if self.high is None else f"{self.low}-{self.high}"

    def contains(self, years: int) -> bool:
        return self.low <= years and (self.high is None or years <= self.high)


@dataclass(frozen=True, slots=True)
class AgeBands:
    """Contiguous bands from 0 with an open last band, so every age falls in exactly one."""

    bands: tuple[AgeBand, ...]

    @classmethod
    def parse(cls, spec: str) -> AgeBands:
        parts = [part.strip() for part in spec.split(",") if part.strip()]
        if not parts:
            raise RuleViolation("age_bands.empty")
        bands: list[AgeBand] = []
        for part in parts:
            found = _BAND_RE.match(part)
            if found is None:
                raise RuleViolation("age_bands.bad_band", band=part)
            low = int(found.group(1))
            high = None if found.group(3) else int(found.group(2))
            if high is not None and high < low:
                raise RuleViolation("age_bands.bad_band", band=part)
            bands.append(AgeBand(low, high))
        expected_low = 0
        for band in bands:
            if band.low != expected_low:
                raise RuleViolation(
                    "age_bands.not_contiguous", band=band.label, expected=expected_low
                )
            if band.high is None and band is not bands[-1]:
                raise RuleViolation("age_bands.open_band_not_last", band=band.label)
            expected_low = band.high + 1 if band.high is not None else expected_low
        if bands[-1].high is not None:
            raise RuleViolation("age_bands.last_band_not_open", band=bands[-1].label)
        return cls(tuple(bands))

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(band.label for band in self.bands)

    def band_of(self, years: int) -> str:
        if years < 0:
            raise RuleViolation("age.negative", years=years)
        for band in self.bands:
            if band.contains(years):
                return band.label
        raise AssertionError("bands cover every age")  # parse() guarantees coverage

    def __str__(self) -> str:
        return ",".join(self.labels)


DEFAULT_AGE_BANDS: Final = AgeBands.parse("0-17,18-24,25-34,35-49,50+")
CHILD_ADULT_BANDS: Final = AgeBands.parse("0-17,18+")
