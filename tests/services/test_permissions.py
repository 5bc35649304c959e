"""The table the screens read (services/casework/permissions.py) says exactly what the services
enforce: for every ability and every role, the service behind it refuses the role (with
PermissionDenied) if and only if the table says the role may not."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from ajo_cases.domain.consent import check_referral_consent
from ajo_cases.domain.errors import RuleViolation
from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.domain.records_casework import (
    AssessmentForm,
    AssistanceForm,
    ConsentForm,
    ReferralForm,
)
from ajo_cases.domain.records_grants import GrantForm
from ajo_cases.domain.vocab import Role
from ajo_cases.errors import PermissionDenied
from ajo_cases.services.casework import (
    assistance,
    attachments,
    cases,
    consents,
    followups,
    grants,
    plan_approval,
    plans,
    referrals,
    shelter,
)
from ajo_cases.services.casework.permissions import CASE_ABILITIES, may
from ajo_cases.services.people import erasure, people, person_export

TODAY = date(2026, 3, 2)
NOPE = "no-such-record"
ROLES = [role.value for role in Role]
PERSON = PersonForm(sex="female", category="other", given_name="Зарина")

# ability -> the service call behind it, on a record that does not exist: a role the service
# accepts gets past require_role and fails later (not found), a role it refuses does not
CALLS: dict[str, Callable[[Any], object]] = {
    "edit_person": lambda v: people.update(v, NOPE, PERSON),
    "edit_case": lambda v: cases.update_case(v, NOPE, CaseForm(opened_on=TODAY)),
    "status": lambda v: cases.change_status(v, NOPE, "closed", closure_reason="goals_met"),
    "assistance": lambda v: assistance.add_assistance(v, NOPE, AssistanceForm("legal", TODAY)),
    "consent": lambda v: consents.record_consent(v, NOPE, ConsentForm("registration", True, TODAY)),
    "plan": lambda v: plans.add_assessment(v, NOPE, AssessmentForm(TODAY, "low")),
    "refer": lambda v: referrals.create_draft(v, NOPE, ReferralForm(NOPE, "legal")),
    "shelter": lambda v: shelter.admit(v, NOPE, NOPE, TODAY),
    "grant": lambda v: grants.create_grant(v, NOPE, GrantForm("tailoring", None)),
    "grant_decide": lambda v: grants.approve(v, NOPE, 100),
    "approve_plan": lambda v: plan_approval.approve_plan(v, NOPE),
    "follow_up": lambda v: followups.mark_done(v, NOPE),
    "documents": lambda v: attachments.add_attachment(
        v, NOPE, "other", "scan.pdf", "application/pdf", b"%PDF"
    ),
    "delete_documents": lambda v: attachments.delete_attachment(v, NOPE),
    "person_export": lambda v: person_export.export_person(v, NOPE, "pdf", "en"),
    "erase": lambda v: erasure.erase_person(v, NOPE, "asked"),
}


def _refused(call: Callable[[Any], object], vault: Any) -> bool:
    try:
        call(vault)
    except PermissionDenied:
        return True
    except Exception:  # not found, invalid: the role itself was accepted
        return False
    return False


def test_every_ability_has_its_service_call():
    assert set(CALLS) | {"override_consent"} == set(CASE_ABILITIES)


@pytest.mark.parametrize("role", ROLES)
def test_the_table_says_what_the_services_enforce(admin_vault, monkeypatch, role):
    monkeypatch.setattr(admin_vault, "role", role)
    for ability, call in CALLS.items():
        assert _refused(call, admin_vault) == (not may(role, ability)), (role, ability)


@pytest.mark.parametrize("role", ROLES)
def test_override_of_consent_follows_the_domain_rule(role):
    try:
        check_referral_consent([], NOPE, TODAY, "threat to life", Role(role))
    except RuleViolation as exc:
        assert exc.params["override"] == "not_admin"
        assert not may(role, "override_consent")
    else:
        assert may(role, "override_consent")
