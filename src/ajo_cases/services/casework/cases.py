"""Opening, editing and closing cases (the list of cases is in case_list.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ajo_cases.domain import lifecycle
from ajo_cases.domain.ages import age_at_intake
from ajo_cases.domain.casecode import format_case_code
from ajo_cases.domain.records import (
    CaseForm,
    CaseRecord,
    PlanApproval,
)
from ajo_cases.domain.vocab import CaseStatus, ClosureReason, ReferralStatus
from ajo_cases.errors import NotFound
from ajo_cases.services import versions
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import people
from ajo_cases.storage import meta_repo
from ajo_cases.storage.base import new_uuid, utc_now
from ajo_cases.storage.models import Beneficiary, Case, CodeCounter, Referral, ShelterStay
from ajo_cases.storage.sealed import seal, seal_value, unseal_or_none
from ajo_cases.storage.take_turns import CASE_CODES, take_turn

CASE_WORK_ROLES = ("admin", "case_worker")
DEFAULT_PREFIX = "SH"
_LIST_FIELDS = ("exploitation_types", "control_methods", "countries_transit")


def next_code(session: Session, year: int) -> str:
    take_turn(session, CASE_CODES)  # two PCs never draw the same number
    prefix = meta_repo.get(session, "case_prefix") or DEFAULT_PREFIX
    counter = session.scalar(
        select(CodeCounter).where(CodeCounter.prefix == prefix, CodeCounter.year == year)
    )
    if counter is None:
        counter = CodeCounter(prefix=prefix, year=year, last=0)
        session.add(counter)
    counter.last += 1
    return format_case_code(prefix, year, counter.last)


_PLAIN_FIELDS = (
    "project_id", "worker", "identification_source", "risk_level", "labour_industry",
    "recruitment_method", "recruiter_relation", "country_recruitment", "country_exploitation",
    "exploitation_start", "exploitation_end", "age_when_trafficked", "opened_on",
)  # fmt: skip


def case_columns(vault: OpenVault, row_id: str, form: CaseForm) -> dict[str, Any]:
    """Every column a form sets, personal ones sealed for this row (also used by bulk inserts)."""
    values: dict[str, Any] = {name: getattr(form, name) for name in _PLAIN_FIELDS}
    values.update({name: ",".join(getattr(form, name)) for name in _LIST_FIELDS})
    for name in ("places", "narrative"):
        column = f"{name}_enc"
        values[column] = seal_value(
            vault.cipher, Case.__tablename__, column, row_id, getattr(form, name)
        )
    return values


def _write(vault: OpenVault, row: Case, form: CaseForm) -> None:
    for column, value in case_columns(vault, row.id, form).items():
        setattr(row, column, value)


def _set_age(vault: OpenVault, row: Case, person: Beneficiary) -> None:
    birth = unseal_or_none(vault.cipher, person, "birth_date_enc")
    age = age_at_intake(
        date.fromisoformat(birth) if birth else None,
        person.estimated_age,
        person.estimated_on,
        row.opened_on,
    )
    row.age_at_intake = age.years if age else None
    row.age_estimated = bool(age and age.estimated)


def to_record(vault: OpenVault, row: Case) -> CaseRecord:
    form = CaseForm(
        opened_on=row.opened_on,
        project_id=row.project_id,
        worker=row.worker,
        identification_source=row.identification_source,
        risk_level=row.risk_level,
        labour_industry=row.labour_industry,
        recruitment_method=row.recruitment_method,
        recruiter_relation=row.recruiter_relation,
        country_recruitment=row.country_recruitment,
        country_exploitation=row.country_exploitation,
        exploitation_start=row.exploitation_start,
        exploitation_end=row.exploitation_end,
        age_when_trafficked=row.age_when_trafficked,
        places=unseal_or_none(vault.cipher, row, "places_enc"),
        narrative=unseal_or_none(vault.cipher, row, "narrative_enc"),
        **{name: tuple(filter(None, getattr(row, name).split(","))) for name in _LIST_FIELDS},
    )
    return CaseRecord(
        id=row.id, code=row.code, beneficiary_id=row.beneficiary_id, status=row.status,
        form=form, closed_on=row.closed_on, closure_reason=row.closure_reason,
        age_at_intake=row.age_at_intake, age_estimated=row.age_estimated,
        next_due=row.next_due, updated_at=row.updated_at, version=row.version,
        plan=PlanApproval(row.plan_status or "draft", row.plan_submitted_on, row.plan_decided_on,
                          row.plan_decided_by),
    )  # fmt: skip


def add_case_row(vault: OpenVault, session: Session, person: Beneficiary, form: CaseForm) -> Case:
    """Insert in the caller's transaction, audited; used by open_case, import and demo."""
    row = Case(id=new_uuid(), beneficiary_id=person.id, status=CaseStatus.OPEN.value)
    row.code = next_code(session, form.opened_on.year)
    _write(vault, row, form)
    _set_age(vault, row, person)
    session.add(row)
    session.flush()
    vault.record(session, "create", target_table="case_file", target_id=row.id)
    return row


def open_case(vault: OpenVault, person_id: str, form: CaseForm) -> tuple[CaseRecord, Changes]:
    vault.require_role(*CASE_WORK_ROLES)
    with vault.unit_of_work() as session:
        person = session.get(Beneficiary, person_id)
        if person is None:
            raise NotFound("no such person")
        people.require_not_erased(person)
        row = add_case_row(vault, session, person, form)
        record = to_record(vault, row)
    return record, Changes.of("case", case_id=record.id, ids=(record.id,))


