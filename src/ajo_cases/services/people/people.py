"""Registering and updating the people the organisation assists."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ajo_cases.domain import names
from ajo_cases.domain.records import (
    PERSONAL_PERSON_FIELDS,
    DuplicateCandidate,
    PersonForm,
    PersonRecord,
    folded_search_key,
)
from ajo_cases.domain.vocab import BeneficiaryCategory, Sex
from ajo_cases.errors import AjoError, InvalidInput, NotFound, RecordErased
from ajo_cases.services import damaged, versions
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import search
from ajo_cases.storage.base import new_uuid
from ajo_cases.storage.models import Beneficiary, Case
from ajo_cases.storage.sealed import seal_value, unseal_or_none

STAFF_ROLES = ("admin", "case_worker", "shelter_staff")
_CYRILLIC_NAME_FIELDS = ("family_name", "given_name", "patronymic")


class PossibleDuplicates(AjoError):
    code = "person.possible_duplicates"

    def __init__(self, candidates: list[DuplicateCandidate]) -> None:
        super().__init__(f"{len(candidates)} people with a similar name and birth year exist")
        self.candidates = candidates


def require_not_erased(row: Beneficiary | None) -> None:
    """Refuse a change to an erased person or their cases (kept for statistics only)."""
    if row is not None and row.erased_at is not None:
        erased_on = row.erased_at.date().isoformat()
        raise RecordErased(
            f"this person's data was erased on {erased_on}; the record can no longer change",
            on=erased_on,
        )


def _check(form: PersonForm) -> None:
    if form.sex not in {s.value for s in Sex}:
        raise InvalidInput(f"unknown sex code {form.sex!r}", field="sex")
    if form.category not in {c.value for c in BeneficiaryCategory}:
        raise InvalidInput(f"unknown category code {form.category!r}", field="category")
    if not (form.family_name or form.given_name or form.latin_name):
        raise InvalidInput("a name is required (in either script)", field="given_name")
    if form.birth_date and form.birth_date > date.today():
        raise InvalidInput("the birth date is in the future", field="birth_date")
    if form.estimated_age is not None and not 0 <= form.estimated_age <= 120:
        raise InvalidInput("the estimated age must be between 0 and 120", field="estimated_age")


def person_columns(vault: OpenVault, row_id: str, form: PersonForm) -> dict[str, Any]:
    """Every column a form sets, personal ones sealed for this row (also used by bulk inserts)."""
    table, cipher = Beneficiary.__tablename__, vault.cipher
    values: dict[str, Any] = {}
    for name in PERSONAL_PERSON_FIELDS:
        value = getattr(form, name)
        text = value.isoformat() if isinstance(value, date) else value
        values[f"{name}_enc"] = seal_value(cipher, table, f"{name}_enc", row_id, text)
    birth_year = form.birth_date.year if form.birth_date else ""
    search_key = f"{folded_search_key(form)}|{birth_year}"
    values["search_enc"] = seal_value(cipher, table, "search_enc", row_id, search_key)
    values.update(
        sex=form.sex,
        category=form.category,
        estimated_age=form.estimated_age,
        estimated_on=form.estimated_on,
        citizenship=form.citizenship,
        district=form.district,
        marital_status=form.marital_status,
        children_count=form.children_count,
        education=form.education,
        languages=",".join(form.languages),
        trafficking_status=form.trafficking_status,
        status_decided_by=form.status_decided_by,
    )
    return values


def _write(vault: OpenVault, row: Beneficiary, form: PersonForm) -> None:
    for column, value in person_columns(vault, row.id, form).items():
        setattr(row, column, value)


def to_record(vault: OpenVault, row: Beneficiary) -> PersonRecord:
    cipher = vault.cipher
    personal: dict[str, object] = {}
    for name in PERSONAL_PERSON_FIELDS:
        value = unseal_or_none(cipher, row, f"{name}_enc")
        personal[name] = date.fromisoformat(value) if value and name == "birth_date" else value
    form = PersonForm(
        sex=row.sex,
        category=row.category,
        estimated_age=row.estimated_age,
        estimated_on=row.estimated_on,
        citizenship=row.citizenship,
        district=row.district,
        marital_status=row.marital_status,
        children_count=row.children_count,
        education=row.education,
        languages=tuple(filter(None, row.languages.split(","))),
        trafficking_status=row.trafficking_status,
        status_decided_by=row.status_decided_by,
        **personal,  # type: ignore[arg-type]
    )
    return PersonRecord(
        row.id,
        form,
        restricted=not cipher.can_read_personal,
        version=row.version,
        erased_at=row.erased_at,
    )


def display_name(vault: OpenVault, row: Beneficiary) -> str | None:
    """The name a list shows, decrypting only the name fields (None when restricted)."""
    if not vault.may_read_personal:
        return None
    parts = []
    for column in (*(f"{n}_enc" for n in _CYRILLIC_NAME_FIELDS), "latin_name_enc"):
        value, ok = damaged.unseal_or_skip(vault, row, column)
        if not ok:  # a moved or damaged ciphertext: this row shows no name, the list goes on
            return None
        parts.append(value)
    return " ".join(p for p in parts[:-1] if p) or parts[-1]


def find_duplicates(
    vault: OpenVault, form: PersonForm, *, exclude_id: str | None = None
) -> list[DuplicateCandidate]:
    """People sharing two name words (any spelling) and, when both are known, the birth year."""
    vault.require_role(*STAFF_ROLES)
    wanted = set(names.tokens(form.search_text()))
    if not wanted:
        return []
    year = form.birth_date.year if form.birth_date else None
    ids = [i for i in search.name_index(vault).same_name(wanted, year) if i != exclude_id]
    if not ids:
        return []
    found: list[DuplicateCandidate] = []
    with vault.read_session() as session:
        for row in session.scalars(select(Beneficiary).where(Beneficiary.id.in_(ids))):
            record = to_record(vault, row)
            born = record.form.birth_date.year if record.form.birth_date else None
            codes = tuple(session.scalars(select(Case.code).where(Case.beneficiary_id == row.id)))
            found.append(DuplicateCandidate(row.id, record.display_name or "", born, codes))
    return found


def register(
    vault: OpenVault, form: PersonForm, *, allow_duplicate: bool = False
) -> tuple[PersonRecord, Changes]:
    """Save a new person; refuses with PossibleDuplicates unless the worker confirmed."""
    vault.require_role(*STAFF_ROLES)
    _check(form)
    if not allow_duplicate:
        candidates = find_duplicates(vault, form)
        if candidates:
            raise PossibleDuplicates(candidates)
    with vault.unit_of_work() as session:
        row = add_person_row(vault, session, form)
        record = to_record(vault, row)
    return record, Changes.of("person", ids=(record.id,))


def add_person_row(vault: OpenVault, session: Session, form: PersonForm) -> Beneficiary:
    """Insert in the caller's transaction, audited; used by register, import and demo."""
    row = Beneficiary(id=new_uuid())
    _write(vault, row, form)
    session.add(row)
    session.flush()
    vault.record(
        session, "create", target_table="beneficiary", target_id=row.id, fields=_filled(form)
    )
    # A rolled-back insert leaves a harmless entry: it has no case for a search to find.
    search.note_person(vault, row.id, row)
    return row


