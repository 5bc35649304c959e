from __future__ import annotations

from datetime import date

import pytest

from ajo_cases.domain.consent import (
    Consent,
    check_referral_consent,
    counted_in_statistics,
    has_registration_consent,
    may_share,
)
from ajo_cases.domain.errors import RuleViolation
from ajo_cases.domain.vocab import ConsentKind, Role

JAN = date(2026, 1, 10)
FEB = date(2026, 2, 10)
MAR = date(2026, 3, 10)


def sharing(given: bool, on: date, *partners: str) -> Consent:
    return Consent(ConsentKind.SHARING, given, on, frozenset(partners))


def test_no_consent_means_no_sharing() -> None:
    assert not may_share([], "iom", MAR)


def test_sharing_covers_only_named_partners() -> None:
    consents = [sharing(True, JAN, "iom", "hospital-1")]
    assert may_share(consents, "iom", FEB)
    assert may_share(consents, "hospital-1", FEB)
    assert not may_share(consents, "police", FEB)


def test_consent_counts_from_its_date() -> None:
    consents = [sharing(True, FEB, "iom")]
    assert not may_share(consents, "iom", JAN)
    assert may_share(consents, "iom", FEB)


def test_withdrawal_for_one_partner() -> None:
    consents = [sharing(True, JAN, "iom", "police"), sharing(False, FEB, "police")]
    assert may_share(consents, "iom", MAR)
    assert not may_share(consents, "police", MAR)
    assert may_share(consents, "police", JAN)  # before the withdrawal


def test_withdrawal_without_partners_withdraws_all() -> None:
    consents = [sharing(True, JAN, "iom", "police"), sharing(False, FEB)]
    assert not may_share(consents, "iom", MAR)
    assert not may_share(consents, "police", MAR)


def test_consent_given_again_after_withdrawal() -> None:
    consents = [sharing(True, JAN, "iom"), sharing(False, FEB), sharing(True, MAR, "iom")]
    assert may_share(consents, "iom", MAR)


def test_same_day_records_follow_recording_order() -> None:
    assert not may_share([sharing(True, FEB, "iom"), sharing(False, FEB, "iom")], "iom", FEB)
    assert may_share([sharing(False, FEB, "iom"), sharing(True, FEB, "iom")], "iom", FEB)


def test_order_of_other_dates_does_not_matter() -> None:
    consents = [sharing(True, MAR, "iom"), sharing(False, JAN, "iom")]
    assert may_share(consents, "iom", MAR)


def test_other_kinds_do_not_allow_sharing() -> None:
    consents = [Consent(ConsentKind.REGISTRATION, True, JAN, frozenset({"iom"}))]
    assert not may_share(consents, "iom", MAR)


def test_referral_with_consent_needs_no_override() -> None:
    consents = [sharing(True, JAN, "iom")]
    assert check_referral_consent(consents, "iom", FEB, None, Role.CASE_WORKER) is False
    # An offered override is not "used" when consent exists.
    assert check_referral_consent(consents, "iom", FEB, "urgent", Role.ADMIN) is False


def test_referral_without_consent_is_refused() -> None:
    with pytest.raises(RuleViolation) as caught:
        check_referral_consent([], "iom", FEB, None, Role.CASE_WORKER)
    assert caught.value.code == "referral.no_sharing_consent"
    assert caught.value.params == {"partner": "iom", "override": "none"}


def test_admin_override_with_reason_is_used_and_flagged() -> None:
    used = check_referral_consent([], "iom", FEB, "life-threatening, court order", Role.ADMIN)
    assert used is True


@pytest.mark.parametrize(
    ("reason", "role", "attempt"),
    [
        ("urgent", Role.CASE_WORKER, "not_admin"),
        ("urgent", Role.MANAGER, "not_admin"),
        ("urgent", Role.SHELTER_STAFF, "not_admin"),
        ("", Role.ADMIN, "missing_reason"),
        ("   ", Role.ADMIN, "missing_reason"),
        (None, Role.ADMIN, "none"),
    ],
)
def test_failed_overrides(reason: str | None, role: Role, attempt: str) -> None:
    with pytest.raises(RuleViolation) as caught:
        check_referral_consent([sharing(False, JAN)], "iom", FEB, reason, role)
    assert caught.value.code == "referral.no_sharing_consent"
    assert caught.value.params["override"] == attempt


def stats(given: bool, on: date) -> Consent:
    return Consent(ConsentKind.STATISTICS, given, on)


def test_counted_in_statistics() -> None:
    assert counted_in_statistics([])
    assert counted_in_statistics([stats(True, JAN)])
    assert not counted_in_statistics([stats(True, JAN), stats(False, FEB)])
    assert counted_in_statistics([stats(False, JAN), stats(True, FEB)])
    assert counted_in_statistics([stats(True, JAN), stats(False, MAR)], on_date=FEB)
    assert counted_in_statistics([sharing(False, FEB)])  # other kinds do not matter


def test_registration_consent() -> None:
    registration = Consent(ConsentKind.REGISTRATION, True, JAN)
    withdrawn = Consent(ConsentKind.REGISTRATION, False, FEB)
    assert not has_registration_consent([])
    assert has_registration_consent([registration])
    assert not has_registration_consent([registration, withdrawn])
    assert has_registration_consent([registration, withdrawn], on_date=JAN)
