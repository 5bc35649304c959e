from __future__ import annotations

import itertools

import pytest

from ajo_cases.domain.errors import RuleViolation
from ajo_cases.domain.lifecycle import (
    CASE_TRANSITIONS,
    GRANT_TRANSITIONS,
    REFERRAL_TRANSITIONS,
    change_case_status,
    change_grant_status,
    change_referral_status,
    closure_blockers,
    is_referral_open,
)
from ajo_cases.domain.vocab import CaseStatus, ClosureReason, GrantStatus, ReferralStatus

C = CaseStatus
R = ReferralStatus
G = GrantStatus


def _code(call: object) -> str:
    assert callable(call)
    with pytest.raises(RuleViolation) as caught:
        call()
    return caught.value.code


# --- cases ---------------------------------------------------------------------------------


def test_case_moves_forward() -> None:
    assert change_case_status(C.OPEN, C.ACTIVE) is C.ACTIVE
    assert change_case_status(C.ACTIVE, C.FOLLOW_UP) is C.FOLLOW_UP
    assert change_case_status(C.FOLLOW_UP, C.ACTIVE) is C.ACTIVE
    closed = change_case_status(C.FOLLOW_UP, C.CLOSED, closure_reason=ClosureReason.GOALS_MET)
    assert closed is C.CLOSED


@pytest.mark.parametrize("current", [C.OPEN, C.ACTIVE, C.FOLLOW_UP])
def test_case_can_close_from_any_open_state(current: CaseStatus) -> None:
    assert change_case_status(current, C.CLOSED, closure_reason=ClosureReason.DIED) is C.CLOSED


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (C.OPEN, C.FOLLOW_UP),
        (C.OPEN, C.OPEN),
        (C.ACTIVE, C.OPEN),
        (C.ACTIVE, C.ACTIVE),
        (C.FOLLOW_UP, C.OPEN),
        (C.CLOSED, C.FOLLOW_UP),
        (C.CLOSED, C.OPEN),
        (C.CLOSED, C.CLOSED),
    ],
)
def test_case_refuses_other_moves(current: CaseStatus, target: CaseStatus) -> None:
    with pytest.raises(RuleViolation) as caught:
        change_case_status(
            current, target, closure_reason=ClosureReason.GOALS_MET, reopen_reason="x"
        )
    assert caught.value.code == "case.transition_not_allowed"
    assert caught.value.params == {"current": current.value, "target": target.value}


def test_transition_table_is_complete() -> None:
    assert set(CASE_TRANSITIONS) == set(CaseStatus)
    assert set(REFERRAL_TRANSITIONS) == set(ReferralStatus)
    assert set(GRANT_TRANSITIONS) == set(GrantStatus)


def test_closing_needs_a_reason() -> None:
    assert _code(lambda: change_case_status(C.ACTIVE, C.CLOSED)) == "case.closure_needs_reason"


def test_closing_with_open_referrals_is_refused() -> None:
    with pytest.raises(RuleViolation) as caught:
        change_case_status(
            C.ACTIVE,
            C.CLOSED,
            closure_reason=ClosureReason.GOALS_MET,
            referral_statuses=[R.COMPLETED, R.SENT, R.DRAFT, R.DECLINED],
        )
    assert caught.value.code == "case.close_with_open_referrals"
    assert caught.value.params == {"count": "2"}


@pytest.mark.parametrize("status", [R.DECLINED, R.COMPLETED, R.WITHDRAWN])
def test_finished_referrals_do_not_block_closing(status: ReferralStatus) -> None:
    closed = change_case_status(
        C.ACTIVE, C.CLOSED, closure_reason=ClosureReason.GOALS_MET, referral_statuses=[status]
    )
    assert closed is C.CLOSED


def test_closing_while_in_shelter_is_refused() -> None:
    code = _code(
        lambda: change_case_status(
            C.ACTIVE, C.CLOSED, closure_reason=ClosureReason.MOVED_AWAY, in_shelter=True
        )
    )
    assert code == "case.close_while_in_shelter"


def _close_blocked(force_reason: str | None) -> CaseStatus:
    return change_case_status(
        C.ACTIVE,
        C.CLOSED,
        closure_reason=ClosureReason.DIED,
        referral_statuses=[R.ACCEPTED],
        in_shelter=True,
        force_reason=force_reason,
    )


def test_force_reason_overrides_blockers_but_must_have_text() -> None:
    assert _close_blocked("person died") is C.CLOSED
    assert _code(lambda: _close_blocked("  ")) == "case.close_with_open_referrals"
    assert _code(lambda: _close_blocked(None)) == "case.close_with_open_referrals"


