"""Read-only helpers for the desktop work lists and the Home cards: case codes beside referral
and grant records, each grant's next monitoring visit, and the numbers the cards show.

A list row carries the person's name only for roles that may read personal data (None for a
manager). Rows come in the order a worker deals with them: overdue items first, then answers
and decisions that came in lately, then the rest newest first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from ajo_cases.domain.followups import FollowUpSource
from ajo_cases.domain.records_casework import ReferralRecord
from ajo_cases.domain.records_grants import GrantRecord
from ajo_cases.domain.vocab import GrantStatus, ReferralStatus
from ajo_cases.services import lookups
from ajo_cases.services.access import profiles
from ajo_cases.services.backup import autobackup
from ajo_cases.services.casework import grant_records, referrals
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import people, retention
from ajo_cases.storage.models import Beneficiary, Case, FollowUp, Grant

# "awaiting approval or monitoring": the donor has not decided yet, or visits are still due
GRANTS_WAITING = (
    GrantStatus.SUBMITTED.value,
    GrantStatus.HANDED_OVER.value,
    GrantStatus.MONITORING.value,
)
_CHUNK = 500
RECENT_DAYS = 14  # an answer or a decision this recent comes before older rows
_REFERRAL_OPEN = (ReferralStatus.SENT.value, ReferralStatus.ACCEPTED.value)
_ANSWERS = (ReferralStatus.ACCEPTED.value, ReferralStatus.DECLINED.value)
_DECISIONS = (GrantStatus.APPROVED.value, GrantStatus.REJECTED.value)


@dataclass(frozen=True, slots=True)
class HomeSummary:
    counts: lookups.HomeCounts
    grants_waiting: int
    backup: autobackup.BackupStatus
    accounts: int = 0  # accounts that may unlock the vault
    retention_due: int = 0  # people past the retention period (counted for administrators)
    mine_only: bool = False  # the work figures count only the user's own cases


@dataclass(frozen=True, slots=True)
class CaseFacts:
    code: str
    worker: str  # the worker's full name (the login while none is recorded)
    name: str | None  # None when the role may not read names


@dataclass(frozen=True, slots=True)
class ReferralRow:
    record: ReferralRecord
    case_code: str
    worker: str = ""
    name: str | None = None
    overdue: bool = False  # open, and its follow-up date has passed
    answered_lately: bool = False  # accepted or declined within RECENT_DAYS


@dataclass(frozen=True, slots=True)
class GrantRow:
    record: GrantRecord
    case_code: str
    next_monitoring: date | None
    worker: str = ""
    name: str | None = None
    overdue: bool = False  # a monitoring visit is past due
    decided_lately: bool = False  # approved or rejected within RECENT_DAYS


def home_summary(
    vault: OpenVault, today: date | None = None, *, mine_only: bool = False
) -> HomeSummary:
    """The Home figures; with mine_only the work figures count the user's own cases only."""
    worker = vault.user if mine_only else None
    counts = lookups.home_counts(vault, today or date.today(), worker=worker)
    query = select(func.count()).select_from(Grant).where(Grant.status.in_(GRANTS_WAITING))
    if worker is not None:
        query = query.join(Case, Grant.case_id == Case.id).where(Case.worker == worker)
    with vault.read_session() as session:
        waiting = session.scalar(query)
    accounts = len(vault.accounts())
    due = retention.due_count(vault, today)
    return HomeSummary(counts, waiting or 0, autobackup.status(vault), accounts, due, mine_only)


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def case_facts(vault: OpenVault, case_ids: Iterable[str]) -> dict[str, CaseFacts]:
    """Code, worker and (for roles that may read it) the person's name of each case."""
    wanted = list(dict.fromkeys(case_ids))
    facts: dict[str, CaseFacts] = {}
    named = vault.may_read_personal
    with vault.read_session() as session:
        for chunk in _chunks(wanted):
            query = (
                select(Case.id, Case.code, Case.worker, Beneficiary)
                .join(Beneficiary, Case.beneficiary_id == Beneficiary.id)
                .where(Case.id.in_(chunk))
            )
            found = session.execute(query).all()
            workers = profiles.shown_names(session, (row[2] or "" for row in found))
            for case_id, code, worker, person in found:
                name = people.to_record(vault, person).display_name if named else None
                facts[case_id] = CaseFacts(code, workers.get(worker or "", ""), name)
    return facts


def case_codes(vault: OpenVault, case_ids: Iterable[str]) -> dict[str, str]:
    wanted = list(dict.fromkeys(case_ids))
    codes: dict[str, str] = {}
    with vault.read_session() as session:
        for chunk in _chunks(wanted):
            query = select(Case.id, Case.code).where(Case.id.in_(chunk))
            codes.update({case_id: code for case_id, code in session.execute(query)})
    return codes


def next_monitoring(vault: OpenVault, grant_ids: Iterable[str]) -> dict[str, date]:
    """The earliest open monitoring follow-up of each grant that has one."""
    wanted = list(dict.fromkeys(grant_ids))
    due: dict[str, date] = {}
    with vault.read_session() as session:
        for chunk in _chunks(wanted):
            rows = session.execute(
                select(FollowUp.source_id, func.min(FollowUp.due_on))
                .where(
                    FollowUp.source == FollowUpSource.GRANT.value,
                    FollowUp.source_id.in_(chunk),
                    FollowUp.done_on.is_(None),
                )
                .group_by(FollowUp.source_id)
            )
            due.update({grant_id: day for grant_id, day in rows if grant_id and day})
    return due


_NO_FACTS = CaseFacts("", "", None)


def referral_rows(
    vault: OpenVault,
    statuses: tuple[str, ...] = (),
    *,
    worker: str | None = None,
    today: date | None = None,
) -> list[ReferralRow]:
    """Referrals by status (and by the case's worker): overdue first, then answers that came
    in lately, then the rest newest first."""
    today = today or date.today()
    since = today - timedelta(days=RECENT_DAYS)
    records = referrals.list_referrals(vault, statuses=statuses, worker=worker)
    facts = case_facts(vault, (r.case_id for r in records))
    rows = []
    for record in records:
        fact = facts.get(record.case_id, _NO_FACTS)
        due = record.follow_up_due
        overdue = record.status in _REFERRAL_OPEN and due is not None and due < today
        answered = (
            record.status in _ANSWERS
            and record.answered_on is not None
            and record.answered_on >= since
        )
        rows.append(ReferralRow(record, fact.code, fact.worker, fact.name, overdue, answered))
    return sorted(rows, key=lambda row: (not row.overdue, not row.answered_lately))


def grant_rows(
    vault: OpenVault,
    statuses: tuple[str, ...] = (),
    *,
    worker: str | None = None,
    today: date | None = None,
) -> list[GrantRow]:
    """Grants by status (and by the case's worker): overdue visits first, then decisions that
    came in lately, then the rest newest first."""
    today = today or date.today()
    since = today - timedelta(days=RECENT_DAYS)
    records = grant_records.list_grants(vault, statuses=statuses, worker=worker)
    facts = case_facts(vault, (g.case_id for g in records))
    visits = next_monitoring(vault, (g.id for g in records))
    rows = []
    for record in records:
        fact = facts.get(record.case_id, _NO_FACTS)
        visit = visits.get(record.id)
        overdue = visit is not None and visit < today
        decided = (
            record.status in _DECISIONS
            and record.decided_on is not None
            and record.decided_on >= since
        )
        rows.append(GrantRow(record, fact.code, visit, fact.worker, fact.name, overdue, decided))
    return sorted(rows, key=lambda row: (not row.overdue, not row.decided_lately))
