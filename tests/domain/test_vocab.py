from __future__ import annotations

import re
from enum import StrEnum

import pytest

from ajo_cases.domain import vocab
from ajo_cases.domain.errors import RuleViolation
from ajo_cases.domain.vocab import (
    COUNTRY_CHOICES,
    COUNTRY_CODES,
    SUGHD_DISTRICTS,
    AssistanceType,
    BeneficiaryCategory,
    CaseStatus,
    ClosureReason,
    Currency,
    District,
    GrantStatus,
    IdentificationSource,
    ReferralStatus,
    Role,
    Sex,
    TraffickingStatus,
    is_country_code,
    may_see_personal_data,
    normalise_country_code,
)

ENUMS = [
    getattr(vocab, name)
    for name in vocab.__all__
    if isinstance(getattr(vocab, name), type) and issubclass(getattr(vocab, name), StrEnum)
]


def test_every_vocabulary_is_exported() -> None:
    assert len(ENUMS) >= 25


@pytest.mark.parametrize("enum", ENUMS, ids=lambda enum: enum.__name__)
def test_codes_are_stable_machine_strings(enum: type[StrEnum]) -> None:
    pattern = r"[A-Z]{3}" if enum is Currency else r"[a-z][a-z0-9_]*"
    for member in enum:
        assert re.fullmatch(pattern, member.value), member
        assert enum(member.value) is member
    assert len({member.value for member in enum}) == len(enum)


def test_required_values_exist() -> None:
    assert [status.value for status in CaseStatus] == ["open", "active", "follow_up", "closed"]
    assert {reason.value for reason in ClosureReason} == {
        "goals_met",
        "moved_away",
        "stopped_by_person",
        "re_migrated",
        "died",
        "referred_elsewhere",
        "funding_ended",
    }
    assert {status.value for status in ReferralStatus} == {
        "draft",
        "sent",
        "accepted",
        "declined",
        "completed",
        "withdrawn",
    }
    assert len(GrantStatus) == 8
    assert len(AssistanceType) == 16
    assert {sex.value for sex in Sex} == {"female", "male", "other_unknown"}
    assert TraffickingStatus("possible") and TraffickingStatus("confirmed")
    assert IdentificationSource("border_service")
    assert BeneficiaryCategory("migrant_family_member")
    assert [currency.value for currency in Currency] == ["TJS", "USD", "EUR"]


def test_codes_compare_equal_to_plain_strings() -> None:
    # Storage keeps the plain string; reading it back must give the same member.
    assert str(CaseStatus.FOLLOW_UP) == "follow_up"
    assert "follow_up" in {CaseStatus.FOLLOW_UP}
    assert CaseStatus("follow_up") is CaseStatus.FOLLOW_UP


def test_only_managers_are_kept_from_personal_data() -> None:
    assert may_see_personal_data(Role.ADMIN)
    assert may_see_personal_data(Role.CASE_WORKER)
    assert may_see_personal_data(Role.SHELTER_STAFF)
    assert not may_see_personal_data(Role.MANAGER)


def test_sughd_has_eighteen_districts() -> None:
    assert len(SUGHD_DISTRICTS) == 18
    assert District.OUTSIDE_SUGHD not in SUGHD_DISTRICTS
    assert District.KHUJAND in SUGHD_DISTRICTS
    assert District("b_gafurov") is District.B_GAFUROV
    assert District("kuhistoni_mastchoh") in SUGHD_DISTRICTS


def test_country_codes() -> None:
    assert COUNTRY_CODES[0] == "TJ"
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in COUNTRY_CODES)
    assert COUNTRY_CHOICES[-1] == "other"
    assert is_country_code("RU")
    assert is_country_code("other")
    assert not is_country_code("ru")
    assert not is_country_code("XX")
    assert not is_country_code("")


def test_normalise_country_code_tidies_or_refuses() -> None:
    assert normalise_country_code(" ru ") == "RU"
    assert normalise_country_code("Other") == "other"
    with pytest.raises(RuleViolation) as caught:
        normalise_country_code("Russia")
    assert caught.value.code == "country.unknown"
    assert caught.value.params == {"value": "Russia"}
