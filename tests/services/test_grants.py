"""Reintegration grants: plan, decision, purchases, handover, monitoring and their order."""

from datetime import date

import pytest
from sqlalchemy import select

from ajo_cases.domain.errors import RuleViolation
from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.domain.records_grants import BudgetLine, GrantForm, PurchaseForm, VisitForm
from ajo_cases.errors import InvalidInput
from ajo_cases.services.casework import cases, grant_records, grants
from ajo_cases.services.people import people
from ajo_cases.storage.models import FollowUp, Grant

HANDOVER = date(2026, 1, 31)
PLAN = GrantForm(
    "tailoring", "Sewing workshop in Isfara",
    (BudgetLine("sewing machine", 2, 250_000), BudgetLine("fabric", 10, 5_000)),
    contribution_minor=20_000,
)  # fmt: skip
PURCHASE = PurchaseForm("sewing machine", 2, 240_000, date(2026, 1, 20), "Bozor LLC", "R-17")


def _grant(vault):
    person, _ = people.register(
        vault,
        PersonForm(sex="female", category="returnee_migrant", given_name="Gulnora"),
        allow_duplicate=True,
    )
    case, _ = cases.open_case(vault, person.id, CaseForm(opened_on=date(2025, 12, 1)))
    record, _ = grants.create_grant(vault, case.id, PLAN, date(2025, 12, 5))
    return case.id, record.id


def _approved(vault):
    case_id, grant_id = _grant(vault)
    grants.submit(vault, grant_id, date(2025, 12, 6))
    grants.approve(vault, grant_id, 500_000, date(2026, 1, 10))
    return case_id, grant_id


def _open_tasks(vault, grant_id):
    with vault.read_session() as session:
        return session.scalars(
            select(FollowUp)
            .where(FollowUp.source_id == grant_id, FollowUp.done_on.is_(None))
            .order_by(FollowUp.due_on)
        ).all()


def test_plan_is_stored_with_budget_and_encrypted_title(admin_vault):
    _case_id, grant_id = _grant(admin_vault)
    record = grant_records.get_grant(admin_vault, grant_id)
    assert record.status == "plan" and record.form.title == PLAN.title
    assert record.form.budget_total_minor == 550_000
    assert {line.item for line in record.form.budget} == {"sewing machine", "fabric"}
    with admin_vault.read_session() as session:
        assert b"Isfara" not in session.get(Grant, grant_id).title_enc


def test_budget_editable_only_while_plan(admin_vault):
    _case_id, grant_id = _grant(admin_vault)
    edited = GrantForm("tailoring", "Workshop", (BudgetLine("overlock", 1, 300_000),))
    record, _ = grants.update_plan(admin_vault, grant_id, edited)
    assert [line.item for line in record.form.budget] == ["overlock"]
    grants.submit(admin_vault, grant_id)
    with pytest.raises(InvalidInput):
        grants.update_plan(admin_vault, grant_id, PLAN)


def test_submit_needs_budget_and_bad_plans_refused(admin_vault):
    case_id, _ = _grant(admin_vault)
    empty, _ = grants.create_grant(admin_vault, case_id, GrantForm("small_shop", None))
    with pytest.raises(InvalidInput):
        grants.submit(admin_vault, empty.id)
    for form in (
        GrantForm("space_travel", None),
        GrantForm("bakery", None, (BudgetLine("oven", 0, 1),)),
        GrantForm("bakery", None, contribution_minor=-1),
    ):
        with pytest.raises(InvalidInput):
            grants.create_grant(admin_vault, case_id, form)


def test_purchase_before_approval_refused(admin_vault):
    _case_id, grant_id = _grant(admin_vault)
    with pytest.raises(RuleViolation) as err:
        grants.add_purchase(admin_vault, grant_id, PURCHASE)
    assert err.value.code == "grant.not_approved"
    grants.submit(admin_vault, grant_id)
    with pytest.raises(RuleViolation):
        grants.add_purchase(admin_vault, grant_id, PURCHASE)
    assert grant_records.get_grant(admin_vault, grant_id).purchases == ()


def test_handover_before_approval_refused(admin_vault):
    _case_id, grant_id = _grant(admin_vault)
    grants.submit(admin_vault, grant_id)
    with pytest.raises(RuleViolation) as err:
        grants.hand_over(admin_vault, grant_id, HANDOVER, "Isfara")
    assert err.value.code == "grant.not_approved"
    assert _open_tasks(admin_vault, grant_id) == []


