"""Referrals to partner organisations: draft, send (consent-checked), answer, complete, withdraw.

Sending needs the person's sharing consent for that partner; without it only an administrator
may send, with a written reason that is stored encrypted and audited as "consent_override".
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ajo_cases.domain import consent as consent_rules
from ajo_cases.domain import lifecycle
from ajo_cases.domain.followups import (
    DEFAULT_REFERRAL_FOLLOW_UP_DAYS,
    FollowUpSource,
    referral_task,
)
from ajo_cases.domain.records import PERSONAL_PERSON_FIELDS
from ajo_cases.domain.records_casework import URGENCIES, ReferralForm, ReferralRecord
from ajo_cases.domain.vocab import AssistanceType, ReferralStatus, Role
from ajo_cases.errors import InvalidInput, NotFound
from ajo_cases.services import damaged, versions
from ajo_cases.services.casework import consents, followups
from ajo_cases.services.casework.cases import CASE_WORK_ROLES
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage.base import new_uuid
from ajo_cases.storage.models import Case, Consent, PartnerOrg, Referral
from ajo_cases.storage.sealed import seal, unseal_or_none


def to_record(vault: OpenVault, row: Referral, partner_name: str) -> ReferralRecord:
    cipher = vault.cipher
    form = ReferralForm(
        row.partner_id, row.service, row.urgency, unseal_or_none(cipher, row, "note_enc")
    )
    return ReferralRecord(
        id=row.id, case_id=row.case_id, form=form, partner_name=partner_name, status=row.status,
        created_on=row.created_on, sent_on=row.sent_on, answered_on=row.answered_on,
        completed_on=row.completed_on, follow_up_due=row.follow_up_due,
        consent_id=row.consent_id, consent_override=row.consent_override,
        override_reason=unseal_or_none(cipher, row, "override_reason_enc"),
        decline_reason=unseal_or_none(cipher, row, "decline_reason_enc"),
        created_by=row.created_by, restricted=not cipher.can_read_personal, version=row.version,
    )  # fmt: skip


def _check(session: Session, form: ReferralForm) -> PartnerOrg:
    if form.service not in {t.value for t in AssistanceType}:
        raise InvalidInput(f"unknown service {form.service!r}", field="service")
    if form.urgency not in URGENCIES:
        raise InvalidInput(f"unknown urgency {form.urgency!r}", field="urgency")
    partner = session.get(PartnerOrg, form.partner_id)
    if partner is None or not partner.active:
        raise InvalidInput("the organisation is not in the directory", field="partner_id")
    return partner


def create_draft(
    vault: OpenVault, case_id: str, form: ReferralForm, on: date | None = None
) -> tuple[ReferralRecord, Changes]:
    vault.require_role(*CASE_WORK_ROLES)
    with vault.unit_of_work() as session:
        followups.require_case(session, case_id)
        partner = _check(session, form)
        row = Referral(
            id=new_uuid(), case_id=case_id, partner_id=partner.id, service=form.service,
            urgency=form.urgency, status=ReferralStatus.DRAFT.value,
            created_on=on or date.today(), created_by=vault.user,
        )  # fmt: skip
        seal(vault.cipher, row, "note_enc", form.note)
        session.add(row)
        session.flush()
        vault.record(
            session, "create", target_table="referral", target_id=row.id,
            fields=["partner_id", "service", "urgency"] + ["note"] * bool(form.note),
        )  # fmt: skip
        record = to_record(vault, row, partner.name)
    return record, Changes.of("referral", "case", case_id=case_id, ids=(row.id,))


def _load(session: Session, referral_id: str) -> tuple[Referral, str]:
    found = session.execute(
        select(Referral, PartnerOrg.name)
        .join(PartnerOrg, Referral.partner_id == PartnerOrg.id)
        .where(Referral.id == referral_id)
    ).first()
    if found is None:
        raise NotFound("no such referral")
    return found[0], found[1]


def _move(row: Referral, target: ReferralStatus, reason: str | None = None) -> str:
    """Apply the domain transition; returns the previous status for the audit line."""
    previous = row.status
    row.status = lifecycle.change_referral_status(
        ReferralStatus(previous), target, reason=reason
    ).value
    return previous


def _audit_status(
    vault: OpenVault, session: Session, row: Referral, previous: str, fields: list[str]
) -> None:
    session.flush()
    vault.record(
        session, "status_change", target_table="referral", target_id=row.id,
        fields=["status", *fields], detail=f"{previous}->{row.status}",
    )  # fmt: skip


def _covering_consent(rows: list[Consent], partner_id: str, on: date) -> str | None:
    """The latest sharing consent naming the partner, for the referral's consent reference."""
    covering = [
        r for r in rows
        if r.kind == "sharing" and r.given and r.recorded_on <= on
        and partner_id in r.partner_ids.split(",")
    ]  # fmt: skip
    return covering[-1].id if covering else None


