"""The case list: one page of cases, filtered and sorted in SQL, with the people registered
without a case first, so nobody is lost from the list."""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, func, select

from ajo_cases.domain.ages import age_at_intake
from ajo_cases.domain.records import CaseFilter, CaseRow, Page
from ajo_cases.errors import InvalidInput
from ajo_cases.services import damaged
from ajo_cases.services.access import profiles
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import people
from ajo_cases.storage.models import Beneficiary, Case
from ajo_cases.storage.sealed import unseal_or_none

SelectT = TypeVar("SelectT", bound=Select)  # type: ignore[type-arg]
MAX_ID_LIST = 5_000  # more ids than this go to the database as a subquery, not bound values
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
