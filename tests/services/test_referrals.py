"""Referrals: consent before sharing, the admin override, answers and their follow-ups."""

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from ajo_cases.domain.errors import RuleViolation
from ajo_cases.domain.records import PERSONAL_PERSON_FIELDS, CaseForm, PersonForm
from ajo_cases.domain.records_casework import ConsentForm, PartnerForm, ReferralForm
from ajo_cases.errors import InvalidInput, PermissionDenied
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.casework import cases, consents, followups, partners, referrals
from ajo_cases.services.people import people
from ajo_cases.storage.models import AuditEntry, FollowUp, Referral

PW = "a long enough passphrase"
SENT = date(2026, 3, 10)


def _setup(vault, *, consent=True):
    person, _ = people.register(
        vault,
        PersonForm(sex="female", category="victim_of_trafficking", given_name="Zarina"),
        allow_duplicate=True,
    )
    case, _ = cases.open_case(
        vault, person.id, CaseForm(opened_on=date(2026, 3, 1), worker="nigora")
    )
    partner = partners.add_partner(vault, PartnerForm("Legal aid centre", "legal_aid"))[0].id
    if consent:
        consents.record_consent(
            vault, case.id, ConsentForm("sharing", True, date(2026, 3, 1), (partner,))
        )
    draft, _ = referrals.create_draft(
        vault, case.id, ReferralForm(partner, "legal", note="court date")
    )
    return case.id, draft.id


def _case_due(vault, case_id):
    return cases.get_case(vault, case_id).next_due


def test_send_with_consent_opens_follow_up(admin_vault):
    case_id, ref = _setup(admin_vault)
    record, changes = referrals.send(admin_vault, ref, SENT)
    assert record.status == "sent" and record.consent_id and not record.consent_override
    assert record.follow_up_due == SENT + timedelta(days=14)
    assert _case_due(admin_vault, case_id) == SENT + timedelta(days=14)
    assert changes.touches("follow_up") and case_id in changes.case_ids
    assert referrals.shared_fields(admin_vault, case_id, ref) == PERSONAL_PERSON_FIELDS


def test_send_without_consent_refused(admin_vault):
    case_id, ref = _setup(admin_vault, consent=False)
    with pytest.raises(RuleViolation) as err:
        referrals.send(admin_vault, ref, SENT)
    assert (
        err.value.code == "referral.no_sharing_consent" and err.value.params["override"] == "none"
    )
    assert referrals.list_referrals(admin_vault, case_id=case_id)[0].status == "draft"
    assert _case_due(admin_vault, case_id) is None


def test_withdrawn_consent_refuses_sending(admin_vault):
    case_id, ref = _setup(admin_vault)
    consents.record_consent(admin_vault, case_id, ConsentForm("sharing", False, date(2026, 3, 5)))
    with pytest.raises(RuleViolation):
        referrals.send(admin_vault, ref, SENT)
    assert referrals.shared_fields(admin_vault, case_id, ref) == ()


def test_admin_override_with_reason_is_stored_encrypted_and_audited(admin_vault):
    case_id, ref = _setup(admin_vault, consent=False)
    with pytest.raises(RuleViolation) as err:
        referrals.send(admin_vault, ref, SENT, override_reason="   ")
    assert err.value.params["override"] == "missing_reason"
    record, _ = referrals.send(admin_vault, ref, SENT, override_reason="life-threatening, police")
    assert record.consent_override and record.override_reason == "life-threatening, police"
    with admin_vault.read_session() as session:
        row = session.get(Referral, ref)
        assert b"police" not in row.override_reason_enc
        events = session.scalars(select(AuditEntry).where(AuditEntry.target_id == ref)).all()
    override = [e for e in events if e.event == "consent_override"]
    assert len(override) == 1 and "override_reason" in override[0].fields
    assert all("police" not in e.detail + e.fields for e in events)
    # the form still prints nothing personal: the person never consented
    assert referrals.shared_fields(admin_vault, case_id, ref) == ()


def test_non_admin_override_refused(admin_vault):
    users.add_user(admin_vault, "nigora", "case_worker", PW)
    _case_id, ref = _setup(admin_vault, consent=False)
    folder = admin_vault.data_dir
    admin_vault.close()
    with open_vault(folder, "nigora", PW) as worker:
        with pytest.raises(RuleViolation) as err:
            referrals.send(worker, ref, SENT, override_reason="urgent")
        assert err.value.params["override"] == "not_admin"


def test_decline_needs_reason_and_closes_follow_up(admin_vault):
    case_id, ref = _setup(admin_vault)
    referrals.send(admin_vault, ref, SENT)
    with pytest.raises(RuleViolation) as err:
        referrals.decline(admin_vault, ref, "  ", SENT + timedelta(days=3))
    assert err.value.code == "referral.decline_needs_reason"
    record, _ = referrals.decline(admin_vault, ref, "no places left", SENT + timedelta(days=3))
    assert record.status == "declined" and record.decline_reason == "no places left"
    assert _case_due(admin_vault, case_id) is None
    with admin_vault.read_session() as session:
        tasks = session.scalars(select(FollowUp).where(FollowUp.source_id == ref)).all()
    assert [t.done_on for t in tasks] == [SENT + timedelta(days=3)]


def test_accept_then_complete(admin_vault):
    case_id, ref = _setup(admin_vault)
    referrals.send(admin_vault, ref, SENT)
    answered = SENT + timedelta(days=2)
    record, _ = referrals.accept(admin_vault, ref, answered)
    assert record.status == "accepted" and record.follow_up_due == answered + timedelta(days=14)
    assert _case_due(admin_vault, case_id) == answered + timedelta(days=14)
    record, _ = referrals.complete(admin_vault, ref, answered + timedelta(days=20))
    assert record.status == "completed" and record.follow_up_due is None
    assert _case_due(admin_vault, case_id) is None
    assert followups.list_due(admin_vault, today=date(2027, 1, 1)) == []


def test_withdraw_cancels_follow_up(admin_vault):
    case_id, ref = _setup(admin_vault)
    referrals.send(admin_vault, ref, SENT)
    record, _ = referrals.withdraw(admin_vault, ref)
    assert record.status == "withdrawn" and _case_due(admin_vault, case_id) is None
    with pytest.raises(RuleViolation):
        referrals.send(admin_vault, ref, SENT)


def test_transitions_and_inputs_checked(admin_vault):
    case_id, ref = _setup(admin_vault)
    with pytest.raises(RuleViolation):
        referrals.complete(admin_vault, ref)
    partner = referrals.list_referrals(admin_vault, case_id=case_id)[0].form.partner_id
    with pytest.raises(InvalidInput):
        referrals.create_draft(admin_vault, case_id, ReferralForm(partner, "astrology"))
    with pytest.raises(InvalidInput):
        referrals.create_draft(admin_vault, case_id, ReferralForm("nope", "legal"))
    assert [r.id for r in referrals.list_referrals(admin_vault, statuses=("draft",))] == [ref]


def test_shelter_staff_may_not_refer(admin_vault):
    users.add_user(admin_vault, "dilnoza", "shelter_staff", PW)
    _case_id, ref = _setup(admin_vault)
    folder = admin_vault.data_dir
    admin_vault.close()
    with open_vault(folder, "dilnoza", PW) as staff, pytest.raises(PermissionDenied):
        referrals.send(staff, ref, SENT)
