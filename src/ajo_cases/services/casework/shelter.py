"""The shelter: beds, admissions and discharges, occupancy and who is staying today."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ajo_cases.domain import shelter as rules
from ajo_cases.domain.records import CaseForm
from ajo_cases.domain.records_casework import BedRecord, ResidentRow, ShelterOverview, StayRecord
from ajo_cases.domain.vocab import CaseStatus, DischargeReason
from ajo_cases.errors import InvalidInput, NotFound
from ajo_cases.services import versions
from ajo_cases.services.casework import followups
from ajo_cases.services.casework.cases import add_case_row
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import people
from ajo_cases.storage.base import new_uuid
from ajo_cases.storage.models import Bed, Beneficiary, Case, ShelterStay
from ajo_cases.storage.take_turns import SHELTER_BEDS, take_turn

SHELTER_ROLES = ("admin", "case_worker", "shelter_staff")


# --- beds ----------------------------------------------------------------------------------


def _occupied_bed_ids(session: Session, on: date) -> set[str]:
    return {stay.bed_id for stay in _stays_present(session, on)}


def list_beds(vault: OpenVault, *, on: date | None = None) -> list[BedRecord]:
    on = on or date.today()
    with vault.read_session() as session:
        occupied = _occupied_bed_ids(session, on)
        rows = session.scalars(select(Bed).order_by(Bed.room, Bed.label))
        return [
            BedRecord(b.id, b.label, b.room, b.active, b.id in occupied, b.version) for b in rows
        ]


def add_bed(vault: OpenVault, label: str, room: str = "") -> tuple[BedRecord, Changes]:
    vault.require_role(*SHELTER_ROLES)
    label, room = label.strip(), room.strip()
    if not label or len(label) > 32 or len(room) > 32:
        raise InvalidInput("a bed needs a label (at most 32 characters)", field="label")
    with vault.unit_of_work() as session:
        if session.scalar(select(Bed.id).where(Bed.label == label)) is not None:
            raise InvalidInput(f"a bed labelled {label!r} exists", field="label")
        row = Bed(id=new_uuid(), label=label, room=room, active=True)
        session.add(row)
        session.flush()
        vault.record(session, "create", target_table="bed", target_id=row.id)
    return BedRecord(row.id, label, room, True, False, row.version), Changes.of(
        "bed", ids=(row.id,)
    )


def set_bed_active(
    vault: OpenVault, bed_id: str, active: bool, *, expected_version: int | None = None
) -> tuple[BedRecord, Changes]:
    """Take a bed out of use (it no longer counts in capacity) or back; not while occupied."""
    vault.require_role(*SHELTER_ROLES)
    with vault.unit_of_work() as session:
        row = session.get(Bed, bed_id)
        if row is None:
            raise NotFound("no such bed")
        versions.require(session, row, expected_version)
        occupied = bed_id in _occupied_bed_ids(session, date.today())
        if not active and occupied:
            raise InvalidInput("someone is staying in this bed; discharge first", field="active")
        row.active = active
        session.flush()
        vault.record(session, "update", target_table="bed", target_id=row.id, fields=["active"])
        record = BedRecord(row.id, row.label, row.room, row.active, occupied, row.version)
    return record, Changes.of("bed", ids=(bed_id,))


def _capacity(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Bed).where(Bed.active.is_(True))) or 0


def capacity(vault: OpenVault) -> int:
    """Active beds."""
    with vault.read_session() as session:
        return _capacity(session)


# --- stays ---------------------------------------------------------------------------------


def _as_rule(row: ShelterStay) -> rules.Stay:
    return rules.Stay(row.admitted_on, row.discharged_on, row.bed_id)


def stay_record(row: ShelterStay, bed_label: str) -> StayRecord:
    return StayRecord(
        id=row.id, case_id=row.case_id, beneficiary_id=row.beneficiary_id, bed_id=row.bed_id,
        bed_label=bed_label, admitted_on=row.admitted_on, discharged_on=row.discharged_on,
        discharge_reason=row.discharge_reason, version=row.version,
    )  # fmt: skip


def admit(
    vault: OpenVault, case_id: str, bed_id: str, on: date | None = None
) -> tuple[StayRecord, Changes]:
    """Admit the case's person to a bed; refused when the person already stays (or stayed)
    then, the bed is taken, or the shelter is full (domain.shelter.check_admission)."""
    vault.require_role(*SHELTER_ROLES)
    on = on or date.today()
    with vault.unit_of_work() as session:
        record = _admit(vault, session, followups.require_case(session, case_id), bed_id, on)
    return record, Changes.of("stay", "bed", "case", case_id=case_id, ids=(record.id,))


def _admit(vault: OpenVault, session: Session, case: Case, bed_id: str, on: date) -> StayRecord:
    take_turn(session, SHELTER_BEDS)  # two PCs never give out the same bed
    if case.status == CaseStatus.CLOSED.value:
        raise InvalidInput("the case is closed; reopen it first", field="case")
    bed = session.get(Bed, bed_id)
    if bed is None or not bed.active:
        raise InvalidInput("no such bed in use", field="bed_id")
    # Only stays still running on or after the admission date can clash with it.
    may_clash = list(
        session.scalars(
            select(ShelterStay).where(
                or_(ShelterStay.discharged_on.is_(None), ShelterStay.discharged_on >= on)
            )
        )
    )
    rules.check_admission(
        rules.Stay(on, None, bed_id),
        person_stays=[_as_rule(s) for s in may_clash if s.beneficiary_id == case.beneficiary_id],
        all_stays=[_as_rule(s) for s in may_clash],
        capacity=_capacity(session),
    )
    row = ShelterStay(
        id=new_uuid(), case_id=case.id, beneficiary_id=case.beneficiary_id, bed_id=bed_id,
        admitted_on=on,
    )  # fmt: skip
    session.add(row)
    session.flush()
    vault.record(
        session, "create", target_table="shelter_stay", target_id=row.id,
        fields=["admitted_on", "bed_id"],
    )  # fmt: skip
    return stay_record(row, bed.label)


def admit_person(
    vault: OpenVault, person_id: str, bed_id: str, on: date | None = None
) -> tuple[StayRecord, Changes]:
    """Admit a person to a bed from wherever they were found, also at night by shelter staff:
    the stay belongs to the person's case that is not closed, or to a case opened for it now
    (opened today, no worker yet: the case workers pick it up in the morning)."""
    vault.require_role(*SHELTER_ROLES)
    on = on or date.today()
    with vault.unit_of_work() as session:
        person = session.get(Beneficiary, person_id)
        if person is None:
            raise NotFound("no such person")
        people.require_not_erased(person)
        case = session.scalar(
            select(Case)
            .where(Case.beneficiary_id == person_id, Case.status != CaseStatus.CLOSED.value)
            .order_by(Case.opened_on.desc(), Case.code.desc())
            .limit(1)
        )
        if case is None:  # opened in the same transaction: a refused admission leaves none
            case = add_case_row(vault, session, person, CaseForm(opened_on=on))
        record = _admit(vault, session, case, bed_id, on)
    return record, Changes.of("stay", "bed", "case", case_id=case.id, ids=(record.id,))


def discharge(
    vault: OpenVault, stay_id: str, on: date, reason: str, *, expected_version: int | None = None
) -> tuple[StayRecord, Changes]:
    vault.require_role(*SHELTER_ROLES)
    if reason not in {r.value for r in DischargeReason}:
        raise InvalidInput(f"unknown discharge reason {reason!r}", field="reason")
    with vault.unit_of_work() as session:
        row = session.get(ShelterStay, stay_id)
        if row is None:
            raise NotFound("no such shelter stay")
        versions.require(session, row, expected_version)
        closed = rules.discharge(_as_rule(row), on)
        row.discharged_on, row.discharge_reason = closed.discharged, reason
        session.flush()
        vault.record(
            session, "update", target_table="shelter_stay", target_id=row.id,
            fields=["discharged_on", "discharge_reason"], detail=reason,
        )  # fmt: skip
        label = session.scalar(select(Bed.label).where(Bed.id == row.bed_id)) or ""
        record = stay_record(row, label)
    return record, Changes.of("stay", "bed", "case", case_id=row.case_id, ids=(row.id,))


def for_case(session: Session, case_id: str) -> list[StayRecord]:
    rows = session.execute(
        select(ShelterStay, Bed.label)
        .join(Bed, ShelterStay.bed_id == Bed.id)
        .where(ShelterStay.case_id == case_id)
        .order_by(ShelterStay.admitted_on.desc())
    ).all()
    return [stay_record(row, label) for row, label in rows]


def list_stays(vault: OpenVault, case_id: str) -> list[StayRecord]:
    with vault.read_session() as session:
        return for_case(session, case_id)


# --- today ---------------------------------------------------------------------------------


def _stays_present(session: Session, on: date) -> list[ShelterStay]:
    rows = session.scalars(
        select(ShelterStay).where(
            ShelterStay.admitted_on <= on,
            or_(ShelterStay.discharged_on.is_(None), ShelterStay.discharged_on >= on),
        )
    )
    # the domain decides what "present" means (same-day stays hold the bed for that day)
    return [row for row in rows if rules.occupancy([_as_rule(row)], on)]


def overview(vault: OpenVault, on: date | None = None) -> ShelterOverview:
    """Beds used / total today, the residents, and admissions and discharges this week."""
    on = on or date.today()
    week_start = on - timedelta(days=on.weekday())  # weeks start on Monday
    week_end = week_start + timedelta(days=6)
    with vault.read_session() as session:
        present = _stays_present(session, on)
        ids = [s.id for s in present]
        rows = session.execute(
            select(ShelterStay, Case.code, Bed.label, Beneficiary)
            .join(Case, ShelterStay.case_id == Case.id)
            .join(Bed, ShelterStay.bed_id == Bed.id)
            .join(Beneficiary, ShelterStay.beneficiary_id == Beneficiary.id)
            .where(ShelterStay.id.in_(ids))
            .order_by(Bed.label)
        ).all()
        residents = [
            ResidentRow(
                stay.id,
                stay.case_id,
                code,
                people.to_record(vault, person).display_name if vault.may_read_personal else None,
                label,
                stay.admitted_on,
            )
            for stay, code, label, person in rows
        ]
        admissions = session.scalar(
            select(func.count()).where(ShelterStay.admitted_on.between(week_start, week_end))
        )
        discharges = session.scalar(
            select(func.count()).where(ShelterStay.discharged_on.between(week_start, week_end))
        )
        return ShelterOverview(
            on=on, capacity=_capacity(session), occupied=len(present), residents=residents,
            week_start=week_start, admissions_this_week=admissions or 0,
            discharges_this_week=discharges or 0,
        )  # fmt: skip
