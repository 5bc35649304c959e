"""Assessments set the case's risk level; planned actions with a date become follow-ups."""

from datetime import date

import pytest

from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.domain.records_casework import AssessmentForm, PlanActionForm
from ajo_cases.errors import InvalidInput
from ajo_cases.services.casework import cases, followups, plans
from ajo_cases.services.people import people


def _case(vault):
    person, _ = people.register(
        vault,
        PersonForm(sex="female", category="vulnerable_migrant", given_name="Mavjuda"),
        allow_duplicate=True,
    )
    return cases.open_case(vault, person.id, CaseForm(opened_on=date(2026, 3, 2), worker="nigora"))[
        0
    ]


def test_assessment_sets_risk_level(admin_vault):
    case = _case(admin_vault)
    form = AssessmentForm(date(2026, 3, 3), "high", ("medical", "legal"), "threats", "safety")
    record, changes = plans.add_assessment(admin_vault, case.id, form)
    assert record.form == form and changes.touches("case")
    assert cases.get_case(admin_vault, case.id).form.risk_level == "high"
    plans.add_assessment(admin_vault, case.id, AssessmentForm(date(2026, 4, 1), "low"))
    assert cases.get_case(admin_vault, case.id).form.risk_level == "low"
    assert [a.form.risk_level for a in plans.list_assessments(admin_vault, case.id)] == [
        "low",
        "high",
    ]


@pytest.mark.parametrize(
    "form",
    [
        AssessmentForm(date(2026, 3, 3), "extreme"),
        AssessmentForm(date(2026, 3, 3), "low", ("magic",)),
        AssessmentForm(date(2999, 3, 3), "low"),
    ],
)
def test_bad_assessment_refused(admin_vault, form):
    with pytest.raises(InvalidInput):
        plans.add_assessment(admin_vault, _case(admin_vault).id, form)


def test_plan_action_follow_up_and_next_due(admin_vault):
    case = _case(admin_vault)
    later, _ = plans.add_plan_action(
        admin_vault, case.id, PlanActionForm("passport", date(2026, 5, 1))
    )
    sooner, _ = plans.add_plan_action(
        admin_vault, case.id, PlanActionForm("doctor", date(2026, 4, 1), "medical")
    )
    plans.add_plan_action(admin_vault, case.id, PlanActionForm("someday"))  # no date, no task
    assert cases.get_case(admin_vault, case.id).next_due == date(2026, 4, 1)
    tasks = followups.list_due(admin_vault, today=date(2026, 6, 1))
    assert [(t.source_id, t.assigned_to, t.overdue) for t in tasks] == [
        (sooner.id, "nigora", True), (later.id, "nigora", True),
    ]  # fmt: skip
    done, _ = plans.complete_plan_action(admin_vault, sooner.id, date(2026, 3, 30))
    assert done.done_on == date(2026, 3, 30)
    assert cases.get_case(admin_vault, case.id).next_due == date(2026, 5, 1)
    plans.complete_plan_action(admin_vault, later.id)
    assert cases.get_case(admin_vault, case.id).next_due is None
    with pytest.raises(InvalidInput):
        plans.complete_plan_action(admin_vault, later.id)


def test_next_due_does_not_make_the_case_form_stale(admin_vault):
    case = _case(admin_vault)
    plans.add_plan_action(admin_vault, case.id, PlanActionForm("call", date(2026, 4, 1)))
    # the worker's open form still saves: next_due is derived, not an edit of the case
    cases.update_case(admin_vault, case.id, case.form, expected_version=case.version)


def test_action_needs_description_or_type(admin_vault):
    with pytest.raises(InvalidInput):
        plans.add_plan_action(admin_vault, _case(admin_vault).id, PlanActionForm("  "))
