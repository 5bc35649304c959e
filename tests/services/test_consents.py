"""Consent records: kinds, partners named for sharing, withdrawals, and the summary."""

from datetime import date

import pytest
from sqlalchemy import select

from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.domain.records_casework import ConsentForm, PartnerForm
from ajo_cases.errors import InvalidInput, NotFound
from ajo_cases.services.casework import attachments, cases, consents, partners
from ajo_cases.services.people import people
from ajo_cases.storage.models import AuditEntry


def _case(vault):
    person, _ = people.register(
        vault,
        PersonForm(sex="female", category="returnee_migrant", given_name="Malika"),
        allow_duplicate=True,
    )
    case, _ = cases.open_case(vault, person.id, CaseForm(opened_on=date(2026, 3, 2)))
    return case.id


def _partner(vault, name="IOM Khujand"):
    return partners.add_partner(vault, PartnerForm(name, "iom"))[0].id


def test_record_and_list(admin_vault):
    case_id, iom = _case(admin_vault), _partner(admin_vault)
    record, changes = consents.record_consent(
        admin_vault, case_id, ConsentForm("sharing", True, date(2026, 3, 2), (iom,))
    )
    consents.record_consent(
        admin_vault, case_id, ConsentForm("registration", True, date(2026, 3, 2))
    )
    assert record.form.partner_ids == (iom,) and record.recorded_by == "admin"
    assert changes.case_ids == {case_id} and changes.touches("consent")
    listed = consents.list_consents(admin_vault, case_id)
    assert [c.form.kind for c in listed] == ["sharing", "registration"]
    summary = consents.consent_summary(admin_vault, case_id, date(2026, 3, 3))
    assert summary.registration and summary.statistics and summary.sharing_partner_ids == (iom,)


def test_withdrawal_wins(admin_vault):
    case_id, iom = _case(admin_vault), _partner(admin_vault)
    consents.record_consent(
        admin_vault, case_id, ConsentForm("sharing", True, date(2026, 3, 2), (iom,))
    )
    consents.record_consent(admin_vault, case_id, ConsentForm("statistics", True, date(2026, 3, 2)))
    consents.record_consent(admin_vault, case_id, ConsentForm("sharing", False, date(2026, 3, 2)))
    consents.record_consent(
        admin_vault, case_id, ConsentForm("statistics", False, date(2026, 4, 1))
    )
    summary = consents.consent_summary(admin_vault, case_id, date(2026, 5, 1))
    assert summary.sharing_partner_ids == () and not summary.statistics


@pytest.mark.parametrize(
    "form",
    [
        ConsentForm("gossip", True, date(2026, 3, 2)),
        ConsentForm("sharing", True, date(2026, 3, 2)),  # names nobody
        ConsentForm("sharing", True, date(2026, 3, 2), ("no-such-partner",)),
        ConsentForm("statistics", True, date(2026, 3, 2), ("x",)),
        ConsentForm("registration", True, date(2999, 1, 1)),
        ConsentForm("registration", True, date(2026, 3, 2), attachment_id="nope"),
    ],
)
def test_bad_consent_refused(admin_vault, form):
    case_id = _case(admin_vault)
    with pytest.raises(InvalidInput):
        consents.record_consent(admin_vault, case_id, form)


def test_signed_form_must_belong_to_the_case(admin_vault):
    first, second = _case(admin_vault), _case(admin_vault)
    doc, _ = attachments.add_attachment(
        admin_vault, first, "consent_form", "f.pdf", "application/pdf", b"%PDF"
    )
    with pytest.raises(InvalidInput):
        consents.record_consent(
            admin_vault,
            second,
            ConsentForm("registration", True, date(2026, 3, 2), attachment_id=doc.id),
        )
    record, _ = consents.record_consent(
        admin_vault,
        first,
        ConsentForm("registration", True, date(2026, 3, 2), attachment_id=doc.id),
    )
    assert record.form.attachment_id == doc.id


def test_unknown_case(admin_vault):
    with pytest.raises(NotFound):
        consents.record_consent(
            admin_vault, "nope", ConsentForm("registration", True, date(2026, 3, 2))
        )


def test_audit_names_fields_only(admin_vault):
    case_id, iom = _case(admin_vault), _partner(admin_vault)
    record, _ = consents.record_consent(
        admin_vault, case_id, ConsentForm("sharing", True, date(2026, 3, 2), (iom,))
    )
    with admin_vault.read_session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.target_id == record.id)).one()
    assert entry.event == "create" and entry.target_table == "consent"
    assert "partner_ids" in entry.fields and iom not in entry.fields + entry.detail
