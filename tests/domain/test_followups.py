from __future__ import annotations

from datetime import date

import pytest

from ajo_cases.domain.errors import RuleViolation
from ajo_cases.domain.followups import (
    DEFAULT_MONITORING_MONTHS,
    FollowUpKind,
    FollowUpSource,
    FollowUpTask,
    PlannedAction,
    add_months,
    grant_monitoring_tasks,
    overdue,
    plan_action_tasks,
    referral_task,
)
from ajo_cases.domain.vocab import ReferralStatus


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 15), 1, date(2026, 2, 15)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 8, 31), 3, date(2026, 11, 30)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 12, 31), 12, date(2027, 12, 31)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 5, 5), 0, date(2026, 5, 5)),
    ],
)
def test_add_months_clamps_to_month_end(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_plan_actions_become_tasks_unless_done() -> None:
    tasks = plan_action_tasks(
        [
            PlannedAction("a1", date(2026, 4, 1)),
            PlannedAction("a2", date(2026, 4, 2), done=True),
            PlannedAction("a3", date(2026, 3, 1)),
        ]
    )
    assert tasks == [
        FollowUpTask(date(2026, 4, 1), FollowUpKind.PLAN_ACTION, FollowUpSource.PLAN_ACTION, "a1"),
        FollowUpTask(date(2026, 3, 1), FollowUpKind.PLAN_ACTION, FollowUpSource.PLAN_ACTION, "a3"),
    ]


def test_referral_follow_up_defaults_to_fourteen_days() -> None:
    task = referral_task("r1", ReferralStatus.SENT, date(2026, 3, 25))
    assert task == FollowUpTask(
        date(2026, 4, 8), FollowUpKind.REFERRAL_FOLLOW_UP, FollowUpSource.REFERRAL, "r1"
    )
    custom = referral_task("r1", ReferralStatus.ACCEPTED, date(2026, 3, 25), days=7)
    assert custom is not None and custom.due == date(2026, 4, 1)


@pytest.mark.parametrize(
    "status",
    [
        ReferralStatus.DRAFT,
        ReferralStatus.DECLINED,
        ReferralStatus.COMPLETED,
        ReferralStatus.WITHDRAWN,
    ],
)
def test_no_referral_follow_up_when_nothing_is_pending(status: ReferralStatus) -> None:
    assert referral_task("r1", status, date(2026, 3, 25)) is None


def test_referral_without_sent_date_has_no_task() -> None:
    assert referral_task("r1", ReferralStatus.SENT, None) is None


def test_negative_referral_interval_is_refused() -> None:
    with pytest.raises(RuleViolation) as caught:
        referral_task("r1", ReferralStatus.SENT, date(2026, 3, 25), days=-1)
    assert caught.value.code == "followup.invalid_interval"


def test_grant_monitoring_at_3_6_12_months() -> None:
    tasks = grant_monitoring_tasks("g1", date(2026, 8, 31))
    assert DEFAULT_MONITORING_MONTHS == (3, 6, 12)
    assert [task.due for task in tasks] == [
        date(2026, 11, 30),
        date(2027, 2, 28),
        date(2027, 8, 31),
    ]
    assert [task.months_after for task in tasks] == [3, 6, 12]
    assert {task.kind for task in tasks} == {FollowUpKind.MONITORING_VISIT}
    assert {(task.source, task.source_id) for task in tasks} == {(FollowUpSource.GRANT, "g1")}


def test_grant_monitoring_is_configurable_and_skips_done_visits() -> None:
    tasks = grant_monitoring_tasks("g1", date(2026, 1, 10), months=(1, 2, 24), visits_done=1)
    assert [task.due for task in tasks] == [date(2026, 3, 10), date(2028, 1, 10)]
    assert grant_monitoring_tasks("g1", date(2026, 1, 10), visits_done=3) == []


@pytest.mark.parametrize("months", [(0, 3), (6, 3), (3, 3), (-3,)])
def test_bad_monitoring_schedules_are_refused(months: tuple[int, ...]) -> None:
    with pytest.raises(RuleViolation) as caught:
        grant_monitoring_tasks("g1", date(2026, 1, 10), months=months)
    assert caught.value.code == "followup.invalid_interval"


def test_overdue_lists_late_tasks_oldest_first() -> None:
    today = date(2026, 4, 10)
    late = FollowUpTask(date(2026, 4, 9), FollowUpKind.PLAN_ACTION, FollowUpSource.PLAN_ACTION, "a")
    later = FollowUpTask(date(2026, 3, 1), FollowUpKind.MONITORING_VISIT, FollowUpSource.GRANT, "g")
    due_today = FollowUpTask(today, FollowUpKind.PLAN_ACTION, FollowUpSource.PLAN_ACTION, "b")
    future = FollowUpTask(
        date(2026, 5, 1), FollowUpKind.PLAN_ACTION, FollowUpSource.PLAN_ACTION, "c"
    )
    assert overdue([late, due_today, future, later], today) == [later, late]
    assert overdue([], today) == []
