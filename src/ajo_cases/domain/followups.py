"""Follow-up tasks generated from plan actions, referrals and grant handovers."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Final

from ajo_cases.domain.errors import RuleViolation
from ajo_cases.domain.vocab_assistance import ReferralStatus

DEFAULT_REFERRAL_FOLLOW_UP_DAYS: Final = 14
DEFAULT_MONITORING_MONTHS: Final[tuple[int, ...]] = (3, 6, 12)


class FollowUpKind(StrEnum):
    PLAN_ACTION = "plan_action"
    REFERRAL_FOLLOW_UP = "referral_follow_up"
    MONITORING_VISIT = "monitoring_visit"


class FollowUpSource(StrEnum):
    """What the task's source_id points at."""

    PLAN_ACTION = "plan_action"
    REFERRAL = "referral"
    GRANT = "grant"


@dataclass(frozen=True, slots=True)
class FollowUpTask:
    due: date
    kind: FollowUpKind
    source: FollowUpSource
    source_id: str
    # For monitoring visits: months after handover, so the UI can say "6-month visit".
    months_after: int | None = None


@dataclass(frozen=True, slots=True)
class PlannedAction:
    action_id: str
    due: date
    done: bool = False


def add_months(day: date, months: int) -> date:
    """Same day `months` later, clamped to the month's end (31 Jan + 1 -> 28/29 Feb)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last_day))


def plan_action_tasks(actions: Iterable[PlannedAction]) -> list[FollowUpTask]:
    """One task per planned action that is not done yet, due on its date."""
    return [
        FollowUpTask(
            action.due, FollowUpKind.PLAN_ACTION, FollowUpSource.PLAN_ACTION, action.action_id
        )
        for action in actions
        if not action.done
    ]


# Still waiting on the partner: sent but not answered, or accepted but not completed.
_REFERRAL_NEEDS_FOLLOW_UP: Final = frozenset({ReferralStatus.SENT, ReferralStatus.ACCEPTED})


def referral_task(
    referral_id: str,
    status: ReferralStatus,
    sent_on: date | None,
    days: int = DEFAULT_REFERRAL_FOLLOW_UP_DAYS,
) -> FollowUpTask | None:
    """A follow-up `days` after the referral was sent, while the partner still has it."""
    if days < 0:
        raise RuleViolation("followup.invalid_interval", days=days)
    if sent_on is None or status not in _REFERRAL_NEEDS_FOLLOW_UP:
        return None
    return FollowUpTask(
        sent_on + timedelta(days=days),
        FollowUpKind.REFERRAL_FOLLOW_UP,
        FollowUpSource.REFERRAL,
        referral_id,
    )


def grant_monitoring_tasks(
    grant_id: str,
    handed_over_on: date,
    months: Sequence[int] = DEFAULT_MONITORING_MONTHS,
    visits_done: int = 0,
) -> list[FollowUpTask]:
    """Monitoring visits at the given months after handover, skipping visits already made."""
    if any(step <= 0 for step in months) or list(months) != sorted(set(months)):
        raise RuleViolation("followup.invalid_interval", months=",".join(map(str, months)))
    return [
        FollowUpTask(
            add_months(handed_over_on, step),
            FollowUpKind.MONITORING_VISIT,
            FollowUpSource.GRANT,
            grant_id,
            months_after=step,
        )
        for step in months[visits_done:]
    ]


def overdue(tasks: Iterable[FollowUpTask], today: date) -> list[FollowUpTask]:
    """Tasks due before today, oldest first (a task due today is not yet overdue)."""
    late = [task for task in tasks if task.due < today]
    return sorted(late, key=lambda task: (task.due, task.source, task.source_id))
