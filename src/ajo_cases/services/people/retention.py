"""Retention: a person's data is kept for a set number of years after their last case was
closed, then anonymised as an erasure does (personal data gone, statistical facts kept).

The number of years is a setting of the vault (``retention.years`` in vault_meta), set by an
administrator to the organisation's policy; until then DEFAULT_YEARS applies. A person is due
when every case of theirs is closed and the latest closure is more than that many years ago.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

from sqlalchemy import Select, case, func, select

from ajo_cases.errors import InvalidInput
from ajo_cases.services.changes import Changes
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people.erasure import ERASE_ROLES, ErasureResult, erase_people
from ajo_cases.storage import meta_repo
from ajo_cases.storage.base import utc_now
from ajo_cases.storage.models import Beneficiary, Case, ShelterStay

SETTING: Final = "retention.years"
# Donors commonly ask that records be kept for audit up to seven years after a project ends;
# the organisation sets its own period (ajo-cases retention --years N, or Administration).
DEFAULT_YEARS: Final = 7
MIN_YEARS, MAX_YEARS = 1, 50
REASON: Final = "retention: kept {years} years after the last case was closed"


@dataclass(frozen=True, slots=True)
class RetentionSetting:
    years: int
    is_default: bool


@dataclass(frozen=True, slots=True)
class DuePerson:
    person_id: str
    case_codes: tuple[str, ...]
    last_closed: date


def get_setting(vault: OpenVault) -> RetentionSetting:
    with vault.read_session() as session:
        value = meta_repo.get(session, SETTING)
    if value and value.isdigit() and MIN_YEARS <= int(value) <= MAX_YEARS:
        return RetentionSetting(int(value), False)
    return RetentionSetting(DEFAULT_YEARS, True)


def set_years(vault: OpenVault, years: int) -> tuple[RetentionSetting, Changes]:
    vault.require_role(*ERASE_ROLES)
    if not MIN_YEARS <= years <= MAX_YEARS:
        raise InvalidInput(
            f"the retention period must be {MIN_YEARS} to {MAX_YEARS} years", field="years"
        )
    with vault.unit_of_work() as session:
        meta_repo.put(session, SETTING, str(years))
        vault.record(session, "setting_changed", target_table="vault", detail=f"{SETTING}={years}")
    return RetentionSetting(years, False), Changes.of("settings")


def cutoff(years: int, today: date) -> date:
    """The day `years` years before today (28 February for 29 February in other years)."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


def _due_query(limit_day: date) -> Select[str, date | None]:
    """Answered from ix_case_file_retention and ix_beneficiary_erased alone (Home counts it at
    every unlock)."""
    still_open = func.sum(case((Case.status != "closed", 1), else_=0))
    last = func.max(Case.closed_on)
    erased = select(Beneficiary.id).where(Beneficiary.erased_at.is_not(None))
    return (
        select(Case.beneficiary_id, last)
        .where(Case.beneficiary_id.is_not(None), Case.beneficiary_id.not_in(erased))
        .group_by(Case.beneficiary_id)
        .having(still_open == 0, last < limit_day)
    )


def due(vault: OpenVault, today: date | None = None) -> list[DuePerson]:
    """People past the retention period, oldest closure first (administrators)."""
    vault.require_role(*ERASE_ROLES)
    limit_day = cutoff(get_setting(vault).years, today or date.today())
    with vault.read_session() as session:
        found = session.execute(_due_query(limit_day)).all()
        in_shelter = set(session.scalars(select(ShelterStay.beneficiary_id).where(
            ShelterStay.discharged_on.is_(None))))  # fmt: skip
        ids = [pid for pid, _ in found if pid not in in_shelter]
        codes: dict[str, list[str]] = {}
        for start in range(0, len(ids), 500):
            rows = session.execute(select(Case.beneficiary_id, Case.code).where(
                Case.beneficiary_id.in_(ids[start : start + 500])).order_by(Case.code))  # fmt: skip
            for pid, code in rows:
                codes.setdefault(pid, []).append(code)
    people = [
        DuePerson(pid, tuple(codes.get(pid, ())), last)
        for pid, last in found
        if pid not in in_shelter and last is not None
    ]
    return sorted(people, key=lambda p: (p.last_closed, p.case_codes))


def due_count(vault: OpenVault, today: date | None = None) -> int:
    """How many people are past the retention period (for the reminder on Home)."""
    if vault.role not in ERASE_ROLES:
        return 0
    limit_day = cutoff(get_setting(vault).years, today or date.today())
    with vault.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(
            _due_query(limit_day).subquery())) or 0)  # fmt: skip


def apply(vault: OpenVault, today: date | None = None) -> ErasureResult:
    """Anonymise everyone past the retention period, as an erasure does (no one: an empty
    result)."""
    found = due(vault, today)
    if not found:
        return ErasureResult((), (), 0, utc_now(), True)
    reason = REASON.format(years=get_setting(vault).years)
    return erase_people(vault, [p.person_id for p in found], reason)