def send(
    vault: OpenVault,
    referral_id: str,
    on: date | None = None,
    *,
    override_reason: str | None = None,
    follow_up_days: int = DEFAULT_REFERRAL_FOLLOW_UP_DAYS,
    expected_version: int | None = None,
) -> tuple[ReferralRecord, Changes]:
    """Send a draft. Refused (RuleViolation "referral.no_sharing_consent") without sharing
    consent for the partner, unless an admin gives `override_reason`. Opens a follow-up."""
    vault.require_role(*CASE_WORK_ROLES)
    on = on or date.today()
    with vault.unit_of_work() as session:
        row, partner_name = _load(session, referral_id)
        versions.require(session, row, expected_version)
        consent_rows = consents.rows_for_case(session, row.case_id)
        overridden = consent_rules.check_referral_consent(
            consents.as_rules(consent_rows), row.partner_id, on, override_reason, Role(vault.role)
        )
        previous = _move(row, ReferralStatus.SENT)
        row.sent_on = on
        if overridden:
            row.consent_override, row.consent_id = True, None
            seal(vault.cipher, row, "override_reason_enc", override_reason)
        else:
            row.consent_id = _covering_consent(consent_rows, row.partner_id, on)
        task = referral_task(row.id, ReferralStatus.SENT, on, follow_up_days)
        row.follow_up_due = task.due if task else None
        _audit_status(vault, session, row, previous, ["sent_on", "consent_id"])
        if overridden:
            vault.record(
                session, "consent_override", target_table="referral", target_id=row.id,
                fields=["override_reason"], detail=f"partner_org:{row.partner_id}",
            )  # fmt: skip
        case = followups.require_case(session, row.case_id)
        followups.open_tasks(vault, session, case, [task] if task else [])
        record = to_record(vault, row, partner_name)
    return record, _changes(row)


def accept(
    vault: OpenVault,
    referral_id: str,
    on: date | None = None,
    *,
    follow_up_days: int = DEFAULT_REFERRAL_FOLLOW_UP_DAYS,
    expected_version: int | None = None,
) -> tuple[ReferralRecord, Changes]:
    """The partner took the person on: the answer task closes, a completion check opens."""
    vault.require_role(*CASE_WORK_ROLES)
    on = on or date.today()
    with vault.unit_of_work() as session:
        row, partner_name = _load(session, referral_id)
        versions.require(session, row, expected_version)
        previous = _move(row, ReferralStatus.ACCEPTED)
        row.answered_on = on
        _close(vault, session, row, on)
        # the partner still has the person, so check on completion `follow_up_days` later
        task = referral_task(row.id, ReferralStatus.ACCEPTED, on, follow_up_days)
        row.follow_up_due = task.due if task else None
        _audit_status(vault, session, row, previous, ["answered_on"])
        case = followups.require_case(session, row.case_id)
        followups.open_tasks(vault, session, case, [task] if task else [])
        record = to_record(vault, row, partner_name)
    return record, _changes(row)


def decline(
    vault: OpenVault,
    referral_id: str,
    reason: str | None,
    on: date | None = None,
    *,
    expected_version: int | None = None,
) -> tuple[ReferralRecord, Changes]:
    """The partner refused; its reason is required and stored encrypted."""
    vault.require_role(*CASE_WORK_ROLES)
    on = on or date.today()
    with vault.unit_of_work() as session:
        row, partner_name = _load(session, referral_id)
        versions.require(session, row, expected_version)
        previous = _move(row, ReferralStatus.DECLINED, reason)
        row.answered_on, row.follow_up_due = on, None
        seal(vault.cipher, row, "decline_reason_enc", reason)
        _close(vault, session, row, on)
        _audit_status(vault, session, row, previous, ["answered_on", "decline_reason"])
        record = to_record(vault, row, partner_name)
    return record, _changes(row)