def test_handover_needs_purchases(admin_vault):
    _case_id, grant_id = _approved(admin_vault)
    with pytest.raises(RuleViolation):
        grants.hand_over(admin_vault, grant_id, HANDOVER, "Isfara")


def test_reject_and_rework(admin_vault):
    _case_id, grant_id = _grant(admin_vault)
    grants.submit(admin_vault, grant_id)
    record, _ = grants.reject(admin_vault, grant_id, date(2026, 1, 5))
    assert record.status == "rejected"
    record, _ = grants.rework(admin_vault, grant_id)
    assert record.status == "plan" and record.submitted_on is None


def test_full_cycle_with_monitoring_at_3_6_12_months(admin_vault):
    case_id, grant_id = _approved(admin_vault)
    record, _ = grants.add_purchase(admin_vault, grant_id, PURCHASE)
    assert record.status == "purchased" and record.purchased_minor == 480_000
    grants.add_purchase(admin_vault, grant_id, PurchaseForm("thread", 5, 1_000, date(2026, 1, 21)))
    record, changes = grants.hand_over(admin_vault, grant_id, HANDOVER, "Isfara, jamoat centre")
    assert record.status == "handed_over" and changes.touches("follow_up")
    due = [t.due_on for t in _open_tasks(admin_vault, grant_id)]
    assert due == [date(2026, 4, 30), date(2026, 7, 31), date(2027, 1, 31)]
    assert cases.get_case(admin_vault, case_id).next_due == date(2026, 4, 30)

    visit = VisitForm(date(2026, 5, 2), True, 150_000, 4, "supplier unreliable")
    record, _ = grants.record_visit(admin_vault, grant_id, visit)
    assert record.status == "monitoring" and record.visits[0].form.problems == "supplier unreliable"
    assert [t.due_on for t in _open_tasks(admin_vault, grant_id)] == due[1:]
    assert cases.get_case(admin_vault, case_id).next_due == date(2026, 7, 31)

    record, _ = grants.close_grant(admin_vault, grant_id, date(2026, 8, 1))
    assert record.status == "closed" and _open_tasks(admin_vault, grant_id) == []
    assert cases.get_case(admin_vault, case_id).next_due is None


def test_visit_checks(admin_vault):
    _case_id, grant_id = _approved(admin_vault)
    with pytest.raises(RuleViolation):  # nothing handed over yet
        grants.record_visit(admin_vault, grant_id, VisitForm(date(2026, 5, 1), True))
    grants.add_purchase(admin_vault, grant_id, PURCHASE)
    grants.hand_over(admin_vault, grant_id, HANDOVER, "Isfara")
    for bad in (
        VisitForm(date(2026, 5, 1), True, sustainability_score=6),
        VisitForm(date(2026, 5, 1), True, monthly_income_minor=-5),
        VisitForm(date(2026, 1, 1), False),
    ):
        with pytest.raises(InvalidInput):
            grants.record_visit(admin_vault, grant_id, bad)


def test_approval_needs_a_positive_amount(admin_vault):
    _case_id, grant_id = _grant(admin_vault)
    grants.submit(admin_vault, grant_id)
    with pytest.raises(InvalidInput):
        grants.approve(admin_vault, grant_id, 0)
    assert grant_records.list_grants(admin_vault, statuses=("submitted",))[0].id == grant_id


def test_manager_records_decision_but_sees_no_title(admin_vault):
    from ajo_cases.errors import PermissionDenied
    from ajo_cases.services.access import users
    from ajo_cases.services.access.opening import open_vault

    users.add_user(admin_vault, "farrukh", "manager", "a long enough passphrase")
    _case_id, grant_id = _grant(admin_vault)
    grants.submit(admin_vault, grant_id)
    folder = admin_vault.data_dir
    admin_vault.close()
    with open_vault(folder, "farrukh", "a long enough passphrase") as manager:
        record, _ = grants.approve(manager, grant_id, 400_000)
        assert record.status == "approved" and record.form.title is None and record.restricted
        with pytest.raises(PermissionDenied):
            grants.add_purchase(manager, grant_id, PURCHASE)