def update_case(
    vault: OpenVault, case_id: str, form: CaseForm, *, expected_version: int | None = None
) -> tuple[CaseRecord, Changes]:
    vault.require_role(*CASE_WORK_ROLES)
    with vault.unit_of_work() as session:
        row, person = _get_with_person(session, case_id)
        versions.require(session, row, expected_version)
        before = to_record(vault, row).form
        _write(vault, row, form)
        _set_age(vault, row, person)
        changed = [n for n in form.__dataclass_fields__ if getattr(form, n) != getattr(before, n)]
        session.flush()
        vault.record(session, "update", target_table="case_file", target_id=row.id, fields=changed)
        record = to_record(vault, row)
    return record, Changes.of("case", case_id=case_id)


def update_case_fields(
    vault: OpenVault, case_id: str, before: CaseForm, after: CaseForm
) -> tuple[CaseRecord, Changes]:
    """Save only the fields that differ between `before` (what the editor started from) and
    `after`, refusing when someone else changed one of those very fields meanwhile. Two tabs
    edit parts of one case (the Case tab, the Trafficking tab) and save one after the other.
    A new case worker is audited with both account names."""
    vault.require_role(*CASE_WORK_ROLES)
    changed = [n for n in after.__dataclass_fields__ if getattr(after, n) != getattr(before, n)]
    with vault.unit_of_work() as session:
        row, person = _get_with_person(session, case_id)
        stored = to_record(vault, row).form
        versions.require(session, row, None)  # a write that finds the row moved names who
        if any(getattr(stored, n) != getattr(before, n) for n in changed):
            raise versions.stale(session, *versions.audit_target(row))
        merged = replace(stored, **{n: getattr(after, n) for n in changed})
        _write(vault, row, merged)
        _set_age(vault, row, person)
        session.flush()
        detail = (
            f"worker {before.worker or '-'}->{after.worker or '-'}" if "worker" in changed else ""
        )
        vault.record(
            session, "update", target_table="case_file", target_id=row.id, fields=changed,
            detail=detail,
        )  # fmt: skip
        record = to_record(vault, row)
    return record, Changes.of("case", case_id=case_id)


def _get_with_person(session: Session, case_id: str) -> tuple[Case, Beneficiary]:
    """The case to change and its person, read once (the session forgets rows nobody holds,
    so a second `session.get` would read the person again: a round trip on the server)."""
    row = session.get(Case, case_id)
    if row is None:
        raise NotFound("no such case")
    person = session.get(Beneficiary, row.beneficiary_id)
    people.require_not_erased(person)
    assert person is not None
    return row, person


def _get(session: Session, case_id: str, *, to_change: bool = True) -> Case:
    row = session.get(Case, case_id)
    if row is None:
        raise NotFound("no such case")
    if to_change:
        people.require_not_erased(session.get(Beneficiary, row.beneficiary_id))
    return row


def change_status(
    vault: OpenVault,
    case_id: str,
    target: str,
    *,
    closure_reason: str | None = None,
    reason: str | None = None,
    force: bool = False,
    on: date | None = None,
    expected_version: int | None = None,
) -> tuple[CaseRecord, Changes]:
    """Move a case along open → active → follow-up → closed (closing may need a reason).

    Closing with open referrals or while the person is in the shelter is refused unless
    ``force`` with a written ``reason``; that override is audited.
    """
    vault.require_role(*CASE_WORK_ROLES)
    with vault.unit_of_work() as session:
        row = _get(session, case_id)
        versions.require(session, row, expected_version)
        referral_statuses = [
            ReferralStatus(s)
            for s in session.scalars(select(Referral.status).where(Referral.case_id == case_id))
        ]
        in_shelter = bool(
            session.scalar(
                select(func.count()).where(
                    ShelterStay.case_id == case_id, ShelterStay.discharged_on.is_(None)
                )
            )
        )
        new_status = lifecycle.change_case_status(
            CaseStatus(row.status),
            CaseStatus(target),
            closure_reason=ClosureReason(closure_reason) if closure_reason else None,
            reopen_reason=reason,
            referral_statuses=referral_statuses,
            in_shelter=in_shelter,
            force_reason=reason if force else None,
        )
        previous = row.status
        row.status = new_status.value
        if new_status is CaseStatus.CLOSED:
            row.closed_on, row.closure_reason = on or date.today(), closure_reason
            seal(vault.cipher, row, "closure_note_enc", reason)
        elif previous == CaseStatus.CLOSED.value:
            row.closed_on, row.closure_reason = None, None
        row.updated_at = utc_now()
        session.flush()
        overridden = force and bool(lifecycle.closure_blockers(referral_statuses, in_shelter))
        vault.record(
            session, "status_change", target_table="case_file", target_id=case_id,
            fields=["status"], detail=f"{previous}->{new_status.value}{' override' * overridden}",
        )  # fmt: skip
        record = to_record(vault, row)
    return record, Changes.of("case", case_id=case_id)


def get_case(vault: OpenVault, case_id: str) -> CaseRecord:
    with vault.read_session() as session:
        return to_record(vault, _get(session, case_id, to_change=False))
