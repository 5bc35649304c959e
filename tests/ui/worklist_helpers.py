"""Records for the Home cards and the Follow-ups, Referrals and Grants tests, made through the
services; a sync runner for the model tester; a manager's view of the same vault."""

from __future__ import annotations

import datetime as dt

from ajo_cases.domain.records_casework import ConsentForm, PartnerForm, PlanActionForm, ReferralForm
from ajo_cases.domain.records_grants import BudgetLine, GrantForm
from tests.ui.case_helpers import MANAGER, MANAGER_PASSWORD, WORKER, WORKER_PASSWORD, add_user

TODAY = dt.date.today()


def overdue_task(vault, case_id: str, days: int = 3, what: str = "Visit the family") -> None:
    from ajo_cases.services.casework import plans

    plans.add_plan_action(
        vault, case_id, PlanActionForm(what, due_on=TODAY - dt.timedelta(days=days))
    )


def sent_referral(vault, case_id: str, partner: str = "Legal Aid Khujand") -> str:
    from ajo_cases.services.casework import consents, partners, referrals

    partner_id = partners.add_partner(vault, PartnerForm(partner, "legal_aid"))[0].id
    consents.record_consent(vault, case_id, ConsentForm("sharing", True, TODAY, (partner_id,)))
    record, _ = referrals.create_draft(vault, case_id, ReferralForm(partner_id, "legal"))
    referrals.send(vault, record.id, TODAY)
    return record.id


def submitted_grant(vault, case_id: str) -> str:
    from ajo_cases.services.casework import grants

    form = GrantForm("tailoring", "Sewing shop", (BudgetLine("Sewing machine", 1, 250000),))
    record, _ = grants.create_grant(vault, case_id, form)
    grants.submit(vault, record.id)
    return record.id


def sync_run(fn, on_success=None, on_failure=None, parent=None):
    try:
        result = fn()
    except BaseException as exc:
        if on_failure is None:
            raise
        on_failure(exc)
    else:
        if on_success is not None:
            on_success(result)


def as_manager(admin, vault_dir):
    """The manager on the same folder: the admin's session lets go of the lock first."""
    from ajo_cases.services.access.opening import open_vault

    add_user(admin, MANAGER, "manager", MANAGER_PASSWORD)
    admin.lock.release()
    return open_vault(vault_dir, MANAGER, MANAGER_PASSWORD)


def as_worker(admin, vault_dir):
    """A case worker on the same folder: the admin's session lets go of the lock first."""
    from ajo_cases.services.access.opening import open_vault

    add_user(admin, WORKER, "case_worker", WORKER_PASSWORD)
    admin.lock.release()
    return open_vault(vault_dir, WORKER, WORKER_PASSWORD)


def late_referral(vault, case_id: str, partner: str = "Маркази ҳуқуқӣ") -> str:
    """A referral sent 40 days ago whose follow-up date has passed."""
    from ajo_cases.services.casework import consents, partners, referrals

    partner_id = partners.add_partner(vault, PartnerForm(partner, "legal_aid"))[0].id
    long_ago = TODAY - dt.timedelta(days=50)
    consents.record_consent(vault, case_id, ConsentForm("sharing", True, long_ago, (partner_id,)))
    record, _ = referrals.create_draft(vault, case_id, ReferralForm(partner_id, "legal"))
    referrals.send(vault, record.id, TODAY - dt.timedelta(days=40))
    return record.id