def test_force_reason_does_not_replace_the_closure_reason() -> None:
    code = _code(lambda: change_case_status(C.ACTIVE, C.CLOSED, force_reason="urgent"))
    assert code == "case.closure_needs_reason"


def test_reopening_needs_a_reason() -> None:
    assert _code(lambda: change_case_status(C.CLOSED, C.ACTIVE)) == "case.reopen_needs_reason"
    assert _code(lambda: change_case_status(C.CLOSED, C.ACTIVE, reopen_reason=" ")) == (
        "case.reopen_needs_reason"
    )
    assert change_case_status(C.CLOSED, C.ACTIVE, reopen_reason="came back") is C.ACTIVE


def test_closure_blockers_lists_everything() -> None:
    blockers = closure_blockers([R.DRAFT], in_shelter=True)
    assert [blocker.code for blocker in blockers] == [
        "case.close_with_open_referrals",
        "case.close_while_in_shelter",
    ]
    assert closure_blockers([], in_shelter=False) == []


def test_open_referral_statuses() -> None:
    assert {status for status in R if is_referral_open(status)} == {R.DRAFT, R.SENT, R.ACCEPTED}


# --- referrals -----------------------------------------------------------------------------

ALLOWED_REFERRAL = {
    (R.DRAFT, R.SENT),
    (R.SENT, R.ACCEPTED),
    (R.SENT, R.DECLINED),
    (R.ACCEPTED, R.COMPLETED),
    (R.DRAFT, R.WITHDRAWN),
    (R.SENT, R.WITHDRAWN),
    (R.ACCEPTED, R.WITHDRAWN),
}


@pytest.mark.parametrize(("current", "target"), list(itertools.product(R, R)))
def test_referral_transitions(current: ReferralStatus, target: ReferralStatus) -> None:
    if (current, target) in ALLOWED_REFERRAL:
        assert change_referral_status(current, target, reason="full") is target
    else:
        with pytest.raises(RuleViolation) as caught:
            change_referral_status(current, target, reason="full")
        assert caught.value.code == "referral.transition_not_allowed"


def test_decline_needs_a_reason() -> None:
    for reason in (None, "", "   "):
        with pytest.raises(RuleViolation) as caught:
            change_referral_status(R.SENT, R.DECLINED, reason=reason)
        assert caught.value.code == "referral.decline_needs_reason"
    assert change_referral_status(R.SENT, R.DECLINED, reason="no places") is R.DECLINED


def test_withdrawal_needs_no_reason() -> None:
    assert change_referral_status(R.SENT, R.WITHDRAWN) is R.WITHDRAWN


# --- grants --------------------------------------------------------------------------------

GRANT_PATH = [G.PLAN, G.SUBMITTED, G.APPROVED, G.PURCHASED, G.HANDED_OVER, G.MONITORING, G.CLOSED]


def test_grant_happy_path() -> None:
    status = GRANT_PATH[0]
    for target in GRANT_PATH[1:]:
        status = change_grant_status(status, target)
    assert status is G.CLOSED


def test_grant_rejection_and_rework() -> None:
    assert change_grant_status(G.SUBMITTED, G.REJECTED) is G.REJECTED
    assert change_grant_status(G.REJECTED, G.PLAN) is G.PLAN


@pytest.mark.parametrize("current", [G.PLAN, G.SUBMITTED, G.REJECTED])
@pytest.mark.parametrize("target", [G.PURCHASED, G.HANDED_OVER, G.MONITORING, G.CLOSED])
def test_nothing_is_bought_or_handed_over_before_approval(
    current: GrantStatus, target: GrantStatus
) -> None:
    with pytest.raises(RuleViolation) as caught:
        change_grant_status(current, target)
    assert caught.value.code == "grant.not_approved"


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (G.PLAN, G.APPROVED),
        (G.APPROVED, G.HANDED_OVER),  # purchase first
        (G.APPROVED, G.REJECTED),
        (G.HANDED_OVER, G.PURCHASED),
        (G.CLOSED, G.MONITORING),
        (G.MONITORING, G.MONITORING),
        (G.PLAN, G.PLAN),
    ],
)
def test_grant_refuses_skips_and_back_steps(current: GrantStatus, target: GrantStatus) -> None:
    with pytest.raises(RuleViolation) as caught:
        change_grant_status(current, target)
    assert caught.value.code == "grant.transition_not_allowed"
