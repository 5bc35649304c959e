"""Assistance records: checked codes, the case's project by default, roles, audited deletes."""

from datetime import date

import pytest
from sqlalchemy import select

from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.domain.records_casework import AssistanceForm, PartnerForm, ProjectForm
from ajo_cases.errors import InvalidInput, PermissionDenied
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.casework import assistance, cases, partners
from ajo_cases.services.people import people
from ajo_cases.storage.models import Assistance, AuditEntry

PW = "a long enough passphrase"


def _case(vault, project_id=None):
    person, _ = people.register(
        vault,
        PersonForm(sex="male", category="returnee_migrant", given_name="Firdavs"),
        allow_duplicate=True,
    )
    form = CaseForm(opened_on=date(2026, 3, 2), project_id=project_id)
    return cases.open_case(vault, person.id, form)[0].id


def test_add_defaults_to_case_project(admin_vault):
    safe = partners.add_project(admin_vault, ProjectForm("SM-1", "Safe migration", "IOM"))[0].id
    other = partners.add_project(admin_vault, ProjectForm("FL-2", "Financial literacy"))[0].id
    clinic = partners.add_partner(admin_vault, PartnerForm("Khujand clinic", "hospital"))[0].id
    case_id = _case(admin_vault, safe)
    form = AssistanceForm(
        "medical", date(2026, 3, 3), provider_partner_id=clinic, cost_minor=15_000, note="x-ray"
    )
    record, changes = assistance.add_assistance(admin_vault, case_id, form)
    assert record.form.project_id == safe and record.provider_name == "Khujand clinic"
    assert record.form.note == "x-ray" and changes.case_ids == {case_id}
    training = AssistanceForm(
        "vocational_training", date(2026, 3, 4), "tailoring", project_id=other
    )
    own, _ = assistance.add_assistance(admin_vault, case_id, training)
    assert own.form.project_id == other and own.provider_name is None
    assert len(assistance.list_assistance(admin_vault, case_id)) == 2
    with admin_vault.read_session() as session:
        assert b"x-ray" not in session.get(Assistance, record.id).note_enc


@pytest.mark.parametrize(
    "form",
    [
        AssistanceForm("teleportation", date(2026, 3, 3)),
        AssistanceForm("medical", date(2026, 3, 3), trade="tailoring"),
        AssistanceForm("vocational_training", date(2026, 3, 3), trade="juggling"),
        AssistanceForm("medical", date(2026, 3, 3), cost_minor=-1),
        AssistanceForm("medical", date(2026, 3, 3), currency="RUB"),
        AssistanceForm("medical", date(2999, 3, 3)),
        AssistanceForm("medical", date(2026, 3, 3), provider_partner_id="nope"),
        AssistanceForm("medical", date(2026, 3, 3), project_id="nope"),
    ],
)
def test_bad_input_refused(admin_vault, form):
    with pytest.raises(InvalidInput):
        assistance.add_assistance(admin_vault, _case(admin_vault), form)


def test_delete_is_audited(admin_vault):
    case_id = _case(admin_vault)
    record, _ = assistance.add_assistance(
        admin_vault, case_id, AssistanceForm("legal", date(2026, 3, 3))
    )
    changes = assistance.delete_assistance(admin_vault, record.id)
    assert changes.case_ids == {case_id} and assistance.list_assistance(admin_vault, case_id) == []
    with admin_vault.read_session() as session:
        events = [
            e.event
            for e in session.scalars(select(AuditEntry).where(AuditEntry.target_id == record.id))
        ]
    assert events == ["create", "delete"]


def test_roles(admin_vault):
    users.add_user(admin_vault, "dilnoza", "shelter_staff", PW)
    users.add_user(admin_vault, "farrukh", "manager", PW)
    case_id = _case(admin_vault)
    folder = admin_vault.data_dir
    admin_vault.close()
    with open_vault(folder, "dilnoza", PW) as staff:
        assistance.add_assistance(staff, case_id, AssistanceForm("food_nfi", date(2026, 3, 3)))
    with open_vault(folder, "farrukh", PW) as manager:
        with pytest.raises(PermissionDenied):
            assistance.add_assistance(
                manager, case_id, AssistanceForm("food_nfi", date(2026, 3, 3))
            )
        [row] = assistance.list_assistance(manager, case_id)
        assert row.restricted and row.form.note is None
