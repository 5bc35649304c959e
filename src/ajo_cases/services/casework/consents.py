"""Recording consent (registration, sharing with named partners, statistics) and reading it."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ajo_cases.domain import consent as rules
from ajo_cases.domain.records_casework import ConsentForm, ConsentRecord, ConsentSummary
from ajo_cases.domain.vocab import ConsentKind
from ajo_cases.errors import InvalidInput
from ajo_cases.services.casework.followups import require_case
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people.people import STAFF_ROLES
from ajo_cases.storage.base import new_uuid
from ajo_cases.storage.models import Attachment, Consent, PartnerOrg


def _check(session: Session, case_id: str, form: ConsentForm) -> None:
    if form.kind not in {k.value for k in ConsentKind}:
        raise InvalidInput(f"unknown consent kind {form.kind!r}", field="kind")
    if form.recorded_on > date.today():
        raise InvalidInput("the consent date is in the future", field="recorded_on")
    if form.partner_ids and form.kind != ConsentKind.SHARING.value:
        raise InvalidInput("only sharing consent names organisations", field="partner_ids")
    if form.kind == ConsentKind.SHARING.value and form.given and not form.partner_ids:
        raise InvalidInput("sharing consent must name the organisations", field="partner_ids")
    if form.partner_ids:
        known = set(
            session.scalars(select(PartnerOrg.id).where(PartnerOrg.id.in_(form.partner_ids)))
        )
        if known != set(form.partner_ids):
            raise InvalidInput("an organisation is not in the directory", field="partner_ids")
    if form.attachment_id is not None:
        owner = session.scalar(
            select(Attachment.case_id).where(Attachment.id == form.attachment_id)
        )
        if owner != case_id:
            raise InvalidInput(
                "the signed form is not a document of this case", field="attachment_id"
            )


def to_record(row: Consent) -> ConsentRecord:
    form = ConsentForm(
        kind=row.kind,
        given=row.given,
        recorded_on=row.recorded_on,
        partner_ids=tuple(filter(None, row.partner_ids.split(","))),
        attachment_id=row.attachment_id,
    )
    return ConsentRecord(row.id, row.case_id, form, row.recorded_by, row.created_at, row.version)


def record_consent(
    vault: OpenVault, case_id: str, form: ConsentForm
) -> tuple[ConsentRecord, Changes]:
    """Add a dated consent record; given=False is a refusal or withdrawal. Records are never
    edited: a change of mind is a new record, so the history stays."""
    vault.require_role(*STAFF_ROLES)
    with vault.unit_of_work() as session:
        require_case(session, case_id)
        _check(session, case_id, form)
        row = Consent(
            id=new_uuid(),
            case_id=case_id,
            kind=form.kind,
            given=form.given,
            recorded_on=form.recorded_on,
            recorded_by=vault.user,
            partner_ids=",".join(dict.fromkeys(form.partner_ids)),
            attachment_id=form.attachment_id,
        )
        session.add(row)
        session.flush()
        fields = ["kind", "given", "recorded_on"]
        fields += ["partner_ids"] * bool(form.partner_ids)
        fields += ["attachment_id"] * bool(form.attachment_id)
        vault.record(
            session, "create", target_table="consent", target_id=row.id, fields=fields,
            detail=f"{form.kind} {'given' if form.given else 'withdrawn'}",
        )  # fmt: skip
        record = to_record(row)
    return record, Changes.of("consent", "case", case_id=case_id, ids=(row.id,))


def rows_for_case(session: Session, case_id: str) -> list[Consent]:
    """In recording order, which the domain rules rely on for same-day records."""
    return list(
        session.scalars(
            select(Consent)
            .where(Consent.case_id == case_id)
            .order_by(Consent.created_at, Consent.id)
        )
    )


def as_rules(rows: list[Consent]) -> list[rules.Consent]:
    return [
        rules.Consent(
            ConsentKind(row.kind),
            row.given,
            row.recorded_on,
            frozenset(filter(None, row.partner_ids.split(","))),
        )
        for row in rows
    ]


def summary(rows: list[Consent], on: date | None = None) -> ConsentSummary:
    on = on or date.today()
    consents = as_rules(rows)
    partners = sorted({p for row in rows for p in row.partner_ids.split(",") if p})
    return ConsentSummary(
        registration=rules.has_registration_consent(consents, on),
        statistics=rules.counted_in_statistics(consents, on),
        sharing_partner_ids=tuple(p for p in partners if rules.may_share(consents, p, on)),
    )


def list_consents(vault: OpenVault, case_id: str) -> list[ConsentRecord]:
    with vault.read_session() as session:
        require_case(session, case_id, to_change=False)
        return [to_record(row) for row in rows_for_case(session, case_id)]


def consent_summary(vault: OpenVault, case_id: str, on: date | None = None) -> ConsentSummary:
    with vault.read_session() as session:
        require_case(session, case_id, to_change=False)
        return summary(rows_for_case(session, case_id), on)
