"""Consent rules: sharing with partners, referral overrides, and being counted in statistics.

Consents are dated records; the latest one that applies wins. A record with given=False is a
withdrawal. Records on the same date are taken in the order given (the order they were
recorded), so a withdrawal entered after a consent on the same day wins.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ajo_cases.domain.errors import RuleViolation
from ajo_cases.domain.vocab_case import ConsentKind
from ajo_cases.domain.vocab_people import Role


@dataclass(frozen=True, slots=True)
class Consent:
    kind: ConsentKind
    given: bool
    dated: date
    # Sharing consent names the partner organisations. A sharing withdrawal with no
    # partners withdraws sharing with everyone.
    partner_ids: frozenset[str] = frozenset()


def _latest(records: Iterable[Consent]) -> Consent | None:
    latest: Consent | None = None
    for record in records:
        if latest is None or record.dated >= latest.dated:
            latest = record
    return latest


def _covers(record: Consent, partner_id: str) -> bool:
    if partner_id in record.partner_ids:
        return True
    return not record.given and not record.partner_ids


def may_share(consents: Iterable[Consent], partner_id: str, on_date: date) -> bool:
    """True when the latest sharing record covering the partner, up to on_date, is a yes."""
    latest = _latest(
        record
        for record in consents
        if record.kind is ConsentKind.SHARING
        and record.dated <= on_date
        and _covers(record, partner_id)
    )
    return latest is not None and latest.given


# Who may send a referral without the person's sharing consent (with a written reason).
OVERRIDE_ROLES = frozenset({Role.ADMIN})


def check_referral_consent(
    consents: Iterable[Consent],
    partner_id: str,
    on_date: date,
    override_reason: str | None,
    actor_role: Role,
) -> bool:
    """Allow a referral to the partner, or raise "referral.no_sharing_consent".

    Without consent, an administrator may override with a written reason. Returns True when
    the override was used, so the service writes it to the audit log. The `override` param of
    the error tells the UI why an attempted override failed: "none", "not_admin" or
    "missing_reason".
    """
    if may_share(consents, partner_id, on_date):
        return False
    reason_given = override_reason is not None and bool(override_reason.strip())
    if actor_role in OVERRIDE_ROLES and reason_given:
        return True
    if override_reason is None:
        attempt = "none"
    elif actor_role not in OVERRIDE_ROLES:
        attempt = "not_admin"
    else:
        attempt = "missing_reason"
    raise RuleViolation("referral.no_sharing_consent", partner=partner_id, override=attempt)


def _latest_of_kind(
    consents: Iterable[Consent], kind: ConsentKind, on_date: date | None
) -> Consent | None:
    return _latest(
        record
        for record in consents
        if record.kind is kind and (on_date is None or record.dated <= on_date)
    )


def counted_in_statistics(consents: Iterable[Consent], on_date: date | None = None) -> bool:
    """Counted unless the latest statistics record is a refusal or withdrawal."""
    latest = _latest_of_kind(consents, ConsentKind.STATISTICS, on_date)
    return latest is None or latest.given


def has_registration_consent(consents: Iterable[Consent], on_date: date | None = None) -> bool:
    """True when the latest registration record is a yes (no record means no consent)."""
    latest = _latest_of_kind(consents, ConsentKind.REGISTRATION, on_date)
    return latest is not None and latest.given
