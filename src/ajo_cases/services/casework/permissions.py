"""What each role may do on a case, read from the role rules the services themselves enforce
(each constant below is the one its service passes to `require_role`), so a screen never
offers an action the service would refuse, and the two cannot drift apart."""

from __future__ import annotations

from collections.abc import Collection

from ajo_cases.domain.consent import OVERRIDE_ROLES
from ajo_cases.services.casework.attachments import DELETE_ROLES as DOCUMENT_DELETE_ROLES
from ajo_cases.services.casework.cases import CASE_WORK_ROLES
from ajo_cases.services.casework.grants import DECISION_ROLES
from ajo_cases.services.casework.plan_approval import APPROVE_ROLES
from ajo_cases.services.casework.shelter import SHELTER_ROLES
from ajo_cases.services.people.erasure import ERASE_ROLES
from ajo_cases.services.people.people import STAFF_ROLES
from ajo_cases.services.people.person_export import EXPORT_ROLES

# ability -> the roles the service behind it accepts
CASE_ABILITIES: dict[str, Collection[str]] = {
    "edit_person": STAFF_ROLES,  # people.update
    "edit_case": CASE_WORK_ROLES,  # cases.update_case
    "status": CASE_WORK_ROLES,  # cases.change_status
    "assistance": STAFF_ROLES,  # assistance.add_assistance, delete_assistance
    "consent": STAFF_ROLES,  # consents.record_consent
    "plan": CASE_WORK_ROLES,  # plans.*, plan_approval.submit_plan
    "approve_plan": APPROVE_ROLES,  # plan_approval.approve_plan, return_plan
    "refer": CASE_WORK_ROLES,  # referrals.*
    "override_consent": frozenset(role.value for role in OVERRIDE_ROLES),  # referrals.send
    "shelter": SHELTER_ROLES,  # shelter.admit, discharge
    "grant": CASE_WORK_ROLES,  # grants.create_grant, submit, purchases, handover, visits
    "grant_decide": DECISION_ROLES,  # grants.approve, reject
    "follow_up": STAFF_ROLES,  # followups.mark_done
    "documents": STAFF_ROLES,  # attachments.add_attachment, get_content
    "delete_documents": DOCUMENT_DELETE_ROLES,  # attachments.delete_attachment
    "person_export": EXPORT_ROLES,  # person_export.export_person
    "erase": ERASE_ROLES,  # erasure.erase_person
}


def may(role: str, ability: str) -> bool:
    return role in CASE_ABILITIES.get(ability, ())
