"""Small read-only queries the desktop screens need beyond the use-case services: the workers
to filter by, the home page counts, and the case ids behind each home card."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from ajo_cases.domain.casecode import parse_case_code
from ajo_cases.domain.vocab import CaseStatus, ReferralStatus
from ajo_cases.services.casework import shelter
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import search
from ajo_cases.storage.models import Case, FollowUp, Referral, ShelterStay

PRESETS = ("mine", "overdue", "awaiting_answer", "in_shelter")
PRESET_LIMIT = 5000


@dataclass(frozen=True, slots=True)
class HomeCounts:
    my_open_cases: int
    overdue_follow_ups: int  # cases with an open follow-up due before today
    overdue_tasks: int  # those follow-ups (what the Follow-ups list shows)
    referrals_awaiting: int
    beds_used: int
    beds_total: int
    admissions_this_week: int
    discharges_this_week: int


def case_workers(vault: OpenVault) -> list[str]:
    """Everyone a case may be assigned to: accounts, and workers named on cases."""
    with vault.read_session() as session:
        named = set(session.scalars(select(Case.worker).where(Case.worker.is_not(None)).distinct()))
    accounts = {user for user, _role in vault.accounts()}
    return sorted({name for name in named | accounts if name})


def home_counts(
    vault: OpenVault, today: date | None = None, *, worker: str | None = None
) -> HomeCounts:
    """The Home figures; with a worker, only the tasks assigned to that worker and the
    referrals of that worker's cases count (the shelter figures are the whole shelter's)."""
    today = today or date.today()
    overview = shelter.overview(vault, today)
    tasks_query = select(func.count(), func.count(func.distinct(FollowUp.case_id))).where(
        FollowUp.done_on.is_(None), FollowUp.due_on < today
    )
    awaiting_query = (
        select(func.count())
        .select_from(Referral)
        .where(Referral.status == ReferralStatus.SENT.value)
    )
    if worker is not None:
        tasks_query = tasks_query.where(FollowUp.assigned_to == worker)  # as Follow-ups
        awaiting_query = awaiting_query.join(Case, Referral.case_id == Case.id).where(
            Case.worker == worker
        )
    with vault.read_session() as session:
        mine = session.scalar(
            select(func.count())
            .select_from(Case)
            .where(Case.worker == vault.user, Case.status != CaseStatus.CLOSED.value)
        )
        tasks, overdue = session.execute(tasks_query).one()  # one pass for both figures
        awaiting = session.scalar(awaiting_query)
    return HomeCounts(
        my_open_cases=mine or 0,
        overdue_follow_ups=overdue or 0,
        overdue_tasks=tasks or 0,
        referrals_awaiting=awaiting or 0,
        beds_used=overview.occupied,
        beds_total=overview.capacity,
        admissions_this_week=overview.admissions_this_week,
        discharges_this_week=overview.discharges_this_week,
    )


def preset_case_ids(vault: OpenVault, preset: str, today: date | None = None) -> tuple[str, ...]:
    """The cases behind a home card ("mine", "overdue", "awaiting_answer", "in_shelter") and
    the plans awaiting a manager's approval ("plan_submitted")."""
    today = today or date.today()
    if preset == "mine":
        query = select(Case.id).where(
            Case.worker == vault.user, Case.status != CaseStatus.CLOSED.value
        )
    elif preset == "overdue":
        query = select(FollowUp.case_id).where(FollowUp.done_on.is_(None), FollowUp.due_on < today)
    elif preset == "awaiting_answer":
        query = select(Referral.case_id).where(Referral.status == ReferralStatus.SENT.value)
    elif preset == "in_shelter":
        query = select(ShelterStay.case_id).where(ShelterStay.discharged_on.is_(None))
    elif preset == "plan_submitted":
        query = select(Case.id).where(Case.plan_status == "submitted")
    else:
        raise ValueError(f"unknown preset {preset!r}")
    with vault.read_session() as session:
        return tuple(dict.fromkeys(session.scalars(query.limit(PRESET_LIMIT))))


def person_case_ids(vault: OpenVault, person_id: str) -> list[str]:
    """The person's cases, newest first (to open an existing case from a duplicate warning)."""
    with vault.read_session() as session:
        return list(
            session.scalars(
                select(Case.id)
                .where(Case.beneficiary_id == person_id)
                .order_by(Case.opened_on.desc())
            )
        )


def matching_person_ids(vault: OpenVault, query: str, limit: int = search.MAX_HITS) -> list[str]:
    """People whose name matches in any spelling (for people registered without a case)."""
    query = query.strip()
    if not query or not vault.may_read_personal:
        return []
    return list(search.name_index(vault).match(query, limit))


def matching_case_ids(vault: OpenVault, query: str, limit: int = search.MAX_HITS) -> list[str]:
    """The cases search.find would return, as ids only: the case list decrypts the names of
    the page it shows, so decrypting them here as well would double the work per keystroke."""
    query = query.strip()
    if not query:
        return []
    ids: list[str] = []
    with vault.read_session() as session:
        code = parse_case_code(query)
        if code or any(ch.isdigit() for ch in query):
            needle = str(code) if code else query.upper().replace(" ", "")
            ids += session.scalars(
                select(Case.id).where(Case.code.contains(needle)).order_by(Case.code).limit(limit)
            )
        if vault.may_read_personal:
            people = search.name_index(vault).match(query, limit)
            if people:
                ids += session.scalars(
                    select(Case.id).where(Case.beneficiary_id.in_(people)).order_by(Case.code)
                )
    return list(dict.fromkeys(ids))[:limit]
