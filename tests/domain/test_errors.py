from __future__ import annotations

import pytest

from ajo_cases.domain.errors import DomainError, Problem, RuleViolation


def test_rule_violation_keeps_code_and_stringifies_params() -> None:
    error = RuleViolation("shelter.full", capacity=12, date="2026-01-05")
    assert error.code == "shelter.full"
    assert error.params == {"capacity": "12", "date": "2026-01-05"}
    assert isinstance(error, DomainError)
    assert str(error) == "shelter.full (capacity=12, date=2026-01-05)"


def test_rule_violation_without_params_prints_code() -> None:
    assert str(RuleViolation("case.closure_needs_reason")) == "case.closure_needs_reason"
    assert "case.closure_needs_reason" in repr(RuleViolation("case.closure_needs_reason"))


def test_rule_violation_can_be_raised_and_caught_as_domain_error() -> None:
    with pytest.raises(DomainError) as caught:
        raise RuleViolation("x.y", a=1)
    assert isinstance(caught.value, RuleViolation)
    assert caught.value.params == {"a": "1"}


def test_problem_is_hashable_and_comparable() -> None:
    first = Problem("password.too_short", {"min": "12"})
    assert first == Problem("password.too_short", {"min": "12"})
    assert first != Problem("password.too_short", {"min": "15"})
    assert len({first, Problem("password.common")}) == 2