def complete(
    vault: OpenVault,
    referral_id: str,
    on: date | None = None,
    *,
    expected_version: int | None = None,
) -> tuple[ReferralRecord, Changes]:
    vault.require_role(*CASE_WORK_ROLES)
    on = on or date.today()
    with vault.unit_of_work() as session:
        row, partner_name = _load(session, referral_id)
        versions.require(session, row, expected_version)
        previous = _move(row, ReferralStatus.COMPLETED)
        row.completed_on, row.follow_up_due = on, None
        _close(vault, session, row, on)
        _audit_status(vault, session, row, previous, ["completed_on"])
        record = to_record(vault, row, partner_name)
    return record, _changes(row)


def withdraw(
    vault: OpenVault,
    referral_id: str,
    on: date | None = None,
    *,
    expected_version: int | None = None,
) -> tuple[ReferralRecord, Changes]:
    """Take the referral back; pending follow-ups are cancelled (not counted as done)."""
    vault.require_role(*CASE_WORK_ROLES)
    with vault.unit_of_work() as session:
        row, partner_name = _load(session, referral_id)
        versions.require(session, row, expected_version)
        previous = _move(row, ReferralStatus.WITHDRAWN)
        row.follow_up_due = None
        followups.cancel_tasks(
            vault, session, row.case_id, source=FollowUpSource.REFERRAL, source_id=row.id
        )
        _audit_status(vault, session, row, previous, [])
        record = to_record(vault, row, partner_name)
    return record, _changes(row)


def _close(vault: OpenVault, session: Session, row: Referral, on: date) -> None:
    followups.close_tasks(
        vault, session, row.case_id, source=FollowUpSource.REFERRAL, source_id=row.id, on=on
    )


def _changes(row: Referral) -> Changes:
    return Changes.of("referral", "follow_up", "case", case_id=row.case_id, ids=(row.id,))


def shared_fields(
    vault: OpenVault, case_id: str, referral_id: str, on: date | None = None
) -> tuple[str, ...]:
    """Personal fields that may be printed on the referral form: every person field when the
    person's sharing consent covers the partner today, otherwise none (an override included)."""
    on = on or date.today()
    with vault.read_session() as session:
        row, _name = _load(session, referral_id)
        if row.case_id != case_id:
            raise NotFound("no such referral for this case")
        consent = consents.as_rules(consents.rows_for_case(session, case_id))
        if consent_rules.may_share(consent, row.partner_id, on):
            return PERSONAL_PERSON_FIELDS
        return ()


def for_case(vault: OpenVault, session: Session, case_id: str) -> list[ReferralRecord]:
    rows = session.execute(
        select(Referral, PartnerOrg.name)
        .join(PartnerOrg, Referral.partner_id == PartnerOrg.id)
        .where(Referral.case_id == case_id)
        .order_by(Referral.created_on.desc())
    ).all()
    return [to_record(vault, row, name) for row, name in rows]


def list_referrals(
    vault: OpenVault,
    *,
    case_id: str | None = None,
    statuses: tuple[str, ...] = (),
    worker: str | None = None,
    limit: int = 1000,
) -> list[ReferralRecord]:
    """For a case, or vault-wide by status (e.g. ("sent",) for "awaiting an answer") and by
    the worker the case is assigned to."""
    query = (
        select(Referral, PartnerOrg.name)
        .join(PartnerOrg, Referral.partner_id == PartnerOrg.id)
        .order_by(Referral.created_on.desc())
        .limit(limit)
    )
    if worker is not None:
        query = query.join(Case, Referral.case_id == Case.id).where(Case.worker == worker)
    if case_id is not None:
        query = query.where(Referral.case_id == case_id)
    if statuses:
        query = query.where(Referral.status.in_(statuses))
    with vault.read_session() as session:
        found = session.execute(query).all()
        return damaged.each_or_skip(
            vault, found, lambda item: to_record(vault, item[0], item[1]), lambda item: item[0]
        )
