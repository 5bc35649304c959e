"""Opening, editing, listing and closing cases."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from ajo_cases.domain import lifecycle
from ajo_cases.domain.ages import age_at_intake
from ajo_cases.domain.casecode import format_case_code
from ajo_cases.domain.records import (
    CaseFilter,
    CaseForm,
    CaseRecord,
    CaseRow,
    Page,
    PlanApproval,
)
from ajo_cases.domain.vocab import CaseStatus, ClosureReason, ReferralStatus
from ajo_cases.errors import InvalidInput, NotFound
from ajo_cases.services import damaged, versions
from ajo_cases.services.access import profiles
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import people
from ajo_cases.storage import meta_repo
from ajo_cases.storage.base import new_uuid, utc_now
from ajo_cases.storage.models import Beneficiary, Case, CodeCounter, Referral, ShelterStay
from ajo_cases.storage.sealed import seal, seal_value, unseal_or_none
from ajo_cases.storage.take_turns import CASE_CODES, take_turn

CASE_WORK_ROLES = ("admin", "case_worker")
SelectT = TypeVar("SelectT", bound=Select)  # type: ignore[type-arg]
DEFAULT_PREFIX = "SH"
MAX_ID_LIST = 5_000  # more ids than this go to the database as a subquery, not bound values
_LIST_FIELDS = ("exploitation_types", "control_methods", "countries_transit")
SORT_COLUMNS = {
    "code": Case.code,
    "sex": Beneficiary.sex,
    "age": Case.age_at_intake,
    "category": Beneficiary.category,
    "status": Case.status,
    "worker": Case.worker,
    "next_due": Case.next_due,
    "updated_at": Case.updated_at,
    "opened_on": Case.opened_on,
}


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
        row = _get(session, case_id)
        versions.require(session, row, expected_version)
        before = to_record(vault, row).form
        _write(vault, row, form)
        person = session.get(Beneficiary, row.beneficiary_id)
        assert person is not None
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
        row = _get(session, case_id)
        stored = to_record(vault, row).form
        versions.require(session, row, None)  # a write that finds the row moved names who
        if any(getattr(stored, n) != getattr(before, n) for n in changed):
            raise versions.stale(session, *versions.audit_target(row))
        merged = replace(stored, **{n: getattr(after, n) for n in changed})
        _write(vault, row, merged)
        person = session.get(Beneficiary, row.beneficiary_id)
        assert person is not None
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


def _filtered(query: SelectT, flt: CaseFilter) -> SelectT:
    conditions: list[ColumnElement[bool]] = []
    if flt.statuses:
        conditions.append(Case.status.in_(flt.statuses))
    if flt.categories:
        conditions.append(Beneficiary.category.in_(flt.categories))
    if flt.project_id:
        conditions.append(Case.project_id == flt.project_id)
    if flt.worker:
        conditions.append(Case.worker == flt.worker)
    if flt.district:
        conditions.append(Beneficiary.district == flt.district)
    if flt.opened_from:
        conditions.append(Case.opened_on >= flt.opened_from)
    if flt.opened_to:
        conditions.append(Case.opened_on <= flt.opened_to)
    if flt.case_ids is not None:
        conditions.append(Case.id.in_(flt.case_ids))
    return query.where(*conditions)


def _people_without_case(flt: CaseFilter) -> Select[Any]:
    """The ids of people registered with no case at all (a shelter admission at night, a
    "Not now"). Only narrow columns: the stats index covers it, no wide row is read."""
    has_case = select(Case.id).where(Case.beneficiary_id == Beneficiary.id).exists()
    conditions: list[ColumnElement[bool]] = [~has_case]
    if flt.categories:
        conditions.append(Beneficiary.category.in_(flt.categories))
    if flt.district:
        conditions.append(Beneficiary.district == flt.district)
    if flt.case_ids is not None:
        conditions.append(Beneficiary.id.in_(flt.person_ids or ()))
    return select(Beneficiary.id).where(*conditions)


def list_cases(
    vault: OpenVault,
    flt: CaseFilter | None = None,
    *,
    sort: str = "updated_at",
    descending: bool = True,
    offset: int = 0,
    limit: int = 100,
) -> Page:
    """One page of the case list, filtered and sorted in SQL; names decrypted for this page only.

    People registered without a case come first (newest first), so nobody is lost from the
    list; then the cases in the order asked for."""
    flt = flt or CaseFilter()
    column = SORT_COLUMNS.get(sort)
    if column is None:
        raise InvalidInput(f"cannot sort by {sort!r}")
    order = column.desc() if descending else column.asc()
    page: list[CaseRow] = []
    with vault.read_session() as session:
        lone = 0
        if vault.may_read_personal and flt.includes_people_without_case():
            lonely = list(session.scalars(_people_without_case(flt)))
            lone = len(lonely)
            if offset < lone:  # newest first; the few wide rows are read by id
                wanted_ids = lonely if lone <= MAX_ID_LIST else _people_without_case(flt)
                people_rows = session.scalars(
                    select(Beneficiary)
                    .where(Beneficiary.id.in_(wanted_ids))
                    .order_by(Beneficiary.created_at.desc(), Beneficiary.id)
                    .offset(offset)
                    .limit(limit)
                )
                page += [_person_row(vault, person) for person in people_rows]
        joined = select(Case, Beneficiary).join(Beneficiary, Case.beneficiary_id == Beneficiary.id)
        total = session.scalar(
            _filtered(select(func.count()).select_from(Case).join(Beneficiary), flt)
        )
        wanted = limit - len(page)
        if wanted > 0:
            rows = session.execute(
                _filtered(joined, flt)
                .order_by(order, Case.code)
                .offset(max(0, offset - lone))
                .limit(wanted)
            ).all()
            names = profiles.shown_names(session, (case.worker or "" for case, _person in rows))
            page += [_row(vault, case, person, names) for case, person in rows]
    return Page(page, (total or 0) + lone)


def _row(
    vault: OpenVault, case: Case, person: Beneficiary, names: dict[str, str] | None = None
) -> CaseRow:
    name = people.display_name(vault, person)
    return CaseRow(
        id=case.id, code=case.code, name=name, sex=person.sex, age=case.age_at_intake,
        age_estimated=case.age_estimated, category=person.category, status=case.status,
        worker=case.worker, next_due=case.next_due, updated_at=case.updated_at,
        erased_on=person.erased_at.date() if person.erased_at else None, person_id=person.id,
        worker_name=(names or {}).get(case.worker or "", case.worker or ""),
        damaged=_damaged(vault, person, name),
    )  # fmt: skip


def _damaged(vault: OpenVault, person: Beneficiary, name: str | None) -> bool:
    """The name failed its integrity check (noted while reading), so the row says so."""
    return name is None and (person.__tablename__, person.id) in damaged.noted(vault)


def _person_row(vault: OpenVault, person: Beneficiary) -> CaseRow:
    birth = (
        unseal_or_none(vault.cipher, person, "birth_date_enc") if vault.may_read_personal else None
    )
    age = age_at_intake(
        date.fromisoformat(birth) if birth else None,
        person.estimated_age,
        person.estimated_on,
        date.today(),
    )
    name = people.display_name(vault, person)
    return CaseRow(
        id=None, code="", name=name, sex=person.sex,
        age=age.years if age else None, age_estimated=bool(age and age.estimated),
        category=person.category, status="", worker=None, next_due=None,
        updated_at=person.updated_at,
        erased_on=person.erased_at.date() if person.erased_at else None, person_id=person.id,
        damaged=_damaged(vault, person, name),
    )  # fmt: skip
