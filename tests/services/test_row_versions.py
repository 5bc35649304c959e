"""Every editable row has a version: a save made from a stale read is refused, naming who
changed the record and when, and nothing is overwritten.

Two sessions: on the office server two PCs (two OpenVaults on one database), on a local vault
the one session twice (two windows of one PC race the same way).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from ajo_cases.domain.errors import RuleViolation
from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.domain.records_casework import (
    ActivityForm,
    PartnerForm,
    PlanActionForm,
    ProjectForm,
    ReferralForm,
)
from ajo_cases.domain.records_grants import BudgetLine, GrantForm
from ajo_cases.errors import InvalidInput, StaleRecord
from ajo_cases.services.access import profiles
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.casework import (
    activities,
    case_detail,
    cases,
    followups,
    grants,
    partners,
    plans,
    referrals,
    shelter,
)
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import people
from ajo_cases.vault.layout import SERVER_PROFILE_FILE
from tests.support import ADMIN, ADMIN_PASSWORD

DAY = date(2026, 3, 2)
PERSON = PersonForm(sex="female", category="victim_of_trafficking", given_name="Zarina")
PLAN = GrantForm("tailoring", "Workshop", (BudgetLine("sewing machine", 1, 250_000),))


@pytest.fixture
def two_sessions(
    backend: str, vault_dir: Path, tmp_path: Path
) -> Iterator[tuple[OpenVault, OpenVault]]:
    a = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    if backend == "local":  # one writer at a time: the second "window" is the same session
        yield a, a
        a.close()
        return
    other = tmp_path / "second-pc"
    other.mkdir()
    shutil.copy(vault_dir / SERVER_PROFILE_FILE, other / SERVER_PROFILE_FILE)
    b = open_vault(other, ADMIN, ADMIN_PASSWORD)
    try:
        yield a, b
    finally:
        b.close()
        a.close()


def _case(vault: OpenVault) -> str:
    person, _ = people.register(vault, PERSON, allow_duplicate=True)
    case, _ = cases.open_case(vault, person.id, CaseForm(opened_on=DAY, worker=ADMIN))
    return case.id


Save = Callable[[OpenVault, int], object]


def _person(vault: OpenVault) -> tuple[int, Save, Save]:
    person, _ = people.register(vault, PERSON, allow_duplicate=True)
    return (
        person.version,
        lambda v, seen: people.update(
            v, person.id, replace(PERSON, phone="1"), expected_version=seen
        ),
        lambda v, seen: people.update(
            v, person.id, replace(PERSON, phone="2"), expected_version=seen
        ),
    )


def _case_fields(vault: OpenVault) -> tuple[int, Save, Save]:
    case_id = _case(vault)
    seen = cases.get_case(vault, case_id).version
    return (
        seen,
        lambda v, s: cases.update_case(
            v, case_id, CaseForm(opened_on=DAY, worker="a"), expected_version=s
        ),
        lambda v, s: cases.change_status(v, case_id, "active", expected_version=s),
    )


def _referral(vault: OpenVault) -> tuple[int, Save, Save]:
    case_id = _case(vault)
    partner = partners.add_partner(vault, PartnerForm("Legal aid centre", "legal_aid"))[0].id
    draft, _ = referrals.create_draft(vault, case_id, ReferralForm(partner, "legal"))
    return (
        draft.version,
        lambda v, s: referrals.send(v, draft.id, DAY, override_reason="urgent", expected_version=s),
        lambda v, s: referrals.withdraw(v, draft.id, DAY, expected_version=s),
    )


def _grant(vault: OpenVault) -> tuple[int, Save, Save]:
    grant, _ = grants.create_grant(vault, _case(vault), PLAN, DAY)
    return (
        grant.version,
        lambda v, s: grants.update_plan(v, grant.id, replace(PLAN, title="A"), expected_version=s),
        lambda v, s: grants.update_plan(v, grant.id, replace(PLAN, title="B"), expected_version=s),
    )


def _plan_action(vault: OpenVault) -> tuple[int, Save, Save]:
    action, _ = plans.add_plan_action(vault, _case(vault), PlanActionForm("Papers", DAY))
    return (
        action.version,
        lambda v, s: plans.complete_plan_action(v, action.id, DAY, expected_version=s),
        lambda v, s: plans.complete_plan_action(v, action.id, DAY, expected_version=s),
    )


def _follow_up(vault: OpenVault) -> tuple[int, Save, Save]:
    case_id = _case(vault)
    plans.add_plan_action(vault, case_id, PlanActionForm("Papers", DAY))
    task = case_detail.case_detail(vault, case_id).follow_ups[0]
    return (
        task.version,
        lambda v, s: followups.mark_done(v, task.id, DAY, expected_version=s),
        lambda v, s: followups.mark_done(v, task.id, DAY, expected_version=s),
    )


def _stay(vault: OpenVault) -> tuple[int, Save, Save]:
    bed, _ = shelter.add_bed(vault, "B-1")
    stay, _ = shelter.admit(vault, _case(vault), bed.id, DAY)
    later = DAY + timedelta(days=3)
    return (
        stay.version,
        lambda v, s: shelter.discharge(v, stay.id, later, "returned_home", expected_version=s),
        lambda v, s: shelter.discharge(v, stay.id, later, "independent_living", expected_version=s),
    )


def _bed(vault: OpenVault) -> tuple[int, Save, Save]:
    bed, _ = shelter.add_bed(vault, "B-2")
    return (
        bed.version,
        lambda v, s: shelter.set_bed_active(v, bed.id, False, expected_version=s),
        lambda v, s: shelter.set_bed_active(v, bed.id, False, expected_version=s),
    )


def _partner(vault: OpenVault) -> tuple[int, Save, Save]:
    partner, _ = partners.add_partner(vault, PartnerForm("Legal aid centre", "legal_aid"))
    return (
        partner.version,
        lambda v, s: partners.update_partner(
            v, partner.id, PartnerForm("Legal aid", "legal_aid"), expected_version=s
        ),
        lambda v, s: partners.update_partner(
            v, partner.id, PartnerForm("Legal help", "legal_aid"), expected_version=s
        ),
    )


def _project(vault: OpenVault) -> tuple[int, Save, Save]:
    project, _ = partners.add_project(vault, ProjectForm("P-9", "Safe return"))
    return (
        project.version,
        lambda v, s: partners.update_project(
            v, project.id, ProjectForm("P-9", "Safe"), expected_version=s
        ),
        lambda v, s: partners.update_project(
            v, project.id, ProjectForm("P-9", "Home"), expected_version=s
        ),
    )


def _activity(vault: OpenVault) -> tuple[int, Save, Save]:
    form = ActivityForm("information_meeting", DAY, topic="Safe migration", women=5)
    activity, _ = activities.add_activity(vault, form)
    return (
        activity.version,
        lambda v, s: activities.update_activity(
            v, activity.id, replace(form, men=3), expected_version=s
        ),
        lambda v, s: activities.update_activity(
            v, activity.id, replace(form, men=4), expected_version=s
        ),
    )


def _profile(vault: OpenVault) -> tuple[int, Save, Save]:
    profiles.set_profile(vault, profiles.Profile(ADMIN, "Nigora Rahimova"))
    seen = profiles.all_profiles(vault)[ADMIN].version
    return (
        seen,
        lambda v, s: profiles.set_profile(
            v, profiles.Profile(ADMIN, "N. Rahimova", version=s), expected_version=s
        ),
        lambda v, s: profiles.set_profile(
            v, profiles.Profile(ADMIN, "Nigora R.", version=s), expected_version=s
        ),
    )


KINDS = {
    "person": _person,
    "case": _case_fields,
    "referral": _referral,
    "grant": _grant,
    "plan_action": _plan_action,
    "follow_up": _follow_up,
    "shelter_stay": _stay,
    "bed": _bed,
    "partner": _partner,
    "project": _project,
    "activity": _activity,
    "account_profile": _profile,
}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_stale_save_of_every_kind_of_row_is_refused_with_who_and_when(two_sessions, kind):
    a, b = two_sessions
    seen, a_saves, b_saves = KINDS[kind](a)
    a_saves(a, seen)  # A saves what it read: accepted
    before = datetime.now(UTC).replace(tzinfo=None)
    with pytest.raises(StaleRecord) as caught:
        b_saves(b, seen)  # B saves from the same, now stale, read
    params = caught.value.params
    assert params["field"] == "version"
    assert params["who"] == ADMIN
    at = datetime.fromisoformat(str(params["at"]))
    assert before - timedelta(minutes=1) <= at <= before + timedelta(seconds=5)
    try:  # after reloading, the version no longer stands in the way (the rules still may)
        b_saves(b, seen + 1)
    except (InvalidInput, RuleViolation) as exc:
        assert not isinstance(exc, StaleRecord)
