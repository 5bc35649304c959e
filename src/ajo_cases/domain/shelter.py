"""Shelter stays: admission checks, occupancy and bed-nights.

A stay occupies the nights from its admission date up to, not including, its discharge date.
A stay that starts and ends on the same day still holds its bed for that day, so for
clashes and occupancy it counts as one night; bed_nights() counts it as zero.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ajo_cases.domain.errors import RuleViolation

_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Stay:
    admitted: date
    discharged: date | None
    bed: str

    @property
    def is_open(self) -> bool:
        return self.discharged is None


def _end(stay: Stay) -> date | None:
    """Exclusive end of the span the stay blocks (None while the person is still there)."""
    if stay.discharged is None:
        return None
    return max(stay.discharged, stay.admitted + _ONE_DAY)


def _overlap(first: Stay, second: Stay) -> bool:
    first_end, second_end = _end(first), _end(second)
    starts_before_second_ends = second_end is None or first.admitted < second_end
    ends_after_second_starts = first_end is None or second.admitted < first_end
    return starts_before_second_ends and ends_after_second_starts


def _present(stay: Stay, on_date: date) -> bool:
    end = _end(stay)
    return stay.admitted <= on_date and (end is None or on_date < end)


def check_dates(stay: Stay) -> None:
    if not stay.bed.strip():
        raise RuleViolation("shelter.bed_required")
    if stay.discharged is not None and stay.discharged < stay.admitted:
        raise RuleViolation(
            "shelter.discharge_before_admission",
            admitted=stay.admitted.isoformat(),
            discharged=stay.discharged.isoformat(),
        )


def discharge(stay: Stay, on_date: date) -> Stay:
    """The stay closed on `on_date`; refuses a date before admission or a second discharge."""
    if stay.discharged is not None:
        raise RuleViolation("shelter.already_discharged", discharged=stay.discharged.isoformat())
    closed = replace(stay, discharged=on_date)
    check_dates(closed)
    return closed


def occupancy(stays: Iterable[Stay], on_date: date) -> int:
    """How many people stay in the shelter on the night starting `on_date`."""
    return sum(1 for stay in stays if _present(stay, on_date))


def check_admission(
    new_stay: Stay,
    *,
    person_stays: Iterable[Stay],
    all_stays: Iterable[Stay],
    capacity: int,
) -> None:
    """Refuse a stay that clashes with the person's other stays, its bed, or the capacity.

    `person_stays` are the person's other stays and `all_stays` everybody's (the stay being
    edited must be left out of both). Capacity is checked on every night of the new stay.
    """
    check_dates(new_stay)
    for stay in person_stays:
        if _overlap(stay, new_stay):
            raise RuleViolation(
                "shelter.person_already_staying", admitted=stay.admitted.isoformat()
            )
    others = list(all_stays)
    for stay in others:
        if stay.bed == new_stay.bed and _overlap(stay, new_stay):
            raise RuleViolation(
                "shelter.bed_occupied", bed=new_stay.bed, admitted=stay.admitted.isoformat()
            )
    # Occupancy only rises when someone arrives, so the busiest night of the new stay is
    # its first night or a night when another overlapping stay begins.
    overlapping = [stay for stay in others if _overlap(stay, new_stay)]
    candidates = {new_stay.admitted} | {
        stay.admitted for stay in overlapping if stay.admitted > new_stay.admitted
    }
    for night in sorted(candidates):
        if _present(new_stay, night) and occupancy(overlapping, night) + 1 > capacity:
            raise RuleViolation("shelter.full", capacity=capacity, date=night.isoformat())


def bed_nights(
    stay: Stay, period_start: date, period_end: date, *, today: date | None = None
) -> int:
    """Nights of the stay that fall in the period (both period dates inclusive).

    A night belongs to the date it starts on. An open stay counts up to `today` (exclusive)
    when given, otherwise up to the end of the period.
    """
    first = max(stay.admitted, period_start)
    end = stay.discharged if stay.discharged is not None else today
    last_exclusive = period_end + _ONE_DAY if end is None else min(end, period_end + _ONE_DAY)
    return max(0, (last_exclusive - first).days)
