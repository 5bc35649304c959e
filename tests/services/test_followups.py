"""The vault-wide follow-up list, marking done, and Case.next_due kept right."""

from datetime import date

import pytest

from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.domain.records_casework import PlanActionForm
from ajo_cases.errors import InvalidInput, PermissionDenied
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.casework import cases, followups, plans
from ajo_cases.services.people import people

PW = "a long enough passphrase"
TODAY = date(2026, 4, 10)


def _case(vault, worker, name):
    person, _ = people.register(
        vault,
        PersonForm(sex="female", category="returnee_migrant", given_name=name),
        allow_duplicate=True,
    )
    return cases.open_case(vault, person.id, CaseForm(opened_on=date(2026, 3, 2), worker=worker))[0]


def _action(vault, case, due):
    return plans.add_plan_action(vault, case.id, PlanActionForm("visit", due))[0]


def test_due_list_across_the_vault(admin_vault):
    first, second = _case(admin_vault, "nigora", "Aziza"), _case(admin_vault, "parviz", "Barno")
    _action(admin_vault, first, date(2026, 4, 1))
    _action(admin_vault, second, date(2026, 4, 12))
    _action(admin_vault, second, date(2026, 6, 1))
    due = followups.list_due(admin_vault, today=TODAY)
    assert [(t.case_code, t.name, t.overdue) for t in due] == [
        (first.code, "Aziza", True), (second.code, "Barno", False),
    ]  # fmt: skip
    assert [
        t.case_code for t in followups.list_due(admin_vault, today=TODAY, overdue_only=True)
    ] == [first.code]
    mine = followups.list_due(admin_vault, assigned_to="parviz", today=TODAY, within_days=90)
    assert [t.due_on for t in mine] == [date(2026, 4, 12), date(2026, 6, 1)]


def test_mark_done_updates_next_due_and_the_action(admin_vault):
    case = _case(admin_vault, "nigora", "Aziza")
    action = _action(admin_vault, case, date(2026, 4, 1))
    _action(admin_vault, case, date(2026, 5, 1))
    task = followups.list_due(admin_vault, today=TODAY)[0]
    record, changes = followups.mark_done(admin_vault, task.id, date(2026, 4, 2))
    assert record.done_on == date(2026, 4, 2) and changes.case_ids == {case.id}
    assert cases.get_case(admin_vault, case.id).next_due == date(2026, 5, 1)
    assert next(
        a for a in plans.list_plan_actions(admin_vault, case.id) if a.id == action.id
    ).done_on
    with pytest.raises(InvalidInput):
        followups.mark_done(admin_vault, task.id)


def test_manager_sees_codes_not_names_and_cannot_mark(admin_vault):
    users.add_user(admin_vault, "farrukh", "manager", PW)
    case = _case(admin_vault, "nigora", "Aziza")
    _action(admin_vault, case, date(2026, 4, 1))
    folder = admin_vault.data_dir
    admin_vault.close()
    with open_vault(folder, "farrukh", PW) as manager:
        [task] = followups.list_due(manager, today=TODAY)
        assert task.case_code == case.code and task.name is None
        with pytest.raises(PermissionDenied):
            followups.mark_done(manager, task.id)
