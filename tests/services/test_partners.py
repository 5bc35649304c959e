"""The partner directory and projects: the administrator manages them, everybody lists them."""

from datetime import date

import pytest

from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.domain.records_casework import PartnerForm, ProjectForm, ReferralForm
from ajo_cases.errors import InvalidInput, NotFound, PermissionDenied
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.casework import cases, partners, referrals
from ajo_cases.services.people import people

PW = "a long enough passphrase"


def test_partner_crud(admin_vault):
    record, changes = partners.add_partner(
        admin_vault, PartnerForm(" Legal aid Khujand ", "legal_aid", "khujand", "+992 92 000 00 00")
    )
    assert record.form.name == "Legal aid Khujand" and changes.touches("partner")
    edited, _ = partners.update_partner(
        admin_vault, record.id, PartnerForm("Legal aid", "legal_aid", active=False)
    )
    assert not edited.form.active
    assert partners.list_partners(admin_vault, active_only=True) == []
    assert [p.id for p in partners.list_partners(admin_vault, kind="legal_aid")] == [record.id]
    partners.delete_partner(admin_vault, record.id)
    with pytest.raises(NotFound):
        partners.get_partner(admin_vault, record.id)


@pytest.mark.parametrize(
    "form",
    [PartnerForm("", "ngo"), PartnerForm("X", "cartel"), PartnerForm("X", "ngo", "moscow")],
)
def test_bad_partner_refused(admin_vault, form):
    with pytest.raises(InvalidInput):
        partners.add_partner(admin_vault, form)


def test_partner_in_use_cannot_be_deleted(admin_vault):
    partner = partners.add_partner(admin_vault, PartnerForm("IOM", "iom"))[0].id
    person, _ = people.register(
        admin_vault,
        PersonForm(sex="female", category="other", given_name="Lola"),
        allow_duplicate=True,
    )
    case, _ = cases.open_case(admin_vault, person.id, CaseForm(opened_on=date(2026, 3, 2)))
    referrals.create_draft(admin_vault, case.id, ReferralForm(partner, "documentation"))
    with pytest.raises(InvalidInput):
        partners.delete_partner(admin_vault, partner)


def test_project_crud_and_unique_code(admin_vault):
    record, _ = partners.add_project(
        admin_vault,
        ProjectForm("CT-2026", "Counter-trafficking", "IOM", date(2026, 1, 1), date(2026, 12, 31)),
    )
    with pytest.raises(InvalidInput):
        partners.add_project(admin_vault, ProjectForm("CT-2026", "Duplicate"))
    with pytest.raises(InvalidInput):
        partners.add_project(
            admin_vault, ProjectForm("X", "Backwards", "", date(2026, 2, 1), date(2026, 1, 1))
        )
    edited, _ = partners.update_project(
        admin_vault, record.id, ProjectForm("CT-2026", "CT", "UN Women")
    )
    assert edited.form.donor == "UN Women"
    assert [p.form.code for p in partners.list_projects(admin_vault)] == ["CT-2026"]
    person, _ = people.register(
        admin_vault,
        PersonForm(sex="female", category="other", given_name="Lola"),
        allow_duplicate=True,
    )
    cases.open_case(
        admin_vault, person.id, CaseForm(opened_on=date(2026, 3, 2), project_id=record.id)
    )
    with pytest.raises(InvalidInput):
        partners.delete_project(admin_vault, record.id)


def test_only_admin_manages(admin_vault):
    users.add_user(admin_vault, "nigora", "case_worker", PW)
    partners.add_partner(admin_vault, PartnerForm("IOM", "iom"))
    folder = admin_vault.data_dir
    admin_vault.close()
    with open_vault(folder, "nigora", PW) as worker:
        assert [p.form.name for p in partners.list_partners(worker)] == ["IOM"]
        with pytest.raises(PermissionDenied):
            partners.add_partner(worker, PartnerForm("X", "ngo"))
        with pytest.raises(PermissionDenied):
            partners.add_project(worker, ProjectForm("P", "P"))
