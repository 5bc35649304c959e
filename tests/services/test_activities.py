"""Group activities: counts only; every role but the manager records them, managers list them."""

from datetime import date

import pytest

from ajo_cases.domain.records_casework import ActivityForm, ProjectForm
from ajo_cases.errors import InvalidInput, PermissionDenied
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.casework import activities, partners

PW = "a long enough passphrase"
MEETING = ActivityForm(
    "information_meeting", date(2026, 3, 5), "isfara", "Safe migration", women=23, men=4, girls=6
)


def test_crud(admin_vault):
    project = partners.add_project(admin_vault, ProjectForm("SM", "Safe migration"))[0].id
    record, changes = activities.add_activity(
        admin_vault,
        ActivityForm("training", date(2026, 2, 1), "khujand", "Budgeting", project, 10, 2),
    )
    assert record.form.participants == 12 and changes.touches("activity")
    activities.add_activity(admin_vault, MEETING)
    assert [a.form.kind for a in activities.list_activities(admin_vault)] == [
        "information_meeting",
        "training",
    ]
    assert len(activities.list_activities(admin_vault, project_id=project)) == 1
    assert len(activities.list_activities(admin_vault, held_from=date(2026, 3, 1))) == 1
    edited, _ = activities.update_activity(
        admin_vault, record.id, ActivityForm("training", date(2026, 2, 1), boys=3)
    )
    assert edited.form.participants == 3
    activities.delete_activity(admin_vault, record.id)
    assert len(activities.list_activities(admin_vault)) == 1


@pytest.mark.parametrize(
    "form",
    [
        ActivityForm("party", date(2026, 3, 5)),
        ActivityForm("training", date(2026, 3, 5), "atlantis"),
        ActivityForm("training", date(2026, 3, 5), women=-1),
        ActivityForm("training", date(2999, 3, 5)),
        ActivityForm("training", date(2026, 3, 5), project_id="nope"),
    ],
)
def test_bad_input_refused(admin_vault, form):
    with pytest.raises(InvalidInput):
        activities.add_activity(admin_vault, form)


def test_manager_lists_but_does_not_add(admin_vault):
    users.add_user(admin_vault, "farrukh", "manager", PW)
    users.add_user(admin_vault, "dilnoza", "shelter_staff", PW)
    folder = admin_vault.data_dir
    admin_vault.close()
    with open_vault(folder, "dilnoza", PW) as staff:
        activities.add_activity(staff, MEETING)
    with open_vault(folder, "farrukh", PW) as manager:
        assert [a.form.participants for a in activities.list_activities(manager)] == [33]
        with pytest.raises(PermissionDenied):
            activities.add_activity(manager, MEETING)
