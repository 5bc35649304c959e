"""Assistance given to a person: what, when, by whom, at what cost, under which project."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ajo_cases.domain.records_casework import AssistanceForm, AssistanceRecord
from ajo_cases.domain.vocab import AssistanceType, Currency, VocationalTrade
from ajo_cases.errors import InvalidInput, NotFound
from ajo_cases.services import versions
from ajo_cases.services.casework import followups, partners
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people.people import STAFF_ROLES
from ajo_cases.storage import removal
from ajo_cases.storage.base import new_uuid
from ajo_cases.storage.models import Assistance, Case, PartnerOrg
from ajo_cases.storage.sealed import seal, unseal_or_none


def _check(session: Session, form: AssistanceForm) -> None:
    if form.type not in {t.value for t in AssistanceType}:
        raise InvalidInput(f"unknown assistance type {form.type!r}", field="type")
    if form.trade is not None:
        if form.type != AssistanceType.VOCATIONAL_TRAINING.value:
            raise InvalidInput("a trade is only given for vocational training", field="trade")
        if form.trade not in {t.value for t in VocationalTrade}:
            raise InvalidInput(f"unknown trade {form.trade!r}", field="trade")
    if form.currency not in {c.value for c in Currency}:
        raise InvalidInput(f"unknown currency {form.currency!r}", field="currency")
    if form.cost_minor is not None and form.cost_minor < 0:
        raise InvalidInput("the cost cannot be negative", field="cost_minor")
    if form.given_on > date.today():
        raise InvalidInput("assistance cannot be dated in the future", field="given_on")
    if form.provider_partner_id is not None and (
        session.get(PartnerOrg, form.provider_partner_id) is None
    ):
        raise InvalidInput("the provider is not in the directory", field="provider_partner_id")
    partners.require_project(session, form.project_id)


def to_record(vault: OpenVault, row: Assistance, provider_name: str | None) -> AssistanceRecord:
    form = AssistanceForm(
        type=row.type,
        given_on=row.given_on,
        trade=row.trade,
        provider_partner_id=row.provider_partner_id,
        cost_minor=row.cost_minor,
        currency=row.currency,
        project_id=row.project_id,
        note=unseal_or_none(vault.cipher, row, "note_enc"),
    )
    return AssistanceRecord(
        id=row.id, case_id=row.case_id, form=form, provider_name=provider_name,
        created_by=row.created_by, created_at=row.created_at,
        restricted=not vault.cipher.can_read_personal, version=row.version,
    )  # fmt: skip


def add_assistance_row(
    vault: OpenVault, session: Session, case: Case, form: AssistanceForm
) -> Assistance:
    """Insert in the caller's transaction, checked and audited; used by add, import and demo."""
    _check(session, form)
    row = Assistance(
        id=new_uuid(),
        case_id=case.id,
        # the case's project unless the worker chose another one
        project_id=form.project_id or case.project_id,
        type=form.type,
        trade=form.trade,
        given_on=form.given_on,
        provider_partner_id=form.provider_partner_id,
        cost_minor=form.cost_minor,
        currency=form.currency,
        created_by=vault.user,
    )
    seal(vault.cipher, row, "note_enc", form.note)
    session.add(row)
    session.flush()
    filled = [n for n in form.__dataclass_fields__ if getattr(form, n) not in (None, "")]
    vault.record(session, "create", target_table="assistance", target_id=row.id, fields=filled)
    return row


def add_assistance(
    vault: OpenVault, case_id: str, form: AssistanceForm
) -> tuple[AssistanceRecord, Changes]:
    vault.require_role(*STAFF_ROLES)
    with vault.unit_of_work() as session:
        case = followups.require_case(session, case_id)
        row = add_assistance_row(vault, session, case, form)
        record = to_record(vault, row, _provider_name(session, row.provider_partner_id))
    return record, Changes.of("assistance", "case", case_id=case_id, ids=(row.id,))


def delete_assistance(
    vault: OpenVault, assistance_id: str, *, expected_version: int | None = None
) -> Changes:
    """Remove a record entered by mistake; the audit log keeps that it existed."""
    vault.require_role(*STAFF_ROLES)
    with vault.unit_of_work() as session:
        row = session.get(Assistance, assistance_id)
        if row is None:
            raise NotFound("no such assistance record")
        versions.require(session, row, expected_version)
        case_id = row.case_id
        # detail names the case so the case history can still show the deletion
        vault.record(
            session, "delete", target_table="assistance", target_id=row.id,
            detail=f"case_file:{case_id}",
        )  # fmt: skip
        removal.remove(session, row)
    return Changes.of("assistance", "case", case_id=case_id, ids=(assistance_id,))


def _provider_name(session: Session, partner_id: str | None) -> str | None:
    if partner_id is None:
        return None
    return session.scalar(select(PartnerOrg.name).where(PartnerOrg.id == partner_id))


def for_case(vault: OpenVault, session: Session, case_id: str) -> list[AssistanceRecord]:
    rows = session.execute(
        select(Assistance, PartnerOrg.name)
        .outerjoin(PartnerOrg, Assistance.provider_partner_id == PartnerOrg.id)
        .where(Assistance.case_id == case_id)
        .order_by(Assistance.given_on.desc(), Assistance.created_at.desc())
    ).all()
    return [to_record(vault, row, name) for row, name in rows]


def list_assistance(vault: OpenVault, case_id: str) -> list[AssistanceRecord]:
    with vault.read_session() as session:
        followups.require_case(session, case_id, to_change=False)
        return for_case(vault, session, case_id)
