"""Read-only helpers for the desktop work lists and the Home cards: case codes beside referral
and grant records, each grant's next monitoring visit, and the numbers the cards show.

Nothing here returns a name: the lists that show names get them from the use-case services,
which already leave them out for a manager.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from ajo_cases.domain.followups import FollowUpSource
from ajo_cases.domain.records_casework import GrantRecord, ReferralRecord
from ajo_cases.domain.vocab import GrantStatus
from ajo_cases.services import lookups
from ajo_cases.services.backup import autobackup
from ajo_cases.services.casework import grants, referrals
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import retention
from ajo_cases.storage.models import Case, FollowUp, Grant

# "awaiting approval or monitoring": the donor has not decided yet, or visits are still due
GRANTS_WAITING = (
    GrantStatus.SUBMITTED.value,
    GrantStatus.HANDED_OVER.value,
    GrantStatus.MONITORING.value,
)
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class HomeSummary:
    counts: lookups.HomeCounts
    grants_waiting: int
    backup: autobackup.BackupStatus
    accounts: int = 0  # accounts that may unlock the vault
    retention_due: int = 0  # people past the retention period (counted for administrators)


@dataclass(frozen=True, slots=True)
class ReferralRow:
    record: ReferralRecord
    case_code: str


@dataclass(frozen=True, slots=True)
class GrantRow:
    record: GrantRecord
    case_code: str
    next_monitoring: date | None


def home_summary(vault: OpenVault, today: date | None = None) -> HomeSummary:
    counts = lookups.home_counts(vault, today or date.today())
    with vault.read_session() as session:
        waiting = session.scalar(
            select(func.count()).select_from(Grant).where(Grant.status.in_(GRANTS_WAITING))
        )
    accounts = len(vault.slot_file.users())
    due = retention.due_count(vault, today)
    return HomeSummary(counts, waiting or 0, autobackup.status(vault), accounts, due)


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


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


def referral_rows(vault: OpenVault, statuses: tuple[str, ...] = ()) -> list[ReferralRow]:
    records = referrals.list_referrals(vault, statuses=statuses)
    codes = case_codes(vault, (r.case_id for r in records))
    return [ReferralRow(r, codes.get(r.case_id, "")) for r in records]


def grant_rows(vault: OpenVault, statuses: tuple[str, ...] = ()) -> list[GrantRow]:
    records = grants.list_grants(vault, statuses=statuses)
    codes = case_codes(vault, (g.case_id for g in records))
    visits = next_monitoring(vault, (g.id for g in records))
    return [GrantRow(g, codes.get(g.case_id, ""), visits.get(g.id)) for g in records]