def _filled(form: PersonForm) -> list[str]:
    return [f.name for f in dataclasses.fields(form) if getattr(form, f.name) not in (None, "", ())]


def update(
    vault: OpenVault, person_id: str, form: PersonForm, *, expected_version: int | None = None
) -> tuple[PersonRecord, Changes]:
    vault.require_role(*STAFF_ROLES)
    _check(form)
    with vault.unit_of_work() as session:
        row = session.get(Beneficiary, person_id)
        if row is None:
            raise NotFound("no such person")
        require_not_erased(row)
        versions.require(session, row, expected_version)
        before = to_record(vault, row).form
        _write(vault, row, form)
        changed = [
            f.name
            for f in dataclasses.fields(form)
            if getattr(form, f.name) != getattr(before, f.name)
        ]
        session.flush()
        vault.record(
            session, "update", target_table="beneficiary", target_id=row.id, fields=changed
        )
        record = to_record(vault, row)
    search.note_person(vault, row.id, row)
    case_ids = _case_ids(vault, person_id)
    return record, Changes(
        frozenset({"person", "case"}), frozenset(case_ids), frozenset({person_id})
    )


def _case_ids(vault: OpenVault, person_id: str) -> list[str]:
    with vault.read_session() as session:
        return list(session.scalars(select(Case.id).where(Case.beneficiary_id == person_id)))


def get(vault: OpenVault, person_id: str) -> PersonRecord:
    with vault.unit_of_work() as session:
        row = session.get(Beneficiary, person_id)
        if row is None:
            raise NotFound("no such person")
        vault.record(session, "view", target_table="beneficiary", target_id=person_id)
        return to_record(vault, row)
