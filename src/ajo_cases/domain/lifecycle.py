"""Status transitions of cases, referrals and reintegration grants.

Each function takes the current status and the wanted one and returns the new status, or
raises RuleViolation with a stable code. Same-status "transitions" are refused, so a caller
never records a change that did not happen.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

from ajo_cases.domain.errors import RuleViolation
from ajo_cases.domain.vocab_assistance import GrantStatus, ReferralStatus
from ajo_cases.domain.vocab_case import CaseStatus, ClosureReason


def _has_text(value: str | None) -> bool:
    return value is not None and bool(value.strip())


# --- cases -------------------------------------------------------------------------------

# Closing is allowed from any open state: a person may stop, move away or die at any point,
# not only after follow-up. Reopening always goes back to active.
CASE_TRANSITIONS: Final[Mapping[CaseStatus, frozenset[CaseStatus]]] = {
    CaseStatus.OPEN: frozenset({CaseStatus.ACTIVE, CaseStatus.CLOSED}),
    CaseStatus.ACTIVE: frozenset({CaseStatus.FOLLOW_UP, CaseStatus.CLOSED}),
    CaseStatus.FOLLOW_UP: frozenset({CaseStatus.ACTIVE, CaseStatus.CLOSED}),
    CaseStatus.CLOSED: frozenset({CaseStatus.ACTIVE}),
}

OPEN_REFERRAL_STATUSES: Final[frozenset[ReferralStatus]] = frozenset(
    {ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.ACCEPTED}
)


def is_referral_open(status: ReferralStatus) -> bool:
    """Draft, sent or accepted: work is still pending with the partner."""
    return status in OPEN_REFERRAL_STATUSES


def closure_blockers(
    referral_statuses: Iterable[ReferralStatus], in_shelter: bool
) -> list[RuleViolation]:
    """What stands in the way of closing a case (empty when nothing does)."""
    blockers: list[RuleViolation] = []
    open_count = sum(1 for status in referral_statuses if is_referral_open(status))
    if open_count:
        blockers.append(RuleViolation("case.close_with_open_referrals", count=open_count))
    if in_shelter:
        blockers.append(RuleViolation("case.close_while_in_shelter"))
    return blockers


def change_case_status(
    current: CaseStatus,
    target: CaseStatus,
    *,
    closure_reason: ClosureReason | None = None,
    reopen_reason: str | None = None,
    referral_statuses: Iterable[ReferralStatus] = (),
    in_shelter: bool = False,
    force_reason: str | None = None,
) -> CaseStatus:
    """Move a case to `target`.

    Closing needs a closure reason, and is refused while referrals are open or the person is
    still in the shelter unless `force_reason` (non-empty) is given; the caller audits that.
    Reopening a closed case needs `reopen_reason`.
    """
    if target not in CASE_TRANSITIONS[current]:
        raise RuleViolation("case.transition_not_allowed", current=current, target=target)
    if target is CaseStatus.CLOSED:
        if closure_reason is None:
            raise RuleViolation("case.closure_needs_reason")
        if not _has_text(force_reason):
            blockers = closure_blockers(referral_statuses, in_shelter)
            if blockers:
                raise blockers[0]
    if current is CaseStatus.CLOSED and not _has_text(reopen_reason):
        raise RuleViolation("case.reopen_needs_reason")
    return target


# --- referrals ---------------------------------------------------------------------------

REFERRAL_TRANSITIONS: Final[Mapping[ReferralStatus, frozenset[ReferralStatus]]] = {
    ReferralStatus.DRAFT: frozenset({ReferralStatus.SENT, ReferralStatus.WITHDRAWN}),
    ReferralStatus.SENT: frozenset(
        {ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, ReferralStatus.WITHDRAWN}
    ),
    ReferralStatus.ACCEPTED: frozenset({ReferralStatus.COMPLETED, ReferralStatus.WITHDRAWN}),
    ReferralStatus.DECLINED: frozenset(),
    ReferralStatus.COMPLETED: frozenset(),
    ReferralStatus.WITHDRAWN: frozenset(),
}


def change_referral_status(
    current: ReferralStatus, target: ReferralStatus, *, reason: str | None = None
) -> ReferralStatus:
    """Move a referral to `target`; a decline must say why (the partner's reason)."""
    if target not in REFERRAL_TRANSITIONS[current]:
        raise RuleViolation("referral.transition_not_allowed", current=current, target=target)
    if target is ReferralStatus.DECLINED and not _has_text(reason):
        raise RuleViolation("referral.decline_needs_reason")
    return target


# --- reintegration grants ----------------------------------------------------------------

GRANT_TRANSITIONS: Final[Mapping[GrantStatus, frozenset[GrantStatus]]] = {
    GrantStatus.PLAN: frozenset({GrantStatus.SUBMITTED}),
    GrantStatus.SUBMITTED: frozenset({GrantStatus.APPROVED, GrantStatus.REJECTED}),
    # A rejected business plan is usually reworked and submitted again.
    GrantStatus.REJECTED: frozenset({GrantStatus.PLAN}),
    GrantStatus.APPROVED: frozenset({GrantStatus.PURCHASED}),
    GrantStatus.PURCHASED: frozenset({GrantStatus.HANDED_OVER}),
    GrantStatus.HANDED_OVER: frozenset({GrantStatus.MONITORING}),
    GrantStatus.MONITORING: frozenset({GrantStatus.CLOSED}),
    GrantStatus.CLOSED: frozenset(),
}

_NOT_YET_APPROVED: Final = frozenset(
    {GrantStatus.PLAN, GrantStatus.SUBMITTED, GrantStatus.REJECTED}
)
_NEEDS_APPROVAL: Final = frozenset(
    {GrantStatus.PURCHASED, GrantStatus.HANDED_OVER, GrantStatus.MONITORING, GrantStatus.CLOSED}
)


def change_grant_status(current: GrantStatus, target: GrantStatus) -> GrantStatus:
    """Move a grant to `target`; nothing is bought or handed over before donor approval."""
    if target in GRANT_TRANSITIONS[current]:
        return target
    if current in _NOT_YET_APPROVED and target in _NEEDS_APPROVAL:
        raise RuleViolation("grant.not_approved", current=current, target=target)
    raise RuleViolation("grant.transition_not_allowed", current=current, target=target)
