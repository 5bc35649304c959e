"""Shelter: beds and capacity, admission rules (overlap, bed taken, full), discharge, today."""

from datetime import date

import pytest

from ajo_cases.domain.errors import RuleViolation
from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.errors import InvalidInput, PermissionDenied
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.casework import cases, shelter
from ajo_cases.services.people import people

PW = "a long enough passphrase"
MONDAY = date(2026, 3, 9)


def _case(vault, name="Shahnoza", person_id=None):
    if person_id is None:
        person, _ = people.register(
            vault,
            PersonForm(sex="female", category="victim_of_trafficking", given_name=name),
            allow_duplicate=True,
        )
        person_id = person.id
    case, _ = cases.open_case(vault, person_id, CaseForm(opened_on=date(2026, 3, 1)))
    return case


def _beds(vault, n):
    return [shelter.add_bed(vault, f"B{i}", "Room 1")[0].id for i in range(n)]


def test_capacity_counts_active_beds(admin_vault):
    beds = _beds(admin_vault, 3)
    assert shelter.capacity(admin_vault) == 3
    shelter.set_bed_active(admin_vault, beds[0], False)
    assert shelter.capacity(admin_vault) == 2
    with pytest.raises(InvalidInput):
        shelter.add_bed(admin_vault, "B1")


def test_admit_and_discharge(admin_vault):
    bed = _beds(admin_vault, 1)[0]
    case = _case(admin_vault)
    stay, changes = shelter.admit(admin_vault, case.id, bed, MONDAY)
    assert stay.bed_label == "B0" and stay.discharged_on is None and changes.touches("stay")
    with pytest.raises(RuleViolation):
        shelter.discharge(admin_vault, stay.id, date(2026, 3, 1), "returned_home")
    with pytest.raises(InvalidInput):
        shelter.discharge(admin_vault, stay.id, date(2026, 3, 20), "bored")
    done, _ = shelter.discharge(admin_vault, stay.id, date(2026, 3, 20), "returned_home")
    assert done.discharged_on == date(2026, 3, 20) and done.discharge_reason == "returned_home"
    with pytest.raises(RuleViolation) as err:
        shelter.discharge(admin_vault, stay.id, date(2026, 3, 21), "returned_home")
    assert err.value.code == "shelter.already_discharged"


def test_overlapping_stays_of_one_person_refused(admin_vault):
    beds = _beds(admin_vault, 2)
    first = _case(admin_vault)
    second = _case(admin_vault, person_id=first.beneficiary_id)  # the same person, a new case
    shelter.admit(admin_vault, first.id, beds[0], MONDAY)
    with pytest.raises(RuleViolation) as err:
        shelter.admit(admin_vault, second.id, beds[1], date(2026, 3, 12))
    assert err.value.code == "shelter.person_already_staying"


def test_bed_occupied_refused(admin_vault):
    bed = _beds(admin_vault, 2)[0]
    shelter.admit(admin_vault, _case(admin_vault, "A").id, bed, MONDAY)
    with pytest.raises(RuleViolation) as err:
        shelter.admit(admin_vault, _case(admin_vault, "B").id, bed, date(2026, 3, 10))
    assert err.value.code == "shelter.bed_occupied"


def test_bed_free_again_after_discharge(admin_vault):
    bed = _beds(admin_vault, 1)[0]
    stay, _ = shelter.admit(admin_vault, _case(admin_vault, "A").id, bed, MONDAY)
    shelter.discharge(admin_vault, stay.id, date(2026, 3, 11), "independent_living")
    again, _ = shelter.admit(admin_vault, _case(admin_vault, "B").id, bed, date(2026, 3, 11))
    assert again.bed_id == bed


def test_capacity_refused_when_full(admin_vault):
    x, y = _beds(admin_vault, 2)
    a, _ = shelter.admit(admin_vault, _case(admin_vault, "A").id, x, date(2026, 3, 2))
    shelter.discharge(admin_vault, a.id, date(2026, 3, 20), "returned_home")
    shelter.set_bed_active(admin_vault, x, False)  # capacity is now one bed
    late = _case(admin_vault, "B")
    with pytest.raises(RuleViolation) as err:  # back-dated into a night the shelter was full
        shelter.admit(admin_vault, late.id, y, date(2026, 3, 10))
    assert err.value.code == "shelter.full"
    assert shelter.admit(admin_vault, late.id, y, date(2026, 3, 25))[0].bed_id == y


def test_inactive_or_unknown_bed_refused(admin_vault):
    bed = _beds(admin_vault, 1)[0]
    shelter.set_bed_active(admin_vault, bed, False)
    with pytest.raises(InvalidInput):
        shelter.admit(admin_vault, _case(admin_vault).id, bed, MONDAY)
    with pytest.raises(InvalidInput):
        shelter.admit(admin_vault, _case(admin_vault).id, "nope", MONDAY)


def test_deactivating_an_occupied_bed_refused(admin_vault):
    bed = _beds(admin_vault, 1)[0]
    shelter.admit(admin_vault, _case(admin_vault).id, bed, date.today())
    with pytest.raises(InvalidInput):
        shelter.set_bed_active(admin_vault, bed, False)


def test_overview_this_week(admin_vault):
    beds = _beds(admin_vault, 3)
    a = shelter.admit(admin_vault, _case(admin_vault, "Aziza").id, beds[0], date(2026, 3, 2))[0]
    shelter.admit(admin_vault, _case(admin_vault, "Barno").id, beds[1], date(2026, 3, 10))
    shelter.discharge(admin_vault, a.id, date(2026, 3, 11), "returned_home")
    view = shelter.overview(admin_vault, date(2026, 3, 12))
    assert view.week_start == MONDAY and view.capacity == 3 and view.occupied == 1
    assert view.admissions_this_week == 1 and view.discharges_this_week == 1
    assert [(r.name, r.bed_label) for r in view.residents] == [("Barno", "B1")]
    assert {b.label: b.occupied for b in shelter.list_beds(admin_vault, on=date(2026, 3, 12))} == {
        "B0": False, "B1": True, "B2": False,
    }  # fmt: skip


def test_roles(admin_vault):
    users.add_user(admin_vault, "dilnoza", "shelter_staff", PW)
    users.add_user(admin_vault, "farrukh", "manager", PW)
    bed = _beds(admin_vault, 1)[0]
    case = _case(admin_vault, "Aziza")
    folder = admin_vault.data_dir
    admin_vault.close()
    with open_vault(folder, "dilnoza", PW) as staff:
        shelter.admit(staff, case.id, bed, MONDAY)
    with open_vault(folder, "farrukh", PW) as manager:
        with pytest.raises(PermissionDenied):
            shelter.add_bed(manager, "X")
        view = shelter.overview(manager, date(2026, 3, 10))
        assert view.occupied == 1 and view.residents[0].name is None
        assert view.residents[0].case_code == case.code
