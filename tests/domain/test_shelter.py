from __future__ import annotations

from datetime import date

import pytest

from ajo_cases.domain.errors import RuleViolation
from ajo_cases.domain.shelter import (
    Stay,
    bed_nights,
    check_admission,
    check_dates,
    discharge,
    occupancy,
)


def d(day: int, month: int = 3) -> date:
    return date(2026, month, day)


def admit(new: Stay, person: list[Stay] | None = None, all_stays: list[Stay] | None = None,
          capacity: int = 10) -> None:  # fmt: skip
    check_admission(new, person_stays=person or [], all_stays=all_stays or [], capacity=capacity)


def code_of(new: Stay, **kwargs: object) -> str:
    with pytest.raises(RuleViolation) as caught:
        admit(new, **kwargs)  # type: ignore[arg-type]
    return caught.value.code


def test_admission_into_an_empty_shelter() -> None:
    admit(Stay(d(1), None, "A1"))
    admit(Stay(d(1), d(5), "A1"))


def test_discharge_before_admission_is_refused() -> None:
    assert code_of(Stay(d(5), d(4), "A1")) == "shelter.discharge_before_admission"
    with pytest.raises(RuleViolation) as caught:
        check_dates(Stay(d(5), d(4), "A1"))
    assert caught.value.params == {"admitted": "2026-03-05", "discharged": "2026-03-04"}


def test_bed_is_required() -> None:
    assert code_of(Stay(d(1), None, "  ")) == "shelter.bed_required"


def test_same_day_discharge_is_allowed() -> None:
    admit(Stay(d(5), d(5), "A1"))


def test_person_cannot_have_overlapping_stays() -> None:
    earlier = Stay(d(1), d(10), "A1")
    assert code_of(Stay(d(5), None, "B2"), person=[earlier]) == "shelter.person_already_staying"
    assert code_of(Stay(d(5), d(5), "B2"), person=[earlier]) == "shelter.person_already_staying"
    still_there = Stay(d(1), None, "A1")
    assert code_of(Stay(d(20), None, "B2"), person=[still_there]) == (
        "shelter.person_already_staying"
    )
    # Readmission on the day of discharge is fine.
    admit(Stay(d(10), None, "B2"), person=[earlier])


def test_bed_cannot_be_double_booked() -> None:
    other = Stay(d(3), d(8), "A1")
    assert code_of(Stay(d(7), None, "A1"), all_stays=[other]) == "shelter.bed_occupied"
    assert code_of(Stay(d(1), d(4), "A1"), all_stays=[other]) == "shelter.bed_occupied"
    assert code_of(Stay(d(1), None, "A1"), all_stays=[other]) == "shelter.bed_occupied"
    admit(Stay(d(8), None, "A1"), all_stays=[other])  # freed the morning of the 8th
    admit(Stay(d(1), d(3), "A1"), all_stays=[other])
    admit(Stay(d(4), d(6), "A2"), all_stays=[other])


def test_same_day_stays_still_hold_the_bed() -> None:
    day_visit = Stay(d(5), d(5), "A1")
    assert code_of(Stay(d(5), d(6), "A1"), all_stays=[day_visit]) == "shelter.bed_occupied"
    admit(Stay(d(6), None, "A1"), all_stays=[day_visit])


def test_capacity_on_admission_day() -> None:
    others = [Stay(d(1), None, "A1"), Stay(d(2), d(9), "A2")]
    assert code_of(Stay(d(3), None, "A3"), all_stays=others, capacity=2) == "shelter.full"
    admit(Stay(d(3), None, "A3"), all_stays=others, capacity=3)
    admit(Stay(d(9), None, "A3"), all_stays=others, capacity=2)


def test_capacity_on_a_later_night_of_the_new_stay() -> None:
    # Entered after the fact: the new stay overlaps a later admission that filled the house.
    others = [Stay(d(1), None, "A1"), Stay(d(10), None, "A2")]
    with pytest.raises(RuleViolation) as caught:
        admit(Stay(d(5), d(12), "A3"), all_stays=others, capacity=2)
    assert caught.value.code == "shelter.full"
    assert caught.value.params == {"capacity": "2", "date": "2026-03-10"}
    admit(Stay(d(5), d(10), "A3"), all_stays=others, capacity=2)


def test_occupancy_counts_nights() -> None:
    stays = [
        Stay(d(1), d(5), "A1"),
        Stay(d(3), None, "A2"),
        Stay(d(5), d(5), "A3"),
        Stay(d(6), d(8), "A1"),
    ]
    assert occupancy(stays, d(1)) == 1
    assert occupancy(stays, d(4)) == 2
    assert occupancy(stays, d(5)) == 2  # A1 left that morning, A3 came and went
    assert occupancy(stays, d(7)) == 2
    assert occupancy(stays, d(8)) == 1
    assert occupancy([], d(8)) == 0


def test_bed_nights_within_period() -> None:
    stay = Stay(d(1), d(5), "A1")
    assert bed_nights(stay, d(1), d(31)) == 4
    assert bed_nights(stay, d(3), d(31)) == 2
    assert bed_nights(stay, d(1), d(2)) == 2
    assert bed_nights(stay, d(5), d(31)) == 0
    assert bed_nights(stay, d(10), d(31)) == 0
    assert bed_nights(Stay(d(5), d(5), "A1"), d(1), d(31)) == 0


def test_bed_nights_across_months() -> None:
    stay = Stay(date(2026, 1, 30), date(2026, 2, 2), "A1")
    assert bed_nights(stay, date(2026, 1, 1), date(2026, 1, 31)) == 2
    assert bed_nights(stay, date(2026, 2, 1), date(2026, 2, 28)) == 1


def test_bed_nights_of_open_stay() -> None:
    stay = Stay(d(20), None, "A1")
    assert bed_nights(stay, d(1), d(31)) == 12
    assert bed_nights(stay, d(1), d(31), today=d(25)) == 5
    assert bed_nights(stay, d(1), d(10), today=d(25)) == 0
    assert bed_nights(stay, d(1), d(22), today=d(25)) == 3
    assert bed_nights(Stay(d(1), None, "A1"), date(2026, 1, 1), date(2026, 12, 31)) == 306


def test_discharge() -> None:
    stay = Stay(d(1), None, "A1")
    closed = discharge(stay, d(4))
    assert closed == Stay(d(1), d(4), "A1")
    assert not closed.is_open and stay.is_open
    with pytest.raises(RuleViolation) as caught:
        discharge(stay, d(1).replace(month=2))
    assert caught.value.code == "shelter.discharge_before_admission"
    with pytest.raises(RuleViolation) as caught:
        discharge(closed, d(9))
    assert caught.value.code == "shelter.already_discharged"
